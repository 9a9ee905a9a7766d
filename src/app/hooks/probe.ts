/** Timings the browser tests read (`window.__twin`): when each edit was made and its results shown. */
export interface Timing {
  revision: number;
  editAt: number;
  previewAt?: number;
  finalAt?: number;
  workerPreviewMs?: number;
  workerFinalMs?: number;
}

declare global {
  interface Window {
    __twin?: { timings: Timing[]; saves: number };
  }
}

export const probe = (): NonNullable<Window['__twin']> => {
  window.__twin ??= { timings: [], saves: 0 };
  return window.__twin;
};

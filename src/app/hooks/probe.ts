/** Timings the browser tests read (`window.__twin`): when each edit was made and its results shown. */
export interface Timing {
  revision: number;
  /** The edit's first change (a keystroke), ms (performance.now()). */
  editAt: number;
  /** The field's commit (Enter, blur, a select; or the typing pause): the run is submitted, ms. */
  commitAt: number;
  previewAt?: number;
  finalAt?: number;
  workerPreviewMs?: number;
  workerFinalMs?: number;
  /** The greenhouse heat demand (MWh) the preview showed, whether corrected (lib/previewBases.ts), and the year's. */
  previewDemand?: number;
  previewCorrected?: boolean;
  finalDemand?: number;
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

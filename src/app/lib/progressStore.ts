/**
 * The full-year run's progress (0–1, or null when none runs), held outside React state: the worker reports it
 * up to 20 times per run, and as App state each report re-rendered the whole page while the worker ran. On this
 * 2-core machine that main-thread work slowed the worker itself (an exchanger edit's year 152–155 → 125–133 ms,
 * median of 16, measured in Chromium). Only the status line subscribes (`useSyncExternalStore`).
 */
export interface ProgressStore {
  get(): number | null;
  set(fraction: number | null): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let value: number | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(fraction) {
      if (fraction === value) return;
      value = fraction;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

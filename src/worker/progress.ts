/**
 * The full run's progress reports to the page, thinned: at most one per PROGRESS_STEP of the year, and none in
 * the run's first QUIET_MS. A plant-only replay or a repricing is answered within that time; a report would be
 * a message to the page and a render of its status line while the answer is still being computed (in a bare
 * Chromium worker the 5-% reports added 3 ms to an 80-ms replay, 15 ms with the second worker busy). A full
 * year still shows its progress from then on (the page draws its bar from 200 ms, app/components/RunStatus.tsx).
 */

/** No report before a run has lasted this long, ms. */
export const QUIET_MS = 150;
/** Share of the year between two reports. */
export const PROGRESS_STEP = 0.05;

/** `report`, called with the fractions a run gives only as described above; `now` in ms. */
export function thinProgress(
  report: (fraction: number) => void,
  now: () => number = () => performance.now(),
): (fraction: number) => void {
  const t0 = now();
  let next = 0;
  return (f) => {
    if (f >= next && now() - t0 >= QUIET_MS) {
      next = f + PROGRESS_STEP;
      report(f);
    }
  };
}

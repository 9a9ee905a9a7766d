/**
 * The worker's progress reports (src/worker/progress.ts): none in a run's first QUIET_MS, then at most one per
 * PROGRESS_STEP of the year, each with the fraction the run gave.
 */
import { describe, expect, it } from 'vitest';
import { PROGRESS_STEP, QUIET_MS, thinProgress } from '../../src/worker/progress';

/** The reports of a run that gives a fraction every day, `msPerDay` apart. */
function reports(msPerDay: number): number[] {
  let t = 1000;
  const heard: number[] = [];
  const report = thinProgress(
    (f) => heard.push(f),
    () => t,
  );
  for (let day = 1; day <= 365; day++) {
    t += msPerDay;
    report(day / 365);
  }
  return heard;
}

describe('progress reports', () => {
  it('are none for a run shorter than QUIET_MS (a replay or a repricing)', () => {
    expect(reports((QUIET_MS - 1) / 365)).toEqual([]);
  });

  it('start once the run has lasted QUIET_MS, then come at most one per PROGRESS_STEP', () => {
    const msPerDay = 400 / 365; // a 400-ms year
    const heard = reports(msPerDay);
    const firstDay = Math.ceil(QUIET_MS / msPerDay);
    expect(heard[0]).toBeCloseTo(firstDay / 365, 12);
    for (let i = 1; i < heard.length; i++)
      expect(heard[i]! - heard[i - 1]!).toBeGreaterThanOrEqual(PROGRESS_STEP);
    expect(heard.length).toBeLessThanOrEqual(Math.ceil(1 / PROGRESS_STEP));
    expect(heard.length).toBeGreaterThan(10);
    expect(heard.at(-1)).toBeGreaterThan(1 - 2 * PROGRESS_STEP);
  });
});

/**
 * A repeated step starts at the secant along the last repeat's slope (greenhouseDriver.ts `redoStep`): the
 * pipe heat is nearly affine in the inlet temperature, so when the plant's fixed point asks the same step for
 * a target close to the last one, the first trial lands inside the accepted band. Without the slope the search
 * starts 10 K below and needs at least two trials.
 */
import { describe, expect, it } from 'vitest';
import { countCalls, DT, K, warmedDriver } from './pilotDriver';

describe('redoStep after a repeat', () => {
  it('lands in one trial for nearby targets on a −20 °C night, and never above its target', () => {
    let one = 0;
    let cases = 0;
    for (const share of [0.3, 0.5, 0.7, 0.9]) {
      for (const nudge of [-1e-4, -1e-6, 1e-6, 1e-4]) {
        const g = warmedDriver();
        const q1 = g.valveStep(K(17), K(80), 1e9, DT);
        const first = g.redoStep(share * q1, q1, DT);
        const target = first * (1 + nudge);
        const trials = countCalls(g, 'stepAt');
        const q = g.redoStep(target, first, DT);
        expect(q).toBeLessThanOrEqual(target);
        expect(target - q).toBeLessThanOrEqual(1e-12 * target);
        expect(trials.n).toBeLessThanOrEqual(3);
        cases++;
        if (trials.n === 1) one++;
      }
    }
    // Most land at once (the heat is affine to about 1e-13 over these moves).
    expect(one).toBeGreaterThanOrEqual(0.75 * cases);
  });

  it('a fresh driver has no slope: its first repeat starts 10 K below the inlet', () => {
    const g = warmedDriver();
    const q1 = g.valveStep(K(17), K(80), 1e9, DT);
    const inlet = g.inp.pipeInletT;
    const seen: number[] = [];
    const h = g as unknown as { stepAt: (t: number, dt: number) => number };
    const step = h.stepAt.bind(g);
    h.stepAt = (t, dt) => {
      seen.push(t);
      return step(t, dt);
    };
    g.redoStep(0.5 * q1, q1, DT);
    expect(seen[0]).toBe(inlet - 10);
  });
});

/**
 * The screen search with a known sensitivity (screenRoot.ts `slope`): the second trial is the root of the cheap
 * residual with the air extrapolated along the slope the last search measured. Problems whose root is known in
 * closed form, every trial recorded: an exact slope lands on the root in one trial; a wrong slope that brackets
 * goes on interpolating; one that falls short tries again along the fresh secant, then takes the bracketing step;
 * the secant of the last two trials is written back; without a slope the search is the one before.
 */
import { describe, expect, it } from 'vitest';
import { SCREEN_TOL, screenRoot } from '../../../src/core/greenhouse/screenRoot';
import { problem, type Recorded } from './screenProblems';

/**
 * A house whose air after a step at closure u is 290 + a·u K and 1000 + b·u Pa, with the controller
 * 0.9 − 0.2·(T − 290) − 0.001·(e − 1000): r(u) = u − 0.9 + (0.2a + 0.001b)·u, root 0.9/(1 + 0.2a + 0.001b).
 */
function linear(a: number, b: number): Recorded {
  return problem(
    (u) => 290 + a * u,
    (u) => 1000 + b * u,
    (ta, vp) => 0.9 - 0.2 * (ta - 290) - 0.001 * (vp - 1000),
  );
}

function solve(p: Recorded, u0: number, cold: number, slope?: Float64Array): number {
  const r0 = p.trial(u0);
  p.trials.length = 0;
  return screenRoot(u0, r0, cold, p, slope);
}

const slopeOf = (dTa: number, dVp: number) => Float64Array.of(dTa, dVp);

describe('screenRoot with the sensitivity of the last search', () => {
  it('an exact slope: one trial, on the root (the cheap residual is then exact), and the slope kept', () => {
    const p = linear(2, 300); // root 0.9/1.7
    const slope = slopeOf(2, 300);
    const u = solve(p, 0.05, 1, slope);
    expect(p.trials.length).toBe(1);
    expect(Math.abs(u - 0.9 / 1.7)).toBeLessThan(1e-5);
    expect(u).toBe(p.lastU);
    // the secant of (0.05, trial) on a linear house is the house's own slope
    expect(slope[0]).toBeCloseTo(2, 9);
    expect(slope[1]).toBeCloseTo(300, 6);
  });

  it('the slope-1 step of the search without a slope takes two trials on the same house', () => {
    const p = linear(2, 300);
    solve(p, 0.05, 1);
    expect(p.trials.length).toBe(2);
    // and a NaN slope means none: the same two trials (the first at u0 − r0 = 0.865); the search then learns it
    const q = linear(2, 300);
    const nan = slopeOf(Number.NaN, 300);
    solve(q, 0.05, 1, nan);
    expect(q.trials).toEqual(p.trials);
    expect(nan[0]).toBeCloseTo(2, 9);
    expect(nan[1]).toBeCloseTo(300, 6);
    const q2 = linear(2, 300);
    solve(q2, 0.05, 1, slopeOf(2, Number.NaN));
    expect(q2.trials).toEqual(p.trials);
  });

  it('a stale slope across the root: the bracket [u0, u1] and interpolated trials, ending on the root', () => {
    // the house's sensitivity is now 6 K per unit closure; the slope says 0 (the prediction overshoots)
    const p = linear(6, 300); // root 0.9/2.5 = 0.36
    const slope = slopeOf(0, 0);
    const u = solve(p, 0.05, 1, slope);
    // prediction with the air frozen at u0's (290.3 K, 1015 Pa): u1 = closure = 0.9 − 0.06 − 0.015 = 0.825
    expect(p.trials[0]).toBeCloseTo(0.825, 4);
    expect(p.trials.length).toBe(2); // the interpolation between two trials of a linear house is exact
    expect(Math.abs(u - 0.36)).toBeLessThan(1e-5);
    expect(slope[0]).toBeCloseTo(6, 9);
    expect(slope[1]).toBeCloseTo(300, 6);
  });

  it('a slope that falls short: a second prediction along the fresh secant lands on the root', () => {
    // the slope predicts the house far more sensitive than it is: the first prediction stops short of the root
    const p = linear(2, 300); // root 0.9/1.7 ≈ 0.5294
    const slope = slopeOf(20, 3000); // predicted root from u0 = 0.05: u with u − 0.9 + 7u + … → ≈ 0.1616
    const u = solve(p, 0.05, 1, slope);
    expect(p.trials.length).toBe(2);
    expect(p.trials[0]!).toBeLessThan(0.9 / 1.7);
    // the cheap residual's root: u − 0.9 + 0.2·(2·0.05 + 20(u − 0.05)) + 0.001·(300·0.05 + 3000(u − 0.05)) = 0
    const a = 0.2 * 2 * 0.05 - 0.2 * 20 * 0.05 + 0.001 * 300 * 0.05 - 0.001 * 3000 * 0.05;
    expect(p.trials[0]).toBeCloseTo((0.9 - a) / (1 + 0.2 * 20 + 0.001 * 3000), 4);
    expect(Math.abs(u - 0.9 / 1.7)).toBeLessThan(1e-5);
  });

  it('two short predictions, then the bracketing step u − r(u) from the second', () => {
    // a concave house, T = 290 + 2√u: every secant from the left is steeper than the house beyond it, so the
    // predictions fall short of the root of r(u) = u − 0.9 + 0.4√u: √u = (−0.4 + √(0.16 + 3.6))/2
    const ta = (u: number) => 290 + 2 * Math.sqrt(u);
    const r = (u: number) => u - 0.9 + 0.4 * Math.sqrt(u);
    const p = problem(
      ta,
      () => 1000,
      (t) => 0.9 - 0.2 * (t - 290),
    );
    const root = ((-0.4 + Math.sqrt(0.16 + 3.6)) / 2) ** 2;
    const slope = slopeOf(200, 0);
    const u = solve(p, 1e-4, 1, slope);
    const [t1, t2, t3] = p.trials as [number, number, number];
    expect(r(t1)).toBeLessThan(-SCREEN_TOL);
    expect(r(t2)).toBeLessThan(-SCREEN_TOL);
    expect(t2).toBeGreaterThan(t1);
    expect(t3).toBeCloseTo(Math.min(Math.max(t2 - r(t2), 0), 1), 13);
    expect(Math.abs(r(u))).toBeLessThanOrEqual(SCREEN_TOL);
    expect(Math.abs(u - root)).toBeLessThan(SCREEN_TOL);
    expect(u).toBe(p.lastU);
  });

  it('clamps the prediction to [0, cold]: a cold of 0.4 below the root returns cold after one trial', () => {
    const p = linear(2, 300); // root 0.529 > cold
    const slope = slopeOf(2, 300);
    const u = solve(p, 0.05, 0.4, slope);
    expect(u).toBeCloseTo(0.4, 4);
    expect(p.trials.length).toBeLessThanOrEqual(2);
    expect(u).toBe(p.lastU);
  });

  it('a first trial within the tolerance returns at once and leaves the slope alone', () => {
    const p = linear(2, 300);
    const slope = slopeOf(7, 11);
    const u = solve(p, 0.9 / 1.7, 1, slope);
    expect(u).toBe(0.9 / 1.7);
    expect(p.trials.length).toBe(0);
    expect([slope[0], slope[1]]).toEqual([7, 11]);
  });

  it('a bound reached again (u0 = 0 with r > 0) leaves the slope alone: no secant of one point', () => {
    const p = linear(2, 300);
    p.closure = () => -0.5; // r(u) = u + 0.5 > 0 everywhere: the root is clamped at 0
    const slope = slopeOf(2, 300);
    const u = solve(p, 0, 1, slope);
    expect(u).toBe(0);
    expect([slope[0], slope[1]]).toEqual([2, 300]);
  });

  it('a prediction that does not move (the cheap residual’s root at u0) takes the bracketing step instead', () => {
    // slope 0 with a controller that ignores the air: the cheap residual's root is the closure, here u0 itself
    const p = linear(2, 300);
    p.closure = (ta) => (ta < 290.15 ? 0.05 : 0.9); // a jump between u = 0.05 and the trial after
    const slope = slopeOf(0, 0);
    const r0 = p.trial(0.05);
    p.trials.length = 0;
    expect(r0).toBe(0); // within the tolerance: nothing to do
    expect(screenRoot(0.05, r0, 1, p, slope)).toBe(0.05);
    // r0 forced outside the tolerance at the same point: the prediction (0.05) is skipped, the step is 0.05 − r0
    p.trials.length = 0;
    screenRoot(0.05, -0.3, 1, p, slope);
    expect(p.trials[0]).toBeCloseTo(0.35, 14);
  });
});

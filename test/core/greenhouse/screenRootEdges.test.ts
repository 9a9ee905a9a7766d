/**
 * The implicit screen's root search (screenRoot.ts) on problems whose root is known in closed form or by a
 * bisection written here, with every trial recorded: the search must end on the root within SCREEN_TOL, end on
 * its last trial (the solve left in place), take one interpolated trial where the end-of-step air is linear in u
 * (the interpolation is then exact), follow the two newest trials when they fall on one side, start along the
 * last search's slopes when it has them, fall back to halving after eight interpolated trials, stop on a bracket
 * narrower than the tolerance where the controller jumps, and clamp its first step to [0, cold].
 * screenContext's outdoor temperature, day flag and set-point against GreenLight's rules ([K] ch. 4).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { PhysicsError } from '../../../src/core/errors';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import { buildGreenhouse } from '../../../src/core/greenhouse/params';
import {
  SCREEN_TOL,
  type ScreenContext,
  screenContext,
  screenRoot,
} from '../../../src/core/greenhouse/screenRoot';
import type { GreenhouseInputs } from '../../../src/core/greenhouse/types';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { problem, type Recorded } from './screenProblems';

/** Residual r(u) = u − closure(u) returned verbatim by the trial (the air it leaves is irrelevant). */
function scripted(r: (u: number) => number): Recorded {
  return {
    ta: 290,
    vp: 1000,
    trials: [],
    lastU: Number.NaN,
    trial(u: number): number {
      this.trials.push(u);
      this.lastU = u;
      return r(u);
    },
    closure: () => 0.5,
  };
}

/** Start the search as step.ts does: the first trial at u0 by the caller, then screenRoot. */
function solve(p: Recorded, u0: number, cold: number): number {
  const r0 = p.trial(u0);
  p.trials.length = 0;
  return screenRoot(u0, r0, cold, p);
}

/** Bisection to 1e-13 of an increasing f on [a, b]. */
function bisect(f: (u: number) => number, a: number, b: number): number {
  for (let i = 0; i < 200 && b - a > 1e-13; i++) {
    const c = 0.5 * (a + b);
    if (f(c) > 0) b = c;
    else a = c;
  }
  return 0.5 * (a + b);
}

/**
 * The linear house: air 290 + 2u K and 1000 + 300u Pa; the controller 0.9 − 0.2·(T − 290) − 0.001·(e − 1000)
 * = 0.9 − 0.7u, so r(u) = 1.7u − 0.9 and the root is 0.9/1.7 = 0.529411…
 */
const linear = () =>
  problem(
    (u) => 290 + 2 * u,
    (u) => 1000 + 300 * u,
    (ta, vp) => 0.9 - 0.2 * (ta - 290) - 0.001 * (vp - 1000),
  );
const root = 0.9 / 1.7;

describe('screenRoot on a linear house', () => {
  it('from below the root: the step u0 − r0 brackets it, then one interpolated trial lands on it', () => {
    const p = linear();
    const u = solve(p, 0.05, 1);
    // u1 = 0.05 − (1.7·0.05 − 0.9) = 0.865
    expect(p.trials[0]).toBeCloseTo(0.865, 14);
    expect(p.trials.length).toBe(2);
    expect(Math.abs(u - root)).toBeLessThan(1e-5);
    expect(u).toBe(p.lastU);
  });

  it('from above the root (r0 > 0): the same, with the bracket the other way round', () => {
    const p = linear();
    const u = solve(p, 0.95, 1);
    // u1 = 0.95 − (1.7·0.95 − 0.9) = 0.235
    expect(p.trials[0]).toBeCloseTo(0.235, 14);
    expect(p.trials.length).toBe(2);
    expect(Math.abs(u - root)).toBeLessThan(1e-5);
    expect(u).toBe(p.lastU);
    expect(p.ta).toBeCloseTo(290 + 2 * u, 12);
  });

  it('a first trial already within the tolerance is the root (no further solve)', () => {
    const p = linear();
    expect(screenRoot(0.3, SCREEN_TOL, 1, p)).toBe(0.3);
    expect(screenRoot(0.3, -SCREEN_TOL, 1, p)).toBe(0.3);
    expect(p.trials.length).toBe(0);
    expect(Math.abs(solve(p, 0.3, 1) - 0.9 / 1.7)).toBeLessThan(1e-5); // |r0| = 0.39: solved
    expect(p.trials.length).toBe(2);
  });
});

describe("screenRoot along the last search's slopes (the demand's), on the linear house", () => {
  const start = (p: Recorded, u0: number) => {
    const r0 = p.trial(u0);
    p.trials.length = 0;
    return r0;
  };

  it('without slopes yet (NaN): the bounding step, then the chord; the search leaves the air’s slopes', () => {
    const p = linear();
    const slope = new Float64Array([Number.NaN, Number.NaN]);
    const u = screenRoot(0.05, start(p, 0.05), 1, p, slope);
    expect(p.trials[0]).toBeCloseTo(0.865, 14);
    expect(p.trials.length).toBe(2);
    expect(Math.abs(u - root)).toBeLessThan(1e-5);
    expect(slope[0]).toBeCloseTo(2, 9);
    expect(slope[1]).toBeCloseTo(300, 9);
  });

  it('with the right slopes the first step lands on the root: one trial', () => {
    const p = linear();
    const slope = new Float64Array([2, 300]);
    const u = screenRoot(0.05, start(p, 0.05), 1, p, slope);
    expect(p.trials.length).toBe(1);
    expect(Math.abs(u - root)).toBeLessThan(1e-5);
    expect(u).toBe(p.lastU);
  });

  it('slopes too steep fall short of the root: the line through the two trials then lands on it', () => {
    // with twice the slopes the controller seems to close twice as fast: aimed at 0.9/2.4 + …, below the root
    const p = linear();
    const slope = new Float64Array([4, 600]);
    const u = screenRoot(0.05, start(p, 0.05), 1, p, slope);
    expect(p.trials[0]!).toBeLessThan(root);
    // u0 + (r0 = 1.7·0.05 − 0.9 = −0.815) … the controller on 290 + 4(u − 0.05)…: u = 0.05 + 0.815/2.4
    expect(p.trials[0]).toBeCloseTo(0.05 + 0.815 / 2.4, 9);
    expect(p.trials.length).toBe(2);
    expect(Math.abs(u - root)).toBeLessThan(1e-5);
    expect(slope[0]).toBeCloseTo(2, 9); // the slopes now those of the house
  });

  it('slopes too shallow overshoot it: a bracket, and the chord lands on it', () => {
    const p = linear();
    const slope = new Float64Array([1, 150]);
    const u = screenRoot(0.05, start(p, 0.05), 1, p, slope);
    expect(p.trials[0]).toBeCloseTo(0.05 + 0.815 / 1.35, 9); // r′ seen as 1 + 0.2 + 0.15
    expect(p.trials[0]!).toBeGreaterThan(root);
    expect(p.trials.length).toBe(2);
    expect(Math.abs(u - root)).toBeLessThan(1e-5);
  });

  it('slopes whose residual does not change sign before the bound: the bounding step', () => {
    const p = linear();
    const slope = new Float64Array([-20, -3000]); // the air falling as the screen closes: the controller opens it
    screenRoot(0.05, start(p, 0.05), 1, p, slope);
    expect(p.trials[0]).toBeCloseTo(0.865, 14);
  });

  it('from above the root (r0 > 0): slopes too steep fall short from above, the line through both trials lands', () => {
    const p = linear();
    const slope = new Float64Array([4, 600]);
    // r0 = 1.7·0.95 − 0.9 = 0.715; the slopes see r′ = 2.4: aimed at 0.95 − 0.715/2.4, above the root
    const u = screenRoot(0.95, start(p, 0.95), 1, p, slope);
    expect(p.trials[0]).toBeCloseTo(0.95 - 0.715 / 2.4, 9);
    expect(p.trials[0]!).toBeGreaterThan(root);
    expect(p.trials.length).toBe(2);
    expect(Math.abs(u - root)).toBeLessThan(1e-5);
  });

  it('from above, slopes whose residual does not change sign before the bound: the bounding step', () => {
    const p = linear();
    screenRoot(0.95, start(p, 0.95), 1, p, new Float64Array([-20, -3000]));
    expect(p.trials[0]).toBeCloseTo(0.95 - 0.715, 12);
  });

  it('a slope that is not a number (either one): the bounding step', () => {
    for (const bad of [
      [Number.NaN, 300],
      [2, Number.NaN],
      [Number.POSITIVE_INFINITY, 300],
    ]) {
      const p = linear();
      screenRoot(0.05, start(p, 0.05), 1, p, new Float64Array(bad));
      expect(p.trials[0]).toBeCloseTo(0.865, 12);
    }
  });

  it('a step along the slopes that falls short with |r| = SCREEN_TOL exactly ends the search there', () => {
    // the controller the interpolation sees asks for 0.5 whatever the air: the slopes' step aims at 0.5
    const p = scripted((u) => (Math.abs(u - 0.5) < 1e-9 ? -SCREEN_TOL : u - 0.6));
    p.closure = () => 0.5;
    expect(screenRoot(0.1, -0.5, 1, p, new Float64Array([1, 1]))).toBeCloseTo(0.5, 9);
    expect(p.trials).toHaveLength(1);
  });

  it('at 0 (or cold) asking to go beyond it: that end, without another solve', () => {
    const p = linear();
    expect(screenRoot(0, 0.3, 1, p, new Float64Array([2, 300]))).toBe(0);
    expect(screenRoot(1, -0.3, 1, p)).toBe(1);
    expect(p.trials).toHaveLength(0);
  });

  it('a first trial within the tolerance leaves the slopes as they were', () => {
    const p = linear();
    const slope = new Float64Array([7, 8]);
    expect(screenRoot(root, start(p, root), 1, p, slope)).toBe(root);
    expect([...slope]).toEqual([7, 8]);
  });
});

describe('screenRoot: the first step', () => {
  it('a second trial within the tolerance (|r| = SCREEN_TOL included) ends the search there', () => {
    for (const rb of [SCREEN_TOL, -SCREEN_TOL, 0]) {
      const p = scripted(() => rb);
      expect(screenRoot(0.2, 0.1, 1, p)).toBeCloseTo(0.1, 15);
      expect(p.trials).toEqual([0.1]);
    }
  });

  it('is clamped to 0 below and to the cold closure above', () => {
    const lo = scripted((u) => u - 0.05);
    expect(screenRoot(0.2, 0.5, 0.9, lo)).not.toBeNaN();
    expect(lo.trials[0]).toBe(0); // 0.2 − 0.5 < 0
    const hi = scripted((u) => u - 0.85);
    screenRoot(0.2, -0.9, 0.9, hi);
    expect(hi.trials[0]).toBe(0.9); // 0.2 + 0.9 > cold
  });

  it('no sign change at the clamped end: the root lies beyond [0, cold] and the end is returned', () => {
    // the controller asks for 0.95 but the cold outside allows 0.5: r < 0 on all of [0, 0.5]
    const p = problem(
      (u) => 290 + u,
      () => 1000,
      () => 0.95,
    );
    expect(solve(p, 0.2, 0.5)).toBe(0.5);
    expect(p.trials).toEqual([0.5]);
    // and at the other end: the controller asks for less than 0 … clamped at 0
    const q = scripted((u) => u + 0.3);
    expect(screenRoot(0.4, 0.7, 1, q)).toBe(0);
    expect(q.trials).toEqual([0]);
  });
});

describe('screenRoot: hard problems', () => {
  it('air far from linear in u (root of u + u⁶ = 1): a chord, then a secant through two trials on one side', () => {
    // air 290 + 10·u⁶, controller 1 − 0.1·(T − 290): r(u) = u − 1 + u⁶
    const air = (u: number) => 290 + 10 * u ** 6;
    const p = problem(
      air,
      () => 1000,
      (ta) => 1 - 0.1 * (ta - 290),
    );
    const u = solve(p, 0.1, 1);
    const root = bisect((v) => v + v ** 6 - 1, 0, 1);
    expect(root).toBeCloseTo(0.7780895986786, 12); // u⁶ + u − 1 = 0
    expect(Math.abs(u - root)).toBeLessThan(SCREEN_TOL);
    expect(u).toBe(p.lastU);
    const t = p.trials;
    // t[0] = u1 = 0.1 − (0.1 − 1 + 1e-6) ≈ 1 (above the root)
    expect(t[0]).toBeCloseTo(1 - 1e-6, 12);
    /** The root of u − closure(air on the line through trials a and b, at u). */
    const onLine = (a: number, b: number, lo: number, hi: number) =>
      bisect((v) => v - (1 - 0.1 * (air(a) + ((v - a) * (air(b) - air(a))) / (b - a) - 290)), lo, hi);
    // t[1]: on the chord between u0 = 0.1 and u1 (as regula falsi on the state)
    expect(t[1]).toBeCloseTo(onLine(0.1, t[0]!, 0.1, t[0]!), 4);
    // t[2]: on the chord between t[1] (below the root) and t[0]; it lands below the root again
    expect(t[1]!).toBeLessThan(root);
    expect(t[2]!).toBeLessThan(root);
    expect(t[2]).toBeCloseTo(onLine(t[1]!, t[0]!, t[1]!, t[0]!), 4);
    // t[3]: two trials below the root, so the line through them (reaching beyond t[2]), not the chord to t[0]
    // that regula falsi keeps (which crept up from below: 17 trials before this search)
    expect(t[3]).toBeCloseTo(onLine(t[1]!, t[2]!, t[2]!, t[0]!), 4);
    expect(t[3]!).toBeGreaterThan(root);
    expect(t.length).toBeLessThanOrEqual(7);
  });

  it('after MAX_INTERPOLATED trials without an end within the tolerance, halving', () => {
    // a residual the trial reports as ±0.4 (never near 0) while the controller the interpolation sees asks for
    // 0.9 everywhere: every interpolated trial aims at 0.9, the bracket only shrinks from the left, and from the
    // ninth trial after the bracket on the trials are midpoints
    const p = scripted((u) => (u < 0.5 ? -0.4 : 0.4));
    p.closure = () => 0.9;
    const u = screenRoot(0.1, -0.9, 1, p);
    const t = p.trials;
    expect(t[0]).toBe(1);
    for (let i = 1; i <= 8; i++) expect(t[i]).toBeCloseTo(0.9, 12);
    expect(t[9]).toBeCloseTo(0.5 * (0.1 + 0.9), 12);
    expect(Math.abs(u - 0.5)).toBeLessThanOrEqual(2 * SCREEN_TOL);
    expect(u).toBe(p.lastU);
  });

  it('a controller that jumps across the root: stops once the bracket is narrower than the tolerance', () => {
    // closure 0.8 below 291 K, 0.2 above; air 290 + 2u: r jumps from −0.3 to +0.3 at u = 0.5 and never vanishes
    const p = problem(
      (u) => 290 + 2 * u,
      () => 1000,
      (ta) => (ta < 291 ? 0.8 : 0.2),
    );
    const u = solve(p, 0.1, 1);
    expect(Math.abs(u - 0.5)).toBeLessThanOrEqual(SCREEN_TOL);
    expect(u).toBe(p.lastU);
    expect(p.trials.length).toBeLessThan(20);
  });
});

describe('screenRoot: the tolerances at their edges', () => {
  it('a trial after the bracket with |r| = SCREEN_TOL exactly ends the search', () => {
    // r = −0.3 below 0.45, +0.3 above 0.55, exactly SCREEN_TOL between; the interpolation (closure 0.5) aims at 0.5
    const p = scripted((u) => (u < 0.45 ? -0.3 : u > 0.55 ? 0.3 : SCREEN_TOL));
    const u = screenRoot(0.1, -0.5, 1, p);
    expect(p.trials.length).toBe(2); // u1 = 0.6, then one interpolated trial
    expect(p.trials[0]).toBeCloseTo(0.6, 15);
    expect(Math.abs(u - 0.5)).toBeLessThan(1e-5);
  });

  it('a bracket exactly SCREEN_TOL wide ends the search after its trial even with |r| large', () => {
    // u0 = 0.001 with r0 = 0.0011: the step goes to 0 (r = −0.5) and the bracket [0, 0.001] is exactly 1e-3 wide
    const p = scripted((u) => (u < 0.0005 ? -0.5 : 0.5));
    const u = screenRoot(1e-3, 0.0011, 1, p);
    expect(p.trials.length).toBe(2);
    expect(p.trials[0]).toBe(0);
    expect(u).toBe(p.lastU);
  });

  it('a controller that returns no number is refused by the root finder, naming the screen closure', () => {
    const p = problem(
      () => 290,
      () => 1000,
      () => Number.NaN,
    );
    p.trial = function (u: number) {
      this.trials.push(u);
      return u - 0.3;
    };
    expect(() => screenRoot(0.1, -0.4, 1, p)).toThrow(PhysicsError);
    expect(() => screenRoot(0.1, -0.4, 1, p)).toThrow(
      /^greenhouse screen closure: the function is not finite/,
    );
  });
});

describe('screenContext', () => {
  let m: GreenhouseModel;
  let s: ScreenContext;
  beforeEach(() => {
    m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 100, cover: 'single-glass' });
    s = { To: 0, isDay: true, sp: 0 };
  });
  const inp = (o: Partial<GreenhouseInputs>): GreenhouseInputs => ({
    outdoorT: 282.65,
    skyT: 270,
    windSpeed: 2,
    solarOnCover: 0,
    pipeInletT: 320,
    pipeMassFlow: 1,
    ...o,
  });
  /** [K] thScrCold: 1/(1 + exp(2·ln100·(T_out − sp + 0.5))), sp 10 °C by night and 5 °C by day, 1 K band. */
  const cold = (To: number, sp: number) => 1 / (1 + Math.exp(2 * Math.log(100) * (To - sp + 0.5)));

  it('night without sun: the night set-points; the cold closure half way at 9.5 °C', () => {
    const c = screenContext(m, inp({}), s);
    expect(s.To).toBe(282.65);
    expect(s.isDay).toBe(false);
    expect(s.sp).toBe(VANTHOOR_HOUSE.nightSetpoint);
    expect(c).toBeCloseTo(0.5, 12);
  });

  it('sun on the cover makes it day unless the inputs say; a stated set-point wins', () => {
    let c = screenContext(m, inp({ solarOnCover: 1 }), s);
    expect(s.isDay).toBe(true);
    expect(s.sp).toBe(VANTHOOR_HOUSE.daySetpoint);
    expect(c).toBeCloseTo(cold(282.65, 278.15), 15);
    expect(c).toBeLessThan(1e-15);
    c = screenContext(m, inp({ solarOnCover: 300, isDay: false, heatingSetpoint: 288 }), s);
    expect(s.isDay).toBe(false);
    expect(s.sp).toBe(288);
    expect(c).toBeCloseTo(0.5, 12);
    screenContext(m, inp({ solarOnCover: 0, isDay: true, outdoorT: 275 }), s);
    expect(s.isDay).toBe(true);
    expect(s.To).toBe(275);
    expect(s.sp).toBe(VANTHOOR_HOUSE.daySetpoint);
  });

  it('below the band the cold closes the screen fully (night, 0 °C outside)', () => {
    expect(screenContext(m, inp({ outdoorT: 273.15 }), s)).toBeCloseTo(cold(273.15, 283.15), 15);
    expect(screenContext(m, inp({ outdoorT: 273.15 }), s)).toBeCloseTo(1, 12);
  });
});

/**
 * The implicit screen: the closure u that the controller would choose for the state the step ends in,
 * u = closure(u). r(u) = u − closure(u) rises with u (a more closed screen keeps the house warmer and more
 * humid, so the controller asks for it more open), so the root in [0, cold] is unique (`cold` being the
 * closure the outside temperature alone asks for).
 *
 * Each trial is a full solve of the step, while the controller (screenClosure: proportional bands joined by
 * min/max, so r has kinks) is cheap. So the end-of-step air temperature and vapour pressure are interpolated
 * linearly in u through the last two trials (the step is a linear solve whose coefficients change smoothly with
 * u: nearly linear over a short interval), the exact controller is evaluated on the interpolated air and the
 * root of that cheap residual found inside the bracket (Brent, numerics/roots.ts); one trial there usually lands
 * within the tolerance. This is a safeguarded secant on the state instead of on the kinked residual (which took
 * Brent four or five trials in a quarter of the steps: 2.1 demand trials per step on average). On the Manitoba
 * year: 1.60 trials per demand solve (1.91 with regula falsi's chord to a fixed far end, which crept to the root
 * in up to 18 trials), 1.42 per step.
 */
import * as Roots from '../numerics/roots';
import type { RootResult } from '../numerics/roots';
import * as Ctl from './control';
import type { GreenhouseModel } from './params';
import type { GreenhouseInputs } from './types';
const { brent } = Roots;
const { screenCold } = Ctl;

/**
 * Tolerance of the screen closure, −: 0.1 % of its travel, far inside the controllers' bands (the humidity
 * gap opens over 10 % RH, the warm-house opening over 1 K); 1e-4 changed the Manitoba year by < 0.01 % at
 * twice the cost.
 */
export const SCREEN_TOL = 1e-3;
/** Trials after the bracket before the search falls back to halving it. */
const MAX_INTERPOLATED = 8;

/** A screen problem: the step solved at a closure, and the controller (step.ts and demand.ts each have one). */
export interface ScreenProblem {
  /** Solve the step at closure u; returns r(u) and leaves the end-of-step air in `ta` (K) and `vp` (Pa). */
  trial(u: number): number;
  /** The controller's closure for air at ta (K) with vapour pressure vp (Pa). */
  closure(ta: number, vp: number): number;
  ta: number;
  vp: number;
}

/** Scratch of the interpolated residual (module level: no closure per call). */
const LIN = {
  p: undefined as unknown as ScreenProblem,
  u0: 0,
  ta0: 0,
  vp0: 0,
  dTa: 0,
  dVp: 0,
};
const ROOT: RootResult = { x: 0, fx: 0, iterations: 0 };

/** u − closure(air on the line through LIN's point with LIN's slopes, at u). */
function interpolated(u: number): number {
  const s = LIN;
  const f = u - s.u0;
  return u - s.p.closure(s.ta0 + f * s.dTa, s.vp0 + f * s.dVp);
}

/**
 * Root in [lo, hi] of the residual with the air on the line through the trials (u1, ta1, vp1) and (u2, ta2, vp2)
 * (u1 ≠ u2; the line may reach beyond them), or NaN where that residual is not ≤ 0 at lo and ≥ 0 at hi.
 */
function lineRoot(
  p: ScreenProblem,
  lo: number,
  hi: number,
  u1: number,
  ta1: number,
  vp1: number,
  u2: number,
  ta2: number,
  vp2: number,
): number {
  if (u1 === u2) return Number.NaN; // no line through one point: the caller's bound instead
  const s = LIN;
  s.p = p;
  s.u0 = u1;
  s.ta0 = ta1;
  s.vp0 = vp1;
  s.dTa = (ta2 - ta1) / (u2 - u1);
  s.dVp = (vp2 - vp1) / (u2 - u1);
  const fLo = interpolated(lo);
  const fHi = interpolated(hi);
  // (a controller that gives no number goes on to brent, which refuses it by name)
  if ((fLo > 0 || fHi < 0) && Number.isFinite(fLo) && Number.isFinite(fHi)) return Number.NaN;
  return brent(interpolated, lo, hi, 1e-2 * SCREEN_TOL, 'greenhouse screen closure', fLo, fHi, ROOT).x;
}

/**
 * Root of r(u) = u − closure(u) on [0, cold], given the first trial u0 ∈ [0, cold] and r0 = r(u0) (its air in
 * p.ta/p.vp). The returned root is always the problem's last trial (its solve is the one left in place).
 * Since r′ = 1 − closure′ ≥ 1, the step u1 = u0 − r0 lands on or beyond the root: [u0, u1] brackets it (inside
 * [0, cold], where r(0) ≤ 0 ≤ r(cold)). With `slope` (the air's slopes in u from this problem's last search,
 * updated here) the first step aims instead at the root of the residual with the air moving along those slopes
 * from u0, inside [u0, u1]; where that falls short of the root, the step from there is the bounding one.
 * Each further trial is the root of the residual with the air on the line through the last two trials, inside
 * the bracket: the bracket's chord while the trials alternate sides, and a secant through the two newest when
 * they fall on the same side — a chord to a far end that stays fixed crept to the root one step at a time
 * (regula falsi's stall: up to 18 trials where the air bends over the bracket). Where that line's residual
 * does not change sign in the bracket, the chord between the bracket's ends; after MAX_INTERPOLATED, halving.
 */
export function screenRoot(
  u0: number,
  r0: number,
  cold: number,
  p: ScreenProblem,
  slope?: Float64Array,
): number {
  if (Math.abs(r0) <= SCREEN_TOL) return u0;
  const S = SEARCH;
  S.ua = u0;
  S.ra = r0;
  S.taA = p.ta;
  S.vpA = p.vp;
  const bound = Math.min(Math.max(u0 - r0, 0), cold);
  if (bound === u0) return u0; // at 0 or cold, asking to go beyond: that end (its solve is the one in place)
  let u = slope ? slopeStep(p, u0, bound, slope) : bound;
  // a slope step that lands back on u0 (its root within Brent's tolerance of it: a closure falling steeply in u)
  // would repeat that trial, and the line through two equal trials has no slope (the valid-scenario fuzz found
  // it, a sealed house in February sun: "the function is not finite at the bracket ends (NaN, NaN)")
  if (u === u0) u = bound;
  let r = p.trial(u);
  // short of the root (same sign, not at the bound): aim again along the line through the last two trials,
  // inside the new bound; the bound itself brackets the root or is the end of [0, cold] the root lies beyond
  for (let b = bound; Math.abs(r) > SCREEN_TOL && r > 0 === r0 > 0 && u !== b; ) {
    S.uP = S.ua;
    S.taP = S.taA;
    S.vpP = S.vpA;
    S.ua = u;
    S.ra = r;
    S.taA = p.ta;
    S.vpA = p.vp;
    b = Math.min(Math.max(u - r, 0), cold);
    const lo = Math.min(u, b);
    const hi = Math.max(u, b);
    const v = lo < hi ? lineRoot(p, lo, hi, S.uP, S.taP, S.vpP, u, S.taA, S.vpA) : Number.NaN;
    u = Number.isNaN(v) || v === S.ua ? b : v;
    r = p.trial(u);
  }
  if (Math.abs(r) <= SCREEN_TOL || r > 0 === r0 > 0) return keepSlope(slope, S.ua, S.taA, S.vpA, u, p);
  S.ub = u;
  S.taB = p.ta;
  S.vpB = p.vp;
  S.uP = S.ua;
  S.taP = S.taA;
  S.vpP = S.vpA;
  return bracketed(p, slope);
}

/**
 * The first step along the last search's slopes: the root of the residual with the air at u0 + (u − u0)·slope
 * between u0 and the bounding step `bound`, or `bound` where that residual does not change sign there.
 */
function slopeStep(p: ScreenProblem, u0: number, bound: number, slope: Float64Array): number {
  if (!(Number.isFinite(slope[0]!) && Number.isFinite(slope[1]!))) return bound;
  const s = LIN;
  s.p = p;
  s.u0 = u0;
  s.ta0 = p.ta;
  s.vp0 = p.vp;
  s.dTa = slope[0]!;
  s.dVp = slope[1]!;
  const lo = Math.min(u0, bound);
  const hi = Math.max(u0, bound);
  const fLo = interpolated(lo);
  const fHi = interpolated(hi);
  if (!(fLo <= 0 && fHi >= 0)) return bound;
  return brent(interpolated, lo, hi, 1e-2 * SCREEN_TOL, 'greenhouse screen closure', fLo, fHi, ROOT).x;
}

/** Keep the air's slopes between the trial (u1, ta1, vp1) and the last one (u2, in p) for the next search; returns u2. */
function keepSlope(
  slope: Float64Array | undefined,
  u1: number,
  ta1: number,
  vp1: number,
  u2: number,
  p: ScreenProblem,
): number {
  if (slope && u2 !== u1) {
    slope[0] = (p.ta - ta1) / (u2 - u1);
    slope[1] = (p.vp - vp1) / (u2 - u1);
  }
  return u2;
}

/** The search's bracket [a, b] (r(a) has r0's sign), the trial before the newest, and which end the newest is. */
const SEARCH = {
  ua: 0,
  ra: 0,
  taA: 0,
  vpA: 0,
  ub: 0,
  taB: 0,
  vpB: 0,
  uP: 0,
  taP: 0,
  vpP: 0,
};

/** The search once SEARCH brackets the root (b the newest trial, P the one before); see screenRoot. */
function bracketed(p: ScreenProblem, slope: Float64Array | undefined): number {
  const S = SEARCH;
  let newestIsB = true;
  for (let it = 0; ; it++) {
    let u = Number.NaN;
    const lo = Math.min(S.ua, S.ub);
    const hi = Math.max(S.ua, S.ub);
    if (it < MAX_INTERPOLATED) {
      // on the line through the two newest trials; r rises with u, so the residual is ≤ 0 at lo, ≥ 0 at hi
      u = newestIsB
        ? lineRoot(p, lo, hi, S.uP, S.taP, S.vpP, S.ub, S.taB, S.vpB)
        : lineRoot(p, lo, hi, S.uP, S.taP, S.vpP, S.ua, S.taA, S.vpA);
      if (Number.isNaN(u)) u = lineRoot(p, lo, hi, S.ua, S.taA, S.vpA, S.ub, S.taB, S.vpB);
    }
    if (Number.isNaN(u)) u = 0.5 * (lo + hi);
    // the newest before this trial becomes the one before
    if (newestIsB) {
      S.uP = S.ub;
      S.taP = S.taB;
      S.vpP = S.vpB;
    } else {
      S.uP = S.ua;
      S.taP = S.taA;
      S.vpP = S.vpA;
    }
    const r = p.trial(u);
    if (Math.abs(r) <= SCREEN_TOL || hi - lo <= SCREEN_TOL) return keepSlope(slope, S.uP, S.taP, S.vpP, u, p);
    newestIsB = r > 0 !== S.ra > 0;
    if (newestIsB) {
      S.ub = u;
      S.taB = p.ta;
      S.vpB = p.vp;
    } else {
      S.ua = u;
      S.ra = r;
      S.taA = p.ta;
      S.vpA = p.vp;
    }
  }
}

/** What a screen problem reads from the inputs (the step's and the demand's scratch both carry it). */
export interface ScreenContext {
  To: number;
  isDay: boolean;
  sp: number;
}

/** Fill the outdoor temperature, day flag and heating set-point of a screen problem; returns the closure the cold
 * outside alone asks for (the upper end of the root's bracket). */
export function screenContext(m: GreenhouseModel, inp: GreenhouseInputs, s: ScreenContext): number {
  s.To = inp.outdoorT;
  s.isDay = inp.isDay ?? inp.solarOnCover > 0;
  s.sp = inp.heatingSetpoint ?? (s.isDay ? m.heatingSetpointDay : m.heatingSetpointNight);
  return screenCold(s.To, s.isDay);
}

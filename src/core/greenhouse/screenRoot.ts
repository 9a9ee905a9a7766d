/**
 * The implicit screen: the closure u that the controller would choose for the state the step ends in,
 * u = closure(u). r(u) = u − closure(u) rises with u (a more closed screen keeps the house warmer and more
 * humid, so the controller asks for it more open), so the root in [0, cold] is unique (`cold` being the
 * closure the outside temperature alone asks for).
 *
 * Each trial is a full solve of the step, while the controller (screenClosure: proportional bands joined by
 * min/max, so r has kinks) is cheap. So after two trials that bracket the root, the end-of-step air temperature
 * and vapour pressure are interpolated linearly in u between the bracket's ends (the step is a linear solve whose
 * coefficients change smoothly with u: nearly linear over a short bracket), the exact controller is evaluated on
 * the interpolated air and the root of that cheap residual found (Brent, numerics/roots.ts); one trial there
 * usually lands within the tolerance. This is regula falsi on the state instead of on the kinked residual (which
 * took Brent four or five trials in a quarter of the steps: 2.1 demand trials per step on average).
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
/** Predicted trials (along the last secant) before the search falls back to the bracketing step u − r(u). */
const PREDICTED = 2;

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

/** u − closure(air interpolated at u) between the bracket's ends (LIN). */
function interpolated(u: number): number {
  const s = LIN;
  const f = u - s.u0;
  return u - s.p.closure(s.ta0 + f * s.dTa, s.vp0 + f * s.dVp);
}

/**
 * Root of r(u) = u − closure(u) on [0, cold], given the first trial u0 ∈ [0, cold] and r0 = r(u0) (its air in
 * p.ta/p.vp). The returned root is always the problem's last trial (its solve is the one left in place).
 * Since r′ = 1 − closure′ ≥ 1, the step u1 = u0 − r0 lands on or beyond the root: [u0, u1] brackets it (inside
 * [0, cold], where r(0) ≤ 0 ≤ r(cold)).
 *
 * `slope` (optional, [dT_air/du K, de_air/du Pa]; NaN: unknown) is the state's sensitivity to the closure that the
 * previous search of the same problem measured. When it is known, the second trial is the root of the cheap
 * residual with the air extrapolated from the first trial along it (the controller's kinks exact, only the
 * sensitivity assumed), instead of u0 − r0: a step later the sensitivity has changed little, so that trial is
 * usually within the tolerance and the bracketing trial is saved. If it is not and does not bracket the root,
 * one more prediction follows along the secant of the two trials, then the search goes on as above. The root is
 * the same to SCREEN_TOL either way. The search writes the secant of its last two trials back into `slope`.
 * On the Manitoba year this takes the demand's screen search from 1.10 to 0.78 trials per step beyond the first
 * (the step's own search, which starts from the demand's root, gains nothing from it and does not use it).
 */
export function screenRoot(
  u0: number,
  r0: number,
  cold: number,
  p: ScreenProblem,
  slope?: Float64Array,
): number {
  if (Math.abs(r0) <= SCREEN_TOL) return u0;
  let ua = u0;
  let ra = r0;
  let taA = p.ta;
  let vpA = p.vp;
  const known = slope !== undefined && Number.isFinite(slope[0]!) && Number.isFinite(slope[1]!);
  for (let k = 0; known && k < PREDICTED; k++) {
    const u1 = predicted(p, ua, taA, vpA, slope, cold);
    if (Math.abs(u1 - ua) <= 1e-6) break; // the cheap residual puts the root where r is not small: stale slope
    const r1 = p.trial(u1);
    if (Math.abs(r1) <= SCREEN_TOL) return learned(slope, p, u1, ua, taA, vpA);
    if (r1 > 0 !== ra > 0) return bracketed(p, ua, ra, taA, vpA, u1, r1, slope);
    learned(slope, p, u1, ua, taA, vpA);
    ua = u1;
    ra = r1;
    taA = p.ta;
    vpA = p.vp;
  }
  const u1 = Math.min(Math.max(ua - ra, 0), cold);
  const rb = p.trial(u1);
  if (Math.abs(rb) <= SCREEN_TOL || rb > 0 === ra > 0) return learned(slope, p, u1, ua, taA, vpA);
  return bracketed(p, ua, ra, taA, vpA, u1, rb, slope);
}

/**
 * The root of the cheap residual with the air extrapolated from (u0, ta0, vp0) along `slope`, on [0, cold]
 * (where it is ≤ 0 at 0 and ≥ 0 at cold when the closure lies in [0, cold], as the controller's does).
 */
function predicted(
  p: ScreenProblem,
  u0: number,
  ta0: number,
  vp0: number,
  slope: Float64Array,
  cold: number,
): number {
  const s = LIN;
  s.p = p;
  s.u0 = u0;
  s.ta0 = ta0;
  s.vp0 = vp0;
  s.dTa = slope[0]!;
  s.dVp = slope[1]!;
  // With the controller's closure in [0, cold] the ends have these signs; a closure outside them clamps the root.
  const f0 = interpolated(0);
  if (f0 >= 0) return 0;
  const f1 = interpolated(cold);
  if (f1 <= 0) return cold;
  return brent(interpolated, 0, cold, 1e-2 * SCREEN_TOL, 'greenhouse screen closure', f0, f1, ROOT).x;
}

/**
 * Store the secant between the last trial (u, p.ta, p.vp) and an earlier one in `slope` (when the two closures
 * differ by more than 1e-6: closer, the secant is rounding); returns u.
 */
function learned(
  slope: Float64Array | undefined,
  p: ScreenProblem,
  u: number,
  u0: number,
  ta0: number,
  vp0: number,
): number {
  if (slope !== undefined && Math.abs(u - u0) > 1e-6) {
    slope[0] = (p.ta - ta0) / (u - u0);
    slope[1] = (p.vp - vp0) / (u - u0);
  }
  return u;
}

/** The search inside a bracket [ua, ub] of trials with residuals of opposite signs (see screenRoot). */
function bracketed(
  p: ScreenProblem,
  ua: number,
  ra: number,
  taA: number,
  vpA: number,
  ub: number,
  rb: number,
  slope: Float64Array | undefined,
): number {
  let taB = p.ta;
  let vpB = p.vp;
  for (let it = 0; ; it++) {
    let u: number;
    if (it < MAX_INTERPOLATED) {
      const s = LIN;
      s.p = p;
      s.u0 = ua;
      s.ta0 = taA;
      s.vp0 = vpA;
      s.dTa = (taB - taA) / (ub - ua);
      s.dVp = (vpB - vpA) / (ub - ua);
      const lo = Math.min(ua, ub);
      const hi = Math.max(ua, ub);
      const fLo = lo === ua ? ra : rb;
      const fHi = lo === ua ? rb : ra;
      u = brent(interpolated, lo, hi, 1e-2 * SCREEN_TOL, 'greenhouse screen closure', fLo, fHi, ROOT).x;
    } else u = 0.5 * (ua + ub);
    const r = p.trial(u);
    if (Math.abs(r) <= SCREEN_TOL || Math.abs(ub - ua) <= SCREEN_TOL) {
      // the secant to the bracket's end nearer the root
      return Math.abs(u - ua) < Math.abs(u - ub)
        ? learned(slope, p, u, ua, taA, vpA)
        : learned(slope, p, u, ub, taB, vpB);
    }
    if (r > 0 === ra > 0) {
      ua = u;
      ra = r;
      taA = p.ta;
      vpA = p.vp;
    } else {
      ub = u;
      rb = r;
      taB = p.ta;
      vpB = p.vp;
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

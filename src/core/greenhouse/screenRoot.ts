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
 */
export function screenRoot(u0: number, r0: number, cold: number, p: ScreenProblem): number {
  if (Math.abs(r0) <= SCREEN_TOL) return u0;
  let ua = u0;
  let ra = r0;
  let taA = p.ta;
  let vpA = p.vp;
  const u1 = Math.min(Math.max(u0 - r0, 0), cold);
  let rb = p.trial(u1);
  let ub = u1;
  if (Math.abs(rb) <= SCREEN_TOL || rb > 0 === ra > 0) return u1;
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
    if (Math.abs(r) <= SCREEN_TOL || Math.abs(ub - ua) <= SCREEN_TOL) return u;
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

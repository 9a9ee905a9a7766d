/**
 * The implicit screen: the closure u that the controller would choose for the state the step ends in,
 * u = closure(u). r(u) = u − closure(u) rises with u (a more closed screen keeps the house warmer and more
 * humid, so the controller asks for it more open), so the root in [0, cold] is unique (`cold` being the
 * closure the outside temperature alone asks for). Brent's method on u (numerics/roots.ts), from a first trial
 * that usually already agrees (the last root of the same model).
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

const ROOT: RootResult = { x: 0, fx: 0, iterations: 0 };

/**
 * Root of r(u) = u − closure(u) on [0, cold], given the first trial u0 ∈ [0, cold] and r0 = r(u0). `residual`
 * solves the step at u and returns r(u); the caller re-solves at the returned u when its last trial was not there.
 * Since r′ = 1 − closure′ ≥ 1, the step u1 = u0 − r0 lands on or beyond the root: [u0, u1] brackets it (inside
 * [0, cold], where r(0) ≤ 0 ≤ r(cold)), and Brent finishes in that short bracket.
 */
export function screenRoot(u0: number, r0: number, cold: number, residual: (u: number) => number): number {
  if (Math.abs(r0) <= SCREEN_TOL) return u0;
  const u1 = Math.min(Math.max(u0 - r0, 0), cold);
  const r1 = residual(u1);
  if (Math.abs(r1) <= SCREEN_TOL || r1 > 0 === r0 > 0) return u1;
  return u0 < u1
    ? brent(residual, u0, u1, SCREEN_TOL, 'greenhouse screen closure', r0, r1, ROOT).x
    : brent(residual, u1, u0, SCREEN_TOL, 'greenhouse screen closure', r1, r0, ROOT).x;
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

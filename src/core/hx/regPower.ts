/**
 * The regularised power law of the exchanger's hA(ṁ) scaling (Modelica Buildings' regNonZeroPower).
 */
import { InputError } from '../errors';

/** Coefficients of y = a0 + a2·x² + a4·x⁴ replacing |x|^n on |x| ≤ δ. */
export interface RegPower {
  n: number;
  delta: number;
  a0: number;
  a2: number;
  a4: number;
}

/** Transition abscissa of the regularised power law (Modelica Buildings uses 0.1 for hA). */
const REG_DELTA = 0.1;

/**
 * |x|^n for |x| > δ; inside, the even quartic with the same value and first two derivatives at ±δ, so
 * y(0) > 0 and dy/dx is bounded — the construction of Modelica Buildings'
 * `Buildings.Utilities.Math.Functions.regNonZeroPower` (valid for 0 < n < 2). Coefficients from
 * y′(δ) = 2a2δ + 4a4δ³ and y″(δ) = 2a2 + 12a4δ²: a4 = (y″ − y′/δ)/(8δ²), a2 = (y″ − 12a4δ²)/2,
 * a0 = y − a2δ² − a4δ⁴.
 */
export function regPower(n: number, delta = REG_DELTA): RegPower {
  if (!(n > 0 && n < 2)) throw new InputError('exponent', n, 'between 0 and 2 (exclusive)');
  const y = delta ** n;
  const y1 = n * delta ** (n - 1);
  const y2 = n * (n - 1) * delta ** (n - 2);
  const a4 = (y2 - y1 / delta) / (8 * delta * delta);
  const a2 = (y2 - 12 * a4 * delta * delta) / 2;
  const a0 = y - delta * delta * (a2 + delta * delta * a4);
  return { n, delta, a0, a2, a4 };
}

export function evalReg(r: RegPower, x: number): number {
  const ax = x < 0 ? -x : x;
  // fastPow(ax, r.n) written out: at this call site V8 did not inline the call (its budget spent on the
  // exchanger's solve), and each call then boxed its numbers (plant replay 108 -> 99 ms with the dry cooler's two)
  if (ax > r.delta) return Math.exp(r.n * Math.log(ax));
  const x2 = x * x;
  return r.a0 + x2 * (r.a2 + x2 * r.a4);
}

/** Exported for tests: the regularised power law used for hA(ṁ). */
export function regularizedPower(x: number, n: number, delta = REG_DELTA): number {
  return evalReg(regPower(n, delta), x);
}

/**
 * x^y for the power laws of the hot loops (film coefficients ∝ flow^n, free convection ∝ |ΔT|^⅓):
 * e^(y·ln x). V8's `**` with a fractional exponent costs ≈ 40 ns on this project's machine (a correctly rounded
 * fdlibm pow); `Math.exp(y·Math.log(x))` ≈ 14 ns (bench/core.bench.ts, "power law"). They differ by the rounding
 * of ln x, magnified by |y·ln x|, and of e^z: within (|y·ln x| + 2)·ε relative (ε = 2.2e-16; ≤ 6.6e-15 over
 * x ∈ [1e-6, 1e6], y ∈ (0, 2]: test/core/numericsFastPow.test.ts) — far below every tolerance of the solvers
 * that call it.
 *
 * The exchanger's and the dry cooler's film laws (hx/regPower.ts `evalReg`, components/dryCooler.ts `evaluate`)
 * write the same expression out: V8 did not inline this call there, and a call that is not inlined boxes its
 * numbers (the plant replay took 108 ms with the calls, 99 ms without).
 *
 * Valid for x ≥ 0 and y > 0 (0^y = 0, as `**` gives; the exponents of the callers are constants > 0). Not for
 * y ≤ 0 (0·ln 0 is NaN) nor x < 0 (NaN, as `**` with a fractional exponent).
 */
export function fastPow(x: number, y: number): number {
  return Math.exp(y * Math.log(x));
}

/**
 * Piecewise Chebyshev interpolation (src/core/numerics/chebyshev.ts) against functions whose values are known
 * exactly: a polynomial of the interpolant's degree is reproduced (to rounding), an analytic function's error
 * falls geometrically with the degree (the bound of Trefethen, ATAP Theorem 8.2 for e^x on a piece of width w:
 * ≈ 2·(w/4)^(n+1)/(n+1)!·e^x), the pieces meet continuously, and a piece is built once, on first use.
 */
import { describe, expect, it } from 'vitest';
import { PiecewiseChebyshev } from '../../src/core/numerics/chebyshev';

const grid = (lo: number, hi: number, n: number) =>
  Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);

describe('PiecewiseChebyshev', () => {
  it('reproduces a polynomial of its degree to rounding', () => {
    const p = (x: number) => 3 - 2 * x + 0.5 * x ** 3 - 0.01 * x ** 7;
    const c = new PiecewiseChebyshev(p, -3, 5, 2, 7);
    for (const x of grid(-3, 5, 997))
      expect(Math.abs(c.at(x) - p(x))).toBeLessThan(1e-12 * Math.max(1, Math.abs(p(x))));
  });

  it('e^x: the error falls with the degree as the Chebyshev bound says, and stays under it', () => {
    let prev = Number.POSITIVE_INFINITY;
    for (const n of [3, 5, 7]) {
      const c = new PiecewiseChebyshev(Math.exp, 0, 4, 1, n);
      let worst = 0;
      for (const x of grid(0, 4, 4001)) worst = Math.max(worst, Math.abs(c.at(x) / Math.exp(x) - 1));
      let fact = 1;
      for (let k = 2; k <= n + 1; k++) fact *= k;
      const bound = (2 * 0.25 ** (n + 1)) / fact;
      expect(worst).toBeLessThan(bound * Math.E);
      expect(worst).toBeLessThan(prev / 50);
      prev = worst;
    }
  });

  it('the last piece is the shorter rest of the range; the ends are reached exactly enough', () => {
    const c = new PiecewiseChebyshev(Math.sin, 0, 2.5, 1, 12);
    for (const x of [0, 1, 2, 2.25, 2.5]) expect(Math.abs(c.at(x) - Math.sin(x))).toBeLessThan(1e-14);
  });

  it('neighbouring pieces meet: no jump at a boundary beyond the interpolation error', () => {
    const c = new PiecewiseChebyshev(Math.exp, 0, 8, 2, 12);
    const e = 1e-9;
    for (const b of [2, 4, 6]) {
      const jump = c.at(b - e) - c.at(b) - (Math.exp(b - e) - Math.exp(b));
      // each side within its error bound 2·(w/4)^13/13!·e^x ≈ 4e-14, plus Clenshaw's rounding
      expect(Math.abs(jump) / Math.exp(b)).toBeLessThan(5e-13);
    }
  });

  it('evaluates the function only for the pieces used, once each', () => {
    let calls = 0;
    const square = (x: number) => {
      calls++;
      return x * x;
    };
    const c = new PiecewiseChebyshev(square, 0, 100, 4, 5);
    expect(calls).toBe(0);
    c.at(1);
    c.at(2.5);
    expect(calls).toBe(6);
    c.at(99);
    expect(calls).toBe(12);
  });

  it('refuses a range, width or degree that cannot make pieces', () => {
    expect(() => new PiecewiseChebyshev(Math.exp, 1, 1, 1, 5)).toThrow(/range/);
    expect(() => new PiecewiseChebyshev(Math.exp, 0, 1, 0, 5)).toThrow(/width/);
    expect(() => new PiecewiseChebyshev(Math.exp, 0, 1, 1, 2.5)).toThrow(/degree/);
  });
});

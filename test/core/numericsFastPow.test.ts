/**
 * fastPow (numerics/fastPow.ts) against `**`: the relative difference over the ranges of its callers (film
 * coefficients at flow ratios 1e-6…1e6, free convection at |ΔT| up to 1e3 K, exponents in (0, 2]), and its
 * edge values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastPow } from '../../src/core/numerics/fastPow';

describe('fastPow', () => {
  it('agrees with ** within (|y·ln x| + 2)·ε relative for x in [1e-6, 1e6], y in (0, 2]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 1e-3, max: 2, noNaN: true }),
        (e, y) => {
          const x = 10 ** e;
          const want = x ** y;
          const bound = (Math.abs(y * Math.log(x)) + 2) * Number.EPSILON * want;
          expect(Math.abs(fastPow(x, y) - want)).toBeLessThanOrEqual(bound);
        },
      ),
      { numRuns: 20_000, seed: 11 },
    );
  });

  it('the exponents of the core: ⅓ and 0.25 free convection, 0.32 pipe rail, 0.66 screen exchange, film 0.8', () => {
    for (const y of [0.33, 0.25, 0.32, 0.66, 0.8, 0.6])
      for (const x of [1e-3, 0.1, 0.5, 1, 2, 17.3, 80, 1e3]) {
        expect(Math.abs(fastPow(x, y) / x ** y - 1)).toBeLessThanOrEqual(6.6e-15);
      }
    expect(fastPow(1, 0.8)).toBe(1);
  });

  it('0^y = 0 and ∞^y = ∞ for y > 0, as **; a negative base gives NaN, as ** with a fractional exponent', () => {
    expect(fastPow(0, 0.33)).toBe(0);
    expect(fastPow(-0, 0.25)).toBe(0);
    expect(fastPow(Number.POSITIVE_INFINITY, 0.5)).toBe(Number.POSITIVE_INFINITY);
    expect(fastPow(-2, 0.5)).toBeNaN();
    expect((-2) ** 0.5).toBeNaN();
  });
});

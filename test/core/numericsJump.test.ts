/**
 * Brent's method stopping at a jump (`JumpStop`, numerics/roots.ts): a step function is bracketed to the stop's
 * width in about log2(range/width) halvings instead of down to xtol, with the bracket's other end returned; a
 * continuous function is not stopped (|f| at the ends of a narrow bracket is small); without a stop nothing
 * changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brent } from '../../src/core/numerics/roots';

describe('brent: stopping at a jump', () => {
  it('a step at 0.3 on [0, 1] (±1): bracketed to 1e-6 with the other end given, in ~20 halvings not ~40', () => {
    let calls = 0;
    const f = (x: number) => {
      calls++;
      return x < 0.3 ? 1 : -1;
    };
    const r = brent(f, 0, 1, 1e-12, 'step', 1, -1, undefined, 200, { width: 1e-6, f: 0.5 });
    const other = r.other!;
    expect(Math.abs(r.x - other)).toBeLessThan(1e-6);
    expect(Math.min(r.x, other)).toBeLessThan(0.3);
    expect(Math.max(r.x, other)).toBeGreaterThanOrEqual(0.3);
    expect(f(Math.min(r.x, other))).toBe(1);
    expect(calls).toBeLessThanOrEqual(1 + 24); // log2(1 / 1e-6) ≈ 20 halvings (the two ends were given)
    // the same search without the stop halves on to xtol and gives no other end
    const before = calls;
    const p = brent(f, 0, 1, 1e-12, 'step', 1, -1);
    expect(calls - before).toBeGreaterThan(35);
    expect(Number.isNaN(p.other!)).toBe(true);
    expect(Math.abs(p.x - 0.3)).toBeLessThan(1e-12);
  });

  it('a continuous root is found to xtol as without the stop (same result, other NaN)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 1e6, noNaN: true }),
        (r0, s) => {
          // f = s·(x − r0)·(1 + 0.1·(x − r0)²): slope ≥ s near the root, |f| < s·1e-6·1.01 within the stop's width
          const f = (x: number) => s * (x - r0) * (1 + 0.1 * (x - r0) ** 2);
          const stop = { width: 1e-6, f: 2 * s * 1e-6 };
          const a = brent(f, -10, 10, 1e-12, 'cubic', undefined, undefined, undefined, 200, stop);
          const b = brent(f, -10, 10, 1e-12, 'cubic');
          expect(Number.isNaN(a.other!)).toBe(true);
          expect(a.x).toBe(b.x);
          expect(a.iterations).toBe(b.iterations);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it.each([
    ['a step from +1 to −1e-4 (one end small)', 1, -1e-4],
    ['a step of ±1e-3 (both ends small)', 1e-3, -1e-3],
  ])('is not taken for a jump under a stop at 1e-2, %s: run to xtol', (_, up, down) => {
    const step = (x: number) => (x < 0.3 ? up : down);
    const r = brent(step, 0, 1, 1e-12, 'step', undefined, undefined, undefined, 200, {
      width: 1e-6,
      f: 1e-2,
    });
    expect(Number.isNaN(r.other!)).toBe(true);
    expect(Math.abs(r.x - 0.3)).toBeLessThan(1e-12);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhysicsError } from '../../src/core/errors';
import { brent } from '../../src/core/numerics/roots';

describe('brent', () => {
  it('finds √2 and cos x = x (Dottie number 0.739085133215160641…, OEIS A003957)', () => {
    expect(brent((x) => x * x - 2, 0, 2, 1e-15, 'sqrt').x).toBeCloseTo(Math.SQRT2, 14);
    expect(brent((x) => Math.cos(x) - x, 0, 1, 1e-15, 'dottie').x).toBeCloseTo(0.7390851332151607, 14);
  });

  it('converges on a step function to the jump (bisection fallback) and stays in the bracket', () => {
    const r = brent((x) => (x < 0.3 ? -1 : 1), 0, 1, 1e-12, 'step');
    expect(Math.abs(r.x - 0.3)).toBeLessThan(1e-11);
  });

  it('throws a PhysicsError naming the problem without a sign change', () => {
    expect(() => brent((x) => x * x + 1, -1, 1, 1e-9, 'no root here')).toThrowError(PhysicsError);
    expect(() => brent((x) => x * x + 1, -1, 1, 1e-9, 'no root here')).toThrowError(/no root here/);
  });

  it('solves monotone cubics anywhere in the bracket (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (r) => {
        const f = (x: number) => (x - r) ** 3 + (x - r);
        const res = brent(f, -20, 20, 1e-13, 'cubic');
        return Math.abs(res.x - r) < 1e-10;
      }),
    );
  });
});

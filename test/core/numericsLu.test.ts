/**
 * The dense LUs of numerics/lu.ts: a hand-solved system, and the no-pivot sparse-aware factorisation against the
 * pivoting one on random column diagonally dominant matrices with the sparsity of lumped heat balances.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as CD from './columnDominant';
import { PhysicsError } from '../../src/core/errors';
import { DominantLu, luFactor, luSolve } from '../../src/core/numerics/lu';

describe('DominantLu', () => {
  it('solves a three-node chain by hand', () => {
    // nodes 0–1–2 linked by g = 1, node 0 held by 2 to 10 °C, node 2 heated by 6 W:
    // [3 −1 0; −1 2 −1; 0 −1 1]·x = [20, 0, 6] → x = (13, 19, 25)
    const A = new Float64Array([3, -1, 0, -1, 2, -1, 0, -1, 1]);
    const lu = new DominantLu(3);
    lu.factor(A);
    const x = new Float64Array(3);
    lu.solve(new Float64Array([20, 0, 6]), x);
    expect(x[0]).toBeCloseTo(13, 12);
    expect(x[1]).toBeCloseTo(19, 12);
    expect(x[2]).toBeCloseTo(25, 12);
  });

  it('agrees with partial pivoting on random column-dominant sparse matrices (two right-hand sides)', () => {
    const n = 9;
    fc.assert(
      fc.property(CD.links(n), CD.caps(n), CD.rhs(n), (links, caps, rhs) => {
        const A = new Float64Array(n * n);
        for (let i = 0; i < n; i++) A[i * n + i] = caps[i]!;
        for (const [i, j, g] of links) {
          if (i === j) continue;
          A[i * n + i]! += g;
          A[j * n + j]! += g;
          A[i * n + j]! -= g;
          A[j * n + i]! -= g;
        }
        const B = A.slice();
        const b = Float64Array.from(rhs);
        const lu = new DominantLu(n);
        lu.factor(A);
        const x = new Float64Array(n);
        lu.solve(b, x);
        const piv = new Int32Array(n);
        luFactor(B, piv, n);
        const y = new Float64Array(n);
        luSolve(B, piv, b, y, n);
        const scale = Math.max(1, ...Array.from(y, Math.abs));
        for (let i = 0; i < n; i++) expect(Math.abs(x[i]! - y[i]!)).toBeLessThan(1e-9 * scale);
        // the same factors solve in place (rhs aliasing x)
        const z = Float64Array.from(rhs);
        lu.solve(z, z);
        for (let i = 0; i < n; i++) expect(z[i]).toBe(x[i]);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('refuses a node with no path (zero pivot)', () => {
    const A = new Float64Array([1, 0, 0, 0]);
    expect(() => new DominantLu(2).factor(A, 'test system')).toThrow(PhysicsError);
    expect(() => new DominantLu(2).factor(new Float64Array([1, 0, 0, 0]), 'test system')).toThrow(
      /test system/,
    );
  });
});

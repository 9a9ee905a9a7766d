/**
 * PatternLu (numerics/patternLu.ts): the elimination planned once from a sparsity pattern gives the same factors
 * and solutions, to the last bit, as DominantLu's, which searches for the non-zeros on every factorisation; a
 * hand-solved system; the fill-in of a hand-counted pattern; refusals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as CD from './columnDominant';
import { PhysicsError } from '../../src/core/errors';
import { STEP_PATTERN } from '../../src/core/greenhouse/assemble';
import { DominantLu } from '../../src/core/numerics/lu';
import { PatternLu } from '../../src/core/numerics/patternLu';

/** Element by element ===. */
function same(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

describe('PatternLu', () => {
  it('solves a three-node chain by hand', () => {
    // [3 −1 0; −1 2 −1; 0 −1 1]·x = [20, 0, 6] → x = (13, 19, 25) (as numericsLu.test.ts)
    const lu = new PatternLu(3, [
      [0, 1],
      [1, 0],
      [1, 2],
      [2, 1],
    ]);
    lu.factor(new Float64Array([3, -1, 0, -1, 2, -1, 0, -1, 1]));
    const x = new Float64Array(3);
    lu.solve(new Float64Array([20, 0, 6]), x);
    expect(x[0]).toBeCloseTo(13, 12);
    expect(x[1]).toBeCloseTo(19, 12);
    expect(x[2]).toBeCloseTo(25, 12);
    expect(lu.updates).toBe(2); // eliminating 0 updates (1,1); eliminating 1 updates (2,2)
  });

  it('plans the fill-in: a star on node 0 fills the whole matrix, the same star on the last node fills nothing', () => {
    const n = 5;
    const star = (c: number) =>
      Array.from({ length: n }, (_, i) => i)
        .filter((i) => i !== c)
        .flatMap((i) => [[i, c] as const, [c, i] as const]);
    // centre first: after eliminating it every pair of the other four is joined (4·4 updates), then 3·3, 2·2, 1·1
    expect(new PatternLu(n, star(0)).updates).toBe(16 + 9 + 4 + 1);
    // centre last: each leaf updates the centre's diagonal only
    expect(new PatternLu(n, star(n - 1)).updates).toBe(4);
  });

  it('the greenhouse step in its elimination order costs 83 multiply-adds (state.ts)', () => {
    expect(new PatternLu(15, STEP_PATTERN).updates).toBe(83);
  });

  it('equals DominantLu bit for bit on random column-dominant matrices, with pattern entries that are zero', () => {
    const n = 9;
    fc.assert(
      fc.property(
        CD.links(n),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        CD.caps(n),
        CD.rhs(n),
        (links, zero, caps, rhs) => {
          const pattern: [number, number][] = [];
          const A = new Float64Array(n * n);
          for (let i = 0; i < n; i++) A[i * n + i] = caps[i]!;
          links.forEach(([i, j, g], k) => {
            if (i === j) return;
            pattern.push([i, j], [j, i]);
            // some links of the pattern carry no conductance in this matrix (a screen folded away, a dry surface)
            const gk = zero[k] ? 0 : g;
            A[i * n + i]! += gk;
            A[j * n + j]! += gk;
            A[i * n + j]! -= gk;
            A[j * n + i]! -= gk;
          });
          const B = A.slice();
          const p = new PatternLu(n, pattern);
          const d = new DominantLu(n);
          p.factor(A);
          d.factor(B);
          // === : the same number (a zero may differ in sign where the pattern holds a zero DominantLu skipped)
          expect(same(A, B)).toBe(true);
          const x = new Float64Array(n);
          const y = new Float64Array(n);
          p.solve(Float64Array.from(rhs), x);
          d.solve(Float64Array.from(rhs), y);
          expect(same(x, y)).toBe(true);
          // in place (rhs aliasing x)
          const z = Float64Array.from(rhs);
          p.solve(z, z);
          expect(same(z, x)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('refuses a position off the matrix or on its diagonal, and a node with no path', () => {
    expect(() => new PatternLu(3, [[0, 3]])).toThrow(/\[0, 3\] is not an off-diagonal position of a 3×3/);
    expect(() => new PatternLu(3, [[1, 1]])).toThrow(RangeError);
    expect(() => new PatternLu(3, [[0.5, 1]])).toThrow(RangeError);
    const lu = new PatternLu(2, []);
    expect(() => lu.factor(new Float64Array([1, 0, 0, 0]), 'test system')).toThrow(PhysicsError);
    expect(() => lu.factor(new Float64Array([1, 0, 0, Number.NaN]), 'test system')).toThrow(/test system/);
  });
});

/**
 * Dense LU factorisation with partial pivoting and the matching forward/back substitution, for the small
 * (n ≤ ~30) linear systems of the lumped models (Golub & Van Loan, "Matrix Computations", 4th ed., Alg. 3.4.1).
 * Row-major `Float64Array` of n·n; allocation-free; zero multipliers are skipped, so sparse rows (soil
 * chains) cost little.
 */
import { PhysicsError } from '../errors';

/** Factorise A (n×n, row-major) in place: A ← L\U with unit-lower L; `piv[k]` is the row swapped with k. */
export function luFactor(A: Float64Array, piv: Int32Array, n: number, what = 'linear system'): void {
  for (let k = 0; k < n; k++) {
    let p = k;
    let max = Math.abs(A[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(A[i * n + k]!);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    if (!(max > 0)) throw new PhysicsError(`${what}: the matrix is singular (a node has no path)`);
    piv[k] = p;
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = A[k * n + j]!;
        A[k * n + j] = A[p * n + j]!;
        A[p * n + j] = t;
      }
    }
    const d = A[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const f = A[i * n + k]! / d;
      if (f === 0) continue;
      A[i * n + k] = f;
      for (let j = k + 1; j < n; j++) A[i * n + j]! -= f * A[k * n + j]!;
    }
  }
}

/** Solve A·x = rhs with the factors of `luFactor` (rhs may alias x). */
export function luSolve(
  A: Float64Array,
  piv: Int32Array,
  rhs: Float64Array,
  x: Float64Array,
  n: number,
): void {
  if (x !== rhs) x.set(rhs);
  for (let k = 0; k < n; k++) {
    const p = piv[k]!;
    if (p !== k) {
      const t = x[k]!;
      x[k] = x[p]!;
      x[p] = t;
    }
  }
  for (let i = 1; i < n; i++) {
    let s = x[i]!;
    for (let j = 0; j < i; j++) s -= A[i * n + j]! * x[j]!;
    x[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let j = i + 1; j < n; j++) s -= A[i * n + j]! * x[j]!;
    x[i] = s / A[i * n + i]!;
  }
}

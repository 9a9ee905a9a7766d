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

/**
 * LU without pivoting for a column diagonally dominant A (|a_jj| ≥ Σ_{i≠j} |a_ij| for every column j): Gaussian
 * elimination keeps that property, so partial pivoting would choose the diagonal anyway and no row is swapped
 * (Golub & Van Loan, "Matrix Computations", 4th ed., Theorem 3.4.3 and §3.4.10). The lumped heat balances are of
 * this kind: a conductance adds +g to two diagonals and −g to two off-diagonal entries of the same columns; heat
 * capacities and boundary conductances add to diagonals only.
 *
 * Sparse-aware: the elimination visits only the non-zero entries of each pivot row and column (kept in `lu`'s
 * index lists, which the solves then follow), so a system ordered with its sparse nodes first (a soil chain, an
 * outer surface) costs little more than its dense core. In-place on A (row-major n×n): A ← L\U, unit-lower L.
 * Throws PhysicsError on a zero or non-finite pivot (a node with no path). The greenhouse step uses PatternLu
 * (patternLu.ts), which plans the same elimination once from the matrix's fixed pattern; this one, which needs no
 * pattern, is the reference its tests compare with bit for bit.
 */
export class DominantLu {
  /** 1 / pivot of each row. */
  readonly invDiag: Float64Array;
  /** Rows i > k with l_ik ≠ 0, for column k: lRows[lStart[k] … lStart[k+1]). */
  private readonly lStart: Int32Array;
  private readonly lRows: Int32Array;
  /** Columns j > i with u_ij ≠ 0, for row i: uCols[uStart[i] … uStart[i+1]). */
  private readonly uStart: Int32Array;
  private readonly uCols: Int32Array;
  private A: Float64Array;

  constructor(readonly n: number) {
    this.invDiag = new Float64Array(n);
    this.lStart = new Int32Array(n + 1);
    this.lRows = new Int32Array((n * (n - 1)) / 2);
    this.uStart = new Int32Array(n + 1);
    this.uCols = new Int32Array((n * (n - 1)) / 2);
    this.A = new Float64Array(0);
  }

  /** Factorise A (n×n, row-major) in place. */
  factor(A: Float64Array, what = 'linear system'): void {
    const n = this.n;
    const { invDiag, lStart, lRows, uStart, uCols } = this;
    this.A = A;
    let nl = 0;
    let nu = 0;
    for (let k = 0; k < n; k++) {
      const kk = k * n;
      const d = A[kk + k]!;
      if (!(Math.abs(d) > 0 && Math.abs(d) < Number.POSITIVE_INFINITY)) {
        throw new PhysicsError(`${what}: the matrix is singular (a node has no path)`);
      }
      const inv = 1 / d;
      invDiag[k] = inv;
      // row k of U is final now: keep its non-zero columns
      uStart[k] = nu;
      for (let j = k + 1; j < n; j++) if (A[kk + j] !== 0) uCols[nu++] = j;
      const u1 = nu;
      lStart[k] = nl;
      for (let i = k + 1; i < n; i++) {
        const ik = i * n;
        const a = A[ik + k]!;
        if (a === 0) continue;
        const f = a * inv;
        A[ik + k] = f;
        lRows[nl++] = i;
        for (let q = uStart[k]!; q < u1; q++) {
          const j = uCols[q]!;
          A[ik + j]! -= f * A[kk + j]!;
        }
      }
    }
    lStart[n] = nl;
    uStart[n] = nu;
  }

  /** Solve A·x = rhs with the last factors (rhs may alias x). */
  solve(rhs: Float64Array, x: Float64Array): void {
    const n = this.n;
    const A = this.A;
    const { invDiag, lStart, lRows, uStart, uCols } = this;
    if (x !== rhs) x.set(rhs);
    for (let k = 0; k < n; k++) {
      const xk = x[k]!;
      if (xk === 0) continue;
      for (let q = lStart[k]!, e = lStart[k + 1]!; q < e; q++) {
        const i = lRows[q]!;
        x[i]! -= A[i * n + k]! * xk;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      const ii = i * n;
      let s = x[i]!;
      for (let q = uStart[i]!, e = uStart[i + 1]!; q < e; q++) {
        const j = uCols[q]!;
        s -= A[ii + j]! * x[j]!;
      }
      x[i] = s * invDiag[i]!;
    }
  }
}

/**
 * LU without pivoting for a column diagonally dominant matrix whose non-zero pattern is known in advance (the
 * step matrix of a lumped model: its links are a fixed table, only their values change). The fill-in of the
 * elimination is worked out once, from the pattern alone (symbolic factorisation: George & Liu, "Computer
 * Solution of Large Sparse Positive Definite Systems", 1981, ch. 5; Davis, "Direct Methods for Sparse Linear
 * Systems", 2006, §4.1: `planLu`, luCodegen.ts), and kept as flat lists of matrix positions; each numeric
 * factorisation then walks those lists and does no search for non-zeros. Same arithmetic, in the same order, as
 * `DominantLu` (lu.ts), whose elimination visits the non-zeros it finds: on the entries of the pattern that are
 * numerically zero it subtracts 0·a (no change to any non-zero number), so the factors and solutions agree to
 * the last bit. (The greenhouse step runs the same plan written out as straight-line code,
 * greenhouse/stepLu.generated.ts, twice as fast again; this class is the plan executed for any pattern, which
 * the generated code is tested against.)
 *
 * The pattern must hold every off-diagonal entry that can be non-zero; an entry outside it would be ignored
 * (the caller derives it from the same tables that assemble the matrix, and tests check that it covers them).
 */
import { PhysicsError } from '../errors';
import { planLu } from './luCodegen';

export class PatternLu {
  /** 1 / pivot of each row. */
  readonly invDiag: Float64Array;
  /** For column k: L's positions i·n + k (rows i > k) in lPos[lStart[k] … lStart[k+1]), their rows in lRow. */
  private readonly lStart: Int32Array;
  private readonly lPos: Int32Array;
  private readonly lRow: Int32Array;
  /** For row k: U's positions k·n + j (columns j > k) in uPos[uStart[k] … uStart[k+1]), their columns in uCol. */
  private readonly uStart: Int32Array;
  private readonly uPos: Int32Array;
  private readonly uCol: Int32Array;
  /** The update targets i·n + j, for each pivot k, each L row i of k, each U column j of k, in that order. */
  private readonly target: Int32Array;
  private A: Float64Array;

  /**
   * `offDiagonal`: the positions [i, j] (i ≠ j) that can be non-zero; the diagonal is always in. Symmetric
   * patterns need both [i, j] and [j, i].
   */
  constructor(
    readonly n: number,
    offDiagonal: readonly (readonly [number, number])[],
  ) {
    const plan = planLu(n, offDiagonal);
    const lStart: number[] = [];
    const lPos: number[] = [];
    const lRow: number[] = [];
    const uStart: number[] = [];
    const uPos: number[] = [];
    const uCol: number[] = [];
    const target: number[] = [];
    plan.pivots.forEach((p, k) => {
      uStart.push(uPos.length);
      for (const u of plan.u[k]!) {
        uPos.push(u.pos);
        uCol.push(u.col);
      }
      lStart.push(lPos.length);
      for (const e of p.l) {
        lPos.push(e.pos);
        lRow.push(e.row);
        for (const u of e.updates) target.push(u.target);
      }
    });
    lStart.push(lPos.length);
    uStart.push(uPos.length);
    this.invDiag = new Float64Array(n);
    this.lStart = Int32Array.from(lStart);
    this.lPos = Int32Array.from(lPos);
    this.lRow = Int32Array.from(lRow);
    this.uStart = Int32Array.from(uStart);
    this.uPos = Int32Array.from(uPos);
    this.uCol = Int32Array.from(uCol);
    this.target = Int32Array.from(target);
    this.A = new Float64Array(0);
  }

  /** Multiply-adds of one factorisation (the size of the elimination, for reports and tests). */
  get updates(): number {
    return this.target.length;
  }

  /** Factorise A (n×n, row-major) in place: A ← L\U, unit-lower L. Throws PhysicsError on a zero or non-finite pivot. */
  factor(A: Float64Array, what = 'linear system'): void {
    const n = this.n;
    const { invDiag, lStart, lPos, uStart, uPos, target } = this;
    this.A = A;
    let t = 0;
    for (let k = 0; k < n; k++) {
      const d = A[k * n + k]!;
      if (!(Math.abs(d) > 0 && Math.abs(d) < Number.POSITIVE_INFINITY)) {
        throw new PhysicsError(`${what}: the matrix is singular (a node has no path)`);
      }
      const inv = 1 / d;
      invDiag[k] = inv;
      const u0 = uStart[k]!;
      const u1 = uStart[k + 1]!;
      for (let q = lStart[k]!, e = lStart[k + 1]!; q < e; q++) {
        const p = lPos[q]!;
        const f = A[p]! * inv;
        A[p] = f;
        for (let r = u0; r < u1; r++) A[target[t++]!]! -= f * A[uPos[r]!]!;
      }
    }
  }

  /** Solve A·x = rhs with the last factors (rhs may alias x). */
  solve(rhs: Float64Array, x: Float64Array): void {
    const n = this.n;
    const A = this.A;
    const { invDiag, lStart, lPos, lRow, uStart, uPos, uCol } = this;
    if (x !== rhs) x.set(rhs);
    for (let k = 0; k < n; k++) {
      const xk = x[k]!;
      if (xk === 0) continue;
      for (let q = lStart[k]!, e = lStart[k + 1]!; q < e; q++) x[lRow[q]!]! -= A[lPos[q]!]! * xk;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = x[i]!;
      for (let q = uStart[i]!, e = uStart[i + 1]!; q < e; q++) s -= A[uPos[q]!]! * x[uCol[q]!]!;
      x[i] = s * invDiag[i]!;
    }
  }
}

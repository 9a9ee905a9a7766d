/**
 * Source generator of a straight-line LU for one fixed sparsity pattern: the elimination `PatternLu`
 * (patternLu.ts) plans at run time, written out as TypeScript with every matrix position a constant — no index
 * arrays to read, no loops. The same operations in the same order as PatternLu, so the factors and solutions
 * are the same to the bit (test/core/greenhouse/stepLu.test.ts). Used at development time only: the greenhouse
 * step's solver (greenhouse/stepLu.generated.ts) is this function's output for STEP_PATTERN, and a test
 * regenerates it and fails if the file is stale (`LU_WRITE=1` rewrites it).
 *
 * Symbolic factorisation as in patternLu.ts (George & Liu 1981, ch. 5; Davis 2006, §4.1).
 */

export interface LuPlan {
  n: number;
  /** Per pivot k: its L entries (row i > k, position i·n + k) and the updates of each. */
  pivots: { l: { row: number; pos: number; updates: { target: number; source: number }[] }[] }[];
  /** Per row i: U's entries (column j > i, position i·n + j). */
  u: { col: number; pos: number }[][];
}

/** The elimination of an n×n matrix with the given off-diagonal pattern, in index order, no pivoting. */
export function planLu(n: number, offDiagonal: readonly (readonly [number, number])[]): LuPlan {
  const nz = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) nz[i * n + i] = 1;
  for (const [i, j] of offDiagonal) {
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n && i !== j)) {
      throw new RangeError(`planLu: [${i}, ${j}] is not an off-diagonal position of a ${n}×${n} matrix`);
    }
    nz[i * n + j] = 1;
  }
  const plan: LuPlan = { n, pivots: [], u: [] };
  for (let k = 0; k < n; k++) {
    const cols: number[] = [];
    for (let j = k + 1; j < n; j++) if (nz[k * n + j]) cols.push(j);
    plan.u.push(cols.map((j) => ({ col: j, pos: k * n + j })));
    const l: LuPlan['pivots'][number]['l'] = [];
    for (let i = k + 1; i < n; i++) {
      if (!nz[i * n + k]) continue;
      const updates = cols.map((j) => {
        nz[i * n + j] = 1; // fill-in
        return { target: i * n + j, source: k * n + j };
      });
      l.push({ row: i, pos: i * n + k, updates });
    }
    plan.pivots.push({ l });
  }
  return plan;
}

/**
 * TypeScript source of a class `className` with `factor(A, what)` and `solve(rhs, x)` for the plan's pattern
 * (the interface of PatternLu), headed by `header` (a comment saying what generated it and from what).
 */
export function luSource(plan: LuPlan, className: string, header: string): string {
  const { n } = plan;
  const out: string[] = [header, "import { PhysicsError } from '../errors';", ''];
  out.push(
    '/** Throws the error of a zero or non-finite pivot (a node with no path). */',
    'function singular(what: string): never {',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated code's own template string
    '  throw new PhysicsError(`${what}: the matrix is singular (a node has no path)`);',
    '}',
    '',
    `export class ${className} {`,
    `  readonly n = ${n};`,
    '  /** 1 / pivot of each row. */',
    `  readonly invDiag = new Float64Array(${n});`,
    '  private A: Float64Array = new Float64Array(0);',
    '',
    `  /** Multiply-adds of one factorisation. */`,
    `  readonly updates = ${plan.pivots.reduce((s, p) => s + p.l.reduce((t, e) => t + e.updates.length, 0), 0)};`,
    '',
    '  /** Factorise A (row-major) in place: A ← L\\U, unit-lower L. Throws PhysicsError on a zero or non-finite pivot. */',
    "  factor(A: Float64Array, what = 'linear system'): void {",
    '    this.A = A;',
    '    const v = this.invDiag;',
    '    let d: number;',
    '    let f: number;',
  );
  plan.pivots.forEach((p, k) => {
    out.push(`    d = A[${k * n + k}]!;`);
    out.push('    if (!(Math.abs(d) > 0 && Math.abs(d) < Number.POSITIVE_INFINITY)) singular(what);');
    out.push(`    v[${k}] = 1 / d;`);
    for (const e of p.l) {
      out.push(`    f = A[${e.pos}]! * v[${k}]!;`);
      out.push(`    A[${e.pos}] = f;`);
      for (const u of e.updates) out.push(`    A[${u.target}]! -= f * A[${u.source}]!;`);
    }
  });
  out.push('  }', '');
  out.push(
    '  /** Solve A·x = rhs with the last factors (rhs may alias x). */',
    '  solve(rhs: Float64Array, x: Float64Array): void {',
    '    const A = this.A;',
    '    const v = this.invDiag;',
    '    if (x !== rhs) x.set(rhs);',
    '    let t: number;',
  );
  plan.pivots.forEach((p, k) => {
    if (p.l.length === 0) return;
    out.push(`    t = x[${k}]!;`);
    out.push('    if (t !== 0) {');
    for (const e of p.l) out.push(`      x[${e.row}]! -= A[${e.pos}]! * t;`);
    out.push('    }');
  });
  for (let i = n - 1; i >= 0; i--) {
    out.push(`    t = x[${i}]!;`);
    for (const u of plan.u[i]!) out.push(`    t -= A[${u.pos}]! * x[${u.col}]!;`);
    out.push(`    x[${i}] = t * v[${i}]!;`);
  }
  out.push('  }', '}', '');
  return out.join('\n');
}

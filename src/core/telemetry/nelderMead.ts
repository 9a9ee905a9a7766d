/**
 * Nelder–Mead simplex minimisation with the standard coefficients (reflection ρ = 1, expansion χ = 2,
 * contraction γ = ½, shrink σ = ½) and the tie-breaking and contraction rules of Lagarias, Reeds, Wright &
 * Wright, "Convergence properties of the Nelder–Mead simplex method in low dimensions", SIAM J. Optim. 9
 * (1998) 112–147, section 2. Box bounds by a change of variable, x = lo + (hi − lo)·(sin z + 1)/2, so the
 * unconstrained search in z never leaves [lo, hi] (the transformation of D'Errico's fminsearchbnd).
 *
 * Written here because the npm candidates did not fit (December 2026): `fmin` (0.0.x, unbounded, pulls a
 * plotting dependency), `optimization-js` (ships browserify/jsdoc/travis as runtime dependencies),
 * `ml-levenberg-marquardt` (maintained, but a gradient method with fixed finite-difference steps, which
 * the simulation's switching controls make unreliable).
 */

export interface NelderMeadOptions {
  lower: readonly number[];
  upper: readonly number[];
  /** Start point (inside the box). */
  start: readonly number[];
  /** Most objective evaluations (default 150). */
  maxEvaluations?: number;
  /** Stop when the simplex's objective values differ by less than this (absolute, default 1e-4). */
  fTolerance?: number;
  /** Stop when every vertex is within this fraction of the box of the best (default 1e-3). */
  xTolerance?: number;
  /** Initial step in z (radians of the sine map; default 0.5 ≈ a quarter of the box at its middle). */
  step?: number;
  /**
   * Stop when the best value has improved by less than fTolerance over this many evaluations (a flat
   * valley the simplex crawls along; default: off).
   */
  stallWindow?: number;
  /** Fresh simplices around the best point after convergence (default 1). */
  restarts?: number;
  /** Called after every evaluation. */
  onEvaluation?: (evaluations: number, x: readonly number[], f: number, best: number) => void;
}

export interface NelderMeadResult {
  x: number[];
  f: number;
  evaluations: number;
  converged: boolean;
}

export function nelderMead(fn: (x: readonly number[]) => number, o: NelderMeadOptions): NelderMeadResult {
  const n = o.start.length;
  const maxEval = o.maxEvaluations ?? 150;
  const fTol = o.fTolerance ?? 1e-4;
  const xTol = o.xTolerance ?? 1e-3;
  const step = o.step ?? 0.5;
  const toX = (z: readonly number[]): number[] =>
    z.map((zi, i) => o.lower[i]! + (o.upper[i]! - o.lower[i]!) * ((Math.sin(zi) + 1) / 2));
  const toZ = (x: readonly number[]): number[] =>
    x.map((xi, i) => {
      const u = (xi - o.lower[i]!) / (o.upper[i]! - o.lower[i]!);
      return Math.asin(Math.min(1, Math.max(-1, 2 * u - 1)));
    });
  let evaluations = 0;
  let best = Infinity;
  const history: number[] = [];
  const stallAfter = o.stallWindow;
  const stalled = (): boolean =>
    stallAfter !== undefined &&
    evaluations > stallAfter &&
    history[evaluations - 1 - stallAfter]! - best < fTol;
  const more = (): boolean => evaluations < maxEval && !stalled();
  const f = (z: number[]): number => {
    const x = toX(z);
    const v = fn(x);
    const value = Number.isFinite(v) ? v : Number.MAX_VALUE;
    evaluations++;
    best = Math.min(best, value);
    history.push(best);
    o.onEvaluation?.(evaluations, x, value, best);
    return value;
  };
  const restarts = o.restarts ?? 1;
  let z0 = toZ(o.start);
  let f0: number | undefined;
  let simplex: Vertex[] = [];
  let converged = false;
  for (let attempt = 0; attempt <= restarts && more(); attempt++) {
    // A fresh simplex around the best point so far: the start and one step along each axis (towards the
    // box's middle). Restarting once after convergence guards against a collapsed simplex (Kelley,
    // "Detection and remediation of stagnation in the Nelder–Mead algorithm", SIAM J. Optim. 10 (1999) 43).
    simplex = [{ z: z0, f: f0 ?? f(z0) }];
    for (let i = 0; i < n && more(); i++) {
      const z = z0.slice();
      z[i] = z[i]! + (z[i]! > 0 ? -step : step);
      simplex.push({ z, f: f(z) });
    }
    if (simplex.length <= n) break;
    converged = search(simplex, f, more, toX, o, fTol, xTol) || stalled();
    simplex.sort((a, b) => a.f - b.f);
    const improved = f0 === undefined || simplex[0]!.f < f0 - fTol;
    z0 = simplex[0]!.z;
    f0 = simplex[0]!.f;
    if (attempt > 0 && !improved) break;
  }
  simplex.sort((a, b) => a.f - b.f);
  return { x: toX(simplex[0]!.z), f: simplex[0]!.f, evaluations, converged };
}

interface Vertex {
  z: number[];
  f: number;
}

/** Nelder–Mead iterations on `simplex` until converged (true) or `more()` is false. */
function search(
  simplex: Vertex[],
  f: (z: number[]) => number,
  more: () => boolean,
  toX: (z: readonly number[]) => number[],
  o: NelderMeadOptions,
  fTol: number,
  xTol: number,
): boolean {
  const n = simplex.length - 1;
  while (more()) {
    simplex.sort((a, b) => a.f - b.f);
    const fBest = simplex[0]!.f;
    const fWorst = simplex[n]!.f;
    const xb = toX(simplex[0]!.z);
    const spread = Math.max(
      ...simplex
        .slice(1)
        .map((v) => Math.max(...toX(v.z).map((x, i) => Math.abs(x - xb[i]!) / (o.upper[i]! - o.lower[i]!)))),
    );
    if (fWorst - fBest <= fTol && spread <= xTol * 10) {
      return true;
    }
    if (spread <= xTol) {
      return true;
    }
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i]! += simplex[k]!.z[i]! / n;
    const worst = simplex[n]!;
    const along = (t: number): number[] => centroid.map((c, i) => c + t * (c - worst.z[i]!));
    const zr = along(1);
    const fr = f(zr);
    if (!more()) {
      if (fr < worst.f) simplex[n] = { z: zr, f: fr };
      break;
    }
    if (fr < simplex[0]!.f) {
      const ze = along(2);
      const fe = f(ze);
      simplex[n] = fe < fr ? { z: ze, f: fe } : { z: zr, f: fr };
      continue;
    }
    if (fr < simplex[n - 1]!.f) {
      simplex[n] = { z: zr, f: fr };
      continue;
    }
    // Contraction: outside when the reflected point beats the worst, else inside (Lagarias et al. §2).
    const outside = fr < worst.f;
    const zc = along(outside ? 0.5 : -0.5);
    const fc = f(zc);
    if (outside ? fc <= fr : fc < worst.f) {
      simplex[n] = { z: zc, f: fc };
      continue;
    }
    // Shrink towards the best vertex.
    const zb = simplex[0]!.z;
    for (let k = 1; k <= n && more(); k++) {
      const z = simplex[k]!.z.map((zi, i) => zb[i]! + 0.5 * (zi - zb[i]!));
      simplex[k] = { z, f: f(z) };
    }
  }
  return false;
}

/**
 * Piecewise Chebyshev interpolation of a smooth scalar function on [lo, hi]: pieces of a fixed width, each the
 * degree-n interpolant at the n + 1 Chebyshev points of the first kind, built the first time the piece is
 * evaluated and summed by Clenshaw's recurrence (Numerical Recipes, 3rd ed., §5.8 `chebft`/`chebev` and §5.4;
 * Trefethen, "Approximation Theory and Approximation Practice", ch. 3–4). For an analytic function the error
 * falls geometrically with the degree; the caller chooses width and degree and checks the error against the
 * exact function (the water properties: fluids/water.ts).
 */

/** Chebyshev coefficients of f on [a, b] at n + 1 first-kind nodes (c₀ already halved). */
function chebyshevFit(
  f: (x: number) => number,
  a: number,
  b: number,
  n: number,
  cosTable: Float64Array,
): Float64Array {
  const N = n + 1;
  const fx = new Float64Array(N);
  for (let k = 0; k < N; k++) fx[k] = f(0.5 * (b - a) * cosTable[k]! + 0.5 * (b + a));
  const c = new Float64Array(N);
  for (let j = 0; j < N; j++) {
    let s = 0;
    for (let k = 0; k < N; k++) s += fx[k]! * cosTable[j * N + k + N]!;
    c[j] = (2 * s) / N;
  }
  c[0]! *= 0.5;
  return c;
}

export class PiecewiseChebyshev {
  /** Coefficients per piece (built on first use; an empty array until then). */
  private readonly pieces: Float64Array[];
  /** cos(π(k + ½)/N) for the nodes, then cos(πj(k + ½)/N) row-major for the fit. */
  private readonly cosTable: Float64Array;
  private readonly invWidth: number;

  constructor(
    private readonly f: (x: number) => number,
    readonly lo: number,
    readonly hi: number,
    readonly width: number,
    readonly degree: number,
  ) {
    if (!(hi > lo && width > 0 && degree >= 1 && Number.isInteger(degree))) {
      throw new RangeError(
        `PiecewiseChebyshev: bad range [${lo}, ${hi}], width ${width} or degree ${degree}`,
      );
    }
    const N = degree + 1;
    this.cosTable = new Float64Array(N + N * N);
    for (let k = 0; k < N; k++) this.cosTable[k] = Math.cos((Math.PI * (k + 0.5)) / N);
    for (let j = 0; j < N; j++) {
      for (let k = 0; k < N; k++) this.cosTable[N + j * N + k] = Math.cos((Math.PI * j * (k + 0.5)) / N);
    }
    this.pieces = Array.from({ length: Math.ceil((hi - lo) / width) }, () => new Float64Array(0));
    this.invWidth = 1 / width;
  }

  /** The interpolant at x ∈ [lo, hi] (the caller checks the range; outside it the end pieces extrapolate). */
  at(x: number): number {
    const last = this.pieces.length - 1;
    let i = Math.floor((x - this.lo) * this.invWidth);
    if (i > last) i = last;
    else if (i < 0) i = 0;
    let c = this.pieces[i]!;
    const a = this.lo + i * this.width;
    const b = i === last ? this.hi : a + this.width;
    if (c.length === 0) {
      c = chebyshevFit(this.f, a, b, this.degree, this.cosTable);
      this.pieces[i] = c;
    }
    // Clenshaw: Σ c_j T_j(y), y the position in the piece mapped to [−1, 1]
    const y = (2 * x - a - b) / (b - a);
    const y2 = 2 * y;
    let d = 0;
    let dd = 0;
    for (let j = c.length - 1; j >= 1; j--) {
      const t = d;
      d = y2 * d - dd + c[j]!;
      dd = t;
    }
    return y * d - dd + c[0]!;
  }
}

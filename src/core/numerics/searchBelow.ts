/**
 * The highest x at which a nondecreasing function stays at or below a target: secant steps (exact in one for
 * an affine f) kept inside the bracket of what has been evaluated, falling back to bisection when a secant
 * step leaves the bracket or does not shrink fast enough (Brent's rule), and to steps of `step` outward while
 * one side of the bracket is still unknown (Dahlquist & Björck, "Numerical Methods", 1974, §6.2–6.3: the secant method and
 * regula falsi with a bisection safeguard). Unlike a root finder it returns the best point on the low side
 * (f ≤ target) and never one above the target: the repeated greenhouse step uses it so that the heat it
 * delivers never exceeds what the plant gave. f may jump (an active set switching): the search then ends at
 * the jump, within the bisection's resolution, with f(x) below the target by the jump.
 * Allocation-free: the result is written into a reusable object.
 */

/** Trials at most, besides the first one (at `first`, or x0 − step). */
export const MAX_TRIALS = 40;

export interface BelowResult {
  /** Highest evaluated x with f(x) ≤ target; −∞ when no evaluated x had f ≤ target. */
  x: number;
  /** f(x); 0 when x = −∞. */
  fx: number;
  /** Lowest evaluated x with f(x) > target; +∞ when none. */
  above: number;
  /** f(above); NaN when above = +∞. */
  fAbove: number;
  /** The last call of f was at x (a caller whose f has side effects need not evaluate it again). */
  lastAtX: boolean;
  /** Calls of f. */
  evaluations: number;
}

export interface BelowOptions {
  /** Distance of the steps outward while one side of the bracket is unknown (> 0). */
  step: number;
  /** The first trial (default x0 − step): a caller that knows f's slope can start at its secant. */
  first?: number;
  /** Lowest and highest x tried. */
  min: number;
  max: number;
  /** Stop once target − f(x) ≤ tol on the low side (absolute, in f's units). */
  tol: number;
}

/**
 * Search x for a nondecreasing f, from a known point (x0, f0 = f(x0)); the first trial is at `first` (default
 * x0 − step), clamped to [min, max]. Stops when target − f(x) ≤ tol for an evaluated x, when a trial would
 * repeat the last one (the bracket cannot narrow further, or x sits at min/max), or after MAX_TRIALS trials.
 */
export function searchBelow(
  f: (x: number) => number,
  target: number,
  x0: number,
  f0: number,
  opt: BelowOptions,
  out: BelowResult,
): BelowResult {
  let lo = Number.NEGATIVE_INFINITY; // highest x known to give ≤ target
  let qLo = 0;
  let hi = Number.POSITIVE_INFINITY; // lowest x known to give > target
  let qHi = Number.NaN;
  if (f0 <= target) {
    lo = x0;
    qLo = f0;
  } else {
    hi = x0;
    qHi = f0;
  }
  let ta = x0;
  let qa = f0;
  let tb = Math.min(opt.max, Math.max(opt.min, opt.first ?? x0 - opt.step));
  let qb = f(tb);
  let evaluations = 1;
  // The secant aims at the middle of the accepted band [target − tol, target]: aimed at the target itself, a
  // secant landing one rounding error above it would leave every later secant on that side (Dahlquist &
  // Björck's "stalling" of regula falsi), and the search would only bisect.
  const aim = target - 0.5 * opt.tol;
  let last = Math.abs(tb - x0); // length of the last trial's step and of the one before it
  let before = Number.POSITIVE_INFINITY;
  for (let it = 0; ; it++) {
    // Every evaluated point narrows the bracket, the last one too.
    if (qb <= target) {
      if (tb > lo) {
        lo = tb;
        qLo = qb;
      }
    } else if (tb < hi) {
      hi = tb;
      qHi = qb;
    }
    if ((target - qLo <= opt.tol && lo > Number.NEGATIVE_INFINITY) || it === MAX_TRIALS) break;
    // (A flat f gives ±∞ or NaN here: outside every bracket, so the bisection or the outward step below.)
    let t = tb + ((aim - qb) * (tb - ta)) / (qb - qa);
    // Brent's safeguard (Brent 1973, ch. 4): inside a bracket a secant step must be shorter than half the step
    // before last, else bisect, so a secant creeping towards a jump cannot stall the search. While one side is
    // unknown the secant goes on (a convex f approached from above converges one-sided).
    const bracketed = lo > Number.NEGATIVE_INFINITY && hi < Number.POSITIVE_INFINITY;
    if (!(t > lo && t < hi) || (bracketed && !(Math.abs(t - tb) < 0.5 * before))) {
      t = bisectOrStep(lo, hi, opt.step);
    }
    t = Math.min(opt.max, Math.max(opt.min, t));
    if (t === tb) break;
    before = last;
    last = Math.abs(t - tb);
    ta = tb;
    qa = qb;
    tb = t;
    qb = f(tb);
    evaluations++;
  }
  out.x = lo;
  out.fx = qLo;
  out.above = hi;
  out.fAbove = qHi;
  out.lastAtX = tb === lo;
  out.evaluations = evaluations;
  return out;
}

/** The bracket's midpoint, or a step outward from its known side while the other is unknown. */
function bisectOrStep(lo: number, hi: number, step: number): number {
  if (lo > Number.NEGATIVE_INFINITY && hi < Number.POSITIVE_INFINITY) return 0.5 * (lo + hi);
  return lo > Number.NEGATIVE_INFINITY ? lo + step : hi - step;
}

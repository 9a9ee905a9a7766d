/**
 * Bracketed scalar root finding: Brent's method (R. P. Brent, "Algorithms for Minimization without
 * Derivatives", Prentice-Hall 1973, ch. 4; the zeroin algorithm): inverse quadratic interpolation and secant
 * steps, falling back to bisection, so it converges superlinearly on smooth functions and never leaves the
 * bracket. Allocation-free: the result is written into a reusable object.
 */
import { PhysicsError } from '../errors';

export interface RootResult {
  /** The root, within `xtol` of a sign change of f. */
  x: number;
  /** f at x. */
  fx: number;
  iterations: number;
  /**
   * The bracket's other end when the search stopped at a jump (`JumpStop`), else NaN: f changes sign between x
   * and it, by a step, not through zero.
   */
  other?: number;
}

/**
 * Stop at a discontinuity instead of halving it down to `xtol`: once the bracket is narrower than `width`
 * while f at both of its ends is larger than `f` in magnitude, f jumps there (a continuous f with a slope s
 * would be within s·width of zero). The result's `other` then holds the bracket's other end.
 */
export interface JumpStop {
  width: number;
  f: number;
}

/**
 * Find x in [a, b] with f(x) = 0, given f(a) and f(b) of opposite signs (or one of them zero). `fa`, `fb` may
 * be passed when already known. Stops when the bracket is narrower than `xtol` (absolute) or f = 0, or at a
 * jump (`jump`, see JumpStop). Throws PhysicsError naming `what` when the bracket holds no sign change.
 */
export function brent(
  f: (x: number) => number,
  a: number,
  b: number,
  xtol: number,
  what: string,
  fa = f(a),
  fb = f(b),
  out: RootResult = { x: 0, fx: 0, iterations: 0 },
  maxIter = 200,
  jump?: JumpStop,
): RootResult {
  out.other = Number.NaN;
  requireBracket(what, a, b, fa, fb);
  if (fa === 0) return set(out, a, 0, 0);
  if (fb === 0) return set(out, b, 0, 0);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let i = 1; i <= maxIter; i++) {
    if (fb > 0 === fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * xtol;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return set(out, b, fb, i);
    // (|fc| ≥ |fb| after the swap above, so |fb| above the jump size means both ends are)
    if (jump && Math.abs(c - b) < jump.width && Math.abs(fb) > jump.f) {
      out.other = c;
      return set(out, b, fb, i);
    }
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Interpolation: secant when a = c, else inverse quadratic.
      let p: number;
      let q: number;
      const s = fb / fa;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
    if (!Number.isFinite(fb)) throw new PhysicsError(`${what}: the function is not finite at ${b}`);
  }
  return set(out, b, fb, maxIter);
}

/** Throws PhysicsError naming `what` unless f is finite at both ends and changes sign (or is 0 at one). */
function requireBracket(what: string, a: number, b: number, fa: number, fb: number): void {
  if (!(Number.isFinite(fa) && Number.isFinite(fb))) {
    throw new PhysicsError(`${what}: the function is not finite at the bracket ends (${fa}, ${fb})`);
  }
  if (fa !== 0 && fb !== 0 && fa > 0 === fb > 0) {
    throw new PhysicsError(`${what}: no solution between ${a} and ${b} (both ends give the same sign)`);
  }
}

function set(out: RootResult, x: number, fx: number, it: number): RootResult {
  out.x = x;
  out.fx = fx;
  out.iterations = it;
  return out;
}

/**
 * Arbitraries of the LU tests (numericsLu, numericsPatternLu): random lumped-balance matrices of n nodes —
 * links [i, j, g] (i = j skipped by the tests), positive heat capacities on the diagonal — and right-hand sides.
 */
import fc from 'fast-check';

/** Up to 30 links [i, j, g], g ∈ [0, 50]. */
export const links = (n: number) =>
  fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0, max: 50, noNaN: true })), {
    minLength: 0,
    maxLength: 30,
  });
/** n diagonal capacities in [1e-3, 100]. */
export const caps = (n: number) =>
  fc.array(fc.double({ min: 1e-3, max: 100, noNaN: true }), { minLength: n, maxLength: n });
/** A right-hand side of n values in [−1e3, 1e3]. */
export const rhs = (n: number) =>
  fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: n, maxLength: n });

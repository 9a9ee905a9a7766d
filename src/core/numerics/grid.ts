/**
 * The value grid of a one-parameter sweep, shared by `heat-twin sweep` (`a..b:n`) and the app's Sweep tab: n
 * evenly spaced values from a to b, both included, each rounded to 6 significant digits (as printf %g). The
 * rounding drops the float noise of the spacing (0.1 + 0.2 → 0.3) and keeps 1..2:4 readable (1.33333); the
 * rounded value is the one simulated and reported. The caller checks n (≥ 2) and the bounds.
 */
export function linearGrid(from: number, to: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => +(from + ((to - from) * i) / (n - 1)).toPrecision(6));
}

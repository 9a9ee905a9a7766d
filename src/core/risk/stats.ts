/**
 * Percentiles and histograms of Monte Carlo samples.
 *
 * Percentile: linear interpolation between order statistics at h = (n − 1)·p (Hyndman & Fan 1996,
 * "Sample quantiles in statistical packages", Am. Stat. 50(4), definition 7 — the default of R and NumPy).
 * Samples may hold +Infinity (e.g. a payback never reached); a percentile that touches one is null.
 */

export interface Band {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** The p-quantile (0 ≤ p ≤ 1) of ascending-sorted values (type 7); null when it involves ±Infinity. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return h === lo && Number.isFinite(a) ? a : null;
  return a + (h - lo) * (b - a);
}

/** P10 / P50 / P90 of the values (not modified). */
export function band(values: ArrayLike<number>): Band {
  const s = Float64Array.from(values).sort();
  return { p10: quantileSorted(s, 0.1), p50: quantileSorted(s, 0.5), p90: quantileSorted(s, 0.9) };
}

export interface Histogram {
  /** Bin edges, bins + 1 ascending values. */
  edges: number[];
  counts: number[];
}

/** Equal-width histogram of the finite values over [min, max] (the last bin closed). */
export function histogram(values: ArrayLike<number>, bins = 20): Histogram {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return { edges: [], counts: [] };
  if (lo === hi) hi = lo + 1;
  const w = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => lo + i * w);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    counts[Math.min(bins - 1, Math.floor((v - lo) / w))]! += 1;
  }
  return { edges, counts };
}

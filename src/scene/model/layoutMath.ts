/** Sizing helpers of the layout: pipe bores, rack arrangement, greenhouse plan, split and shuffle. */
import { CONTAINER, SPAN_WIDTH } from './layoutTypes';

/** Outer radius of an insulated main for volume flow Q (m³/s) at 1.5 m/s plus 60 mm insulation. */
export function mainRadius(Q: number): number {
  const bore = Math.sqrt((4 * Math.max(Q, 1e-6)) / (Math.PI * 1.5));
  return Math.min(0.6, Math.max(0.05, bore / 2 + 0.06));
}

/** Deterministic permutation of 0…n−1 (Fisher–Yates with a 32-bit LCG, Numerical Recipes constants). */
export function permutation(n: number, seed = 12345): Uint32Array {
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

/** Split `count` into `parts` near-equal whole numbers (the first ones one larger). */
export function split(count: number, parts: number): number[] {
  const base = Math.floor(count / parts);
  const extra = count - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/** Rack arrangement inside one module for `m` miners of height `h` (m). */
export function rackArrangement(
  m: number,
  h: number,
): { racksPerSide: number; slotsPerRack: number; length: number } {
  const pitchMin = h + 0.045;
  const slotsMax = Math.max(1, Math.floor(2.1 / pitchMin));
  const rackPitch = 0.62;
  const racksFit = Math.floor((CONTAINER.length - 3) / rackPitch); // 40 ft: equipment end + door clearance
  let racksPerSide = Math.max(1, Math.min(racksFit, Math.ceil(m / 2 / 4)));
  let slotsPerRack = Math.ceil(m / (2 * racksPerSide));
  if (slotsPerRack > slotsMax) {
    slotsPerRack = slotsMax;
    racksPerSide = Math.ceil(m / (2 * slotsMax));
  }
  racksPerSide = Math.max(1, Math.min(racksPerSide, Math.ceil(m / (2 * slotsPerRack)) || 1));
  const length = Math.max(CONTAINER.length, racksPerSide * rackPitch + 3);
  return { racksPerSide, slotsPerRack, length };
}

/** Greenhouse plan: spans of 8 m across z, length along x, area = length × width. */
export function greenhousePlan(area: number): {
  spans: number;
  spanWidth: number;
  width: number;
  length: number;
} {
  const spanWidth = Math.min(SPAN_WIDTH, Math.sqrt(area));
  const spans = Math.max(1, Math.round(Math.sqrt(area / 1.25) / spanWidth));
  const width = spans * spanWidth;
  return { spans, spanWidth, width, length: area / width };
}

/** A catalog lookup that may fail (an unknown model id): undefined instead of an error. */
export function catalogSafe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/**
 * Vector helpers and pipe centre lines for the mesh builder (builder.ts): small 3-vectors as tuples, corners
 * rounded by Bézier arcs.
 */
import type { Vec3 } from '../model/layout';

type V = Vec3;
export const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const add = (a: V, b: V): V => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const scale = (a: V, s: number): V => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: V, b: V) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V, b: V): V => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a: V) => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: V): V => {
  const l = len(a);
  return l > 0 ? scale(a, 1 / l) : [0, 1, 0];
};

/** Any unit vector perpendicular to unit vector t. */
export function perpendicular(t: V): V {
  const a: V = Math.abs(t[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  return norm(cross(t, a));
}

/**
 * Centre line of a pipe through `points` with each corner rounded by an arc of radius up to `bend`
 * (limited to 45 % of the shorter adjacent segment). Consecutive duplicate points are dropped.
 * Returns the sampled points and the cumulative length at each.
 */
export function pipeCenterline(points: V[], bend: number, arcSteps = 6): { pts: V[]; along: number[] } {
  const p: V[] = [];
  for (const q of points) {
    const last = p[p.length - 1];
    if (!last || len(sub(q, last)) > 1e-6) p.push(q);
  }
  if (p.length < 2) return { pts: p, along: p.map(() => 0) };
  const pts: V[] = [p[0]!];
  for (let i = 1; i < p.length - 1; i++) {
    const a = p[i - 1]!;
    const b = p[i]!;
    const c = p[i + 1]!;
    const d1 = norm(sub(b, a));
    const d2 = norm(sub(c, b));
    const cosT = dot(d1, d2);
    if (cosT > 0.9999) continue; // straight through
    const half = Math.acos(Math.max(-1, Math.min(1, cosT))) / 2; // half the turn angle
    const r = Math.min(
      bend,
      (0.45 * Math.min(len(sub(b, a)), len(sub(c, b)))) / Math.max(Math.tan(half), 1e-6),
    );
    const cut = r * Math.tan(half);
    const s = sub(b, scale(d1, cut)); // arc start
    const e = add(b, scale(d2, cut)); // arc end
    // Quadratic Bézier from s through control b to e: close to the arc for the turns used here (≤ 90°).
    for (let k = 0; k <= arcSteps; k++) {
      const t = k / arcSteps;
      const u = 1 - t;
      pts.push([
        u * u * s[0] + 2 * u * t * b[0] + t * t * e[0],
        u * u * s[1] + 2 * u * t * b[1] + t * t * e[1],
        u * u * s[2] + 2 * u * t * b[2] + t * t * e[2],
      ]);
    }
  }
  pts.push(p[p.length - 1]!);
  const along = [0];
  for (let i = 1; i < pts.length; i++) along.push(along[i - 1]! + len(sub(pts[i]!, pts[i - 1]!)));
  return { pts, along };
}

/**
 * The order a Sweep tab sweep computes its values in, and the value it need not compute. The chart draws a
 * line through the points it has, so the values come farthest first (farthest-point order, Gonzalez 1985:
 * core `farthestPoints`) from the scenario's own value — the ends of the range first, then the middles of the
 * gaps — and the curve spans the whole range after two points and sharpens with each one, instead of growing
 * from one end. A value that gives exactly the open scenario is the year the page already has.
 */
import { farthestPoints, loadScenario, type Scenario } from '../../core';
import { withValue } from '../../worker/sweep';

/**
 * Indices of `values` farthest first from `start` (the scenario's value of the parameter) along the parameter's
 * axis; without it, the middle value first. Values on the start come last.
 */
export function sweepOrder(values: readonly number[], start: number | undefined): number[] {
  if (!values.length) return [];
  const lo = Math.min(...values);
  const span = Math.max(...values) - lo || 1;
  const pts = values.map((v) => [(v - lo) / span]);
  const mid = Math.floor((values.length - 1) / 2);
  const from = start === undefined || !Number.isFinite(start) ? undefined : [(start - lo) / span];
  const order = from
    ? farthestPoints(pts, from, values.length)
    : [mid, ...farthestPoints(pts, pts[mid]!, values.length)];
  for (let i = 0; i < values.length; i++) if (!order.includes(i)) order.push(i);
  return order;
}

/**
 * The index of the value (equal to `current` within 1e-9 relative) that makes `input` the very scenario
 * `scenario` (the same validated scenario, every field), or -1: that point's year is the page's own.
 */
export function ownValueIndex(
  input: unknown,
  path: string,
  values: readonly number[],
  current: number | undefined,
  scenario: Scenario,
): number {
  if (current === undefined) return -1;
  const i = values.findIndex((v) => Math.abs(v - current) <= 1e-9 * Math.max(1, Math.abs(current)));
  if (i < 0) return -1;
  try {
    return JSON.stringify(loadScenario(withValue(input, path, values[i]!))) === JSON.stringify(scenario)
      ? i
      : -1;
  } catch {
    return -1;
  }
}

/**
 * The order a Sweep tab sweep computes its values in, and the value it need not compute. The chart draws a
 * line through the points it has, so the values come farthest first (farthest-point order, Gonzalez 1985:
 * core `farthestPoints`) from the scenario's own value — the ends of the range first, then the middles of the
 * gaps — and the curve spans the whole range after two points and sharpens with each one, instead of growing
 * from one end. A value that gives exactly the open scenario is the year the page already has.
 */
import { farthestPoints, type Kpis, loadScenario, type Scenario } from '../../core';
import { type SweepPoint, withValue } from '../../worker/sweep';
import type { SweepJob } from './sweepQueue';

/** The value of a sweep that is the open scenario, with that scenario's year (its KPIs and warning count). */
export interface OwnYear {
  index: number;
  kpis: Kpis;
  warnings: number;
}

/** Whether a sweep value (SI) is the scenario's own `current` one (within 1e-9 relative). */
export const isScenarioValue = (v: number, current: number | undefined): boolean =>
  current !== undefined && Math.abs(v - current) <= 1e-9 * Math.max(1, Math.abs(current));

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
  const i = values.findIndex((v) => isScenarioValue(v, current));
  if (i < 0) return -1;
  try {
    return JSON.stringify(loadScenario(withValue(input, path, values[i]!))) === JSON.stringify(scenario)
      ? i
      : -1;
  } catch {
    return -1;
  }
}

/**
 * What a sweep of `values` runs and shows first: the order (sweepOrder from the scenario's value `current`), and
 * the value that is the open scenario with the page's year of it (`year`, when the page has one).
 */
export function planOrder(
  input: unknown,
  path: string,
  values: readonly number[],
  current: number | undefined,
  scenario: Scenario | null,
  year: { kpis: Kpis; warnings: number } | undefined,
): { order: number[]; own?: OwnYear } {
  const order = sweepOrder(values, current);
  const index = year && scenario ? ownValueIndex(input, path, values, current, scenario) : -1;
  return index >= 0 && year ? { order, own: { index, ...year } } : { order };
}

/** Sweep `id`'s runs (every index of `order` but the own value's) and its points known at the start. */
export function startOf(
  id: number,
  values: readonly number[],
  order: readonly number[],
  own: OwnYear | undefined,
): { jobs: SweepJob[]; first: SweepPoint[] } {
  const jobs = order.filter((i) => i !== own?.index).map((index) => ({ index, value: values[index]! }));
  if (!own) return { jobs, first: [] };
  const value = values[own.index]!;
  return {
    jobs,
    first: [{ sweep: id, index: own.index, value, kpis: own.kpis, warnings: own.warnings, elapsedMs: 0 }],
  };
}

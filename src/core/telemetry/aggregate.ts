/**
 * Readings of one column → clock-hour means in local standard time (keys: `floor(lsms / 1 h)`).
 *
 * - Power, temperature, flow samples (instantaneous or already averaged): the mean of the readings stamped
 *   within the hour [hh:00, hh+1:00) — a reading stamped 10:00 belongs to 10:00–11:00, the convention of
 *   our hourly export (`hourStart_local`).
 * - Step data (Home Assistant records a state when it changes): the time-weighted mean of the state over
 *   the hour, each state holding until the next record (at most MAX_HOLD); hours less than half covered
 *   are gaps.
 * - Energy meters (J, kWh, MWh on a power series): per-interval readings cover the meter's interval
 *   (median spacing) *ending* at their stamp; cumulative readings give the energy between consecutive
 *   readings (a decrease is a meter reset and is dropped, as is a difference over a span longer than
 *   1 h or 1.5 × the usual spacing). Each interval's energy counts in the hour holding its midpoint; the
 *   hour's mean power is its energy / the seconds covered, when at least half the hour is covered.
 */
import { HOUR_MS } from './time';

export interface Reading {
  lsms: number;
  /** SI value; NaN = no reading (a gap marker for step data). */
  value: number;
}

/** Hour key → mean. */
export type HourMeans = Map<number, number>;

/** Longest a Home Assistant state is taken to hold without a new record. */
export const MAX_HOLD_MS = 24 * HOUR_MS;
const MIN_COVER = 0.5;

export function sampleMeans(readings: readonly Reading[]): HourMeans {
  const sum = new Map<number, number>();
  const count = new Map<number, number>();
  for (const r of readings) {
    if (!Number.isFinite(r.value)) continue;
    const k = Math.floor(r.lsms / HOUR_MS);
    sum.set(k, (sum.get(k) ?? 0) + r.value);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const out: HourMeans = new Map();
  for (const [k, s] of sum) out.set(k, s / count.get(k)!);
  return out;
}

/** Time-weighted hourly means of a step signal (readings sorted by time). */
export function stepMeans(readings: readonly Reading[]): HourMeans {
  const integral = new Map<number, number>();
  const covered = new Map<number, number>();
  for (let i = 0; i + 1 < readings.length; i++) {
    const a = readings[i]!;
    if (!Number.isFinite(a.value)) continue;
    let t = a.lsms;
    const end = Math.min(readings[i + 1]!.lsms, a.lsms + MAX_HOLD_MS);
    while (t < end) {
      const k = Math.floor(t / HOUR_MS);
      const stop = Math.min(end, (k + 1) * HOUR_MS);
      const dt = stop - t;
      integral.set(k, (integral.get(k) ?? 0) + a.value * dt);
      covered.set(k, (covered.get(k) ?? 0) + dt);
      t = stop;
    }
  }
  const out: HourMeans = new Map();
  for (const [k, c] of covered) if (c >= MIN_COVER * HOUR_MS) out.set(k, integral.get(k)! / c);
  return out;
}

/** Median spacing of finite readings, ms (Infinity with fewer than two). */
export function medianSpacing(readings: readonly Reading[]): number {
  const d: number[] = [];
  let prev: number | undefined;
  for (const r of readings) {
    if (!Number.isFinite(r.value)) continue;
    if (prev !== undefined && r.lsms > prev) d.push(r.lsms - prev);
    prev = r.lsms;
  }
  if (d.length === 0) return Infinity;
  d.sort((x, y) => x - y);
  return d[Math.floor(d.length / 2)]!;
}

/** True when the finite readings never decrease and do increase (a meter's running total). */
export function looksCumulative(readings: readonly Reading[]): boolean {
  let prev: number | undefined;
  let first: number | undefined;
  for (const r of readings) {
    if (!Number.isFinite(r.value)) continue;
    first ??= r.value;
    if (prev !== undefined && r.value < prev) return false;
    prev = r.value;
  }
  return prev !== undefined && first !== undefined && prev > first;
}

export interface EnergyResult {
  means: HourMeans;
  /** Differences dropped because the meter went backwards (resets). */
  resets: number;
}

/** Hourly mean power (W) from energy readings in J. */
export function energyMeans(readings: readonly Reading[], cumulative: boolean): EnergyResult {
  const energy = new Map<number, number>();
  const covered = new Map<number, number>();
  const spacing = medianSpacing(readings);
  const maxSpan = Math.min(HOUR_MS, 1.5 * spacing) + 1000;
  let resets = 0;
  const add = (start: number, end: number, e: number): void => {
    const k = Math.floor((start + end) / 2 / HOUR_MS);
    energy.set(k, (energy.get(k) ?? 0) + e);
    covered.set(k, (covered.get(k) ?? 0) + (end - start));
  };
  let prev: Reading | undefined;
  for (const r of readings) {
    if (!Number.isFinite(r.value)) continue;
    if (!cumulative) {
      if (spacing <= maxSpan) add(r.lsms - spacing, r.lsms, r.value);
    } else if (prev !== undefined) {
      const span = r.lsms - prev.lsms;
      const de = r.value - prev.value;
      if (de < 0) resets++;
      else if (span > 0 && span <= maxSpan) add(prev.lsms, r.lsms, de);
    }
    prev = r;
  }
  const means: HourMeans = new Map();
  for (const [k, c] of covered) {
    if (c >= MIN_COVER * HOUR_MS) means.set(k, energy.get(k)! / (c / 1000));
  }
  return { means, resets };
}

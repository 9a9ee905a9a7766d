/**
 * Measured-over-simulated chart data for uPlot: x = hour of the year, then the simulated and the measured
 * series in display units (°C for temperatures, kW for powers, as written in the hourly export); gaps in
 * the measured data stay gaps (null, drawn as breaks).
 */
import { toCelsius } from '../../../core';

export interface OverlayData {
  /** uPlot AlignedData: [hours, simulated, measured]. */
  data: [number[], (number | null)[], (number | null)[]];
  unit: string;
}

/** SI → display for the units measured series come in. */
export function displayOf(siUnit: string): { unit: string; convert: (x: number) => number } {
  if (siUnit === 'K') return { unit: '°C', convert: toCelsius };
  if (siUnit === 'W') return { unit: 'kW', convert: (x) => x / 1e3 };
  if (siUnit === 'W/K') return { unit: 'kW/K', convert: (x) => x / 1e3 };
  if (siUnit === '') return { unit: '–', convert: (x) => x };
  return { unit: siUnit, convert: (x) => x };
}

export function overlayData(
  measured: ArrayLike<number>,
  simulated: ArrayLike<number> | undefined,
  siUnit: string,
): OverlayData {
  const { unit, convert } = displayOf(siUnit);
  const n = simulated ? Math.min(measured.length, simulated.length) : measured.length;
  const x: number[] = new Array(n);
  const s: (number | null)[] = new Array(n);
  const m: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = i;
    const sv = simulated?.[i];
    s[i] = sv === undefined || Number.isNaN(sv) ? null : convert(sv);
    const mv = measured[i]!;
    m[i] = Number.isNaN(mv) ? null : convert(mv);
  }
  return { data: [x, s, m], unit };
}

/** A fraction as "12.3 %" ("–" when not a number). */
export function percent(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '–';
  return `${(x * 100).toFixed(1).replace(/^-(0\.0)$/, '$1')} %`;
}

/**
 * Measured-over-simulated chart data for uPlot: x = hour of the year, then the simulated and the measured
 * series in the app's display units (°C / °F for temperatures, kW / BTU/h for powers, lib/units.ts); gaps in
 * the measured data stay gaps (null, drawn as breaks).
 */
import { displayUnit, type Kind, toDisplay, type UnitSystem } from '../../lib/units';

export interface OverlayData {
  /** uPlot AlignedData: [hours, simulated, measured]. */
  data: [number[], (number | null)[], (number | null)[]];
  unit: string;
}

/** The display kind of the SI units measured series come in. */
const KIND_OF: Record<string, Kind> = { K: 'temperature', W: 'power', 'W/K': 'conductance' };

/** SI → display (in `units`) for the units measured series come in. */
export function displayOf(
  siUnit: string,
  units: UnitSystem = 'SI',
): { unit: string; convert: (x: number) => number } {
  const kind = KIND_OF[siUnit];
  if (kind) return { unit: displayUnit(kind, units).label, convert: (x) => toDisplay(x, kind, units) };
  if (siUnit === '') return { unit: '–', convert: (x) => x };
  return { unit: siUnit, convert: (x) => x };
}

export function overlayData(
  measured: ArrayLike<number>,
  simulated: ArrayLike<number> | undefined,
  siUnit: string,
  units: UnitSystem = 'SI',
): OverlayData {
  const { unit, convert } = displayOf(siUnit, units);
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

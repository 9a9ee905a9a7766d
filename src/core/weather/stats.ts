/**
 * Summary statistics of a {@link WeatherYear}: daily means, heating degree-days, annual means and sums.
 * SI units: kelvin, K·day, J/m².
 */
import { InputError, requireFinite } from '../errors';
import type { WeatherYear } from './epw';

/** Mean of each calendar day's hourly values (records grouped by consecutive month/day). */
export function dailyMeans(w: WeatherYear, values: Float64Array): Float64Array {
  if (values.length !== w.length) {
    throw new InputError(
      'values.length',
      values.length,
      `${w.length} (one value per record of the weather year)`,
    );
  }
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  for (let i = 0; i < w.length; i++) {
    if (i > 0 && (w.day[i] !== w.day[i - 1] || w.month[i] !== w.month[i - 1])) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += values[i]!;
    count++;
  }
  if (count > 0) out.push(sum / count);
  return Float64Array.from(out);
}

/**
 * Heating degree-days from daily mean dry bulb: HDD = Σ_days max(0, T_base − T̄_day), K·day
 * (the daily-mean method, e.g. ASHRAE Handbook—Fundamentals 2017 ch. 14; Environment Canada uses 18 °C).
 * @param base base temperature, K (default 291.15 K = 18 °C).
 */
export function heatingDegreeDays(w: WeatherYear, base = 291.15): number {
  requireFinite('base', base, 173.15, 343.15, 'K');
  let hdd = 0;
  for (const t of dailyMeans(w, w.dryBulb)) hdd += Math.max(0, base - t);
  return hdd;
}

/** Arithmetic mean of an hourly column. */
export function mean(values: Float64Array): number {
  if (values.length === 0) throw new InputError('values.length', 0, 'at least one value');
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}

/** Energy per m² of an hourly irradiance column (W/m² hour means × 3600 s), J/m². */
export function irradiation(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s * 3600;
}

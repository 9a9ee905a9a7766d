/**
 * EnergyPlus weather (EPW) files → {@link WeatherYear}: hourly arrays in SI units (K, Pa, W/m², m/s, m).
 *
 * Format reference: EnergyPlus "Auxiliary Programs" documentation, chapter "Weather Converter Program",
 * section "EnergyPlus Weather File (EPW) Data Dictionary" (field order, units, valid ranges, missing codes).
 * Pure: no file system; the caller reads the text (and computes any checksum).
 *
 * Time convention (same source, field Hour): a record with hour h covers local *standard* time h−1 … h
 * (hour 1 is 00:01–01:00). Radiation fields are the energy received during that hour (Wh/m², numerically the
 * hour's mean W/m²); temperature, humidity, pressure and wind are values "at the time indicated". For solar
 * geometry over the hour use the mid-hour h − 0.5 (see `epwHourSolarPosition` in ./solar).
 */
import type { EpwOptions } from './epwStrict';
import type { WeatherYear } from './epwTypes';
import { parseEpwRaw } from './epwRead';
import { buildWeatherYear } from './epwYear';

export { fillGaps } from './epwFill';
export type { EpwOptions } from './epwStrict';
export { parseEpwRaw } from './epwRead';
export {
  EPW_FIELD_COUNT,
  type EpwDesignConditions,
  type EpwLocation,
  type RawEpw,
  WEATHER_COLUMNS,
  type WeatherColumn,
  type WeatherYear,
} from './epwTypes';
export { buildWeatherYear } from './epwYear';

/**
 * Parse an EPW file's text (hourly, one record per hour) into a {@link WeatherYear}.
 * Missing or out-of-range values are filled by linear interpolation between the nearest valid neighbours
 * (circular for wind direction; the nearest valid value at the start/end of the file); a missing horizontal
 * IR is instead computed from dry bulb, dew point and opaque sky cover (Clark & Allen, as EnergyPlus does).
 * Counts per column are reported in `missing` / `outOfRange`.
 * @throws InputError naming the line number and field when the text is not an hourly EPW file.
 */
export function parseEpw(text: string, fileName?: string, options: EpwOptions = {}): WeatherYear {
  return buildWeatherYear(parseEpwRaw(text, fileName, options), true);
}

/**
 * Hourly CSV export of a simulation: one row per simulated hour with the time, the weather file's own
 * values for that hour, and every hourly series of the result (temperatures in °C, powers and duties in
 * kW, flows in kg/s, hashrate in TH/s). Column names carry their unit as a suffix, in the style of the KPI
 * names (`hxDuty_kW`, `supplyT_C`).
 *
 * Time: `hourStart_local` is the start of the hour the row covers, local standard time, written
 * `MM-DDThh:mm` (ISO 8601 order without a year, since a typical-year file mixes years). EPW row hour h
 * (1–24) is the hour *ending* at h:00 (EnergyPlus Auxiliary Programs, "Weather Converter Program"), so it
 * starts at (h − 1):00 on the same day. Weather columns are the file's values for that hour; the series
 * are the hour's means over the internal steps (e.g. `outdoorT_C` is interpolated within the hour and so
 * differs slightly from `weather_dryBulb_C`).
 */
import { ZERO_CELSIUS } from '../errors';
import { InputError } from '../errors';
import { HOURLY_OUTPUTS, SERIES_NAMES } from '../sim/outputs';
import type { SimulationResult } from '../sim/types';
import type { WeatherYear } from '../weather/epw';
import { CSV_EOL, csvLine, fixed } from './csv';

/** The weather fields the hourly export needs (a full `WeatherYear` has them). */
export type HourlyWeather = Pick<
  WeatherYear,
  | 'month'
  | 'day'
  | 'hour'
  | 'dryBulb'
  | 'dewPoint'
  | 'relativeHumidity'
  | 'pressure'
  | 'globalHorizontal'
  | 'directNormal'
  | 'diffuseHorizontal'
  | 'windSpeed'
  | 'windDirection'
  | 'totalSkyCover'
>;

/** One exported column: its header, unit (for documentation) and value at hour i. */
export interface HourlyColumn {
  header: string;
  unit: string;
  description: string;
  value(i: number): string;
}

const K0 = ZERO_CELSIUS;

/** How a series unit (OUTPUTS) is written: header suffix, unit shown, conversion from SI, decimals. */
const UNIT_MAP: Record<
  string,
  { suffix: string; unit: string; scale: number; offset: number; digits: number }
> = {
  K: { suffix: 'C', unit: '°C', scale: 1, offset: -K0, digits: 3 },
  W: { suffix: 'kW', unit: 'kW', scale: 1e-3, offset: 0, digits: 3 },
  'W/m²': { suffix: 'Wm2', unit: 'W/m²', scale: 1, offset: 0, digits: 2 },
  'm/s': { suffix: 'ms', unit: 'm/s', scale: 1, offset: 0, digits: 3 },
  'kg/s': { suffix: 'kgs', unit: 'kg/s', scale: 1, offset: 0, digits: 4 },
  'hash/s': { suffix: 'THs', unit: 'TH/s', scale: 1e-12, offset: 0, digits: 3 },
  'W/K': { suffix: 'kWK', unit: 'kW/K', scale: 1e-3, offset: 0, digits: 4 },
};
const FRACTION = { suffix: 'frac', unit: '0–1', scale: 1, offset: 0, digits: 5 };

function seriesUnit(unit: string) {
  if (unit.startsWith('0–1')) return FRACTION;
  return (
    UNIT_MAP[unit] ?? { suffix: unit.replace(/[^A-Za-z0-9]+/g, ''), unit, scale: 1, offset: 0, digits: 6 }
  );
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `MM-DDThh:mm` of the start of EPW row i (hour ending convention). */
export function hourStartLabel(w: Pick<WeatherYear, 'month' | 'day' | 'hour'>, i: number): string {
  return `${pad2(w.month[i]!)}-${pad2(w.day[i]!)}T${pad2(w.hour[i]! - 1)}:00`;
}

/** The columns of the hourly export, in order. */
export function hourlyColumns(
  result: Pick<SimulationResult, 'series'>,
  weather: HourlyWeather,
): HourlyColumn[] {
  const w = weather;
  const cols: HourlyColumn[] = [
    {
      header: 'hourStart_local',
      unit: 'MM-DDThh:mm',
      description: 'start of the hour, local standard time (EPW hour h covers (h−1):00–h:00)',
      value: (i) => hourStartLabel(w, i),
    },
  ];
  const wcol = (
    key: keyof HourlyWeather,
    name: string,
    unit: string,
    description: string,
    conv: (x: number) => number,
    digits: number,
  ): void => {
    const a = w[key] as Float64Array;
    cols.push({ header: `weather_${name}`, unit, description, value: (i) => fixed(conv(a[i]!), digits) });
  };
  const id = (x: number): number => x;
  wcol('dryBulb', 'dryBulb_C', '°C', 'dry-bulb temperature (weather file)', (x) => x - K0, 2);
  wcol('dewPoint', 'dewPoint_C', '°C', 'dew-point temperature (weather file)', (x) => x - K0, 2);
  wcol(
    'relativeHumidity',
    'relativeHumidity_pct',
    '%',
    'relative humidity (weather file)',
    (x) => x * 100,
    1,
  );
  wcol('pressure', 'pressure_kPa', 'kPa', 'station pressure (weather file)', (x) => x / 1e3, 3);
  wcol('globalHorizontal', 'globalHorizontal_Wm2', 'W/m²', 'global horizontal irradiance', id, 1);
  wcol('directNormal', 'directNormal_Wm2', 'W/m²', 'direct normal irradiance', id, 1);
  wcol('diffuseHorizontal', 'diffuseHorizontal_Wm2', 'W/m²', 'diffuse horizontal irradiance', id, 1);
  wcol('windSpeed', 'windSpeed_ms', 'm/s', 'wind speed (weather file)', id, 2);
  wcol('windDirection', 'windDirection_deg', '°', 'wind direction, clockwise from north', id, 0);
  wcol('totalSkyCover', 'totalSkyCover_tenths', 'tenths', 'total sky cover', id, 0);
  for (const name of SERIES_NAMES) {
    const a = result.series[name];
    if (!a) continue;
    const o = HOURLY_OUTPUTS[name];
    const u = seriesUnit(o.unit);
    // A temperature of equipment the plant does not have (a buffer tank of 0 m³, no heat pump) is recorded
    // as 0 K: written as an empty cell, not as −273.15 °C.
    const absent = o.unit === 'K' ? (x: number) => x === 0 : () => false;
    cols.push({
      header: `${name}_${u.suffix}`,
      unit: u.unit,
      description: `hourly mean: ${o.definition}${o.unit === 'K' ? ' (empty: the plant has no such part)' : ''}`,
      value: (i) => (absent(a[i]!) ? '' : fixed(a[i]! * u.scale + u.offset, u.digits)),
    });
  }
  return cols;
}

/** The hourly CSV (RFC 4180, CRLF) of `result`, whose hour i is row i of `weather`. */
export function hourlyCsv(
  result: Pick<SimulationResult, 'series' | 'hours'>,
  weather: HourlyWeather,
): string {
  const cols = hourlyColumns(result, weather);
  if (weather.month.length < result.hours) {
    throw new InputError(
      'weather',
      `${weather.month.length} rows`,
      `at least the ${result.hours} simulated hours`,
    );
  }
  const parts: string[] = [csvLine(cols.map((c) => c.header))];
  const fields = new Array<string>(cols.length);
  for (let i = 0; i < result.hours; i++) {
    for (let c = 0; c < cols.length; c++) fields[c] = cols[c]!.value(i);
    // Every field is a number or the time label: none needs quoting.
    parts.push(fields.join(',') + CSV_EOL);
  }
  return parts.join('');
}

/**
 * The weather year shipped with the twin (Winnipeg The Forks TMYx), available without a file system so it
 * works in Node, the browser and Web Workers alike. The data live in `winnipegTmyx.generated.ts`, written by
 * `npx tsx src/cli/genWeather.ts` from `models/weather/*.epw`; they are the EPW's own numbers (file units,
 * exact), decoded here and passed through the same {@link buildWeatherYear} as {@link parseEpw}, so both
 * paths give identical arrays (a test checks it).
 */
import { InputError } from '../errors';
import { calendarSequence } from './calendar';
import { decodeIntegers } from './codec';
import type { GroundTemperatures } from './ground';
import {
  buildWeatherYear,
  type EpwDesignConditions,
  type EpwLocation,
  WEATHER_COLUMNS,
  type WeatherColumn,
  type WeatherYear,
} from './epw';
import { WINNIPEG_TMYX } from './winnipegTmyx.generated';

/** Attribution to show wherever the bundled weather is used. */
export const BUNDLED_WEATHER_ATTRIBUTION =
  'Weather: TMYx for Winnipeg The Forks (715790), Climate.OneBuilding.org, derived from NOAA NCEI ISD and Copernicus ERA5.';

/** Shape of a generated weather module. */
export interface BundledWeatherSource {
  readonly fileName: string;
  /** sha256 (hex) of the EPW file the module was generated from. */
  readonly sha256: string;
  readonly location: EpwLocation;
  readonly design: EpwDesignConditions | undefined;
  readonly ground?: readonly GroundTemperatures[] | undefined;
  readonly length: number;
  readonly leapYear: boolean;
  /** Month, day and hour (1–24) of the first record; the rest follow hour by hour. */
  readonly start: { readonly month: number; readonly day: number; readonly hour: number };
  /** Per column: file value = stored integer / scale. */
  readonly columns: Readonly<Record<WeatherColumn, { readonly scale: number; readonly data: string }>>;
}

/** Decode a generated module into a {@link WeatherYear}. */
export function decodeBundledWeather(src: BundledWeatherSource): WeatherYear {
  const cal = calendarSequence(src.length, src.leapYear, src.start);
  const columns = {} as Record<WeatherColumn, Float64Array>;
  for (const key of WEATHER_COLUMNS) {
    const col = src.columns[key];
    if (!col) throw new InputError(`bundled weather column`, key, 'present in the generated module');
    const ints = decodeIntegers(col.data, src.length);
    if (col.scale !== 1) for (let i = 0; i < ints.length; i++) ints[i] = ints[i]! / col.scale;
    columns[key] = ints;
  }
  return buildWeatherYear(
    {
      fileName: src.fileName,
      location: src.location,
      design: src.design,
      ground: src.ground,
      month: cal.month,
      day: cal.day,
      hour: cal.hour,
      columns,
    },
    true,
  );
}

let cached: WeatherYear | undefined;

/**
 * The bundled Winnipeg The Forks TMYx year (8760 h), decoded once and cached. The returned object and its
 * arrays are shared: treat them as read-only (copy an array before changing it).
 */
export function bundledWeather(): WeatherYear {
  cached ??= decodeBundledWeather(WINNIPEG_TMYX);
  return cached;
}

/** File name and sha256 of the EPW the bundled year was generated from, and its attribution. */
export function bundledWeatherSource(): { fileName: string; sha256: string; attribution: string } {
  return {
    fileName: WINNIPEG_TMYX.fileName,
    sha256: WINNIPEG_TMYX.sha256,
    attribution: BUNDLED_WEATHER_ATTRIBUTION,
  };
}

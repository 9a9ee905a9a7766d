/**
 * The shapes of an EnergyPlus weather (EPW) file as the twin reads it: header records, the hourly columns it
 * keeps, the SI {@link WeatherYear} and the raw file-unit {@link RawEpw}, and the record-format constants.
 * Format reference: [energyplus-epw] in models/SOURCES.md (EPW Data Dictionary).
 */
import type { GroundTemperatures } from './ground';

/** Header LOCATION record. Angles in degrees (north and east positive), time zone in hours from UTC. */
export interface EpwLocation {
  readonly city: string;
  readonly region: string;
  readonly country: string;
  readonly source: string;
  /** WMO station number, as text (may have leading zeros or letters). */
  readonly wmo: string;
  /** Degrees, + north. */
  readonly latitude: number;
  /** Degrees, + east (Winnipeg is −97.13). */
  readonly longitude: number;
  /** Hours relative to UTC of the file's (standard) time, e.g. −6 for Manitoba. */
  readonly timeZone: number;
  /** Metres above sea level. */
  readonly elevation: number;
}

/** What we read from the DESIGN CONDITIONS record (ASHRAE Handbook format, 2009 and later). Kelvin. */
export interface EpwDesignConditions {
  /** E.g. "2021 ASHRAE Handbook -- Fundamentals - Chapter 14 Climatic Design Information". */
  readonly source: string;
  readonly heating?: {
    readonly coldestMonth: number;
    /** Dry bulb exceeded 99.6 % of the year (heating design), K. */
    readonly dryBulb996: number;
    /** Dry bulb exceeded 99 % of the year, K. */
    readonly dryBulb990: number;
  };
  readonly cooling?: {
    readonly hottestMonth: number;
    /** Mean daily dry-bulb range of the hottest month, K (a difference). */
    readonly dailyRange: number;
    /** Dry bulb exceeded 0.4 % of the year (cooling design), K. */
    readonly dryBulb004: number;
    /** Mean coincident wet bulb at dryBulb004, K. */
    readonly meanCoincidentWetBulb004: number;
  };
}

/** Hourly data columns the twin keeps. */
export const WEATHER_COLUMNS = [
  'dryBulb',
  'dewPoint',
  'relativeHumidity',
  'pressure',
  'horizontalInfrared',
  'globalHorizontal',
  'directNormal',
  'diffuseHorizontal',
  'windDirection',
  'windSpeed',
  'totalSkyCover',
  'opaqueSkyCover',
  'snowDepth',
] as const;
export type WeatherColumn = (typeof WEATHER_COLUMNS)[number];

/**
 * Columns the twin needs a valid value of: their gaps are limited to MAX_GAP_HOURS and filled by interpolation
 * (the others have physical fallbacks: pressure from the elevation, sky IR from Clark & Allen, cover from each
 * other, snow depth 0).
 */
export const REQUIRED_COLUMNS: readonly WeatherColumn[] = [
  'dryBulb',
  'dewPoint',
  'relativeHumidity',
  'globalHorizontal',
  'directNormal',
  'diffuseHorizontal',
  'windDirection',
  'windSpeed',
];

/**
 * One weather file's year (normally 8760 hourly rows; 8784 for a leap-year file). Every array has `length`
 * entries; entry i is the hour ending at `hour[i]` local standard time on `month[i]`/`day[i]`.
 */
export interface WeatherYear {
  /** Name of the file it came from, when the caller gave one (no path semantics in the core). */
  readonly fileName: string | undefined;
  readonly location: EpwLocation;
  readonly design: EpwDesignConditions | undefined;
  /** Undisturbed ground temperatures of the header (EPW GROUND TEMPERATURES, K), when the file has them. */
  readonly ground?: readonly GroundTemperatures[] | undefined;
  /** Number of hourly rows. */
  readonly length: number;
  /** True when the file contains 29 February. */
  readonly leapYear: boolean;
  /** Month 1–12. */
  readonly month: Float64Array;
  /** Day of month 1–31. */
  readonly day: Float64Array;
  /** Hour 1–24: the hour *ending* at this local standard time. */
  readonly hour: Float64Array;
  /** Day of year 1–365 (366 in a leap-year file), from month/day. */
  readonly dayOfYear: Float64Array;
  /** Dry-bulb air temperature, K. */
  readonly dryBulb: Float64Array;
  /** Dew-point temperature, K. */
  readonly dewPoint: Float64Array;
  /** Relative humidity, fraction 0–1.1. */
  readonly relativeHumidity: Float64Array;
  /** Atmospheric station pressure, Pa. */
  readonly pressure: Float64Array;
  /** Horizontal infrared irradiance from the sky, W/m² (hour mean). */
  readonly horizontalInfrared: Float64Array;
  /** Global horizontal irradiance, W/m² (hour mean). */
  readonly globalHorizontal: Float64Array;
  /** Direct normal irradiance, W/m² (hour mean). */
  readonly directNormal: Float64Array;
  /** Diffuse horizontal irradiance, W/m² (hour mean). */
  readonly diffuseHorizontal: Float64Array;
  /** Wind direction, degrees clockwise from north (0 when calm). */
  readonly windDirection: Float64Array;
  /** Wind speed, m/s. */
  readonly windSpeed: Float64Array;
  /** Total sky cover, tenths 0–10. */
  readonly totalSkyCover: Float64Array;
  /** Opaque sky cover, tenths 0–10. */
  readonly opaqueSkyCover: Float64Array;
  /** Snow depth, m (the EPW field is in cm; a file without it reads as 0 = no snow). */
  readonly snowDepth: Float64Array;
  /** Effective sky temperature (IR/σ)^¼, K (derived). */
  readonly skyTemperature: Float64Array;
  /** Per column: values that carried the EPW missing code (or were empty) and were filled. */
  readonly missing: Readonly<Record<WeatherColumn, number>>;
  /** Per column: values outside the data dictionary's valid range, treated as missing and filled. */
  readonly outOfRange: Readonly<Record<WeatherColumn, number>>;
}

/** Number of comma-separated fields in an EPW data record (N1…N34 plus A1). */
export const EPW_FIELD_COUNT = 35;

export const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A parsed file before missing values are filled and units converted: columns in the file's own units
 * (°C, %, Pa, Wh/m², degrees, m/s, tenths, cm), missing codes left in place. The bundled-weather generator
 * stores exactly these numbers, so {@link buildWeatherYear} gives identical results for both paths.
 */
export interface RawEpw {
  readonly fileName: string | undefined;
  readonly location: EpwLocation;
  readonly design: EpwDesignConditions | undefined;
  /** Undisturbed ground temperatures of the header, when the file has them. */
  readonly ground?: readonly GroundTemperatures[] | undefined;
  readonly month: Float64Array;
  readonly day: Float64Array;
  readonly hour: Float64Array;
  /** Per column, file units; NaN marks an empty field. */
  readonly columns: Readonly<Record<WeatherColumn, Float64Array>>;
}

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
import { InputError, ZERO_CELSIUS } from '../errors';
import { type GroundTemperatures, groundInKelvin, parseGroundTemperatures } from './ground';
import {
  allInClosed,
  allInOpen,
  fillGaps,
  flagMissing,
  flagOutsideClosed,
  flagOutsideOpen,
  NO_FLAGS,
} from './epwFill';
import { checkRecordDate, checkYearLength, checkGaps, checkValue, type EpwOptions } from './epwStrict';
import { SPECS } from './epwSpec';
import { horizontalIRClarkAllen, STEFAN_BOLTZMANN } from './sky';

export { fillGaps } from './epwFill';
export type { EpwOptions } from './epwStrict';

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
 * One weather file's year (normally 8760 hourly rows; 8784 for a leap-year file). Every array has `length`
 * entries; entry i is the hour ending at `hour[i]` local standard time on `month[i]`/`day[i]`.
 */
export interface WeatherYear {
  /** Name of the file it came from, when the caller gave one (no path semantics in the core). */
  readonly fileName: string | undefined;
  readonly location: EpwLocation;
  readonly design: EpwDesignConditions | undefined;
  /** Number of hourly rows. */
  /** Undisturbed ground temperatures of the header (EPW GROUND TEMPERATURES, K), when the file has them. */
  readonly ground?: readonly GroundTemperatures[] | undefined;
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

/**
 * Columns whose gaps are limited to MAX_GAP_HOURS (the others have physical fallbacks: pressure from the
 * elevation, sky IR from Clark & Allen, cover from each other, snow depth 0).
 */
const GAP_CHECKED = new Set<WeatherColumn>([
  'dryBulb',
  'dewPoint',
  'relativeHumidity',
  'globalHorizontal',
  'directNormal',
  'diffuseHorizontal',
  'windDirection',
  'windSpeed',
]);

/** Number of comma-separated fields in an EPW data record (N1…N34 plus A1). */
export const EPW_FIELD_COUNT = 35;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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

/** Parse the records without filling gaps or converting units (see {@link RawEpw}). */
export function parseEpwRaw(text: string, fileName?: string, options: EpwOptions = {}): RawEpw {
  const where = fileName ?? 'EPW';
  if (typeof text !== 'string' || text.length === 0) {
    throw new InputError(
      `${where}`,
      typeof text === 'string' ? '' : typeof text,
      'the non-empty text of an EPW file',
    );
  }
  const lines = text.split('\n');
  const line = (i: number): string => {
    const s = lines[i]!;
    return s.endsWith('\r') ? s.slice(0, -1) : s;
  };

  // --- header ---
  const first = line(0).replace(/^\uFEFF/, '');
  if (!/^LOCATION\s*,/i.test(first)) {
    throw new InputError(
      `${where} line 1`,
      first.slice(0, 40),
      'an EPW file whose first line is the "LOCATION,…" record (EnergyPlus weather format)',
    );
  }
  const location = parseLocation(first.split(','), where);
  let design: EpwDesignConditions | undefined;
  let ground: GroundTemperatures[] | undefined;
  let dataStart = -1;
  const headerLimit = Math.min(lines.length, 40);
  for (let i = 1; i < headerLimit; i++) {
    const l = line(i);
    if (/^DESIGN CONDITIONS\s*,/i.test(l)) design = parseDesignConditions(l.split(','));
    if (/^GROUND TEMPERATURES\s*,/i.test(l)) ground = parseGroundTemperatures(l.split(','), where);
    if (/^DATA PERIODS\s*,/i.test(l)) {
      const f = l.split(',');
      const perHour = Number(f[2]);
      if (perHour !== 1) {
        throw new InputError(
          `${where} line ${i + 1}, DATA PERIODS records per hour`,
          f[2] ?? '',
          '1 (only hourly EPW files are supported)',
        );
      }
      dataStart = i + 1;
      break;
    }
  }
  if (dataStart < 0) {
    throw new InputError(
      `${where} header`,
      'no "DATA PERIODS" record',
      'an EPW header of 8 records ending with "DATA PERIODS,…" before the hourly data',
    );
  }

  // --- data records ---
  let end = lines.length;
  while (end > dataStart && line(end - 1).trim() === '') end--;
  const n = end - dataStart;
  if (n < 1) throw new InputError(`${where} data`, 0, 'at least one hourly data record after the header');

  const month = new Float64Array(n);
  const day = new Float64Array(n);
  const hour = new Float64Array(n);
  const cols = {} as Record<WeatherColumn, Float64Array>;
  for (const s of SPECS) cols[s.key] = new Float64Array(n);
  const colArrays = SPECS.map((s) => cols[s.key]);
  const colIndex = SPECS.map((s) => s.index);

  const starts = new Int32Array(EPW_FIELD_COUNT + 1);
  let leap = false;
  for (let r = 0; r < n; r++) {
    const lineNo = dataStart + r + 1;
    const l = line(dataStart + r);
    // Field boundaries: starts[k] is the offset of field k; starts[count] = length + 1.
    let count = 0;
    let pos = 0;
    starts[0] = 0;
    for (;;) {
      const c = l.indexOf(',', pos);
      count++;
      if (c < 0 || count > EPW_FIELD_COUNT) break;
      starts[count] = c + 1;
      pos = c + 1;
    }
    if (count !== EPW_FIELD_COUNT) {
      throw new InputError(
        `${where} line ${lineNo}`,
        count > EPW_FIELD_COUNT ? `more than ${EPW_FIELD_COUNT} fields` : `${count} fields`,
        `exactly ${EPW_FIELD_COUNT} comma-separated fields per hourly record (EPW Data Dictionary)`,
      );
    }
    const mo = intField(fieldText(l, starts, 1), where, lineNo, 'Month', 1, 12);
    const dd = intField(
      fieldText(l, starts, 2),
      where,
      lineNo,
      'Day',
      1,
      mo === 2 ? 29 : DAYS_IN_MONTH[mo - 1]!,
    );
    const hh = intField(fieldText(l, starts, 3), where, lineNo, 'Hour', 1, 24);
    const prev = r > 0 ? { mo: month[r - 1]!, dd: day[r - 1]!, hh: hour[r - 1]! } : undefined;
    checkRecordDate(where, lineNo, prev, mo, dd, hh);
    if (mo === 2 && dd === 29) leap = true;
    month[r] = mo;
    day[r] = dd;
    hour[r] = hh;
    for (let c = 0; c < colIndex.length; c++) {
      const k = colIndex[c]!;
      // Fast path for [sign]digits[.digits]; anything else is checked as text (no hex, no "Infinity").
      const v = parseDecimal(l, starts[k]!, fieldEnd(l, starts, k));
      colArrays[c]![r] = checkValue(where, lineNo, SPECS[c]!, v, () => fieldText(l, starts, k));
    }
  }
  checkYearLength(where, n, leap, { mo: month[0]!, dd: day[0]!, hh: hour[0]! }, options);
  for (const s of SPECS) if (GAP_CHECKED.has(s.key)) checkGaps(where, dataStart + 1, s, cols[s.key]);
  return { fileName, location, design, ground, month, day, hour, columns: cols };
}

/** End offset (exclusive) of field k of a record whose field starts are in `starts`. */
function fieldEnd(line: string, starts: Int32Array, k: number): number {
  return k + 1 < EPW_FIELD_COUNT ? starts[k + 1]! - 1 : line.length;
}

function fieldText(line: string, starts: Int32Array, k: number): string {
  return line.slice(starts[k]!, fieldEnd(line, starts, k));
}

/** Returned by {@link parseDecimal} when the text is not a plain decimal. */
const NOT_DECIMAL = Number.POSITIVE_INFINITY;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Fast parse of `[+-]digits[.digits]` in line[start, end) without allocating a substring. The result is
 * mantissa / 10^k with an exact integer mantissa (< 2^53) and exact power of ten, i.e. correctly rounded and
 * so identical to `Number(text)`. Empty → NaN; anything else (exponent, spaces, letters, > 15 digits) →
 * NOT_DECIMAL so the caller can fall back to `Number`.
 */
function parseDecimal(line: string, start: number, end: number): number {
  if (start >= end) return Number.NaN;
  let i = start;
  let sign = 1;
  const c0 = line.charCodeAt(i);
  if (c0 === 45 /* - */ || c0 === 43 /* + */) {
    sign = c0 === 45 ? -1 : 1;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 /* . */ && decimals < 0) {
      decimals = 0;
    } else return NOT_DECIMAL;
  }
  if (digits === 0 || digits > 15) return NOT_DECIMAL;
  return decimals > 0 ? (sign * mantissa) / POW10[decimals]! : sign * mantissa;
}

function intField(s: string, where: string, lineNo: number, name: string, min: number, max: number): number {
  const v = s.trim() === '' ? Number.NaN : Number(s);
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new InputError(`${where} line ${lineNo}, field ${name}`, s, `an integer from ${min} to ${max}`);
  }
  return v;
}

function parseLocation(f: string[], where: string): EpwLocation {
  if (f.length < 10) {
    throw new InputError(
      `${where} line 1 (LOCATION)`,
      `${f.length} fields`,
      '10 fields: LOCATION,city,region,country,source,WMO,latitude,longitude,time zone,elevation',
    );
  }
  const num = (i: number, name: string, min: number, max: number): number => {
    const s = f[i]!.trim();
    const v = s === '' ? Number.NaN : Number(s);
    if (!Number.isFinite(v) || v < min || v > max) {
      throw new InputError(
        `${where} line 1 (LOCATION), field ${name}`,
        f[i],
        `a number from ${min} to ${max}`,
      );
    }
    return v;
  };
  return {
    city: f[1]!.trim(),
    region: f[2]!.trim(),
    country: f[3]!.trim(),
    source: f[4]!.trim(),
    wmo: f[5]!.trim(),
    latitude: num(6, 'Latitude', -90, 90),
    longitude: num(7, 'Longitude', -180, 180),
    timeZone: num(8, 'TimeZone', -12, 14),
    elevation: num(9, 'Elevation', -1000, 9999.9),
  };
}

/**
 * DESIGN CONDITIONS in the ASHRAE 2009+ layout the Weather Converter writes: "…,Heating,<coldest month>,
 * <DB 99.6 %>,<DB 99 %>,…,Cooling,<hottest month>,<daily range>,<DB 0.4 %>,<MCWB 0.4 %>,…". Anything it
 * cannot read is left out (the record is informative only).
 */
function parseDesignConditions(f: string[]): EpwDesignConditions | undefined {
  if (!(Number(f[1]) >= 1)) return undefined;
  const source = (f[2] ?? '').trim();
  const at = (i: number): number => (i < f.length && f[i]!.trim() !== '' ? Number(f[i]) : Number.NaN);
  const iH = f.findIndex((s) => s.trim() === 'Heating');
  const iC = f.findIndex((s) => s.trim() === 'Cooling');
  let heating: EpwDesignConditions['heating'];
  let cooling: EpwDesignConditions['cooling'];
  if (iH >= 0) {
    const [m, d996, d990] = [at(iH + 1), at(iH + 2), at(iH + 3)];
    if (Number.isInteger(m) && Number.isFinite(d996) && Number.isFinite(d990)) {
      heating = { coldestMonth: m, dryBulb996: d996 + ZERO_CELSIUS, dryBulb990: d990 + ZERO_CELSIUS };
    }
  }
  if (iC >= 0) {
    const [m, range, db, wb] = [at(iC + 1), at(iC + 2), at(iC + 3), at(iC + 4)];
    if (Number.isInteger(m) && [range, db, wb].every(Number.isFinite)) {
      cooling = {
        hottestMonth: m,
        dailyRange: range,
        dryBulb004: db + ZERO_CELSIUS,
        meanCoincidentWetBulb004: wb + ZERO_CELSIUS,
      };
    }
  }
  if (!heating && !cooling) return { source };
  return { source, ...(heating ? { heating } : {}), ...(cooling ? { cooling } : {}) };
}

/**
 * Fill missing/out-of-range values, convert to SI and derive day of year and sky temperature.
 * @param owned true when `raw`'s arrays may be reused (and changed) for the result instead of copied.
 * @throws InputError when a column the twin needs has no valid value at all.
 */
export function buildWeatherYear(raw: RawEpw, owned = false): WeatherYear {
  const where = raw.fileName ?? 'EPW';
  const n = raw.month.length;
  const missing = {} as Record<WeatherColumn, number>;
  const outOfRange = {} as Record<WeatherColumn, number>;
  const values = {} as Record<WeatherColumn, Float64Array>;
  const bad = {} as Record<WeatherColumn, Uint8Array>;
  const nBad = {} as Record<WeatherColumn, number>;

  for (const s of SPECS) {
    const src = raw.columns[s.key];
    if (src.length !== n) {
      throw new InputError(`${where} column ${s.name}`, src.length, `${n} values (one per hourly record)`);
    }
    const v = owned ? src : src.slice();
    // Fast path: a clean column needs no flags (most files have no gaps at all).
    const allValid = s.exclusive
      ? allInOpen(v, s.min, Math.min(s.max, s.missingAtOrAbove))
      : allInClosed(v, s.min, s.max, s.missingAtOrAbove);
    let b = NO_FLAGS;
    let nMissing = 0;
    let nRange = 0;
    if (!allValid) {
      b = new Uint8Array(n);
      nMissing = flagMissing(v, b, s.missingAtOrAbove);
      nRange = s.exclusive ? flagOutsideOpen(v, b, s.min, s.max) : flagOutsideClosed(v, b, s.min, s.max);
    }
    missing[s.key] = nMissing;
    outOfRange[s.key] = nRange;
    nBad[s.key] = nMissing + nRange;
    values[s.key] = v;
    bad[s.key] = b;
  }

  const required: WeatherColumn[] = [
    'dryBulb',
    'dewPoint',
    'relativeHumidity',
    'globalHorizontal',
    'directNormal',
    'diffuseHorizontal',
    'windDirection',
    'windSpeed',
  ];
  // True when the column has at least one valid value (gaps, if any, are then filled).
  const fill = (key: WeatherColumn): boolean =>
    nBad[key] === 0 || (nBad[key] < n && fillGaps(values[key], bad[key], key === 'windDirection'));
  for (const key of required) {
    if (!fill(key)) {
      const spec = SPECS.find((s) => s.key === key)!;
      throw new InputError(
        `${where} field ${spec.name}`,
        `all ${n} values missing or out of range`,
        `at least one valid value (missing code ${spec.missingAtOrAbove}, valid ${spec.min} to ${spec.max})`,
      );
    }
  }
  // Station pressure: with no valid value at all, the standard atmosphere at the station elevation,
  // p = 101325·(1 − 2.25577e-5·Z)^5.2559 Pa (ASHRAE Handbook—Fundamentals 2017, ch. 1, eq. 3).
  if (!fill('pressure')) {
    values.pressure.fill(101325 * (1 - 2.25577e-5 * raw.location.elevation) ** 5.2559);
  }
  // Sky covers: each can stand in for the other; the twin needs opaque cover only for the IR fallback.
  const hasTotal = fill('totalSkyCover');
  const hasOpaque = fill('opaqueSkyCover');
  if (!hasTotal && hasOpaque) values.totalSkyCover.set(values.opaqueSkyCover);
  if (hasTotal && !hasOpaque) values.opaqueSkyCover.set(values.totalSkyCover);
  if (!hasTotal && !hasOpaque) {
    throw new InputError(
      `${where} fields Total/Opaque Sky Cover`,
      `all ${n} values missing`,
      'at least one valid sky-cover value (tenths 0–10, missing code 99)',
    );
  }
  // Snow depth: a file without it means no snow on the ground (EnergyPlus treats missing as no snow).
  if (!fill('snowDepth')) values.snowDepth.fill(0);

  // Day of year from month/day (leap year when the file holds 29 February).
  const month = owned ? raw.month : raw.month.slice();
  const day = owned ? raw.day : raw.day.slice();
  let leapYear = false;
  for (let i = 0; i < n; i++) {
    if (month[i] === 2 && day[i] === 29) {
      leapYear = true;
      break;
    }
  }
  const cumulative = new Float64Array(13);
  for (let m = 1; m <= 12; m++) {
    cumulative[m] = cumulative[m - 1]! + DAYS_IN_MONTH[m - 1]! + (leapYear && m === 2 ? 1 : 0);
  }

  // SI conversions and derived columns, in one pass. A missing horizontal IR is computed from the (filled)
  // dry bulb, dew point and opaque sky cover.
  const dryBulb = values.dryBulb;
  const dewPoint = values.dewPoint;
  const rh = values.relativeHumidity;
  const snow = values.snowDepth;
  const ir = values.horizontalInfrared;
  const irBad = nBad.horizontalInfrared > 0 ? bad.horizontalInfrared : undefined;
  const opaque = values.opaqueSkyCover;
  const skyTemperature = new Float64Array(n);
  const dayOfYear = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const tdb = dryBulb[i]! + ZERO_CELSIUS;
    const tdp = dewPoint[i]! + ZERO_CELSIUS;
    dryBulb[i] = tdb;
    dewPoint[i] = tdp;
    rh[i] = rh[i]! / 100;
    snow[i] = snow[i]! / 100;
    if (irBad?.[i]) ir[i] = horizontalIRClarkAllen(tdb, tdp, opaque[i]!);
    skyTemperature[i] = Math.sqrt(Math.sqrt(ir[i]! / STEFAN_BOLTZMANN));
    dayOfYear[i] = cumulative[month[i]! - 1]! + day[i]!;
  }

  return {
    fileName: raw.fileName,
    location: raw.location,
    design: raw.design,
    ground: groundInKelvin(raw.ground),
    length: n,
    leapYear,
    month,
    day,
    hour: owned ? raw.hour : raw.hour.slice(),
    dayOfYear,
    dryBulb,
    dewPoint,
    relativeHumidity: rh,
    pressure: values.pressure,
    horizontalInfrared: ir,
    globalHorizontal: values.globalHorizontal,
    directNormal: values.directNormal,
    diffuseHorizontal: values.diffuseHorizontal,
    windDirection: values.windDirection,
    windSpeed: values.windSpeed,
    totalSkyCover: values.totalSkyCover,
    opaqueSkyCover: values.opaqueSkyCover,
    snowDepth: snow,
    skyTemperature,
    missing,
    outOfRange,
  };
}

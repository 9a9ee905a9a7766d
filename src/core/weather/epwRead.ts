/**
 * EPW text → {@link RawEpw}: the header (LOCATION, DESIGN CONDITIONS, GROUND TEMPERATURES) and the hourly
 * records in the file's own units, with the strict checks of ./epwStrict (a whole year, valid dates, gaps).
 * Format reference: [energyplus-epw] in models/SOURCES.md (EPW Data Dictionary).
 */
import { InputError, ZERO_CELSIUS } from '../errors';
import { checkGaps, checkRecordDate, checkValue, checkYearLength, type EpwOptions } from './epwStrict';
import { SPECS } from './epwSpec';
import {
  DAYS_IN_MONTH,
  EPW_FIELD_COUNT,
  type EpwDesignConditions,
  type EpwLocation,
  type RawEpw,
  REQUIRED_COLUMNS,
  type WeatherColumn,
} from './epwTypes';
import { type GroundTemperatures, parseGroundTemperatures } from './ground';

/** Columns whose gaps are limited to MAX_GAP_HOURS (see REQUIRED_COLUMNS). */
const GAP_CHECKED = new Set<WeatherColumn>(REQUIRED_COLUMNS);

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
  const { location, design, ground, dataStart } = parseHeader(line, lines.length, where);

  // --- data records ---
  let end = lines.length;
  while (end > dataStart && line(end - 1).trim() === '') end--;
  const n = end - dataStart;
  if (n < 1) throw new InputError(`${where} data`, 0, 'at least one hourly data record after the header');
  const { month, day, hour, cols, leap } = parseRecords(line, dataStart, n, where);
  checkYearLength(where, n, leap, { mo: month[0]!, dd: day[0]!, hh: hour[0]! }, options);
  for (const s of SPECS) if (GAP_CHECKED.has(s.key)) checkGaps(where, dataStart + 1, s, cols[s.key]);
  return { fileName, location, design, ground, month, day, hour, columns: cols };
}

/** The header records (LOCATION, DESIGN CONDITIONS, GROUND TEMPERATURES) and the line where the data start. */
function parseHeader(line: (i: number) => string, lineCount: number, where: string) {
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
  const headerLimit = Math.min(lineCount, 40);
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
  return { location, design, ground, dataStart };
}

/** The `n` hourly records from line `dataStart` on, in file units, each date and value checked. */
function parseRecords(line: (i: number) => string, dataStart: number, n: number, where: string) {
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
    const count = splitFields(l, starts);
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
  return { month, day, hour, cols, leap };
}

/** Field boundaries of a record: starts[k] is the offset of field k; starts[count] = length + 1. Returns count. */
function splitFields(l: string, starts: Int32Array): number {
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
  return count;
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

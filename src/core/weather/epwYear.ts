/**
 * {@link RawEpw} → {@link WeatherYear}: missing and out-of-range values filled (./epwFill), units converted to
 * SI, day of year and sky temperature derived.
 */
import { InputError, ZERO_CELSIUS } from '../errors';
import {
  allInClosed,
  allInOpen,
  fillGaps,
  flagMissing,
  flagOutsideClosed,
  flagOutsideOpen,
  NO_FLAGS,
} from './epwFill';
import { SPECS } from './epwSpec';
import {
  DAYS_IN_MONTH,
  type RawEpw,
  REQUIRED_COLUMNS,
  type WeatherColumn,
  type WeatherYear,
} from './epwTypes';
import { groundInKelvin } from './ground';
import { horizontalIRClarkAllen, STEFAN_BOLTZMANN } from './sky';

/** Per column: the values (file units), their missing/out-of-range flags and counts. */
interface FlaggedColumns {
  missing: Record<WeatherColumn, number>;
  outOfRange: Record<WeatherColumn, number>;
  values: Record<WeatherColumn, Float64Array>;
  bad: Record<WeatherColumn, Uint8Array>;
  nBad: Record<WeatherColumn, number>;
}

/** Flag each column's missing and out-of-range values (copies unless `owned`). */
function flagColumns(raw: RawEpw, where: string, n: number, owned: boolean): FlaggedColumns {
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

  return { missing, outOfRange, values, bad, nBad };
}

/**
 * Fill the gaps of every column; the required ones need at least one valid value, the others have physical
 * fallbacks (pressure from the elevation, one sky cover for the other, no snow).
 */
function fillColumns(raw: RawEpw, where: string, n: number, c: FlaggedColumns): void {
  const { values, bad, nBad } = c;
  // True when the column has at least one valid value (gaps, if any, are then filled).
  const fill = (key: WeatherColumn): boolean =>
    nBad[key] === 0 || (nBad[key] < n && fillGaps(values[key], bad[key], key === 'windDirection'));
  for (const key of REQUIRED_COLUMNS) {
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
}

/** Month and day (copies unless `owned`), whether the file holds 29 February, and the day before each month. */
function calendarOf(raw: RawEpw, n: number, owned: boolean) {
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

  return { month, day, leapYear, cumulative };
}

/**
 * Fill missing/out-of-range values, convert to SI and derive day of year and sky temperature.
 * @param owned true when `raw`'s arrays may be reused (and changed) for the result instead of copied.
 * @throws InputError when a column the twin needs has no valid value at all.
 */
export function buildWeatherYear(raw: RawEpw, owned = false): WeatherYear {
  const where = raw.fileName ?? 'EPW';
  const n = raw.month.length;
  const cols = flagColumns(raw, where, n, owned);
  fillColumns(raw, where, n, cols);
  const { missing, outOfRange, values, bad, nBad } = cols;
  // Day of year from month/day (leap year when the file holds 29 February).
  const { month, day, leapYear, cumulative } = calendarOf(raw, n, owned);

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

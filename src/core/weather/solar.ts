/**
 * Solar geometry: position of the sun, sunrise/sunset, extraterrestrial irradiance.
 *
 * Algorithm: the NOAA Solar Calculator (NOAA Global Monitoring Laboratory, "NOAA_Solar_Calculations_day.xls"
 * and its "General Solar Position Calculations" notes), which implements the low-accuracy solar coordinates
 * of J. Meeus, *Astronomical Algorithms* (1991), ch. 25 (geometric mean longitude, mean anomaly, equation of
 * centre, apparent longitude, obliquity with nutation term) and the equation of time of ch. 28 (Smart's
 * series). To that we add the two small topocentric corrections of Reda & Andreas, "Solar position algorithm
 * for solar radiation applications", Solar Energy 76 (2004) 577–589 (SPA): the solar parallax (horizontal
 * parallax 8.794″/R, eq. 33) and atmospheric refraction with pressure and temperature (eq. 42).
 * Accuracy against SPA: about 0.01° in zenith and azimuth for 1950–2050 (tests: SPA's Golden, Colorado
 * example), about ±1 min in sunrise/sunset times for |latitude| < 72°.
 *
 * Conventions: angles in degrees; latitude + north, longitude + east; azimuth clockwise from north
 * (east 90°, south 180°); time in local *standard* decimal hours (EPW files use standard time, no DST);
 * `timeZone` in hours from UTC (Manitoba −6). Hour angle negative in the morning.
 */
import { InputError, requireFinite } from '../errors';
import type { WeatherYear } from './epw';

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;
const sind = (x: number): number => Math.sin(x * RAD);
const cosd = (x: number): number => Math.cos(x * RAD);

/**
 * Year used to place a day of year on the calendar when the caller gives none. TMY files mix years; 2022
 * sits mid-way in the leap-year cycle, so any year of 2001–2099 differs by at most ~9 h of the sun's
 * motion (≤ 0.15° of declination near the equinoxes, ≤ 0.01° near the solstices).
 */
export const DEFAULT_SOLAR_YEAR = 2022;

/** Options common to the solar-position functions. */
export interface SolarOptions {
  /** Calendar year the day of year belongs to (default {@link DEFAULT_SOLAR_YEAR}). */
  readonly year?: number;
  /** Station pressure for the refraction correction, Pa (default 101 000 Pa, SPA's 1010 mbar). */
  readonly pressure?: number;
  /** Air temperature for the refraction correction, K (default 283.15 K, SPA's 10 °C). */
  readonly temperature?: number;
  /** Apply atmospheric refraction to `zenith` (default true). `trueZenith` never includes it. */
  readonly refraction?: boolean;
}

/** Position of the sun seen from a place at a local standard time. Degrees unless stated. */
export interface SolarPosition {
  /** Apparent zenith angle (topocentric, with refraction unless disabled), 0–180°. */
  readonly zenith: number;
  /** Topocentric zenith angle without refraction, 0–180°. */
  readonly trueZenith: number;
  /** Apparent elevation above the horizon, 90° − zenith. */
  readonly elevation: number;
  /** Azimuth clockwise from north, 0–360°. */
  readonly azimuth: number;
  /** Declination, degrees. */
  readonly declination: number;
  /** Equation of time (apparent − mean solar time), minutes. */
  readonly equationOfTime: number;
  /** Hour angle, −180…180° (negative before solar noon). */
  readonly hourAngle: number;
  /** Earth–sun distance, astronomical units. */
  readonly earthSunDistance: number;
}

/** Julian day number at 0 h UT on 1 January of a Gregorian year (Meeus 1991, eq. 7.1, with M = 13 of Y − 1). */
export function julianDayJan1(year: number): number {
  const y = year - 1;
  const a = Math.floor(y / 100);
  const b = 2 - a + Math.floor(a / 4);
  return Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * 14) + 1 + b - 1524.5;
}

interface SunCoordinates {
  declination: number;
  equationOfTime: number;
  distance: number;
}

/**
 * Declination (deg), equation of time (min) and distance (AU) at Julian day `jd` (UT), NOAA spreadsheet /
 * Meeus (1991) ch. 25 low-accuracy series (apparent longitude good to ~0.01°).
 */
function sunCoordinates(jd: number): SunCoordinates {
  const T = (jd - 2451545) / 36525; // Julian centuries from J2000.0
  const L0 = (280.46646 + T * (36000.76983 + T * 0.0003032)) % 360; // geometric mean longitude (25.2)
  const M = 357.52911 + T * (35999.05029 - 0.0001537 * T); // mean anomaly (25.3)
  const e = 0.016708634 - T * (0.000042037 + 0.0000001267 * T); // eccentricity (25.4)
  const C =
    sind(M) * (1.914602 - T * (0.004817 + 0.000014 * T)) +
    sind(2 * M) * (0.019993 - 0.000101 * T) +
    sind(3 * M) * 0.000289; // equation of centre
  const trueLong = L0 + C;
  const trueAnom = M + C;
  const R = (1.000001018 * (1 - e * e)) / (1 + e * cosd(trueAnom)); // radius vector (25.5)
  const omega = 125.04 - 1934.136 * T;
  const lambda = trueLong - 0.00569 - 0.00478 * sind(omega); // apparent longitude
  const eps0 = 23 + (26 + (21.448 - T * (46.815 + T * (0.00059 - T * 0.001813))) / 60) / 60; // (22.2)
  const eps = eps0 + 0.00256 * cosd(omega); // corrected obliquity (25.8)
  const declination = Math.asin(sind(eps) * sind(lambda)) * DEG; // (25.7)
  // Equation of time (Smart's formula, Meeus ch. 28, eq. 28.3), in minutes.
  const y = Math.tan((eps / 2) * RAD) ** 2;
  const L0r = L0 * RAD;
  const Mr = M * RAD;
  const E =
    y * Math.sin(2 * L0r) -
    2 * e * Math.sin(Mr) +
    4 * e * y * Math.sin(Mr) * Math.cos(2 * L0r) -
    0.5 * y * y * Math.sin(4 * L0r) -
    1.25 * e * e * Math.sin(2 * Mr);
  return { declination, equationOfTime: 4 * E * DEG, distance: R };
}

function checkPlace(latitude: number, longitude: number, timeZone: number): void {
  requireFinite('latitude', latitude, -90, 90, '°');
  requireFinite('longitude', longitude, -180, 180, '° (east positive)');
  requireFinite('timeZone', timeZone, -12, 14, 'h from UTC');
}

function checkDay(dayOfYear: number, opts: SolarOptions | undefined): number {
  const year = opts?.year ?? DEFAULT_SOLAR_YEAR;
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new InputError('year', year, 'a Gregorian calendar year from 1583 to 9999');
  }
  requireFinite('dayOfYear', dayOfYear, 1, 366.999999, '(1 = 1 January)');
  return year;
}

/**
 * Position of the sun (NOAA Solar Calculator / Meeus, with SPA's parallax and refraction; see module doc).
 * @param latitudeDeg degrees, + north. @param longitudeDeg degrees, + east.
 * @param timeZoneHours hours from UTC of the local standard time, e.g. −6.
 * @param dayOfYear 1 = 1 January (fractional allowed; `hourDecimal` is added to it).
 * @param hourDecimal local standard time, 0–24 h. For an EPW hourly value use the mid-hour h − 0.5 (or
 *   {@link epwHourSolarPosition}).
 */
export function solarPosition(
  latitudeDeg: number,
  longitudeDeg: number,
  timeZoneHours: number,
  dayOfYear: number,
  hourDecimal: number,
  opts?: SolarOptions,
): SolarPosition {
  checkPlace(latitudeDeg, longitudeDeg, timeZoneHours);
  const year = checkDay(dayOfYear, opts);
  requireFinite('hourDecimal', hourDecimal, 0, 24, 'h local standard time');
  const pressure = requireFinite('pressure', opts?.pressure ?? 101000, 30000, 120000, 'Pa');
  const temperature = requireFinite('temperature', opts?.temperature ?? 283.15, 173.15, 343.15, 'K');

  const jd = julianDayJan1(year) + (dayOfYear - 1) + (hourDecimal - timeZoneHours) / 24;
  const { declination, equationOfTime, distance } = sunCoordinates(jd);

  // True solar time (min) and hour angle (NOAA spreadsheet).
  const tst = hourDecimal * 60 + equationOfTime + 4 * longitudeDeg - 60 * timeZoneHours;
  let hourAngle = tst / 4 - 180;
  hourAngle = ((((hourAngle + 180) % 360) + 360) % 360) - 180;

  const phi = latitudeDeg * RAD;
  const dec = declination * RAD;
  const H = hourAngle * RAD;
  const cosZ = Math.sin(phi) * Math.sin(dec) + Math.cos(phi) * Math.cos(dec) * Math.cos(H);
  const geoZenith = Math.acos(Math.min(1, Math.max(-1, cosZ))) * DEG;
  // Azimuth from south, westward positive (Meeus eq. 13.5), turned to clockwise from north.
  const azSouth = Math.atan2(Math.sin(H), Math.cos(H) * Math.sin(phi) - Math.tan(dec) * Math.cos(phi)) * DEG;
  const azimuth = (azSouth + 180 + 360) % 360;

  // Parallax in altitude ξ·sin z, ξ = 8.794″/R (SPA eq. 33, observer height neglected: < 0.0001°).
  const trueZenith = geoZenith + (8.794 / 3600 / distance) * sind(geoZenith);
  let zenith = trueZenith;
  if (opts?.refraction !== false) zenith = trueZenith - refraction(90 - trueZenith, pressure, temperature);

  return {
    zenith,
    trueZenith,
    elevation: 90 - zenith,
    azimuth,
    declination,
    equationOfTime,
    hourAngle,
    earthSunDistance: distance,
  };
}

/**
 * Atmospheric refraction (deg) at true elevation e0 (deg), SPA eq. 42 (Bennett 1982 / Sæmundsson form):
 * Δe = (P/1010 mbar)·(283/T[K])·1.02 / (60·tan(e0 + 10.3/(e0 + 5.11))), applied when the sun's upper limb
 * can be above the horizon (e0 ≥ −0.8333°), else 0.
 */
function refraction(e0: number, pressurePa: number, temperatureK: number): number {
  if (e0 < -(0.26667 + 0.5667)) return 0;
  const d =
    ((pressurePa / 101000) * (283 / temperatureK) * 1.02) / (60 * Math.tan((e0 + 10.3 / (e0 + 5.11)) * RAD));
  return Math.max(0, d);
}

/** Sunrise, sunset and solar noon of one day, local standard decimal hours. */
export type SunriseSunset =
  | {
      readonly kind: 'normal';
      readonly sunrise: number;
      readonly sunset: number;
      readonly solarNoon: number;
      /** Hours between sunrise and sunset. */
      readonly dayLength: number;
    }
  /** The sun stays above the horizon all day (midnight sun). */
  | { readonly kind: 'polarDay'; readonly solarNoon: number; readonly dayLength: 24 }
  /** The sun stays below the horizon all day. */
  | { readonly kind: 'polarNight'; readonly solarNoon: number; readonly dayLength: 0 };

/** Altitude of the sun's centre at apparent sunrise/sunset: −(34′ refraction + 16′ semi-diameter) (SPA, NOAA). */
const SUNRISE_ALTITUDE = -0.8333;

/**
 * Sunrise and sunset (upper limb on a sea-level horizon with standard refraction, i.e. the sun's centre at
 * −0.8333° altitude, NOAA / SPA convention) and solar noon, in local standard decimal hours, for `dayOfYear`.
 * Each event is iterated (declination and equation of time re-evaluated at the event time) to ~1 s.
 * Polar day/night are reported as such, never as NaN.
 */
export function sunriseSunset(
  latitudeDeg: number,
  longitudeDeg: number,
  timeZoneHours: number,
  dayOfYear: number,
  opts?: Pick<SolarOptions, 'year'>,
): SunriseSunset {
  checkPlace(latitudeDeg, longitudeDeg, timeZoneHours);
  const year = checkDay(dayOfYear, opts);
  const jd0 = julianDayJan1(year) + (Math.floor(dayOfYear) - 1) - timeZoneHours / 24;
  const at = (t: number): SunCoordinates => sunCoordinates(jd0 + t / 24);
  const noonOf = (eqt: number): number => (720 - 4 * longitudeDeg - eqt + 60 * timeZoneHours) / 60;
  const phi = latitudeDeg * RAD;
  const cosH0 = (dec: number): number =>
    (Math.sin(SUNRISE_ALTITUDE * RAD) - Math.sin(phi) * Math.sin(dec * RAD)) /
    (Math.cos(phi) * Math.cos(dec * RAD));

  let solarNoon = 12;
  for (let k = 0; k < 3; k++) solarNoon = noonOf(at(solarNoon).equationOfTime);
  const cNoon = cosH0(at(solarNoon).declination);
  if (cNoon >= 1) return { kind: 'polarNight', solarNoon, dayLength: 0 };
  if (cNoon <= -1) return { kind: 'polarDay', solarNoon, dayLength: 24 };

  const event = (sign: -1 | 1): number => {
    let t = solarNoon + (sign * Math.acos(cNoon) * DEG) / 15;
    for (let k = 0; k < 4; k++) {
      const s = at(t);
      const c = Math.min(1, Math.max(-1, cosH0(s.declination)));
      t = noonOf(s.equationOfTime) + (sign * Math.acos(c) * DEG) / 15;
    }
    return t;
  };
  const sunrise = event(-1);
  const sunset = event(1);
  return { kind: 'normal', sunrise, sunset, solarNoon, dayLength: sunset - sunrise };
}

/** {@link SolarPosition} for an EPW hourly record, with the time it was evaluated at. */
export interface HourSolarPosition extends SolarPosition {
  /** Local standard time (h) the position was evaluated at. */
  readonly time: number;
  /** Fraction of the hour (0–1) between sunrise and sunset. */
  readonly sunlitFraction: number;
}

/**
 * Sun position representative of the EPW record `epwHour` (1–24: the hour ending at that local standard
 * time). Evaluated at the mid-hour h − 0.5; in the hours containing sunrise or sunset, at the middle of the
 * sunlit part of the hour instead (so an hour with measured irradiance does not get a sun below the
 * horizon; our choice, documented here). `sunlitFraction` is that part's length in hours.
 */
export function epwHourSolarPosition(
  latitudeDeg: number,
  longitudeDeg: number,
  timeZoneHours: number,
  dayOfYear: number,
  epwHour: number,
  opts?: SolarOptions,
): HourSolarPosition {
  if (!Number.isInteger(epwHour) || epwHour < 1 || epwHour > 24) {
    throw new InputError('epwHour', epwHour, 'an integer from 1 to 24 (the hour ending at that local time)');
  }
  const start = epwHour - 1;
  const end = epwHour;
  const ss = sunriseSunset(latitudeDeg, longitudeDeg, timeZoneHours, dayOfYear, opts);
  let time = epwHour - 0.5;
  let sunlitFraction: number;
  if (ss.kind === 'polarDay') sunlitFraction = 1;
  else if (ss.kind === 'polarNight') sunlitFraction = 0;
  else {
    const a = Math.max(start, ss.sunrise);
    const b = Math.min(end, ss.sunset);
    sunlitFraction = Math.max(0, b - a);
    if (sunlitFraction > 0) time = (a + b) / 2;
  }
  return {
    ...solarPosition(latitudeDeg, longitudeDeg, timeZoneHours, dayOfYear, time, opts),
    time,
    sunlitFraction,
  };
}

/** Sun geometry for every record of a weather year (see {@link weatherSolarGeometry}). Degrees. */
export interface WeatherSolarGeometry {
  /** Apparent zenith at the representative time of each hour. */
  readonly zenith: Float64Array;
  /** Azimuth clockwise from north. */
  readonly azimuth: Float64Array;
  /** Fraction of each hour between sunrise and sunset, 0–1. */
  readonly sunlitFraction: Float64Array;
}

/**
 * {@link epwHourSolarPosition} for every record of `w` at its own location (sunrise/sunset computed once per
 * day). The calendar year defaults to {@link DEFAULT_SOLAR_YEAR}, or 2024 for a leap-year file.
 */
export function weatherSolarGeometry(w: WeatherYear, opts?: SolarOptions): WeatherSolarGeometry {
  const { latitude, longitude, timeZone } = w.location;
  const o: SolarOptions = { ...opts, year: opts?.year ?? (w.leapYear ? 2024 : DEFAULT_SOLAR_YEAR) };
  const zenith = new Float64Array(w.length);
  const azimuth = new Float64Array(w.length);
  const sunlitFraction = new Float64Array(w.length);
  let day = -1;
  let events: SunriseSunset | undefined;
  for (let i = 0; i < w.length; i++) {
    const d = w.dayOfYear[i]!;
    if (d !== day) {
      day = d;
      events = sunriseSunset(latitude, longitude, timeZone, d, o);
    }
    const h = w.hour[i]!;
    let time = h - 0.5;
    let lit: number;
    if (events!.kind === 'polarDay') lit = 1;
    else if (events!.kind === 'polarNight') lit = 0;
    else {
      const a = Math.max(h - 1, events!.sunrise);
      const b = Math.min(h, events!.sunset);
      lit = Math.max(0, b - a);
      if (lit > 0) time = (a + b) / 2;
    }
    const p = solarPosition(latitude, longitude, timeZone, d, time, o);
    zenith[i] = p.zenith;
    azimuth[i] = p.azimuth;
    sunlitFraction[i] = lit;
  }
  return { zenith, azimuth, sunlitFraction };
}

/** Solar constant, W/m² (Kopp & Lean 2011, Geophys. Res. Lett. 38, L01706: 1360.8 ± 0.5 W/m²). */
export const SOLAR_CONSTANT = 1361;

/**
 * Extraterrestrial irradiance on a plane normal to the sun's rays, W/m²:
 * G_on = G_sc·(1.000110 + 0.034221·cos B + 0.001280·sin B + 0.000719·cos 2B + 0.000077·sin 2B),
 * B = (n − 1)·360°/365 (Spencer 1971; Duffie & Beckman, *Solar Engineering of Thermal Processes*, 4th ed.,
 * eq. 1.4.1b). Accuracy ~0.01 %.
 * @param dayOfYear n, 1–366.
 */
export function extraterrestrialNormal(dayOfYear: number, solarConstant = SOLAR_CONSTANT): number {
  requireFinite('dayOfYear', dayOfYear, 1, 366.999999);
  requireFinite('solarConstant', solarConstant, 1000, 1500, 'W/m²');
  const B = ((dayOfYear - 1) * 2 * Math.PI) / 365;
  return (
    solarConstant *
    (1.00011 +
      0.034221 * Math.cos(B) +
      0.00128 * Math.sin(B) +
      0.000719 * Math.cos(2 * B) +
      0.000077 * Math.sin(2 * B))
  );
}

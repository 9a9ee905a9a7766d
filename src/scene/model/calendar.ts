/**
 * Hours of the simulated year for the scene: calendar labels, the sun for an hour, the "coldest night" and
 * "summer afternoon" jumps and the snow cue.
 *
 * Convention (EPW, as the core): result hour i (0-based) is weather record i + 1, the hour *ending* at
 * (i mod 24) + 1 local standard time on day ⌊i / 24⌋ + 1 of a typical year (no daylight saving). The scene
 * shows it as the interval "02:00–03:00" and places the sun at its middle.
 */
import { solarPosition, toCelsius } from '../../core';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface HourInfo {
  /** 1 = 1 January. */
  dayOfYear: number;
  /** 1–12. */
  month: number;
  /** Day of month, 1–31. */
  day: number;
  /** Local standard time at the start of the hour, 0–23. */
  startHour: number;
}

/** Calendar position of result hour i (0-based); `leapYear` for an 8784-hour weather file. */
export function hourInfo(i: number, leapYear = false): HourInfo {
  if (!Number.isInteger(i) || i < 0) throw new RangeError(`hour = ${i} is not allowed: a whole number ≥ 0`);
  const dayOfYear = Math.floor(i / 24) + 1;
  let d = dayOfYear;
  let month = 1;
  for (let m = 0; m < 12; m++) {
    const dim = DAYS_IN_MONTH[m]! + (leapYear && m === 1 ? 1 : 0);
    if (d <= dim || m === 11) {
      month = m + 1;
      break;
    }
    d -= dim;
  }
  return { dayOfYear, month, day: d, startHour: i % 24 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "14 Jan" */
export function dateLabel(h: HourInfo): string {
  return `${h.day} ${MONTHS[h.month - 1]}`;
}

/** "02:00–03:00" */
export function timeLabel(h: HourInfo): string {
  return `${pad(h.startHour)}:00–${pad(h.startHour + 1)}:00`;
}

/** Month names for the time slider's ticks. */
export const MONTH_NAMES: readonly string[] = MONTHS;

/** First result hour of each month (non-leap year). */
export function monthStartHours(leapYear = false): number[] {
  const out: number[] = [];
  let day = 0;
  for (let m = 0; m < 12; m++) {
    out.push(day * 24);
    day += DAYS_IN_MONTH[m]! + (leapYear && m === 1 ? 1 : 0);
  }
  return out;
}

/**
 * Standard-time zone of a place from its longitude, round(longitude / 15°) hours (the nautical zone).
 * Our results do not carry the weather file's time zone yet; for Winnipeg (−97.1°) this gives −6, the
 * EPW's own value. Wrong for places whose legal zone is far from their nautical one (noted in the report).
 */
export function timeZoneFromLongitude(longitude: number): number {
  return Math.max(-12, Math.min(14, Math.round(longitude / 15)));
}

export interface SunState {
  /** Degrees above the horizon (apparent). */
  elevation: number;
  /** Degrees clockwise from north. */
  azimuth: number;
}

/** Sun at the middle of result hour i at a place (the core's NOAA/SPA `solarPosition`). */
export function sunForHour(latitude: number, longitude: number, i: number, leapYear = false): SunState {
  const h = hourInfo(i, leapYear);
  const p = solarPosition(
    latitude,
    longitude,
    timeZoneFromLongitude(longitude),
    h.dayOfYear,
    h.startHour + 0.5,
    {
      year: leapYear ? 2024 : undefined,
    },
  );
  return { elevation: p.elevation, azimuth: p.azimuth };
}

/**
 * Unit vector towards the sun in scene axes (x east, y up, z south): x = cos e·sin a, y = sin e,
 * z = −cos e·cos a (azimuth a clockwise from north, north = −z).
 */
export function sunDirection(
  sun: SunState,
  out: [number, number, number] = [0, 0, 0],
): [number, number, number] {
  const e = (sun.elevation * Math.PI) / 180;
  const a = (sun.azimuth * Math.PI) / 180;
  out[0] = Math.cos(e) * Math.sin(a);
  out[1] = Math.sin(e);
  out[2] = -Math.cos(e) * Math.cos(a);
  return out;
}

/** The coldest hour among night hours (isDay < 0.5), or the coldest hour overall if there is no night. */
export function coldestNight(outdoorT: ArrayLike<number>, isDay: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < outdoorT.length; i++) {
    if (isDay[i]! >= 0.5) continue;
    if (best < 0 || outdoorT[i]! < outdoorT[best]!) best = i;
  }
  if (best >= 0) return best;
  for (let i = 0; i < outdoorT.length; i++) if (best < 0 || outdoorT[i]! < outdoorT[best]!) best = i;
  return Math.max(0, best);
}

/**
 * The hottest afternoon hour (starting 13:00–16:00) between 1 June and 31 August; when the result does not
 * reach the summer (short preview runs), the hottest hour of what there is.
 */
export function summerAfternoon(outdoorT: ArrayLike<number>, leapYear = false): number {
  const starts = monthStartHours(leapYear);
  const from = starts[5]!;
  const to = starts[8]!; // 1 September
  let best = -1;
  for (let i = from; i < Math.min(to, outdoorT.length); i++) {
    const h = i % 24;
    if (h < 13 || h > 16) continue;
    if (best < 0 || outdoorT[i]! > outdoorT[best]!) best = i;
  }
  if (best >= 0) return best;
  for (let i = 0; i < outdoorT.length; i++) if (best < 0 || outdoorT[i]! > outdoorT[best]!) best = i;
  return Math.max(0, best);
}

/** Hours over which the snow cue averages the outdoor temperature. */
export const SNOW_WINDOW_HOURS = 72;

/**
 * Snow on the ground, 0–1: a visual cue only, not a snow model (the results carry no snow depth yet).
 * From the mean outdoor temperature over the preceding 72 h (fewer at the start of the year): full cover
 * at or below −2 °C, none at or above +0.5 °C, linear between — cold spells whiten the ground, a thaw
 * of a few days clears it.
 */
export function snowCover(outdoorT: ArrayLike<number>, i: number): number {
  const n = Math.min(SNOW_WINDOW_HOURS, i + 1);
  if (n <= 0 || i >= outdoorT.length) return 0;
  let sum = 0;
  for (let k = i - n + 1; k <= i; k++) sum += outdoorT[k]!;
  const meanC = toCelsius(sum / n);
  return Math.min(1, Math.max(0, (0.5 - meanC) / 2.5));
}

/**
 * Growing-season cue for the grass, 0 (dormant, brown) to 1 (green): the 72-h mean outdoor temperature
 * from 2 °C to 12 °C. Visual only.
 */
export function grassGreenness(outdoorT: ArrayLike<number>, i: number): number {
  const n = Math.min(SNOW_WINDOW_HOURS, i + 1);
  if (n <= 0 || i >= outdoorT.length) return 0.5;
  let sum = 0;
  for (let k = i - n + 1; k <= i; k++) sum += outdoorT[k]!;
  const meanC = toCelsius(sum / n);
  return Math.min(1, Math.max(0, (meanC - 2) / 10));
}

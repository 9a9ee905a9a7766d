/**
 * Timestamps of measured data → the site's local standard time, the clock of the weather file (EPW
 * header field "TimeZone" is the site's standard-time offset from UTC in hours; EnergyPlus Auxiliary
 * Programs, "Weather Converter Program", EPW header LOCATION).
 *
 * Accepted forms (ISO 8601-1:2019 extended format, and the space-separated form loggers write):
 *   2025-01-31T14:05:00Z, 2025-01-31T14:05+01:00, 2025-01-31T14:05:00.250-0600  (absolute: offset given)
 *   2025-01-31T14:05, 2025-01-31 14:05, 2025-01-31 14:05:30, 2025/01/31 14:05      (local clock time)
 *   01-31T14:00                                                                    (our hourly export: no year)
 *
 * Local clock time is standard time unless a named IANA zone is given (`--tz America/Winnipeg`): then its
 * daylight-saving rules come from the runtime's time-zone database through `Intl.DateTimeFormat` (ECMA-402),
 * available in Node and browsers. In the autumn's repeated hour the first reading is taken as daylight
 * time and a later reading that would go back in time as standard time.
 *
 * Times are handled as "local standard milliseconds" (lsms): the instant plus the standard offset, so that
 * `new Date(lsms).getUTC…()` reads the local standard clock.
 */
import { InputError } from '../errors';

export interface ParsedStamp {
  /** Local standard time in ms (see module note); NaN never. */
  lsms: number;
  /** Whether the text had a year (our hourly export's `MM-DDThh:mm` has none). */
  hasYear: boolean;
}

const HOUR_MS = 3_600_000;
const STAMP =
  /^(?:(\d{4})[-/])?(\d{2})[-/](\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
/** Year used for stamps without one: a non-leap year, as typical-year weather files are. */
const NO_YEAR = 2001;

/** Offsets of a named zone at instants, through Intl (cached formatter). */
export class ZoneClock {
  private readonly fmt: Intl.DateTimeFormat;
  constructor(readonly zone: string) {
    try {
      this.fmt = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new InputError('--tz', zone, 'an IANA time zone name such as "America/Winnipeg"');
    }
  }
  /** UTC offset of the zone at `instant` (ms since epoch), ms. */
  offsetAt(instant: number): number {
    const p: Record<string, number> = {};
    for (const part of this.fmt.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') p[part.type] = Number(part.value);
    }
    const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
    return wall - Math.floor(instant / 1000) * 1000;
  }
}

export interface StampContext {
  /** Standard-time offset of the site from UTC, hours (EPW header). */
  standardOffsetHours: number;
  /** Daylight-saving rules for local clock stamps (undefined: local stamps are standard time). */
  zone?: ZoneClock;
  /** The previous absolute instant (for the autumn's repeated hour); updated by parseStamp. */
  lastInstant?: number;
}

/**
 * Parse one timestamp. `where` names it in errors (e.g. `line 12, column "time"`).
 * Returns local standard milliseconds.
 */
export function parseStamp(text: string, ctx: StampContext, where: string): ParsedStamp {
  const t = text.trim();
  const m = t.length <= 40 ? STAMP.exec(t) : null;
  if (!m) {
    throw new InputError(
      where,
      t.slice(0, 40),
      'a timestamp such as 2025-01-31T14:00, 2025-01-31 14:00, 2025-01-31T14:00-06:00 or 2025-01-31T20:00Z',
    );
  }
  const hasYear = m[1] !== undefined;
  const year = hasYear ? Number(m[1]) : NO_YEAR;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const back = new Date(wall);
  if (
    year < 1900 ||
    year > 2200 ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 60
  ) {
    throw new InputError(
      where,
      t,
      'a real calendar date and time (month 1–12, day of that month, hh:mm ≤ 23:59)',
    );
  }
  const std = ctx.standardOffsetHours * HOUR_MS;
  let instant: number;
  if (m[8] !== undefined) {
    instant = wall - offsetMs(m[8]);
  } else if (ctx.zone) {
    instant = localToInstant(wall, ctx.zone, std, ctx.lastInstant);
  } else {
    instant = wall - std;
  }
  ctx.lastInstant = instant;
  return { lsms: instant + std, hasYear };
}

function offsetMs(z: string): number {
  if (z === 'Z') return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  const h = Number(digits.slice(0, 2));
  const min = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (h * 60 + min) * 60_000;
}

/**
 * The instant of a local wall-clock time in a zone with DST. Candidate offsets are the zone's offsets a day
 * before, at and a day after the time; a candidate is consistent when the zone has that offset at the
 * resulting instant. In the repeated autumn hour two are: the earlier is taken unless it would not come
 * after the previous reading. A time in the spring gap (none consistent) is read with the offset before
 * the change (02:30 → 03:30 daylight time).
 */
function localToInstant(wall: number, zone: ZoneClock, std: number, last: number | undefined): number {
  const guess = wall - std;
  const before = zone.offsetAt(guess - 24 * HOUR_MS);
  const offsets = [before, zone.offsetAt(guess), zone.offsetAt(guess + 24 * HOUR_MS)];
  const consistent = [...new Set(offsets)]
    .map((off) => wall - off)
    .filter((t) => offsets.includes(wall - t) && zone.offsetAt(t) === wall - t)
    .sort((a, b) => a - b);
  if (consistent.length === 0) return wall - before;
  if (last !== undefined) {
    const next = consistent.find((t) => t > last);
    if (next !== undefined) return next;
  }
  return consistent[0]!;
}

/** Local standard calendar fields of lsms. */
export function standardFields(lsms: number): { year: number; month: number; day: number; hour: number } {
  const d = new Date(lsms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours() };
}

export { HOUR_MS };

/**
 * Strict EPW reading (EnergyPlus Auxiliary Programs, "EnergyPlus Weather File (EPW) Data Dictionary"):
 * a full year of consecutive hourly records, every value a plain decimal within the dictionary's range or
 * the field's missing code; short gaps (≤ 6 h) are interpolated later, longer ones are refused. Every error
 * names the file, the line and the field.
 */
import { InputError } from '../errors';
import type { ColumnSpec } from './epwSpec';

export interface EpwOptions {
  /**
   * Accept a file that is not a whole year (8 760 or 8 784 hourly records), e.g. a measured period. The
   * caller then owns saying that results cover only these hours (the economics annualise them).
   */
  allowPartialYear?: boolean;
}

/** Longest run of missing hours that is interpolated (longer gaps are refused). */
export const MAX_GAP_HOURS = 6;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,3})?\s*$/;

/**
 * The record's date follows the previous one: same day with the next hour, or hour 24 → hour 1 of the next
 * day (29 February optional, never past 31 December).
 */
export function checkRecordDate(
  where: string,
  lineNo: number,
  prev: { mo: number; dd: number; hh: number } | undefined,
  mo: number,
  dd: number,
  hh: number,
): void {
  if (!prev) return;
  const bad = (field: string, value: number, allowed: string) => {
    throw new InputError(`${where} line ${lineNo}, field ${field}`, value, allowed);
  };
  if (prev.hh < 24) {
    if (hh !== prev.hh + 1) bad('Hour', hh, `${prev.hh + 1} (hourly records follow each other without gaps)`);
    if (mo !== prev.mo || dd !== prev.dd)
      bad('Day', dd, `${prev.mo}/${prev.dd} (the same day as the previous record, hour ${prev.hh})`);
    return;
  }
  if (hh !== 1) bad('Hour', hh, '1 (the previous record was hour 24)');
  const lastDay = DAYS_IN_MONTH[prev.mo - 1]!;
  const sameMonthNext = prev.dd < lastDay && mo === prev.mo && dd === prev.dd + 1;
  const skipLeap = prev.mo === 2 && prev.dd === 28 && mo === 3 && dd === 1;
  const nextMonth = (prev.dd === lastDay || skipLeap) && mo === prev.mo + 1 && dd === 1;
  if (!(sameMonthNext || nextMonth || skipLeap))
    bad('Day', dd, `the day after ${prev.mo}/${prev.dd} (records in date order, no day missing or repeated)`);
}

/** A whole year: 8 760 records (8 784 with 29 February) from 1 January hour 1 to 31 December hour 24. */
export function checkYearLength(
  where: string,
  n: number,
  leap: boolean,
  first: { mo: number; dd: number; hh: number },
  opts: EpwOptions,
): void {
  if (n > 8784)
    throw new InputError(`${where} data`, `${n} hourly records`, 'at most one year (8 784 hourly records)');
  if (opts.allowPartialYear) return;
  const expected = leap ? 8784 : 8760;
  if (n !== expected || first.mo !== 1 || first.dd !== 1 || first.hh !== 1) {
    throw new InputError(
      `${where} data`,
      `${n} hourly records from ${first.mo}/${first.dd} hour ${first.hh}`,
      `a whole year: ${expected} hourly records from 1/1 hour 1 to 12/31 hour 24 (a shorter period must be asked for explicitly, and its results cover only those hours)`,
    );
  }
}

/**
 * A field's value: NaN (empty field), the missing code, or a plain decimal within the valid range. Returns the
 * number; throws naming the line and field otherwise. `v` is the fast-parsed value (NOT_DECIMAL = Infinity
 * when the fast parser gave up and `text` decides).
 */
export function checkValue(
  where: string,
  lineNo: number,
  s: ColumnSpec,
  v: number,
  text: () => string,
): number {
  let x = v;
  if (x === Number.POSITIVE_INFINITY) {
    const t = text();
    if (t.trim() === '') return Number.NaN;
    if (!DECIMAL.test(t))
      throw new InputError(
        `${where} line ${lineNo}, field ${s.name}`,
        t,
        'a plain decimal number, e.g. -12.5',
      );
    x = Number(t);
  }
  if (Number.isNaN(x) || x === s.missingAtOrAbove) return x;
  const inRange = s.exclusive ? x > s.min && x < s.max : x >= s.min && x <= s.max;
  if (!inRange) {
    const open = s.exclusive ? ['above', 'below'] : ['from', 'to'];
    throw new InputError(
      `${where} line ${lineNo}, field ${s.name}`,
      x,
      `${open[0]} ${s.min} ${open[1]} ${s.max}, or the missing code ${s.missingAtOrAbove} (EPW Data Dictionary)`,
    );
  }
  return x;
}

/** No run of more than MAX_GAP_HOURS missing values in a column the twin needs; returns how many are missing. */
export function checkGaps(where: string, firstLine: number, s: ColumnSpec, v: Float64Array): number {
  let run = 0;
  let missing = 0;
  for (let i = 0; i <= v.length; i++) {
    const gap = i < v.length && (Number.isNaN(v[i]!) || v[i] === s.missingAtOrAbove);
    if (gap) {
      run++;
      missing++;
      continue;
    }
    if (run > MAX_GAP_HOURS && run < v.length) {
      throw new InputError(
        `${where} lines ${firstLine + i - run}–${firstLine + i - 1}, field ${s.name}`,
        `${run} consecutive hours missing`,
        `gaps of at most ${MAX_GAP_HOURS} hours (they are interpolated); fill longer gaps from another source`,
      );
    }
    run = 0;
  }
  return missing;
}

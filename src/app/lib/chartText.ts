/**
 * Small pure helpers for the charts and the weather upload: day-month dates of the typical year, a CSV of
 * plotted series, and a heating design temperature estimated from an EPW file's hourly dry bulbs.
 */
import { MONTHS } from './aggregate';

/** "15 Jan" (day then month, as in Canada and most of the world; never the US "1/15"). */
export function dayMonth(month: number, day: number): string {
  return `${day} ${MONTHS[month - 1] ?? '?'}`;
}

/** "15 Jan 06:00" for a Date built in UTC (the charts' typical-year clock). */
export function dayMonthTime(d: Date, withTime = true): string {
  const dm = dayMonth(d.getUTCMonth() + 1, d.getUTCDate());
  if (!withTime) return dm;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${dm} ${hh}:${mm}`;
}

/** Tick labels of a typical-year time axis (unix seconds): months on month starts, else day-month. */
export function typicalYearTicks(values: number[], spanDays: number): string[] {
  return values.map((v) => {
    const d = new Date(v * 1000);
    if (spanDays > 60 && d.getUTCDate() === 1) return MONTHS[d.getUTCMonth()]!;
    if (spanDays < 3) return dayMonthTime(d);
    return dayMonth(d.getUTCMonth() + 1, d.getUTCDate());
  });
}

function csvCell(x: unknown): string {
  if (typeof x === 'number') return Number.isFinite(x) ? String(x) : '';
  const s = String(x ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV (header row, then one row per index) of equal-length columns; strings are quoted when needed. */
export function seriesCsv(headers: string[], columns: ArrayLike<unknown>[]): string {
  const n = Math.max(0, ...columns.map((c) => c.length));
  const rows = [headers.map(csvCell).join(',')];
  for (let i = 0; i < n; i++) rows.push(columns.map((c) => csvCell(c[i])).join(','));
  return `${rows.join('\n')}\n`;
}

/**
 * The p-th percentile (0–100) of `values`, linear between order statistics (rank p/100 · (n − 1), as
 * Excel's PERCENTILE.INC and numpy's default); NaN for no values.
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  const s = Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const r = (p / 100) * (s.length - 1);
  const lo = Math.floor(r);
  const hi = Math.min(s.length - 1, lo + 1);
  return s[lo]! + (r - lo) * (s[hi]! - s[lo]!);
}

/** The hourly dry-bulb temperatures (°C, column 7) of an EPW text; 99.9 (missing) is skipped. */
export function epwDryBulbs(text: string): number[] {
  const out: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 8; i < lines.length; i++) {
    const f = lines[i]!.split(',');
    if (f.length < 7) continue;
    const t = Number(f[6]);
    if (Number.isFinite(t) && t < 99) out.push(t);
  }
  return out;
}

/**
 * Heating design temperature estimated from a year of hourly dry bulbs (°C): the 0.4th percentile (the
 * temperature the coldest 0.4 % of hours are at or below, the definition of ASHRAE's 99.6 % heating design
 * dry bulb, from one year instead of many), rounded to 0.5 K.
 */
export function designFromHours(dryBulbs: ArrayLike<number>): number {
  return Math.round(percentile(dryBulbs, 0.4) * 2) / 2;
}

/** "Winnipeg.The.Forks, MB, CAN" → "Winnipeg The Forks, MB, CAN" (EPW names use dots or underscores). */
export function siteNameOf(location: string): string {
  return location.replace(/[._]+/g, ' ').replace(/\s+/g, ' ').trim();
}

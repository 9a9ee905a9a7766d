/**
 * The crop's leaf area through the year: a tomato crop is planted young (LAI ≈ 0.2) and grows for two to
 * three months before it is kept at its working leaf area by de-leafing (Heuvelink 2018, *Tomatoes*, ch. 5;
 * GreenLight's crop: planted LAI 0.12–0.2, pruned at LAI_max = 3, Katzin 2021 §4.2). The leaf area drives
 * transpiration, whose latent heat ends up largely on the cover, so a young crop needs markedly less heat
 * (≈ 20 % in a Winnipeg January).
 *
 * A schedule is a list of (month-day, LAI) points in calendar order: linear between points, flat before the
 * first and after the last. Days count in a 365-day year (29 February takes 1 March's day).
 */
import { InputError } from '../errors';

/** One point of a leaf-area schedule: `day` is 0 for 1 January … 364 for 31 December. */
export interface LeafAreaPoint {
  readonly day: number;
  readonly lai: number;
}

const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day of a 365-day year (0 = 1 January) of month 1–12 and day 1–31. */
export function dayOfYear(month: number, day: number): number {
  return Math.min(MONTH_START[month - 1]! + day - 1, 364);
}

/** "MM-DD" → day of a 365-day year, or an InputError naming `field` with the accepted form. */
export function parseMonthDay(field: string, text: string): number {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  const month = m ? Number(m[1]) : 0;
  const day = m ? Number(m[2]) : 0;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]!))
    throw new InputError(field, text, 'a calendar date as "MM-DD", e.g. "03-15"');
  return dayOfYear(month, day);
}

/**
 * Points of a schedule given as {date: "MM-DD", lai}; dates must rise strictly (one point per day).
 * Errors name the point (`field.i.date`) and what is allowed.
 */
export function leafAreaSchedule(
  field: string,
  points: readonly { readonly date: string; readonly lai: number }[],
): LeafAreaPoint[] {
  const out: LeafAreaPoint[] = [];
  points.forEach((p, i) => {
    const day = parseMonthDay(`${field}.${i}.date`, p.date);
    const prev = out[i - 1];
    if (prev && day <= prev.day)
      throw new InputError(
        `${field}.${i}.date`,
        p.date,
        `a date after ${points[i - 1]!.date} (points in calendar order)`,
      );
    out.push({ day, lai: p.lai });
  });
  return out;
}

/** Leaf area on `day` (0–364): linear between the schedule's points, flat beyond its ends. */
export function leafAreaAt(points: readonly LeafAreaPoint[], day: number): number {
  const first = points[0]!;
  if (day <= first.day) return first.lai;
  for (let i = 1; i < points.length; i++) {
    const b = points[i]!;
    if (day <= b.day) {
      const a = points[i - 1]!;
      return a.lai + ((b.lai - a.lai) * (day - a.day)) / (b.day - a.day);
    }
  }
  return points[points.length - 1]!.lai;
}

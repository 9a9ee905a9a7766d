/** Calendar helpers for hourly weather records (EPW hour 1–24 = hour ending at that time). */

export const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Month/day/hour arrays of `length` consecutive hourly records starting at `start`. */
export function calendarSequence(
  length: number,
  leapYear: boolean,
  start: { month: number; day: number; hour: number },
): { month: Float64Array; day: Float64Array; hour: Float64Array } {
  const month = new Float64Array(length);
  const day = new Float64Array(length);
  const hour = new Float64Array(length);
  let [m, d, h] = [start.month, start.day, start.hour];
  for (let i = 0; i < length; i++) {
    month[i] = m;
    day[i] = d;
    hour[i] = h;
    if (++h > 24) {
      h = 1;
      const dim = DAYS_IN_MONTH[m - 1]! + (leapYear && m === 2 ? 1 : 0);
      if (++d > dim) {
        d = 1;
        m = m === 12 ? 1 : m + 1;
      }
    }
  }
  return { month, day, hour };
}

/**
 * The leaf-area schedule's edges: dates that are not "MM-DD" calendar days (anchored, month 1–12, each month's own
 * last day), points on the same day, the value at and between the points of a three-point schedule (by hand).
 */
import { describe, expect, it } from 'vitest';
import { leafAreaAt, leafAreaSchedule, parseMonthDay } from '../../../src/core/greenhouse/leafArea';
import { refused } from '../refused';

describe('leaf-area dates and schedule edges', () => {
  it.each(['x03-15', '03-15x', '00-10', '13-01', '01-00', '01-32', '04-31', '02-30', '03/15', ''])(
    'refuses "%s"',
    (text) => {
      const e = refused(() => parseMonthDay('g.0.date', text));
      expect(e.field).toBe('g.0.date');
      expect(e.allowed).toBe('a calendar date as "MM-DD", e.g. "03-15"');
    },
  );

  it.each([
    ['01-31', 30],
    ['02-28', 58],
    ['02-29', 59],
    ['04-30', 119],
    ['12-01', 334],
  ])('accepts "%s" as day %i', (text, day) => {
    expect(parseMonthDay('d', text)).toBe(day);
  });

  it('two points on the same day are refused, naming the second and the first one’s date', () => {
    const e = refused(() =>
      leafAreaSchedule('greenhouse.leafAreaSchedule', [
        { date: '01-10', lai: 1 },
        { date: '01-10', lai: 2 },
      ]),
    );
    expect(e.field).toBe('greenhouse.leafAreaSchedule.1.date');
    expect(e.allowed).toBe('a date after 01-10 (points in calendar order)');
    // a bad date in the second point names that point
    const f = refused(() =>
      leafAreaSchedule('s', [
        { date: '01-10', lai: 1 },
        { date: '1-11', lai: 2 },
      ]),
    );
    expect(f.field).toBe('s.1.date');
  });

  it('three points: flat before and after, linear in each interval, exact at the points', () => {
    // days 10, 40, 100 with LAI 0.5, 2, 1
    const pts = leafAreaSchedule('s', [
      { date: '01-11', lai: 0.5 },
      { date: '02-10', lai: 2 },
      { date: '04-11', lai: 1 },
    ]);
    expect(pts.map((p) => p.day)).toEqual([10, 40, 100]);
    expect(leafAreaAt(pts, 5)).toBe(0.5);
    expect(leafAreaAt(pts, 10)).toBe(0.5);
    expect(leafAreaAt(pts, 20)).toBeCloseTo(0.5 + (1.5 * 10) / 30, 12);
    expect(leafAreaAt(pts, 40)).toBe(2);
    expect(leafAreaAt(pts, 70)).toBeCloseTo(2 - (1 * 30) / 60, 12);
    expect(leafAreaAt(pts, 100)).toBe(1);
    expect(leafAreaAt(pts, 300)).toBe(1);
  });
});

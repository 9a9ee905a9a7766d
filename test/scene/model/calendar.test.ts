import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coldestNight,
  dateLabel,
  hourInfo,
  monthStartHours,
  snowCover,
  summerAfternoon,
  sunDirection,
  sunForHour,
  timeLabel,
  timeZoneFromLongitude,
} from '../../../src/scene/model/calendar';

describe('calendar of result hours (EPW convention: record i + 1 ends at (i mod 24) + 1 h)', () => {
  it('places hours on the calendar', () => {
    expect(hourInfo(0)).toEqual({ dayOfYear: 1, month: 1, day: 1, startHour: 0 });
    expect(hourInfo(8759)).toEqual({ dayOfYear: 365, month: 12, day: 31, startHour: 23 });
    // Day 60 = 1 March in a 365-day year (31 + 28 = 59 days before it), 29 February in a leap year.
    expect(hourInfo(59 * 24 + 5)).toMatchObject({ month: 3, day: 1, startHour: 5 });
    expect(hourInfo(59 * 24 + 5, true)).toMatchObject({ month: 2, day: 29 });
    expect(dateLabel(hourInfo(18 * 24))).toBe('19 Jan');
    expect(timeLabel(hourInfo(19))).toBe('19:00–20:00');
    expect(timeLabel(hourInfo(23))).toBe('23:00–24:00');
    expect(() => hourInfo(-1)).toThrow(/hour = -1/);
  });
  it('month starts: 31 × 24 = 744, + 28 × 24 = 1416, …, 1 Dec = 334 × 24 = 8016', () => {
    const m = monthStartHours();
    expect(m[0]).toBe(0);
    expect(m[1]).toBe(744);
    expect(m[2]).toBe(1416);
    expect(m[11]).toBe(8016);
    expect(monthStartHours(true)[2]).toBe(1440);
  });
  it('every hour of the year maps to a valid date, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8758 }), (i) => {
        const a = hourInfo(i);
        const b = hourInfo(i + 1);
        return a.day >= 1 && a.day <= 31 && (b.dayOfYear > a.dayOfYear || b.startHour === a.startHour + 1);
      }),
    );
  });
});

describe('sun', () => {
  it('time zone from longitude: Winnipeg −97.13° → −6 h (the EPW header says −6.0)', () => {
    expect(timeZoneFromLongitude(-97.1295)).toBe(-6);
    expect(timeZoneFromLongitude(2.35)).toBe(0);
  });
  it('noon elevation at the June solstice ≈ 90° − latitude + 23.44° (hand calculation)', () => {
    // Winnipeg 49.888° N: 90 − 49.888 + 23.44 = 63.55°. Solar noon ≈ 12:29 local standard time
    // (12 h − (−97.13° + 90°)/15°·h + EoT ≈ −1.7 min), so the 12:00–13:00 hour's middle is within a few
    // minutes of it. Day 172 = 21 June.
    const sun = sunForHour(49.8883, -97.1295, 171 * 24 + 12);
    expect(sun.elevation).toBeGreaterThan(63.2);
    expect(sun.elevation).toBeLessThan(63.9);
    expect(Math.abs(sun.azimuth - 180)).toBeLessThan(3);
    // Midnight in winter: far below the horizon (−90° + 49.9° + 23.4° ≈ −63°).
    expect(sunForHour(49.8883, -97.1295, 0).elevation).toBeLessThan(-55);
  });
  it('direction vector: x east, y up, z south', () => {
    const d = (e: number, a: number) =>
      sunDirection({ elevation: e, azimuth: a }).map((x) => +x.toFixed(9) + 0);
    expect(d(90, 0)).toEqual([0, 1, 0]);
    expect(d(0, 90)).toEqual([1, 0, 0]);
    expect(d(0, 180)).toEqual([0, 0, 1]);
    expect(d(0, 0)).toEqual([0, 0, -1]);
  });
});

describe('jumps', () => {
  it('coldest night skips colder day hours', () => {
    const T = [260, 250, 255, 258];
    const isDay = [0, 1, 0, 0];
    expect(coldestNight(T, isDay)).toBe(2);
    expect(coldestNight([270, 265], [1, 1])).toBe(1);
  });
  it('summer afternoon: hottest hour starting 13:00–16:00 in June–August', () => {
    const T = new Float64Array(8760).fill(280);
    const jun30at15 = (151 + 29) * 24 + 15; // 1 June is day 152 (index 151)
    T[jun30at15] = 305;
    T[(151 + 30) * 24 + 3] = 310; // hotter, but at night
    T[100 * 24 + 14] = 320; // hotter, but in April
    expect(summerAfternoon(T)).toBe(jun30at15);
    // Short result without summer: the hottest hour there is.
    expect(summerAfternoon([270, 290, 280])).toBe(1);
  });
});

describe('snow cue', () => {
  it('full below −2 °C, none above +0.5 °C, linear between (72-h mean)', () => {
    const at = (c: number) => snowCover(new Float64Array(100).fill(273.15 + c), 99);
    expect(at(-10)).toBe(1);
    expect(at(5)).toBe(0);
    expect(at(-0.75)).toBeCloseTo(0.5, 12); // (0.5 − (−0.75)) / 2.5
  });
  it('averages only the preceding 72 h', () => {
    const T = new Float64Array(200).fill(273.15 - 20);
    for (let i = 128; i < 200; i++) T[i] = 273.15 + 10; // last 72 h warm
    expect(snowCover(T, 199)).toBe(0);
    expect(snowCover(T, 127)).toBe(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atTime, hourMeanAt } from '../../../src/core/weather/subHourly';

describe('weather between hourly rows', () => {
  it('a value at a time: the row at the hour end, linear between (2 °C → 6 °C: 3 °C a quarter through)', () => {
    const t = Float64Array.of(275.15, 279.15);
    expect(atTime(t, 0, 1, 0)).toBe(275.15);
    expect(atTime(t, 0, 1, 1)).toBe(279.15);
    expect(atTime(t, 0, 1, 0.25)).toBeCloseTo(276.15, 12);
  });

  it('an hour mean: its own value at the middle of the hour, linear to the middles of the hours beside it', () => {
    const g = Float64Array.of(0, 100, 300, 0);
    expect(hourMeanAt(g, 1, 0.5)).toBe(100);
    // a quarter through hour 1 lies between the middles of hours 0 (0 W/m²) and 1 (100 W/m²), three quarters on
    expect(hourMeanAt(g, 1, 0.25)).toBeCloseTo(75, 12);
    // three quarters through: a quarter of the way from hour 1's middle (100) to hour 2's (300)
    expect(hourMeanAt(g, 1, 0.75)).toBeCloseTo(150, 12);
    // continuous across the clock hour: the end of hour 1 and the start of hour 2 both read the halfway 200
    expect(hourMeanAt(g, 1, 1)).toBeCloseTo(200, 12);
    expect(hourMeanAt(g, 2, 0)).toBeCloseTo(200, 12);
  });

  it('the year wraps round: the first hour leans on the last, the last on the first', () => {
    const g = Float64Array.of(40, 0, 0, 80);
    expect(hourMeanAt(g, 0, 0)).toBeCloseTo(60, 12);
    expect(hourMeanAt(g, 3, 1)).toBeCloseTo(60, 12);
  });

  it('sub-steps of a whole periodic year keep its energy and never go below the smallest mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1200, noNaN: true }), { minLength: 2, maxLength: 60 }),
        fc.constantFrom(1, 2, 4, 6, 12),
        (rows, n) => {
          const g = Float64Array.from(rows);
          let sum = 0;
          let min = Infinity;
          for (let h = 0; h < g.length; h++) {
            for (let k = 0; k < n; k++) {
              const x = hourMeanAt(g, h, (k + 0.5) / n);
              sum += x / n;
              min = Math.min(min, x);
            }
          }
          const total = rows.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-9 * Math.max(1, total));
          expect(min).toBeGreaterThanOrEqual(Math.min(...rows));
        },
      ),
      { seed: 20261206, numRuns: 300 },
    );
  });
});

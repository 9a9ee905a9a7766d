import { describe, expect, it } from 'vitest';
import { parseEpw } from '../../../src/core/weather/epw';
import { dailyMeans, heatingDegreeDays, irradiation, mean } from '../../../src/core/weather/stats';
import { F, makeEpw, makeRecords } from './epwFixture';

describe('weather statistics', () => {
  // Three days: day 1 hours alternate 8 and 12 °C (mean 10), day 2 constant 20 °C, day 3 constant 17 °C.
  const w = parseEpw(
    makeEpw(
      makeRecords(72, (f, i) => {
        f[F.dryBulb] = i < 24 ? (i % 2 ? '12.0' : '8.0') : i < 48 ? '20.0' : '17.0';
        f[F.globalHorizontal] = i % 24 === 12 ? '500' : '0';
      }),
    ),
    'three-days.epw',
    { allowPartialYear: true },
  );

  it('groups hours into calendar days', () => {
    expect(Array.from(dailyMeans(w, w.dryBulb), (t) => +(t - 273.15).toFixed(9))).toEqual([10, 20, 17]);
    expect(() => dailyMeans(w, new Float64Array(3))).toThrow(/values.length/);
  });

  it('sums heating degree-days from daily means (hand calculation)', () => {
    // Base 18 °C: (18 − 10) + 0 + (18 − 17) = 9 K·day.
    expect(heatingDegreeDays(w)).toBeCloseTo(9, 9);
    // Base 15 °C: 5 + 0 + 0 = 5 K·day.
    expect(heatingDegreeDays(w, 288.15)).toBeCloseTo(5, 9);
    expect(() => heatingDegreeDays(w, 18)).toThrow(/base/);
  });

  it('gives means and irradiation in SI', () => {
    expect(mean(w.dryBulb) - 273.15).toBeCloseTo((10 + 20 + 17) / 3, 9);
    // Three hours of 500 W/m² = 3 × 500 × 3600 J/m² = 5.4 MJ/m².
    expect(irradiation(w.globalHorizontal)).toBeCloseTo(5.4e6, 6);
    expect(() => mean(new Float64Array(0))).toThrow(/at least one/);
  });
});

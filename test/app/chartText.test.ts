import { describe, expect, it } from 'vitest';
import {
  dayMonth,
  dayMonthTime,
  designFromHours,
  epwDryBulbs,
  percentile,
  seriesCsv,
  siteNameOf,
  typicalYearTicks,
} from '../../src/app/lib/chartText';

describe('design temperature from the hours', () => {
  it('is the 0.4th percentile, linear between order statistics', () => {
    // 0..250 (251 values): rank 0.004 × 250 = 1.0 → the second-smallest value, exactly.
    const v = Array.from({ length: 251 }, (_, i) => i);
    expect(percentile(v, 0.4)).toBe(1);
    // Rank 0.5 × 3 = 1.5 between 20 and 30.
    expect(percentile([40, 10, 30, 20], 50)).toBe(25);
  });

  it('on a hand-checked year: 8760 hours, 40 of them cold', () => {
    // 20 hours at −35 °C, 20 at −31.3 °C, the rest at 5 °C. Rank 0.004 × 8759 = 35.036: the 36th and
    // 37th coldest values are both −31.3 °C → −31.3, rounded to 0.5 K → −31.5.
    const hours = [...Array(20).fill(-35), ...Array(20).fill(-31.3), ...Array(8720).fill(5)];
    expect(percentile(hours, 0.4)).toBeCloseTo(-31.3, 10);
    expect(designFromHours(hours)).toBe(-31.5);
  });

  it('reads the dry bulb column of an EPW and skips missing (99.9) values', () => {
    const header = Array.from({ length: 8 }, (_, i) => `HEADER${i}`).join('\n');
    const row = (t: string) => `2023,1,1,1,60,x,${t},-20,80`;
    expect(epwDryBulbs(`${header}\n${row('-12.5')}\n${row('99.9')}\n${row('3')}\n`)).toEqual([-12.5, 3]);
  });

  it('tidies EPW place names', () => {
    expect(siteNameOf('Winnipeg.The.Forks, MB, CAN')).toBe('Winnipeg The Forks, MB, CAN');
  });
});

describe('typical-year dates', () => {
  it('are day then month, never the US month/day', () => {
    expect(dayMonth(1, 15)).toBe('15 Jan');
    expect(dayMonthTime(new Date(Date.UTC(2023, 0, 15, 6, 30)))).toBe('15 Jan 06:30');
    expect(dayMonthTime(new Date(Date.UTC(2023, 11, 3)), false)).toBe('3 Dec');
  });

  it('label ticks without a year: months over a long span, day-month over weeks, with hours over a day', () => {
    const t = (m: number, d: number, h = 0) => Date.UTC(2023, m - 1, d, h) / 1000;
    expect(typicalYearTicks([t(1, 1), t(2, 1), t(3, 1)], 365)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(typicalYearTicks([t(1, 8), t(1, 15)], 30)).toEqual(['8 Jan', '15 Jan']);
    expect(typicalYearTicks([t(1, 8, 6)], 1)).toEqual(['8 Jan 06:00']);
    expect(typicalYearTicks([t(1, 8), t(6, 1)], 365).join(' ')).not.toMatch(/2023|\d+\/\d+/);
  });
});

describe('CSV of the plotted series', () => {
  it('writes a header and one row per index, quoting text that needs it', () => {
    const csv = seriesCsv(
      ['month', 'heat (MWh)', 'note'],
      [
        ['Jan', 'Feb'],
        [1.5, Number.NaN],
        ['a, b', 'say "hi"'],
      ],
    );
    expect(csv).toBe('month,heat (MWh),note\nJan,1.5,"a, b"\nFeb,,"say ""hi"""\n');
  });

  it('takes typed arrays', () => {
    expect(seriesCsv(['x', 'y'], [Float64Array.of(1, 2), Float64Array.of(3, 4)])).toBe('x,y\n1,3\n2,4\n');
  });
});

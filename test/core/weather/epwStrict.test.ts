import { describe, expect, it } from 'vitest';
import { parseEpw } from '../../../src/core/weather/epw';
import { refused } from '../refused';
import { F, makeEpw, makeRecords } from './epwFixture';

const thrown = refused;

const year = (edit?: (f: string[], i: number) => void) => makeRecords(8760, edit);
// The fixture header has 8 lines: record i (0-based) is on line 9 + i.
const lineOf = (i: number) => 9 + i;

describe('strict EPW reading (EPW Data Dictionary; issue 11)', () => {
  it('accepts a whole year, with a UTF-8 byte-order mark', () => {
    expect(parseEpw(`\uFEFF${makeEpw(year())}`, 'y.epw').length).toBe(8760);
  });

  it.each([1, 100, 8759])('refuses %i records unless a partial period is asked for', (n) => {
    const text = makeEpw(makeRecords(n));
    expect(thrown(() => parseEpw(text, 'p.epw')).message).toMatch(/a whole year: 8760 hourly records/);
    expect(parseEpw(text, 'p.epw', { allowPartialYear: true }).length).toBe(n);
  });

  it('refuses 8 761 and 17 520 records (past 31 December or more than a year)', () => {
    const over = makeRecords(8761, undefined);
    expect(thrown(() => parseEpw(makeEpw(over), 'o.epw')).field).toMatch(/o\.epw line|o\.epw data/);
    const two = [...makeRecords(8760), ...makeRecords(8760)];
    expect(thrown(() => parseEpw(makeEpw(two), 't.epw', { allowPartialYear: true })).field).toMatch(/t\.epw/);
  });

  it('refuses swapped days, naming the line', () => {
    const recs = year();
    // Swap day 2 and day 3 (records 24–47 and 48–71).
    const swapped = [...recs.slice(0, 24), ...recs.slice(48, 72), ...recs.slice(24, 48), ...recs.slice(72)];
    const e = thrown(() => parseEpw(makeEpw(swapped), 's.epw'));
    expect(e.field).toBe(`s.epw line ${lineOf(24)}, field Day`);
  });

  it.each([
    ['0x10', 'hex'],
    ['Infinity', 'infinity'],
    ['1,5', 'comma'],
    ['NaN', 'NaN'],
  ])('refuses %s (%s) as a number, naming line and field', (value) => {
    const e = thrown(() =>
      parseEpw(
        makeEpw(
          year((f, i) => {
            if (i === 100) f[F.windSpeed] = value;
          }),
        ),
        'n.epw',
      ),
    );
    expect(e.field).toMatch(new RegExp(`^n\\.epw line ${lineOf(100)}`));
  });

  it('refuses 200 °C air and 150 % humidity as out of the dictionary range', () => {
    const hot = thrown(() =>
      parseEpw(
        makeEpw(
          year((f, i) => {
            if (i === 5) f[F.dryBulb] = '200';
          }),
        ),
        'h.epw',
      ),
    );
    expect(hot.field).toBe(`h.epw line ${lineOf(5)}, field Dry Bulb Temperature`);
    expect(hot.message).toMatch(/above -70 below 70/);
    const wet = thrown(() =>
      parseEpw(
        makeEpw(
          year((f, i) => {
            if (i === 7) f[F.relativeHumidity] = '150';
          }),
        ),
        'w.epw',
      ),
    );
    expect(wet.field).toBe(`w.epw line ${lineOf(7)}, field Relative Humidity`);
  });

  it('interpolates a 6-hour gap (counted) and refuses a 7-hour gap, naming its lines', () => {
    const gap = (len: number) =>
      year((f, i) => {
        if (i >= 1000 && i < 1000 + len) f[F.dryBulb] = '99.9';
      });
    const w = parseEpw(makeEpw(gap(6)), 'g.epw');
    expect(w.missing.dryBulb).toBe(6);
    // Template dry bulb −9 °C on both sides: the gap is filled with −9 °C.
    expect(w.dryBulb[1003]! - 273.15).toBeCloseTo(-9, 12);
    const e = thrown(() => parseEpw(makeEpw(gap(7)), 'g.epw'));
    expect(e.field).toBe(`g.epw lines ${lineOf(1000)}–${lineOf(1006)}, field Dry Bulb Temperature`);
  });
});

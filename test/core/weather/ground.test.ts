import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledWeather } from '../../../src/core/weather';
import { deepGroundTemperature, parseGroundTemperatures } from '../../../src/core/weather/ground';

// The Winnipeg TMYx header (models/weather), EnergyPlus data-dictionary layout: depth, 3 soil fields, 12 months.
const LINE =
  'GROUND TEMPERATURES,3,.5,,,,-9.77,-11.17,-8.68,-4.79,5.38,13.22,18.52,20.13,17.38,11.29,3.15,-4.41,2,,,,-4.61,-7.11,-6.60,-4.53,2.27,8.42,13.34,15.99,15.42,11.97,6.36,0.41,4,,,,-0.34,-2.90,-3.46,-2.69,1.16,5.31,9.11,11.75,12.37,10.87,7.58,3.55';

describe('EPW ground temperatures', () => {
  it('reads every depth and month of the record', () => {
    const g = parseGroundTemperatures(LINE.split(','));
    expect(g.map((x) => x.depth)).toEqual([0.5, 2, 4]);
    expect(g[1]!.monthly[1]).toBe(-7.11);
    expect(g[2]!.monthly[11]).toBe(3.55);
  });

  it('refuses a malformed record, naming the field', () => {
    expect(() => parseGroundTemperatures('GROUND TEMPERATURES,1,2,,,,0,0,0'.split(','))).toThrow(/month 4/);
    expect(() => parseGroundTemperatures('GROUND TEMPERATURES,x'.split(','))).toThrow(/number of depths/);
  });

  it('the bundled year carries them in kelvin; the 2 m series passes through the monthly means at mid-month', () => {
    const w = bundledWeather();
    expect(w.ground?.[1]?.monthly[0]).toBeCloseTo(273.15 - 4.61, 10);
    const t = deepGroundTemperature(w.ground, w.dayOfYear, w.hour, 2)!;
    // 17 January 00:00–01:00 (hour-ending 1, mid-hour 0:30): 16.02 days into the year, just past mid-January
    const i = 16 * 24;
    expect(t[i]!).toBeCloseTo(273.15 - 4.61, 1);
    // half-way between mid-July (197) and mid-August (228): the mean of the two months
    const j = 212 * 24 + 12; // 1 August, hour ending 13: 212.52 days into the year
    expect(t[j]!).toBeCloseTo(273.15 + (13.34 + 15.99) / 2, 1);
    // nearest depth: asking for 1.5 m uses the 2 m record
    expect(deepGroundTemperature(w.ground, w.dayOfYear, w.hour, 1.5)![i]).toBe(t[i]);
  });

  it('a file without the record gives no series (the model keeps its constant deep-soil temperature)', () => {
    expect(deepGroundTemperature(undefined, new Float64Array(3), new Float64Array(3))).toBeUndefined();
  });

  it('the EPW in models/weather has the same header line', () => {
    const text = readFileSync('models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw', 'latin1');
    expect(text.split('\n')[3]!.trim()).toBe(LINE);
  });
});

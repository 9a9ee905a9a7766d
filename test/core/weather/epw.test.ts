import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { fillGaps, parseEpw } from '../../../src/core/weather/epw';
import { heatingDegreeDays, irradiation, mean } from '../../../src/core/weather/stats';
import { F, HEADER, makeEpw, makeRecords } from './epwFixture';

const EPW_PATH = 'models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw';
const SIGMA = 5.670374419e-8; // CODATA 2018 Stefan–Boltzmann constant

function thrown(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

/** A file shorter than a year, asked for explicitly. */
const parsePart = (text: string, fileName?: string) => parseEpw(text, fileName, { allowPartialYear: true });

describe('parseEpw on the bundled Winnipeg TMYx file', () => {
  const w = parseEpw(readFileSync(EPW_PATH, 'utf8'), 'CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw');

  it('reads the LOCATION and DESIGN CONDITIONS records', () => {
    // File line 1: LOCATION,Winnipeg.The.Forks,MB,CAN,SRC-TMYx,715790,49.88830,-97.12950,-6.0,230.0
    expect(w.location).toEqual({
      city: 'Winnipeg.The.Forks',
      region: 'MB',
      country: 'CAN',
      source: 'SRC-TMYx',
      wmo: '715790',
      latitude: 49.8883,
      longitude: -97.1295,
      timeZone: -6,
      elevation: 230,
    });
    expect(w.fileName).toBe('CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw');
    // File line 2 / shared README: 2021 ASHRAE heating 99.6 % dry bulb −28.1 °C, 99 % −26.1 °C; cooling 0.4 %
    // 30.8 °C with MCWB 20.7 °C, hottest month 7, daily range 9.5 K.
    expect(w.design?.heating?.dryBulb996).toBeCloseTo(-28.1 + 273.15, 9);
    expect(w.design?.heating?.dryBulb990).toBeCloseTo(-26.1 + 273.15, 9);
    expect(w.design?.cooling?.dryBulb004).toBeCloseTo(30.8 + 273.15, 9);
    expect(w.design?.cooling?.meanCoincidentWetBulb004).toBeCloseTo(20.7 + 273.15, 9);
    expect(w.design?.cooling?.hottestMonth).toBe(7);
    expect(w.design?.cooling?.dailyRange).toBe(9.5);
  });

  it('has 8760 hourly records and the first one converted to SI', () => {
    expect(w.length).toBe(8760);
    expect(w.leapYear).toBe(false);
    // File line 9: 2007,1,1,1,0,…,-9.00,-12.00,77,98098,0,0,195,0,0,0,…,280,2.00,0,7,…,27,…
    expect([w.month[0], w.day[0], w.hour[0], w.dayOfYear[0]]).toEqual([1, 1, 1, 1]);
    expect(w.dryBulb[0]).toBeCloseTo(264.15, 12);
    expect(w.dewPoint[0]).toBeCloseTo(261.15, 12);
    expect(w.relativeHumidity[0]).toBeCloseTo(0.77, 12);
    expect(w.pressure[0]).toBe(98098);
    expect(w.horizontalInfrared[0]).toBe(195);
    expect([w.globalHorizontal[0], w.directNormal[0], w.diffuseHorizontal[0]]).toEqual([0, 0, 0]);
    expect(w.windDirection[0]).toBe(280);
    expect(w.windSpeed[0]).toBe(2);
    expect([w.totalSkyCover[0], w.opaqueSkyCover[0]]).toEqual([0, 7]);
    expect(w.snowDepth[0]).toBeCloseTo(0.27, 12);
    // T_sky = (IR/σ)^¼ with IR = 195 W/m².
    expect(w.skyTemperature[0]).toBeCloseTo((195 / SIGMA) ** 0.25, 9);
    // Last record: 31 December hour 24.
    expect([w.month[8759], w.day[8759], w.hour[8759], w.dayOfYear[8759]]).toEqual([12, 31, 24, 365]);
    // File line 5425 (record 5417): 2015,8,14,17,…,33.30,18.10,41,98644,586,1332,396,532,786,81,…
    expect([w.month[5416], w.day[5416], w.hour[5416]]).toEqual([8, 14, 17]);
    expect(w.dryBulb[5416]).toBeCloseTo(33.3 + 273.15, 12);
    expect([w.globalHorizontal[5416], w.directNormal[5416], w.diffuseHorizontal[5416]]).toEqual([
      532, 786, 81,
    ]);
  });

  it('has no missing values', () => {
    expect(Object.values(w.missing).every((n) => n === 0)).toBe(true);
    expect(Object.values(w.outOfRange).every((n) => n === 0)).toBe(true);
  });

  it('matches the sanity figures of /work/shared/data/weather/README.md', () => {
    const c = Array.from(w.dryBulb, (t) => t - 273.15);
    expect(Math.min(...c)).toBeCloseTo(-33.0, 9); // README: dry bulb −33.0 … 33.3 °C
    expect(Math.max(...c)).toBeCloseTo(33.3, 9);
    expect(mean(w.dryBulb) - 273.15).toBeCloseTo(4.56, 2); // README: annual mean 4.56 °C
    // README: HDD(18 °C) ≈ 5160 from daily means (Σ max(0, 18 − T̄_day)); the exact sum is 5156.9 K·day.
    expect(Math.abs(heatingDegreeDays(w, 291.15) - 5160)).toBeLessThan(10);
    // README: global horizontal irradiation ≈ 1367 kWh/m²·yr (1 kWh = 3.6 MJ).
    expect(irradiation(w.globalHorizontal) / 3.6e6).toBeCloseTo(1367, 0);
    // Sky temperatures from the file's IR (120…453 W/m²) lie between (120/σ)^¼ = 215 K and (453/σ)^¼ = 299 K.
    expect(Math.min(...w.skyTemperature)).toBeCloseTo((120 / SIGMA) ** 0.25, 9);
    expect(Math.max(...w.skyTemperature)).toBeCloseTo((453 / SIGMA) ** 0.25, 9);
  });
});

describe('parseEpw missing and invalid values', () => {
  // Five records; gaps set per field (EPW Data Dictionary missing codes: 99.9, 999, 999999, 9999, 999, 99).
  const dry = ['-9.0', '99.9', '99.9', '-3.0', '-3.0'];
  const text = makeEpw(
    makeRecords(5, (f, i) => {
      f[F.dryBulb] = dry[i]!;
      f[F.relativeHumidity] = ['77', '999', '79', '999', '77'][i]!;
      f[F.pressure] = ['999999', '98000', '98010', '98020', '98030'][i]!;
      f[F.windDirection] = ['350', '999', '10', '10', '10'][i]!;
      f[F.windSpeed] = ['2.0', '', '4.0', '4.0', '4.0'][i]!; // empty field = missing
      f[F.horizontalInfrared] = ['195', '9999', '195', '195', '195'][i]!;
      f[F.directNormal] = ['0', '0', '9999', '0', '0'][i]!;
      f[F.snowDepth] = ['999', '999', '999', '999', '999'][i]!;
    }),
  );
  const w = parsePart(text, 'gaps.epw');

  it('interpolates linearly between valid neighbours and counts per field', () => {
    // −9 °C at record 1, −3 °C at record 4: records 2, 3 → −7, −5 °C.
    expect(w.dryBulb[1]! - 273.15).toBeCloseTo(-7, 12);
    expect(w.dryBulb[2]! - 273.15).toBeCloseTo(-5, 12);
    expect(w.missing.dryBulb).toBe(2);
    // RH: 999 between 77 and 79 → 78 %; 999 between 79 and 77 → 78 %.
    expect(w.relativeHumidity[1]).toBeCloseTo(0.78, 12);
    expect(w.relativeHumidity[3]).toBeCloseTo(0.78, 12);
    expect(w.missing.relativeHumidity).toBe(2);
    // Leading gap: hold the first valid value.
    expect(w.pressure[0]).toBe(98000);
    // Wind direction along the shorter arc: 350° → 10° passes north: midpoint 0°.
    expect(w.windDirection[1]).toBeCloseTo(0, 12);
    expect(w.windSpeed[1]).toBeCloseTo(3, 12);
    expect(w.missing.windSpeed).toBe(1);
    expect(w.directNormal[2]).toBe(0);
    expect(w.missing.directNormal).toBe(1);
  });

  it('computes a missing horizontal IR with the Clark & Allen sky emissivity (EnergyPlus)', () => {
    // Record 2 after filling: T_db = −7 °C, T_dp = −12 °C, opaque sky cover N = 7 (template).
    const Tdb = 266.15;
    const Tdp = 261.15;
    const N = 7;
    const eps = (0.787 + 0.764 * Math.log(Tdp / 273)) * (1 + 0.0224 * N - 0.0035 * N * N + 0.00028 * N ** 3);
    expect(w.horizontalInfrared[1]).toBeCloseTo(eps * SIGMA * Tdb ** 4, 9);
    expect(w.missing.horizontalInfrared).toBe(1);
    expect(w.skyTemperature[1]).toBeCloseTo(eps ** 0.25 * Tdb, 9);
  });

  it('reads an all-missing snow depth as no snow', () => {
    expect(Array.from(w.snowDepth)).toEqual([0, 0, 0, 0, 0]);
    expect(w.missing.snowDepth).toBe(5);
  });

  it('accepts CRLF line endings and gives the same arrays', () => {
    const crlf = parsePart(text.replace(/\n/g, '\r\n'), 'gaps.epw');
    expect(Array.from(crlf.dryBulb)).toEqual(Array.from(w.dryBulb));
    expect(crlf.location).toEqual(w.location);
  });

  it('uses the standard atmosphere at the station elevation when no pressure is given', () => {
    const p = parsePart(makeEpw(makeRecords(3, (f) => (f[F.pressure] = '999999'))));
    // The Weather Converter's report for this station (models/weather/…TMYx.stat, line 6): "Standard
    // Pressure at Elevation -- 98592 Pa" for Z = 230 m.
    expect(p.pressure[0]).toBeCloseTo(98592, -1);
    expect(p.missing.pressure).toBe(3);
  });
});

describe('parseEpw leap years and errors', () => {
  it('accepts a leap-year file of 8784 records', () => {
    const w = parseEpw(makeEpw(makeRecords(8784, undefined, true)));
    expect(w.length).toBe(8784);
    expect(w.leapYear).toBe(true);
    // 1 March hour 1 is record (31 + 29)·24: day of year 61.
    expect([w.month[1440], w.day[1440], w.dayOfYear[1440]]).toEqual([3, 1, 61]);
    expect(w.dayOfYear[8783]).toBe(366);
  });

  it('rejects text that is not an EPW file', () => {
    const e = thrown(() => parsePart('Date,Time,Temp\n2024-01-01,00:00,5\n', 'data.csv'));
    expect(e.field).toBe('data.csv line 1');
    expect(e.message).toMatch(/LOCATION/);
  });

  it('names the line when a record has the wrong field count', () => {
    const recs = makeRecords(4);
    recs[2] = recs[2]!.split(',').slice(0, 30).join(',');
    const e = thrown(() => parsePart(makeEpw(recs), 'short.epw'));
    // Header 8 lines + record 3 = line 11.
    expect(e.field).toBe('short.epw line 11');
    expect(e.message).toMatch(/30 fields.*exactly 35/);
  });

  it('names the line and field of a non-number', () => {
    const e = thrown(() =>
      parsePart(
        makeEpw(
          makeRecords(3, (f, i) => {
            if (i === 1) f[F.dryBulb] = 'abc';
          }),
        ),
      ),
    );
    expect(e.field).toBe('EPW line 10, field Dry Bulb Temperature');
    expect(e.value).toBe('abc');
  });

  it('rejects bad month/day/hour, gaps in the hours and sub-hourly files', () => {
    expect(thrown(() => parsePart(makeEpw(makeRecords(2, (f) => (f[F.month] = '13')))))).toBeInstanceOf(
      InputError,
    );
    expect(
      thrown(() =>
        parsePart(
          makeEpw(
            makeRecords(2, (f, i) => {
              if (i === 1) f[F.hour] = '3';
            }),
          ),
        ),
      ).field,
    ).toBe('EPW line 10, field Hour');
    const quarter = HEADER.slice();
    quarter[7] = 'DATA PERIODS,1,4,Data,Sunday,1/ 1,12/31';
    expect(thrown(() => parsePart(makeEpw(makeRecords(2), quarter))).message).toMatch(/records per hour/);
    expect(thrown(() => parsePart(makeEpw(makeRecords(2), HEADER.slice(0, 7)))).field).toBe('EPW header');
    expect(thrown(() => parsePart(''))).toBeInstanceOf(InputError);
  });

  it('rejects a file whose dry bulb is missing throughout', () => {
    const e = thrown(() => parsePart(makeEpw(makeRecords(3, (f) => (f[F.dryBulb] = '99.9')))));
    expect(e.field).toMatch(/Dry Bulb Temperature/);
    expect(e.message).toMatch(/all 3 values missing/);
  });
});

describe('fillGaps', () => {
  it('keeps valid entries and puts gap values between their neighbours', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 40,
        }),
        (cells) => {
          const v = Float64Array.from(cells, (c) => c[0]);
          const bad = Uint8Array.from(cells, (c) => (c[1] ? 1 : 0));
          const original = v.slice();
          const ok = fillGaps(v, bad);
          const valid = cells.map((c, i) => (c[1] ? -1 : i)).filter((i) => i >= 0);
          expect(ok).toBe(valid.length > 0);
          if (!ok) return;
          for (const i of valid) expect(v[i]).toBe(original[i]);
          for (let i = 0; i < v.length; i++) {
            if (!bad[i]) continue;
            const lo = valid.filter((j) => j < i).pop();
            const hi = valid.find((j) => j > i);
            const ends = [lo, hi].filter((j) => j !== undefined).map((j) => original[j!]!);
            expect(v[i]).toBeGreaterThanOrEqual(Math.min(...ends) - 1e-9);
            expect(v[i]).toBeLessThanOrEqual(Math.max(...ends) + 1e-9);
          }
        },
      ),
    );
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFluid } from '../../../src/core/fluids';
import { loadScenario, setField } from '../../../src/core/models/scenario';
import {
  designConditions,
  designHours,
  designPoint,
  exchangerSizeStudy,
  heatingCurveSupply,
  type SizeStudyRow,
  sizeStudyCases,
} from '../../../src/core/studies/exchangerSize';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const C = 273.15;
// Two January weeks: heating-dominated, cheap (≈ 0.05 s per size).
const HOURS = 24 * 14;

describe('sizeStudyCases', () => {
  it('areas: smallest first, duplicates dropped, area set and ua removed (UA = area × U)', () => {
    const withUa = setField(manitoba, 'heatExchanger.ua', '300 kW/K');
    const { basis, cases } = sizeStudyCases(withUa, { areas: [100, 50, 100, 75] });
    expect(basis).toBe('area');
    expect(cases.map((c) => c.size)).toEqual([50, 75, 100]);
    for (const c of cases) {
      const hx = (c.input as { heatExchanger: Record<string, unknown> }).heatExchanger;
      expect(hx.area).toBe(c.size);
      expect('ua' in hx).toBe(false);
      expect(hx.model).toBe('phe-site-2700kw');
    }
    // The input is not changed.
    expect((withUa as { heatExchanger: { area: string } }).heatExchanger.area).toBe('100 m^2');
  });

  it('any list of positive sizes gives sorted, unique cases with that size set (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (uas) => {
          const { basis, cases } = sizeStudyCases(manitoba, { uas });
          expect(basis).toBe('ua');
          const sizes = cases.map((c) => c.size);
          expect(sizes).toEqual([...new Set(uas)].sort((a, b) => a - b));
          for (const c of cases)
            expect((c.input as { heatExchanger: { ua: number } }).heatExchanger.ua).toBe(c.size);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('rejects empty lists and non-positive sizes, naming the argument', () => {
    expect(() => sizeStudyCases(manitoba, { areas: [] })).toThrow(/areas = "\(empty\)"/);
    expect(() => sizeStudyCases(manitoba, { areas: [50, -1] })).toThrow(/areas = -1.*above 0 m²/);
    expect(() => sizeStudyCases(manitoba, { uas: [Number.NaN] })).toThrow(/uas = NaN/);
  });
});

describe('design conditions', () => {
  it('design hours: the ⌈0.4 %⌉ coldest hours, mean load, load-weighted return (hand check)', () => {
    // 1000 hours → ⌈4⌉ = 4 design hours. Hours 10, 20, 30, 40 are the coldest (−30, −29, −28, −27 °C).
    const n = 1000;
    const outdoorT = new Float64Array(n).fill(C);
    const load = new Float64Array(n).fill(1e6);
    const ret = new Float64Array(n).fill(C + 40);
    const cold: [number, number, number, number][] = [
      [10, -30, 4e6, 50],
      [20, -29, 3e6, 52],
      [30, -28, 2e6, 54],
      [40, -27, 1e6, 56],
    ];
    for (const [i, t, q, r] of cold) {
      outdoorT[i] = C + t;
      load[i] = q;
      ret[i] = C + r;
    }
    const d = designHours({
      hours: n,
      series: { outdoorT, greenhouseHeatDemand: load, greenhouseReturnT: ret },
    });
    expect(d.hours).toBe(4);
    expect(d.outdoorT).toBeCloseTo(C - 28.5, 10);
    expect(d.load).toBeCloseTo(2.5e6, 6);
    // (4·50 + 3·52 + 2·54 + 1·56)/10 = 52 °C.
    expect(d.returnT).toBeCloseTo(C + 52, 10);
    // 8760 h → ⌈35.04⌉ = 36 hours (ASHRAE 99.6 %: 0.4 % of the year).
    const y = designHours({
      hours: 8760,
      series: {
        outdoorT: new Float64Array(8760).fill(C),
        greenhouseHeatDemand: new Float64Array(8760),
        greenhouseReturnT: new Float64Array(8760).fill(C + 45),
      },
    });
    expect(y.hours).toBe(36);
    expect(y.returnT).toBeCloseTo(C + 45, 10); // no load: plain mean
  });

  it('heating curve: linear between points, flat beyond (hand check)', () => {
    const s = loadScenario(
      setField(manitoba, 'greenhouseLoop.heatingCurve', [
        { outdoor: '15 degC', supply: '60 degC' },
        { outdoor: '-32 degC', supply: '85 degC' },
      ]),
    );
    // −8.5 °C is half-way from −32 to 15 °C → (85 + 60)/2 = 72.5 °C.
    expect(heatingCurveSupply(s, C - 8.5)).toBeCloseTo(C + 72.5, 10);
    expect(heatingCurveSupply(s, C - 40)).toBeCloseTo(C + 85, 10);
    expect(heatingCurveSupply(s, C + 30)).toBeCloseTo(C + 60, 10);
  });

  it('design point: loop balances close (duty = ṁ_c·cp·ΔT_cold; Q_cool = Q_hx + Q_dc) at the site design temperature', () => {
    const s = loadScenario(manitoba);
    const d = designConditions(s, undefined, { designLoad: 5e6, designReturnT: C + 50 });
    expect(d.outdoorT).toBeCloseTo(C - 32, 10);
    expect(d.source).toEqual({ load: 'given', returnT: 'given' });
    const p = designPoint(s, d);
    const water = parseFluid('water', 3e5);
    expect(p.coldIn).toBeCloseTo(C + 50, 9);
    // offDesign forms the cold capacity rate with cp at the cold stream's mean temperature.
    const q = p.branchFlow * water.specificHeat(0.5 * (p.coldIn + p.coldOut)) * (p.coldOut - p.coldIn);
    expect(Math.abs(q - p.duty) / p.duty).toBeLessThan(1e-9);
    expect(Math.abs(p.heatToCoolant - p.duty - p.dryCoolerDuty) / p.heatToCoolant).toBeLessThan(1e-9);
    expect(p.approach).toBeCloseTo(Math.min(p.hotIn - p.coldOut, p.hotOut - p.coldIn), 12);
    expect(p.approach).toBeGreaterThan(0);
  });

  it('refuses to make up a design point without a run or given values', () => {
    expect(() => designConditions(manitoba, undefined)).toThrow(/designLoad/);
  });
});

describe('exchangerSizeStudy (two January weeks per size)', () => {
  const study = exchangerSizeStudy(manitoba, { areas: [25, 50, 100, 200, 400] }, { hours: HOURS });

  it('recovery to the greenhouse never falls with area; backup never rises; the approach at design falls', () => {
    const r = study.rows;
    expect(r.map((x) => x.area)).toEqual([25, 50, 100, 200, 400]);
    for (let i = 1; i < r.length; i++) {
      expect(r[i]!.heatToGreenhouse_MWh).toBeGreaterThanOrEqual(r[i - 1]!.heatToGreenhouse_MWh - 1e-9);
      expect(r[i]!.backupHeat_MWh).toBeLessThanOrEqual(r[i - 1]!.backupHeat_MWh + 1e-9);
      expect(r[i]!.design.approach).toBeLessThan(r[i - 1]!.design.approach);
      expect(r[i]!.heatCoverage).toBeGreaterThanOrEqual(r[i - 1]!.heatCoverage - 1e-12);
    }
    // The smallest exchanger visibly limits recovery; the largest hardly beats the one before (diminishing returns).
    expect(r[1]!.heatToGreenhouse_MWh - r[0]!.heatToGreenhouse_MWh).toBeGreaterThan(
      r[4]!.heatToGreenhouse_MWh - r[3]!.heatToGreenhouse_MWh,
    );
  });

  it('UA = area × U of the catalog model (4500 W/m²K); marginal = ΔMWh / Δm²', () => {
    expect(study.overallU).toBeCloseTo(4500, 9);
    for (const r of study.rows) expect(r.ua).toBeCloseTo(r.area! * 4500, 6);
    const [a, b] = study.rows as [SizeStudyRow, SizeStudyRow];
    expect(a.marginal).toBeUndefined();
    expect(b.marginal).toBeCloseTo((b.heatToGreenhouse_MWh - a.heatToGreenhouse_MWh) / 25, 12);
  });

  it('design conditions come from the design hours of the smallest size’s run, at the site design temperature', () => {
    const d = study.design;
    expect(d.source.load).toBe('design hours');
    expect(d.source.designHours!.hours).toBe(Math.ceil(0.004 * HOURS)); // ⌈1.344⌉ = 2
    expect(d.outdoorT).toBeCloseTo(C - 32, 10);
    expect(d.load).toBeGreaterThan(0);
  });

  it('a UA basis gives the same answers as the equivalent areas', () => {
    const u = exchangerSizeStudy(manitoba, { uas: [25 * 4500, 50 * 4500] }, { hours: 48 });
    const a = exchangerSizeStudy(manitoba, { areas: [25, 50] }, { hours: 48 });
    expect(u.basis).toBe('ua');
    expect(u.rows[0]!.area).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      expect(u.rows[i]!.heatToGreenhouse_MWh).toBeCloseTo(a.rows[i]!.heatToGreenhouse_MWh, 9);
      expect(u.rows[i]!.design.approach).toBeCloseTo(a.rows[i]!.design.approach, 9);
    }
    // marginal per kW/K = per m² / 4.5 (kW/K per m²).
    expect(u.rows[1]!.marginal! * 4.5).toBeCloseTo(a.rows[1]!.marginal!, 9);
  });
});

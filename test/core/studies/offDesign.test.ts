import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFluid } from '../../../src/core/fluids';
import { offDesignTable } from '../../../src/core/studies/offDesign';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const C = 273.15;

describe('offDesignTable', () => {
  it('hand check of one cell with ε-NTU for counterflow, written out', () => {
    const t = offDesignTable(manitoba, {
      hotFlows: [60],
      coldFlows: [30],
      hotInlets: [C + 80],
      coldInlets: [C + 50],
    });
    expect(t.rows).toHaveLength(1);
    const row = t.rows[0]!;
    const pg = parseFluid('propylene-glycol 55%', 3e5);
    const water = parseFluid('water', 3e5);
    // Nominal point of the catalog exchanger phe-site-2700kw (models/equipment/plate-exchangers): 2700 kW,
    // hot 70 → 60 °C, cold 50 → 65 °C; nominal flows ṁ = Q / (cp(mean) ΔT) with the scenario's loop fluids.
    const mHotNom = 2.7e6 / (pg.specificHeat(C + 65) * 10);
    const mColdNom = 2.7e6 / (water.specificHeat(C + 57.5) * 15);
    expect(t.exchanger.hotFlowNominal).toBeCloseTo(mHotNom, 9);
    expect(t.exchanger.coldFlowNominal).toBeCloseTo(mColdNom, 9);
    // UA_nom = 100 m² × 4500 W/(m² K) (scenario area × catalog U) = 450 kW/K.
    const uaNom = 100 * 4500;
    // Modelica Buildings PlateHeatExchangerEffectivenessNTU (r = 1, n = 0.8): hA_i = 2 UA_nom (ṁ_i/ṁ_i,nom)^0.8,
    // UA = 1/(1/hA_h + 1/hA_c).
    const hAh = 2 * uaNom * (60 / mHotNom) ** 0.8;
    const hAc = 2 * uaNom * (30 / mColdNom) ** 0.8;
    const ua = 1 / (1 / hAh + 1 / hAc);
    // Capacity rates with cp at each stream's mean temperature, iterated from the inlets (the property
    // basis of sizing, rating and off-design), written out as a plain fixed point.
    let hotMean = C + 80;
    let coldMean = C + 50;
    let ch = 0;
    let cc = 0;
    let cMin = 0;
    let cr = 0;
    let ntu = 0;
    let eps = 0;
    let q = 0;
    for (let i = 0; i < 20; i++) {
      ch = 60 * pg.specificHeat(hotMean);
      cc = 30 * water.specificHeat(coldMean);
      cMin = Math.min(ch, cc);
      cr = cMin / Math.max(ch, cc);
      ntu = ua / cMin;
      // Counterflow: ε = (1 − exp(−NTU(1 − Cr))) / (1 − Cr·exp(−NTU(1 − Cr))) (Incropera & DeWitt, Table 11.3).
      const e = Math.exp(-ntu * (1 - cr));
      eps = (1 - e) / (1 - cr * e);
      q = eps * cMin * (80 - 50);
      hotMean = C + 80 - (0.5 * q) / ch;
      coldMean = C + 50 + (0.5 * q) / cc;
    }
    expect(row.ua / ua - 1).toBeCloseTo(0, 12);
    expect(row.ntu / ntu - 1).toBeCloseTo(0, 9);
    expect(row.effectiveness / eps - 1).toBeCloseTo(0, 9);
    expect(row.duty / q - 1).toBeCloseTo(0, 9);
    expect(row.hotOut).toBeCloseTo(C + 80 - q / ch, 7);
    expect(row.coldOut).toBeCloseTo(C + 50 + q / cc, 7);
    expect(row.approach).toBeCloseTo(Math.min(80 - (row.coldOut - C), row.hotOut - C - 50), 10);
    // Second law: 0 < Q < Cmin·(T_hot,in − T_cold,in).
    expect(q).toBeGreaterThan(0);
    expect(q).toBeLessThan(cMin * 30);
  });

  it('default grid: 3 hot flows × 4 cold flows × 3 hot inlets × 3 cold inlets; both streams balance in every cell', () => {
    const t = offDesignTable(manitoba);
    expect(t.rows).toHaveLength(3 * 4 * 3 * 3);
    expect(t.grid.hotFlows[2]).toBeCloseTo(t.loopFlows.hot, 12);
    expect(t.grid.coldFlows[3]).toBeCloseTo(t.loopFlows.cold, 12);
    expect(t.grid.hotInlets).toEqual([C + 70, C + 75, C + 80]); // miner inlet set-point 70 °C + 0, 5, 10 K
    expect(t.grid.coldInlets).toEqual([C + 40, C + 50, C + 60]);
    const pg = parseFluid('propylene-glycol 55%', 3e5);
    const water = parseFluid('water', 3e5);
    for (const r of t.rows) {
      // cp at each stream's mean temperature (the sizing/rating/off-design basis). The property passes stop once
      // the means move < 1e-4 K (hx/offDesign.ts MEAN_TOLERANCE) and cp changes ≤ 3e-3 of itself per K: each
      // stream balances to 3e-7.
      const qh = r.hotFlow * pg.specificHeat(0.5 * (r.hotIn + r.hotOut)) * (r.hotIn - r.hotOut);
      const qc = r.coldFlow * water.specificHeat(0.5 * (r.coldIn + r.coldOut)) * (r.coldOut - r.coldIn);
      expect(Math.abs(qh - r.duty) / r.duty).toBeLessThan(3e-7);
      expect(Math.abs(qc - r.duty) / r.duty).toBeLessThan(3e-7);
      expect(r.effectiveness).toBeGreaterThan(0);
      expect(r.effectiveness).toBeLessThanOrEqual(1);
      expect(r.approach).toBeGreaterThan(0);
    }
  });

  it('duty rises with either flow and with the inlet difference', () => {
    const t = offDesignTable(manitoba);
    const find = (hf: number, cf: number, hi: number, ci: number) =>
      t.rows.find(
        (r) =>
          r.hotFlow === t.grid.hotFlows[hf] &&
          r.coldFlow === t.grid.coldFlows[cf] &&
          r.hotIn === t.grid.hotInlets[hi] &&
          r.coldIn === t.grid.coldInlets[ci],
      )!.duty;
    for (let cf = 1; cf < 4; cf++) expect(find(2, cf, 1, 1)).toBeGreaterThan(find(2, cf - 1, 1, 1));
    for (let hf = 1; hf < 3; hf++) expect(find(hf, 2, 1, 1)).toBeGreaterThan(find(hf - 1, 2, 1, 1));
    expect(find(2, 2, 2, 0)).toBeGreaterThan(find(2, 2, 0, 2));
  });

  it('rejects empty or non-positive axes, naming them', () => {
    expect(() => offDesignTable(manitoba, { hotFlows: [] })).toThrow(/hotFlows = "\(empty\)"/);
    expect(() => offDesignTable(manitoba, { coldFlows: [10, 0] })).toThrow(/coldFlows = 0/);
  });

  it('refuses a cold inlet at or above a hot inlet (heat would flow from the greenhouse to the miners)', () => {
    // the CLI review's case: --cold-in 90 --hot-in 80 printed duty −721 kW and a hot outlet above its inlet
    expect(() => offDesignTable(manitoba, { hotInlets: [C + 80], coldInlets: [C + 90] })).toThrow(
      /coldInlets = "90\.0 °C with a hot inlet of 80\.0 °C" is not allowed: cold \(greenhouse return\) inlets below every hot/,
    );
    expect(() =>
      offDesignTable(manitoba, { hotInlets: [C + 80, C + 85], coldInlets: [C + 40, C + 80] }),
    ).toThrow(/80\.0 °C with a hot inlet of 80\.0 °C/);
    const ok = offDesignTable(manitoba, {
      hotFlows: [10],
      coldFlows: [10],
      hotInlets: [C + 80],
      coldInlets: [C + 79],
    });
    expect(ok.rows).toHaveLength(1);
    expect(ok.rows[0]!.duty).toBeGreaterThan(0);
    expect(ok.rows[0]!.hotOut).toBeLessThan(C + 80);
  });
});

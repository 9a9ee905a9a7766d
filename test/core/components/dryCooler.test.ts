import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  airDensity,
  createDryCoolerOutput,
  dryCooler,
  dryCoolerOutlet,
  dryCoolerUaFromRating,
  fanSpeedForOutlet,
} from '../../../src/core/components/dryCooler';
import { InputError } from '../../../src/core/errors';
import { fluid } from '../../../src/core/fluids';
import { dryCoolerModel } from '../../../src/core/models/catalog';
import { constantFluid } from './constantFluid';

const C0 = 273.15;
const model = dryCoolerModel('dry-cooler-v-1000kw');
const dc = dryCooler(model);
// Test fluid with cp 4000 J/kgK: 25 kg/s gives exactly the rated capacity rate 1 MW / 10 K = 100 kW/K.
const tf = constantFluid(4000);

describe('air properties', () => {
  it('ideal-gas density: 101325 / (287.05 · 303.15) = 1.1644 kg/m³ at 30 °C', () => {
    // Incropera Table A.4 lists 1.1614 kg/m³ at 300 K; ideal gas at 300 K: 101325/(287.05·300) = 1.1766.
    expect(airDensity(303.15)).toBeCloseTo(1.1644, 4);
    expect(Math.abs(airDensity(300) - 1.1614) / 1.1614).toBeLessThan(0.015);
  });
});

describe('dryCoolerOutlet', () => {
  it('reproduces the catalog rating point (1 MW, 50 → 40 °C at 30 °C ambient) with the real PG 40 %', () => {
    const pg = fluid('propylene-glycol', 0.4);
    const m = 1e6 / (pg.specificHeat(45 + C0) * 10); // rated flow: Q/(cp(T̄) ΔT)
    const r = dryCoolerOutlet(dc, {
      inletT: 50 + C0,
      massFlow: m,
      fluid: pg,
      ambientT: 30 + C0,
      fanSpeed: 1,
    });
    expect(Math.abs(r.duty - 1e6) / 1e6).toBeLessThan(1e-3);
    expect(r.outletT - C0).toBeCloseTo(40, 1);
    // Air rise: Q / (ρ V cp) = 1e6 / (1.16440 · 83.333 · 1006) = 10.24 K.
    expect(r.airOutletT - C0).toBeCloseTo(30 + 1e6 / (1.1644 * (300000 / 3600) * 1006), 1);
    expect(r.fanPower).toBe(24000); // catalog: 12 fans, 24 kW at full speed
    expect(Math.abs(r.ua - 120900) / 120900).toBeLessThan(1e-3);
  });

  it('catalog UA equals dryCoolerUaFromRating (same ε-NTU relation)', () => {
    expect(Math.abs(dryCoolerUaFromRating(model) - model.ua) / model.ua).toBeLessThan(1e-3);
    const big = dryCoolerModel('dry-cooler-v-3000kw');
    expect(Math.abs(dryCoolerUaFromRating(big) - big.ua) / big.ua).toBeLessThan(1e-3);
  });

  it('half fan speed: UA from the Modelica Buildings hA split, ε from crossflow C_max mixed (hand calc)', () => {
    const r = dryCoolerOutlet(dc, {
      inletT: 45 + C0,
      massFlow: 25,
      fluid: tf,
      ambientT: 10 + C0,
      fanSpeed: 0.5,
    });
    // Effective air flow fraction with the 5 % free-convection floor: 0.05 + 0.95 · 0.5 = 0.525.
    const sEff = 0.05 + 0.95 * 0.5;
    // hA split at rating, r = hA_air/hA_fluid = 0.6667: hA_air = UA(1 + r), hA_fluid = UA(1 + r)/r.
    const hAair = 120900 * (1 + 0.6667) * sEff ** 0.8;
    const hAfluid = (120900 * (1 + 0.6667)) / 0.6667; // fluid at its rated capacity rate: unchanged
    const UA = 1 / (1 / hAair + 1 / hAfluid);
    const cAir = (101325 / (287.05 * 283.15)) * (300000 / 3600) * sEff * 1006; // ρ(10 °C) V cp
    const cFluid = 25 * 4000; // 100 kW/K
    expect(cAir).toBeLessThan(cFluid); // the fluid (mixed side) is C_max
    const cr = cAir / cFluid;
    const ntu = UA / cAir;
    // Incropera Table 11.3, C_max mixed, C_min unmixed: ε = (1/Cr)(1 − exp(−Cr (1 − e^(−NTU)))).
    const eps = (1 / cr) * (1 - Math.exp(-cr * (1 - Math.exp(-ntu))));
    const Q = eps * cAir * (45 - 10);
    expect(r.ua).toBeCloseTo(UA, 6);
    expect(r.duty).toBeCloseTo(Q, 3);
    expect(r.outletT - C0).toBeCloseTo(45 - Q / cFluid, 9);
    expect(r.airOutletT - C0).toBeCloseTo(10 + Q / cAir, 9);
    // Fan affinity law: P ∝ s³ → 24 kW · 0.125 = 3 kW.
    expect(r.fanPower).toBeCloseTo(3000, 9);
  });

  it('fans stopped: only the free-convection draught (≈ 5 % of air flow) cools, a few % of rated duty', () => {
    const r = dryCoolerOutlet(dc, {
      inletT: 50 + C0,
      massFlow: 25,
      fluid: tf,
      ambientT: 30 + C0,
      fanSpeed: 0,
    });
    expect(r.fanPower).toBe(0);
    expect(r.duty).toBeGreaterThan(0.02 * 1e6);
    expect(r.duty).toBeLessThan(0.1 * 1e6);
  });

  it('zero fluid flow → no duty, outlet = inlet, no NaN', () => {
    const r = dryCoolerOutlet(dc, {
      inletT: 50 + C0,
      massFlow: 0,
      fluid: tf,
      ambientT: 30 + C0,
      fanSpeed: 1,
    });
    expect(r.duty).toBe(0);
    expect(r.outletT).toBe(50 + C0);
    expect(Number.isFinite(r.airOutletT)).toBe(true);
  });

  it('count coolers in parallel behave like one with count× flow', () => {
    const three = dryCooler(model, 3);
    const a = dryCoolerOutlet(three, {
      inletT: 48 + C0,
      massFlow: 60,
      fluid: tf,
      ambientT: 5 + C0,
      fanSpeed: 0.7,
    });
    const b = dryCoolerOutlet(dc, {
      inletT: 48 + C0,
      massFlow: 20,
      fluid: tf,
      ambientT: 5 + C0,
      fanSpeed: 0.7,
    });
    expect(a.duty).toBeCloseTo(3 * b.duty, 6);
    expect(a.outletT).toBeCloseTo(b.outletT, 10);
    expect(a.fanPower).toBeCloseTo(3 * b.fanPower, 9);
  });

  it('rejects a fan speed outside [0, 1]', () => {
    expect(() =>
      dryCoolerOutlet(dc, { inletT: 320, massFlow: 1, fluid: tf, ambientT: 290, fanSpeed: 1.2 }),
    ).toThrow(InputError);
  });

  it('properties: outlet between inlet and ambient; duty = fluid loss = air gain; duty rises with fan speed', () => {
    const out = createDryCoolerOutput();
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: -40, max: 90, noNaN: true }),
        fc.double({ min: 0, max: 80, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (amb, tin, m, s1, s2) => {
          const inputs = { inletT: tin + C0, massFlow: m, fluid: tf, ambientT: amb + C0, fanSpeed: s1 };
          const r = dryCoolerOutlet(dc, inputs, out);
          const lo = Math.min(tin, amb) + C0;
          const hi = Math.max(tin, amb) + C0;
          expect(r.outletT).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(r.outletT).toBeLessThanOrEqual(hi + 1e-9);
          const scale = 1 + Math.abs(r.duty);
          expect(
            Math.abs(r.duty - m * 4000 * (r.outletT === tin + C0 ? 0 : tin + C0 - r.outletT)),
          ).toBeLessThan(1e-6 * scale);
          expect(Math.abs(r.duty - r.airMassFlow * 1006 * (r.airOutletT - amb - C0))).toBeLessThan(
            1e-6 * scale,
          );
          const q1 = r.duty;
          const q2 = dryCoolerOutlet(dc, { ...inputs, fanSpeed: s2 }).duty;
          if (s2 > s1 && tin > amb) expect(q2).toBeGreaterThanOrEqual(q1 - 1e-9 * scale);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('fanSpeedForOutlet', () => {
  const base = { inletT: 50 + C0, massFlow: 25, fluid: tf, ambientT: 30 + C0 };

  it('finds the speed whose outlet meets the target within the tolerance', () => {
    const r = fanSpeedForOutlet(dc, { ...base, targetOutletT: 43 + C0 });
    expect(r.limit).toBe('ok');
    expect(r.fanSpeed).toBeGreaterThan(0);
    expect(r.fanSpeed).toBeLessThan(1);
    expect(Math.abs(r.outletT - (43 + C0))).toBeLessThanOrEqual(0.01);
    // The reported state is the cooler at that speed.
    const check = dryCoolerOutlet(dc, { ...base, fanSpeed: r.fanSpeed });
    expect(check.outletT).toBeCloseTo(r.outletT, 12);
    expect(r.fanPower).toBeCloseTo(24000 * r.fanSpeed ** 3, 9);
  });

  it('at the rating point the target 40 °C needs full speed (within the solver tolerance)', () => {
    const r = fanSpeedForOutlet(dc, { ...base, targetOutletT: 40.01 + C0 });
    expect(r.fanSpeed).toBeGreaterThan(0.98);
  });

  it('unreachable target (below what full speed gives, or below ambient) → 1 and the "max" flag', () => {
    const r = fanSpeedForOutlet(dc, { ...base, targetOutletT: 35 + C0 });
    expect(r.fanSpeed).toBe(1);
    expect(r.limit).toBe('max');
    expect(r.outletT).toBeGreaterThan(35 + C0);
    expect(fanSpeedForOutlet(dc, { ...base, targetOutletT: 25 + C0 }).limit).toBe('max');
  });

  it('free convection already enough → 0 and the "free-convection" flag', () => {
    const r = fanSpeedForOutlet(dc, { ...base, ambientT: -20 + C0, massFlow: 2, targetOutletT: 45 + C0 });
    expect(r.fanSpeed).toBe(0);
    expect(r.limit).toBe('free-convection');
    expect(r.fanPower).toBe(0);
    expect(r.outletT).toBeLessThanOrEqual(45 + C0);
  });

  it('property: the solution is the lowest speed meeting the target (outlet within tolerance)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -35, max: 30, noNaN: true }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (amb, m, frac) => {
          const tin = 50;
          const target = amb + frac * (tin - amb);
          const r = fanSpeedForOutlet(dc, {
            inletT: tin + C0,
            massFlow: m,
            fluid: tf,
            ambientT: amb + C0,
            targetOutletT: target + C0,
          });
          if (r.limit === 'ok') expect(Math.abs(r.outletT - target - C0)).toBeLessThanOrEqual(0.01 + 1e-9);
          if (r.limit === 'max') expect(r.outletT).toBeGreaterThan(target + C0);
          if (r.limit === 'free-convection') expect(r.outletT).toBeLessThanOrEqual(target + C0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

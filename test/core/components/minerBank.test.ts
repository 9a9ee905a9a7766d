import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMinerBankOutput,
  evaluateMinerBank,
  minerBank,
  nominalCoolantFlow,
} from '../../../src/core/components/minerBank';
import { InputError } from '../../../src/core/errors';
import { fluid } from '../../../src/core/fluids';
import { minerModel } from '../../../src/core/models/catalog';
import { constantFluid } from './constantFluid';

const C0 = 273.15;
const avalon = minerModel('avalon-a1566ha');
const s21 = minerModel('antminer-s21-hydro');
const testFluid = constantFluid(4180);

describe('nominalCoolantFlow ([facts] sizing rule ṁ = P/(cp ΔT))', () => {
  it('8.06 kW, ΔT 10 K, water → 0.19 kg/s per unit', () => {
    // [facts] "8.06 kW, ΔT 10 K → 0.19 kg/s". Hand: 8064 / (4180 · 10) = 0.1929 kg/s. The function takes
    // cp at the default mean temperature (recommended max inlet 70 °C + 5 K = 75 °C), where water's cp is
    // 4193 J/(kg·K) (IAPWS-95 saturated-liquid tables): 8064 / (4193 · 10) = 0.1923 kg/s.
    const one = minerBank(avalon, 1);
    const m = nominalCoolantFlow(one, fluid('water'), 10);
    expect(m).toBeCloseTo(0.19, 2);
    expect(Math.abs(m - 8064 / (4193 * 10)) / m).toBeLessThan(0.001);
  });

  it('scales with the unit count: 360 units (Manitoba) → 360 × 0.193 = 69.5 kg/s', () => {
    const site = minerBank(avalon, 360, 4);
    const m = nominalCoolantFlow(site, testFluid, 10, { meanT: 318.15 });
    expect(m).toBeCloseTo((360 * 8064) / (4180 * 10), 9);
  });

  it('rejects ΔT ≤ 0', () => {
    expect(() => nominalCoolantFlow(minerBank(avalon, 1), testFluid, 0)).toThrow(InputError);
  });
});

describe('evaluateMinerBank: energy balance (hand calculation)', () => {
  it('Avalon unit at 40 °C inlet, 0.2 kg/s, air 25 °C: running', () => {
    const bank = minerBank(avalon, 1);
    const r = evaluateMinerBank(bank, { inletT: 40 + C0, massFlow: 0.2, fluid: testFluid, airT: 25 + C0 });
    // Catalog: P = 8064 W, φ = 0.95, G = 4 W/K, R = 0.00072 K/W. cp = 4180 (test fluid).
    const P = 8064;
    const phiP = 0.95 * 8064; // 7660.8 W into the cold plates
    const C = 0.2 * 4180; // 836 W/K
    // Q = φP − G (T̄ − T_air), T̄ = T_in + Q/(2C)  ⇒  Q = (φP − G (T_in − T_air)) / (1 + G/(2C))
    const Q = (phiP - 4 * (40 - 25)) / (1 + 4 / (2 * C)); // = 7582.66 W
    const tOut = 40 + Q / C; // = 49.070 °C
    const chip = tOut + 0.00072 * phiP; // = 54.586 °C (chip referred to the outlet)
    expect(Q).toBeCloseTo(7582.66, 1);
    expect(r.status).toBe('running');
    expect(r.electricPower).toBeCloseTo(P, 9);
    expect(r.heatToCoolant).toBeCloseTo(Q, 6);
    expect(r.heatToAir).toBeCloseTo(P - Q, 6);
    expect(r.outletT - C0).toBeCloseTo(tOut, 9);
    expect(r.chipT - C0).toBeCloseTo(chip, 9);
    expect(r.hashrate).toBeCloseTo(480e12, -3);
    expect(r.uptime).toBe(1);
  });

  it('with a real fluid the outlet satisfies ṁ·cp(T̄)·ΔT = Q (cp at the mean temperature, 2 passes)', () => {
    const water = fluid('water');
    const bank = minerBank(avalon, 90);
    const r = evaluateMinerBank(bank, { inletT: 45 + C0, massFlow: 90 * 0.19, fluid: water, airT: 30 + C0 });
    const cp = water.specificHeat(0.5 * (45 + C0 + r.outletT));
    const balance = r.unitFlow * cp * (r.outletT - (45 + C0)) * 90;
    // cp is taken at the mean of the first-pass outlet: a ~1e-6 difference at most.
    expect(Math.abs(balance - r.heatToCoolant) / r.heatToCoolant).toBeLessThan(1e-5);
  });

  it('a bank of N scales one unit exactly (cost and result independent of how N is split)', () => {
    const one = evaluateMinerBank(minerBank(avalon, 1), {
      inletT: 50 + C0,
      massFlow: 0.18,
      fluid: testFluid,
      airT: 20 + C0,
    });
    const site = evaluateMinerBank(minerBank(avalon, 360, 4), {
      inletT: 50 + C0,
      massFlow: 360 * 0.18,
      fluid: testFluid,
      airT: 20 + C0,
    });
    expect(site.electricPower).toBeCloseTo(360 * one.electricPower, 6);
    expect(site.heatToCoolant).toBeCloseTo(360 * one.heatToCoolant, 6);
    expect(site.hashrate / (360 * one.hashrate)).toBeCloseTo(1, 12);
    expect(site.outletT).toBeCloseTo(one.outletT, 12);
    expect(site.groupStatus).toEqual(['running', 'running', 'running', 'running']);
  });

  it('modes and power limit: eco draws 6451 W and 418 TH/s per unit; 70 % limit scales both', () => {
    const bank = minerBank(avalon, 10);
    const base = { inletT: 40 + C0, massFlow: 2, fluid: testFluid, airT: 25 + C0 };
    const eco = evaluateMinerBank(bank, { ...base, mode: 'eco' });
    expect(eco.electricPower).toBeCloseTo(10 * 6451, 6); // catalog eco (assumption) 6451 W
    expect(eco.hashrate).toBeCloseTo(10 * 418e12, -3);
    const lim = evaluateMinerBank(bank, { ...base, powerLimit: 0.7 });
    expect(lim.electricPower).toBeCloseTo(10 * 0.7 * 8064, 6);
    expect(lim.hashrate).toBeCloseTo(10 * 0.7 * 480e12, -3);
    expect(lim.status).toBe('running');
  });
});

describe('evaluateMinerBank: throttling and shutdown', () => {
  it('throttles linearly over the last 5 K below 90 °C (Avalon at 72 °C inlet)', () => {
    const bank = minerBank(avalon, 1);
    const r = evaluateMinerBank(bank, { inletT: 72 + C0, massFlow: 0.2, fluid: testFluid, airT: 25 + C0 });
    // Hand: C = 836 W/K, g = G/(2C) = 4/1672; chip(p) = c0 + a·p with
    //   c0 = T_in − G (T_in − T_air)/((1+g) C)   and   a = φP/((1+g) C) + R φP.
    const C = 836;
    const g = 4 / (2 * C);
    const phiP = 0.95 * 8064;
    const c0 = 72 - (4 * (72 - 25)) / ((1 + g) * C); // 71.776 °C
    const a = phiP / ((1 + g) * C) + 0.00072 * phiP; // 14.657 K
    expect(c0 + a).toBeGreaterThan(85); // full power would pass the 85 °C throttle onset
    // Throttle line p = 1 − k (chip − 85), k = (1 − 0.5)/5 K ⇒ p = (1 − k (c0 − 85)) / (1 + k a) = 0.9418
    const k = 0.5 / 5;
    const p = (1 - k * (c0 - 85)) / (1 + k * a);
    expect(p).toBeCloseTo(0.94, 2);
    expect(r.status).toBe('throttled');
    expect(r.powerFraction).toBeCloseTo(p, 9);
    expect(r.electricPower).toBeCloseTo(p * 8064, 6);
    expect(r.hashrate).toBeCloseTo(p * 480e12, -3);
    // The result sits on the throttle line.
    expect(r.powerFraction).toBeCloseTo(1 - k * (r.chipT - C0 - 85), 9);
  });

  it('inlet above the max inlet (75 °C) → shutdown, no power, no NaN', () => {
    const bank = minerBank(avalon, 90);
    const r = evaluateMinerBank(bank, { inletT: 76 + C0, massFlow: 18, fluid: testFluid, airT: 25 + C0 });
    expect(r.status).toBe('shutdown');
    expect(r.reason).toBe('inlet-too-hot');
    expect(r.electricPower).toBe(0);
    expect(r.hashrate).toBe(0);
    expect(r.uptime).toBe(0);
    // The coolant still loses a little heat to the colder container air through the cases.
    expect(r.heatToCoolant).toBeLessThan(0);
    expect(r.heatToAir).toBeCloseTo(-r.heatToCoolant, 9);
    expect(r.outletT).toBeLessThan(76 + C0);
  });

  it('zero flow → shutdown (no-flow), outlet = inlet, all finite', () => {
    const bank = minerBank(avalon, 360, 4);
    const r = evaluateMinerBank(bank, { inletT: 40 + C0, massFlow: 0, fluid: testFluid, airT: 25 + C0 });
    expect(r.status).toBe('shutdown');
    expect(r.reason).toBe('no-flow');
    expect(r.outletT).toBe(40 + C0);
    for (const v of [r.electricPower, r.heatToCoolant, r.heatToAir, r.chipT, r.hashrate, r.uptime])
      expect(Number.isFinite(v)).toBe(true);
    expect(r.groupStatus).toEqual(['shutdown', 'shutdown', 'shutdown', 'shutdown']);
  });

  it('too little flow: inlet–outlet difference above 15 K → shutdown', () => {
    // Avalon at full power: ΔT ≈ φP/(ṁ cp) = 7660.8/(0.1·4180) = 18.3 K > 15 K; chip stays below 80 °C
    // at 30 °C inlet (30 + 18.3 + 5.5 = 53.8 °C), so the ΔT limit is what trips.
    const bank = minerBank(avalon, 1);
    const r = evaluateMinerBank(bank, { inletT: 30 + C0, massFlow: 0.1, fluid: testFluid, airT: 25 + C0 });
    expect(r.status).toBe('shutdown');
    expect(r.reason).toBe('delta-t-too-high');
    expect(r.electricPower).toBe(0);
  });

  it('over-temperature: chip above 80 °C even at the 50 % minimum power → shutdown', () => {
    // S21 Hydro at its 50 °C max inlet with 0.025 kg/s: chip(p) ≈ T_in + a·p with
    // a = φP/C + RφP = 5092/(0.025·4180) + 0.00403·5092 = 48.7 + 20.5 = 69.3 K, so at p_min = 0.5 the chip
    // would read 50 + 34.6 = 84.6 °C > 80 °C: the throttle cannot hold the limit.
    const bank = minerBank(s21, 1);
    const r = evaluateMinerBank(bank, { inletT: 50 + C0, massFlow: 0.025, fluid: testFluid, airT: 25 + C0 });
    const a = (0.95 * 5360) / (0.025 * 4180) + 0.95 * 5360 * s21.thermal.thermalResistance;
    expect(50 + 0.5 * a).toBeGreaterThan(80); // chip at p_min above the limit (case loss ≈ 0.1 K ignored)
    expect(r.status).toBe('shutdown');
    expect(r.reason).toBe('over-temperature');
    expect(r.hashrate).toBe(0);
  });

  it('power limit 0 → off; inactive groups are off and carry no flow', () => {
    const bank = minerBank(avalon, 360, 4);
    const base = { inletT: 40 + C0, massFlow: 180 * 0.2, fluid: testFluid, airT: 25 + C0 };
    const off = evaluateMinerBank(bank, { ...base, powerLimit: 0 });
    expect(off.status).toBe('off');
    expect(off.electricPower).toBe(0);
    const half = evaluateMinerBank(bank, { ...base, activeGroups: 2 });
    expect(half.status).toBe('running');
    expect(half.unitFlow).toBeCloseTo(0.2, 12); // flow split over the 180 active units only
    expect(half.uptime).toBe(0.5);
    expect(half.groupStatus).toEqual(['running', 'running', 'off', 'off']);
    expect(half.electricPower).toBeCloseTo(180 * 8064, 6);
  });

  it('invalid inputs raise InputError naming the field', () => {
    const bank = minerBank(avalon, 4, 2);
    const base = { inletT: 40 + C0, massFlow: 1, fluid: testFluid, airT: 25 + C0 };
    expect(() => evaluateMinerBank(bank, { ...base, massFlow: -1 })).toThrow(/massFlow/);
    expect(() => evaluateMinerBank(bank, { ...base, inletT: Number.NaN })).toThrow(/inletT/);
    expect(() => evaluateMinerBank(bank, { ...base, powerLimit: 1.5 })).toThrow(/powerLimit/);
    expect(() => evaluateMinerBank(bank, { ...base, activeGroups: 3 })).toThrow(/activeGroups/);
    expect(() => minerBank(avalon, 10, 3)).toThrow(/groups/);
  });
});

describe('evaluateMinerBank properties (fast-check)', () => {
  const inputs = fc.record({
    inletC: fc.double({ min: 5, max: 75, noNaN: true }),
    flow: fc.double({ min: 0, max: 0.5, noNaN: true }),
    airC: fc.double({ min: -10, max: 45, noNaN: true }),
    limit: fc.double({ min: 0, max: 1, noNaN: true }),
    model: fc.constantFrom(avalon, s21),
  });

  it('energy is conserved (P = Q_coolant + Q_air) and every output is finite', () => {
    const out = createMinerBankOutput(minerBank(avalon, 8, 2));
    fc.assert(
      fc.property(inputs, ({ inletC, flow, airC, limit, model }) => {
        const bank = minerBank(model, 8, 2);
        const r = evaluateMinerBank(
          bank,
          { inletT: inletC + C0, massFlow: 8 * flow, fluid: testFluid, airT: airC + C0, powerLimit: limit },
          out,
        );
        for (const v of [r.electricPower, r.heatToCoolant, r.heatToAir, r.outletT, r.chipT, r.hashrate])
          expect(Number.isFinite(v)).toBe(true);
        expect(Math.abs(r.electricPower - r.heatToCoolant - r.heatToAir)).toBeLessThan(
          1e-6 * (1 + r.electricPower),
        );
        // Coolant balance: Q = ṁ cp ΔT with the constant-cp test fluid.
        expect(Math.abs(r.heatToCoolant - 8 * flow * 4180 * (r.outletT - inletC - C0))).toBeLessThan(
          1e-6 * 8064 * 8,
        );
        if (r.status === 'running' || r.status === 'throttled') {
          expect(r.chipT).toBeLessThanOrEqual(model.thermal.criticalTemperature + 1e-9);
          expect(r.outletT - inletC - C0).toBeLessThanOrEqual(model.coolant.maxDeltaT + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('chip temperature rises with coolant inlet temperature while the units hash', () => {
    let runs = 0;
    let skipped = 0;
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 64, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.double({ min: 0.15, max: 0.4, noNaN: true }),
        (t1, dt, flow) => {
          const bank = minerBank(avalon, 1);
          const base = { massFlow: flow, fluid: testFluid, airT: 25 + C0 };
          const a = evaluateMinerBank(bank, { ...base, inletT: t1 + C0 });
          const chipA = a.chipT;
          const b = evaluateMinerBank(bank, { ...base, inletT: t1 + dt + C0 });
          runs++;
          if (b.status === 'shutdown' || a.status === 'shutdown') {
            // Inlets stay below the 75 °C cut-out and ΔT at ≥ 0.15 kg/s below 13 K (< 15 K): the only possible
            // shutdown is the chip passing its critical temperature even at the minimum power.
            skipped++;
            expect(b.status === 'shutdown' ? b.reason : a.reason).toBe('over-temperature');
            return;
          }
          expect(b.chipT).toBeGreaterThan(chipA);
        },
      ),
      { numRuns: 300 },
    );
    // Over-temperature needs a hot inlet and a low flow together: a small corner of these ranges.
    expect(skipped / runs).toBeLessThan(0.1);
  });
});

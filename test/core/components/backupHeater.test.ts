import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupHeater,
  condensingBoilerEfficiency,
  heaterOutput,
} from '../../../src/core/components/backupHeater';
import { InputError } from '../../../src/core/errors';
import { constantFluid } from './constantFluid';

const C0 = 273.15;
const tf = constantFluid(4180);

describe('heaterOutput', () => {
  const electric = backupHeater({ kind: 'electric', capacity: 1e6 });

  it('reaches the set-point below capacity: Q = ṁ cp ΔT, fuel = Q/η (electric η = 0.99)', () => {
    const r = heaterOutput(electric, { inletT: 50 + C0, massFlow: 10, fluid: tf, setpoint: 60 + C0 });
    const Q = 10 * 4180 * (60 - 50); // 418 kW
    expect(r.heat).toBeCloseTo(Q, 6);
    expect(r.outletT).toBeCloseTo(60 + C0, 12);
    expect(r.fuelInput).toBeCloseTo(Q / 0.99, 6);
    expect(r.atCapacity).toBe(false);
    expect(r.partLoad).toBeCloseTo(0.418, 12);
  });

  it('at capacity the outlet falls short: T_out = T_in + Q_max/(ṁ cp)', () => {
    const small = backupHeater({ kind: 'electric', capacity: 200e3, efficiency: 1 });
    const r = heaterOutput(small, { inletT: 50 + C0, massFlow: 10, fluid: tf, setpoint: 60 + C0 });
    expect(r.atCapacity).toBe(true);
    expect(r.heat).toBe(200e3);
    expect(r.outletT - C0).toBeCloseTo(50 + 200e3 / (10 * 4180), 9); // 54.785 °C
    expect(r.fuelInput).toBe(200e3);
  });

  it('inlet already at or above the set-point, or no flow → nothing, no NaN', () => {
    for (const inputs of [
      { inletT: 65 + C0, massFlow: 10, fluid: tf, setpoint: 60 + C0 },
      { inletT: 40 + C0, massFlow: 0, fluid: tf, setpoint: 60 + C0 },
    ]) {
      const r = heaterOutput(electric, inputs);
      expect(r.heat).toBe(0);
      expect(r.fuelInput).toBe(0);
      expect(r.outletT).toBe(inputs.inletT);
      expect(Number.isFinite(r.efficiency)).toBe(true);
    }
  });

  it('gas condensing boiler: fuel = Q / η(return T, part load) from the Lochinvar Crest table', () => {
    const gas = backupHeater({ kind: 'gas', capacity: 500e3 });
    const r = heaterOutput(gas, { inletT: 49 + C0, massFlow: 5, fluid: tf, setpoint: 70 + C0 });
    // Q = 5 · 4180 · 21 = 438.9 kW → PLR 0.8778; T_in = 322.15 K.
    const Q = 5 * 4180 * 21;
    const eta = condensingBoilerEfficiency(322.15, Q / 500e3);
    expect(r.heat).toBeCloseTo(Q, 6);
    expect(r.efficiency).toBe(eta);
    expect(r.fuelInput).toBeCloseTo(Q / eta, 6);
    expect(eta).toBeGreaterThan(0.89);
    expect(eta).toBeLessThan(0.91);
  });

  it('validates the spec and the inputs', () => {
    expect(() => backupHeater({ kind: 'electric', capacity: -1 })).toThrow(InputError);
    expect(() => backupHeater({ kind: 'gas', capacity: 1e5, efficiency: 1.2 })).toThrow(/efficiency/);
    expect(() =>
      heaterOutput(electric, { inletT: 300, massFlow: Number.NaN, fluid: tf, setpoint: 330 }),
    ).toThrow(/massFlow/);
  });

  it('property: heat ≤ capacity, outlet between inlet and set-point, energy balance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 90, noNaN: true }),
        fc.double({ min: 5, max: 90, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 2e6, noNaN: true }),
        (tin, tset, m, cap) => {
          const h = backupHeater({ kind: 'gas', capacity: cap });
          const r = heaterOutput(h, { inletT: tin + C0, massFlow: m, fluid: tf, setpoint: tset + C0 });
          expect(r.heat).toBeLessThanOrEqual(cap + 1e-9);
          expect(r.heat).toBeGreaterThanOrEqual(0);
          expect(r.outletT).toBeGreaterThanOrEqual(tin + C0 - 1e-12);
          expect(r.outletT).toBeLessThanOrEqual(Math.max(tin, tset) + C0 + 1e-9);
          expect(Math.abs(r.heat - m * 4180 * (r.outletT - tin - C0))).toBeLessThan(1e-6 * (1 + r.heat));
          expect(r.fuelInput).toBeGreaterThanOrEqual(r.heat);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('condensingBoilerEfficiency (Modelica Buildings Data.LochinvarCrest table)', () => {
  it('hits the table nodes', () => {
    // Table rows: PLR 1 → 0.969 at 294.3 K … 0.874 at 344.3 K; PLR 0.05 → 0.991 at 294.3 K.
    expect(condensingBoilerEfficiency(294.3, 1)).toBeCloseTo(0.969, 12);
    expect(condensingBoilerEfficiency(344.3, 1)).toBeCloseTo(0.874, 12);
    expect(condensingBoilerEfficiency(294.3, 0.05)).toBeCloseTo(0.991, 12);
    expect(condensingBoilerEfficiency(322.0, 0.5)).toBeCloseTo(0.908, 12);
  });

  it('interpolates bilinearly and clamps outside the table', () => {
    // Halfway between 322.0 K (0.897) and 327.6 K (0.885) at PLR 1: 0.891.
    expect(condensingBoilerEfficiency(324.8, 1)).toBeCloseTo(0.891, 12);
    // Halfway between PLR 0.5 (0.908) and 1 (0.897) at 322.0 K: 0.9025.
    expect(condensingBoilerEfficiency(322.0, 0.75)).toBeCloseTo(0.9025, 12);
    expect(condensingBoilerEfficiency(280, 1)).toBeCloseTo(0.969, 12);
    expect(condensingBoilerEfficiency(360, 0)).toBeCloseTo(0.88, 12);
  });

  it('falls as the return warms (less condensation)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 290, max: 350, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, dt, plr) => {
          expect(condensingBoilerEfficiency(t + dt, plr)).toBeLessThanOrEqual(
            condensingBoilerEfficiency(t, plr) + 1e-15,
          );
        },
      ),
    );
  });
});

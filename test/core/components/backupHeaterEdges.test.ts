/**
 * The backup heater's edges by hand: the spec's refusals and defaults, each input refused with its field and words,
 * a need exactly at capacity, a zero-capacity heater, the efficiency table's refusals and its edges (part load 0
 * and 1, a return temperature on a node), and a cp that varies with temperature at capacity.
 */
import { describe, expect, it } from 'vitest';
import {
  backupHeater,
  condensingBoilerEfficiency,
  createHeaterOutput,
  heaterOutput,
} from '../../../src/core/components/backupHeater';
import type { Fluid } from '../../../src/core/fluids/types';
import { refused } from '../refused';
import { constantFluid } from './constantFluid';

const C0 = 273.15;
const tf = constantFluid(4000);

describe('backup heater edges', () => {
  it('refuses a bad spec, naming the field', () => {
    const e = (spec: object) => refused(() => backupHeater(spec as never));
    expect([e({ kind: 'oil', capacity: 1 }).field, e({ kind: 'oil', capacity: 1 }).allowed]).toEqual([
      'heater.kind',
      "'electric' or 'gas'",
    ]);
    expect(e({ kind: 'gas', capacity: -1 }).allowed).toBe('a finite heat output ≥ 0 W');
    expect(e({ kind: 'gas', capacity: Infinity }).field).toBe('heater.capacity');
    expect(e({ kind: 'gas', capacity: 1, efficiency: 0 }).allowed).toBe(
      "a fraction in (0, 1] or 'condensing'",
    );
    expect(e({ kind: 'electric', capacity: 1, efficiency: 1.01 }).field).toBe('heater.efficiency');
  });

  it('defaults: electric 0.99, gas condensing; efficiency 1 and capacity 0 accepted', () => {
    expect(backupHeater({ kind: 'electric', capacity: 1 }).efficiency).toBe(0.99);
    expect(backupHeater({ kind: 'gas', capacity: 1 }).efficiency).toBe('condensing');
    expect(backupHeater({ kind: 'gas', capacity: 0, efficiency: 1 })).toEqual({
      kind: 'gas',
      capacity: 0,
      efficiency: 1,
    });
  });

  it('refuses bad inputs, naming each', () => {
    const h = backupHeater({ kind: 'electric', capacity: 1e6 });
    const ok = { inletT: 320, massFlow: 1, fluid: tf, setpoint: 330 };
    const f = (x: object) => refused(() => heaterOutput(h, { ...ok, ...x }));
    expect([f({ inletT: 0 }).field, f({ inletT: 0 }).allowed]).toEqual([
      'inletT',
      'a finite temperature > 0 K',
    ]);
    expect(f({ inletT: Infinity }).field).toBe('inletT');
    expect([f({ massFlow: -1 }).field, f({ massFlow: -1 }).allowed]).toEqual([
      'massFlow',
      'a finite mass flow ≥ 0 kg/s',
    ]);
    expect(f({ massFlow: Infinity }).field).toBe('massFlow');
    expect([f({ setpoint: 0 }).field, f({ setpoint: 0 }).allowed]).toEqual([
      'setpoint',
      'a finite temperature > 0 K',
    ]);
    expect(f({ setpoint: Infinity }).field).toBe('setpoint');
  });

  it('a need exactly at capacity reaches the set-point and is not "at capacity"', () => {
    // 2 kg/s × 4000 J/(kg·K) × 10 K = 80 kW
    const h = backupHeater({ kind: 'electric', capacity: 80e3, efficiency: 1 });
    const r = heaterOutput(h, { inletT: 50 + C0, massFlow: 2, fluid: tf, setpoint: 60 + C0 });
    expect([r.heat, r.outletT, r.atCapacity, r.partLoad]).toEqual([80e3, 60 + C0, false, 1]);
  });

  it('a heater of zero capacity gives nothing and burns nothing', () => {
    const h = backupHeater({ kind: 'electric', capacity: 0 });
    const r = heaterOutput(h, { inletT: 50 + C0, massFlow: 2, fluid: tf, setpoint: 60 + C0 });
    expect([r.heat, r.fuelInput, r.outletT, r.partLoad, r.atCapacity]).toEqual([0, 0, 50 + C0, 0, false]);
  });

  it('at capacity with cp varying: cp at the mean of the inlet and the first-guess outlet', () => {
    // cp(T) = 4000 + 10·(T − 323.15): at capacity 40 kW, ṁ 2 kg/s, inlet 50 °C, set-point 70 °C
    const vary: Fluid = { ...tf, specificHeat: (T: number) => 4000 + 10 * (T - 323.15) };
    const h = backupHeater({ kind: 'electric', capacity: 40e3, efficiency: 1 });
    const r = heaterOutput(h, { inletT: 323.15, massFlow: 2, fluid: vary, setpoint: 343.15 });
    const cpSet = 4000 + 10 * 10; // at 60 °C
    const t1 = 323.15 + 40e3 / (2 * cpSet);
    const cp2 = 4000 + 10 * (0.5 * (323.15 + t1) - 323.15);
    expect(r.atCapacity).toBe(true);
    expect(r.outletT).toBeCloseTo(323.15 + 40e3 / (2 * cp2), 12);
  });

  it('a fresh output record is all zero and not at capacity', () => {
    expect(createHeaterOutput()).toEqual({
      outletT: 0,
      heat: 0,
      fuelInput: 0,
      atCapacity: false,
      efficiency: 0,
      partLoad: 0,
    });
  });
});

describe('condensing boiler efficiency edges (Lochinvar Crest table)', () => {
  it('refuses a non-finite return or a part load outside 0–1', () => {
    const a = refused(() => condensingBoilerEfficiency(Number.NaN, 0.5));
    expect([a.field, a.allowed]).toEqual(['returnT', 'a finite temperature in K']);
    const b = refused(() => condensingBoilerEfficiency(320, 1.1));
    expect([b.field, b.allowed]).toEqual(['partLoad', 'between 0 and 1']);
    expect(refused(() => condensingBoilerEfficiency(320, -0.1)).field).toBe('partLoad');
  });

  it('part load 0 takes the lowest row, 1 the highest; a node return temperature its column', () => {
    // column 310.9 K: 0.959 (PLR 0.05), 0.952 (0.5), 0.935 (1)
    expect(condensingBoilerEfficiency(310.9, 0)).toBeCloseTo(0.959, 12);
    expect(condensingBoilerEfficiency(310.9, 1)).toBeCloseTo(0.935, 12);
    // between 0.5 and 1: halfway at 0.75
    expect(condensingBoilerEfficiency(310.9, 0.75)).toBeCloseTo(0.5 * (0.952 + 0.935), 12);
    // between two columns at PLR 0.5: 305.4 → 0.969, 310.9 → 0.952; a quarter of the way
    expect(condensingBoilerEfficiency(305.4 + 0.25 * 5.5, 0.5)).toBeCloseTo(
      0.969 + 0.25 * (0.952 - 0.969),
      12,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import {
  co2,
  fuelCost,
  fuelInput,
  fuelQuantity,
  NATURAL_GAS_J_PER_M3,
  PROPANE_CO2_PER_L,
  PROPANE_J_PER_L,
} from '../../../src/core/economics/fuel';
import { parseEconomics } from '../../../src/core/economics/schema';

describe('natural gas', () => {
  it('1 GJ = 26.853 m³ ([facts]) and back', () => {
    expect(fuelQuantity('natural-gas', 1e9)).toEqual({ amount: expect.closeTo(26.853, 12), unit: 'm^3' });
    // Hand: 1e9 J / 26.853 m³ = 37.2398 MJ/m³.
    expect(NATURAL_GAS_J_PER_M3).toBeCloseTo(37.2398e6, -2);
  });

  it('gas volume × 1.966 kg/m³ ([facts]), through the schema default', () => {
    // Hand: 1000 m³ × 1.966 kg/m³ = 1966 kg CO₂.
    const e = parseEconomics({});
    const factors = { grid: e.gridCo2, naturalGas: e.naturalGasCo2, propane: e.propaneCo2 };
    expect(co2('natural-gas', 1000 * NATURAL_GAS_J_PER_M3, factors)).toBeCloseTo(1966, 9);
    // Per GJ: 1.966 × 26.853 = 52.793 kg/GJ ([facts] ≈ 52.8 kg/GJ).
    expect(co2('natural-gas', 1e9, factors)).toBeCloseTo(52.793, 3);
  });
});

describe('propane', () => {
  it('25.31 MJ/L (SOR/2018-261 Sch. 2) and 1.515 kg CO₂/L (ECCC NIR), cross-checked with US EPA', () => {
    const e = parseEconomics({});
    const factors = { grid: e.gridCo2, naturalGas: e.naturalGasCo2, propane: e.propaneCo2 };
    // Hand: 1000 L × 1.515 kg/L = 1515 kg.
    expect(co2('propane', 1000 * PROPANE_J_PER_L, factors)).toBeCloseTo(1515, 9);
    expect(fuelQuantity('propane', 25.31e9)).toEqual({ amount: expect.closeTo(1000, 9), unit: 'L' });
    // US EPA 40 CFR 98 Table NN-1: 62.87 kg CO₂/MMBtu, 3.84 MMBtu/bbl, 1 bbl = 158.987 L
    // → 62.87 × 3.84 / 158.987 = 1.5185 kg/L; agrees with the NIR factor within 0.3 %.
    expect(Math.abs(PROPANE_CO2_PER_L / ((62.87 * 3.84) / 158.987) - 1)).toBeLessThan(0.003);
  });
});

describe('fuel input and cost', () => {
  it('heat / efficiency × price', () => {
    // Hand: 100 GJ of heat from a 90 % boiler = 111.11 GJ of gas; at 8 CAD/GJ = 888.89 CAD.
    const input = fuelInput(100e9, 0.9);
    expect(input).toBeCloseTo(111.111e9, -6);
    expect(fuelCost('natural-gas', input, { electricity: 0, naturalGas: 8e-9, propane: 0 })).toBeCloseTo(
      888.889,
      3,
    );
    // Electric: 1 MWh of heat at 99 % and 0.035 USD/kWh → 1010.1 kWh × 0.035 = 35.354 USD.
    const el = fuelInput(3.6e9, 0.99);
    expect(fuelQuantity('electric', el).amount).toBeCloseTo(1010.101, 3);
    expect(fuelCost('electric', el, { electricity: 0.035 / 3.6e6, naturalGas: 0, propane: 0 })).toBeCloseTo(
      35.354,
      3,
    );
    // Grid CO₂ 0.002 kg/kWh (default, assumption): 1010.1 kWh → 2.0202 kg.
    expect(co2('electric', el, { grid: 0.002 / 3.6e6, naturalGas: 0, propane: 0 })).toBeCloseTo(2.0202, 4);
  });

  it('rejects an impossible efficiency, naming the scenario field', () => {
    expect(() => fuelInput(1, 0)).toThrow(InputError);
    expect(() => fuelInput(1, 1.5)).toThrow(/backupHeater\.efficiency = 1\.5 .*between 0 and 1\.1/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import {
  horizontalIRClarkAllen,
  STEFAN_BOLTZMANN,
  skyEmissivityClarkAllen,
  skyTemperatureFromIR,
} from '../../../src/core/weather/sky';

describe('Clark & Allen sky emissivity (EnergyPlus EPW Data Dictionary, field Horizontal IR)', () => {
  it('reproduces the worked example of the data dictionary', () => {
    // Example there: clear sky (N = 0), T_db = 293 K, T_dp = 283 K → ε = 0.787 + 0.764·0.036 = 0.815,
    // IR = 0.815·5.6697e-8·293⁴ = 340.6 W/m² (their σ = 5.6697e-8; ours is CODATA 5.670374e-8, +0.012 %).
    // The source rounds ln(283/273) = 0.03598 to 0.036, so its ε is good to ±0.001.
    expect(Math.abs(skyEmissivityClarkAllen(283, 0) - 0.815)).toBeLessThan(0.001);
    expect(horizontalIRClarkAllen(293, 283, 0)).toBeCloseTo(340.6, 0);
  });

  it('applies the cloud factor 1 + 0.0224N − 0.0035N² + 0.00028N³', () => {
    // Hand calculation, N = 10: 1 + 0.224 − 0.35 + 0.28 = 1.154; with T_dp = 273 K the clear-sky part is 0.787.
    expect(skyEmissivityClarkAllen(273, 10)).toBeCloseTo(Math.min(1, 0.787 * 1.154), 12);
    // N = 5: 1 + 0.112 − 0.0875 + 0.035 = 1.0595.
    expect(skyEmissivityClarkAllen(273, 5)).toBeCloseTo(0.787 * 1.0595, 12);
  });

  it('stays within (0, 1] over the EPW ranges', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 233.15, max: 303.15, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (tdp, n) => {
          const e = skyEmissivityClarkAllen(tdp, n);
          expect(e).toBeGreaterThan(0);
          expect(e).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('rejects values outside the EPW ranges', () => {
    expect(() => skyEmissivityClarkAllen(150, 0)).toThrow(InputError);
    expect(() => skyEmissivityClarkAllen(273, 11)).toThrow(/opaqueSkyCover/);
    expect(() => horizontalIRClarkAllen(Number.NaN, 273, 0)).toThrow(InputError);
  });
});

describe('sky temperature from horizontal IR', () => {
  it('inverts the black-body law', () => {
    // σ·273.15⁴ = 5.670374419e-8 · 5.5667e9 = 315.6 W/m² → 273.15 K.
    expect(skyTemperatureFromIR(5.670374419e-8 * 273.15 ** 4)).toBeCloseTo(273.15, 9);
    expect(skyTemperatureFromIR(315.6)).toBeCloseTo(273.13, 1);
    expect(STEFAN_BOLTZMANN).toBe(5.670374419e-8);
    expect(skyTemperatureFromIR(0)).toBe(0);
    expect(() => skyTemperatureFromIR(-1)).toThrow(/horizontalIR/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  airDensity,
  firConductance,
  saturationVapourPressure,
  saturationVapourPressureSlope,
  thermalScreenRule,
} from '../../../src/core/greenhouse/physics';

describe('saturation vapour pressure (Murray 1967 form used by GreenLight)', () => {
  it('is within 1.1 % of IAPWS-95 saturation pressures 0–40 °C', () => {
    // IAPWS-95 (Wagner & Pruss 2002) steam-table values, Pa
    const ref: [number, number][] = [
      [273.15, 611.2],
      [283.15, 1228.1],
      [293.15, 2339.3],
      [303.15, 4246.9],
      [313.15, 7384.9],
    ];
    for (const [T, p] of ref) expect(Math.abs(saturationVapourPressure(T) / p - 1)).toBeLessThan(0.011);
  });

  it('slope equals the central difference', () => {
    for (const T of [270, 290, 310]) {
      const fd = (saturationVapourPressure(T + 1e-4) - saturationVapourPressure(T - 1e-4)) / 2e-4;
      expect(saturationVapourPressureSlope(T)).toBeCloseTo(fd, 4);
    }
  });
});

describe('air density, ideal gas', () => {
  it('dry air at 20 °C and 101325 Pa is 1.204 kg/m³', () => {
    // hand: 101325·0.02896/(8.314462618·293.15) = 2934.37/2437.40 = 1.2039 kg/m³
    expect(airDensity(293.15)).toBeCloseTo(1.2039, 4);
  });
});

describe('FIR exchange coefficient (Vanthoor 2011 eq. 37)', () => {
  it('G·(T1 − T2) equals ε1ε2Fσ(T1⁴ − T2⁴)', () => {
    // hand: σ(300⁴ − 290⁴) = 5.670374e-8·(8.1e9 − 7.07281e9) = 58.2455 W/m² for black plates, F = 1
    expect(firConductance(1, 1, 1, 1, 300, 290) * 10).toBeCloseTo(58.2455, 3);
    // 0.5 area, ε 0.9 × 0.8, F 0.7: × 0.252
    expect(firConductance(0.5, 0.9, 0.8, 0.7, 300, 290) * 10).toBeCloseTo(58.2455 * 0.252, 3);
    expect(firConductance(1, 1, 1, 1, 290, 300)).toBeCloseTo(firConductance(1, 1, 1, 1, 300, 290), 12);
  });
});

describe('thermal screen rule (GreenLight: closed below 5 °C by day, 10 °C at night, 1 K band)', () => {
  it('closes at night below 10 °C and by day below 5 °C', () => {
    expect(thermalScreenRule(273.15 + 12, false)).toBe(0);
    expect(thermalScreenRule(273.15 + 9.5, false)).toBeCloseTo(0.5, 12);
    expect(thermalScreenRule(273.15 + 8, false)).toBe(1);
    expect(thermalScreenRule(273.15 + 8, true)).toBe(0);
    expect(thermalScreenRule(273.15 + 3, true)).toBe(1);
  });

  it('the screen rule refuses an outdoor temperature outside 150–350 K, naming it with its unit', () => {
    expect(() => thermalScreenRule(100, true)).toThrow(
      /^outdoorT = 100 is not allowed: between 150 and 350 K/,
    );
    expect(() => thermalScreenRule(Number.NaN, true)).toThrow(/^outdoorT/);
  });
});

/**
 * Validity limits of the fluid models: the exact boundaries are accepted, the values just outside are refused
 * with an InputError/PhysicsError naming the field and the allowed range (issue 18: mutation testing showed
 * these boundaries and messages were not pinned).
 */
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError } from '../../../src/core/errors';
import { fluid, fluidFromSpec, parseFluid } from '../../../src/core/fluids';
import { GlycolFluid } from '../../../src/core/fluids/glycol';
import {
  P_CRITICAL,
  P_MIN_SAT,
  Region1Isobar,
  region1Density,
  saturationPressure,
  saturationTemperature,
  T_CRITICAL,
  T_MAX_REGION1,
} from '../../../src/core/fluids/iapws97';
import { temperatureError } from '../../../src/core/fluids/limits';
import { WaterFluid } from '../../../src/core/fluids/water';

/** Runs f, expects it to throw an instance of `cls`, returns the error. */
function thrown<E extends Error>(f: () => unknown, cls: new (...a: never[]) => E): E {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(cls);
    return e as E;
  }
  throw new Error('expected a throw');
}

describe('IF97 region 1 and region 4 limits', () => {
  it('region 1 accepts 273.15–623.15 K and 0 < p ≤ 100 MPa, both ends included', () => {
    // IF97 Table 5 check value: v(300 K, 3 MPa) = 0.100215168e-2 m³/kg.
    expect(region1Density(300, 3e6)).toBeCloseTo(1 / 0.100215168e-2, 4);
    expect(Number.isFinite(region1Density(T_MAX_REGION1, 100e6))).toBe(true);
    expect(Number.isFinite(region1Density(300, 100e6))).toBe(true);
    const t = thrown(() => region1Density(T_MAX_REGION1 + 1e-9, 3e6), InputError);
    expect(t.field).toBe('T');
    expect(t.message).toContain('between 273.15 and 623.15 K (IF97 region 1)');
    for (const p of [0, -1, 100e6 * (1 + 1e-12)]) {
      const e = thrown(() => region1Density(300, p), InputError);
      expect(e.field).toBe('p');
      expect(e.message).toContain('between 0 and 100 MPa (IF97 region 1)');
    }
  });

  it('an isobar accepts 0 < p ≤ 100 MPa', () => {
    // IF97 Table 5: v(300 K, 80 MPa) = 0.971180894e-3 m³/kg.
    expect(new Region1Isobar(80e6).density(300)).toBeCloseTo(1 / 0.971180894e-3, 3);
    expect(() => new Region1Isobar(100e6)).not.toThrow();
    for (const p of [0, -1, 1e9]) {
      const e = thrown(() => new Region1Isobar(p), InputError);
      expect(e.field).toBe('pressure');
      expect(e.message).toContain('between 0 and 100 MPa absolute (IF97 region 1)');
    }
  });

  it('the saturation line runs from 273.15 K / 611.2 Pa to the critical point 647.096 K / 22.064 MPa', () => {
    // IF97 Eq. 30/31 reach the critical point (IAPWS: Tc = 647.096 K, pc = 22.064 MPa) to within 1e-4.
    expect(saturationPressure(T_CRITICAL) / 22.064e6).toBeCloseTo(1, 4);
    expect(saturationTemperature(P_CRITICAL)).toBeCloseTo(647.096, 2);
    expect(saturationTemperature(P_MIN_SAT)).toBeCloseTo(273.15, 3);
    const t = thrown(() => saturationPressure(T_CRITICAL + 1e-9), InputError);
    expect(t.message).toBe('T = 647.096 is not allowed: between 273.15 and 647.096 K (IF97 saturation line)');
    expect(thrown(() => saturationPressure(273.149), InputError).field).toBe('T');
    const p = thrown(() => saturationTemperature(P_CRITICAL * (1 + 1e-12)), InputError);
    expect(p.message).toContain('between 611.212 Pa and 22.064 MPa absolute');
    expect(() => saturationTemperature(P_MIN_SAT * (1 - 1e-9))).toThrowError(InputError);
  });
});

describe('water and glycol fluids: limits and messages', () => {
  it('water: loop pressure 1 kPa … 22.064 MPa, both ends included; properties up to the boiling point', () => {
    const w = fluid('water');
    expect(w.name).toBe('water');
    expect(new WaterFluid(P_CRITICAL).maxTemperature).toBe(T_MAX_REGION1);
    expect(() => new WaterFluid(1e3)).not.toThrow();
    for (const p of [999, P_CRITICAL * (1 + 1e-12)]) {
      const e = thrown(() => new WaterFluid(p), InputError);
      expect(e.field).toBe('pressure');
      expect(e.message).toContain('an absolute pressure between 1000 Pa and 22064000 Pa');
    }
    // The boiling point itself is still liquid; IF97 Table 35: T_s(0.1 MPa) = 372.755919 K.
    const atm = fluid('water', 0, 1e5);
    expect(atm.maxTemperature).toBeCloseTo(372.755919, 5);
    expect(Number.isFinite(atm.density(atm.maxTemperature))).toBe(true);
    expect(() => atm.density(atm.maxTemperature + 1e-9)).toThrowError(/above its boiling point/);
  });

  it('water enthalpy is IF97 region 1: h(300 K, 3 MPa) = 115.331273 kJ/kg (IF97 Table 5)', () => {
    const w = new WaterFluid(3e6);
    expect(w.enthalpy(300) / 1e3).toBeCloseTo(115.331273, 5);
    expect(() => w.enthalpy(200)).toThrowError(PhysicsError);
  });

  it('a non-finite temperature names both limits', () => {
    const e = thrown(() => fluid('water').density(Number.NaN), PhysicsError);
    expect(e.message).toMatch(
      /^water: temperature NaN K is not a finite number; the fluid properties need a temperature between 273\.15 K \(0\.0 °C\) and 406\.\d\d K \(133\.\d °C\)$/,
    );
  });

  it('an upper limit without a named correlation says "property correlations"', () => {
    const e = temperatureError('x', 400, 250, 390, { kind: 'correlation' }, 'warm it');
    expect(e.message).toBe(
      'x: 400.00 K (126.9 °C) is above 390.00 K (116.9 °C), the upper limit of the property correlations; lower the temperature',
    );
  });

  it('glycol: names, shares and the Melinder range in the messages', () => {
    const bad = thrown(() => new GlycolFluid('brine' as 'propylene-glycol', 0.3), InputError);
    expect(bad.message).toContain('propylene-glycol or ethylene-glycol');
    const share = thrown(() => new GlycolFluid('propylene-glycol', 0.7), InputError);
    expect(share.message).toContain('above 0 and at most 0.6 (60 % glycol by mass)');
    // At 10 bar water boils at 453 K, above the end of Melinder's fits: the correlation is the limit.
    const pg = new GlycolFluid('propylene-glycol', 0.3, 10e5);
    expect(() => pg.density(pg.maxTemperature + 1)).toThrowError(
      /upper limit of the Melinder \(2010\) property fits/,
    );
  });

  it('fluid(): share 0–0.6, water only at 0, the pressure of a spec is used', () => {
    for (const x of [-0.1, 0.61, Number.NaN]) {
      const e = thrown(() => fluid('propylene-glycol', x), InputError);
      expect(e.field).toBe('massFraction');
      expect(e.message).toContain('between 0 and 0.6 (0–60 % glycol by mass)');
    }
    expect(thrown(() => fluid('water', 0.3), InputError).message).toContain(
      '0 for water; name a glycol (propylene-glycol, ethylene-glycol) for a solution',
    );
    // The spec's pressure sets the boiling limit: IF97 Table 35, T_s(1 MPa) = 453.035632 K; default 3 bar.
    expect(fluidFromSpec({ name: 'water', pressure: 1e6 }).maxTemperature).toBeCloseTo(453.035632, 5);
    expect(fluidFromSpec({ name: 'water' }).maxTemperature).toBe(fluid('water', 0, 3e5).maxTemperature);
  });
});

describe('parseFluid(): the accepted spellings, and nothing else', () => {
  it('reads decimals with several digits, leading-dot fractions and spaced or hyphenated short names', () => {
    expect(parseFluid('PG 0.35').massFraction).toBeCloseTo(0.35, 12);
    expect(parseFluid('EG .35').massFraction).toBeCloseTo(0.35, 12);
    // "0.5%" is per cent because of the sign: 0.005, not 0.5.
    expect(parseFluid('PG 0.5%').massFraction).toBeCloseTo(0.005, 12);
    // "E G" and "P-G" are read as EG and PG once spaces and hyphens are dropped.
    expect(parseFluid('E G 40 %').name).toBe('ethylene-glycol');
    expect(parseFluid('P-G 30').name).toBe('propylene-glycol');
  });

  it('refuses text that only contains a fluid name, and non-strings', () => {
    for (const t of ['#water', 'x water', 'kerosene', 'water 30% x']) {
      const e = thrown(() => parseFluid(t), InputError);
      expect(e.field).toBe('fluid');
      expect(e.message).not.toMatch(/needs its share/);
    }
    const obj = { toString: () => 'water' } as unknown as string;
    expect(thrown(() => parseFluid(obj), InputError).field).toBe('fluid');
    expect(thrown(() => parseFluid('PG'), InputError).message).toContain(
      'a glycol needs its share, e.g. "pg 30%"',
    );
  });
});

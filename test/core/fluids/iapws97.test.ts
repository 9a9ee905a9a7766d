import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import {
  Region1Isobar,
  region1Density,
  region1Enthalpy,
  region1SpecificHeat,
  saturationPressure,
  saturationTemperature,
} from '../../../src/core/fluids/iapws97';

/** Relative difference |a/b − 1|. */
const rel = (a: number, b: number) => Math.abs(a / b - 1);

// IAPWS R7-97(2012) (IF97), Table 5: "Thermodynamic property values calculated from Eq. (7) for selected
// temperatures and pressures" — region 1 computer-program verification values (v in m³/kg, h in kJ/kg,
// cp in kJ/(kg·K)).
const TABLE5 = [
  { T: 300, p: 3e6, v: 0.100215168e-2, h: 0.115331273e3, cp: 0.417301218e1 },
  { T: 300, p: 80e6, v: 0.971180894e-3, h: 0.184142828e3, cp: 0.401008987e1 },
  { T: 500, p: 3e6, v: 0.1202418e-2, h: 0.975542239e3, cp: 0.465580682e1 },
];

describe('IF97 region 1 (IAPWS R7-97 Table 5 check values)', () => {
  for (const c of TABLE5) {
    it(`T = ${c.T} K, p = ${c.p / 1e6} MPa: v, h, cp to 1e-8 relative`, () => {
      expect(rel(1 / region1Density(c.T, c.p), c.v)).toBeLessThan(1e-8);
      expect(rel(region1Enthalpy(c.T, c.p), c.h * 1e3)).toBeLessThan(1e-8);
      expect(rel(region1SpecificHeat(c.T, c.p), c.cp * 1e3)).toBeLessThan(1e-8);
    });
    it(`Region1Isobar(${c.p / 1e6} MPa) at ${c.T} K gives the same check values`, () => {
      const iso = new Region1Isobar(c.p);
      expect(rel(1 / iso.density(c.T), c.v)).toBeLessThan(1e-8);
      expect(rel(iso.enthalpy(c.T), c.h * 1e3)).toBeLessThan(1e-8);
      expect(rel(iso.specificHeat(c.T), c.cp * 1e3)).toBeLessThan(1e-8);
    });
  }

  it('Region1Isobar equals the direct sums over the whole region-1 liquid range (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e4, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, s) => {
          const iso = new Region1Isobar(p);
          const T = 273.15 + s * (Math.min(saturationTemperature(p), 623.15) - 273.15);
          expect(rel(iso.density(T), region1Density(T, p))).toBeLessThan(1e-12);
          expect(rel(iso.specificHeat(T), region1SpecificHeat(T, p))).toBeLessThan(1e-11);
          // h passes through 0 near the triple point (IF97 reference state), so compare against a 1 kJ/kg floor.
          const h = region1Enthalpy(T, p);
          expect(Math.abs(iso.enthalpy(T) - h) / Math.max(Math.abs(h), 1e3)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('rejects temperatures outside 273.15–623.15 K with an InputError naming T', () => {
    expect(() => region1Density(270, 3e5)).toThrow(InputError);
    expect(() => region1SpecificHeat(650, 3e5)).toThrow(/T = 650/);
    expect(() => region1Enthalpy(Number.NaN, 3e5)).toThrow(InputError);
    expect(() => region1Density(300, -1)).toThrow(/p = -1/);
  });
});

describe('IF97 region 4 (saturation line)', () => {
  // IF97 Table 35: saturation pressure check values (MPa) from Eq. (30).
  it.each([
    [300, 0.353658941e-2],
    [500, 0.263889776e1],
    [600, 0.123443146e2],
  ])('p_sat(%s K) = %s MPa (IF97 Table 35)', (T, pMPa) => {
    expect(rel(saturationPressure(T), pMPa * 1e6)).toBeLessThan(1e-8);
  });

  // IF97 Table 36: saturation temperature check values (K) from Eq. (31).
  it.each([
    [0.1, 0.372755919e3],
    [1, 0.453035632e3],
    [10, 0.584149488e3],
  ])('T_sat(%s MPa) = %s K (IF97 Table 36)', (pMPa, T) => {
    // 9 significant digits in the table: agree to half a unit in the last digit.
    expect(Math.abs(saturationTemperature(pMPa * 1e6) - T)).toBeLessThan(1e-6);
  });

  it('normal boiling point: T_sat(101 325 Pa) = 373.124 K (IAPWS-95, ITS-90)', () => {
    // IAPWS "Guideline on the use of fundamental physical constants and basic constants of water" /
    // Wagner & Pruss (2002): normal boiling temperature 373.124 K.
    expect(saturationTemperature(101325)).toBeCloseTo(373.124, 3);
  });

  it('T_sat and p_sat are inverse to each other (IF97 Eqs. 30/31 are exact inverses, property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 273.15, max: 647.0, noNaN: true }), (T) => {
        expect(Math.abs(saturationTemperature(saturationPressure(T)) - T)).toBeLessThan(1e-8);
      }),
    );
  });

  it('out-of-range inputs throw InputError naming the field and the range', () => {
    expect(() => saturationPressure(700)).toThrow(InputError);
    expect(() => saturationPressure(Number.NaN)).toThrow(/647\.096/);
    expect(() => saturationTemperature(100)).toThrow(/pressure = 100/);
    expect(() => saturationTemperature(3e7)).toThrow(InputError);
  });
});

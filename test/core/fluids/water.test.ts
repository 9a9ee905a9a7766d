import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError } from '../../../src/core/errors';
import { Region1Isobar, saturationPressure } from '../../../src/core/fluids/iapws97';
import { WaterFluid } from '../../../src/core/fluids/water';

const rel = (a: number, b: number) => Math.abs(a / b - 1);
/** Molar mass of water, kg/mol (IAPWS-95, Wagner & Pruss 2002). */
const M = 0.018015268;

describe('WaterFluid against saturated-liquid reference data', () => {
  // Perry's Chemical Engineers' Handbook, 9th ed. (2019), Table 2-135 "Thermodynamic Properties of Water",
  // saturated liquid (IAPWS-95 with the IAPWS transport formulations). Units there: ρ in mol/dm³,
  // cp in kJ/(mol·K), λ in mW/(m·K), µ in µPa·s. Hand conversion: ρ[kg/m³] = ρ[mol/dm³]·18.015268,
  // cp[J/(kg·K)] = cp[kJ/(mol·K)]·1000/0.018015268. Evaluated at p = p_sat(T) (IF97 Eq. 30).
  const PERRY = [
    { T: 280, rho: 55.501, cp: 0.075688, k: 574.04, mu: 1433.7 },
    { T: 290, rho: 55.44, cp: 0.075429, k: 592.73, mu: 1084.0 },
    { T: 300, rho: 55.315, cp: 0.07532, k: 610.28, mu: 853.84 },
    { T: 320, rho: 54.919, cp: 0.075317, k: 639.71, mu: 577.02 },
    { T: 350, rho: 54.049, cp: 0.075567, k: 668.0, mu: 368.77 },
    { T: 370, rho: 53.321, cp: 0.075883, k: 678.02, mu: 291.36 },
    { T: 390, rho: 52.49, cp: 0.076357, k: 682.83, mu: 238.77 },
  ];
  for (const r of PERRY) {
    it(`${r.T} K: ρ and cp within 0.1 %, µ and λ within 1 % (Perry's Table 2-135)`, () => {
      // Saturated liquid: loop pressure p_sat(T), nudged up by 1 ppb so T is not above T_sat by round-off
      // (and at least the 1 kPa the fluid accepts).
      const w = new WaterFluid(Math.max(saturationPressure(r.T) * (1 + 1e-9), 1e3));
      expect(rel(w.density(r.T), r.rho * M * 1e3)).toBeLessThan(1e-3);
      expect(rel(w.specificHeat(r.T), (r.cp * 1e3) / M)).toBeLessThan(1e-3);
      expect(rel(w.viscosity(r.T), r.mu * 1e-6)).toBeLessThan(1e-2);
      expect(rel(w.conductivity(r.T), r.k * 1e-3)).toBeLessThan(1e-2);
    });
  }

  // M. Chaplin, "Water structure and science", water data table (www1.lsbu.ac.uk/water/data1.html), liquid at
  // 0.1 MPa: 20 °C: µ 1.002 mPa·s, ρ 998.2 kg/m³, Cp 75.38 J/(mol·K); 50 °C: 0.547, 988.0, 75.33;
  // 80 °C: 0.355, 971.8, 75.61. Hand conversion cp[J/(kg·K)] = Cp/0.018015268.
  it.each([
    [20, 1.002e-3, 998.2, 75.38],
    [50, 0.547e-3, 988.0, 75.33],
    [80, 0.355e-3, 971.8, 75.61],
  ])('%s °C at 1 bar: ρ, cp within 0.1 %, µ within 1 % (Chaplin/LSBU data)', (c, mu, rho, cpMolar) => {
    const w = new WaterFluid(1e5);
    const T = 273.15 + c;
    expect(rel(w.density(T), rho)).toBeLessThan(1e-3);
    expect(rel(w.specificHeat(T), cpMolar / M)).toBeLessThan(1e-3);
    expect(rel(w.viscosity(T), mu)).toBeLessThan(1e-2);
  });

  it('prandtl = cp·µ/λ, and Pr(20 °C) ≈ 7.0 (Perry-based hand calc: 4184·1.0016e-3/0.5985 = 7.00)', () => {
    const w = new WaterFluid(3e5);
    const T = 293.15;
    expect(rel(w.prandtl(T), (w.specificHeat(T) * w.viscosity(T)) / w.conductivity(T))).toBeLessThan(1e-14);
    expect(w.prandtl(T)).toBeCloseTo(7.0, 1);
  });
});

describe('WaterFluid limits', () => {
  it('covers 0.01–150 °C when the pressure keeps it liquid (5 bar: T_sat = 151.8 °C, IF97 Eq. 31)', () => {
    const w = new WaterFluid(5e5);
    expect(w.maxTemperature).toBeCloseTo(424.99, 1);
    for (const c of [0.01, 20, 60, 100, 150]) expect(w.density(273.15 + c)).toBeGreaterThan(900);
  });

  it('max temperature is the saturation temperature at the loop pressure (3 bar → 406.67 K)', () => {
    // IF97 Eq. (31) at 0.3 MPa: 406.67 K (133.52 °C), e.g. NIST Webbook saturation table.
    expect(new WaterFluid().maxTemperature).toBeCloseTo(406.67, 1);
    expect(new WaterFluid().boilingPoint(1e6)).toBeCloseTo(453.035632, 5); // IF97 Table 36
  });

  it('below 0 °C: PhysicsError naming water, the temperature in K and °C, the limit and a fix', () => {
    const w = new WaterFluid();
    expect(() => w.viscosity(270)).toThrow(PhysicsError);
    expect(() => w.viscosity(270)).toThrow(
      'water: 270.00 K (−3.1 °C) is below its freezing point 273.15 K (0.0 °C); raise the temperature or use a glycol solution',
    );
  });

  it('above boiling: PhysicsError naming the boiling point, the pressure and the fix', () => {
    const w = new WaterFluid(3e5);
    expect(() => w.density(410)).toThrow(
      'water: 410.00 K (136.9 °C) is above its boiling point 406.68 K (133.5 °C) at 3 bar absolute; raise the loop pressure or lower the temperature',
    );
  });

  it('NaN and ±Infinity are PhysicsErrors, never a silent NaN', () => {
    const w = new WaterFluid();
    for (const T of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const m of ['density', 'specificHeat', 'viscosity', 'conductivity', 'prandtl'] as const) {
        expect(() => w[m](T)).toThrow(PhysicsError);
      }
    }
  });

  it('rejects a pressure outside 1 kPa–22.064 MPa (e.g. bar passed as Pa) with an InputError', () => {
    expect(() => new WaterFluid(3)).toThrow(InputError);
    expect(() => new WaterFluid(3)).toThrow(/pressure = 3 is not allowed.*3 bar = 3e5 Pa/);
    expect(() => new WaterFluid(3e7)).toThrow(InputError);
  });
});

describe('WaterFluid properties over its whole domain (fast-check)', () => {
  const state = fc
    .record({
      p: fc.double({ min: 1e5, max: 1e6, noNaN: true }),
      s: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ p, s }) => {
      const w = new WaterFluid(p);
      return { w, T: w.freezingPoint + s * (w.maxTemperature - w.freezingPoint) };
    });

  it('ρ, cp, µ, λ, Pr are finite and positive', () => {
    fc.assert(
      fc.property(state, ({ w, T }) => {
        for (const v of [w.density(T), w.specificHeat(T), w.viscosity(T), w.conductivity(T), w.prandtl(T)]) {
          expect(Number.isFinite(v) && v > 0).toBe(true);
        }
      }),
    );
  });

  it('viscosity decreases with temperature', () => {
    fc.assert(
      fc.property(state, fc.double({ min: 0.01, max: 20, noNaN: true }), ({ w, T }, dT) => {
        fc.pre(T + dT <= w.maxTemperature);
        expect(w.viscosity(T + dT)).toBeLessThan(w.viscosity(T));
      }),
    );
  });

  it('any T outside [freezing point, boiling point] throws a PhysicsError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e3, max: 273.1499, noNaN: true }),
          fc.double({ min: 407, max: 1e4, noNaN: true }),
        ),
        (T) => {
          expect(() => new WaterFluid(3e5).specificHeat(T)).toThrow(PhysicsError);
        },
      ),
    );
  });
});

describe('density and cp from the piecewise Chebyshev interpolant equal the IF97 formulas', () => {
  // The interpolant (4 K pieces, degree 9) against Region1Isobar evaluated directly, on a 0.01 K grid over
  // the whole valid range: below 5 MPa to the formula's own rounding, up to 22 MPa (near 350 °C) within 1e-13.
  it.each([
    [1e4, 5e-15],
    [3e5, 5e-15],
    [1e6, 5e-15],
    [5e6, 5e-15],
    [2.2e7, 1e-13],
  ])('at %d Pa (relative error below %d)', (p, tol) => {
    const w = new WaterFluid(p);
    const exact = new Region1Isobar(p);
    let worstCp = 0;
    let worstRho = 0;
    for (let T = 273.15; T <= w.maxTemperature; T += 0.01) {
      worstCp = Math.max(worstCp, rel(w.specificHeat(T), exact.specificHeat(T)));
      worstRho = Math.max(worstRho, rel(w.density(T), exact.density(T)));
    }
    const top = w.maxTemperature;
    worstCp = Math.max(worstCp, rel(w.specificHeat(top), exact.specificHeat(top)));
    expect(worstCp).toBeLessThan(tol);
    expect(worstRho).toBeLessThan(tol);
  });
});

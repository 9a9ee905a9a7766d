import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError } from '../../../src/core/errors';
import { GlycolFluid } from '../../../src/core/fluids/glycol';
import {
  MELINDER_COLUMN,
  MELINDER_EG,
  MELINDER_PG,
  melinderEvaluate,
} from '../../../src/core/fluids/melinder';
import { WaterFluid } from '../../../src/core/fluids/water';

const rel = (a: number, b: number) => a / b - 1;
const K = (c: number) => c + 273.15;

/**
 * Volume per cent → mass fraction, hand calculation. ASHRAE's glycol tables are in volume per cent of glycol
 * before mixing: w = φ·ρ_g / (φ·ρ_g + (1 − φ)·ρ_w), with pure-component densities at 20 °C:
 * ethylene glycol 1113.2 kg/m³, propylene glycol 1036.1 kg/m³ (CRC Handbook of Chemistry and Physics,
 * "Physical constants of organic compounds"), water 998.2 kg/m³ (IAPWS-95 at 20 °C, 1 atm).
 * E.g. EG 30 vol%: 0.3·1113.2 / (0.3·1113.2 + 0.7·998.2) = 333.96 / 1032.70 = 0.3234.
 */
function massFraction(glycol: 'EG' | 'PG', volPercent: number): number {
  const rg = glycol === 'EG' ? 1113.2 : 1036.1;
  const phi = volPercent / 100;
  return (phi * rg) / (phi * rg + (1 - phi) * 998.2);
}

/**
 * ASHRAE Handbook—Fundamentals (SI), ch. 31 "Physical Properties of Secondary Coolants (Brines)", tables of
 * density, specific heat, thermal conductivity and viscosity of aqueous solutions of industrially inhibited
 * ethylene glycol and propylene glycol (concentrations in volume per cent; section "Inhibited Glycols",
 * p. 31.4 ff. in the 2009 edition). Values as tabulated in EnergyPlus's default glycol data
 * (src/EnergyPlus/FluidProperties.cc, DefaultEthGly… and DefaultPropGly… arrays; EnergyPlus Module Developer
 * guide, "Default Values for Glycol Class Fluids": "as published in the ASHRAE Handbook of Fundamentals").
 * ρ kg/m³, cp J/(kg·K), µ Pa·s, k W/(m·K).
 */
const ASHRAE = [
  { g: 'EG', vol: 30, c: -10, rho: 1054.31, cp: 3560, mu: 6.19e-3, k: 0.415 },
  { g: 'EG', vol: 30, c: 20, rho: 1045.25, cp: 3645, mu: 2.2e-3, k: 0.453 },
  { g: 'EG', vol: 30, c: 40, rho: 1036.78, cp: 3702, mu: 1.34e-3, k: 0.473 },
  { g: 'EG', vol: 30, c: 60, rho: 1026.36, cp: 3759, mu: 0.9e-3, k: 0.488 },
  { g: 'EG', vol: 50, c: -10, rho: 1084.22, cp: 3165, mu: 12.74e-3, k: 0.354 },
  { g: 'EG', vol: 50, c: 20, rho: 1073.35, cp: 3281, mu: 3.94e-3, k: 0.38 },
  { g: 'EG', vol: 50, c: 40, rho: 1063.66, cp: 3358, mu: 2.26e-3, k: 0.394 },
  { g: 'EG', vol: 50, c: 60, rho: 1052.04, cp: 3435, mu: 1.43e-3, k: 0.404 },
  { g: 'PG', vol: 30, c: -10, rho: 1039.42, cp: 3765, mu: 11.87e-3, k: 0.41 },
  { g: 'PG', vol: 30, c: 20, rho: 1028.35, cp: 3848, mu: 3.06e-3, k: 0.445 },
  { g: 'PG', vol: 30, c: 40, rho: 1018.42, cp: 3903, mu: 1.63e-3, k: 0.462 },
  { g: 'PG', vol: 30, c: 60, rho: 1006.44, cp: 3958, mu: 1.01e-3, k: 0.475 },
  { g: 'PG', vol: 50, c: -10, rho: 1056.85, cp: 3416, mu: 34.78e-3, k: 0.342 },
  { g: 'PG', vol: 50, c: 20, rho: 1042.87, cp: 3532, mu: 6.65e-3, k: 0.362 },
  { g: 'PG', vol: 50, c: 40, rho: 1030.98, cp: 3609, mu: 3.11e-3, k: 0.372 },
  { g: 'PG', vol: 50, c: 60, rho: 1017.04, cp: 3686, mu: 1.75e-3, k: 0.378 },
] as const;

const make = (g: 'EG' | 'PG', x: number, p = 3e5) =>
  new GlycolFluid(g === 'EG' ? 'ethylene-glycol' : 'propylene-glycol', x, p);

describe('glycol solutions against the ASHRAE Handbook tables', () => {
  for (const r of ASHRAE.filter((r) => r.c >= 20)) {
    it(`${r.g} ${r.vol} vol% at ${r.c} °C: ρ ±1 %, cp ±2 %, µ ±5 %, k ±3 %`, () => {
      const f = make(r.g, massFraction(r.g, r.vol));
      const T = K(r.c);
      expect(Math.abs(rel(f.density(T), r.rho))).toBeLessThan(0.01);
      expect(Math.abs(rel(f.specificHeat(T), r.cp))).toBeLessThan(0.02);
      expect(Math.abs(rel(f.viscosity(T), r.mu))).toBeLessThan(0.05);
      expect(Math.abs(rel(f.conductivity(T), r.k))).toBeLessThan(0.03);
    });
  }

  // Known limitation, asserted so it cannot grow unnoticed: near the freezing point Melinder's fits give a
  // higher viscosity than the ASHRAE (Dow, inhibited-fluid) tables, +9 % (PG 30) to +15 % (PG 50) at −10 °C;
  // EG 50 cp is 2.7 % low and EG 30 k 3.1 % high there. Sources disagree at these temperatures; we keep
  // Melinder (critically assessed IIR data) and state the spread.
  for (const r of ASHRAE.filter((r) => r.c < 0)) {
    it(`${r.g} ${r.vol} vol% at ${r.c} °C: ρ ±1 %, cp ±3 %, k ±3.5 %, µ 0…+16 % (documented deviation)`, () => {
      const f = make(r.g, massFraction(r.g, r.vol));
      const T = K(r.c);
      expect(Math.abs(rel(f.density(T), r.rho))).toBeLessThan(0.01);
      expect(Math.abs(rel(f.specificHeat(T), r.cp))).toBeLessThan(0.03);
      expect(Math.abs(rel(f.conductivity(T), r.k))).toBeLessThan(0.035);
      const dmu = rel(f.viscosity(T), r.mu);
      expect(dmu).toBeGreaterThan(0);
      expect(dmu).toBeLessThan(0.16);
    });
  }

  it('viscosity is never a constant: PG 30 % changes more than tenfold from −10 to 90 °C', () => {
    const f = make('PG', 0.3);
    expect(f.viscosity(K(-10)) / f.viscosity(K(90))).toBeGreaterThan(10);
  });
});

describe('freezing points', () => {
  it('PG 30 % ≈ −13 °C and EG 30 % ≈ −15 °C by mass (ASHRAE Fundamentals ch. 31 freezing-point tables), ±1 K', () => {
    expect(make('PG', 0.3).freezingPoint).toBeGreaterThan(K(-14));
    expect(make('PG', 0.3).freezingPoint).toBeLessThan(K(-12));
    expect(make('EG', 0.3).freezingPoint).toBeGreaterThan(K(-16));
    expect(make('EG', 0.3).freezingPoint).toBeLessThan(K(-14));
  });

  // Lange's Handbook of Chemistry, 15th ed., Table 5.13 "Compositions of aqueous antifreeze solutions",
  // p. 5.85, propylene glycol–water by volume: 20 % → −6.7 °C, 30 % → −12.8 °C, 40 % → −20.6 °C,
  // 50 % → −33.3 °C. Volume → mass with the hand calculation above.
  it.each([
    [20, -6.7],
    [30, -12.8],
    [40, -20.6],
    [50, -33.3],
  ])('PG %s per cent by volume freezes at %s °C (Lange 15th ed. Table 5.13) within 1 K', (vol, tf) => {
    expect(Math.abs(make('PG', massFraction('PG', vol)).freezingPoint - K(tf))).toBeLessThan(1);
  });

  it('freezing point falls monotonically with glycol share, from ≈ 0 °C at 0 % (property)', () => {
    for (const g of ['EG', 'PG'] as const) {
      expect(Math.abs(make(g, 1e-6).freezingPoint - K(0))).toBeLessThan(0.05);
      fc.assert(
        fc.property(
          fc.double({ min: 0.001, max: 0.59, noNaN: true }),
          fc.double({ min: 0.001, max: 0.01, noNaN: true }),
          (x, dx) => {
            expect(make(g, x + dx).freezingPoint).toBeLessThan(make(g, x).freezingPoint);
          },
        ),
      );
    }
  });
});

describe('0 % limit: Melinder reduces to water', () => {
  // Compared with the IAPWS water model (itself checked against IAPWS tables in water.test.ts).
  it.each([2, 20, 50, 80, 98])(
    'PG and EG at 0.1 per cent match water at %s °C: ρ, cp ±0.2, k ±1, µ ±2 per cent',
    (c) => {
      const w = new WaterFluid(3e5);
      const T = K(c);
      for (const g of ['EG', 'PG'] as const) {
        const f = make(g, 0.001);
        expect(Math.abs(rel(f.density(T), w.density(T)))).toBeLessThan(0.002);
        expect(Math.abs(rel(f.specificHeat(T), w.specificHeat(T)))).toBeLessThan(0.002);
        expect(Math.abs(rel(f.conductivity(T), w.conductivity(T)))).toBeLessThan(0.01);
        expect(Math.abs(rel(f.viscosity(T), w.viscosity(T)))).toBeLessThan(0.02);
      }
    },
  );
});

describe('collapsed cubic equals Melinder’s full polynomial (property)', () => {
  it('ρ, cp, k, µ for any (x, T) in range, both glycols', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('EG', 'PG'),
        fc.double({ min: 0.001, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (g, x, s) => {
          const f = make(g as 'EG' | 'PG', x);
          const T = f.freezingPoint + s * (f.maxTemperature - f.freezingPoint);
          const tab = g === 'EG' ? MELINDER_EG : MELINDER_PG;
          const c = T - 273.15;
          const ev = (col: number) => melinderEvaluate(tab, col, x, c);
          expect(Math.abs(rel(f.density(T), ev(MELINDER_COLUMN.density)))).toBeLessThan(1e-12);
          expect(Math.abs(rel(f.specificHeat(T), ev(MELINDER_COLUMN.specificHeat)))).toBeLessThan(1e-12);
          expect(Math.abs(rel(f.conductivity(T), ev(MELINDER_COLUMN.conductivity)))).toBeLessThan(1e-11);
          expect(
            Math.abs(rel(f.viscosity(T), Math.exp(ev(MELINDER_COLUMN.lnViscosity)) * 1e-3)),
          ).toBeLessThan(1e-12);
        },
      ),
    );
  });
});

describe('glycol properties over the valid domain (fast-check)', () => {
  const state = fc
    .record({
      g: fc.constantFrom<'EG' | 'PG'>('EG', 'PG'),
      x: fc.double({ min: 0.001, max: 0.6, noNaN: true }),
      s: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ g, x, s }) => {
      const f = make(g, x);
      return { f, T: f.freezingPoint + s * (f.maxTemperature - f.freezingPoint) };
    });

  it('ρ, cp, µ, k and Pr are finite and positive; Pr = cp·µ/k', () => {
    fc.assert(
      fc.property(state, ({ f, T }) => {
        for (const v of [f.density(T), f.specificHeat(T), f.viscosity(T), f.conductivity(T), f.prandtl(T)]) {
          expect(Number.isFinite(v) && v > 0).toBe(true);
        }
        expect(
          Math.abs(rel(f.prandtl(T), (f.specificHeat(T) * f.viscosity(T)) / f.conductivity(T))),
        ).toBeLessThan(1e-14);
      }),
    );
  });

  it('viscosity decreases with temperature', () => {
    fc.assert(
      fc.property(state, fc.double({ min: 0.01, max: 20, noNaN: true }), ({ f, T }, dT) => {
        fc.pre(T + dT <= f.maxTemperature);
        expect(f.viscosity(T + dT)).toBeLessThan(f.viscosity(T));
      }),
    );
  });

  it('T below the freezing point or above the limit throws a PhysicsError naming the fluid', () => {
    fc.assert(
      fc.property(
        state,
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.boolean(),
        ({ f }, d, below) => {
          const T = below ? f.freezingPoint - d : f.maxTemperature + d;
          expect(() => f.viscosity(T)).toThrow(PhysicsError);
          expect(() => f.density(T)).toThrow(f.label);
        },
      ),
    );
  });
});

describe('glycol limits and messages', () => {
  it('below freezing: message names fluid, T in K and °C, the freezing point and the fix', () => {
    const f = make('PG', 0.3);
    // Melinder PG 30 %: T_f = −12.79 °C = 260.36 K (hand check of the j = 0 terms:
    // −13.25 − 0.6631·(−0.7031) − 0.01094·0.4943 − 0.0002283·(−0.3476) ≈ −12.79 °C).
    expect(f.freezingPoint).toBeCloseTo(260.36, 2);
    expect(() => f.density(253.15)).toThrow(
      'propylene glycol 30 %: 253.15 K (−20.0 °C) is below its freezing point 260.36 K (−12.8 °C); raise the glycol share or the temperature',
    );
  });

  it('above 100 °C at 3 bar: the correlation limit is named', () => {
    const f = make('EG', 0.4);
    expect(f.maxTemperature).toBe(373.15);
    expect(() => f.specificHeat(380)).toThrow(
      'ethylene glycol 40 %: 380.00 K (106.9 °C) is above 373.15 K (100.0 °C), the upper limit of the Melinder (2010) property fits; lower the temperature',
    );
  });

  it('below 1 atm the boiling point of water limits the range (elevation neglected, stated)', () => {
    // IF97 Eq. (31) at 0.8 bar: T_sat = 366.64 K (93.5 °C).
    const f = make('EG', 0.3, 0.8e5);
    expect(f.maxTemperature).toBeCloseTo(366.64, 2);
    expect(() => f.density(370)).toThrow(
      /above its boiling point 366\.64 K \(93\.5 °C\) at 0\.8 bar absolute \(taken as pure water's/,
    );
    expect(f.boilingPoint(101325)).toBeCloseTo(373.124, 3); // IAPWS normal boiling point
  });

  it('mass fraction outside (0, 0.6] and unknown names are InputErrors', () => {
    expect(() => make('PG', 0.7)).toThrow(InputError);
    expect(() => make('PG', 0)).toThrow(/massFraction = 0 is not allowed/);
    expect(() => new GlycolFluid('brine' as 'ethylene-glycol', 0.3)).toThrow(/fluid = "brine"/);
  });
});

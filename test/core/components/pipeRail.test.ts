import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exponentialProfile,
  type PipeRailSurroundings,
  pipeConvection,
  pipeConvectionCoefficient,
  pipeHeatOutput,
  pipeRailCharacteristic,
  pipeRailHeatCapacity,
  pipeRailOutlet,
  pipeSurfaceArea,
  pipeViewFactors,
  VANTHOOR_PIPE_RAIL,
} from '../../../src/core/components/pipeRail';
import { InputError } from '../../../src/core/errors';

const G = VANTHOOR_PIPE_RAIL;
const SIGMA = 5.670374419e-8; // CODATA 2018

describe('pipe rail geometry ([facts] Ø 51/47 mm, 1.875 m/m², ε 0.88)', () => {
  it('surface area per m² floor = π·0.051·1.875', () => {
    // hand: 3.14159265·0.051 = 0.160221; ×1.875 = 0.300415 m²/m²
    expect(pipeSurfaceArea(G)).toBeCloseTo(0.300415, 5);
  });

  it('heat capacity per m² floor, Vanthoor 2011 eq. 21', () => {
    // hand: (0.051² − 0.047²) = 0.000392 m²; ×7850×640 = 1969.41
    //       0.047² = 0.002209 m²; ×1000×4180 = 9233.62; sum 11203.03
    //       ×¼π×1.875 = ×1.472622 → 16497.8 J/(m²·K)
    expect(pipeRailHeatCapacity(G)).toBeCloseTo(16497.8, 0);
  });

  it('view factors of Vanthoor 2011 Table 3 sum to 0.98 (0.49 up, 0.49 down)', () => {
    const f = pipeViewFactors(3);
    // hand: exp(−0.94·3) = exp(−2.82) = 0.059606
    expect(f.cover).toBeCloseTo(0.49 * 0.059606, 5);
    expect(f.canopy).toBeCloseTo(0.49 * (1 - 0.059606), 5);
    expect(f.floor).toBe(0.49);
    expect(f.canopy + f.floor + f.cover).toBeCloseTo(0.98, 12);
  });
});

describe('pipe → air convection 1.99·π·d·L·|ΔT|^0.32·ΔT (Vanthoor 2011 Table 4)', () => {
  it('hand calculation at ΔT = 40 K', () => {
    // hand: 1.99·π·0.051·1.875 = 0.597825 W/(m²·K^1.32)
    //       40^0.32 = exp(0.32·ln 40) = exp(0.32·3.688879) = exp(1.180441) = 3.255745
    //       h = 1.946407 W/(m²·K); q = h·40 = 77.856 W/m² floor
    expect(pipeConvectionCoefficient(G, 40)).toBeCloseTo(1.946407, 5);
    expect(pipeConvection(G, 333.15, 293.15)).toBeCloseTo(77.856, 2);
    expect(pipeConvection(G, 293.15, 333.15)).toBeCloseTo(-77.856, 2);
  });

  it('convective output grows with exponent 1.32: q(2ΔT)/q(ΔT) = 2^1.32', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 60, noNaN: true }), (dT) => {
        const ratio = pipeConvection(G, 293.15 + 2 * dT, 293.15) / pipeConvection(G, 293.15 + dT, 293.15);
        expect(Math.log(ratio) / Math.log(2)).toBeCloseTo(1.32, 9);
      }),
      { numRuns: 50 },
    );
  });
});

describe('pipe radiation (Vanthoor 2011 eq. 37, Table 3 view factors)', () => {
  it('hand calculation: pipe 60 °C, canopy/floor/cover 20 °C, LAI 3, ε_cover 0.85', () => {
    // hand: A = 0.300415; Σ F·ε_j = 0.49(1−0.059606)·1 + 0.49·1 + 0.49·0.059606·0.85 = 0.975619
    //       σ(333.15⁴ − 293.15⁴) = 5.670374e-8·(1.231838e10 − 7.385107e9) = 279.73 W/m²
    //       R = 0.300415·0.88·279.73·0.975619 = 72.151 W/m² floor
    const s: PipeRailSurroundings = { airT: 293.15, canopyT: 293.15, floorT: 293.15, coverT: 293.15, lai: 3 };
    const q = pipeHeatOutput(G, 333.15, s);
    expect(SIGMA * (333.15 ** 4 - 293.15 ** 4)).toBeCloseTo(279.73, 1);
    expect(q.radiation).toBeCloseTo(72.151, 2);
    expect(q.convection).toBeCloseTo(77.856, 2);
    expect(q.total).toBeCloseTo(150.007, 2);
  });

  it('rail characteristic: effective exponent between ΔT 40 and 60 K lies between radiation (~1.1) and convection (1.32)', () => {
    const q40 = pipeRailCharacteristic(G, 333.15, 293.15).total;
    const q60 = pipeRailCharacteristic(G, 353.15, 293.15).total;
    const n = Math.log(q60 / q40) / Math.log(60 / 40);
    expect(n).toBeGreaterThan(1.15);
    expect(n).toBeLessThan(1.32);
    // Dutch design capacity 130 W/m² ([facts]) is reached at a mean pipe–air difference of ~35–40 K
    expect(q40).toBeGreaterThan(130);
    expect(pipeRailCharacteristic(G, 318.15, 293.15).total).toBeLessThan(130);
  });
});

describe('water side: outlet temperature and heat', () => {
  const sur: PipeRailSurroundings = { airT: 291.15, canopyT: 291.15, floorT: 291.15, coverT: 291.15, lai: 3 };

  it('convection-only rail matches the closed form θ_out^-0.32 = θ_in^-0.32 + 0.32·c·A/(ṁc_p)', () => {
    const bare = { ...G, emissivity: 0 };
    const A = 10000;
    const mdot = 20;
    const cp = 4180;
    const r = pipeRailOutlet(bare, {
      inletT: 291.15 + 50,
      massFlow: mdot,
      cp,
      floorArea: A,
      surroundings: sur,
    });
    // hand: c = 0.597825; 0.32·c·A/(ṁc_p) = 0.32·0.597825·10000/83600 = 0.0228832
    //       50^-0.32 = exp(−0.32·3.912023) = exp(−1.251847) = 0.285976; sum 0.308859
    //       θ_out = 0.308859^(−1/0.32) = exp(3.125·1.174940) = 39.31 K
    const thetaOut = (50 ** -0.32 + (0.32 * 0.5978254 * A) / (mdot * cp)) ** (-1 / 0.32);
    expect(thetaOut).toBeCloseTo(39.31, 1);
    expect(r.outletT - 291.15).toBeCloseTo(thetaOut, 5); // c typed to 7 digits above
  });

  it('energy balance: ṁc_p(T_in − T_out) equals the output integrated along the pipe', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 300, max: 360, noNaN: true }),
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        (Tin, mdot) => {
          const r = pipeRailOutlet(G, {
            inletT: Tin,
            massFlow: mdot,
            cp: 4180,
            floorArea: 10000,
            surroundings: sur,
          });
          expect(Math.abs(r.heat - r.heatOutput)).toBeLessThan(1e-5 * Math.abs(r.heat) + 1e-6);
          // outlet lies between the surroundings and the inlet
          expect(r.outletT).toBeLessThan(Tin);
          expect(r.outletT).toBeGreaterThan(291.15);
          expect(r.meanT).toBeLessThan(Tin);
          expect(r.meanT).toBeGreaterThan(r.outletT);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('more heat for a hotter inlet and for more flow', () => {
    const q = (Tin: number, m: number) =>
      pipeRailOutlet(G, { inletT: Tin, massFlow: m, cp: 4180, floorArea: 10000, surroundings: sur }).heat;
    expect(q(340, 10)).toBeGreaterThan(q(330, 10));
    expect(q(340, 20)).toBeGreaterThan(q(340, 10));
  });

  it('the exponential profile of the climate model stays within 1 % of the exact integration', () => {
    // Same rail, the secant conductance at the exact mean temperature, then the ε-NTU outlet.
    const r = pipeRailOutlet(G, {
      inletT: 343.15,
      massFlow: 15,
      cp: 4180,
      floorArea: 10000,
      surroundings: sur,
    });
    const gSec = pipeHeatOutput(G, r.meanT, sur).total / (r.meanT - 291.15);
    const ntu = (gSec * 10000) / (15 * 4180);
    const { meanFromInlet } = exponentialProfile(ntu);
    const heatExp = 15 * 4180 * (343.15 - 291.15) * (1 - Math.exp(-ntu));
    expect(Math.abs(heatExp / r.heat - 1)).toBeLessThan(0.01);
    expect(Math.abs(291.15 + meanFromInlet * 52 - r.meanT)).toBeLessThan(0.5);
  });

  it('rejects zero flow with an InputError naming the field', () => {
    expect(() =>
      pipeRailOutlet(G, { inletT: 340, massFlow: 0, cp: 4180, floorArea: 100, surroundings: sur }),
    ).toThrow(InputError);
    expect(() =>
      pipeRailOutlet(G, { inletT: 340, massFlow: 0, cp: 4180, floorArea: 100, surroundings: sur }),
    ).toThrow(/massFlow/);
  });
});

describe('exponentialProfile (Incropera eq. 8.45b)', () => {
  it('N = 1: φ = e⁻¹/(1 − e⁻¹) = 0.581977, mean factor 1 − e⁻¹ = 0.632121', () => {
    const p = exponentialProfile(1);
    expect(p.outletFromMean).toBeCloseTo(0.581977, 6);
    expect(p.meanFromInlet).toBeCloseTo(0.632121, 6);
  });

  it('is continuous across the small-N series switch and tends to 1', () => {
    // both sides of N = 1e-4, 2e-6 apart: the difference is the slope (−½ for both) × 2e-6
    const a = exponentialProfile(0.99e-4);
    const b = exponentialProfile(1.01e-4);
    expect(Math.abs(a.outletFromMean - b.outletFromMean - 1e-6)).toBeLessThan(1e-10);
    expect(Math.abs(a.meanFromInlet - b.meanFromInlet - 1e-6)).toBeLessThan(1e-10);
    expect(exponentialProfile(0).outletFromMean).toBe(1);
    expect(() => exponentialProfile(Number.NaN)).toThrow(InputError);
  });
});

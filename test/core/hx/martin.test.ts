import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enlargementFactor, frictionFactorMartin, nusseltMartin } from '../../../src/core/hx/martin';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const DEG = Math.PI / 180;

describe('Martin (1996) / VDI Heat Atlas N6 chevron-channel correlations', () => {
  it("matches Caleb Bell's fluids/ht documented values within the ξ0 rounding difference", () => {
    // fluids.friction.friction_plate_Martin_1999 docstring: Re = 20000 with an angle of 1.15 rad → ξ (Darcy)
    // = 2.284018089834134. Martin's 1999 paper writes the turbulent ξ0 as 4/(1.56 ln Re − 3)², the VDI
    // Heat Atlas as (1.8 lg Re − 1.5)⁻² — the same fit rounded differently (0.03 % here).
    expect(rel(frictionFactorMartin(20000, 1.15), 2.284018089834134)).toBeLessThan(5e-4);
    // ht.conv_plate.Nu_plate_Martin docstring: Re = 2000, Pr = 0.7, chevron angle 45° → Nu = 30.427601053757.
    expect(rel(nusseltMartin(2000, 0.7, 45 * DEG), 30.427601053757)).toBeLessThan(5e-4);
  });

  it('reduces to its two limits: φ → 0 gives ξ0 (straight channel), φ → 90° gives 3.8·ξ1', () => {
    // Laminar Re = 500: ξ0 = 64/500 = 0.128; ξ1 = 597/500 + 3.85 = 5.044 → 3.8 × 5.044 = 19.1672.
    expect(frictionFactorMartin(500, 1e-9)).toBeCloseTo(0.128, 6);
    expect(frictionFactorMartin(500, Math.PI / 2 - 1e-9)).toBeCloseTo(19.1672, 4);
    // Turbulent Re = 10⁴: ξ0 = 1/(1.8·4 − 1.5)² = 1/5.7² = 0.0307787; ξ1 = 39/10^1.156 = 2.72308 → ×3.8 = 10.3477.
    expect(frictionFactorMartin(1e4, 1e-9)).toBeCloseTo(1 / 5.7 ** 2, 6);
    expect(frictionFactorMartin(1e4, Math.PI / 2 - 1e-9)).toBeCloseTo(3.8 * 39 * 1e4 ** -0.289, 4);
  });

  it('hand calculation at Re = 5000, φ = 60°, Pr = 5', () => {
    // ξ0 = (1.8 lg 5000 − 1.5)⁻² = (6.65815 − 1.5)⁻² = 0.0375848; ξ1 = 39·5000^−0.289 = 3.32707;
    // 1/√ξ = cos60/√(0.18 tan60 + 0.36 sin60 + ξ0/cos60) + (1 − cos60)/√(3.8 ξ1)
    //      = 0.5/√(0.311769 + 0.311769 + 0.075170) + 0.5/√12.6429 = 0.598167 + 0.140620 = 0.738787
    // → ξ = 1.83215; Nu = 0.122·5^(1/3)·(ξ·5000²·sin120°)^0.374.
    const xi0 = (1.8 * Math.log10(5000) - 1.5) ** -2;
    const xi1 = 39 * 5000 ** -0.289;
    const c = Math.cos(60 * DEG);
    const inv =
      c / Math.sqrt(0.18 * Math.tan(60 * DEG) + 0.36 * Math.sin(60 * DEG) + xi0 / c) +
      (1 - c) / Math.sqrt(3.8 * xi1);
    const xi = 1 / inv ** 2;
    expect(xi).toBeCloseTo(1.83215, 4);
    expect(rel(frictionFactorMartin(5000, 60 * DEG), xi)).toBeLessThan(1e-12);
    const nu = 0.122 * 5 ** (1 / 3) * (xi * 5000 ** 2 * Math.sin(120 * DEG)) ** 0.374;
    expect(rel(nusseltMartin(5000, 5, 60 * DEG), nu)).toBeLessThan(1e-12);
    // Wall correction (μ/μw)^(1/6): a ratio of 2 raises Nu by 2^(1/6) = 1.12246.
    expect(nusseltMartin(5000, 5, 60 * DEG, 2) / nusseltMartin(5000, 5, 60 * DEG)).toBeCloseTo(
      2 ** (1 / 6),
      12,
    );
  });

  it('is continuous across the laminar–turbulent blend (Re 1800–2000) and exact from 2000 up', () => {
    for (const phi of [30 * DEG, 45 * DEG, 65 * DEG]) {
      for (const re of [1800, 2000]) {
        expect(
          rel(frictionFactorMartin(re * (1 + 1e-9), phi), frictionFactorMartin(re * (1 - 1e-9), phi)),
        ).toBeLessThan(1e-6);
      }
      // Above 2000 the turbulent branch alone, as published.
      const xi0 = (1.8 * Math.log10(2500) - 1.5) ** -2;
      const xi1 = 39 * 2500 ** -0.289;
      const c = Math.cos(phi);
      const inv =
        c / Math.sqrt(0.18 * Math.tan(phi) + 0.36 * Math.sin(phi) + xi0 / c) + (1 - c) / Math.sqrt(3.8 * xi1);
      expect(rel(frictionFactorMartin(2500, phi), 1 / inv ** 2)).toBeLessThan(1e-12);
    }
  });

  it('ξ grows with the chevron angle and falls with Re outside the transition; Nu grows with Re (fast-check)', () => {
    // Across the laminar→turbulent transition ξ rises with Re (the published branches jump up at 2000),
    // so the Re-monotonicity of ξ is checked outside 1600–2000 only.
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 50, max: 1600, noNaN: true }),
          fc.double({ min: 2000, max: 20000, noNaN: true }),
        ),
        fc.double({ min: 1, max: 79, noNaN: true }),
        fc.double({ min: 0.2, max: 10, noNaN: true }),
        (re, deg, dDeg) => {
          const phi = deg * DEG;
          expect(frictionFactorMartin(re, Math.min(phi + dDeg * DEG, 80 * DEG))).toBeGreaterThanOrEqual(
            frictionFactorMartin(re, phi) * (1 - 1e-12),
          );
          if (re * 1.1 < 1800 || re >= 2000) {
            expect(frictionFactorMartin(re * 1.1, phi)).toBeLessThan(frictionFactorMartin(re, phi));
          }
          expect(nusseltMartin(re * 1.1, 4, phi)).toBeGreaterThan(nusseltMartin(re, 4, phi));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('Nu → 0 as Re → 0, never NaN', () => {
    expect(nusseltMartin(0, 5, 45 * DEG)).toBe(0);
    expect(nusseltMartin(1e-12, 5, 45 * DEG)).toBeGreaterThan(0);
    expect(nusseltMartin(1e-12, 5, 45 * DEG)).toBeLessThan(1e-3);
  });

  it('enlargement factor of a sinusoidal corrugation (Martin 1996 Simpson estimate), hand values', () => {
    expect(enlargementFactor(0, 0.01)).toBe(1);
    // b/Λ = 0.3: X = 0.3π = 0.942478; Φ = (1 + √1.888264 + 4√1.444132)/6 = (1 + 1.374141 + 4.806873)/6 = 1.196836.
    expect(enlargementFactor(0.003, 0.01)).toBeCloseTo(1.196836, 5);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import {
  colebrookFrictionFactor,
  frictionFactor,
  fullyRoughFrictionFactor,
  haalandFrictionFactor,
  laminarFrictionFactor,
} from '../../../src/core/hydraulics/friction';

/** Colebrook residual 1/√f + 2 log10(ε/(3.7 D) + 2.51/(Re √f)) — zero at the exact solution. */
function colebrookResidual(f: number, re: number, rr: number): number {
  return 1 / Math.sqrt(f) + 2 * Math.log10(rr / 3.7 + 2.51 / (re * Math.sqrt(f)));
}

/**
 * Independent reference solver: bisection on x = 1/√f over [1, 30] (200 halvings, far beyond double
 * precision). Shares nothing with the production Newton/Haaland code except the Colebrook equation itself.
 */
function colebrookByBisection(re: number, rr: number): number {
  let lo = 1;
  let hi = 30;
  const g = (x: number) => x + 2 * Math.log10(rr / 3.7 + (2.51 * x) / re);
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (g(mid) > 0) hi = mid;
    else lo = mid;
  }
  const x = 0.5 * (lo + hi);
  return 1 / (x * x);
}

describe('frictionFactor — reference values', () => {
  it('Re = 1e5, ε/D = 1e-4 gives the Colebrook value 0.01851', () => {
    const f = frictionFactor(1e5, 1e-4);
    // Moody chart / Colebrook: f ≈ 0.01851 (value quoted in the project brief). A 40-digit evaluation of
    // Colebrook (mpmath findroot, done independently of this code) gives 0.018513866077471643 (17 digits).
    expect(f).toBeCloseTo(0.01851, 5);
    expect(Math.abs(f / 0.01851386607747164 - 1)).toBeLessThan(2e-15);
    // Plug f back into Colebrook: the residual must vanish to rounding.
    expect(Math.abs(colebrookResidual(f, 1e5, 1e-4))).toBeLessThan(1e-13);
    expect(Math.abs(f / colebrookByBisection(1e5, 1e-4) - 1)).toBeLessThan(1e-14);
  });

  it("White's oil-in-cast-iron example: Re = 127 000, ε/d = 0.0013 → f = 0.0227", () => {
    // White, Fluid Mechanics 7th ed., §6.7 worked example (Q = 0.2 m³/s oil, ν = 1e-5 m²/s, d = 200 mm cast iron,
    // ε = 0.26 mm): Re = 4Q/(π d ν) = 127 324, ε/d = 0.0013, Colebrook f = 0.0227.
    const re = (4 * 0.2) / (Math.PI * 0.2 * 1e-5);
    const f = frictionFactor(re, 0.26e-3 / 0.2);
    expect(f).toBeCloseTo(0.0227, 4);
    expect(Math.abs(colebrookResidual(f, re, 0.0013))).toBeLessThan(1e-13);
  });

  it('matches an independent bisection solution of Colebrook to machine precision across the chart', () => {
    let worst = 0;
    for (let i = 0; i <= 40; i++) {
      const re = 4000 * (1e8 / 4000) ** (i / 40);
      for (const rr of [0, 1e-6, 1e-5, 1e-4, 1e-3, 5e-3, 1e-2, 0.03, 0.05]) {
        const f = frictionFactor(re, rr);
        worst = Math.max(worst, Math.abs(f / colebrookByBisection(re, rr) - 1));
        expect(Math.abs(colebrookResidual(f, re, rr))).toBeLessThan(5e-14);
      }
    }
    // Achieved: ≤ 1e-15 relative (a few ulp); bisection itself is exact to ~1 ulp in x.
    expect(worst).toBeLessThan(2e-15);
  });

  it('laminar branch is exactly 64/Re (Hagen–Poiseuille)', () => {
    expect(frictionFactor(1000, 0.01)).toBe(0.064); // 64/1000, roughness has no effect in laminar flow
    expect(frictionFactor(2300, 0)).toBe(64 / 2300);
    expect(laminarFrictionFactor(640)).toBe(0.1);
  });

  it('fully rough limit: ε/D = 0.01 → 1/√f = −2 log10(0.01/3.7) = 5.13640, f = 0.037904', () => {
    // Hand calc: log10(0.01/3.7) = log10(2.7027e-3) = −2.568202; ×(−2) = 5.136404; f = 1/5.136404² = 0.037904.
    // Moody chart, fully rough zone at ε/D = 0.01: f ≈ 0.038.
    expect(fullyRoughFrictionFactor(0.01)).toBeCloseTo(0.037904, 6);
    // Colebrook approaches it as Re → ∞.
    expect(frictionFactor(1e9, 0.01) / fullyRoughFrictionFactor(0.01)).toBeCloseTo(1, 4);
  });
});

describe('Haaland (1983) explicit approximation', () => {
  it('stays within its stated ±1.5 % of Colebrook for 4000 ≤ Re ≤ 1e8, 0 ≤ ε/D ≤ 0.05', () => {
    let worst = 0;
    for (let i = 0; i <= 60; i++) {
      const re = 4000 * (1e8 / 4000) ** (i / 60);
      for (let j = 0; j <= 30; j++) {
        const rr = j === 0 ? 0 : 1e-7 * (0.05 / 1e-7) ** ((j - 1) / 29);
        worst = Math.max(worst, Math.abs(haalandFrictionFactor(re, rr) / colebrookByBisection(re, rr) - 1));
      }
    }
    // Haaland, J. Fluids Eng. 105 (1983) 89: "within ±1.5 %". (Our own grid scan found 1.42 %.)
    expect(worst).toBeLessThan(0.015);
    expect(worst).toBeGreaterThan(0.01); // the bound is not vacuous: the approximation is visibly off
  });
});

describe('frictionFactor — transition 2300 < Re < 4000', () => {
  const rrs = [0, 1e-4, 1e-3, 0.01, 0.05];

  it('is continuous at both regime boundaries', () => {
    for (const rr of rrs) {
      expect(frictionFactor(2300 * (1 + 1e-9), rr) / (64 / 2300)).toBeCloseTo(1, 7);
      expect(frictionFactor(4000 * (1 - 1e-9), rr) / colebrookFrictionFactor(4000, rr)).toBeCloseTo(1, 7);
      expect(frictionFactor(4000, rr)).toBe(colebrookFrictionFactor(4000, rr));
    }
  });

  it('has a continuous slope at both boundaries (C¹ smoothstep blend)', () => {
    const h = 1e-3;
    const slope = (re: number, rr: number, side: -1 | 1) =>
      (side * (frictionFactor(re + side * h, rr) - frictionFactor(re, rr))) / h;
    for (const rr of rrs) {
      // Left/right one-sided differences agree to O(h) — a kink would leave an O(1) gap.
      for (const re of [2300, 4000]) {
        const left = slope(re, rr, -1);
        const right = slope(re, rr, 1);
        expect(Math.abs(left - right)).toBeLessThan(1e-3 * Math.abs(left) + 1e-9);
      }
      // Laminar side slope is d(64/Re)/dRe = −64/Re² (hand derivative).
      expect(slope(2300, rr, 1) / (-64 / 2300 ** 2)).toBeCloseTo(1, 3);
    }
  });

  it('lies between the laminar and Colebrook curves', () => {
    fc.assert(
      fc.property(fc.double({ min: 2301, max: 3999, noNaN: true }), fc.constantFrom(...rrs), (re, rr) => {
        const f = frictionFactor(re, rr);
        const lam = 64 / re;
        const tur = colebrookFrictionFactor(re, rr);
        return f >= Math.min(lam, tur) && f <= Math.max(lam, tur);
      }),
    );
  });
});

describe('frictionFactor — properties', () => {
  const reAny = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
  const rrAny = fc.double({ min: 0, max: 0.05, noNaN: true });

  it('is positive and finite for every valid input', () => {
    fc.assert(
      fc.property(
        reAny,
        rrAny,
        (re, rr) => Number.isFinite(frictionFactor(re, rr)) && frictionFactor(re, rr) > 0,
      ),
    );
  });

  it('decreases with Re in the turbulent smooth-pipe regime', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 4000, max: 1e8, noNaN: true }),
        fc.double({ min: 1.001, max: 100, noNaN: true }),
        (re, k) => {
          return frictionFactor(re * k, 0) < frictionFactor(re, 0);
        },
      ),
    );
  });

  it('does not decrease with roughness (strictly increases when turbulent)', () => {
    fc.assert(
      fc.property(reAny, rrAny, rrAny, (re, a, b) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const flo = frictionFactor(re, lo);
        const fhi = frictionFactor(re, hi);
        if (re >= 4000 && hi > lo * (1 + 1e-6) + 1e-9) return fhi > flo;
        return fhi >= flo;
      }),
    );
  });

  it('f·Re² (∝ pressure drop at fixed pipe and fluid) rises strictly with Re in every regime', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 1e7, noNaN: true }),
        fc.double({ min: 1.0001, max: 3, noNaN: true }),
        rrAny,
        (re, k, rr) => {
          const re2 = re * k;
          return frictionFactor(re2, rr) * re2 * re2 > frictionFactor(re, rr) * re * re;
        },
      ),
    );
    // And densely through the transition, where the blend could in principle dip.
    for (const rr of [0, 1e-3, 0.05]) {
      let prev = 0;
      for (let re = 2200; re <= 4100; re += 1) {
        const v = frictionFactor(re, rr) * re * re;
        expect(v).toBeGreaterThan(prev);
        prev = v;
      }
    }
  });
});

describe('frictionFactor — validation', () => {
  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects Re = %s with an InputError naming reynolds',
    (re) => {
      expect(() => frictionFactor(re, 1e-4)).toThrow(InputError);
      expect(() => frictionFactor(re, 1e-4)).toThrow(/reynolds/);
    },
  );

  it.each([-1e-6, Number.NaN, 0.051, 1])(
    'rejects ε/D = %s with an InputError naming relativeRoughness',
    (rr) => {
      expect(() => frictionFactor(1e5, rr)).toThrow(InputError);
      expect(() => frictionFactor(1e5, rr)).toThrow(/relativeRoughness.*between 0 and 0\.05/);
    },
  );

  it('Colebrook alone refuses laminar Re; fully rough refuses a smooth pipe', () => {
    expect(() => colebrookFrictionFactor(1000, 0)).toThrow(/≥ 2300/);
    expect(() => fullyRoughFrictionFactor(0)).toThrow(InputError);
  });
});

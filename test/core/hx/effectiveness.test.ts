import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError } from '../../../src/core/errors';
import {
  effectiveness,
  FLOW_ARRANGEMENTS,
  type FlowArrangement,
  maxEffectiveness,
  ntuFromEffectiveness,
} from '../../../src/core/hx/effectiveness';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('effectiveness(): reference values', () => {
  it("matches Caleb Bell's ht documented examples (ht.hx.effectiveness_from_NTU, NTU = 5, Cr = 0.7)", () => {
    // ht docstring of effectiveness_from_NTU: parallel 0.5881156068417585, crossflow (exact, Triboix 2009
    // integral) 0.84448217997, counterflow 0.920670368605.
    expect(rel(effectiveness(5, 0.7, 'parallel'), 0.5881156068417585)).toBeLessThan(1e-12);
    expect(rel(effectiveness(5, 0.7, 'crossflow-unmixed'), 0.8444821799748551)).toBeLessThan(1e-12);
    expect(rel(effectiveness(5, 0.7, 'counterflow'), 0.920670368605)).toBeLessThan(1e-11);
    // ht tests/test_hx.py test_effectiveness_NTU: 'crossflow, mixed Cmin' 0.7497843941508544,
    // 'crossflow, mixed Cmax' 0.7158099831204696, 'boiler' (Cr = 0) 0.9932620530009145.
    expect(rel(effectiveness(5, 0.7, 'crossflow-cmin-mixed'), 0.7497843941508544)).toBeLessThan(1e-12);
    expect(rel(effectiveness(5, 0.7, 'crossflow-cmax-mixed'), 0.7158099831204696)).toBeLessThan(1e-12);
    for (const a of FLOW_ARRANGEMENTS)
      expect(rel(effectiveness(5, 0, a), 0.9932620530009145)).toBeLessThan(1e-12);
  });

  it('matches ht temperature_effectiveness_basic (R1 = 3.5107…, NTU1 = 0.2978…) converted to ε, NTU, Cr', () => {
    // ht tests/test_hx.py test_temperature_effectiveness_basic. P1 is side 1's temperature effectiveness;
    // side 1 is the Cmax stream (R1 = C1/C2 > 1), so ε = P1·R1, NTU = NTU1·R1, Cr = 1/R1, and
    // "mixed 1" = Cmax mixed, "mixed 2" = Cmin mixed.
    const R1 = 3.5107078039927404;
    const NTU1 = 0.29786672449248663;
    const ntu = NTU1 * R1;
    const cr = 1 / R1;
    const cases: [FlowArrangement, number][] = [
      ['counterflow', 0.173382601503],
      ['parallel', 0.163852912049],
      ['crossflow-unmixed', 0.1698702121873175],
      ['crossflow-cmax-mixed', 0.168678230894],
      ['crossflow-cmin-mixed', 0.16953790774],
    ];
    for (const [a, p1] of cases) expect(rel(effectiveness(ntu, cr, a) / R1, p1)).toBeLessThan(1e-9);
  });

  it('Holman (Heat Transfer, 10th ed.) Example 10-9, steam/oil crossflow with Cmax mixed (as worked in ht docs)', () => {
    // Cmin = 0.725 kg/s × 1900 J/(kg K) = 1377.5 W/K, Cmax = 5.2 × 1860 = 9672 W/K,
    // NTU = 275 W/(m² K) × 10.82 m² / 1377.5 = 2.16007259528, ε = 0.831218036142.
    const cr = 1377.5 / 9672;
    const ntu = (275 * 10.82) / 1377.5;
    expect(ntu).toBeCloseTo(2.16007259528, 10);
    expect(rel(effectiveness(ntu, cr, 'crossflow-cmax-mixed'), 0.831218036142)).toBeLessThan(1e-10);
  });

  it('hand calculations from Incropera Table 11.3', () => {
    // Counterflow NTU = 1, Cr = 0.5: ε = (1 − e^−0.5)/(1 − 0.5 e^−0.5) = 0.393469/0.696735 = 0.564733.
    expect(effectiveness(1, 0.5, 'counterflow')).toBeCloseTo(
      (1 - Math.exp(-0.5)) / (1 - 0.5 * Math.exp(-0.5)),
      14,
    );
    expect(effectiveness(1, 0.5, 'counterflow')).toBeCloseTo(0.564733, 6);
    // Counterflow Cr = 1: ε = NTU/(1 + NTU) (Incropera Table 11.3); NTU = 9 → 0.9 (also an ht test case).
    expect(effectiveness(9, 1, 'counterflow')).toBeCloseTo(0.9, 14);
    // Parallel NTU = 2, Cr = 1: ε = (1 − e^−4)/2 = 0.490842.
    expect(effectiveness(2, 1, 'parallel')).toBeCloseTo((1 - Math.exp(-4)) / 2, 14);
    // Cr = 0: ε = 1 − e^−NTU for every arrangement (Incropera Table 11.3, Cr = 0 row).
    for (const a of FLOW_ARRANGEMENTS) expect(effectiveness(1.3, 0, a)).toBeCloseTo(1 - Math.exp(-1.3), 14);
    // NTU = 0: no exchanger, ε = 0.
    for (const a of FLOW_ARRANGEMENTS) expect(effectiveness(0, 0.6, a)).toBe(0);
  });

  it('crossflow-unmixed agrees with the independent Mason (1954) single series, written out here', () => {
    // Shah & Sekulic (2003) Table 3.6 / ht test crossflow_unmixed_sum_infinite:
    // ε = 1 − e^−N − e^−(1+Cr)N Σ_{n≥1} Cr^n P_n(N),  P_n(N) = 1/(n+1)! Σ_{j=1..n} (n+1−j)/j! N^(n+j).
    const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));
    const mason = (N: number, cr: number): number => {
      let tot = 0;
      for (let n = 1; n < 80; n++) {
        let s = 0;
        for (let j = 1; j <= n; j++) s += ((n + 1 - j) / fact(j)) * N ** (n + j);
        tot += cr ** n * (s / fact(n + 1));
      }
      return 1 - Math.exp(-N) - Math.exp(-(1 + cr) * N) * tot;
    };
    for (const [N, cr] of [
      [0.1, 0.2],
      [0.5, 1],
      [1, 1],
      [2, 0.5],
      [3, 0.8],
      [5, 0.7],
    ] as const) {
      expect(Math.abs(effectiveness(N, cr, 'crossflow-unmixed') - mason(N, cr))).toBeLessThan(1e-12);
    }
  });

  it('counterflow is continuous and stable through Cr = 1 (no 0/0)', () => {
    for (const ntu of [0.01, 1, 5, 50, 1e4]) {
      const at1 = ntu / (1 + ntu);
      for (const d of [1e-16, 1e-12, 1e-8, 1e-6]) {
        expect(Math.abs(effectiveness(ntu, 1 - d, 'counterflow') - at1)).toBeLessThan(ntu * d + 1e-15);
      }
    }
  });

  it('crossflow-unmixed works at large NTU (series walk starts at the Poisson mode)', () => {
    // At NTU = 1000, Cr = 1 ε is close to but below 1; the result is finite and increasing.
    const a = effectiveness(1000, 1, 'crossflow-unmixed');
    const b = effectiveness(2000, 1, 'crossflow-unmixed');
    expect(a).toBeGreaterThan(0.97);
    expect(b).toBeGreaterThan(a);
    expect(b).toBeLessThan(1);
  });
});

describe('ntuFromEffectiveness()', () => {
  it('inverts closed forms (ht tests: counterflow ε = 0.9, Cr = 1 → NTU = 9; Holman 10-9 → 2.16007)', () => {
    expect(ntuFromEffectiveness(0.9, 1, 'counterflow')).toBeCloseTo(9, 12);
    expect(ntuFromEffectiveness(0.831218036142, 1377.5 / 9672, 'crossflow-cmax-mixed')).toBeCloseTo(
      2.16007259528,
      9,
    );
    expect(ntuFromEffectiveness(0.7497843941508544, 0.7, 'crossflow-cmin-mixed')).toBeCloseTo(5, 10);
    expect(ntuFromEffectiveness(0.7158099831204696, 0.7, 'crossflow-cmax-mixed')).toBeCloseTo(5, 9);
    expect(ntuFromEffectiveness(0.8444821799748551, 0.7, 'crossflow-unmixed')).toBeCloseTo(5, 9);
  });

  it('Incropera Example 11.3 (6th ed.): finned-tube crossflow, both unmixed, ε = 0.755, Cr = 0.45 → NTU ≈ 2.1', () => {
    // Example data: water 1 kg/s, cp 4197 J/(kg K), 35 → 125 °C; gas 300 → 100 °C.
    // q = 4197 × 90 = 377 730 W; Cmin = Ch = q/200 = 1889 W/K; Cr = 1889/4197 = 0.45;
    // ε = q/(Cmin (300 − 35)) = 0.755; Fig. 11.14 (chart) gives NTU ≈ 2.1, so Ah = 2.1 × 1889/100 ≈ 39.7 m².
    const q = 4197 * 90;
    const cmin = q / 200;
    const ntu = ntuFromEffectiveness(q / (cmin * 265), cmin / 4197, 'crossflow-unmixed');
    // The exact series gives 2.08; the book's value is read off a chart (±0.05).
    expect(Math.abs(ntu - 2.1)).toBeLessThan(0.05);
    expect(Math.abs((ntu * cmin) / 100 - 39.7)).toBeLessThan(1.0);
  });

  it('throws PhysicsError naming the maximum for an unreachable ε', () => {
    // Parallel: ε_max = 1/(1 + Cr) = 0.625 at Cr = 0.6 (ht test uses 0.62500001).
    expect(() => ntuFromEffectiveness(0.62500001, 0.6, 'parallel')).toThrowError(PhysicsError);
    expect(() => ntuFromEffectiveness(0.62500001, 0.6, 'parallel')).toThrowError(/at most 0\.625/);
    // Cmin mixed: ε_max = 1 − e^(−1/Cr) = 0.760349 at Cr = 0.7 (ht test 0.760348963559).
    expect(() => ntuFromEffectiveness(0.760348963559, 0.7, 'crossflow-cmin-mixed')).toThrowError(/0\.760349/);
    // Cmax mixed: ε_max = (1 − e^−Cr)/Cr = 0.720164 at Cr = 0.7 (ht test 0.7201638517265581).
    expect(() => ntuFromEffectiveness(0.7201638517265581, 0.7, 'crossflow-cmax-mixed')).toThrowError(
      /0\.720164/,
    );
    expect(() => ntuFromEffectiveness(1, 0.5, 'counterflow')).toThrowError(PhysicsError);
  });

  it('validates inputs with InputError', () => {
    expect(() => effectiveness(-1, 0.5)).toThrowError(InputError);
    expect(() => effectiveness(Number.NaN, 0.5)).toThrowError(/ntu/);
    expect(() => effectiveness(Number.POSITIVE_INFINITY, 0.5)).toThrowError(InputError);
    expect(() => effectiveness(1, 1.2)).toThrowError(/cr = 1\.2.*between 0 and 1/);
    expect(() => effectiveness(1, -0.1)).toThrowError(InputError);
    expect(() => effectiveness(1, 0.5, 'shell-and-tube' as FlowArrangement)).toThrowError(/arrangement/);
    expect(() => ntuFromEffectiveness(1.1, 0.5)).toThrowError(InputError);
    expect(() => ntuFromEffectiveness(-0.1, 0.5)).toThrowError(InputError);
  });

  it('maxEffectiveness gives the NTU → ∞ limits', () => {
    expect(maxEffectiveness(0.6, 'parallel')).toBeCloseTo(0.625, 14);
    expect(maxEffectiveness(0.7, 'crossflow-cmin-mixed')).toBeCloseTo(1 - Math.exp(-1 / 0.7), 14);
    expect(maxEffectiveness(0.7, 'crossflow-cmax-mixed')).toBeCloseTo((1 - Math.exp(-0.7)) / 0.7, 14);
    expect(maxEffectiveness(1, 'counterflow')).toBe(1);
    for (const a of FLOW_ARRANGEMENTS) expect(maxEffectiveness(0, a)).toBe(1);
    // The forward relations approach the limits.
    expect(effectiveness(60, 0.7, 'crossflow-cmax-mixed')).toBeCloseTo(
      maxEffectiveness(0.7, 'crossflow-cmax-mixed'),
      12,
    );
    expect(effectiveness(200, 0.7, 'crossflow-cmin-mixed')).toBeCloseTo(
      maxEffectiveness(0.7, 'crossflow-cmin-mixed'),
      12,
    );
  });
});

describe('ε–NTU properties (fast-check)', () => {
  const arr = fc.constantFrom(...FLOW_ARRANGEMENTS);
  const ntuArb = fc.double({ min: 0, max: 30, noNaN: true });
  const crArb = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

  it('0 ≤ ε ≤ min(1, ε_max) and ε ≤ counterflow ε', () => {
    fc.assert(
      fc.property(ntuArb, crArb, arr, (ntu, cr, a) => {
        const e = effectiveness(ntu, cr, a);
        expect(e).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(maxEffectiveness(cr, a) + 1e-12);
        expect(e).toBeLessThanOrEqual(effectiveness(ntu, cr, 'counterflow') + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('ε is non-decreasing in NTU', () => {
    fc.assert(
      fc.property(ntuArb, fc.double({ min: 0, max: 5, noNaN: true }), crArb, arr, (ntu, dn, cr, a) => {
        expect(effectiveness(ntu + dn, cr, a)).toBeGreaterThanOrEqual(effectiveness(ntu, cr, a) - 1e-13);
      }),
      { numRuns: 300 },
    );
  });

  it('inverse ∘ forward = identity', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-4, max: 8, noNaN: true }), crArb, arr, (ntu, cr, a) => {
        const e = effectiveness(ntu, cr, a);
        // Skip points where ε is numerically at its ceiling (the inverse is then ill-conditioned).
        fc.pre(e < maxEffectiveness(cr, a) * (1 - 1e-9) && e > 1e-9);
        const back = ntuFromEffectiveness(e, cr, a);
        // Conditioning: δNTU ≈ δε/(dε/dNTU); allow a relative 1e-7.
        expect(Math.abs(back - ntu) / ntu).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError, toKelvin } from '../../../src/core/errors';
import { effectiveness, FLOW_ARRANGEMENTS } from '../../../src/core/hx/effectiveness';
import {
  correctionFactorFromEffectiveness,
  lmtdCorrectionFactor,
  lmtdCounterflow,
  lmtdParallel,
  logMean,
} from '../../../src/core/hx/lmtd';

describe('logMean / LMTD', () => {
  it('Incropera (6th ed.) Example 11.1: counterflow oil cooler, ΔT_lm = 43.2 °C', () => {
    // Oil 0.1 kg/s, cp 2131 J/(kg K), 100 → 60 °C; water 0.2 kg/s, cp 4178, in at 30 °C.
    // q = 0.1 × 2131 × 40 = 8524 W; Tc,o = 30 + 8524/(0.2 × 4178) = 40.2 °C;
    // ΔT_lm = (59.8 − 30)/ln(59.8/30) = 43.2 °C (book value).
    const q = 0.1 * 2131 * 40;
    const tco = 30 + q / (0.2 * 4178);
    expect(tco).toBeCloseTo(40.2, 1);
    const lm = lmtdCounterflow(toKelvin(100), toKelvin(60), toKelvin(30), toKelvin(tco));
    expect(lm).toBeCloseTo(43.2, 1);
    // The book then finds L = q/(U π D ΔT_lm) = 8524/(38.1 × π × 0.025 × 43.2) = 65.9 m.
    expect(q / (38.1 * Math.PI * 0.025 * lm)).toBeCloseTo(65.9, 1);
  });

  it('hand calculations: parallel flow and the equal-difference limit', () => {
    // Parallel, hot 100 → 60, cold 30 → 40: ΔT1 = 70, ΔT2 = 20, ΔT_lm = 50/ln 3.5 = 39.9118.
    expect(lmtdParallel(toKelvin(100), toKelvin(60), toKelvin(30), toKelvin(40))).toBeCloseTo(
      50 / Math.log(3.5),
      10,
    );
    // ΔT1 = ΔT2: the limit is the difference itself.
    expect(logMean(10, 10)).toBe(10);
    // Near-equal: L ≈ A − (Δ²)/(12 A) for ΔT = A ± Δ/2 (series of (a − b)/ln(a/b)); 10 vs 10·(1 + 1e-9).
    const a = 10;
    const b = 10 * (1 + 1e-9);
    const mean = (a + b) / 2;
    expect(Math.abs(logMean(a, b) - (mean - (b - a) ** 2 / (12 * mean)))).toBeLessThan(1e-13);
    // Symmetric in its arguments.
    expect(logMean(7, 3)).toBeCloseTo(logMean(3, 7), 14);
  });

  it('lies between the geometric and the arithmetic mean (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 200, noNaN: true }),
        fc.double({ min: 1e-3, max: 200, noNaN: true }),
        (x, y) => {
          const l = logMean(x, y);
          expect(l).toBeGreaterThanOrEqual(Math.sqrt(x * y) * (1 - 1e-12));
          expect(l).toBeLessThanOrEqual(((x + y) / 2) * (1 + 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('throws PhysicsError for a cross or zero pinch, naming the temperatures and the shortfall', () => {
    expect(() => logMean(0, 5)).toThrowError(PhysicsError);
    expect(() => logMean(-1, 5)).toThrowError(/must be above 0 K/);
    expect(() => logMean(Number.NaN, 5)).toThrowError(InputError);
    expect(() => lmtdCounterflow(toKelvin(80), toKelvin(55), toKelvin(45), toKelvin(82))).toThrowError(
      /cold outlet 82\.0 °C is not below hot inlet 80\.0 °C.*more than 2\.0 K/,
    );
    expect(() => lmtdCounterflow(toKelvin(80), toKelvin(40), toKelvin(45), toKelvin(60))).toThrowError(
      /hot outlet 40\.0 °C is not above cold inlet 45\.0 °C.*5\.0 K/,
    );
    expect(() => lmtdParallel(toKelvin(80), toKelvin(55), toKelvin(45), toKelvin(60))).toThrowError(
      /parallel flow: cold outlet 60\.0 °C is not below hot outlet 55\.0 °C/,
    );
  });
});

describe('LMTD correction factor F (ε–NTU equivalence)', () => {
  it('Holman Example 10-9 (crossflow, Cmax mixed): F = Q/(UA·ΔT_lm,cf) from the book numbers', () => {
    // Worked in ht's effectiveness_from_NTU docs: UA = 275 × 10.82 W/K, Thi = 130, Tci = 15 °C,
    // Q = 131675.3271504 W, Tco = 110.5900741563 °C, Tho = 116.3859256461 °C.
    const ua = 275 * 10.82;
    const q = 131675.3271504;
    const [thi, tho, tci, tco] = [130, 116.3859256461, 15, 110.5900741563].map(toKelvin) as [
      number,
      number,
      number,
      number,
    ];
    // Counterflow LMTD by hand: ΔT1 = 130 − 110.590 = 19.410, ΔT2 = 116.386 − 15 = 101.386.
    const dt1 = 130 - 110.5900741563;
    const dt2 = 116.3859256461 - 15;
    const lmCf = (dt2 - dt1) / Math.log(dt2 / dt1);
    const fBook = q / (ua * lmCf);
    expect(Math.abs(lmtdCorrectionFactor(thi, tho, tci, tco, 'crossflow-cmax-mixed') - fBook)).toBeLessThan(
      1e-8,
    );
    expect(fBook).toBeLessThan(1);
  });

  it('is 1 for counterflow and for ε → 0, below 1 otherwise', () => {
    expect(correctionFactorFromEffectiveness(0.7, 0.5, 'counterflow')).toBe(1);
    expect(correctionFactorFromEffectiveness(0, 0.5, 'crossflow-unmixed')).toBe(1);
    expect(correctionFactorFromEffectiveness(1e-6, 0.5, 'crossflow-unmixed')).toBeCloseTo(1, 5);
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 4, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.constantFrom(...FLOW_ARRANGEMENTS),
        (ntu, cr, a) => {
          const e = effectiveness(ntu, cr, a);
          const f = correctionFactorFromEffectiveness(e, cr, a);
          expect(f).toBeGreaterThan(0);
          expect(f).toBeLessThanOrEqual(1 + 1e-9);
          // Definition: F·NTU = NTU of a counterflow exchanger with the same ε and Cr, written out here from
          // Incropera (7th ed.) eq. 11.30b: NTU_cf = ln((1 − ε·Cr)/(1 − ε))/(1 − Cr), and ε/(1 − ε) at Cr = 1.
          const ntuCf = Math.abs(1 - cr) < 1e-9 ? e / (1 - e) : Math.log((1 - e * cr) / (1 - e)) / (1 - cr);
          expect(Math.abs(f * ntu - ntuCf)).toBeLessThan(1e-7 * ntuCf);
          if (a === 'counterflow') expect(f).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('parallel flow: F·LMTD_cf equals the parallel LMTD (hand check of the equivalence)', () => {
    // Hot 100 → 60 °C, cold 30 → 40 °C: both LMTDs by hand, F_parallel = LMTD_pf/LMTD_cf.
    const [a, b, c, d] = [100, 60, 30, 40].map(toKelvin) as [number, number, number, number];
    const lmPf = 50 / Math.log(70 / 20);
    const lmCf = (60 - 30) / Math.log(60 / 30);
    expect(lmtdCorrectionFactor(a, b, c, d, 'parallel')).toBeCloseTo(lmPf / lmCf, 10);
  });

  it('rejects impossible terminal temperatures', () => {
    expect(() =>
      lmtdCorrectionFactor(toKelvin(80), toKelvin(90), toKelvin(40), toKelvin(50), 'crossflow-unmixed'),
    ).toThrowError(PhysicsError);
    // Parallel cannot bring the cold outlet above the hot outlet: ε above 1/(1 + Cr).
    expect(() =>
      lmtdCorrectionFactor(toKelvin(80), toKelvin(50), toKelvin(40), toKelvin(70), 'parallel'),
    ).toThrowError(/not reachable.*at most/);
  });
});

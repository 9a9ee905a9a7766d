/**
 * The off-design model by hand: ε–NTU with cp at each stream's mean temperature (the fixed point solved here
 * by plain substitution), the zero-flow state, the regularised hA(ṁ) law's defining conditions (Modelica
 * Buildings regNonZeroPower) and the wording of every refusal.
 */
import { describe, expect, it } from 'vitest';
import { InputError, toKelvin } from '../../../src/core/errors';
import type { Fluid } from '../../../src/core/fluids/types';
import { sizeNominal } from '../../../src/core/hx/nominal';
import {
  hxModel,
  hxModelFromUA,
  newOffDesignResult,
  offDesign,
  PLATE_PRESETS,
  ratePlate,
  sizePlate,
} from '../../../src/core/hx/plate';
import { regPower, regularizedPower } from '../../../src/core/hx/regPower';
import { constantFluid, thrown, rel } from './testFluids';

const K = toKelvin;

/** A liquid whose cp rises 0.1 %/K (a glycol-like slope): cp = 4000·(1 + 0.001·(T − 50 °C)) J/(kg·K). */
function slopedFluid(): Fluid {
  const base = constantFluid({ cp: 4000, rho: 1000, mu: 6e-4, k: 0.6 });
  const cp = (T: number): number => 4000 * (1 + 0.001 * (T - K(50)));
  return { ...base, specificHeat: cp, prandtl: (T) => (cp(T) * 6e-4) / 0.6 };
}

/** Counterflow ε (Incropera Table 11.3), Cr < 1. */
const counterflow = (ntu: number, cr: number): number =>
  (1 - Math.exp(-ntu * (1 - cr))) / (1 - cr * Math.exp(-ntu * (1 - cr)));

describe('offDesign(): cp at the mean temperatures, solved by hand', () => {
  it('scaling mode at nominal flows: UA fixed, the means found by substitution', () => {
    // UA = 9000 W/K at the nominal flows (hA = 2·UA per side, so UA(nominal) = UA); hot 1.5 kg/s at 80 °C,
    // cold 2 kg/s at 30 °C. Substitution: means → cp → Ch, Cc → ε → Q → outlets → means, to convergence.
    const f = slopedFluid();
    const hx = hxModelFromUA({
      ua: 9000,
      hotFlowNominal: 1.5,
      coldFlowNominal: 2,
      hotFluid: f,
      coldFluid: f,
    });
    const cp = (T: number): number => 4000 * (1 + 0.001 * (T - K(50)));
    let [hm, cm] = [K(80), K(30)];
    let q = 0;
    for (let i = 0; i < 60; i++) {
      const ch = 1.5 * cp(hm);
      const cc = 2 * cp(cm);
      const cmin = Math.min(ch, cc);
      q = counterflow(9000 / cmin, cmin / Math.max(ch, cc)) * cmin * 50;
      hm = K(80) - q / ch / 2;
      cm = K(30) + q / cc / 2;
    }
    // Fresh model: no warm start from another call. The passes stop once the means move < 1e-4 K
    // (offDesign.ts MEAN_TOLERANCE): with this fluid's cp slope, 1e-3 per K, the duty is within 1e-7 of the
    // fixed point and each outlet within 1e-7 of the 50 K inlet difference.
    const dutyTol = 1e-4 * 1e-3;
    const r = offDesign(hx, { hotFlow: 1.5, coldFlow: 2, hotIn: K(80), coldIn: K(30) });
    expect(rel(r.duty, q)).toBeLessThan(dutyTol);
    expect(Math.abs(r.hotOut - (2 * hm - K(80)))).toBeLessThan(dutyTol * 50);
    expect(Math.abs(r.coldOut - (2 * cm - K(30)))).toBeLessThan(dutyTol * 50);
    expect(r.ua).toBeCloseTo(9000, 9);
    // The same exchanger again a little warmer (the warm-started path) agrees with a cold start.
    const again = offDesign(hx, { hotFlow: 1.5, coldFlow: 2, hotIn: K(82), coldIn: K(30) });
    const fresh = offDesign(
      hxModelFromUA({ ua: 9000, hotFlowNominal: 1.5, coldFlowNominal: 2, hotFluid: f, coldFluid: f }),
      {
        hotFlow: 1.5,
        coldFlow: 2,
        hotIn: K(82),
        coldIn: K(30),
      },
    );
    expect(rel(again.duty, fresh.duty)).toBeLessThan(2 * dutyTol);
  });

  it('UA follows the exchanger and both flows from call to call (the last UA is reused only at the same three)', () => {
    // hA = 2·UA_nom per side at nominal flow, hA ∝ (ṁ/ṁ_nom)^0.8: UA = 1 / (1/hA_h + 1/hA_c) by hand.
    const f = slopedFluid();
    const make = (ua: number) =>
      hxModelFromUA({ ua, hotFlowNominal: 1.5, coldFlowNominal: 2, hotFluid: f, coldFluid: f });
    const a = make(9000);
    const b = make(6000);
    const ua = (nom: number, hot: number, cold: number) =>
      1 / (1 / (2 * nom * (hot / 1.5) ** 0.8) + 1 / (2 * nom * (cold / 2) ** 0.8));
    const at = (hx: typeof a, hot: number, cold: number) =>
      offDesign(hx, { hotFlow: hot, coldFlow: cold, hotIn: K(80), coldIn: K(30) }).ua;
    expect(rel(at(a, 1.2, 1.6), ua(9000, 1.2, 1.6))).toBeLessThan(1e-12);
    expect(rel(at(a, 1.2, 1.6), ua(9000, 1.2, 1.6))).toBeLessThan(1e-12); // the same three: reused
    expect(rel(at(b, 1.2, 1.6), ua(6000, 1.2, 1.6))).toBeLessThan(1e-12); // another exchanger, same flows
    expect(rel(at(b, 1.0, 1.6), ua(6000, 1.0, 1.6))).toBeLessThan(1e-12); // hot flow changed
    expect(rel(at(b, 1.0, 1.9), ua(6000, 1.0, 1.9))).toBeLessThan(1e-12); // cold flow changed
    expect(rel(at(a, 1.0, 1.9), ua(9000, 1.0, 1.9))).toBeLessThan(1e-12); // back to the first exchanger
  });

  it('correlation mode: the result is the fixed point of Martin-rated UA and ε at its own mean temperatures', () => {
    const f = slopedFluid();
    const point = sizeNominal({
      hotFluid: f,
      coldFluid: f,
      duty: 4e5,
      hotIn: K(70),
      hotOut: K(50),
      coldIn: K(35),
      coldOut: K(55),
    });
    const d = sizePlate(point, PLATE_PRESETS.medium!);
    const hx = hxModel(point, { design: d });
    const hotFlow = 0.7 * point.hotFlow;
    const r = offDesign(hx, { hotFlow, coldFlow: point.coldFlow, hotIn: K(70), coldIn: K(35) });
    // At the converged means the plate is rated once more and ε written out from Incropera Table 11.3.
    const hm = 0.5 * (K(70) + r.hotOut);
    const cm = 0.5 * (K(35) + r.coldOut);
    const rating = ratePlate(d.geometry, d.plates, {
      hotFluid: f,
      coldFluid: f,
      hotFlow,
      coldFlow: point.coldFlow,
      hotMean: hm,
      coldMean: cm,
    });
    const cp = (T: number): number => 4000 * (1 + 0.001 * (T - K(50)));
    const ch = hotFlow * cp(hm);
    const cc = point.coldFlow * cp(cm);
    const cmin = Math.min(ch, cc);
    const q = counterflow(rating.ua / cmin, cmin / Math.max(ch, cc)) * cmin * 35;
    expect(rel(r.ua, rating.ua)).toBeLessThan(1e-8);
    expect(rel(r.duty, q)).toBeLessThan(1e-8);
    expect(Math.abs(K(70) - q / ch - r.hotOut)).toBeLessThan(1e-6);
  });

  it('scaling mode off-nominal on both sides: hA ∝ (ṁ/ṁ_nom)^0.8 on each side', () => {
    // Bare UA = 6000 W/K (hA = 12 kW/K per side at nominal 2 and 3 kg/s); at 1.5 and 1.2 kg/s:
    // UA = 1/(1/(12000·0.75^0.8) + 1/(12000·0.4^0.8)).
    const w = constantFluid({ cp: 4180, rho: 990 });
    const hx = hxModelFromUA({ ua: 6000, hotFlowNominal: 2, coldFlowNominal: 3, hotFluid: w, coldFluid: w });
    const r = offDesign(hx, { hotFlow: 1.5, coldFlow: 1.2, hotIn: K(70), coldIn: K(30) });
    const ua = 1 / (1 / (12000 * 0.75 ** 0.8) + 1 / (12000 * 0.4 ** 0.8));
    expect(rel(r.ua, ua)).toBeLessThan(1e-13);
    // Cmin = 1.2 × 4180 (cold), Cr = 1.2/1.5.
    const cmin = 1.2 * 4180;
    expect(rel(r.duty, counterflow(ua / cmin, 0.8) * cmin * 40)).toBeLessThan(1e-12);
    expect(newOffDesignResult()).toEqual({
      duty: 0,
      hotOut: 0,
      coldOut: 0,
      ua: 0,
      ntu: 0,
      effectiveness: 0,
      cr: 0,
    });
    // A model marked 'correlation' without a plate design falls back to the scaling law.
    const loose = { ...hx, mode: 'correlation' as const };
    expect(offDesign(loose, { hotFlow: 1.5, coldFlow: 1.2, hotIn: K(70), coldIn: K(30) }).ua).toBeCloseTo(
      ua,
      9,
    );
  });

  it('correlation mode with unequal passes uses the 1-shell/2-tube ε (Incropera eq. 11.31a), equal passes counterflow', () => {
    const w = constantFluid({ cp: 4180, rho: 990, mu: 5e-4, k: 0.64 });
    const point = sizeNominal({
      hotFluid: w,
      coldFluid: w,
      duty: 3e5,
      hotIn: K(70),
      hotOut: K(50),
      coldIn: K(30),
      coldOut: K(40),
    });
    for (const passes of [
      { hot: 1, cold: 2 },
      { hot: 2, cold: 2 },
    ]) {
      const d = sizePlate(point, PLATE_PRESETS.small!, { passes });
      const hx = hxModel(point, { design: d });
      const r = offDesign(hx, {
        hotFlow: point.hotFlow,
        coldFlow: point.coldFlow,
        hotIn: K(70),
        coldIn: K(30),
      });
      const ch = point.hotFlow * 4180;
      const cc = point.coldFlow * 4180;
      const cmin = Math.min(ch, cc);
      const cr = cmin / Math.max(ch, cc);
      const ntu = r.ua / cmin;
      const s = Math.sqrt(1 + cr * cr);
      const e = Math.exp(-ntu * s);
      const eps = passes.hot === passes.cold ? counterflow(ntu, cr) : 2 / (1 + cr + (s * (1 + e)) / (1 - e));
      expect(rel(r.duty, eps * cmin * 40)).toBeLessThan(1e-12);
      expect(rel(r.ua, d.ua)).toBeLessThan(1e-9);
    }
  });

  it('zero flow: no duty, ε = Cr = 0; NTU = ∞ with the scaling law (hA(0) > 0), 0 with Martin (h = 0)', () => {
    const w = constantFluid({ cp: 4180, rho: 990, mu: 5e-4, k: 0.64 });
    const point = sizeNominal({
      hotFluid: w,
      coldFluid: w,
      duty: 2e6,
      hotIn: K(80),
      hotOut: K(60),
      coldIn: K(45),
      coldOut: K(65),
    });
    const scaling = offDesign(hxModel(point), { hotFlow: 0, coldFlow: 10, hotIn: K(80), coldIn: K(45) });
    expect(scaling.ntu).toBe(Number.POSITIVE_INFINITY);
    expect(scaling.effectiveness).toBe(0);
    expect(scaling.cr).toBe(0);
    expect(scaling.ua).toBeGreaterThan(0);
    const d = sizePlate(point, PLATE_PRESETS.medium!);
    const corr = offDesign(hxModel(point, { design: d }), {
      hotFlow: 0,
      coldFlow: 10,
      hotIn: K(80),
      coldIn: K(45),
    });
    expect(corr.ua).toBe(0);
    expect(corr.ntu).toBe(0);
    expect(corr.duty).toBe(0);
  });

  it('refusals name the field, the value and the allowed range', () => {
    const w = constantFluid({ cp: 4180, rho: 990 });
    const hx = hxModelFromUA({ ua: 1000, hotFlowNominal: 1, coldFlowNominal: 1, hotFluid: w, coldFluid: w });
    const at = (hotFlow: number, coldFlow: number, hotIn: number, coldIn: number): Error =>
      thrown(() => offDesign(hx, { hotFlow, coldFlow, hotIn, coldIn }));
    expect(at(Number.POSITIVE_INFINITY, 1, K(80), K(40)).message).toBe(
      'hotFlow = Infinity is not allowed: a finite mass flow ≥ 0 kg/s',
    );
    expect(at(1, -1, K(80), K(40)).message).toBe('coldFlow = -1 is not allowed: a finite mass flow ≥ 0 kg/s');
    expect(at(1, Number.POSITIVE_INFINITY, K(80), K(40))).toBeInstanceOf(InputError);
    expect(at(1, 1, 0, K(40)).message).toBe('hotIn = 0 is not allowed: a finite temperature above 0 K');
    expect(at(1, 1, Number.POSITIVE_INFINITY, K(40))).toBeInstanceOf(InputError);
    expect(at(1, 1, K(80), 0).message).toBe('coldIn = 0 is not allowed: a finite temperature above 0 K');
    expect((at(1, 1, K(80), Number.POSITIVE_INFINITY) as InputError).field).toBe('coldIn');
    expect((at(1, 1, K(80), Number.NaN) as InputError).field).toBe('coldIn');
  });
});

describe('regularised power law (Modelica Buildings regNonZeroPower)', () => {
  it('the quartic matches |x|^n in value, slope and curvature at δ', () => {
    // n = 0.8, δ = 0.1: y = δ^n, y′ = n·δ^(n−1), y″ = n(n − 1)·δ^(n−2); the quartic a0 + a2x² + a4x⁴ has
    // y′ = 2a2δ + 4a4δ³ and y″ = 2a2 + 12a4δ².
    for (const [n, delta] of [
      [0.8, 0.1],
      [0.6, 0.2],
      [1.5, 0.1],
    ] as const) {
      const r = regPower(n, delta);
      const y = delta ** n;
      const y1 = n * delta ** (n - 1);
      const y2 = n * (n - 1) * delta ** (n - 2);
      expect(rel(r.a0 + r.a2 * delta ** 2 + r.a4 * delta ** 4, y)).toBeLessThan(1e-13);
      expect(rel(2 * r.a2 * delta + 4 * r.a4 * delta ** 3, y1)).toBeLessThan(1e-12);
      expect(rel(2 * r.a2 + 12 * r.a4 * delta ** 2, y2)).toBeLessThan(1e-12);
      // Inside δ the law is the quartic, outside the power; symmetric in x.
      expect(
        rel(regularizedPower(delta / 2, n, delta), r.a0 + (r.a2 * delta ** 2) / 4 + (r.a4 * delta ** 4) / 16),
      ).toBeLessThan(1e-14);
      expect(regularizedPower(-delta / 2, n, delta)).toBe(regularizedPower(delta / 2, n, delta));
      expect(regularizedPower(-3 * delta, n, delta)).toBeCloseTo((3 * delta) ** n, 14);
    }
  });

  it('n = 0.8, δ = 0.1 by hand: a4 = −190.19, a2 = 10.143, a0 = 0.076075', () => {
    // y = 0.158489, y′ = 1.267914, y″ = −2.535829; a4 = (y″ − y′/δ)/(8δ²) = (−2.535829 − 12.67914)/0.08;
    // a2 = (y″ − 12a4δ²)/2; a0 = y − δ²(a2 + δ²a4).
    const r = regPower(0.8);
    expect(r.a4).toBeCloseTo(-190.187, 2);
    expect(r.a2).toBeCloseTo(10.1433, 3);
    expect(r.a0).toBeCloseTo(0.076075, 5);
    expect(regularizedPower(0, 0.8)).toBeCloseTo(0.076075, 5);
  });

  it('the exponent must lie strictly between 0 and 2', () => {
    for (const n of [0, 2, -1, Number.NaN]) expect(() => regPower(n)).toThrowError(InputError);
    expect(thrown(() => regPower(2)).message).toBe(
      'exponent = 2 is not allowed: between 0 and 2 (exclusive)',
    );
    expect(() => regPower(1.99)).not.toThrow();
    expect(() => regPower(0.01)).not.toThrow();
  });
});

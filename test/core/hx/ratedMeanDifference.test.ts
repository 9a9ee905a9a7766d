/**
 * The mean temperature difference a rating reports (lmtd.ts ratedMeanDifference): the LMTD of the terminal
 * temperatures, and Q/UA where an exchanger far larger than its flows pinches an outlet to the other inlet within
 * rounding (the log mean is then 0/0). A bundled scenario's design day failed there with "temperature cross".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhysicsError, toKelvin } from '../../../src/core/errors';
import { lmtdCounterflow, lmtdParallel, ratedMeanDifference } from '../../../src/core/hx/lmtd';
import { rateExchanger } from '../../../src/core/hx/rating';
import { designDay } from '../../../src/core/studies/designDay';
import { constantFluid } from './testFluids';

const K = toKelvin;

describe('ratedMeanDifference()', () => {
  it('away from a pinch: the counterflow and parallel LMTD of the terminal temperatures', () => {
    expect(ratedMeanDifference(K(80), K(70), K(45), K(75), 1, 1)).toBe(
      lmtdCounterflow(K(80), K(70), K(45), K(75)),
    );
    // ΔT1 = 5 K, ΔT2 = 25 K: (25 − 5)/ln 5 = 12.4267 K
    expect(ratedMeanDifference(K(80), K(70), K(45), K(75), 1, 1)).toBeCloseTo(20 / Math.log(5), 10);
    expect(ratedMeanDifference(K(80), K(70), K(20), K(40), 1, 1, 'parallel')).toBe(
      lmtdParallel(K(80), K(70), K(20), K(40)),
    );
  });

  it('a pinch to rounding: Q/UA (counterflow and parallel)', () => {
    expect(ratedMeanDifference(K(80), K(79.8), K(45), K(80), 73_000, 217_300)).toBeCloseTo(
      73_000 / 217_300,
      14,
    );
    expect(ratedMeanDifference(K(80), K(60), K(20), K(60), 5e5, 2e5, 'parallel')).toBe(2.5);
  });

  it('a real cross (a cold outlet 1 K above the hot inlet) is still refused', () => {
    expect(() => ratedMeanDifference(K(80), K(70), K(45), K(81), 1e5, 1e4)).toThrow(PhysicsError);
    expect(() => ratedMeanDifference(K(80), K(70), K(45), K(81), 1e5, 1e4)).toThrow(/temperature cross/);
  });
});

describe('rateExchanger() with NTU ≈ 100 (the cold outlet at the hot inlet to the last bit)', () => {
  it('rates and reports LMTD = Q/UA = Cmin·ΔTmax/UA (the counterflow limit NTU → ∞)', () => {
    const w = constantFluid({ cp: 4000, rho: 1000 });
    const r = rateExchanger({
      hotFluid: w,
      coldFluid: w,
      hotIn: K(80),
      coldIn: K(45),
      hotFlow: 73.66,
      coldFlow: 0.5,
      ua: 217_300,
    });
    // Cc = 2000 W/K = Cmin, NTU = 108.65, Cr = 0.00679: ε = 1 to double precision, Q = 2000·35 = 70 kW
    expect(r.coldOut).toBe(K(80));
    expect(r.duty).toBeCloseTo(70_000, 6);
    expect(r.lmtd).toBeCloseTo(70_000 / 217_300, 9); // 0.3221 K
    expect(r.approach).toBeCloseTo(0, 9);
  });
});

describe('designDay() of every bundled site', () => {
  const sites = readdirSync('models/sites').map((f) => f.replace(/\.json$/, ''));
  for (const id of sites) {
    it(`${id}: a report with a finite LMTD`, () => {
      const s = JSON.parse(readFileSync(`models/sites/${id}.json`, 'utf8'));
      const r = designDay(s);
      expect(Number.isFinite(r.exchanger.lmtd)).toBe(true);
      expect(r.exchanger.lmtd).toBeGreaterThanOrEqual(0);
      if (r.exchanger.duty > 0) {
        // Q = UA·ΔT_lm at the design point, within what cp changing along the streams does to the identity
        // (exact for constant cp; the ε-NTU rating takes cp at each stream's mean): 0.02–0.15 % on these sites
        expect(Math.abs((r.exchanger.lmtd * r.exchanger.uaInstalled) / r.exchanger.duty - 1)).toBeLessThan(
          5e-3,
        );
      }
    });
  }
});

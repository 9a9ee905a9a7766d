import { describe, expect, it } from 'vitest';
import { computeEconomics } from '../../../src/core/economics/compute';
import { npv } from '../../../src/core/economics/finance';
import { parseEconomics } from '../../../src/core/economics/schema';
import { InputError } from '../../../src/core/errors';
import { year } from '../economics/pilotYear';
import { mulberry32 } from '../../../src/core/risk/prng';
import { type RiskYear, runRisk } from '../../../src/core/risk/monteCarlo';
import { sampleMarket, subsidyFactor } from '../../../src/core/risk/paths';
import { band, histogram, quantileSorted } from '../../../src/core/risk/stats';

const BASE = {
  hashprice: '38 USD/PH/day',
  electricityPrice: '0.035 USD/kWh',
  capex: { miners: '1000000 USD', containers: '500000 USD' },
  horizonYears: 3,
  minerSalvage: '0 %',
};
/** A market with no randomness: σ = 0, no growth, no halving within the horizon, availability as simulated. */
const FROZEN = {
  btcDrift: 0,
  btcVolatility: 0,
  difficultyGrowth: 0,
  difficultyGrowthSd: 0,
  yearsToHalving: '9 year',
  electricityEscalation: 0,
  electricityEscalationSd: 0,
  availability: 1,
  availabilitySd: 0,
};
const econ = (risk: Record<string, unknown> = {}, over: Record<string, unknown> = {}) =>
  parseEconomics({ ...BASE, ...over, risk });
const riskYear = (e: ReturnType<typeof econ>, coverage = 0.8): RiskYear => ({
  label: 'synthetic',
  economics: computeEconomics(e, year()),
  heatCoverage: coverage,
  availability: 1,
});

describe('percentiles and histogram', () => {
  it('type-7 quantiles match R quantile(1:4, c(.1,.5,.9)) = 1.3, 2.5, 3.7', () => {
    const b = band([4, 1, 3, 2]);
    expect(b.p10).toBeCloseTo(1.3, 12);
    expect(b.p50).toBeCloseTo(2.5, 12);
    expect(b.p90).toBeCloseTo(3.7, 12);
  });
  it('a percentile touching an infinite sample (payback never reached) is null', () => {
    const s = Float64Array.from([1, 2, Infinity, Infinity]);
    expect(quantileSorted(s, 0.1)).toBeCloseTo(1.3, 12);
    expect(quantileSorted(s, 0.9)).toBeNull();
  });
  it('histogram counts every finite sample once', () => {
    const h = histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, Infinity], 5);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(11);
    expect(h.edges).toHaveLength(6);
    expect(h.counts).toEqual([2, 2, 2, 2, 3]);
  });
});

describe('seeded random numbers', () => {
  it('the same seed gives the same sequence, another seed another one', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xa = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xa);
  });
  it('uniforms have mean 1/2 and variance 1/12; normals mean 0 and variance 1 (within 4 standard errors)', () => {
    const r = mulberry32(12345);
    const n = 200_000;
    let su = 0;
    let su2 = 0;
    let sn = 0;
    let sn2 = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      su += u;
      su2 += u * u;
      const z = r.normal();
      sn += z;
      sn2 += z * z;
    }
    expect(outside).toBe(0);
    expect(Math.abs(su / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(su2 / n - (su / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
    expect(Math.abs(sn / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(sn2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });
  it('refuses a seed that is not a 32-bit whole number', () => {
    expect(() => mulberry32(1.5)).toThrow(InputError);
    expect(() => mulberry32(-1)).toThrow(/seed/);
  });
});

describe('market paths by hand', () => {
  const ctx = { horizonYears: 3, simulatedAvailability: 1, minerElectricShare: 1 };
  it('halving: subsidy 3.125 → 1.5625 after yearsToHalving, again 4 years later', () => {
    expect(subsidyFactor(2.2, 2.25)).toBe(1);
    expect(subsidyFactor(2.3, 2.25)).toBe(0.5);
    expect(subsidyFactor(6.3, 2.25)).toBe(0.25);
  });
  it('a halving half-way through year 1 with no fees gives year 1 = (6 × 1 + 6 × ½)/12 = 0.75, then 0.5', () => {
    const p = econ({ ...FROZEN, yearsToHalving: '0.5 year', feesPerBlock: 0 }).risk;
    const m = sampleMarket(p, ctx, mulberry32(1));
    expect(m.revenue[1]).toBeCloseTo(0.75, 12);
    expect(m.revenue[2]).toBeCloseTo(0.5, 12);
  });
  it('fees do not halve: (1.5625 + 0.5)/(3.125 + 0.5) after the halving', () => {
    const p = econ({ ...FROZEN, yearsToHalving: 0, feesPerBlock: 0.5 }).risk;
    const m = sampleMarket(p, ctx, mulberry32(1));
    expect(m.revenue[1]).toBeCloseTo(2.0625 / 3.625, 12);
  });
  it('difficulty growth g: year-1 factor = mean over months of (1+g)^−(k+½)/12 (geometric series)', () => {
    const g = 0.3;
    const p = econ({ ...FROZEN, difficultyGrowth: g }).risk;
    const m = sampleMarket(p, ctx, mulberry32(1));
    const q = (1 + g) ** (-1 / 12);
    const closed = ((1 + g) ** (-1 / 24) * (1 - q ** 12)) / (1 - q) / 12;
    expect(m.revenue[1]).toBeCloseTo(closed, 12);
    expect(m.revenue[2]! / m.revenue[1]!).toBeCloseTo(1 / (1 + g), 12);
  });
  it('electricity: (1 + e)^(y−1) on the auxiliaries, × availability ratio on the miners', () => {
    const p = econ({ ...FROZEN, electricityEscalation: 0.05, availability: 0.9 }).risk;
    const m = sampleMarket(p, { ...ctx, minerElectricShare: 0.8 }, mulberry32(1));
    expect(m.electricity[1]).toBeCloseTo(0.8 * 0.9 + 0.2, 12);
    expect(m.electricity[3]).toBeCloseTo(1.05 ** 2 * (0.8 * 0.9 + 0.2), 12);
    expect(m.revenue[1]).toBeCloseTo(0.9, 12);
  });
  it('BTC price: GBM mean E[P_T/P_0] = e^(μT) (log-normal mean, Hull §14.3), within 4 standard errors', () => {
    const mu = 0.1;
    const sig = 0.5;
    const p = econ({ ...FROZEN, btcDrift: mu, btcVolatility: sig }).risk;
    const rng = mulberry32(99);
    const n = 20_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = sampleMarket(p, ctx, rng).btcPriceEnd;
      s += x;
      s2 += x * x;
    }
    const mean = s / n;
    const se = Math.sqrt((s2 / n - mean * mean) / n);
    expect(Math.abs(mean - Math.exp(mu * 3))).toBeLessThan(4 * se);
  });
});

describe('runRisk', () => {
  it('a frozen market reproduces the deterministic economics (NPV, payback, benefits)', () => {
    const e = econ(FROZEN);
    const y = riskYear(e);
    const r = runRisk(e, [y], { samples: 10, seed: 3 });
    const k = y.economics.kpis;
    expect(r.npv.p10).toBeCloseTo(k.npv, 6);
    expect(r.npv.p90).toBeCloseTo(k.npv, 6);
    expect(r.paybackYears.p50).toBeCloseTo(k.paybackYears!, 9);
    expect(r.operatorNetBenefit.p50).toBeCloseTo(k.operatorNetBenefit, 6);
    expect(r.hostNetBenefit.p50).toBeCloseTo(k.hostNetBenefit, 6);
    expect(r.probabilityOfPayback).toBe(1);
    expect(r.fan.p50[3]).toBeCloseTo(
      y.economics.cashFlows.project.reduce((a, b) => a + b, 0),
      6,
    );
  });
  it('a 25 % lower hashprice for the whole horizon lowers the NPV by 0.75 × the discounted revenue after fees', () => {
    const e = econ({ ...FROZEN, yearsToHalving: 0, feesPerBlock: 0 });
    const y = riskYear(e);
    const r = runRisk(e, [y], { samples: 1, seed: 3 });
    const rev = y.economics.yearOne.revenue * 0.98;
    const lost = npv(0.1, [0, 0.5 * rev, 0.5 * rev, 0.5 * rev]);
    expect(r.npv.p50).toBeCloseTo(y.economics.kpis.npv - lost, 4);
  });
  it('the same seed gives identical results; another seed differs', () => {
    const e = econ();
    const ys = [riskYear(e, 0.8), riskYear(e, 0.7)];
    const a = runRisk(e, ys, { samples: 300, seed: 2026 });
    const b = runRisk(e, ys, { samples: 300, seed: 2026 });
    const c = runRisk(e, ys, { samples: 300, seed: 2027 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.npv.p50).not.toBe(a.npv.p50);
  });
  it('bands are ordered and the weather years are both drawn', () => {
    const e = econ();
    const r = runRisk(e, [riskYear(e, 0.8), riskYear(e, 0.7)], { samples: 500, seed: 1 });
    expect(r.npv.p10!).toBeLessThan(r.npv.p50!);
    expect(r.npv.p50!).toBeLessThan(r.npv.p90!);
    expect(r.heatCoverage.p10).toBe(0.7);
    expect(r.heatCoverage.p90).toBe(0.8);
    expect(r.probabilityOfPayback).toBeGreaterThanOrEqual(0);
    expect(r.probabilityOfPayback).toBeLessThanOrEqual(1);
    expect(r.histogram.counts.reduce((s, c) => s + c, 0)).toBe(500);
  });
  it('bad sample counts name the field', () => {
    const e = econ();
    expect(() => runRisk(e, [riskYear(e)], { samples: 0, seed: 1 })).toThrow(/samples/);
    expect(() => runRisk(e, [], { samples: 10, seed: 1 })).toThrow(/weather/);
  });
  it('risk parameters out of range are refused with the field named', () => {
    expect(() => econ({ btcVolatility: 7 })).toThrow(/economics\.risk\.btcVolatility/);
  });
});

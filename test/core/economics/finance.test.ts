import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import {
  escalation,
  irr,
  irrAll,
  levelizedCost,
  npv,
  simplePayback,
} from '../../../src/core/economics/finance';

describe('npv', () => {
  it('matches Excel NPV example 1 (first flow discounted one period)', () => {
    // Microsoft Support, "NPV function", example 1: rate 10 %, −10 000, 3 000, 4 200, 6 800 → $1,188.44.
    // Excel discounts its first value by one period, so it is our year 1: prepend a zero year 0.
    // Hand: −10000/1.1 + 3000/1.21 + 4200/1.331 + 6800/1.4641 = −9090.909 + 2479.339 + 3155.522 + 4644.491.
    expect(npv(0.1, [0, -10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
  });

  it('matches Excel NPV example 2 (initial cost at the start of the first period)', () => {
    // Microsoft Support, "NPV function", example 2: rate 8 %, −40 000 today, then 8 000, 9 200, 10 000,
    // 12 000, 14 500 → $1,922.06; with a loss of 9 000 in year 6 → −$3,749.47.
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500])).toBeCloseTo(1922.06, 2);
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500, -9000])).toBeCloseTo(-3749.47, 2);
  });

  it('is the undiscounted sum at r = 0 and C₀ alone as r → ∞', () => {
    expect(npv(0, [-100, 30, 40, 50])).toBe(20);
    expect(npv(1e9, [-100, 30, 40, 50])).toBeCloseTo(-100, 6);
  });

  it('rejects rates at or below −100 % and non-finite flows, naming them', () => {
    expect(() => npv(-1, [1, 2])).toThrow(InputError);
    expect(() => npv(-1, [1, 2])).toThrow(/discountRate = -1 .*above −100 %/);
    expect(() => npv(0.1, [1, Number.NaN])).toThrow(/cashFlows\[1\] = NaN/);
    expect(() => npv(0.1, [])).toThrow(/at least one cash flow/);
  });
});

describe('irr', () => {
  it('matches the Excel IRR examples', () => {
    // Microsoft Support, "IRR function": −70 000 then 12 000, 15 000, 18 000, 21 000 → −2.1 % (4 years);
    // adding 26 000 → 8.7 % (5 years); the first two years only, guess −10 % → −44.4 %.
    const flows = [-70000, 12000, 15000, 18000, 21000, 26000];
    expect(irr(flows.slice(0, 5))!).toBeCloseTo(-0.021, 3);
    expect(irr(flows)!).toBeCloseTo(0.087, 3);
    expect(irr(flows.slice(0, 3), -0.1)!).toBeCloseTo(-0.444, 3);
    // And NPV at the IRR is zero (Excel: NPV(IRR(A2:A7), A2:A7) ≈ 1.79e-09).
    expect(Math.abs(npv(irr(flows)!, flows))).toBeLessThan(1e-6);
  });

  it('matches the Brealey–Myers–Allen two-year example (IRR 28.08 %)', () => {
    // Brealey, Myers & Allen, Principles of Corporate Finance, ch. 5: C0 = −4 000, C1 = +2 000,
    // C2 = +4 000 → IRR = 28.08 %. Hand: with x = 1/(1+r), −4000 + 2000x + 4000x² = 0 → 2x² + x − 2 = 0 →
    // x = (−1 + √17)/4 = 0.780776 → r = 1/x − 1 = 0.280776.
    const x = (-1 + Math.sqrt(17)) / 4;
    expect(irr([-4000, 2000, 4000])!).toBeCloseTo(1 / x - 1, 10);
    expect(irr([-4000, 2000, 4000])!).toBeCloseTo(0.2808, 4);
  });

  it('finds both rates of a non-conventional flow and returns the one nearest the guess', () => {
    // Hand: −1000 + 2300x − 1320x² = 0 → x = (2300 ± √(2300² − 4·1000·1320)) / 2640 = (2300 ± 100)/2640
    // → x = 0.909091 (r = 10 %) or 0.833333 (r = 20 %).
    const flows = [-1000, 2300, -1320];
    const all = irrAll(flows);
    expect(all).toHaveLength(2);
    expect(all[0]).toBeCloseTo(0.1, 10);
    expect(all[1]).toBeCloseTo(0.2, 10);
    expect(irr(flows)).toBeCloseTo(0.1, 10);
    expect(irr(flows, 0.3)).toBeCloseTo(0.2, 10);
  });

  it('returns undefined (never NaN) when there is no sign change', () => {
    expect(irr([-100, -10, -5])).toBeUndefined();
    expect(irr([0, 10, 20])).toBeUndefined();
    expect(irr([0, 0, 0])).toBeUndefined();
    // Sign change but NPV never crosses zero in (−99 %, ∞): −100 + 0.5/(1+r) < 0 for every r > −99.5 %.
    expect(irr([-100, 0.5])).toBeUndefined();
  });

  it('property: a conventional project (outlay, then inflows) has one IRR with NPV(IRR) = 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 1e7, noNaN: true }),
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (outlay, shares) => {
          const flows = [-outlay, ...shares.map((s) => s * outlay)];
          const r = irr(flows);
          expect(r).toBeDefined();
          expect(irrAll(flows)).toHaveLength(1);
          expect(Math.abs(npv(r!, flows))).toBeLessThan(1e-7 * outlay);
          // The definition written out: Σ CF_t/(1 + r)^t = 0.
          const byHand = flows.reduce((acc, f, t) => acc + f / (1 + r!) ** t, 0);
          expect(Math.abs(byHand)).toBeLessThan(1e-7 * outlay);
          // The IRR is positive exactly when the undiscounted inflows exceed the outlay.
          const sum = shares.reduce((a, b) => a + b, 0);
          if (Math.abs(sum - 1) > 1e-9) expect(r! > 0).toBe(sum > 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('simplePayback', () => {
  it('interpolates inside the year the cumulative cash turns positive', () => {
    // Hand: −1000 + 300 + 400 = −300 after year 2; year 3 brings 500 → 2 + 300/500 = 2.6 years.
    expect(simplePayback([-1000, 300, 400, 500])).toBeCloseTo(2.6, 12);
    // Exactly recovered at the end of year 2.
    expect(simplePayback([-700, 300, 400])).toBe(2);
  });

  it('is 0 without an outlay and undefined when never recovered', () => {
    expect(simplePayback([0, 100, 100])).toBe(0);
    expect(simplePayback([-1000, 100, 100])).toBeUndefined();
  });
});

describe('levelizedCost', () => {
  it('discounts costs and output alike (IEA/NEA LCOE definition)', () => {
    // Hand: capex 1000 at t = 0, 100 per year of O&M, 50 MWh per year for 2 years at 10 %:
    // (1000 + 100/1.1 + 100/1.21) / (50/1.1 + 50/1.21) = 1173.554 / 86.7769 = 13.5240 per MWh.
    expect(levelizedCost(0.1, [1000, 100, 100], [0, 50, 50])!).toBeCloseTo(1173.5537 / 86.77686, 6);
    expect(levelizedCost(0.1, [1000, 100, 100], [0, 50, 50])!).toBeCloseTo(13.524, 3);
  });

  it('is cost/output for constant yearly figures without capex, and undefined with no output', () => {
    expect(levelizedCost(0.07, [0, 40, 40, 40], [0, 2, 2, 2])).toBeCloseTo(20, 12);
    expect(levelizedCost(0.07, [100, 0], [0, 0])).toBeUndefined();
    expect(() => levelizedCost(0.07, [100, 0], [0])).toThrow(
      /outputs = "1 years" .*as many years as costs \(2\)/,
    );
  });
});

describe('escalation', () => {
  it('is (1 + g)^(year − 1)', () => {
    expect(escalation(0.05, 1)).toBe(1);
    expect(escalation(0.05, 3)).toBeCloseTo(1.1025, 12);
    expect(escalation(-0.2, 2)).toBeCloseTo(0.8, 12);
  });
});

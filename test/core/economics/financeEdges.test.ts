/**
 * The discounted-cash-flow arithmetic at its edges (issue 18): every refusal with its field, value and words,
 * the IRR scan's lower end, several roots and the guess, the payback's first recovery.
 */
import { describe, expect, it } from 'vitest';
import {
  escalation,
  irr,
  irrAll,
  levelizedCost,
  npv,
  simplePayback,
} from '../../../src/core/economics/finance';
import { refused } from '../refused';

const RATE_WORDS = 'a finite rate above −100 % per year (e.g. 0.08 for 8 %)';

describe('refusals name the argument, the value and what is allowed', () => {
  it('no cash flow at all, in each entry point', () => {
    for (const f of [
      () => npv(0.1, []),
      () => irrAll([]),
      () => irr([]),
      () => simplePayback([]),
      () => levelizedCost(0.1, [], []),
    ]) {
      const e = refused(f);
      expect(e.value).toBe('[]');
      expect(e.allowed).toBe('at least one cash flow (year 0)');
    }
    expect(refused(() => npv(0.1, [])).field).toBe('cashFlows');
    expect(refused(() => irr([])).field).toBe('cashFlows');
    expect(refused(() => simplePayback([])).field).toBe('cashFlows');
    expect(refused(() => levelizedCost(0.1, [], [])).field).toBe('costs');
    expect(refused(() => levelizedCost(0.1, [1], [])).field).toBe('outputs');
  });

  it('a non-finite flow is named by its year, in each entry point', () => {
    const cases: [() => unknown, string, number][] = [
      [() => npv(0.1, [1, Number.POSITIVE_INFINITY]), 'cashFlows[1]', Number.POSITIVE_INFINITY],
      [() => irrAll([-1, 2, Number.NaN]), 'cashFlows[2]', Number.NaN],
      [() => irr([Number.NEGATIVE_INFINITY, 1]), 'cashFlows[0]', Number.NEGATIVE_INFINITY],
      [() => simplePayback([-1, Number.NaN]), 'cashFlows[1]', Number.NaN],
      [() => levelizedCost(0.1, [1, Number.NaN], [0, 1]), 'costs[1]', Number.NaN],
      [
        () => levelizedCost(0.1, [1, 1], [0, Number.POSITIVE_INFINITY]),
        'outputs[1]',
        Number.POSITIVE_INFINITY,
      ],
    ];
    for (const [f, field, value] of cases) {
      const e = refused(f);
      expect(e.field).toBe(field);
      expect(e.value).toBe(value);
      expect(e.allowed).toBe('a finite amount');
    }
  });

  it('a rate at or below −100 %, or not finite, in npv and levelizedCost', () => {
    for (const r of [-1, -1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const e = refused(() => npv(r, [1]));
      expect(e.field).toBe('discountRate');
      expect(e.value).toBe(r);
      expect(e.allowed).toBe(RATE_WORDS);
      const l = refused(() => levelizedCost(r, [1], [1]));
      expect(l.field).toBe('discountRate');
      expect(l.allowed).toBe(RATE_WORDS);
    }
    // Just above −100 %: x = 1/(1 − 0.999) = 1000, so NPV([0, 1]) = 1000.
    expect(npv(-0.999, [0, 1])).toBeCloseTo(1000, 6);
  });

  it('costs and outputs of different lengths', () => {
    const e = refused(() => levelizedCost(0.1, [1, 2, 3], [0, 1]));
    expect(e.field).toBe('outputs');
    expect(e.value).toBe('2 years');
    expect(e.allowed).toBe('as many years as costs (3)');
  });
});

describe('npv', () => {
  it('Horner form equals the sum of discounted flows written out', () => {
    // Hand: −500 + 200/1.05 + 300/1.05² + 400/1.05³ = −500 + 190.4762 + 272.1088 + 345.5351 = 308.1201.
    expect(npv(0.05, [-500, 200, 300, 400])).toBeCloseTo(
      -500 + 200 / 1.05 + 300 / 1.1025 + 400 / 1.157625,
      9,
    );
    expect(npv(0.05, [-500, 200, 300, 400])).toBeCloseTo(308.1201, 4);
    // One flow: C₀ itself, undiscounted.
    expect(npv(0.3, [42])).toBe(42);
  });
});

describe('irrAll: the scan', () => {
  it('the lower end of the scan (−99 %) is a root found once', () => {
    // NPV(r) = C₀ − 1/(1 + r): zero at r = −99 % when C₀ = 1/(1 − 0.99) = 100, and rising above it, so
    // no other cell changes sign.
    const c0 = 1 / (1 + -0.99);
    expect(irrAll([c0, -1])).toEqual([-0.99]);
    expect(irr([c0, -1])).toBe(-0.99);
  });

  it('all-zero flows and one-signed flows have none', () => {
    expect(irrAll([0, 0, 0])).toEqual([]);
    expect(irrAll([5, 0, 3])).toEqual([]);
    expect(irrAll([-5, 0, -3])).toEqual([]);
  });

  it('a negative IRR is found (scan from −99 %)', () => {
    // −100 + 50/(1 + r) = 0 → r = −50 %.
    expect(irrAll([-100, 50])).toHaveLength(1);
    expect(irrAll([-100, 50])[0]).toBeCloseTo(-0.5, 10);
    // A very high IRR: −1 + 500/(1 + r) → r = 499 (49 900 %), inside the scan's 100 000 %.
    expect(irr([-1, 500])).toBeCloseTo(499, 6);
    // In the scan's last cell (1 + r from 1001/1.0292 to 1001): −1 + 991/(1 + r) → r = 990.
    expect(irr([-1, 991])).toBeCloseTo(990, 6);
    // Beyond it: r = 1999 (199 900 %) is not searched.
    expect(irr([-1, 2000])).toBeUndefined();
  });

  it('three roots in order, and irr returns the one nearest the guess', () => {
    // Flows whose NPV in x = 1/(1 + r) is −(x − 1/1.1)(x − 1/1.2)(x − 1/1.4) × 1000 (roots r = 10, 20, 40 %).
    const [a, b, c] = [1 / 1.1, 1 / 1.2, 1 / 1.4];
    const flows = [a * b * c, -(a * b + a * c + b * c), a + b + c, -1].map((k) => 1000 * k);
    const all = irrAll(flows);
    expect(all).toHaveLength(3);
    expect(all[0]).toBeCloseTo(0.1, 9);
    expect(all[1]).toBeCloseTo(0.2, 9);
    expect(all[2]).toBeCloseTo(0.4, 9);
    expect(irr(flows)).toBeCloseTo(0.1, 9); // default guess 10 %
    expect(irr(flows, 0.16)).toBeCloseTo(0.2, 9);
    expect(irr(flows, 0.29)).toBeCloseTo(0.2, 9);
    expect(irr(flows, 0.31)).toBeCloseTo(0.4, 9);
    expect(irr(flows, 5)).toBeCloseTo(0.4, 9);
    expect(irr(flows, -0.5)).toBeCloseTo(0.1, 9);
  });
});

describe('simplePayback', () => {
  it('the first recovery counts; a later dip is ignored', () => {
    // Hand: −100 + 150 ≥ 0 in year 1 → 0 + 100/150 = 0.6667 years; the −200 of year 2 is ignored.
    expect(simplePayback([-100, 150, -200, 300])).toBeCloseTo(100 / 150, 12);
    // A dip before recovery: −100, +50, −30, +100 → −50 after 1, −80 after 2, recovered in year 3: 2 + 80/100.
    expect(simplePayback([-100, 50, -30, 100])).toBeCloseTo(2.8, 12);
    // Nothing to recover: paid back at once, whatever follows (also a zero year 0, then zero years).
    expect(simplePayback([5, 10])).toBe(0);
    expect(simplePayback([5])).toBe(0);
    expect(simplePayback([0])).toBe(0);
    expect(simplePayback([0, 0, 5])).toBe(0);
    // A single negative year 0 never recovers.
    expect(simplePayback([-1])).toBeUndefined();
  });
});

describe('levelizedCost and escalation', () => {
  it('at r = 0 it is the plain ratio of sums', () => {
    // Hand: (300 + 10 + 10) / (0 + 4 + 4) = 40.
    expect(levelizedCost(0, [300, 10, 10], [0, 4, 4])).toBe(40);
    // Negative output in one year only still counts: (1 + 1)/(2 − 1) = 2.
    expect(levelizedCost(0, [1, 1], [2, -1])).toBe(2);
  });

  it('escalation below year 1 divides, at g = 0 it is 1', () => {
    expect(escalation(0.1, 0)).toBeCloseTo(1 / 1.1, 14);
    expect(escalation(0, 7)).toBe(1);
    expect(escalation(0.5, 2)).toBe(1.5);
  });
});

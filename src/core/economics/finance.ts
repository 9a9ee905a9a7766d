/**
 * Discounted cash-flow arithmetic: NPV, IRR, simple payback, levelized cost, escalation.
 *
 * Convention (Brealey, Myers & Allen, "Principles of Corporate Finance", ch. 2 and 5): `cashFlows[t]` is
 * the net cash flow at the END of year t, and `cashFlows[0]` happens today (undiscounted). Excel's NPV
 * instead discounts its first value by one period: Excel NPV(r, v1..vn) = npv(r, [0, v1, …, vn]).
 */
import { InputError } from '../errors';
import { brent } from '../numerics/roots';

function checkFlows(field: string, cashFlows: ArrayLike<number>): void {
  if (cashFlows.length === 0) throw new InputError(field, '[]', 'at least one cash flow (year 0)');
  for (let t = 0; t < cashFlows.length; t++) {
    if (!Number.isFinite(cashFlows[t]))
      throw new InputError(`${field}[${t}]`, cashFlows[t], 'a finite amount');
  }
}

function checkRate(field: string, rate: number): void {
  if (!(Number.isFinite(rate) && rate > -1)) {
    throw new InputError(field, rate, 'a finite rate above −100 % per year (e.g. 0.08 for 8 %)');
  }
}

/**
 * Net present value NPV = Σₜ Cₜ / (1 + r)ᵗ, t = 0 … n (Brealey–Myers–Allen eq. 2.1; C₀ undiscounted).
 * `rate` per period (fraction, > −1); result in the cash flows' currency. Horner form in x = 1/(1+r).
 */
export function npv(rate: number, cashFlows: ArrayLike<number>): number {
  checkRate('discountRate', rate);
  checkFlows('cashFlows', cashFlows);
  return npvUnchecked(1 / (1 + rate), cashFlows);
}

function npvUnchecked(x: number, c: ArrayLike<number>): number {
  let s = 0;
  for (let t = c.length - 1; t >= 0; t--) s = s * x + c[t]!;
  return s;
}

/** Lowest and highest IRR searched, and the number of grid cells (geometric in 1 + r). */
const IRR_MIN = -0.99;
const IRR_MAX = 1000;
const IRR_CELLS = 400;

/**
 * Every internal rate of return in [−99 %, 100 000 %]: the rates r with NPV(r) = 0.
 *
 * Method: NPV(r) is scanned on 401 points evenly spaced in ln(1 + r) (cells 3 % wide in 1 + r); every sign
 * change is then refined with Brent's method (numerics/roots) to 1e-12. A flow with no sign change
 * (all ≥ 0 or all ≤ 0) has no IRR (Descartes' rule of signs) and gives []. Roots where NPV only touches
 * zero without changing sign (double roots), or two roots inside one cell, are not found.
 */
export function irrAll(cashFlows: ArrayLike<number>): number[] {
  checkFlows('cashFlows', cashFlows);
  let pos = false;
  let neg = false;
  for (let t = 0; t < cashFlows.length; t++) {
    if (cashFlows[t]! > 0) pos = true;
    else if (cashFlows[t]! < 0) neg = true;
  }
  if (!(pos && neg)) return [];
  const f = (r: number) => npvUnchecked(1 / (1 + r), cashFlows);
  const lo = Math.log(1 + IRR_MIN);
  const step = (Math.log(1 + IRR_MAX) - lo) / IRR_CELLS;
  const roots: number[] = [];
  let a = IRR_MIN;
  let fa = f(a);
  if (fa === 0) roots.push(a);
  for (let k = 1; k <= IRR_CELLS; k++) {
    const b = Math.exp(lo + k * step) - 1;
    const fb = f(b);
    if (fb === 0) roots.push(b);
    else if (fa !== 0 && fa > 0 !== fb > 0) roots.push(brent(f, a, b, 1e-12, 'IRR', fa, fb).x);
    a = b;
    fa = fb;
  }
  return roots;
}

/**
 * Internal rate of return: the discount rate r at which NPV(r) = 0 (Brealey–Myers–Allen §5.3).
 *
 * Robust and NaN-free: the roots come from `irrAll` (bracketed scan + Brent, never leaves its bracket).
 * Returns `undefined` when there is no IRR in [−99 %, 100 000 %] — flows that never change sign, or whose
 * NPV never crosses zero. When a non-conventional flow (several sign changes) has several IRRs, returns the
 * one nearest `guess` (default 10 %, as Excel's IRR) — use `irrAll` to see them all.
 */
export function irr(cashFlows: ArrayLike<number>, guess = 0.1): number | undefined {
  const roots = irrAll(cashFlows);
  if (roots.length === 0) return undefined;
  let best = roots[0]!;
  for (const r of roots) if (Math.abs(r - guess) < Math.abs(best - guess)) best = r;
  return best;
}

/**
 * Simple (undiscounted) payback period in years: the time at which the cumulative cash flow Σ Cₜ first
 * reaches zero, interpolating linearly inside the year it turns (cash assumed to arrive evenly over that
 * year; standard textbook definition, e.g. Brealey–Myers–Allen §5.2). `cashFlows[0]` at time 0.
 * Returns 0 when the cumulative flow is never negative, `undefined` when it never recovers. A later dip
 * below zero (e.g. a replacement outlay) is ignored: the first recovery counts.
 */
export function simplePayback(cashFlows: ArrayLike<number>): number | undefined {
  checkFlows('cashFlows', cashFlows);
  let cum = cashFlows[0]!;
  if (cum >= 0) return 0;
  for (let t = 1; t < cashFlows.length; t++) {
    const c = cashFlows[t]!;
    if (cum + c >= 0) return t - 1 + -cum / c;
    cum += c;
  }
  return undefined;
}

/**
 * Levelized cost: LC = Σₜ Costₜ/(1+r)ᵗ ÷ Σₜ Outputₜ/(1+r)ᵗ (the discounted-cost-over-discounted-output
 * definition of IEA/NEA "Projected Costs of Generating Electricity", 2020, eq. 1; NREL LCOE). `costs[t]`
 * (currency) and `outputs[t]` (any energy unit) per year t = 0 … n; the result is currency per that unit.
 * Returns `undefined` when the discounted output is zero (nothing produced).
 */
export function levelizedCost(
  rate: number,
  costs: ArrayLike<number>,
  outputs: ArrayLike<number>,
): number | undefined {
  checkRate('discountRate', rate);
  checkFlows('costs', costs);
  checkFlows('outputs', outputs);
  if (costs.length !== outputs.length) {
    throw new InputError('outputs', `${outputs.length} years`, `as many years as costs (${costs.length})`);
  }
  const x = 1 / (1 + rate);
  const out = npvUnchecked(x, outputs);
  if (out === 0) return undefined;
  return npvUnchecked(x, costs) / out;
}

/** Escalation factor of year `year` (1 = first operating year): (1 + g)^(year − 1). */
export function escalation(growth: number, year: number): number {
  return (1 + growth) ** (year - 1);
}

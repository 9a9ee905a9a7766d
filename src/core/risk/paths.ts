/**
 * One Monte Carlo sample of the market: per-year factors on the simulated year's revenue and electricity
 * cost (economics/projection.ts `YearFactors`).
 *
 * Hashprice relative to the scenario's (constant) hashprice at the project start, in month m (t = (m + ½)/12
 * years):
 *   h(t) = P(t)/P₀ · (S(t) + F)/(S₀ + F) · D₀/D(t)
 * (hashprice = (S + F) · P · 144 / network hashrate, Bitcoin wiki "Difficulty"; economics/mining.ts), with
 *  - P: BTC price, geometric Brownian motion, exact log-normal monthly steps
 *      P(t + Δ) = P(t) · exp((μ − σ²/2) Δ + σ √Δ Z)   (Hull, Options, Futures, and Other Derivatives, §14.3)
 *    evaluated at the middle of each month (half steps);
 *  - S: block subsidy, halved at `yearsToHalving` and every 4 years after (Bitcoin Core
 *    `nSubsidyHalvingInterval` = 210 000 blocks × 600 s); F: fees per block (not halved);
 *  - D: difficulty, D(t)/D₀ = (1 + g)^t with g ~ normal(difficultyGrowth, difficultyGrowthSd) per sample,
 *    floored at −90 %/year.
 * Year-y revenue factor = mean of h over its 12 months × (sampled availability / the simulated one); the
 * simulated year already contains the scenario's own availability, so only the ratio is applied.
 * Electricity factor = (1 + e)^(y − 1) × (share_m · a + 1 − share_m), with e ~ normal(electricityEscalation,
 * electricityEscalationSd) and share_m the miners' share of the electricity energy (auxiliaries do not
 * depend on availability). Draws are independent (no BTC-price/difficulty correlation: wider bands).
 */
import type { RiskParams } from '../economics/riskParams';
import { HALVING_INTERVAL_YEARS } from '../economics/riskParams';
import type { Rng } from './prng';

const YEAR = 365.25 * 86400;

export interface SampleContext {
  horizonYears: number;
  /** Availability already in the simulated year (scenario miners.availability), fraction > 0. */
  simulatedAvailability: number;
  /** Miners' share of the operator's electricity energy (0–1). */
  minerElectricShare: number;
}

export interface MarketSample {
  /** Per-year revenue factor, index 1 … N (index 0 unused, 1). */
  revenue: Float64Array;
  /** Per-year electricity-cost factor, index 1 … N. */
  electricity: Float64Array;
  availability: number;
  difficultyGrowth: number;
  electricityEscalation: number;
  /** BTC price at the end of the horizon relative to the start. */
  btcPriceEnd: number;
}

const clip = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** Block subsidy relative to the start after `t` years. */
export function subsidyFactor(t: number, yearsToHalving: number): number {
  if (t < yearsToHalving) return 1;
  return 0.5 ** (1 + Math.floor((t - yearsToHalving) / HALVING_INTERVAL_YEARS));
}

/** Draw one market sample (a fixed number of draws per sample, in a fixed order: reproducible). */
export function sampleMarket(p: RiskParams, c: SampleContext, rng: Rng): MarketSample {
  const N = c.horizonYears;
  const g = Math.max(-0.9, p.difficultyGrowth + p.difficultyGrowthSd * rng.normal());
  const esc = Math.max(-0.5, p.electricityEscalation + p.electricityEscalationSd * rng.normal());
  const avail = clip(p.availability + p.availabilitySd * rng.normal(), 0, 1);
  const availF = avail / c.simulatedAvailability;
  const toHalving = p.yearsToHalving / YEAR;
  const f0 = p.blockSubsidy + p.feesPerBlock;
  const lnD = Math.log1p(g);
  const dt = 1 / 12;
  const half = dt / 2;
  const mu = p.btcDrift;
  const sig = p.btcVolatility;
  const revenue = new Float64Array(N + 1);
  const electricity = new Float64Array(N + 1);
  revenue[0] = 1;
  electricity[0] = 1;
  let lnP = 0;
  for (let y = 1; y <= N; y++) {
    let sum = 0;
    for (let k = 0; k < 12; k++) {
      const t = y - 1 + (k + 0.5) * dt;
      // Half a month to the middle of this month, then half a month to its end (exact GBM increments).
      lnP += (mu - (sig * sig) / 2) * half + sig * Math.sqrt(half) * rng.normal();
      const reward = f0 > 0 ? (p.blockSubsidy * subsidyFactor(t, toHalving) + p.feesPerBlock) / f0 : 0;
      sum += Math.exp(lnP - lnD * t) * reward;
      lnP += (mu - (sig * sig) / 2) * half + sig * Math.sqrt(half) * rng.normal();
    }
    revenue[y] = (sum / 12) * availF;
    electricity[y] = (1 + esc) ** (y - 1) * (c.minerElectricShare * availF + 1 - c.minerElectricShare);
  }
  return {
    revenue,
    electricity,
    availability: avail,
    difficultyGrowth: g,
    electricityEscalation: esc,
    btcPriceEnd: Math.exp(lnP),
  };
}

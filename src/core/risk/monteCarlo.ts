/**
 * Monte Carlo business case: the thermal year is simulated once per weather file; each sample draws a
 * weather year and a market path (paths.ts) and re-projects that year's money figures with the same
 * cash-flow arithmetic as the deterministic economics (economics/projection.ts). A sample costs a few
 * hundred random draws and one (N + 1)-year cash flow, so 10⁴ samples take milliseconds.
 *
 * Simplification: availability scales revenue and miner electricity, not the heat delivered (at the
 * pilot's sizes the miners' heat exceeds the greenhouse's need most hours; the weather years carry the
 * heat uncertainty).
 */
import type { EconomicsResult } from '../economics/compute';
import { npv, simplePayback } from '../economics/finance';
import { projectCashFlows } from '../economics/projection';
import type { RiskParams } from '../economics/riskParams';
import type { Economics } from '../economics/schema';
import { InputError } from '../errors';
import { sampleMarket } from './paths';
import { mulberry32 } from './prng';
import { type Band, band, type Histogram, histogram, quantileSorted } from './stats';

/** One simulated weather year, as the risk engine needs it. */
export interface RiskYear {
  /** Weather file name or label. */
  label: string;
  economics: EconomicsResult;
  /** Share of the greenhouse heat from the miners (0–1) in this year. */
  heatCoverage: number;
  /** Miner availability already in the simulated year (scenario miners.availability), > 0. */
  availability: number;
}

export interface RiskOptions {
  samples: number;
  /** 32-bit seed: the same seed, scenario and weather give identical results. */
  seed: number;
  /** NPV histogram bins (default 20). */
  bins?: number;
}

/** Percentile bands over the years 0 … N (fan chart). */
export interface Fan {
  years: number[];
  p10: number[];
  p50: number[];
  p90: number[];
}

export interface RiskResult {
  samples: number;
  seed: number;
  currency: string;
  horizonYears: number;
  weatherYears: string[];
  /** Project NPV, ¤. */
  npv: Band;
  /** Project simple payback, years (null: not reached within the horizon at that percentile). */
  paybackYears: Band;
  /** Year-1 net benefit of the greenhouse host and the mining operator, ¤. */
  hostNetBenefit: Band;
  operatorNetBenefit: Band;
  operatorNpv: Band;
  hostNpv: Band;
  /** Share of the greenhouse heat from the miners (0–1). */
  heatCoverage: Band;
  /** Mean hashprice over the horizon relative to the scenario's (revenue factor, availability included). */
  revenueFactor: Band;
  /** Share of samples whose project cash flow pays back within the horizon. */
  probabilityOfPayback: number;
  /** Cumulative project cash flow by year, ¤. */
  fan: Fan;
  /** Project NPV histogram, ¤. */
  histogram: Histogram;
  params: RiskParams;
}

function check(o: RiskOptions, years: RiskYear[]): void {
  if (!(Number.isInteger(o.samples) && o.samples >= 1 && o.samples <= 1_000_000)) {
    throw new InputError('samples', o.samples, 'a whole number between 1 and 1000000');
  }
  if (years.length === 0) throw new InputError('weather', '(none)', 'at least one simulated weather year');
}

/** Run the Monte Carlo over the simulated weather years. Pure and deterministic for a given seed. */
export function runRisk(e: Economics, years: RiskYear[], o: RiskOptions): RiskResult {
  check(o, years);
  const rng = mulberry32(o.seed);
  const p = e.risk;
  const N = e.horizonYears;
  const n = o.samples;
  const out = {
    npv: new Float64Array(n),
    payback: new Float64Array(n),
    host: new Float64Array(n),
    operator: new Float64Array(n),
    operatorNpv: new Float64Array(n),
    hostNpv: new Float64Array(n),
    coverage: new Float64Array(n),
    revenue: new Float64Array(n),
  };
  const cum = Array.from({ length: N + 1 }, () => new Float64Array(n));
  let paid = 0;
  for (let i = 0; i < n; i++) {
    const yr = years[Math.min(years.length - 1, Math.floor(rng.uniform() * years.length))]!;
    const b = yr.economics.breakdown;
    // Miners' share of the operator's electricity (AI racks and heat pump do not depend on miner availability).
    const elecMWh = b.minerEnergy_MWh + b.auxiliaryEnergy_MWh + b.aiItEnergy_MWh + b.heatPumpElectricity_MWh;
    const m = sampleMarket(
      p,
      {
        horizonYears: N,
        simulatedAvailability: yr.availability,
        minerElectricShare: elecMWh > 0 ? b.minerEnergy_MWh / elecMWh : 0,
      },
      rng,
    );
    const cf = projectCashFlows(e, yr.economics.yearOne, { revenue: m.revenue, electricity: m.electricity });
    out.npv[i] = npv(e.discountRate, cf.project);
    const pb = simplePayback(cf.project);
    out.payback[i] = pb === undefined ? Infinity : pb;
    if (pb !== undefined) paid++;
    out.operator[i] = cf.operator[1]! - (N === 1 ? yr.economics.yearOne.salvage : 0);
    out.host[i] = cf.host[1]!;
    out.operatorNpv[i] = npv(e.discountRate, cf.operator);
    out.hostNpv[i] = npv(e.discountRate, cf.host);
    out.coverage[i] = yr.heatCoverage;
    let rf = 0;
    for (let y = 1; y <= N; y++) rf += m.revenue[y]!;
    out.revenue[i] = rf / N;
    let c = 0;
    for (let y = 0; y <= N; y++) {
      c += cf.project[y]!;
      cum[y]![i] = c;
    }
  }
  const fan: Fan = { years: [], p10: [], p50: [], p90: [] };
  for (let y = 0; y <= N; y++) {
    const s = cum[y]!.sort();
    fan.years.push(y);
    fan.p10.push(quantileSorted(s, 0.1)!);
    fan.p50.push(quantileSorted(s, 0.5)!);
    fan.p90.push(quantileSorted(s, 0.9)!);
  }
  return {
    samples: n,
    seed: o.seed,
    currency: e.currency,
    horizonYears: N,
    weatherYears: years.map((y) => y.label),
    npv: band(out.npv),
    paybackYears: band(out.payback),
    hostNetBenefit: band(out.host),
    operatorNetBenefit: band(out.operator),
    operatorNpv: band(out.operatorNpv),
    hostNpv: band(out.hostNpv),
    heatCoverage: band(out.coverage),
    revenueFactor: band(out.revenue),
    probabilityOfPayback: paid / n,
    fan,
    histogram: histogram(out.npv, o.bins ?? 20),
    params: p,
  };
}

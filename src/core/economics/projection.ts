/**
 * Cash flows over the horizon from one year's money figures: year 0 = capex (negative), years 1 … N = the
 * year-1 figures times a per-year factor, miner salvage to the operator in year N.
 *
 * `computeEconomics` uses the deterministic factors (1 + g)^(y − 1) of `economics.escalation`; the Monte
 * Carlo risk engine (core/risk) passes sampled per-year factors (BTC price path, difficulty, halving,
 * availability, electricity escalation) and reuses the same arithmetic, so both stay one model.
 */
import { escalation } from './finance';
import type { Economics } from './schema';

/** Year-1 money figures of a simulated year, scenario currency (¤/year unless noted). */
export interface YearOne {
  /** Gross mining (or hosting) revenue before the pool fee. */
  revenue: number;
  /** AI colocation revenue (contracted, not escalated, not scaled by the hashprice). */
  hostingRevenue: number;
  /** Operator electricity: energy + demand charges. */
  electricity: number;
  /** Backup fuel/electricity purchase the delivered heat avoided (escalated with fuel or electricity). */
  avoidedPurchase: number;
  /** Carbon charge the delivered heat avoided (not escalated). */
  avoidedCarbon: number;
  /** Year-1 heat payments host → operator. */
  payments: number;
  operatorOpex: number;
  hostOpex: number;
  operatorCapex: number;
  hostCapex: number;
  heatRecoveryCapex: number;
  /** Miner resale at the end of the horizon. */
  salvage: number;
  /** Heat delivered per year, MWh (for the levelized cost of heat). */
  heatMWh: number;
  /** The backup is electric (its avoided purchase escalates with electricity, else with fuel). */
  electricBackup: boolean;
}

/**
 * Per-year factors on the year-1 figures, index = year (1 … N; index 0 unused). A missing series uses
 * the scenario's deterministic escalation (1 + g)^(y − 1).
 */
export interface YearFactors {
  /** Factor on gross revenue (hashprice path × availability). */
  revenue?: ArrayLike<number>;
  /** Factor on the operator's electricity cost. */
  electricity?: ArrayLike<number>;
}

export interface CashFlows {
  operator: number[];
  host: number[];
  project: number[];
  /** Heat-recovery capex and maintenance per year (levelized cost of heat numerator). */
  lcCosts: number[];
  /** Heat delivered per year, MWh. */
  lcHeat: number[];
}

/** The cash flows of operator, host and project over `economics.horizonYears`. Pure, allocation-light. */
export function projectCashFlows(e: Economics, y1: YearOne, factors: YearFactors = {}): CashFlows {
  const N = e.horizonYears;
  const g = e.escalation;
  const hc = e.heatContract;
  const op: number[] = new Array(N + 1);
  const ho: number[] = new Array(N + 1);
  const pr: number[] = new Array(N + 1);
  const lcCosts: number[] = new Array(N + 1);
  const lcHeat: number[] = new Array(N + 1);
  op[0] = 0 - y1.operatorCapex;
  ho[0] = 0 - y1.hostCapex;
  lcCosts[0] = y1.heatRecoveryCapex;
  lcHeat[0] = 0;
  const fuelGrowth = y1.electricBackup ? g.electricity : g.fuel;
  for (let y = 1; y <= N; y++) {
    const avoidedY = y1.avoidedPurchase * escalation(fuelGrowth, y) + y1.avoidedCarbon;
    const payY =
      hc.type === 'price'
        ? y1.payments * escalation(g.heatPrice, y)
        : hc.type === 'share-of-savings'
          ? hc.share * avoidedY
          : 0;
    const revF = factors.revenue ? factors.revenue[y]! : escalation(g.hashprice, y);
    const elF = factors.electricity ? factors.electricity[y]! : escalation(g.electricity, y);
    const opexEsc = escalation(g.opex, y);
    op[y] =
      y1.revenue * revF * (1 - e.poolFee) +
      y1.hostingRevenue -
      y1.electricity * elF -
      y1.operatorOpex * opexEsc +
      payY;
    ho[y] = avoidedY - payY - y1.hostOpex * opexEsc;
    lcCosts[y] = e.opex.maintenance * y1.heatRecoveryCapex * opexEsc;
    lcHeat[y] = y1.heatMWh;
  }
  op[N]! += y1.salvage;
  for (let y = 0; y <= N; y++) pr[y] = op[y]! + ho[y]!;
  return { operator: op, host: ho, project: pr, lcCosts, lcHeat };
}

/**
 * Side by side per MW of site power: mining vs AI hosting vs a mix (issue 17). Each figure of a simulated
 * year is divided by the site's electric nameplate (miners' nameplate + AI racks' IT nameplate, MW), and the
 * Monte Carlo gives the P10–P90 band of the operator's year-1 margin and of the project NPV per MW.
 */
import { aiRackModel, minerModel } from '../models/catalog';
import type { SimulationResult } from '../sim/types';
import type { RiskResult } from './monteCarlo';
import type { Band } from './stats';

export interface PerMwSummary {
  name: string;
  currency: string;
  /** Miners' and AI racks' nameplate, MW. */
  minersMW: number;
  aiMW: number;
  nameplateMW: number;
  /** Per MW of nameplate, per year (year 1): */
  perMw: {
    /** Mining (gross) + AI hosting revenue, ¤/MW. */
    revenue: number;
    miningRevenue: number;
    hostingRevenue: number;
    /** Operator's year-1 net (revenue − pool fee − electricity − opex + heat payments), ¤/MW. */
    margin: number;
    electricityCost: number;
    capex: number;
    npv: number;
    /** Recovered heat delivered to the greenhouse (miner heat + heat pump), MWh/MW. */
    heatDelivered_MWh: number;
    /** The host's avoided backup cost, ¤/MW. */
    backupCostAvoided: number;
    /** Backup energy input avoided, MWh/MW. */
    backupInputAvoided_MWh: number;
    /** CO₂ of the backup the recovered heat displaced, t/MW. */
    co2Avoided_t: number;
  };
  /** Whole site: */
  heatCoverage: number;
  heatPumpCop: number | null;
  /** P10–P90 per MW from the Monte Carlo (when run). */
  bands?: { margin: Band; npv: Band; probabilityOfPayback: number };
}

const perMwBand = (b: Band, mw: number): Band => ({
  p10: b.p10 === null ? null : b.p10 / mw,
  p50: b.p50 === null ? null : b.p50 / mw,
  p90: b.p90 === null ? null : b.p90 / mw,
});

/** The per-MW figures of one simulated site (and its Monte Carlo bands when given). */
export function perMwSummary(sim: SimulationResult, risk?: RiskResult): PerMwSummary {
  const s = sim.scenario;
  const k = sim.kpis;
  const b = sim.economics.breakdown;
  const minersMW = (s.miners.count * minerModel(s.miners.model).power) / 1e6;
  const aiMW = s.aiRacks.count > 0 ? (s.aiRacks.count * aiRackModel(s.aiRacks.model).power) / 1e6 : 0;
  const mw = minersMW + aiMW;
  const per = (x: number) => x / mw;
  const summary: PerMwSummary = {
    name: s.name,
    currency: k.currency,
    minersMW,
    aiMW,
    nameplateMW: mw,
    perMw: {
      revenue: per(k.miningRevenue + k.hostingRevenue),
      miningRevenue: per(k.miningRevenue),
      hostingRevenue: per(k.hostingRevenue),
      margin: per(k.operatorNetBenefit),
      electricityCost: per(k.electricityCost),
      capex: per(k.capex),
      npv: per(k.npv),
      heatDelivered_MWh: per(b.heatDelivered_MWh),
      backupCostAvoided: per(k.backupFuelCostAvoided),
      backupInputAvoided_MWh: per(b.avoidedBackupInput_MWh),
      co2Avoided_t: per(k.co2Avoided_t),
    },
    heatCoverage: k.heatCoverage,
    heatPumpCop: heatPumpCopOf(sim),
  };
  if (risk) {
    summary.bands = {
      margin: perMwBand(risk.operatorNetBenefit, mw),
      npv: perMwBand(risk.npv, mw),
      probabilityOfPayback: risk.probabilityOfPayback,
    };
  }
  return summary;
}

/** The seasonal COP of the run's heat pump (null without one). */
function heatPumpCopOf(sim: SimulationResult): number | null {
  const cop = (sim.kpis as unknown as Record<string, unknown>).heatPumpCop;
  return typeof cop === 'number' && cop > 0 ? cop : null;
}

/**
 * The one currency of the sites' money, or undefined where they differ: the figures are not converted (no
 * exchange rate is part of a scenario), so a table then writes each figure with its own site's currency.
 */
export function sharedCurrency(sites: readonly { currency: string }[]): string | undefined {
  const c = sites[0]?.currency;
  return sites.every((s) => s.currency === c) ? c : undefined;
}

/** A per-MW site summary for the comparison tables' tests (CLI `compareTable`, app `CompareView`). */
import type { PerMwSummary } from '../../src/core';

export function perMwSite(name: string, currency: string, revenue: number): PerMwSummary {
  return {
    name,
    currency,
    minersMW: 3,
    aiMW: 0,
    nameplateMW: 3,
    perMw: {
      revenue,
      miningRevenue: revenue,
      hostingRevenue: 0,
      margin: 450000,
      electricityCost: 300000,
      capex: 1600000,
      npv: -400000,
      heatDelivered_MWh: 4000,
      backupCostAvoided: 140000,
      backupInputAvoided_MWh: 4040,
      co2Avoided_t: 8.1,
    },
    heatCoverage: 0.8,
    heatPumpCop: null,
  };
}

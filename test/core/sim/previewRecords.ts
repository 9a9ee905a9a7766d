/** Made-up KPI records for the preview-correction tests (previewCorrection.test.ts, previewBetween.test.ts). */
import type { Kpis } from '../../../src/core/sim/types';

/** A record with a closed ledger from its parts (MWh); the rest of the KPIs as `extra`. */
export function record(parts: {
  toGh: number;
  backup: number;
  unmet: number;
  rejected: number;
  toAir: number;
  extra?: Record<string, number | string>;
}): Kpis {
  const recovered = parts.toGh + parts.rejected;
  return {
    minerElectricity_MWh: recovered + parts.toAir,
    heatRecovered_MWh: recovered,
    minerHeatToAir_MWh: parts.toAir,
    heatToGreenhouse_MWh: parts.toGh,
    heatRejected_MWh: parts.rejected,
    tankLoss_MWh: 0,
    tankStorageChange_MWh: 0,
    greenhouseHeatDemand_MWh: parts.toGh + parts.backup + parts.unmet,
    backupHeat_MWh: parts.backup,
    unmetHeat_MWh: parts.unmet,
    heatPumpHeat_MWh: 0,
    heatPumpElectricity_MWh: 0,
    heatPumpSourceHeat_MWh: 0,
    heatPumpCyclingLoss_MWh: 0,
    aiItElectricity_MWh: 0,
    aiHeatRejected_MWh: 0,
    aiHeatToAir_MWh: 0,
    auxiliaryElectricity_MWh: 10,
    heatCoverage: 0,
    energyReuseFactor: 0,
    ...parts.extra,
  } as unknown as Kpis;
}

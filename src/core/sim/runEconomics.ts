/**
 * The economics of a finished run: `computeEconomics` on its hourly series and the scenario's economics. No
 * physics here, so an edit that changes only the economics can be answered from the last run's series
 * (reprice.ts) with the very numbers a new run would give.
 */
import { computeEconomics, type EconomicsResult } from '../economics/compute';
import type { Scenario } from '../models/scenario';
import type { Plant } from '../plant/plant';
import { HeatPumpStep } from './heatPumpStep';
import type { SeriesName } from './outputs';

export function runEconomics(
  s: Scenario,
  plant: Plant,
  series: Readonly<Record<SeriesName, Float64Array>>,
  hours: number,
  hpStep: HeatPumpStep | undefined = HeatPumpStep.create(s, plant.cpGreenhouse),
): EconomicsResult {
  return computeEconomics(s.economics, {
    hours,
    minerElectricPower: series.minerElectricPower,
    hashrate: series.hashrate,
    heatToGreenhouse: series.heatToGreenhouse,
    ...(hpStep ? hpStep.economicsInputs(s, series, hours) : {}),
    backupHeat: series.backupHeat,
    backupInput: series.backupInput,
    auxiliaryPower: series.auxiliaryPower,
    greenhouseHeatDemand: series.greenhouseHeatDemand,
    backupFuel: s.backupHeater.type,
    backupEfficiency: s.backupHeater.efficiency,
    minerCount: s.miners.count,
    nameplatePower: s.miners.count * plant.miners.model.power,
    nameplateHashrate: s.miners.count * plant.miners.model.hashrate,
  });
}

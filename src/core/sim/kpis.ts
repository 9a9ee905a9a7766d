/** Annual energy KPIs from the hourly series (energies: Σ hourly mean power × 1 h). */
import { ZERO_CELSIUS } from '../errors';
import { designHours } from './designHours';
import type { SeriesName } from './outputs';
import type { EnergyKpis } from './types';

/** Unmet-hour thresholds: share of the hour's demand, and W per m² of floor (assumption, see unmetHours). */
export const UNMET_SHARE = 0.02;
export const UNMET_ABS = 1;

/**
 * Why a step was short of heat, as bits of an hour's cause mask (run.ts collects them, warnings.ts reads them):
 * the supply temperature capped the mixing valve, the greenhouse loop's flow could not bring more heat, the
 * backup heater was at capacity.
 */
export const SHORT_BY = { supply: 1, loop: 2, backup: 4 } as const;

/**
 * Whether an hour counts as unmet: the shortfall integrated over the clock hour (W, hourly mean) is more than
 * 2 % of the hour's demand and more than 1 W per m² of floor (so that round-off and a few watts do not count).
 */
export function isUnmetHour(unmet: number, demand: number, floorArea: number): boolean {
  return unmet > UNMET_ABS * floorArea && unmet > UNMET_SHARE * demand;
}

export interface KpiContext {
  hours: number;
  floorArea: number;
  /** Σ|step residuals|·dt and Σ energy throughput·dt over the run, J. */
  residualSum: number;
  throughputSum: number;
}

/**
 * Share of the greenhouse's heat demand met by the miners and the heat pump. The demand is heatToGreenhouse +
 * heatPump + backup + unmet (the ledger identity, all ≥ 0), so the share is computed from those parts: a / (a + b)
 * of non-negative numbers is in [0, 1] exactly in floating point, where a / demand came out 1 + 8e-15 in 3 of
 * 1,000 random plants (the sums rounded differently), without clipping. 0 without demand. Any energy unit.
 */
export function heatCoverage(
  toGreenhouse: number,
  heatPump: number,
  backup: number,
  unmet: number,
  demand: number,
): number {
  const met = toGreenhouse + heatPump;
  return demand > 0 ? met / (met + backup + unmet) : 0;
}

export function energyKpis(x: Record<SeriesName, Float64Array>, c: KpiContext): EnergyKpis {
  const h = c.hours;
  const MWh = 1 / 1e6; // hourly means in W summed over hours → Wh; /1e6 → MWh
  const sum = (a: Float64Array): number => {
    let t = 0;
    for (let i = 0; i < h; i++) t += a[i]!;
    return t;
  };
  // unmet hours (isUnmetHour): a count of clock hours from energies, which does not depend on the time step
  let unmet = 0;
  let peak = 0;
  let cold = 0;
  let maxCoolant = 0;
  for (let i = 0; i < h; i++) {
    peak = Math.max(peak, x.greenhouseHeatDemand[i]!);
    if (x.greenhouseAirT[i]! < x.setpointT[i]! - 0.5) cold++;
    if (isUnmetHour(x.unmetHeat[i]!, x.greenhouseHeatDemand[i]!, c.floorArea)) unmet++;
    maxCoolant = Math.max(maxCoolant, x.minerOutletT[i]!);
  }
  const elec = sum(x.minerElectricPower) * MWh;
  const aux = sum(x.auxiliaryPower) * MWh;
  const toGh = sum(x.heatToGreenhouse) * MWh;
  const demand = sum(x.greenhouseHeatDemand) * MWh;
  const charge = sum(x.tankCharge) * MWh;
  const discharge = sum(x.tankDischarge) * MWh;
  const tankLoss = sum(x.tankLoss) * MWh;
  // AI racks and heat pump (0 without them): the heat pump's heat counts as recovered heat.
  const hpHeat = sum(x.heatPumpHeat) * MWh;
  const backup = sum(x.backupHeat) * MWh;
  const unmetHeat = sum(x.unmetHeat) * MWh;
  const hpElec = sum(x.heatPumpElectricity) * MWh;
  const aiIt = sum(x.aiItPower) * MWh;
  return {
    minerElectricity_MWh: elec,
    heatRecovered_MWh: sum(x.heatToCoolant) * MWh,
    minerHeatToAir_MWh: sum(x.heatToAir) * MWh,
    heatToGreenhouse_MWh: toGh,
    heatRejected_MWh: sum(x.dryCoolerDuty) * MWh,
    tankLoss_MWh: tankLoss,
    tankStorageChange_MWh: charge - discharge - tankLoss,
    greenhouseHeatDemand_MWh: demand,
    backupHeat_MWh: backup,
    unmetHeat_MWh: unmetHeat,
    heatCoverage: heatCoverage(toGh, hpHeat, backup, unmetHeat, demand),
    energyReuseFactor: elec + aux + aiIt + hpElec > 0 ? (toGh + hpHeat) / (elec + aux + aiIt + hpElec) : 0,
    peakGreenhouseLoad_kW: peak / 1e3,
    designGreenhouseLoad_kW: designHours({ hours: h, series: x }).load / 1e3,
    unmetHours: unmet,
    coldHours: cold,
    maxCoolantTemp_C: maxCoolant - ZERO_CELSIUS,
    minerUptime: sum(x.minerUptime) / h,
    hashrateAverage_THs: sum(x.hashrate) / h / 1e12,
    energyBalanceResidual: c.throughputSum > 0 ? c.residualSum / c.throughputSum : 0,
    auxiliaryElectricity_MWh: aux,
    backupInput_MWh: sum(x.backupInput) * MWh,
    heatDemandPerArea_GJm2: (demand * 3.6e9) / 1e9 / c.floorArea,
    heatPumpHeat_MWh: hpHeat,
    heatPumpElectricity_MWh: hpElec,
    heatPumpCop: hpElec > 0 ? hpHeat / hpElec : 0,
    aiItElectricity_MWh: aiIt,
    aiHeatRejected_MWh: sum(x.aiHeatRejected) * MWh,
    heatPumpSourceHeat_MWh: sum(x.heatPumpSourceHeat) * MWh,
    heatPumpCyclingLoss_MWh: sum(x.heatPumpCyclingLoss) * MWh,
    aiHeatToAir_MWh: sum(x.aiHeatToAir) * MWh,
  };
}

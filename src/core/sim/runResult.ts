/** An annual run's result from its hourly series and its sums: energy KPIs, economics, warnings (run.ts). */
import type { Scenario } from '../models/scenario';
import type { Plant } from '../plant/plant';
import type { WeatherYear } from '../weather/epw';
import type { HeatPumpStep } from './heatPumpStep';
import { energyKpis } from './kpis';
import type { SeriesName } from './outputs';
import { runEconomics } from './runEconomics';
import type { Kpis, SimulationResult } from './types';
import { warnings } from './warnings';

/** What the hour loop summed besides the series. */
export interface RunSums {
  hours: number;
  /** Internal step, s, and internal steps per hour. */
  dt: number;
  stepsPerHour: number;
  /** Σ of the step residuals × dt, J. */
  residualSum: number;
  /** Σ of the energy throughput × dt, J. */
  throughputSum: number;
  /** Steps in which the dry cooler rejected miner heat while the backup heater ran. */
  limitedSteps: number;
  /** Steps in which the backup heater at capacity left the greenhouse short. */
  backupLimitedSteps: number;
  /** What limited the heat in each hour (SHORT_BY bits). */
  shortBy: Uint8Array;
  hpStep: HeatPumpStep | undefined;
}

export function runResult(
  s: Scenario,
  plant: Plant,
  w: WeatherYear,
  series: Record<SeriesName, Float64Array>,
  sums: RunSums,
): SimulationResult {
  const { hours, dt, stepsPerHour } = sums;
  const kpis = energyKpis(series, {
    hours,
    floorArea: s.greenhouse.floorArea,
    residualSum: sums.residualSum,
    throughputSum: sums.throughputSum,
  });
  const economics = runEconomics(s, plant, series, hours, sums.hpStep);
  const allKpis: Kpis = { ...kpis, ...economics.kpis };
  return {
    scenario: s,
    weather: {
      fileName: w.fileName,
      location: [w.location.city, w.location.region, w.location.country].filter(Boolean).join(', '),
      latitude: w.location.latitude,
      longitude: w.location.longitude,
      hours: w.length,
    },
    hours,
    timeStep: s.simulation.timeStep,
    steps: hours * Math.round(3600 / s.simulation.timeStep),
    internalStep: dt,
    series,
    kpis: allKpis,
    economics,
    warnings: warnings(series, kpis, {
      s,
      plant,
      hours,
      limitedHours: Math.round(sums.limitedSteps / stepsPerHour),
      backupLimitedHours: Math.round(sums.backupLimitedSteps / stepsPerHour),
      stepMinutes: dt / 60,
      shortBy: sums.shortBy,
    }),
  };
}

/**
 * Replaying the greenhouse side of a run for a plant-only edit.
 *
 * Each step has a greenhouse side (weather, controls, the valve and the greenhouse step, the demand) and a plant
 * side (miners, exchanger, dry cooler, tank, backup heater, heat pump: `Dispatch`). The greenhouse side reads
 * the plant in one place only: when the backup heater at capacity leaves the greenhouse short, the shortfall
 * repeats the greenhouse step for what the plant delivers. A run in which that never happens (warm-up
 * included) has a greenhouse side that any plant shares with it, provided the greenhouse, its loop, the site,
 * the weather and the step are the same (`greenhouseKey`). Such a run records a `GreenhouseTrace`: per step
 * what the plant side reads from the greenhouse, and the greenhouse's hourly series. A run of another plant
 * replays it: only the plant is solved, step by step in the same order with the same inputs, so the result is
 * the same to the bit as a full run; the first step whose plant falls short aborts the replay (`ReplayAbort`)
 * and the run starts again in full. Measured on the pilot: see bench/core.bench.ts.
 */
import type { Scenario } from '../models/scenario';
import type { SeriesName } from './outputs';

/**
 * Sections and fields a greenhouse side never reads: the plant (the greenhouse loop stays: its flow limits the
 * valve and its heating curve sets the supply), the economics and the text.
 */
const PLANT_ONLY = [
  'miners',
  'minerLoop',
  'heatExchanger',
  'dryCooler',
  'bufferTank',
  'backupHeater',
  'aiRacks',
  'heatPump',
  'control',
  'economics',
  'name',
  'description',
  'assumptions',
  'sources',
] as const;

/** A key equal for two scenarios whose greenhouse sides are the same (same weather and options given). */
export function greenhouseKey(s: Scenario): string {
  const rest: Record<string, unknown> = { ...s };
  for (const k of PLANT_ONLY) delete rest[k];
  return JSON.stringify(rest);
}

/**
 * The hourly series the greenhouse side alone decides (record.ts `accumulateGreenhouse`, and the demand and
 * unmet heat of `AnnualRun.endHour`, which add the heat taken: the greenhouse's own while nothing is short).
 */
export const GREENHOUSE_SERIES: readonly SeriesName[] = Object.freeze([
  'outdoorT',
  'skyT',
  'globalHorizontal',
  'windSpeed',
  'isDay',
  'setpointT',
  'greenhouseAirT',
  'coverT',
  'canopyT',
  'floorT',
  'pipeMeanT',
  'pipeInletT',
  'pipeOutletT',
  'screenClosed',
  'ventOpening',
  'greenhouseHeatDemand',
  'heatRequested',
  'coverLoss',
  'airExchangeLoss',
  'groundLoss',
  'transpirationLatent',
  'solarAbsorbed',
  'supplySetpointT',
  'unmetHeat',
]);

/** What the plant side of a step reads from its greenhouse side: offsets in a step's row. */
export const STEP = Object.freeze({
  /** Heat the greenhouse took from the pipe water, W. */
  q: 0,
  tOut: 1,
  supplySet: 2,
  /** The rail's outlet (the heating circuit's return), K. */
  pipeOutletT: 3,
  /** |the greenhouse step's energy residual|, W. */
  energyResidual: 4,
  /** |solar absorbed| and |pipe water heat|: the greenhouse's part of the residual's denominator, W. */
  solar: 5,
  pipeHeat: 6,
});
export const STEP_FIELDS = 7;

/** The greenhouse side of a run, recorded for replay. */
export interface GreenhouseTrace {
  /** Internal steps per hour and the run's hours (the warm-up's steps come first). */
  readonly stepsPerHour: number;
  readonly hours: number;
  readonly warmHours: number;
  /** STEP_FIELDS numbers per step, warm-up then the run. */
  readonly steps: Float64Array;
  /** The GREENHOUSE_SERIES of the recorded run, in that order. */
  readonly series: readonly Float64Array[];
  /** What limited the valve in each hour (SHORT_BY supply and loop bits). */
  readonly shortBy: Uint8Array;
}

/** Thrown inside a replay when the plant falls short: the run is repeated in full. */
export class ReplayAbort extends Error {
  constructor() {
    super('replay aborted: the plant falls short, so the greenhouse side depends on it');
    this.name = 'ReplayAbort';
  }
}

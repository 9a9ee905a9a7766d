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
 *
 * The floor area too: the greenhouse side runs per m² of floor (setup.ts `greenhousePerArea`) and the trace keeps
 * its heats per m², which a run multiplies by its floor area where the plant reads them and where it writes the
 * hourly heat series, in the same operations a full run makes. The area enters the greenhouse side only through
 * the primary loop's limit (its capacity rate per m² of floor): a trace in which the loop never limited the
 * valve replays at another area unless that area's loop would limit a step (`AnnualRun.checkScaled`).
 */
import type { Scenario } from '../models/scenario';
import { loopLimits } from './loopLimit';
import { SERIES, type SeriesName } from './outputs';

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

/**
 * A key equal for two scenarios whose greenhouse sides are the same per m² of floor (same weather and options
 * given): the floor area is left out too (see above).
 */
export function greenhouseKey(s: Scenario): string {
  const rest: Record<string, unknown> = { ...s };
  for (const k of PLANT_ONLY) delete rest[k];
  rest.greenhouse = { ...s.greenhouse, floorArea: undefined }; // JSON leaves it out
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

/**
 * The GREENHOUSE_SERIES that are heats (in W: outputsHourly.ts): a run accumulates them per m² of floor, and a
 * trace keeps them so.
 */
export const PER_AREA_SERIES: readonly SeriesName[] = Object.freeze(
  GREENHOUSE_SERIES.filter((k) => SERIES[k] === 'W'),
);

/** What the plant side of a step reads from its greenhouse side: offsets in a step's row (heats per m² of floor). */
export const STEP = Object.freeze({
  /** Heat the greenhouse took from the pipe water, W/m². */
  q: 0,
  tOut: 1,
  supplySet: 2,
  /** The rail's outlet (the heating circuit's return), K. */
  pipeOutletT: 3,
  /** |the greenhouse step's energy residual|, W/m². */
  energyResidual: 4,
  /** |solar absorbed| and |pipe water heat|: the greenhouse's part of the residual's denominator, W/m². */
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
  /** Floor area of the recorded run, m². */
  readonly area: number;
  /** Whether the primary loop limited the valve in any step (warm-up included): then it replays at `area` only. */
  readonly loopLimited: boolean;
  /** STEP_FIELDS numbers per step, warm-up then the run. */
  readonly steps: Float64Array;
  /** The GREENHOUSE_SERIES of the recorded run, in that order (the PER_AREA_SERIES per m² of floor). */
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

/**
 * Whether `tr` replays a run of floor area `area` (m²) whose primary loop has the capacity rate `loopRate` per m²
 * of floor (W/(m²·K)). At its own area, always. At another, the greenhouse side is the same per m² of floor
 * unless the primary loop limited the valve, which depends on the area: not when the recorded run was limited by
 * the loop anywhere, nor when this area's loop would limit any of its steps (warm-up included; the valve's own
 * test, `loopLimits`, on the same numbers, so it decides as a full run would).
 */
export function fitsArea(tr: GreenhouseTrace, area: number, loopRate: number): boolean {
  if (tr.area === area) return true;
  if (tr.loopLimited) return false;
  const st = tr.steps;
  for (let r = 0; r < st.length; r += STEP_FIELDS) {
    if (loopLimits(st[r + STEP.q]!, loopRate, st[r + STEP.supplySet]!, st[r + STEP.pipeOutletT]!))
      return false;
  }
  return true;
}

/** Hourly arrays for the PER_AREA_SERIES of a run being recorded, in GREENHOUSE_SERIES order (others undefined). */
export function perAreaSeries(hours: number): (Float64Array | undefined)[] {
  return GREENHOUSE_SERIES.map((k) => (PER_AREA_SERIES.includes(k) ? new Float64Array(hours) : undefined));
}

/**
 * A recorded run's GREENHOUSE_SERIES for its trace: the heats per m² of floor as recorded (`perArea`, in that
 * order; undefined for the others), the others the result's own arrays (a result is never written after its run).
 */
export function traceSeries(
  perArea: readonly (Float64Array | undefined)[],
  series: Record<SeriesName, Float64Array>,
): Float64Array[] {
  return GREENHOUSE_SERIES.map((k, j) => perArea[j] ?? series[k]);
}

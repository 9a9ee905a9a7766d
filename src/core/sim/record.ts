/** Hourly means: each step's values are summed into an accumulator and divided by the steps per hour. */
import { PhysicsError } from '../errors';
import { GH, type GreenhouseStepOutput } from '../greenhouse';
import type { PlantState } from '../plant/plant';
import type { Dispatch } from './dispatch';
import type { HeatPumpStep } from './heatPumpStep';
import type { WeatherYear } from '../weather/epw';
import { GREENHOUSE_SERIES, type GreenhouseTrace, PER_AREA_SERIES } from './greenhouseTrace';
import { type SeriesName, SERIES_NAMES } from './outputs';

/** Index of each series in the per-hour accumulator. */
export const IX = Object.fromEntries(SERIES_NAMES.map((k, i) => [k, i])) as Record<SeriesName, number>;

/** Where each of GREENHOUSE_SERIES sits among SERIES_NAMES (the accumulator's order). */
const GREENHOUSE_IX = GREENHOUSE_SERIES.map((k) => IX[k]);
/**
 * For each of SERIES_NAMES that is a heat the greenhouse side accumulates per m² of floor (PER_AREA_SERIES),
 * its place in GREENHOUSE_SERIES (a trace's order); −1 for the others.
 */
const PER_AREA_SLOT = SERIES_NAMES.map((k) =>
  PER_AREA_SERIES.includes(k) ? GREENHOUSE_SERIES.indexOf(k) : -1,
);
/** Whether each of GREENHOUSE_SERIES is per m² of floor in a trace. */
const TRACE_PER_AREA = GREENHOUSE_SERIES.map((k) => PER_AREA_SERIES.includes(k));

/** Hours staged per block (× SERIES_NAMES.length doubles: 16 KB, well inside a core's first-level cache). */
const BLOCK_HOURS = 32;

/**
 * The hours' means into the run's series. Written straight into the ~60 columns, each hour touched ~60 cache lines
 * far apart, which the step's solves had evicted since the hour before: ≈ 17 ms of a 330 ms year timed call by
 * call, and 3.6 % of a plant replay into memory already written (twenty-fourth session; with a fresh block most
 * of the time is its page faults, which stay). So each hour's row is staged in a small row-major block and the
 * block is written column by column, 32 consecutive values each, once it is full (`write`) and at the end of the
 * run (`flush`): the same operations on the same numbers, in another order of memory writes.
 */
export class HourRows {
  private readonly rows = new Float64Array(BLOCK_HOURS * SERIES_NAMES.length);
  /** Hour index of the block's first row. */
  private first = 0;
  /** Rows staged. */
  private count = 0;

  constructor(
    /** The series in SERIES_NAMES order (the accumulator's). */
    private readonly columns: Float64Array[],
    /** Floor area the greenhouse's per-m² heats are multiplied by, m². */
    private readonly area: number,
    /** When recording, the hour's per-m² heats (GREENHOUSE_SERIES order; undefined for the others). */
    private readonly perArea: (Float64Array | undefined)[] | undefined,
    /** In a replay, the trace whose greenhouse series are copied. */
    private readonly tr: GreenhouseTrace | undefined,
  ) {}

  /**
   * Hour `hr`'s means (the accumulator × `inv`, 1 / steps per hour); the accumulator cleared. Hours come in
   * order from 0: an hour that does not follow the block's last is a programming error.
   */
  write(acc: Float64Array, hr: number, inv: number): void {
    if (this.count === 0) this.first = hr;
    else if (hr !== this.first + this.count) throw new PhysicsError(`hour ${hr} written out of order`);
    const rows = this.rows;
    const o = this.count * acc.length;
    for (let i = 0; i < acc.length; i++) {
      rows[o + i] = acc[i]! * inv;
      acc[i] = 0;
    }
    if (++this.count === BLOCK_HOURS) this.flush();
  }

  /**
   * The staged hours into the columns: the greenhouse's heats (accumulated per m² of floor) × `area`, and, when
   * recording, into `perArea` as they were; in a replay, the greenhouse's series from the trace, its heats ×
   * `area`. Call once after the last hour.
   */
  flush(): void {
    const n = this.count;
    const h0 = this.first;
    const rows = this.rows;
    const cols = this.columns;
    const w = SERIES_NAMES.length;
    const area = this.area;
    for (let i = 0; i < w; i++) {
      const col = cols[i]!;
      const slot = PER_AREA_SLOT[i]!;
      if (slot < 0) {
        for (let b = 0; b < n; b++) col[h0 + b] = rows[b * w + i]!;
        continue;
      }
      const per = this.perArea?.[slot];
      for (let b = 0; b < n; b++) {
        const x = rows[b * w + i]!;
        col[h0 + b] = x * area;
        if (per) per[h0 + b] = x;
      }
    }
    const tr = this.tr;
    if (tr) {
      for (let j = 0; j < GREENHOUSE_IX.length; j++) {
        const col = cols[GREENHOUSE_IX[j]!]!;
        const src = tr.series[j]!;
        const scale = TRACE_PER_AREA[j]!;
        for (let b = h0; b < h0 + n; b++) col[b] = scale ? src[b]! * area : src[b]!;
      }
    }
    this.count = 0;
  }
}

/** The step's weather and control values the greenhouse and plant outputs do not hold. */
export interface StepValues {
  tOut: number;
  tSky: number;
  ghi: number;
  wind: number;
  isDay: boolean;
  setpoint: number;
  supplySet: number;
  powerLimit: number;
  /** Heat the valve asked for, W/m² of floor (the annual run's greenhouse side is per m²: run.ts). */
  requested: number;
  /** Greenhouse heat demand of the step (holding the set-point), W/m². */
  demand: number;
  /** Heat the greenhouse took from the pipe water, W/m². */
  qGh: number;
}

export function newStepValues(): StepValues {
  return {
    tOut: 0,
    tSky: 0,
    ghi: 0,
    wind: 0,
    isDay: false,
    setpoint: 0,
    supplySet: 0,
    powerLimit: 1,
    requested: 0,
    demand: 0,
    qGh: 0,
  };
}

/** Add one step to the hour's accumulator. */
export function accumulate(
  acc: Float64Array,
  v: StepValues,
  st: Float64Array,
  o: GreenhouseStepOutput,
  pipeFlowing: boolean,
  pipeInletT: number,
  d: Dispatch,
  hp?: HeatPumpStep,
): void {
  accumulateGreenhouse(acc, v, st, o, pipeFlowing, pipeInletT);
  accumulatePlant(acc, v, d, hp);
}

/** The series the greenhouse side decides (greenhouseTrace.ts GREENHOUSE_SERIES, with the demand's). */
function accumulateGreenhouse(
  acc: Float64Array,
  v: StepValues,
  st: Float64Array,
  o: GreenhouseStepOutput,
  pipeFlowing: boolean,
  pipeInletT: number,
): void {
  acc[IX.outdoorT] += v.tOut;
  acc[IX.skyT] += v.tSky;
  acc[IX.globalHorizontal] += v.ghi;
  acc[IX.windSpeed] += v.wind;
  acc[IX.isDay] += v.isDay ? 1 : 0;
  acc[IX.setpointT] += v.setpoint;
  acc[IX.greenhouseAirT] += st[GH.air]!;
  acc[IX.coverT] += st[GH.coverIn]!;
  acc[IX.canopyT] += st[GH.canopy]!;
  acc[IX.floorT] += st[GH.floor]!;
  acc[IX.pipeMeanT] += o.pipeMeanT;
  acc[IX.pipeInletT] += pipeFlowing ? pipeInletT : o.pipeMeanT;
  acc[IX.pipeOutletT] += o.pipeOutletT;
  acc[IX.screenClosed] += o.screenClosed;
  acc[IX.ventOpening] += o.ventOpening;
  acc[IX.greenhouseHeatDemand] += v.demand;
  acc[IX.heatRequested] += v.requested;
  acc[IX.coverLoss] += o.coverLoss;
  acc[IX.airExchangeLoss] += o.infiltrationLoss + o.ventilationLoss;
  acc[IX.groundLoss] += o.soilToDeep;
  acc[IX.transpirationLatent] += o.transpirationLatent;
  acc[IX.solarAbsorbed] += o.solarAbsorbed;
  acc[IX.supplySetpointT] += v.supplySet;
  acc[IX.unmetHeat] += v.demand - v.qGh;
}

/** The series the plant side decides (all but the greenhouse's). */
export function accumulatePlant(acc: Float64Array, v: StepValues, d: Dispatch, hp?: HeatPumpStep): void {
  const po: PlantState = d.po;
  const tank = d.tank;
  acc[IX.minerElectricPower] += po.minerElectricPower;
  acc[IX.heatToCoolant] += po.heatToCoolant;
  acc[IX.heatToAir] += po.heatToAir;
  acc[IX.hashrate] += po.hashrate;
  acc[IX.minerUptime] += po.minerUptime;
  acc[IX.minerPowerLimit] += v.powerLimit;
  acc[IX.chipT] += po.chipT;
  acc[IX.minerInletT] += po.minerInletT;
  acc[IX.minerOutletT] += po.minerOutletT;
  acc[IX.hxHotOutT] += po.hxHotOutT;
  acc[IX.minerFlow] += po.minerFlow;
  acc[IX.hxDuty] += po.hxDuty;
  acc[IX.hxColdFlow] += po.hxColdFlow;
  acc[IX.hxColdOutT] += po.hxColdOutT;
  acc[IX.hxUA] += po.hxUA;
  acc[IX.greenhouseReturnT] += po.greenhouseReturnT;
  acc[IX.preheatedT] += po.preheatedT;
  acc[IX.supplyT] += po.supplyT;
  acc[IX.greenhouseFlow] += po.greenhouseFlow;
  // Miner heat reaching the greenhouse, directly or through the tank (the tank is charged only with
  // surplus miner heat).
  acc[IX.heatToGreenhouse] += po.hxDuty - d.charged + d.discharged;
  acc[IX.tankCharge] += d.charged;
  acc[IX.tankDischarge] += d.discharged;
  acc[IX.tankLoss] += d.tankLoss;
  acc[IX.tankTopT] += tank ? tank.T[0]! : 0;
  acc[IX.tankBottomT] += tank ? tank.T[tank.nodes - 1]! : 0;
  acc[IX.backupHeat] += po.boilerHeat;
  acc[IX.backupInput] += po.boilerInput;
  acc[IX.dryCoolerDuty] += po.dryCoolerDuty;
  acc[IX.fanSpeed] += po.fanSpeed;
  acc[IX.fanPower] += po.fanPower;
  acc[IX.pumpPower] += po.minerPumpPower + po.greenhousePumpPower;
  acc[IX.auxiliaryPower] += po.minerPumpPower + po.greenhousePumpPower + po.fanPower;
  if (hp) {
    acc[IX.heatPumpHeat] += hp.heat;
    acc[IX.heatPumpElectricity] += hp.electricity;
    acc[IX.aiItPower] += hp.itPower;
    acc[IX.aiHeatRejected] += hp.rejected;
    acc[IX.heatPumpSourceHeat] += hp.sourceHeat;
    acc[IX.heatPumpCyclingLoss] += hp.cyclingLoss;
    acc[IX.aiHeatToAir] += hp.toAir;
  }
}

/** A PhysicsError naming the first non-finite value of a run's series, its hour and date (`w`'s calendar). */
export function checkFinite(series: Record<SeriesName, Float64Array>, w: WeatherYear): void {
  for (const k of SERIES_NAMES) {
    const a = series[k];
    for (let hr = 0; hr < a.length; hr++) {
      if (!Number.isFinite(a[hr]!)) {
        throw new PhysicsError(
          `simulation produced a non-finite ${k} at hour ${hr + 1} (month ${w.month[hr]}, day ${w.day[hr]}, hour ${w.hour[hr]}); please report this scenario`,
        );
      }
    }
  }
}

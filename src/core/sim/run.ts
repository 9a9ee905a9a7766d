/**
 * The hour loop of the annual simulation (see simulate.ts for the method): per internal step, weather
 * interpolation, controls, the greenhouse step (greenhouseDriver.ts) and the plant and tank dispatch
 * (dispatch.ts); hourly means into the series (record.ts); KPIs and warnings at the end.
 */
import { electricityPriceSeries } from '../economics/tariff';
import { InputError } from '../errors';
import { setLeafArea } from '../greenhouse';
import { curtailmentThreshold, type Scenario } from '../models/scenario';
import type { Plant } from '../plant/plant';
import { resetWarmStarts } from '../plant/work';
import type { WeatherYear } from '../weather/epw';
import { atHour } from './advice';
import { powerLimit } from './controls';
import { Dispatch } from './dispatch';
import { GreenhouseDriver } from './greenhouseDriver';
import { HeatPumpStep } from './heatPumpStep';
import { SHORT_BY } from './kpis';
import { SERIES_NAMES } from './outputs';
import { accumulate, accumulatePlant, checkFinite, HourRows, IX, newStepValues } from './record';
import {
  fitsArea,
  type GreenhouseTrace,
  perAreaSeries,
  ReplayAbort,
  STEP,
  STEP_FIELDS,
  traceSeries,
} from './greenhouseTrace';
import {
  fullCoolantHeat,
  greenhousePerArea,
  leafAreaSeries,
  memoryOf,
  newSeries,
  runHours,
  tankFor,
} from './setup';
import { settle, StepWeather } from './stepWeather';
import { runResult } from './runResult';
import type { SimulateOptions, SimulationResult } from './types';

const WARMUP_DAYS = 14;

/**
 * Longest internal step of the greenhouse and the plant, s: a scenario step longer than this (30 min, 1 h) is
 * taken in sub-steps of at most 15 min, its controls and weather evaluated per sub-step; the hourly series are
 * the same hourly means. Why: the linearly-implicit greenhouse step with its controllers (vents, screen, valve
 * on a horizon of one step) is not accurate over an hour. With the plant unlimited, the pilot's annual heat
 * demand was 8,379 / 8,374 / 8,362 / 8,201 MWh at 5 / 15 / 30 / 60-min steps (−2.1 % at 1 h, most of it less
 * air-exchange loss; before the greenhouse's screen was solved implicitly, +4.5 % at 1 h from a screen and valve
 * alternating hour by hour). Cost: a 1-h scenario step costs what a 15-min one does (the app's 1-h preview is
 * no faster than a full run). 30-min sub-steps would halve that and give the demand within 0.2 %, but the
 * backup heat +21 % (625.6 against 516.9 MWh on the pilot, 2026-12; 20-min sub-steps: +4.6 %), as the valve's
 * control gets coarser.
 */
export const MAX_INTERNAL_STEP = 900;

/** Internal steps per hour for a scenario step `timeStep` (s, dividing the hour): at least 3600 / MAX_INTERNAL_STEP. */
export function internalStepsPerHour(timeStep: number): number {
  return Math.max(Math.round(3600 / timeStep), Math.ceil(3600 / MAX_INTERNAL_STEP));
}

export class AnnualRun {
  private readonly gh: GreenhouseDriver;
  private readonly dispatch: Dispatch;
  /** AI racks and their heat pump (undefined without them). */
  private readonly hpStep: HeatPumpStep | undefined;
  private readonly v = newStepValues();
  /** The crop's leaf area per weather hour (a leaf-area schedule), or undefined when constant. */
  private readonly leafArea: Float64Array | undefined;
  /** The weather of each step (built on first use: a replay reads its steps' weather from the trace). */
  private stepWeather: StepWeather | undefined;
  /** Hourly price (currency/kWh) when curtailment is on, and the threshold. */
  private readonly price: Float64Array | undefined;
  private readonly curtail: number;
  private readonly dt: number;
  private readonly stepsPerHour: number;
  private readonly hours: number;
  private readonly fullCoolantHeat: number;
  /**
   * Floor area, m². The greenhouse side runs per m² of floor (setup.ts `greenhousePerArea`): its heats are
   * multiplied by this where the plant reads them and where the hourly heat series are written, nowhere else.
   */
  private readonly area: number;
  /** The primary loop's capacity rate per m² of floor, W/(m²·K): its return is never colder than the rail's. */
  private readonly loopRate: number;
  private readonly acc = new Float64Array(SERIES_NAMES.length);
  private residualSum = 0;
  /** Steps in which the dry cooler rejected miner heat while the backup heater ran. */
  private limitedSteps = 0;
  /** Steps in which the backup heater at capacity left the greenhouse short. */
  private backupLimitedSteps = 0;
  private throughputSum = 0;
  /** Σ over the hour's steps of the heat the greenhouse took, W/m² (for the hour's demand and unmet heat). */
  private qSum = 0;
  /** What limited the heat in the hour's steps (SHORT_BY bits), and per hour of the run (for the warnings). */
  private hourShort = 0;
  private shortBy = new Uint8Array(0);
  /** Steps taken so far, warm-up included (the row of a greenhouse trace). */
  private stepIx = 0;
  /** Whether any step, warm-up included, was short of the backup heater (then no trace is kept). */
  private everShort = false;
  /** Whether any step, warm-up included, was limited by the primary loop (the trace is then for this area only). */
  private everLoopLimited = false;
  /** Hourly per-m² values of the PER_AREA_SERIES being recorded, in GREENHOUSE_SERIES order (others undefined). */
  private recSeries: (Float64Array | undefined)[] | undefined;
  /** The greenhouse side being recorded (STEP_FIELDS per step), or replayed (greenhouseTrace.ts). */
  private rec: Float64Array | undefined;
  private replay: GreenhouseTrace | undefined;
  private traced: GreenhouseTrace | undefined;

  constructor(
    private readonly s: Scenario,
    private readonly plant: Plant,
    private readonly w: WeatherYear,
    private readonly opt: SimulateOptions,
    trace: { record?: boolean; replay?: GreenhouseTrace } = {},
  ) {
    const g = s.greenhouse;
    const model = greenhousePerArea(s, w);
    this.area = g.floorArea;
    this.loopRate = (plant.greenhouseFlow * plant.cpGreenhouse) / this.area;
    this.gh = new GreenhouseDriver(model, g.nightSetpoint, g.pipeFlowPerArea);
    this.dispatch = new Dispatch(plant, this.gh, tankFor(s, plant), plant.greenhouseFlow, this.area);
    this.leafArea = leafAreaSeries(s, w);
    const threshold = curtailmentThreshold(s);
    this.curtail = threshold ?? Infinity;
    if (threshold !== undefined) {
      const p = opt.electricityPrice ?? electricityPriceSeries(s.economics.electricity, w.length);
      if (p.length < w.length) {
        throw new InputError(
          'options.electricityPrice',
          p.length,
          `an hourly series of ${w.length} prices (one per weather hour)`,
        );
      }
      this.price = p;
    } else this.price = undefined;
    this.stepsPerHour = opt.coarse
      ? Math.round(3600 / s.simulation.timeStep)
      : internalStepsPerHour(s.simulation.timeStep);
    this.dt = 3600 / this.stepsPerHour;
    this.hours = runHours(opt.hours, w.length);
    this.fullCoolantHeat = fullCoolantHeat(plant);
    this.hpStep = HeatPumpStep.create(s, plant.cpGreenhouse);
    const warm = Math.min(WARMUP_DAYS * 24, this.hours);
    const steps = (warm + this.hours) * this.stepsPerHour;
    if (opt.screenTrail) this.gh.followTrail(opt.screenTrail, steps);
    const r = trace.replay;
    if (r && r.stepsPerHour === this.stepsPerHour && r.hours === this.hours && r.warmHours === warm) {
      this.replay = r;
      this.dispatch.replaying = true;
    } else if (trace.record) {
      this.rec = memoryOf(opt, steps * STEP_FIELDS);
      this.recSeries = perAreaSeries(this.hours);
    }
  }

  private get weather(): StepWeather {
    this.stepWeather ??= new StepWeather(this.s, this.w, this.gh.model);
    return this.stepWeather;
  }

  /** Whether this run reads its greenhouse side from a trace. */
  get replaying(): boolean {
    return this.replay !== undefined;
  }

  /** The greenhouse trace this run recorded, when it was asked to and no step was short (greenhouseTrace.ts). */
  recorded(): GreenhouseTrace | undefined {
    return this.traced;
  }

  run(): SimulationResult {
    const w = this.w;
    const hours = this.hours;
    const series = newSeries(hours, this.opt);
    // the series in SERIES_NAMES order (the accumulator's), so the hourly write-out is no keyed lookup
    const rows = new HourRows(
      SERIES_NAMES.map((k) => series[k]),
      this.area,
      this.recSeries,
      this.replay,
    );
    if (this.replay && !fitsArea(this.replay, this.area, this.loopRate)) throw new ReplayAbort();
    // Warm-up pass over the first days from the steady state, results discarded.
    if (!this.replay) {
      const gh = this.gh;
      if (this.leafArea) setLeafArea(gh.model, this.leafArea[0]!);
      this.weather.at(0, 0.5 / this.stepsPerHour, this.v, gh.inp);
      settle(gh.model, gh.state, gh.inp, this.v, gh.railFlow);
    }
    const warm = Math.min(WARMUP_DAYS * 24, hours);
    // The plant is algebraic: after the warm-up it keeps only its warm starts (the last step's branch flow,
    // dry-cooler signal, property means), which it forgets here, so the year's first solve starts as the
    // first one did. A replay solves the warm-up's plant all the same (~1/27 of its steps): a step short of
    // heat there would have changed the greenhouse a full run starts the year from (greenhouseTrace.test.ts).
    let hr = 0;
    try {
      for (; hr < warm; hr++) this.hour(hr, undefined);
      resetWarmStarts(this.plant);
      this.residualSum = 0;
      this.throughputSum = 0;
      this.limitedSteps = 0;
      this.backupLimitedSteps = 0;
      this.shortBy = new Uint8Array(hours);
      for (hr = 0; hr < hours; hr++) {
        this.hour(hr, rows);
        if (this.opt.onProgress && (hr + 1) % 24 === 0) this.opt.onProgress((hr + 1) / hours);
      }
    } catch (e) {
      throw atHour(e, w, hr); // a greenhouse range refusal says when (advice.ts)
    }
    rows.flush();
    checkFinite(series, w);
    if (this.rec && this.recSeries && !this.everShort) {
      this.traced = {
        stepsPerHour: this.stepsPerHour,
        hours,
        warmHours: warm,
        area: this.area,
        loopLimited: this.everLoopLimited,
        steps: this.rec,
        series: traceSeries(this.recSeries, series),
        shortBy: Uint8Array.from(this.shortBy),
      };
    }
    return runResult(this.s, this.plant, w, series, {
      hours,
      dt: this.dt,
      stepsPerHour: this.stepsPerHour,
      residualSum: this.residualSum,
      throughputSum: this.throughputSum,
      limitedSteps: this.limitedSteps,
      backupLimitedSteps: this.backupLimitedSteps,
      shortBy: this.shortBy,
      hpStep: this.hpStep,
    });
  }

  /**
   * Simulate hour index `hr` (EPW row hr, the hour ending at its time stamp); write its means to `rows`
   * (undefined in the warm-up).
   */
  private hour(hr: number, rows: HourRows | undefined): void {
    if (this.replay) {
      this.replayHour(hr, rows, this.replay);
      return;
    }
    const w = this.w;
    const n = this.stepsPerHour;
    const dt = this.dt;
    const i1 = hr;
    const inv = 1 / n;
    const gh = this.gh;
    const inp = gh.inp;
    const d = this.dispatch;
    const v = this.v;
    const curtailed = this.price !== undefined && this.price[hr]! > this.curtail;
    const A = this.area;
    v.ghi = w.globalHorizontal[i1]!;
    if (this.leafArea) setLeafArea(this.gh.model, this.leafArea[i1]!);
    for (let k = 0; k < n; k++) {
      this.weather.at(hr, (k + 0.5) * inv, v, inp); // at the middle of the sub-step within the hour
      // per m² of floor on the greenhouse side, the whole greenhouse on the plant's
      const qa = gh.valveStep(v.setpoint, v.supplySet, this.loopRate, dt);
      const q = qa * A;
      if (gh.limitedBy & SHORT_BY.loop) this.everLoopLimited = true;
      v.requested = gh.requested;
      v.powerLimit = powerLimit(this.s, curtailed, q, this.fullCoolantHeat);
      d.run(q, v.tOut, v.supplySet, v.powerLimit, dt);
      // what the greenhouse took, W/m² (qa, or what a shortfall's repeated step took: d.qGh is this × A)
      v.qGh = gh.out.pipeWaterHeat;
      // Demand: what holding the set-point needs (simulate.ts, 6.). From the start of a shortfall (the supply
      // temperature, the primary loop or the backup heater limited the valve) until the real greenhouse has
      // caught up, a shadow greenhouse that nothing limits runs beside it. In a limited step the demand is the
      // shadow's heat; in a step that got what its valve asked for, the heat taken, or the shadow's when that is
      // less (the real greenhouse catching up: that pays back a shortfall of the same clock hour, while a
      // shadow that drifted warmer than an unlimited real greenhouse is no shortfall). Per clock hour, demand
      // = max(Σ demand, Σ delivered) and unmet = demand − delivered ≥ 0 (end of `hour`).
      v.demand = this.stepDemand(gh.limited || d.backupLimited, v.qGh, v.setpoint, dt);
      this.qSum += v.qGh;
      if (d.backupLimited) {
        this.backupLimitedSteps++;
        this.everShort = true;
      }
      this.hourShort |= gh.limitedBy | (d.backupLimited ? SHORT_BY.backup : 0);
      const o = gh.out;
      const eRes = Math.abs(o.energyResidual);
      const solar = Math.abs(o.solarAbsorbed);
      const pipeHeat = Math.abs(o.pipeWaterHeat);
      const rec = this.rec;
      if (rec) {
        const r = this.stepIx * STEP_FIELDS;
        rec[r + STEP.q] = qa;
        rec[r + STEP.tOut] = v.tOut;
        rec[r + STEP.supplySet] = v.supplySet;
        rec[r + STEP.pipeOutletT] = o.pipeOutletT;
        rec[r + STEP.energyResidual] = eRes;
        rec[r + STEP.solar] = solar;
        rec[r + STEP.pipeHeat] = pipeHeat;
      }
      this.stepIx++;
      const hp = this.plantTail(eRes * A, solar * A, pipeHeat * A, v.supplySet, dt);
      if (rows) accumulate(this.acc, v, gh.state, o, inp.pipeMassFlow > 0, inp.pipeInletT, d, hp);
    }
    if (rows) {
      this.endHour(rows, hr, inv);
      this.shortBy[hr] = this.hourShort;
    }
    this.qSum = 0;
    this.hourShort = 0;
  }

  /**
   * The step's plant-side sums after the plant has run: the energy residual (the greenhouse's `eRes` added),
   * the heat pump, the exchanger-limited count, the throughput (with the greenhouse's |solar| and |pipe heat|).
   */
  private plantTail(
    eRes: number,
    solar: number,
    pipeHeat: number,
    supplySet: number,
    dt: number,
  ): HeatPumpStep | undefined {
    const d = this.dispatch;
    const po = d.po;
    this.residualSum += (d.residual() + eRes) * dt;
    const hp = this.hpStep;
    if (hp) {
      // The heat pump takes over backup heat (the greenhouse gets the same heat; its balance is untouched).
      hp.apply(po, supplySet);
      this.residualSum += hp.residual() * dt;
      this.throughputSum += (hp.heat + hp.itPower) * dt;
    }
    if (po.dryCoolerDuty > 1e3 && po.boilerHeat > 1e3) this.limitedSteps++;
    this.throughputSum += (po.minerElectricPower + po.boilerHeat + solar + pipeHeat) * dt;
    return hp;
  }

  /**
   * Hour `hr` with the greenhouse side read from a trace (greenhouseTrace.ts): the plant solved for each step's
   * recorded heat, return and weather, in the same order as a full run; the greenhouse's series copied.
   */
  private replayHour(hr: number, rows: HourRows | undefined, tr: GreenhouseTrace): void {
    const dt = this.dt;
    const d = this.dispatch;
    const v = this.v;
    const steps = tr.steps;
    const curtailed = this.price !== undefined && this.price[hr]! > this.curtail;
    const A = this.area;
    for (let k = 0; k < this.stepsPerHour; k++) {
      const r = this.stepIx++ * STEP_FIELDS;
      const q = steps[r + STEP.q]! * A;
      v.tOut = steps[r + STEP.tOut]!;
      v.supplySet = steps[r + STEP.supplySet]!;
      this.gh.out.pipeOutletT = steps[r + STEP.pipeOutletT]!; // the return Dispatch reads
      v.powerLimit = powerLimit(this.s, curtailed, q, this.fullCoolantHeat);
      d.run(q, v.tOut, v.supplySet, v.powerLimit, dt);
      v.qGh = d.qGh;
      const hp = this.plantTail(
        steps[r + STEP.energyResidual]! * A,
        steps[r + STEP.solar]! * A,
        steps[r + STEP.pipeHeat]! * A,
        v.supplySet,
        dt,
      );
      if (rows) accumulatePlant(this.acc, v, d, hp);
    }
    if (rows) {
      this.endHour(rows, hr, 1 / this.stepsPerHour);
      this.shortBy[hr] = tr.shortBy[hr]!;
    }
  }

  /**
   * The hour's means into the series. The shortfall is integrated over the clock hour: a step whose shadow
   * took less than the real greenhouse (catching up within the hour) offsets a short step of the same hour;
   * the demand is never below what was delivered, so unmet heat ≥ 0.
   */
  private endHour(rows: HourRows, hr: number, inv: number): void {
    const acc = this.acc;
    const demand = Math.max(acc[IX.greenhouseHeatDemand]!, this.qSum);
    acc[IX.greenhouseHeatDemand] = demand;
    acc[IX.unmetHeat] = demand - this.qSum;
    rows.write(acc, hr, inv);
  }

  /** The step's demand (see the comment in `hour`), W; advances the shadow greenhouse while it runs. */
  private stepDemand(limited: boolean, qGh: number, setpoint: number, dt: number): number {
    const gh = this.gh;
    if (!(limited || gh.shadowRunning)) return qGh;
    const ideal = gh.idealDemand(setpoint, dt);
    if (limited) return ideal;
    gh.endStep();
    return Math.min(ideal, qGh);
  }
}

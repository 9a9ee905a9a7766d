/**
 * The hour loop of the annual simulation (see simulate.ts for the method): per internal step, weather
 * interpolation, controls, the greenhouse step (greenhouseDriver.ts) and the plant and tank dispatch
 * (dispatch.ts); hourly means into the series (record.ts); KPIs and warnings at the end.
 */
import { electricityPriceSeries } from '../economics/tariff';
import { InputError, PhysicsError } from '../errors';
import { saturationVapourPressure, setLeafArea, steadyState } from '../greenhouse';
import { curtailmentThreshold, type Scenario } from '../models/scenario';
import type { Plant } from '../plant/plant';
import type { WeatherYear } from '../weather/epw';
import { dayShare, HeatingCurve, powerLimit } from './controls';
import { Dispatch } from './dispatch';
import { GreenhouseDriver } from './greenhouseDriver';
import { HeatPumpStep } from './heatPumpStep';
import { energyKpis, SHORT_BY } from './kpis';
import { type SeriesName, SERIES_NAMES } from './outputs';
import { accumulate, IX, newStepValues } from './record';
import { fullCoolantHeat, greenhouseFor, leafAreaSeries, runHours, sunTimes, tankFor } from './setup';
import { runEconomics } from './runEconomics';
import { coverSolar } from './solar';
import type { Kpis, SimulateOptions, SimulationResult } from './types';
import { warnings } from './warnings';
import { deepGroundTemperature } from '../weather/ground';
import { atTime, hourMeanAt } from '../weather/subHourly';

const WARMUP_DAYS = 14;

/**
 * Longest internal step of the greenhouse and the plant, s: a scenario step longer than this (30 min, 1 h) is
 * taken in sub-steps of at most 15 min, its controls and weather evaluated per sub-step; the hourly series are
 * the same hourly means. Why: the linearly-implicit greenhouse step with its controllers (vents, screen, valve
 * on a horizon of one step) is not accurate over an hour. With the plant unlimited, the pilot's annual heat
 * demand was 8,379 / 8,374 / 8,362 / 8,201 MWh at 5 / 15 / 30 / 60-min steps (−2.1 % at 1 h, most of it less
 * air-exchange loss; before the greenhouse's screen was solved implicitly, +4.5 % at 1 h from a screen and valve
 * alternating hour by hour). Cost: a 1-h scenario step costs what a 15-min one does (the app's 1-h preview is
 * no faster than a full run). 30-min sub-steps would halve that and give the demand within 0.2 %, but 26
 * unmet hours instead of 4.
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
  /** Hourly global radiation as the greenhouse model should see it (see `coverSolar`), W/m². */
  private readonly solarIn: Float64Array;
  /** Deep-soil boundary (the EPW's 2 m ground temperature, as GreenLight), or undefined: the annual mean air. */
  private readonly deepSoil: Float64Array | undefined;
  /** The crop's leaf area per weather hour (a leaf-area schedule), or undefined when constant. */
  private readonly leafArea: Float64Array | undefined;
  /** Hourly price (currency/kWh) when curtailment is on, and the threshold. */
  private readonly price: Float64Array | undefined;
  private readonly curtail: number;
  private readonly dt: number;
  private readonly stepsPerHour: number;
  private readonly hours: number;
  private readonly sunrise: Float64Array;
  private readonly sunset: Float64Array;
  private readonly curve: HeatingCurve;
  private readonly fullCoolantHeat: number;
  private readonly acc = new Float64Array(SERIES_NAMES.length);
  private residualSum = 0;
  /** Steps in which the dry cooler rejected miner heat while the backup heater ran. */
  private limitedSteps = 0;
  /** Steps in which the backup heater at capacity left the greenhouse short. */
  private backupLimitedSteps = 0;
  private throughputSum = 0;
  /** Σ over the hour's steps of the heat the greenhouse took, W (for the hour's demand and unmet heat). */
  private qSum = 0;
  /** What limited the heat in the hour's steps (SHORT_BY bits), and per hour of the run (for the warnings). */
  private hourShort = 0;
  private shortBy = new Uint8Array(0);

  constructor(
    private readonly s: Scenario,
    private readonly plant: Plant,
    private readonly w: WeatherYear,
    private readonly opt: SimulateOptions,
  ) {
    const g = s.greenhouse;
    const model = greenhouseFor(s, w);
    this.gh = new GreenhouseDriver(model, g.nightSetpoint, g.pipeFlowPerArea * g.floorArea);
    this.dispatch = new Dispatch(plant, this.gh, tankFor(s, plant), plant.greenhouseFlow);
    this.solarIn = coverSolar(w, model.cover, g.roofSlope, g.ridgeAzimuth);
    this.deepSoil = deepGroundTemperature(w.ground, w.dayOfYear, w.hour, 2);
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
    this.curve = new HeatingCurve(s.greenhouseLoop.heatingCurve);
    ({ sunrise: this.sunrise, sunset: this.sunset } = sunTimes(w));
    this.fullCoolantHeat = fullCoolantHeat(plant);
    this.hpStep = HeatPumpStep.create(s, plant.cpGreenhouse);
  }

  run(): SimulationResult {
    const w = this.w;
    const hours = this.hours;
    const series = {} as Record<SeriesName, Float64Array>;
    for (const k of SERIES_NAMES) series[k] = new Float64Array(hours);
    // the series in SERIES_NAMES order (the accumulator's), so the hourly write-out is no keyed lookup
    const columns = SERIES_NAMES.map((k) => series[k]);
    // Warm-up pass over the first days from the steady state, results discarded.
    this.settle();
    const warm = Math.min(WARMUP_DAYS * 24, hours);
    for (let hr = 0; hr < warm; hr++) this.hour(hr, undefined);
    this.residualSum = 0;
    this.throughputSum = 0;
    this.limitedSteps = 0;
    this.backupLimitedSteps = 0;
    this.shortBy = new Uint8Array(hours);
    for (let hr = 0; hr < hours; hr++) {
      this.hour(hr, columns);
      if (this.opt.onProgress && (hr + 1) % 24 === 0) this.opt.onProgress((hr + 1) / hours);
    }
    this.checkFinite(series);
    const kpis = energyKpis(series, {
      hours,
      floorArea: this.s.greenhouse.floorArea,
      residualSum: this.residualSum,
      throughputSum: this.throughputSum,
    });
    const economics = runEconomics(this.s, this.plant, series, hours, this.hpStep);
    const allKpis: Kpis = { ...kpis, ...economics.kpis };
    const limitedHours = Math.round(this.limitedSteps / this.stepsPerHour);
    const backupLimitedHours = Math.round(this.backupLimitedSteps / this.stepsPerHour);
    return {
      scenario: this.s,
      weather: {
        fileName: w.fileName,
        location: [w.location.city, w.location.region, w.location.country].filter(Boolean).join(', '),
        latitude: w.location.latitude,
        longitude: w.location.longitude,
        hours: w.length,
      },
      hours,
      timeStep: this.s.simulation.timeStep,
      steps: hours * Math.round(3600 / this.s.simulation.timeStep),
      internalStep: this.dt,
      series,
      kpis: allKpis,
      economics,
      warnings: warnings(series, kpis, {
        s: this.s,
        plant: this.plant,
        hours,
        limitedHours,
        backupLimitedHours,
        stepMinutes: this.dt / 60,
        shortBy: this.shortBy,
      }),
    };
  }

  /**
   * Simulate hour index `hr` (EPW row hr, the hour ending at its time stamp); accumulate into `columns` (the
   * series in SERIES_NAMES order; undefined in the warm-up).
   */
  private hour(hr: number, columns: Float64Array[] | undefined): void {
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
    // Primary loop capacity rate, W/K: its return is never colder than the rail's.
    const cB = this.plant.greenhouseFlow * this.plant.cpGreenhouse;
    v.ghi = w.globalHorizontal[i1]!;
    if (this.leafArea) setLeafArea(this.gh.model, this.leafArea[i1]!);
    for (let k = 0; k < n; k++) {
      this.stepInputs(hr, (k + 0.5) * inv); // at the middle of the sub-step within the hour
      const q = gh.valveStep(v.setpoint, v.supplySet, cB, dt);
      v.requested = gh.requested;
      v.powerLimit = powerLimit(this.s, curtailed, q, this.fullCoolantHeat);
      d.run(q, v.tOut, v.supplySet, v.powerLimit, dt);
      v.qGh = d.qGh;
      // Demand: what holding the set-point needs (simulate.ts, 6.). From the start of a shortfall (the supply
      // temperature, the primary loop or the backup heater limited the valve) until the real greenhouse has
      // caught up, a shadow greenhouse that nothing limits runs beside it. In a limited step the demand is the
      // shadow's heat; in a step that got what its valve asked for, the heat taken, or the shadow's when that is
      // less (the real greenhouse catching up: that pays back a shortfall of the same clock hour, while a
      // shadow that drifted warmer than an unlimited real greenhouse is no shortfall). Per clock hour, demand
      // = max(Σ demand, Σ delivered) and unmet = demand − delivered ≥ 0 (end of `hour`).
      v.demand = this.stepDemand(gh.limited || d.backupLimited, d.qGh, v.setpoint, dt);
      this.qSum += d.qGh;
      if (d.backupLimited) this.backupLimitedSteps++;
      this.hourShort |= gh.limitedBy | (d.backupLimited ? SHORT_BY.backup : 0);

      const po = d.po;
      const o = gh.out;
      this.residualSum += (d.residual() + Math.abs(o.energyResidual)) * dt;
      const hp = this.hpStep;
      if (hp) {
        // The heat pump takes over backup heat (the greenhouse gets the same heat; its balance is untouched).
        hp.apply(po, v.supplySet);
        this.residualSum += hp.residual() * dt;
        this.throughputSum += (hp.heat + hp.itPower) * dt;
      }
      if (po.dryCoolerDuty > 1e3 && po.boilerHeat > 1e3) this.limitedSteps++;
      this.throughputSum +=
        (po.minerElectricPower + po.boilerHeat + Math.abs(o.solarAbsorbed) + Math.abs(o.pipeWaterHeat)) * dt;
      if (columns) accumulate(this.acc, v, gh.state, o, inp.pipeMassFlow > 0, inp.pipeInletT, d, hp);
    }
    if (columns) {
      this.endHour(columns, hr, inv);
      this.shortBy[hr] = this.hourShort;
    }
    this.qSum = 0;
    this.hourShort = 0;
  }

  /**
   * The weather and controls of the step at fraction f through hour `hr` (weather/subHourly.ts) into the step
   * values and the greenhouse's inputs.
   */
  private stepInputs(hr: number, f: number): void {
    const w = this.w;
    const v = this.v;
    const inp = this.gh.inp;
    const g = this.s.greenhouse;
    const i1 = hr;
    const i0 = hr === 0 ? w.length - 1 : hr - 1; // the year wraps round (typical-year convention)
    const day = Math.floor(hr / 24);
    const rise = this.sunrise[day]!;
    const set = this.sunset[day]!;
    v.tOut = atTime(w.dryBulb, i0, i1, f);
    v.tSky = atTime(w.skyTemperature, i0, i1, f);
    v.wind = atTime(w.windSpeed, i0, i1, f);
    const localHour = (hr % 24) + f; // hour ending convention: row h covers (h−1, h]
    v.isDay = localHour > rise && localHour < set;
    v.setpoint = g.nightSetpoint + (g.daySetpoint - g.nightSetpoint) * dayShare(localHour, rise, set);
    inp.outdoorT = v.tOut;
    inp.skyT = v.tSky;
    inp.windSpeed = v.wind;
    inp.solarOnCover = hourMeanAt(this.solarIn, hr, f);
    inp.isDay = v.isDay;
    inp.screenClosed = undefined; // GreenLight's screen controller inside the greenhouse model
    inp.heatingSetpoint = v.setpoint;
    inp.outdoorVapourPressure = saturationVapourPressure(atTime(w.dewPoint, i0, i1, f));
    inp.deepSoilT = this.deepSoil?.[i1];
    v.supplySet = this.curve.at(v.tOut);
  }

  /**
   * Start the greenhouse from its steady state at the first step's weather with the air at its set-point
   * (pipes, cover, soil and vapour in balance with the heat that holds it; Modelica's steady-state
   * initialisation), instead of every temperature at the set-point: from that cold start the first step asked
   * 8.7 MW to warm the pipes (the pilot's steady night load is about 2.5 MW), more than the pilot's plant gives,
   * so the warm-up's first step depended on the plant. The warm-up then runs as before. When the steady
   * state cannot be found (it is a Picard iteration), the cold start stays.
   */
  private settle(): void {
    const gh = this.gh;
    if (this.leafArea) setLeafArea(gh.model, this.leafArea[0]!);
    this.stepInputs(0, 0.5 / this.stepsPerHour);
    const inp = gh.inp;
    inp.pipeMassFlow = gh.railFlow;
    inp.pipeInletT = this.v.supplySet;
    const start = Float64Array.from(gh.state);
    try {
      steadyState(gh.model, inp, this.v.setpoint, gh.state);
    } catch (e) {
      if (!(e instanceof PhysicsError)) throw e;
      gh.state.set(start);
    }
  }

  /**
   * The hour's means into the series. The shortfall is integrated over the clock hour: a step whose shadow
   * took less than the real greenhouse (catching up within the hour) offsets a short step of the same hour;
   * the demand is never below what was delivered, so unmet heat ≥ 0.
   */
  private endHour(columns: Float64Array[], hr: number, inv: number): void {
    const acc = this.acc;
    const demand = Math.max(acc[IX.greenhouseHeatDemand]!, this.qSum);
    acc[IX.greenhouseHeatDemand] = demand;
    acc[IX.unmetHeat] = demand - this.qSum;
    for (let i = 0; i < acc.length; i++) {
      columns[i]![hr] = acc[i]! * inv;
      acc[i] = 0;
    }
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

  private checkFinite(series: Record<SeriesName, Float64Array>): void {
    for (const k of SERIES_NAMES) {
      const a = series[k];
      for (let hr = 0; hr < a.length; hr++) {
        if (!Number.isFinite(a[hr]!)) {
          const w = this.w;
          throw new PhysicsError(
            `simulation produced a non-finite ${k} at hour ${hr + 1} (month ${w.month[hr]}, day ${w.day[hr]}, hour ${w.hour[hr]}); please report this scenario`,
          );
        }
      }
    }
  }
}

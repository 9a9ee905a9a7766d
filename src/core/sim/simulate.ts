/**
 * The annual simulation: hour by hour through a weather year (sub-hourly internal steps), how much of the
 * greenhouse's heat the miners cover, what the backup heater still supplies, what the dry cooler rejects,
 * and what every loop temperature does.
 *
 * Coupling and time integration (per internal step of `scenario.simulation.timeStep`, default 15 min):
 *  1. Weather: temperatures, dew point, sky temperature and wind are interpolated linearly between the EPW
 *     rows (values at the end of each hour); irradiance is the hour's mean (EnergyPlus Engineering
 *     Reference, "Weather Data Interpolation"). Day/night from sunrise/sunset. Light into the greenhouse
 *     through the sloped, angle-dependent cover (`coverSolar`).
 *  2. Controls: heating set-point day/night (ramped over 2 h after sunrise/sunset); thermal screen by GreenLight's rule (closed below 5 °C by day,
 *     10 °C at night; Katzin et al. 2020); supply temperature from the heating curve; the mixing valve asks
 *     the greenhouse model for the pipe inlet temperature that brings the air to its set-point over the
 *     next half hour (`heatDemand`, one linear solve), limited by the supply temperature.
 *  3. The greenhouse takes one linearly-implicit (backward-Euler) step: the system is stiff (cover and air
 *     in seconds to minutes, pipe water in ~1 h, soil in days), backward Euler is L-stable so the fast modes
 *     relax to their quasi-steady values within a step, and with coefficients frozen at the start of the
 *     step each step is a single 11 × 11 linear solve (no iteration) that conserves energy to round-off.
 *     A fixed step (not adaptive) keeps results bit-identical for the same scenario and makes the cost
 *     predictable; the step is a scenario input and must divide the hour.
 *  4. The plant (miner loop ↔ exchanger ↔ greenhouse loop, dry cooler, boiler) is algebraic at this time
 *     scale (loop transit times of minutes) and is solved to its steady operating point for the heat the
 *     greenhouse took in this step. If the boiler cannot supply it, the step is repeated with what can be
 *     delivered, so the greenhouse never receives heat the plant did not produce.
 *  5. Buffer tank (when `bufferTank.volume` > 0): stratified, on the greenhouse loop. When the boiler would
 *     run and the tank top is warmer than the return, the tank discharges first (flow from its top, return
 *     into its bottom); when miner heat would be rejected, the exchanger is asked for more and the surplus
 *     charges the tank (exchanger water into the top, bottom water back) instead of the dry cooler. The tank
 *     is advanced implicitly (`stepTank`) and the plant re-solved for the heat the tank actually took or
 *     gave. Simplification: the tank's return mixes with the greenhouse return without changing the
 *     exchanger's inlet temperature.
 * Each step's energy balances (miner loop, greenhouse loop, tank, greenhouse) close to round-off; the yearly sum
 * of their residuals is reported as `energyBalanceResidual`.
 *
 * Warm-up: the greenhouse starts at the night set-point with the soil on its steady conduction profile and
 * the first 14 days are run twice (the first pass discarded), as EnergyPlus repeats its first day until the
 * zone temperatures settle.
 */
import { InputError, PhysicsError } from '../errors';
import {
  createGreenhouse,
  GH,
  GreenhouseStepOutput,
  type GreenhouseInputs,
  HeatDemandOutput,
  heatDemand,
  initialState,
  stepGreenhouse,
} from '../greenhouse/model';
import {
  type BufferTank,
  type BufferTankInputs,
  createBufferTank,
  stepTank,
  tankEnergy,
} from '../components/bufferTank';
import type { CoverPreset } from '../greenhouse/covers';
import { saturationVapourPressure } from '../greenhouse/physics';
import { coverFromNormalTransmittance, gableRoofTransmission } from '../weather/irradiance';
import { computeEconomics, type EconomicsKpis, type EconomicsResult } from '../economics/compute';
import { electricityPriceSeries } from '../economics/tariff';
import { curtailmentThreshold, isLoadedScenario, loadScenario, type Scenario } from '../models/scenario';
import {
  buildPlant,
  createPlantState,
  type Plant,
  type PlantInputs,
  type PlantState,
  solvePlant,
} from '../plant/plant';
import { bundledWeather } from '../weather/bundled';
import type { WeatherYear } from '../weather/epw';
import { sunriseSunset, weatherSolarGeometry } from '../weather/solar';

/** Names of the hourly series (each a Float64Array of the weather year's length; SI units). */
export const SERIES = {
  outdoorT: 'K',
  skyT: 'K',
  globalHorizontal: 'W/m²',
  windSpeed: 'm/s',
  isDay: '0–1 (share of the hour)',
  setpointT: 'K',
  greenhouseAirT: 'K',
  canopyT: 'K',
  coverT: 'K',
  floorT: 'K',
  pipeMeanT: 'K',
  pipeInletT: 'K',
  pipeOutletT: 'K',
  screenClosed: '0–1',
  ventOpening: '0–1',
  /** Heat the heating water gave to the greenhouse (miner + backup): the load met. */
  greenhouseHeatDemand: 'W',
  /** Heat the mixing valve asked for to reach the set-point by the end of each step (can exceed what the plant and pipes can give). */
  heatRequested: 'W',
  coverLoss: 'W',
  airExchangeLoss: 'W',
  groundLoss: 'W',
  transpirationLatent: 'W',
  solarAbsorbed: 'W',
  minerElectricPower: 'W',
  heatToCoolant: 'W',
  heatToAir: 'W',
  hashrate: 'hash/s',
  minerUptime: '0–1',
  minerPowerLimit: '0–1',
  chipT: 'K',
  minerInletT: 'K',
  minerOutletT: 'K',
  hxHotOutT: 'K',
  minerFlow: 'kg/s',
  hxDuty: 'W',
  hxColdFlow: 'kg/s',
  hxColdOutT: 'K',
  hxUA: 'W/K',
  greenhouseReturnT: 'K',
  preheatedT: 'K',
  supplyT: 'K',
  supplySetpointT: 'K',
  greenhouseFlow: 'kg/s',
  heatToGreenhouse: 'W',
  backupHeat: 'W',
  backupInput: 'W',
  dryCoolerDuty: 'W',
  fanSpeed: '0–1',
  fanPower: 'W',
  pumpPower: 'W',
  auxiliaryPower: 'W',
  unmetHeat: 'W',
  /** Buffer tank (zero when the scenario has none). */
  tankCharge: 'W',
  tankDischarge: 'W',
  tankLoss: 'W',
  tankTopT: 'K',
  tankBottomT: 'K',
} as const;
export type SeriesName = keyof typeof SERIES;
const KEYS = Object.keys(SERIES) as SeriesName[];
/** Index of each series in the per-hour accumulator. */
const IX = Object.fromEntries(KEYS.map((k, i) => [k, i])) as Record<SeriesName, number>;

/** Energy KPIs of the simulation plus the economics KPIs (annual, scenario currency). */
export type Kpis = EnergyKpis & EconomicsKpis;

export interface EnergyKpis {
  minerElectricity_MWh: number;
  heatRecovered_MWh: number;
  heatToGreenhouse_MWh: number;
  heatRejected_MWh: number;
  greenhouseHeatDemand_MWh: number;
  backupHeat_MWh: number;
  /** Share of the greenhouse's heat demand met by miner heat, –. */
  heatCoverage: number;
  /** The Green Grid ERF: reused energy / total facility energy (miners + pumps + fans), –. */
  energyReuseFactor: number;
  peakGreenhouseLoad_kW: number;
  /** Hours with the hourly mean air temperature more than 0.5 K below its set-point. */
  unmetHours: number;
  maxCoolantTemp_C: number;
  minerUptime: number;
  hashrateAverage_THs: number;
  /** Σ|step residuals| / Σ energy throughput over the year, all components, –. */
  energyBalanceResidual: number;
  auxiliaryElectricity_MWh: number;
  backupInput_MWh: number;
  heatDemandPerArea_GJm2: number;
}

export type WarningCode =
  | 'freeze-risk'
  | 'boiling-margin'
  | 'miner-over-temperature'
  | 'exchanger-limits-recovery'
  | 'dry-cooler-undersized'
  | 'unmet-heat'
  | 'greenhouse-too-cold';

export interface SimulationWarning {
  code: WarningCode;
  message: string;
  /** Hours affected, when the warning is about a number of hours. */
  hours?: number;
}

export interface SimulationResult {
  scenario: Scenario;
  weather: {
    fileName: string | undefined;
    location: string;
    latitude: number;
    longitude: number;
    hours: number;
  };
  hours: number;
  timeStep: number;
  steps: number;
  /** Hourly means (temperatures, powers, flows) — see SERIES for units. */
  series: Record<SeriesName, Float64Array>;
  kpis: Kpis;
  /** Cash flows per party and the cost breakdown behind the economics KPIs. */
  economics: EconomicsResult;
  warnings: SimulationWarning[];
}

export interface SimulateOptions {
  /** A parsed weather year (`parseEpw`); default: the scenario's own (bundled Winnipeg TMYx). */
  weather?: WeatherYear;
  /** Called every simulated day with the fraction done (0–1). */
  onProgress?: (fraction: number) => void;
  /** Simulate only the first `hours` hours (tests, previews). */
  hours?: number;
  /**
   * Hourly electricity price in the scenario currency per kWh, for curtailment (`control.curtailAbovePrice`);
   * default: the scenario's `economics.electricityPrice` tariff.
   */
  electricityPrice?: Float64Array;
}

const WARMUP_DAYS = 14;
/**
 * Hours over which the heating set-point moves between its night and day values after sunrise and sunset
 * (assumption: greenhouse climate computers ramp set-points by 1–2 K/h instead of stepping them; a 4 K
 * tomato day/night difference over 2 h).
 */
const SETPOINT_RAMP = 2;
/** Buffer tank surroundings (a heated plant room, assumption) and initial temperature, K. */
const TANK_AMBIENT = 288.15;
const TANK_INITIAL_T = 318.15;
/**
 * The mixing-valve controller asks for the inlet temperature that would bring the air to its set-point
 * over this horizon (s), not within one step: a dead-beat controller on a single step makes the valve
 * alternate open/closed from step to step (the pipe water stores heat), which no real controller does.
 * Half an hour behaves like a well-tuned PI loop on the air temperature (no valve chatter, and the air
 * follows the ramped set-point within about half an hour); 1 h gave 50 % more hours below the set-point,
 * one 15-min step made the valve alternate.
 */
const CONTROL_HORIZON = 1800;
function asScenario(s: unknown): Scenario {
  return isLoadedScenario(s) ? s : loadScenario(s);
}

/**
 * Run the annual simulation of a scenario (raw JSON object or the result of `loadScenario`).
 * Deterministic: the same scenario and weather give bit-identical results.
 */
export function simulate(scenarioInput: unknown, options: SimulateOptions = {}): SimulationResult {
  const s = asScenario(scenarioInput);
  const weather = options.weather ?? weatherFor(s);
  const plant = buildPlant(s);
  const sim = new AnnualRun(s, plant, weather, options);
  return sim.run();
}

function weatherFor(s: Scenario): WeatherYear {
  if (s.site.weather === 'bundled:winnipeg-tmyx') return bundledWeather();
  throw new InputError(
    'site.weather',
    s.site.weather,
    '"bundled:winnipeg-tmyx", or pass the parsed file as options.weather (CLI: --weather file.epw)',
  );
}

/** Linear interpolation of a weather column at fractional row position `pos` (row h holds hour end h). */
function lerp(col: Float64Array, i0: number, i1: number, f: number): number {
  return col[i0]! + (col[i1]! - col[i0]!) * f;
}

class AnnualRun {
  private readonly gh;
  private readonly state: Float64Array;
  private readonly saved: Float64Array;
  private readonly ghOut = new GreenhouseStepOutput();
  private readonly demand = new HeatDemandOutput();
  private readonly plantOut: PlantState = createPlantState();
  private readonly plantIn: PlantInputs = {
    ambientT: 273.15,
    heatDemand: 0,
    supplySetpoint: 323.15,
    powerLimit: 1,
  };
  private readonly inp: GreenhouseInputs = {
    outdoorT: 273.15,
    skyT: 273.15,
    windSpeed: 0,
    solarOnCover: 0,
    pipeInletT: 273.15,
    pipeMassFlow: 0,
    screenClosed: 0,
    ventOpening: undefined,
    isDay: false,
  };
  private readonly railFlow: number;
  /** Hourly global radiation as the greenhouse model should see it (see `coverSolar`), W/m². */
  private readonly solarIn: Float64Array;
  /** Hourly price (currency/kWh) when curtailment is on, and the threshold. */
  private readonly price: Float64Array | undefined;
  private readonly curtail: number;
  private readonly tank: BufferTank | undefined;
  private readonly tankIn: BufferTankInputs = {
    hotInFlow: 0,
    hotInT: 300,
    coldInFlow: 0,
    coldInT: 300,
    ambientT: TANK_AMBIENT,
  };
  private readonly tankMaxFlow: number;
  private readonly dt: number;
  private readonly stepsPerHour: number;
  private readonly hours: number;
  private readonly sunrise: Float64Array;
  private readonly sunset: Float64Array;
  private readonly curve: { outdoor: number; supply: number }[];
  private readonly fullCoolantHeat: number;
  // accumulators
  private readonly acc = new Float64Array(KEYS.length);
  private residualSum = 0;
  /** Steps in which the dry cooler rejected miner heat while the backup heater ran. */
  private limitedSteps = 0;
  private throughputSum = 0;

  constructor(
    private readonly s: Scenario,
    private readonly plant: Plant,
    private readonly w: WeatherYear,
    private readonly opt: SimulateOptions,
  ) {
    const g = s.greenhouse;
    this.gh = createGreenhouse({
      floorArea: g.floorArea,
      coverToFloorRatio: g.coverToFloorRatio,
      meanHeight: g.height,
      cover: g.cover,
      thermalScreen: g.screenSaving > 0,
      heatingSetpointDay: g.daySetpoint,
      heatingSetpointNight: g.nightSetpoint,
      ventOffset: g.ventOffset,
      leakageACH: g.leakage * 3600,
      lai: g.leafAreaIndex,
      rhMax: g.indoorRH,
      airPressure: meanOf(w.pressure),
      deepSoilT: meanOf(w.dryBulb),
      pipeRail: {
        outerDiameter: 0.051,
        innerDiameter: 0.047,
        lengthPerFloorArea: g.pipeLengthPerArea,
        emissivity: 0.88,
      },
    });
    this.state = initialState(this.gh, g.nightSetpoint);
    this.saved = new Float64Array(this.state.length);
    this.railFlow = g.pipeFlowPerArea * g.floorArea;
    this.solarIn = coverSolar(w, this.gh.cover, g.roofSlope, g.ridgeAzimuth);
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
    const bt = s.bufferTank;
    this.tank =
      bt.volume > 0
        ? createBufferTank({
            volume: bt.volume,
            height: bt.height,
            nodes: bt.nodes,
            fluid: plant.greenhouseFluid,
            lossUA: bt.lossUA,
            initialT: TANK_INITIAL_T,
          })
        : undefined;
    this.tankMaxFlow = plant.greenhouseFlow;
    this.dt = s.simulation.timeStep;
    this.stepsPerHour = Math.round(3600 / this.dt);
    const h = options(this.opt.hours, w.length);
    this.hours = h;
    this.curve = [...s.greenhouseLoop.heatingCurve].sort((a, b) => a.outdoor - b.outdoor);
    // Sunrise/sunset per day of the file (local standard time, decimal hours).
    const days = Math.ceil(w.length / 24);
    this.sunrise = new Float64Array(days);
    this.sunset = new Float64Array(days);
    const loc = w.location;
    for (let d = 0; d < days; d++) {
      const doy = w.dayOfYear[Math.min(d * 24, w.length - 1)]!;
      const ss = sunriseSunset(loc.latitude, loc.longitude, loc.timeZone, doy, {
        year: w.leapYear ? 2024 : 2022,
      });
      if (ss.kind === 'normal') {
        this.sunrise[d] = ss.sunrise;
        this.sunset[d] = ss.sunset;
      } else {
        this.sunrise[d] = ss.kind === 'polarDay' ? 0 : 12;
        this.sunset[d] = ss.kind === 'polarDay' ? 24 : 12;
      }
    }
    // Coolant heat of the bank at full power and design conditions (heat-led dispatch scales from it).
    const full = solvePlant(plant, {
      ambientT: 273.15,
      heatDemand: 0,
      supplySetpoint: 323.15,
      powerLimit: 1,
    });
    this.fullCoolantHeat = Math.max(1, full.heatToCoolant);
  }

  run(): SimulationResult {
    const w = this.w;
    const hours = this.hours;
    const series = {} as Record<SeriesName, Float64Array>;
    for (const k of Object.keys(SERIES) as SeriesName[]) series[k] = new Float64Array(hours);
    // Warm-up pass over the first days, results discarded.
    const warm = Math.min(WARMUP_DAYS * 24, hours);
    for (let hr = 0; hr < warm; hr++) this.hour(hr, undefined);
    this.residualSum = 0;
    this.throughputSum = 0;
    this.limitedSteps = 0;
    const progressEvery = 24;
    for (let hr = 0; hr < hours; hr++) {
      this.hour(hr, series);
      if (this.opt.onProgress && (hr + 1) % progressEvery === 0) this.opt.onProgress((hr + 1) / hours);
    }
    this.checkFinite(series);
    const kpis = this.kpis(series);
    const economics = computeEconomics(this.s.economics, {
      hours,
      minerElectricPower: series.minerElectricPower,
      hashrate: series.hashrate,
      heatToGreenhouse: series.heatToGreenhouse,
      backupHeat: series.backupHeat,
      backupInput: series.backupInput,
      auxiliaryPower: series.auxiliaryPower,
      greenhouseHeatDemand: series.greenhouseHeatDemand,
      backupFuel: this.s.backupHeater.type,
      backupEfficiency: this.s.backupHeater.efficiency,
      minerCount: this.s.miners.count,
      nameplatePower: this.s.miners.count * this.plant.miners.model.power,
      nameplateHashrate: this.s.miners.count * this.plant.miners.model.hashrate,
    });
    const allKpis: Kpis = { ...kpis, ...economics.kpis };
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
      timeStep: this.dt,
      steps: hours * this.stepsPerHour,
      series,
      kpis: allKpis,
      economics,
      warnings: this.warnings(series, kpis),
    };
  }

  /** Simulate hour index `hr` (EPW row hr, the hour ending at its time stamp); accumulate into `series`. */
  private hour(hr: number, series: Record<SeriesName, Float64Array> | undefined): void {
    const w = this.w;
    const n = this.stepsPerHour;
    const dt = this.dt;
    const i1 = hr;
    const i0 = hr === 0 ? w.length - 1 : hr - 1; // the year wraps round (typical-year convention)
    const day = Math.floor(hr / 24);
    const rise = this.sunrise[day]!;
    const set = this.sunset[day]!;
    const ghi = w.globalHorizontal[i1]!;
    const solarIn = this.solarIn[i1]!;
    const wind = w.windSpeed[i1]!;
    const inv = 1 / n;
    const plant = this.plant;
    const po = this.plantOut;
    const gh = this.gh;
    const g = this.s.greenhouse;
    const inp = this.inp;
    const price = this.price;
    const curtailed = price !== undefined && price[hr]! > this.curtail;
    for (let k = 0; k < n; k++) {
      const f = (k + 0.5) * inv; // middle of the sub-step within the hour
      const tOut = lerp(w.dryBulb, i0, i1, f);
      const tSky = lerp(w.skyTemperature, i0, i1, f);
      const localHour = (hr % 24) + f; // hour ending convention: row h covers (h−1, h]
      const isDay = localHour > rise && localHour < set;
      // Day set-point from sunrise, night set-point from sunset, with a linear ramp of SETPOINT_RAMP hours
      // after each switch (climate computers ramp rather than step).
      const sinceRise = localHour - rise;
      const sinceSet = localHour - set;
      let dayShare: number;
      if (isDay) dayShare = Math.min(1, sinceRise / SETPOINT_RAMP);
      else if (sinceSet >= 0 && sinceSet < SETPOINT_RAMP) dayShare = 1 - sinceSet / SETPOINT_RAMP;
      else dayShare = 0;
      const setpoint = g.nightSetpoint + (g.daySetpoint - g.nightSetpoint) * dayShare;
      inp.outdoorT = tOut;
      inp.skyT = tSky;
      inp.windSpeed = wind;
      inp.solarOnCover = solarIn;
      inp.isDay = isDay;
      inp.screenClosed = undefined; // GreenLight's screen controller inside the greenhouse model
      inp.heatingSetpoint = setpoint;
      inp.outdoorVapourPressure = saturationVapourPressure(lerp(w.dewPoint, i0, i1, f));
      const supplySet = this.supplySetpoint(tOut);

      // Mixing valve: the inlet temperature the pipes need to hold the set-point, capped by the supply.
      inp.pipeMassFlow = this.railFlow;
      inp.pipeInletT = supplySet;
      const d = heatDemand(gh, this.state, inp, setpoint, CONTROL_HORIZON, this.demand);
      let railInlet = 0;
      if (d.waterHeat > 0 && d.pipeInletT > d.pipeOutletT) {
        railInlet = Math.min(d.pipeInletT, supplySet);
        inp.pipeInletT = railInlet;
      } else {
        inp.pipeMassFlow = 0;
        inp.pipeInletT = d.pipeMeanT;
      }
      const demandHeat = Math.max(0, d.waterHeat);
      this.saved.set(this.state);
      stepGreenhouse(gh, this.state, inp, dt, this.ghOut);
      if (this.ghOut.pipeWaterHeat < 0) {
        // Supply colder than the pipes: the valve closes instead.
        this.state.set(this.saved);
        inp.pipeMassFlow = 0;
        stepGreenhouse(gh, this.state, inp, dt, this.ghOut);
      }
      let qGh = inp.pipeMassFlow > 0 ? this.ghOut.pipeWaterHeat : 0;
      // The primary loop cannot bring more than ṁ_B·cp·(T_supply − T_rail,out): its return is never colder
      // than the rail's. Limit the step to that.
      const cB = plant.greenhouseFlow * plant.cpGreenhouse;
      for (let it = 0; it < 4 && qGh > cB * (supplySet - this.ghOut.pipeOutletT) * (1 + 1e-9); it++) {
        qGh = this.redoStep(Math.max(0, cB * (supplySet - this.ghOut.pipeOutletT)), qGh, dt);
      }

      // Dispatch.
      let powerLimit = 1;
      if (curtailed) powerLimit = 0;
      else if (this.s.control.dispatch === 'heat-led') {
        powerLimit = Math.min(1, Math.max(this.s.control.minPowerFraction, qGh / this.fullCoolantHeat));
      }
      // Variable primary flow: the exchanger sees the heating circuit's return (the rail outlet).
      const pin = this.plantIn;
      pin.ambientT = tOut;
      pin.heatDemand = qGh;
      pin.supplySetpoint = supplySet;
      pin.powerLimit = powerLimit;
      pin.returnT = Math.min(supplySet, this.ghOut.pipeOutletT);
      solvePlant(plant, pin, po);
      if (po.unmetHeat > 1e-6 * Math.max(1, qGh)) {
        // The boiler is at capacity: repeat the step with the heat the plant can deliver.
        qGh = this.redoStep(po.heatDelivered, qGh, dt);
        pin.heatDemand = qGh;
        pin.returnT = Math.min(supplySet, this.ghOut.pipeOutletT);
        solvePlant(plant, pin, po);
      }

      // Buffer tank: discharge before the boiler, charge with surplus miner heat instead of rejecting it.
      let charged = 0;
      let discharged = 0;
      let tankLoss = 0;
      let tankRes = 0;
      const tank = this.tank;
      if (tank) {
        const e0 = tankEnergy(tank);
        const top = tank.T[0]!;
        const bottom = tank.T[tank.nodes - 1]!;
        const ret = pin.returnT;
        const ti = this.tankIn;
        ti.hotInFlow = 0;
        ti.coldInFlow = 0;
        ti.hotInT = ret;
        ti.coldInT = ret;
        if (po.boilerHeat > 0 && top > ret + 1) {
          ti.coldInFlow = Math.min(this.tankMaxFlow, po.boilerHeat / (tank.cp * (top - ret)));
        } else if (po.dryCoolerDuty > 0 && po.minerOutletT > bottom + 2) {
          // What could the exchanger give beyond the greenhouse's need? Ask the plant for more.
          pin.heatDemand = qGh + po.dryCoolerDuty;
          solvePlant(plant, pin, po);
          const headroom = po.hxDuty - qGh;
          const tIn = po.hxColdOutT;
          if (headroom > 0 && tIn > bottom + 1) {
            ti.hotInFlow = Math.min(this.tankMaxFlow, headroom / (tank.cp * (tIn - bottom)));
            ti.hotInT = tIn;
          }
        }
        const tr = stepTank(tank, ti, dt);
        charged = tr.heatFromHotSide;
        discharged = tr.heatToColdSide;
        tankLoss = tr.heatLoss;
        tankRes = Math.abs((tankEnergy(tank) - e0) / dt - (charged - discharged - tankLoss));
        const want = Math.max(0, qGh + charged - discharged);
        if (want !== pin.heatDemand) {
          pin.heatDemand = want;
          solvePlant(plant, pin, po);
        }
      }

      // Energy accounting for the year's residual: miner loop, greenhouse loop (+ tank), greenhouse model.
      const o = this.ghOut;
      const minerRes = Math.abs(po.heatToCoolant - po.hxDuty - po.dryCoolerDuty);
      const loopRes = Math.abs(po.hxDuty + po.boilerHeat + discharged - charged - qGh);
      this.residualSum += (minerRes + loopRes + tankRes + Math.abs(o.energyResidual)) * dt;
      if (po.dryCoolerDuty > 1e3 && po.boilerHeat > 1e3) this.limitedSteps++;
      this.throughputSum +=
        (po.minerElectricPower + po.boilerHeat + Math.abs(o.solarAbsorbed) + Math.abs(o.pipeWaterHeat)) * dt;
      if (!series) continue;

      const acc = this.acc;
      const st = this.state;
      acc[IX.outdoorT] += tOut;
      acc[IX.skyT] += tSky;
      acc[IX.globalHorizontal] += ghi;
      acc[IX.windSpeed] += wind;
      acc[IX.isDay] += isDay ? 1 : 0;
      acc[IX.setpointT] += setpoint;
      acc[IX.greenhouseAirT] += st[GH.air]!;
      acc[IX.coverT] += st[GH.coverIn]!;
      acc[IX.canopyT] += st[GH.canopy]!;
      acc[IX.floorT] += st[GH.floor]!;
      acc[IX.pipeMeanT] += o.pipeMeanT;
      acc[IX.pipeInletT] += inp.pipeMassFlow > 0 ? inp.pipeInletT : o.pipeMeanT;
      acc[IX.pipeOutletT] += o.pipeOutletT;
      acc[IX.screenClosed] += o.screenClosed;
      acc[IX.ventOpening] += o.ventOpening;
      acc[IX.greenhouseHeatDemand] += qGh;
      acc[IX.heatRequested] += demandHeat;
      acc[IX.coverLoss] += o.coverLoss;
      acc[IX.airExchangeLoss] += o.infiltrationLoss + o.ventilationLoss;
      acc[IX.groundLoss] += o.soilToDeep;
      acc[IX.transpirationLatent] += o.transpirationLatent;
      acc[IX.solarAbsorbed] += o.solarAbsorbed;
      acc[IX.minerElectricPower] += po.minerElectricPower;
      acc[IX.heatToCoolant] += po.heatToCoolant;
      acc[IX.heatToAir] += po.heatToAir;
      acc[IX.hashrate] += po.hashrate;
      acc[IX.minerUptime] += po.minerUptime;
      acc[IX.minerPowerLimit] += powerLimit;
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
      acc[IX.supplySetpointT] += supplySet;
      acc[IX.greenhouseFlow] += po.greenhouseFlow;
      // Miner heat reaching the greenhouse, directly or through the tank (the tank is charged only with
      // surplus miner heat).
      acc[IX.heatToGreenhouse] += po.hxDuty - charged + discharged;
      acc[IX.tankCharge] += charged;
      acc[IX.tankDischarge] += discharged;
      acc[IX.tankLoss] += tankLoss;
      acc[IX.tankTopT] += tank ? tank.T[0]! : 0;
      acc[IX.tankBottomT] += tank ? tank.T[tank.nodes - 1]! : 0;
      acc[IX.backupHeat] += po.boilerHeat;
      acc[IX.backupInput] += po.boilerInput;
      acc[IX.dryCoolerDuty] += po.dryCoolerDuty;
      acc[IX.fanSpeed] += po.fanSpeed;
      acc[IX.fanPower] += po.fanPower;
      acc[IX.pumpPower] += po.minerPumpPower + po.greenhousePumpPower;
      acc[IX.auxiliaryPower] += po.minerPumpPower + po.greenhousePumpPower + po.fanPower;
      acc[IX.unmetHeat] += po.unmetHeat;
    }
    if (series) {
      const acc = this.acc;
      for (let i = 0; i < KEYS.length; i++) {
        series[KEYS[i]!][hr] = acc[i]! * inv;
        acc[i] = 0;
      }
    }
  }

  /**
   * Repeat the current greenhouse step (from `saved`) so that the pipe water gives up `target` W instead of
   * `q1` W. For the linearised step the water heat is affine in the inlet temperature, so one trial step
   * at another inlet temperature gives the inlet that delivers `target`. Returns the heat delivered.
   */
  private redoStep(target: number, q1: number, dt: number): number {
    const inp = this.inp;
    if (target <= 0 || inp.pipeMassFlow === 0) {
      this.state.set(this.saved);
      inp.pipeMassFlow = 0;
      stepGreenhouse(this.gh, this.state, inp, dt, this.ghOut);
      return 0;
    }
    const t1 = inp.pipeInletT;
    const t2 = t1 - 10;
    this.state.set(this.saved);
    inp.pipeInletT = t2;
    stepGreenhouse(this.gh, this.state, inp, dt, this.ghOut);
    const q2 = this.ghOut.pipeWaterHeat;
    inp.pipeInletT = t2 + ((target - q2) * (t1 - t2)) / (q1 - q2);
    this.state.set(this.saved);
    stepGreenhouse(this.gh, this.state, inp, dt, this.ghOut);
    return this.ghOut.pipeWaterHeat;
  }

  /** Heating curve: linear between points, flat beyond the ends. */
  private supplySetpoint(tOut: number): number {
    const c = this.curve;
    if (tOut <= c[0]!.outdoor) return c[0]!.supply;
    for (let i = 1; i < c.length; i++) {
      if (tOut <= c[i]!.outdoor) {
        const a = c[i - 1]!;
        const b = c[i]!;
        return a.supply + ((b.supply - a.supply) * (tOut - a.outdoor)) / (b.outdoor - a.outdoor);
      }
    }
    return c[c.length - 1]!.supply;
  }

  private checkFinite(series: Record<SeriesName, Float64Array>): void {
    for (const k of KEYS) {
      const a = series[k];
      for (let hr = 0; hr < a.length; hr++) {
        if (!Number.isFinite(a[hr]!)) {
          throw new PhysicsError(
            `simulation produced a non-finite ${k} at hour ${hr + 1} (${this.when(hr)}); please report this scenario`,
          );
        }
      }
    }
  }

  private when(hr: number): string {
    const w = this.w;
    return `month ${w.month[hr]}, day ${w.day[hr]}, hour ${w.hour[hr]}`;
  }

  private kpis(x: Record<SeriesName, Float64Array>): EnergyKpis {
    const h = this.hours;
    const MWh = 1 / 1e6; // hourly means in W summed over hours → Wh; /1e6 → MWh
    const sum = (a: Float64Array): number => {
      let t = 0;
      for (let i = 0; i < h; i++) t += a[i]!;
      return t;
    };
    let peak = 0;
    let unmet = 0;
    let maxCoolant = 0;
    for (let i = 0; i < h; i++) {
      peak = Math.max(peak, x.greenhouseHeatDemand[i]!);
      if (x.greenhouseAirT[i]! < x.setpointT[i]! - 0.5) unmet++;
      maxCoolant = Math.max(maxCoolant, x.minerOutletT[i]!);
    }
    const elec = sum(x.minerElectricPower) * MWh;
    const aux = sum(x.auxiliaryPower) * MWh;
    const toGh = sum(x.heatToGreenhouse) * MWh;
    const demand = sum(x.greenhouseHeatDemand) * MWh;
    return {
      minerElectricity_MWh: elec,
      heatRecovered_MWh: sum(x.heatToCoolant) * MWh,
      heatToGreenhouse_MWh: toGh,
      heatRejected_MWh: sum(x.dryCoolerDuty) * MWh,
      greenhouseHeatDemand_MWh: demand,
      backupHeat_MWh: sum(x.backupHeat) * MWh,
      heatCoverage: demand > 0 ? Math.min(1, toGh / demand) : 0,
      energyReuseFactor: elec + aux > 0 ? toGh / (elec + aux) : 0,
      peakGreenhouseLoad_kW: peak / 1e3,
      unmetHours: unmet,
      maxCoolantTemp_C: maxCoolant - 273.15,
      minerUptime: sum(x.minerUptime) / h,
      hashrateAverage_THs: sum(x.hashrate) / h / 1e12,
      energyBalanceResidual: this.throughputSum > 0 ? this.residualSum / this.throughputSum : 0,
      auxiliaryElectricity_MWh: aux,
      backupInput_MWh: sum(x.backupInput) * MWh,
      heatDemandPerArea_GJm2: (demand * 3.6e9) / 1e9 / this.s.greenhouse.floorArea,
    };
  }

  private warnings(x: Record<SeriesName, Float64Array>, k: EnergyKpis): SimulationWarning[] {
    const out: SimulationWarning[] = [];
    const p = this.plant;
    const h = this.hours;
    let minOut = Infinity;
    for (let i = 0; i < h; i++) minOut = Math.min(minOut, x.outdoorT[i]!);
    const c = (t: number): string => `${(t - 273.15).toFixed(1)} °C`;
    if (p.minerFluid.freezingPoint > minOut) {
      out.push({
        code: 'freeze-risk',
        message: `The miner loop (${p.minerFluid.label}) freezes at ${c(p.minerFluid.freezingPoint)} but the outdoor air reaches ${c(minOut)}, and the loop runs through the outdoor dry cooler: raise the glycol share.`,
      });
    }
    const boil = p.minerFluid.boilingPoint(this.s.minerLoop.pressure);
    const margin = boil - (k.maxCoolantTemp_C + 273.15);
    if (margin < 15) {
      out.push({
        code: 'boiling-margin',
        message: `The coolant reaches ${k.maxCoolantTemp_C.toFixed(1)} °C, only ${margin.toFixed(1)} K below its boiling point ${c(boil)} at the loop pressure: raise the loop pressure or lower the inlet set-point.`,
      });
    }
    let hot = 0;
    const limited = Math.round(this.limitedSteps / this.stepsPerHour);
    let full = 0;
    let unmetHeat = 0;
    for (let i = 0; i < h; i++) {
      if (
        x.minerUptime[i]! < 0.999 * x.minerPowerLimit[i]! ||
        x.chipT[i]! > p.miners.model.thermal.criticalTemperature - p.miners.model.thermal.throttleBand
      )
        hot++;
      if (x.minerInletT[i]! > p.minerInletSetpoint + 0.5) full++;
      if (x.unmetHeat[i]! > 1e3) unmetHeat++;
    }
    if (hot > 0) {
      out.push({
        code: 'miner-over-temperature',
        hours: hot,
        message: `Miners ran hot (throttled or shut down) in ${hot} hours: lower the miner inlet set-point or raise the coolant flow.`,
      });
    }
    if (limited > 0) {
      out.push({
        code: 'exchanger-limits-recovery',
        hours: limited,
        message: `For ${limited} hours the dry cooler rejected miner heat while the backup heater ran at the same time: the plate exchanger (UA) or the greenhouse loop's flow limits recovery, or the greenhouse return is too warm for the coolant — a larger exchanger or a colder return would recover more.`,
      });
    }
    if (full > 0) {
      out.push({
        code: 'dry-cooler-undersized',
        hours: full,
        message: `In ${full} hours the dry cooler at full fan speed could not hold the miner inlet at ${c(p.minerInletSetpoint)}: add dry-cooler capacity.`,
      });
    }
    if (unmetHeat > 0) {
      out.push({
        code: 'unmet-heat',
        hours: unmetHeat,
        message: `In ${unmetHeat} hours the backup heater at capacity could not supply the greenhouse: raise backupHeater.capacity.`,
      });
    }
    if (k.unmetHours > 0) {
      out.push({
        code: 'greenhouse-too-cold',
        hours: k.unmetHours,
        message: `The greenhouse air was more than 0.5 K below its set-point in ${k.unmetHours} hours: the heating pipes or the supply temperature are too small for the load (raise greenhouse.pipeLengthPerArea or the heating curve).`,
      });
    }
    return out;
  }
}

/** Refractive index and number of sheets of each cover preset (Duffie & Beckman §5.1; polycarbonate 1.586). */
const COVER_SHEETS: Record<string, { n: number; sheets: number }> = {
  'single-glass': { n: 1.526, sheets: 1 },
  'double-glass': { n: 1.526, sheets: 2 },
  'double-poly': { n: 1.51, sheets: 2 },
  'twin-wall-polycarbonate-8mm': { n: 1.586, sheets: 2 },
};
const solarCache = new WeakMap<WeatherYear, Map<string, Float64Array>>();

/**
 * Light through a gable roof, hour by hour: beam, sky diffuse and ground-reflected radiation on both roof
 * halves (HDKR sky, Duffie & Beckman eq. 2.16.7), each through the cover with its angle-dependent
 * transmittance (Fresnel reflection + Bouguer absorption per sheet, D&B §5.1–5.3, built to reproduce the
 * preset's normal-incidence transmittance). The greenhouse model multiplies its solar input by the preset's
 * transmittance τ₀, so it is given transmitted / τ₀: low winter sun, which glances off the cover, then counts
 * for less than the horizontal GHI·τ₀ would say. Cached per weather year and roof.
 */
export function coverSolar(w: WeatherYear, cover: CoverPreset, slope: number, ridge: number): Float64Array {
  const key = `${cover.id}|${slope}|${ridge}`;
  let byRoof = solarCache.get(w);
  if (!byRoof) {
    byRoof = new Map();
    solarCache.set(w, byRoof);
  }
  const hit = byRoof.get(key);
  if (hit) return hit;
  const tau0 = cover.solarTransmittance;
  const sheets = COVER_SHEETS[cover.id] ?? { n: 1.526, sheets: 1 };
  const optics = coverFromNormalTransmittance(tau0, sheets.n, sheets.sheets);
  const geo = weatherSolarGeometry(w);
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const ghi = w.globalHorizontal[i]!;
    if (ghi <= 0) continue;
    const t = gableRoofTransmission({
      ghi,
      dni: w.directNormal[i]!,
      dhi: w.diffuseHorizontal[i]!,
      zenith: Math.min(geo.zenith[i]!, 90),
      azimuth: geo.azimuth[i]!,
      roofSlope: slope,
      ridgeAzimuth: ridge,
      cover: optics,
      model: 'hdkr',
      dayOfYear: w.dayOfYear[i]!,
    });
    out[i] = Math.min(1500, t.transmittedPerFloor / tau0);
  }
  byRoof.set(key, out);
  return out;
}

function options(hours: number | undefined, length: number): number {
  if (hours === undefined) return length;
  if (!(Number.isInteger(hours) && hours >= 1 && hours <= length)) {
    throw new InputError('options.hours', hours, `a whole number of hours between 1 and ${length}`);
  }
  return hours;
}

function meanOf(a: Float64Array): number {
  let t = 0;
  for (let i = 0; i < a.length; i++) t += a[i]!;
  return t / a.length;
}

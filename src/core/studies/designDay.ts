/**
 * Design-day report of a scenario's heat-recovery plant: at the site's heating design outdoor temperature,
 * the greenhouse load, supply and return, the plate exchanger's duty, required vs installed UA, approach,
 * LMTD, NTU, ε, velocities and pressure drops of a plate pack of the installed area, the loop pumps' head
 * and power; and at the summer (cooling) design dry bulb, the dry cooler's capacity against the heat it must
 * reject. A plain object of SI numbers for the CLI (`heat-twin design`), the app and the proposal annex.
 *
 * Reuses the size study's design point (exchangerSize.ts): load and return from the design hours of an
 * annual run (ASHRAE 99.6 % condition), supply from the heating curve, the steady plant at that point.
 *
 * Cooling design dry bulb: the temperature exceeded in 0.4 % of the weather year's hours — the definition of
 * ASHRAE's 0.4 % cooling design condition (ASHRAE Handbook—Fundamentals 2021, ch. 14), applied to the year
 * simulated (a TMY year, so it approximates the 30-year statistic; for Winnipeg The Forks the handbook value
 * printed in the EPW's .stat file is 30.8 °C). Give `coolingDesignT` to use the handbook value instead.
 */
import { InputError } from '../errors';
import { ratedMeanDifference } from '../hx/lmtd';
import { offDesign } from '../hx/model';
import { sizeNominal } from '../hx/nominal';
import { PLATE_PRESETS, type PlateGeometry, plateArea, ratePlate } from '../hx/plate';
import { PROPERTY_BASIS } from '../hx/rating';
import { isLoadedScenario, loadScenario, type Scenario } from '../models/scenario';
import { buildPlant } from '../plant/plant';
import { solvePlant } from '../plant/solve';
import { dryCoolerOutlet } from '../components/dryCooler';
import { type SimulationResult, simulate } from '../sim/simulate';
import type { WeatherYear } from '../weather/epw';
import { type DesignConditions, designConditions, designHours, designPoint } from './exchangerSize';

/** Standard gravity, m/s² (CGPM 1901), for pump heads. */
const G = 9.80665;
/** Share of the year's hours above the cooling design dry bulb (ASHRAE 0.4 % condition). */
export const COOLING_DESIGN_SHARE = 0.004;

export interface DesignDayOptions {
  /** An annual run of this scenario to take the design hours and weather from (else one is run). */
  run?: Pick<SimulationResult, 'hours'> & {
    series: Pick<SimulationResult['series'], 'outdoorT' | 'greenhouseHeatDemand' | 'greenhouseReturnT'>;
  };
  weather?: WeatherYear;
  /** Simulate only the first `hours` hours (previews, tests). */
  hours?: number;
  /** Override the design load (W) or return temperature (K). */
  designLoad?: number;
  designReturnT?: number;
  /** Summer design dry bulb, K (default: exceeded in 0.4 % of the run's hours). */
  coolingDesignT?: number;
  /** Plate geometry for the velocities and pressure drops (default the `large` preset, an assumption). */
  plate?: { name: string; geometry: PlateGeometry };
}

export interface SideFigures {
  /** kg/s */
  flow: number;
  /** Mean channel velocity, m/s. */
  velocity: number;
  portVelocity: number;
  /** Channel + ports, Pa. */
  pressureDrop: number;
}

export interface PumpFigures {
  flow: number;
  /**
   * Pressure rise at the design flow, Pa: the loop's nominal drop (external, plus the miners' for the miner
   * loop) × (ṁ/ṁ_nominal)².
   */
  pressureRise: number;
  /** The same as a head of the pumped liquid, m. */
  head: number;
  /** Electric power at the design point, W. */
  power: number;
  efficiency: number;
  /** The plate pack's pressure drop on this loop's side at the design flow, Pa (the report's `plate` figures). */
  exchangerDrop: number;
  /**
   * The pressure rise with the exchanger counted, Pa. The miner loop's allowance outside the miners includes
   * the exchanger (minerLoop.externalPressureDrop: piping, exchanger, dry cooler), so this is `pressureRise`;
   * the greenhouse loop's excludes it (greenhouseLoop.externalPressureDrop: outside the exchanger), so the pack's
   * side is added — the annual simulation's pump power does not know the plate pack and leaves it out.
   */
  riseWithExchanger: number;
  /** Miner loop: its allowance outside the miners less the exchanger's hot side, Pa (for piping, dry cooler). */
  leftForPiping?: number;
}

/** Whether the exchanger's hot side leaves less than 20 % of the miner loop's allowance outside the miners. */
export function littleLeftForPiping(m: PumpFigures): boolean {
  const left = m.leftForPiping;
  return left !== undefined && left <= 0.2 * (left + m.exchangerDrop);
}

/** The design-day report, SI units (K, W, W/K, Pa, m/s, kg/s, m², m). */
export interface DesignDayReport {
  scenario: string;
  conditions: DesignConditions;
  exchanger: {
    duty: number;
    hotIn: number;
    hotOut: number;
    coldIn: number;
    coldOut: number;
    hotFlow: number;
    coldFlow: number;
    /** UA of the installed exchanger at the plant's design flows (hotFlow, coldFlow), W/K. */
    uaInstalled: number;
    /**
     * Installed and required UA on one basis — the design coolant inlet and flow, the greenhouse return and
     * the loop’s nominal primary flow (`uaBasisColdFlow`) all through the exchanger, W/K. Required: what
     * carries min(design load, miner heat); null when no counterflow exchanger can (see `uaRequiredNote`).
     */
    uaBasisColdFlow: number;
    uaInstalledAtBasis: number;
    uaRequired: number | null;
    uaRequiredNote: string;
    approach: number;
    lmtd: number;
    ntu: number;
    effectiveness: number;
    propertyBasis: string;
  };
  plate: {
    name: string;
    plates: number;
    /** Heat-transfer area of the pack, m² (the scenario's area rounded to whole plates). */
    area: number;
    hot: SideFigures;
    cold: SideFigures;
    basis: string;
  };
  pumps: { minerLoop: PumpFigures; greenhouseLoop: PumpFigures };
  heat: { heatToCoolant: number; recovered: number; backupHeat: number; dryCoolerWinter: number };
  dryCooler: {
    /** Summer design dry bulb, K, and where it comes from. */
    designAmbientT: number;
    designAmbientSource: string;
    /** Heat it must reject in summer (all the miners' coolant heat), W. */
    required: number;
    /** Heat it rejects at full fan speed with the coolant at the miners' outlet, W. */
    capacity: number;
    /** capacity/required − 1. */
    margin: number;
    /** Fan speed the plant needs at that ambient with no greenhouse load, 0–1. */
    fanSpeed: number;
    /** Miner inlet the plant reaches then, K (the set-point when the cooler keeps up). */
    minerInletT: number;
    minerInletSetpoint: number;
  };
}

function asScenario(x: unknown): Scenario {
  return isLoadedScenario(x) ? x : loadScenario(x);
}

/** Temperature exceeded in `share` of the hours (ASHRAE's cooling design statistic). */
export function coolingDesignTemperature(outdoorT: ArrayLike<number>, share = COOLING_DESIGN_SHARE): number {
  const t = Array.from(outdoorT).sort((a, b) => b - a);
  if (t.length === 0) throw new InputError('outdoorT', '(empty)', 'at least one hour');
  const n = Math.max(1, Math.ceil(share * t.length - 1e-9));
  return t[n - 1]!;
}

/** The design-day report of a scenario (see the file comment). */
export function designDay(scenario: unknown, opts: DesignDayOptions = {}): DesignDayReport {
  const s = asScenario(scenario);
  const run = opts.run ?? annualRun(s, opts);
  const hasOverrides = opts.designLoad !== undefined && opts.designReturnT !== undefined;
  const conditions = designConditions(s, hasOverrides ? undefined : designHours(run), opts);
  const p = designPoint(s, conditions);
  const plant = buildPlant(s);
  const plate = plateFigures(s, plant, p, opts.plate);
  return {
    scenario: s.name,
    conditions,
    exchanger: exchangerFigures(plant, p, conditions),
    plate,
    pumps: pumpFigures(s, plant, p, conditions, plate),
    heat: {
      heatToCoolant: p.heatToCoolant,
      recovered: p.duty,
      backupHeat: p.backupHeat,
      dryCoolerWinter: p.dryCoolerDuty,
    },
    dryCooler: summerDesign(plant, conditions, run, opts.coolingDesignT),
  };
}

type Plant = ReturnType<typeof buildPlant>;
type DesignPointResult = ReturnType<typeof designPoint>;

/** The annual run the design hours and weather come from, when the caller gave none. */
function annualRun(s: Scenario, opts: DesignDayOptions): NonNullable<DesignDayOptions['run']> {
  return simulate(s, {
    ...(opts.weather ? { weather: opts.weather } : {}),
    ...(opts.hours !== undefined ? { hours: opts.hours } : {}),
  });
}

/** Labels of the design point's quantities in sizeNominal's messages. */
const REQUIRED_UA_LABELS = {
  hotIn: 'the coolant inlet (miner outlet)',
  coldIn: 'the greenhouse return',
  coldOut: 'the water outlet',
  hotOut: 'the coolant outlet',
  hotFlow: 'the miner-loop flow',
  coldFlow: 'greenhouseLoop.flow',
  duty: 'the duty',
};

/**
 * Required vs installed UA on one basis: the coolant at the design inlet and flow, the greenhouse water at its
 * return temperature and the loop's nominal primary flow (greenhouseLoop.flow) all through the exchanger.
 */
function uaOnOneBasis(
  plant: Plant,
  p: DesignPointResult,
  conditions: DesignConditions,
): { installed: number; required: number | null; note: string; coldFlow: number } {
  const target = Math.min(conditions.load, p.heatToCoolant);
  const refColdFlow = plant.greenhouseFlow;
  const installed = offDesign(plant.hx, {
    hotFlow: p.hotFlow,
    coldFlow: refColdFlow,
    hotIn: p.hotIn,
    coldIn: p.coldIn,
  });
  const what = target < p.heatToCoolant ? 'the whole design load' : 'all the miners’ heat';
  try {
    const required = sizeNominal({
      hotFluid: plant.minerFluid,
      coldFluid: plant.greenhouseFluid,
      duty: target,
      hotIn: p.hotIn,
      coldIn: p.coldIn,
      hotFlow: p.hotFlow,
      coldFlow: refColdFlow,
      labels: REQUIRED_UA_LABELS,
    }).ua;
    const note = `UA to carry ${what} with the nominal primary flow through the exchanger`;
    return { installed: installed.ua, required, note, coldFlow: refColdFlow };
  } catch (e) {
    const note = `no exchanger can carry ${what} (${Math.round(target / 1e3)} kW): ${(e as Error).message}`;
    return { installed: installed.ua, required: null, note, coldFlow: refColdFlow };
  }
}

function exchangerFigures(
  plant: Plant,
  p: DesignPointResult,
  conditions: DesignConditions,
): DesignDayReport['exchanger'] {
  const ua = uaOnOneBasis(plant, p, conditions);
  return {
    duty: p.duty,
    hotIn: p.hotIn,
    hotOut: p.hotOut,
    coldIn: p.coldIn,
    coldOut: p.coldOut,
    hotFlow: p.hotFlow,
    coldFlow: p.branchFlow,
    uaInstalled: p.ua,
    uaBasisColdFlow: ua.coldFlow,
    uaInstalledAtBasis: ua.installed,
    uaRequired: ua.required,
    uaRequiredNote: ua.note,
    approach: p.approach,
    lmtd: ratedMeanDifference(p.hotIn, p.hotOut, p.coldIn, p.coldOut, p.duty, p.ua),
    ntu: p.ntu,
    effectiveness: p.effectiveness,
    propertyBasis: PROPERTY_BASIS,
  };
}

/** Velocities and pressure drops of a single-pass plate pack of the scenario's area at the design flows. */
function plateFigures(
  s: Scenario,
  plant: Plant,
  p: DesignPointResult,
  plate: DesignDayOptions['plate'],
): DesignDayReport['plate'] {
  const g = plate?.geometry ?? PLATE_PRESETS.large!;
  const name = plate?.name ?? 'large';
  const uOverall = plant.hx.uaNominal;
  const area = s.heatExchanger.area ?? uOverall / (s.heatExchanger.overallU ?? 4500);
  const plates = Math.max(3, Math.round(area / plateArea(g)) + 2);
  const r = ratePlate(g, plates, {
    hotFluid: plant.minerFluid,
    coldFluid: plant.greenhouseFluid,
    hotFlow: p.hotFlow,
    coldFlow: p.branchFlow,
    hotMean: 0.5 * (p.hotIn + p.hotOut),
    coldMean: 0.5 * (p.coldIn + p.coldOut),
  });
  const side = (flow: number, c: typeof r.hot): SideFigures => ({
    flow,
    velocity: c.velocity,
    portVelocity: c.portVelocity,
    pressureDrop: c.pressureDrop,
  });
  return {
    name,
    plates,
    area: r.area,
    hot: side(p.hotFlow, r.hot),
    cold: side(p.branchFlow, r.cold),
    basis:
      `a single-pass pack of the scenario's ${Math.round(area)} m² in plates of the '${name}' preset ` +
      '(an engineering assumption, not a vendor selection), Martin / VDI Heat Atlas N6 at the design flows',
  };
}

/**
 * Pumps on a fixed system curve, Δp ∝ V̇² (as the plant model, src/core/plant/solve.ts): the pressure rise
 * at the design flow scales with (ṁ/ṁ_nominal)².
 */
function pumpAt(
  spec: { pressureRise: number; efficiency: number },
  flow: number,
  nominal: number,
  rho: number,
  power: number,
): Omit<PumpFigures, 'exchangerDrop' | 'riseWithExchanger'> {
  const rise = spec.pressureRise * (flow / nominal) ** 2;
  return { flow, pressureRise: rise, head: rise / (rho * G), power, efficiency: spec.efficiency };
}

function pumpFigures(
  s: Scenario,
  plant: Plant,
  p: DesignPointResult,
  conditions: DesignConditions,
  plate: DesignDayReport['plate'],
): DesignDayReport['pumps'] {
  const miner = pumpAt(
    plant.minerPump,
    p.hotFlow,
    plant.minerFlow,
    plant.minerFluid.density(p.hotOut),
    p.minerPumpPower,
  );
  const greenhouse = pumpAt(
    plant.greenhousePump,
    p.greenhouseFlow,
    plant.greenhouseFlow,
    plant.greenhouseFluid.density(conditions.returnT),
    p.greenhousePumpPower,
  );
  const allowance = s.minerLoop.externalPressureDrop * (p.hotFlow / plant.minerFlow) ** 2;
  return {
    minerLoop: {
      ...miner,
      exchangerDrop: plate.hot.pressureDrop,
      riseWithExchanger: miner.pressureRise,
      leftForPiping: allowance - plate.hot.pressureDrop,
    },
    greenhouseLoop: {
      ...greenhouse,
      exchangerDrop: plate.cold.pressureDrop,
      riseWithExchanger: greenhouse.pressureRise + plate.cold.pressureDrop,
    },
  };
}

/** Summer design: no greenhouse load, the dry cooler takes all the coolant heat. */
function summerDesign(
  plant: Plant,
  conditions: DesignConditions,
  run: NonNullable<DesignDayOptions['run']>,
  given: number | undefined,
): DesignDayReport['dryCooler'] {
  const coolingDesignT = given ?? coolingDesignTemperature(run.series.outdoorT);
  const summer = solvePlant(plant, {
    ambientT: coolingDesignT,
    heatDemand: 0,
    supplySetpoint: conditions.supplyT,
    powerLimit: 1,
  });
  const full = dryCoolerOutlet(plant.dryCooler, {
    inletT: summer.minerOutletT,
    massFlow: plant.minerFlow,
    fluid: plant.minerFluid,
    ambientT: coolingDesignT,
    fanSpeed: 1,
  });
  return {
    designAmbientT: coolingDesignT,
    designAmbientSource:
      given !== undefined
        ? 'given'
        : `exceeded in 0.4 % of the ${run.series.outdoorT.length} simulated hours (ASHRAE 0.4 % cooling condition)`,
    required: summer.heatToCoolant,
    capacity: full.duty,
    margin: full.duty / summer.heatToCoolant - 1,
    fanSpeed: summer.fanSpeed,
    minerInletT: summer.minerInletT,
    minerInletSetpoint: plant.minerInletSetpoint,
  };
}

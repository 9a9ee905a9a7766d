/**
 * Plate-exchanger sizing study: the annual simulation repeated for a list of exchanger sizes (area, or UA
 * directly), giving the diminishing-returns curve an engineer picks a size from — miner heat delivered to
 * the greenhouse, backup heat, rejected heat and coverage against size — and, for each size, the exchanger's
 * operating point and approach temperature at design conditions.
 *
 * Design conditions (the choice, documented): the heating design outdoor temperature of the site
 * (`site.designOutdoorTemperature`, ASHRAE 99.6 % dry bulb) with
 *  - supply set-point: the scenario's heating curve at that temperature;
 *  - design load and return temperature: the means over the *design hours* of an annual run — the
 *    ⌈0.4 %⌉ coldest simulated hours (ASHRAE Handbook—Fundamentals 2017, ch. 14: the 99.6 % heating design
 *    dry bulb is exceeded in all but 0.4 % of the year's hours, so these are the hours at or below it). The
 *    load is the mean heat the greenhouse circuit took in those hours (what its pipes can actually take,
 *    not a nominal U·A·ΔT) and the return is the load-weighted mean return temperature of the circuit.
 *    Both are set by the greenhouse side, so they are taken from the run of the *smallest* size and shared by
 *    all sizes: every size is rated at the same point and the approaches are comparable.
 *  - miners at full power (`powerLimit` 1, mining-first).
 * At that point `solvePlant` (src/core/plant/plant.ts) gives the recovery-first branch flow and the
 * exchanger's terminal temperatures; the approach is the smaller terminal difference of the counterflow
 * exchanger, min(T_hot,in − T_cold,out, T_hot,out − T_cold,in) (as `sizeNominal` reports it).
 */
import { ZERO_CELSIUS } from '../errors';
import { InputError } from '../errors';
import { isLoadedScenario, loadScenario, type Scenario } from '../models/scenario';
import { buildPlant, solvePlant } from '../plant/plant';
import { RunCache } from '../sim/reprice';
import type { SimulationResult, SimulationWarning } from '../sim/simulate';
import type { WeatherYear } from '../weather/epw';
import { type DesignHours, designHours } from '../sim/designHours';

export { DESIGN_HOUR_SHARE, type DesignHours, designHours } from '../sim/designHours';

export type SizeBasis = 'area' | 'ua';

/** Sizes to study: heat-transfer areas (m², with the scenario's U) or UA values (W/K at nominal flows). */
export type ExchangerSizes = { areas: readonly number[] } | { uas: readonly number[] };

export interface SizeStudyOptions {
  /** A parsed weather year; default the scenario's own (bundled Winnipeg TMYx). */
  weather?: WeatherYear;
  /** Simulate only the first `hours` hours (previews, tests). */
  hours?: number;
  /** Override the design load, W (default: from the design hours of the smallest size's run). */
  designLoad?: number;
  /** Override the design return temperature, K. */
  designReturnT?: number;
  /** Called after each size with (sizes done, sizes in all). */
  onProgress?: (done: number, total: number) => void;
}

export interface DesignConditions {
  /** site.designOutdoorTemperature, K. */
  outdoorT: number;
  /** Heating-curve supply set-point at outdoorT, K. */
  supplyT: number;
  /** Heat demand at design, W. */
  load: number;
  /** Greenhouse-circuit return temperature at design, K. */
  returnT: number;
  /** Where load and return come from. */
  source: { load: 'design hours' | 'given'; returnT: 'design hours' | 'given'; designHours?: DesignHours };
}

/** The exchanger at the design point. SI. */
export interface DesignPoint {
  duty: number;
  /** Coolant into the exchanger (miner outlet), K. */
  hotIn: number;
  hotOut: number;
  /** Greenhouse return into the exchanger branch, K. */
  coldIn: number;
  coldOut: number;
  /** min(hotIn − coldOut, hotOut − coldIn), K. */
  approach: number;
  /** Greenhouse-side flow through the exchanger branch, kg/s. */
  branchFlow: number;
  /** Miner-loop (hot side) flow through the exchanger, kg/s. */
  hotFlow: number;
  /** Greenhouse-loop primary flow (variable), kg/s. */
  greenhouseFlow: number;
  /** Electric power of the miner-loop and greenhouse-loop pumps at this point, W. */
  minerPumpPower: number;
  greenhousePumpPower: number;
  ua: number;
  ntu: number;
  effectiveness: number;
  /** Heat the miners put into the coolant, W, and the part the dry cooler rejects. */
  heatToCoolant: number;
  dryCoolerDuty: number;
  backupHeat: number;
  /** Water leaving the plant to the greenhouse (after the backup heater), K. */
  supplyT: number;
}

/** Annual figures of one size. */
export interface RunSummary {
  kpis: SimulationResult['kpis'];
  warnings: SimulationWarning[];
  /** Needed for the first (smallest) size only, unless the design point is given. */
  designHours?: DesignHours;
}

export interface SizeStudyRow {
  /** Heat-transfer area, m² (undefined on a UA basis). */
  area: number | undefined;
  /** UA at the nominal flows, W/K. */
  ua: number;
  heatRecovered_MWh: number;
  heatToGreenhouse_MWh: number;
  backupHeat_MWh: number;
  heatRejected_MWh: number;
  greenhouseHeatDemand_MWh: number;
  heatCoverage: number;
  /**
   * Slope of the curve from the previous (smaller) size: Δ heatToGreenhouse_MWh per m² (area basis) or per
   * kW/K (UA basis); undefined for the first size.
   */
  marginal: number | undefined;
  design: DesignPoint;
  warnings: SimulationWarning[];
}

export interface SizeStudy {
  basis: SizeBasis;
  /** Overall U used with the areas, W/(m²·K) (area basis). */
  overallU: number | undefined;
  design: DesignConditions;
  rows: SizeStudyRow[];
}

/** One case of the study: the size and the scenario input that has it. */
export interface SizeCase {
  size: number;
  input: unknown;
}

function clone(x: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(x)) as Record<string, unknown>;
}

function check(list: readonly number[], field: string, unit: string): number[] {
  if (list.length === 0) throw new InputError(field, '(empty)', `at least one size in ${unit}`);
  for (const x of list) {
    if (!(Number.isFinite(x) && x > 0)) throw new InputError(field, x, `a finite size above 0 ${unit}`);
  }
  return [...new Set(list)].sort((a, b) => a - b);
}

/**
 * The scenario inputs of a study, smallest size first (duplicates dropped). On an area basis `ua` is
 * removed so that UA = area × U (the scenario's overallU or its catalog model's); on a UA basis `ua` is set.
 */
export function sizeStudyCases(
  scenario: unknown,
  sizes: ExchangerSizes,
): { basis: SizeBasis; cases: SizeCase[] } {
  const basis: SizeBasis = 'areas' in sizes ? 'area' : 'ua';
  const list =
    'areas' in sizes
      ? check(sizes.areas, 'areas', 'm²')
      : check((sizes as { uas: number[] }).uas, 'uas', 'W/K');
  const base = clone(scenario);
  const cases = list.map((size) => {
    const c = clone(base);
    const hx = { ...((c.heatExchanger as Record<string, unknown> | undefined) ?? {}) };
    if (basis === 'area') {
      hx.area = size;
      delete hx.ua;
    } else hx.ua = size;
    c.heatExchanger = hx;
    return { size, input: c };
  });
  return { basis, cases };
}

/** Heating curve: linear between points, flat beyond the ends (as the simulation's supply control). */
export function heatingCurveSupply(s: Scenario, outdoorT: number): number {
  const c = [...s.greenhouseLoop.heatingCurve].sort((a, b) => a.outdoor - b.outdoor);
  if (outdoorT <= c[0]!.outdoor) return c[0]!.supply;
  for (let i = 1; i < c.length; i++) {
    const b = c[i]!;
    if (outdoorT <= b.outdoor) {
      const a = c[i - 1]!;
      return a.supply + ((b.supply - a.supply) * (outdoorT - a.outdoor)) / (b.outdoor - a.outdoor);
    }
  }
  return c[c.length - 1]!.supply;
}

function asScenario(x: unknown): Scenario {
  return isLoadedScenario(x) ? x : loadScenario(x);
}

/** Design conditions of a scenario from its design hours (or the given load / return). */
export function designConditions(
  scenario: unknown,
  hours: DesignHours | undefined,
  opts: Pick<SizeStudyOptions, 'designLoad' | 'designReturnT'> = {},
): DesignConditions {
  const s = asScenario(scenario);
  const outdoorT = s.site.designOutdoorTemperature;
  const supplyT = heatingCurveSupply(s, outdoorT);
  const load = opts.designLoad ?? hours?.load;
  const ret = opts.designReturnT ?? hours?.returnT;
  if (load === undefined || !(Number.isFinite(load) && load >= 0)) {
    throw new InputError('designLoad', load, 'a heat flow ≥ 0 W, or an annual run to take it from');
  }
  if (ret === undefined || !(Number.isFinite(ret) && ret > ZERO_CELSIUS)) {
    throw new InputError(
      'designReturnT',
      ret,
      'a temperature above 0 °C (in K), or an annual run to take it from',
    );
  }
  return {
    outdoorT,
    supplyT,
    load,
    returnT: Math.min(ret, supplyT),
    source: {
      load: opts.designLoad !== undefined ? 'given' : 'design hours',
      returnT: opts.designReturnT !== undefined ? 'given' : 'design hours',
      ...(hours ? { designHours: hours } : {}),
    },
  };
}

/** The exchanger of `scenario` at the design conditions (steady plant operating point). */
export function designPoint(scenario: unknown, d: DesignConditions): DesignPoint {
  const plant = buildPlant(asScenario(scenario));
  const o = solvePlant(plant, {
    ambientT: d.outdoorT,
    heatDemand: d.load,
    supplySetpoint: d.supplyT,
    powerLimit: 1,
    returnT: d.returnT,
  });
  return {
    duty: o.hxDuty,
    hotIn: o.minerOutletT,
    hotOut: o.hxHotOutT,
    coldIn: o.hxColdInT,
    coldOut: o.hxColdOutT,
    approach: Math.min(o.minerOutletT - o.hxColdOutT, o.hxHotOutT - o.hxColdInT),
    branchFlow: o.hxColdFlow,
    hotFlow: o.minerFlow,
    greenhouseFlow: o.greenhouseFlow,
    minerPumpPower: o.minerPumpPower,
    greenhousePumpPower: o.greenhousePumpPower,
    ua: o.hxUA,
    ntu: o.hxNtu,
    effectiveness: o.hxEffectiveness,
    heatToCoolant: o.heatToCoolant,
    dryCoolerDuty: o.dryCoolerDuty,
    backupHeat: o.boilerHeat,
    supplyT: o.supplyT,
  };
}

/**
 * Put a study together from the annual runs of its cases (in the order of `sizeStudyCases`). Lets a caller
 * run the cases elsewhere (worker threads, Web Workers) and assemble here.
 */
export function assembleSizeStudy(
  basis: SizeBasis,
  cases: readonly SizeCase[],
  runs: readonly RunSummary[],
  opts: Pick<SizeStudyOptions, 'designLoad' | 'designReturnT'> = {},
): SizeStudy {
  if (runs.length !== cases.length) {
    throw new InputError('runs', runs.length, `one run per case (${cases.length})`);
  }
  const first = asScenario(cases[0]!.input);
  const design = designConditions(first, runs[0]!.designHours, opts);
  const rows: SizeStudyRow[] = [];
  let overallU: number | undefined;
  cases.forEach((c, i) => {
    const s = asScenario(c.input);
    const plant = buildPlant(s);
    const k = runs[i]!.kpis;
    const prev = rows[rows.length - 1];
    const ua = plant.hx.uaNominal;
    if (basis === 'area') overallU = ua / c.size;
    const x = basis === 'area' ? c.size : ua / 1e3;
    const xPrev = prev ? (basis === 'area' ? prev.area! : prev.ua / 1e3) : undefined;
    rows.push({
      area: basis === 'area' ? c.size : undefined,
      ua,
      heatRecovered_MWh: k.heatRecovered_MWh,
      heatToGreenhouse_MWh: k.heatToGreenhouse_MWh,
      backupHeat_MWh: k.backupHeat_MWh,
      heatRejected_MWh: k.heatRejected_MWh,
      greenhouseHeatDemand_MWh: k.greenhouseHeatDemand_MWh,
      heatCoverage: k.heatCoverage,
      marginal:
        prev && xPrev !== undefined
          ? (k.heatToGreenhouse_MWh - prev.heatToGreenhouse_MWh) / (x - xPrev)
          : undefined,
      design: designPoint(s, design),
      warnings: runs[i]!.warnings,
    });
  });
  return { basis, overallU, design, rows };
}

/**
 * Run the sizing study in this thread: one annual simulation per size (smallest first). For parallel runs
 * use `sizeStudyCases`, simulate each case elsewhere, summarise with `designHours`, and `assembleSizeStudy`.
 */
export function exchangerSizeStudy(
  scenario: unknown,
  sizes: ExchangerSizes,
  opts: SizeStudyOptions = {},
): SizeStudy {
  const { basis, cases } = sizeStudyCases(scenario, sizes);
  const runs: RunSummary[] = [];
  // every size is a plant-only edit of the first: its greenhouse is replayed (sim/greenhouseTrace.ts); each
  // run read at once and not kept, so the cache recycles the blocks of the runs it drops
  const cache = new RunCache(1, 1, { recycle: true });
  cases.forEach((c, i) => {
    const { result: r } = cache.run(asScenario(c.input), {
      ...(opts.weather ? { weather: opts.weather } : {}),
      ...(opts.hours !== undefined ? { hours: opts.hours } : {}),
    });
    runs.push({ kpis: r.kpis, warnings: r.warnings, ...(i === 0 ? { designHours: designHours(r) } : {}) });
    opts.onProgress?.(i + 1, cases.length);
  });
  return assembleSizeStudy(basis, cases, runs, opts);
}

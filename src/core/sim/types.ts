/** Public types of the annual simulation: options, result, KPIs, warnings. */
import type { EconomicsKpis, EconomicsResult } from '../economics/compute';
import type { Scenario } from '../models/scenario';
import type { WeatherYear } from '../weather/epw';
import type { EnergyKpiId, SeriesName } from './outputs';

/** Energy KPIs of the simulation (see ENERGY_KPI_OUTPUTS for units and definitions). */
export type EnergyKpis = Record<EnergyKpiId, number>;

/** Energy KPIs of the simulation plus the economics KPIs (annual, scenario currency). */
export type Kpis = EnergyKpis & EconomicsKpis;

export type WarningCode =
  | 'freeze-risk'
  | 'boiling-margin'
  | 'miner-over-temperature'
  | 'exchanger-limits-recovery'
  | 'dry-cooler-undersized'
  | 'unmet-heat'
  | 'greenhouse-too-cold'
  | 'partial-period';

export interface SimulationWarning {
  code: WarningCode;
  message: string;
  /** Hours affected, when the warning is about a number of hours. */
  hours?: number;
  /** Energy affected, MWh, when the warning is about an energy (e.g. unmet heat). */
  energy_MWh?: number;
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
  /** The scenario's time step, s, and the number of such steps in the run. */
  timeStep: number;
  steps: number;
  /**
   * The step the greenhouse and the plant actually advance by, s: the scenario's step, or sub-steps of at most
   * MAX_INTERNAL_STEP (15 min) when it is longer (run.ts says why); `hours × 3600 / internalStep` steps.
   * Optional only because the app rebuilds results from the worker's output without it.
   */
  internalStep?: number;
  /** Hourly means (temperatures, powers, flows) — see SERIES / OUTPUTS for units. */
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
   * Take the scenario's time step as it is even when it is longer than 15 min (no sub-steps): a quick
   * preview. At 1 h the pilot's annual demand comes out ≈ 2 % low (less air-exchange loss) and unmet hours are
   * less reliable; the full run keeps the sub-steps (run.ts MAX_INTERNAL_STEP).
   */
  coarse?: boolean;
  /**
   * Memory for the run's large arrays, asked for by length: the block its hourly series are views of
   * (SERIES_NAMES.length × hours values, kept by the result) and, for a run that records its greenhouse side,
   * the trace's rows (greenhouseTrace.ts). Undefined or another length: a new array. The run writes every
   * value. The app's worker hands out blocks it allocated while idle (worker/engine.ts: a fresh block's page
   * faults cost ~10 ms there).
   */
  memory?: (length: number) => Float64Array | undefined;
  /**
   * Hourly electricity price in the scenario currency per kWh, for curtailment (`control.curtailAbovePrice`);
   * default: the scenario's `economics.electricityPrice` tariff.
   */
  electricityPrice?: Float64Array;
  /**
   * Start each step's search for the greenhouse screen the valve's demand needs from a neighbouring run's root
   * of the same step (`follow`), and record this run's roots for the next (`recorded`, filled by the run):
   * continuation along a sweep (`heat-twin sweep --quick`), where consecutive cases differ little. The roots
   * are solved to the same tolerance either way; the KPIs move within the year's own sensitivity to its
   * searches' first guesses (greenhouseDriver.ts `followTrail`).
   */
  screenTrail?: ScreenTrail;
}

/**
 * Per internal step (warm-up included), the screen closure the step's valve ended at: its demand solve's root,
 * or the root of its step kept shut (NaN without a thermal screen). `follow` is read, `recorded` written by the
 * run.
 */
export interface ScreenTrail {
  follow?: Float64Array | undefined;
  recorded?: Float64Array;
}

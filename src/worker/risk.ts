/**
 * The business case under uncertainty in the app's risk worker, as plain functions (testable in Node):
 * the Monte Carlo over the app's finished run (no second thermal simulation: the run's economics are the
 * risk engine's one weather year, as `heat-twin risk` does with one EPW file), and the per-MW comparison
 * of that scenario with the bundled AI-racks and mining + AI presets (each simulated once here on the
 * bundled weather year and kept, as `heat-twin compare` does).
 */
import aiMix from '../../models/sites/ai-mining-mix.json';
import aiRacks from '../../models/sites/ai-racks-heat-pump.json';
import {
  bundledWeather,
  type EconomicsResult,
  InputError,
  type Kpis,
  loadScenario,
  type PerMwSummary,
  perMwSummary,
  type RiskResult,
  riskYear,
  runRisk,
  type Scenario,
  type SimulationResult,
  simulate,
} from '../core';

/** Samples the app allows (the CLI allows up to 1 000 000; the app keeps a run under a few seconds). */
export const MAX_APP_SAMPLES = 100_000;

export interface RiskRequest {
  /** The scenario input (unit strings) the run was computed from. */
  input: unknown;
  /** The finished run's economics, KPIs and weather label. */
  economics: EconomicsResult;
  kpis: Kpis;
  weatherLabel: string;
  samples: number;
  seed: number;
  /** Simulate only the first hours of the preset sites (tests; annualised by the economics). */
  presetHours?: number;
}

export interface CompareOutput {
  /** This scenario, then the AI racks preset, then the mix preset. */
  sites: PerMwSummary[];
  /** What the comparison was made of, for the caption. */
  note: string;
}

function checkWhole(field: string, v: number, min: number, max: number): void {
  if (!(Number.isInteger(v) && v >= min && v <= max)) {
    throw new InputError(field, v, `a whole number between ${min} and ${max}`);
  }
}

/** The run as the risk engine and the per-MW summary read it (they use scenario, kpis and economics). */
function runAsSimulation(scenario: Scenario, req: RiskRequest): SimulationResult {
  return {
    scenario,
    economics: req.economics,
    kpis: req.kpis,
    weather: { fileName: req.weatherLabel, location: req.weatherLabel },
  } as unknown as SimulationResult;
}

function riskOf(scenario: Scenario, req: RiskRequest): RiskResult {
  checkWhole('samples', req.samples, 1, MAX_APP_SAMPLES);
  checkWhole('seed', req.seed, 0, 0xffffffff);
  return runRisk(scenario.economics, [riskYear(runAsSimulation(scenario, req), req.weatherLabel)], {
    samples: req.samples,
    seed: req.seed,
  });
}

/** P10/P50/P90, fan chart and histogram of the run's business case. */
export function riskOfRun(req: RiskRequest): RiskResult {
  return riskOf(loadScenario(req.input), req);
}

const PRESETS: [string, unknown][] = [
  ['ai-racks-heat-pump', aiRacks],
  ['ai-mining-mix', aiMix],
];
/** Simulated presets (their year does not change with the app's edits). */
const presetRuns = new Map<string, SimulationResult>();

/**
 * This scenario (from its run) beside the AI racks and the mix presets, per MW, each with its Monte Carlo
 * bands at the same samples and seed. Progress: the fraction of the preset simulations done.
 */
export function compareWithPresets(req: RiskRequest, onProgress?: (fraction: number) => void): CompareOutput {
  const scenario = loadScenario(req.input);
  const own = perMwSummary(runAsSimulation(scenario, req), riskOf(scenario, req));
  const sites = [own];
  for (const [k, [id, json]] of PRESETS.entries()) {
    const key = `${id}:${req.presetHours ?? 'year'}`;
    let sim = presetRuns.get(key);
    if (!sim) {
      sim = simulate(loadScenario(json), {
        weather: bundledWeather(),
        ...(req.presetHours !== undefined ? { hours: req.presetHours } : {}),
        onProgress: onProgress ? (f) => onProgress((k + f) / PRESETS.length) : undefined,
      });
      presetRuns.set(key, sim);
    }
    const risk = runRisk(sim.scenario.economics, [riskYear(sim)], { samples: req.samples, seed: req.seed });
    sites.push(perMwSummary(sim, risk));
  }
  onProgress?.(1);
  return {
    sites,
    note: `This scenario (${req.weatherLabel}) beside the bundled AI racks + heat pump and mining + AI mix sites (bundled Winnipeg year); bands from ${req.samples} samples, seed ${req.seed}.`,
  };
}

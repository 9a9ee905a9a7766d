/**
 * The risk analysis of a scenario: simulate the thermal year once per weather file (the expensive part),
 * then run the Monte Carlo over those years (monteCarlo.ts).
 */
import { isLoadedScenario, loadScenario, type Scenario } from '../models/scenario';
import { simulate } from '../sim/simulate';
import type { SimulationResult } from '../sim/types';
import type { WeatherYear } from '../weather/epw';
import { type RiskOptions, type RiskResult, type RiskYear, runRisk } from './monteCarlo';

/** The risk engine's view of one simulated year. */
export function riskYear(sim: SimulationResult, label?: string): RiskYear {
  return {
    label: label ?? sim.weather.fileName ?? sim.weather.location,
    economics: sim.economics,
    heatCoverage: sim.kpis.heatCoverage,
    availability: sim.scenario.miners.availability > 0 ? sim.scenario.miners.availability : 1,
  };
}

export interface RiskAnalysisOptions extends RiskOptions {
  /** Weather years (default: the scenario's own, one year). */
  weathers?: WeatherYear[];
  /** Simulate only the first `hours` hours of each year (tests, previews; annualised by the economics). */
  hours?: number;
  /** Called with the fraction of the thermal simulations done. */
  onProgress?: (fraction: number) => void;
}

export interface RiskAnalysis {
  risk: RiskResult;
  /** The deterministic simulation of each weather year. */
  simulations: SimulationResult[];
}

/** Simulate each weather year once and run the Monte Carlo over them. */
export function riskAnalysis(scenarioInput: unknown, o: RiskAnalysisOptions): RiskAnalysis {
  const s: Scenario = isLoadedScenario(scenarioInput) ? scenarioInput : loadScenario(scenarioInput);
  const weathers: (WeatherYear | undefined)[] = o.weathers?.length ? o.weathers : [undefined];
  const sims = weathers.map((w, k) =>
    simulate(s, {
      ...(w ? { weather: w } : {}),
      ...(o.hours !== undefined ? { hours: o.hours } : {}),
      onProgress: o.onProgress ? (f) => o.onProgress!((k + f) / weathers.length) : undefined,
    }),
  );
  const risk = runRisk(
    s.economics,
    sims.map((r) => riskYear(r)),
    o,
  );
  return { risk, simulations: sims };
}

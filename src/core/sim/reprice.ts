/**
 * Economics-only edits without a new simulation. A run's physics reads the scenario's economics in one place
 * only: the price series when the miners curtail above a price (`control.curtailAbovePrice`). Without it, two
 * scenarios whose every other field is equal have the same hourly series, energy KPIs and warnings (warnings.ts
 * reads no economics), so the second's result is the first's with its economics recomputed on those series
 * (runEconomics.ts): the same function on the same numbers as a full run, hence the same result bit for bit
 * (test/core/sim/reprice.test.ts compares every output with a full run), in milliseconds instead of a year's
 * simulation. Text-only fields (name, description, assumptions, sources) do not enter the physics either.
 */
import type { Scenario } from '../models/scenario';
import { curtailmentThreshold } from '../models/scenario';
import { buildPlant } from '../plant/plant';
import { ENERGY_KPI_OUTPUTS } from './outputs';
import { runEconomics } from './runEconomics';
import type { Kpis, SimulationResult } from './types';

/**
 * A key equal for two scenarios exactly when their runs have the same physics (same weather and options
 * given): the scenario's fields other than economics and text, as JSON; undefined when the physics reads the
 * prices (curtailment), so no economics edit can reuse a run.
 */
export function physicsKey(s: Scenario): string | undefined {
  if (curtailmentThreshold(s) !== undefined) return undefined;
  const { economics: _e, name: _n, description: _d, assumptions: _a, sources: _s, ...physics } = s;
  return JSON.stringify(physics);
}

/**
 * The result of `next` from `prev`, a run of a scenario with the same physics (same weather, hours and step
 * options): its series, energy KPIs and warnings, with `next`'s economics. Returns undefined when the physics
 * differs (or reads the prices): run `simulate` then.
 */
export function reprice(prev: SimulationResult, next: Scenario): SimulationResult | undefined {
  const key = physicsKey(next);
  if (key === undefined || key !== physicsKey(prev.scenario)) return undefined;
  const economics = runEconomics(next, buildPlant(next), prev.series, prev.hours);
  // the energy KPIs as the run gave them (in its order), then the new economics KPIs, as `run` merges them
  const energy: Record<string, number> = {};
  for (const [id, v] of Object.entries(prev.kpis)) if (Object.hasOwn(ENERGY_KPI_OUTPUTS, id)) energy[id] = v;
  const kpis = { ...energy, ...economics.kpis } as Kpis;
  return { ...prev, scenario: next, kpis, economics };
}

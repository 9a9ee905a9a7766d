/**
 * Which scenarios share their physics (sim/reprice.ts answers the economics-only edits between them without a
 * new simulation). A module of its own so the app's main thread can tell an economics-only edit without
 * loading the simulation.
 */
import { curtailmentThreshold, type Scenario } from './scenario';

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

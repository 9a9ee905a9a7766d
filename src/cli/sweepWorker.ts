/**
 * Worker thread of `heat-twin sweep` and `heat-twin size-study`: runs annual simulations of scenario inputs
 * it receives and posts back their KPIs and warnings (and, on request, the design hours of the run). The
 * same `runTask` runs in the main thread when only one worker is wanted.
 *
 * Started by `SimulationPool` (sweep.ts) through a small bootstrap that registers tsx first, so this
 * TypeScript module and the core load in the worker exactly as in the CLI.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import {
  type DesignHours,
  designHours,
  InputError,
  loadScenario,
  PhysicsError,
  parseEpw,
  RunCache,
  ScenarioError,
  type ScreenTrail,
  type SimulateOptions,
  simulate,
  type SimulationResult,
  type WeatherYear,
} from '../core';

export interface SimTask {
  id: number;
  /** Scenario input (unit strings) with the case's values set. */
  input: unknown;
  hours?: number;
  /** Also return the design hours of the run (size study). */
  designHours?: boolean;
  /** Run at the input's own step without sub-steps (the quick sweep's one-hour cases: core SimulateOptions.coarse). */
  coarse?: boolean;
  /**
   * Test hook (never set by the CLI): the worker thread exits while running this task, always, or only the
   * first time (`once`: a marker file created on the first crash) — checks the pool's retry.
   */
  crashWorker?: { once?: string };
  /**
   * Further one-hour cases run after this one on the same thread as a chain, each following the screen roots of
   * the run before it (`runChain`; the quick sweep's greenhouse cases). Their outcomes come back in `followers`.
   */
  followers?: SimTask[];
}

export type SimOutcome = (
  | {
      id: number;
      ok: true;
      kpis: Record<string, number | string>;
      warnings: { code: string; message: string; hours?: number }[];
      designHours?: DesignHours;
    }
  | { id: number; ok: false; error: string; kind: 'input' | 'physics' | 'internal' }
) & {
  /** The outcomes of the task's `followers` cases, in order. */
  followers?: SimOutcome[];
};

/** Data a pool hands each worker at start. */
export interface WorkerInit {
  kind: 'heat-twin-sim';
  weatherText?: string;
  weatherFileName?: string;
}

/** This thread's recent runs (each distinct physics simulated once per thread). */
const runs = new RunCache(8, 1, { recycle: true });

/** Run one task (never throws: failures come back as `ok: false` with the message). */
export function runTask(task: SimTask, weather: WeatherYear | undefined): SimOutcome {
  if (task.followers) return runChain(task, weather);
  // a case that differs from a recent one only in its economics is repriced, not simulated (reprice.ts)
  return settle(task, () => runs.run(loadScenario(task.input), runOptions(task, weather)).result);
}

/** The options of the task's run. */
function runOptions(task: SimTask, weather: WeatherYear | undefined): SimulateOptions {
  return {
    ...(weather ? { weather } : {}),
    ...(task.hours !== undefined ? { hours: task.hours } : {}),
    ...(task.coarse ? { coarse: true } : {}),
  };
}

/** The outcome of the task's run `run`: its KPIs and warnings, or why it failed (never throws). */
function settle(task: SimTask, run: () => SimulationResult): SimOutcome {
  try {
    const r = run();
    return {
      id: task.id,
      ok: true,
      kpis: r.kpis as unknown as Record<string, number | string>,
      warnings: r.warnings,
      ...(task.designHours ? { designHours: designHours(r) } : {}),
    };
  } catch (e) {
    const kind =
      e instanceof ScenarioError || e instanceof InputError
        ? 'input'
        : e instanceof PhysicsError
          ? 'physics'
          : 'internal';
    const msg =
      e instanceof ScenarioError
        ? e.message
            .split('\n')
            .slice(1)
            .map((s) => s.trim())
            .join('; ')
        : (e as Error).message;
    return { id: task.id, ok: false, error: msg, kind };
  }
}

/**
 * A chain of one-hour cases (`task` and its `followers`): the head's year run twice, the second time following the
 * screen roots its first run recorded (core SimulateOptions.screenTrail), then each further case following the
 * roots of the run before it. A neighbouring case's root of the same step is a far better first guess than a
 * run's own root of the step before (half the demand solve's trials on the pilot's night set-points). The year's
 * figures depend on its searches' first guesses beyond their tolerance (≈ 1e-3 of the backup heat), so every
 * estimate of a quick sweep comes from a followed run — the head's second, never its first — and every run of a
 * chain is simulated (never this thread's cache): its figures depend on the chain only, whatever else the
 * thread ran, and are the same on any number of workers.
 */
export function runChain(task: SimTask, weather: WeatherYear | undefined): SimOutcome {
  let block: Float64Array | undefined;
  // the runs' series are read and dropped at once: one block for all (a fresh one costs its page faults)
  const memory = (n: number) => {
    if (block?.length !== n) block = new Float64Array(n);
    return block;
  };
  const simulateFollowing = (t: SimTask, screenTrail: ScreenTrail) => () =>
    simulate(loadScenario(t.input), { ...runOptions(t, weather), screenTrail, memory });
  let trail: ScreenTrail = {};
  settle(task, simulateFollowing(task, trail));
  const outcomes: SimOutcome[] = [];
  for (const t of [task, ...(task.followers ?? [])]) {
    const next: ScreenTrail = { follow: trail.recorded };
    outcomes.push(settle(t, simulateFollowing(t, next)));
    trail = next;
  }
  return { ...outcomes[0]!, followers: outcomes.slice(1) };
}

const init = workerData as WorkerInit | undefined;
if (parentPort && init?.kind === 'heat-twin-sim') {
  const port = parentPort;
  const weather = init.weatherText ? parseEpw(init.weatherText, init.weatherFileName) : undefined;
  port.on('message', (task: SimTask) => {
    const crash = task.crashWorker;
    if (crash && !(crash.once && existsSync(crash.once))) {
      if (crash.once) writeFileSync(crash.once, '');
      process.exit(3);
    }
    port.postMessage(runTask(task, weather));
  });
  port.postMessage({ ready: true });
}

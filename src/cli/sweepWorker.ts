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
}

export type SimOutcome =
  | {
      id: number;
      ok: true;
      kpis: Record<string, number | string>;
      warnings: { code: string; message: string; hours?: number }[];
      designHours?: DesignHours;
    }
  | { id: number; ok: false; error: string; kind: 'input' | 'physics' | 'internal' };

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
  try {
    // a case that differs from a recent one only in its economics is repriced, not simulated (reprice.ts)
    const r = runs.run(loadScenario(task.input), {
      ...(weather ? { weather } : {}),
      ...(task.hours !== undefined ? { hours: task.hours } : {}),
      ...(task.coarse ? { coarse: true } : {}),
    }).result;
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

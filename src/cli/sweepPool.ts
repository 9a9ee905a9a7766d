/**
 * The sweep's worker pool: annual simulations on worker threads (`SimulationPool`, `runSimulations`), used by
 * `heat-twin sweep`, `size-study` and the bench.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, type WeatherYear } from '../core';
import type { WeatherChoice } from './args';
import { runTask, type SimOutcome, type SimTask, type WorkerInit } from './sweepWorker';
import { type Taker, TaskQueue } from './taskQueue';

/** file URL of tsx's ESM register API (its package exports map, "./esm/api" → import). */
function tsxRegisterUrl(): string {
  const req = createRequire(import.meta.url);
  const pkgPath = req.resolve('tsx/package.json');
  const pkg = JSON.parse(req('node:fs').readFileSync(pkgPath, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = pkg.exports['./esm/api'];
  const rel = typeof entry === 'object' ? entry.import?.default : undefined;
  if (!rel) throw new Error('tsx/esm/api not found in the tsx package');
  return pathToFileURL(join(dirname(pkgPath), rel)).href;
}

/**
 * The worker entry: a tiny ES module that registers tsx in the worker, then imports sweepWorker.ts. (On
 * Node 20, `execArgv: ['--import', 'tsx']` does not give a worker's own entry module the tsx loader.)
 */
function workerEntry(): URL {
  // Compiled CLI (dist-cli/, heat-twin.mjs): the worker is plain JavaScript beside this chunk.
  if (import.meta.url.endsWith('.mjs')) return new URL('./sweepWorker.mjs', import.meta.url);
  const target = new URL('./sweepWorker.ts', import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsxRegisterUrl())};\nregister();\nawait import(${JSON.stringify(target)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

export interface PoolOptions {
  workers: number;
  /** EPW text and name when the runs use a weather file (each worker parses it once). */
  weatherText?: string | undefined;
  weatherFileName?: string | undefined;
}

/**
 * Worker threads running annual simulations; each takes the next task as soon as it is free. A worker that
 * dies (crash, out of memory, exit) is replaced; its task is retried once on the new worker, and if it dies
 * again that task is recorded as failed with the reason while the other tasks go on.
 */
export class SimulationPool {
  private readonly workers: Worker[] = [];
  private readonly ready: Promise<void>;
  private failure: Error | undefined;
  private readonly spawn: () => Worker;

  constructor(opts: PoolOptions) {
    const n = Math.max(1, Math.floor(opts.workers));
    const init: WorkerInit = {
      kind: 'heat-twin-sim',
      ...(opts.weatherText ? { weatherText: opts.weatherText, weatherFileName: opts.weatherFileName } : {}),
    };
    const entry = workerEntry();
    this.spawn = () => new Worker(entry, { workerData: init, execArgv: [] });
    const readies: Promise<void>[] = [];
    for (let i = 0; i < n; i++) {
      const w = this.spawn();
      this.workers.push(w);
      readies.push(
        new Promise<void>((res, rej) => {
          const onMsg = (m: unknown) => {
            if ((m as { ready?: boolean }).ready) {
              w.off('message', onMsg);
              w.off('error', rej);
              res();
            }
          };
          w.on('message', onMsg);
          w.once('error', rej);
        }),
      );
    }
    this.ready = Promise.all(readies).then(() => undefined);
    // Avoid an unhandled rejection before run() awaits it; run() rethrows.
    this.ready.catch((e: Error) => {
      this.failure = e;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Resolves when every worker has loaded the core (start-up cost, ~1 s with tsx). */
  async whenReady(): Promise<void> {
    await this.ready;
  }

  /**
   * Run the tasks; `onResult` is called as each finishes. Resolves with the outcomes in task order. `groups`
   * (one number per task: equal numbers share a greenhouse) keeps each worker on one group while it has cases
   * left (taskQueue.ts).
   */
  async run(
    tasks: readonly SimTask[],
    onResult?: (o: SimOutcome, done: number) => void,
    groups?: readonly number[],
  ): Promise<SimOutcome[]> {
    await this.ready;
    if (this.failure) throw this.failure;
    if (tasks.length === 0) return new Array<SimOutcome>(0);
    return new Promise<SimOutcome[]>((resolve) => {
      const queue = new TaskQueue(tasks, groups);
      const dispatch = new Dispatch(tasks, queue, this.workers, this.spawn, resolve, onResult);
      for (const w of [...this.workers]) dispatch.attach(w);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * One `SimulationPool.run`: hands the tasks to the workers one at a time, records each outcome once, and
 * replaces a worker that dies — its task is retried once on the new worker, then recorded as failed.
 */
class Dispatch {
  private readonly results: SimOutcome[];
  private readonly index: Map<number, number>;
  private readonly retried = new Set<number>();
  private readonly cleanups = new Map<Worker, () => void>();
  private done = 0;

  constructor(
    private readonly tasks: readonly SimTask[],
    private readonly queue: TaskQueue<SimTask>,
    /** The pool's workers, updated in place when one is replaced. */
    private readonly workers: Worker[],
    private readonly spawn: () => Worker,
    private readonly resolve: (results: SimOutcome[]) => void,
    private readonly onResult: ((o: SimOutcome, done: number) => void) | undefined,
  ) {
    this.results = new Array<SimOutcome>(tasks.length);
    this.index = new Map(tasks.map((t, i) => [t.id, i]));
  }

  /** Record an outcome (once per task); resolves the run when every task has one. */
  private record(o: SimOutcome): boolean {
    const i = this.index.get(o.id);
    if (i === undefined || this.results[i] !== undefined) return false;
    this.results[i] = o;
    this.done++;
    this.onResult?.(o, this.done);
    if (this.done === this.tasks.length) {
      for (const c of this.cleanups.values()) c();
      this.resolve(this.results);
    }
    return true;
  }

  /** Feed `w` tasks until none is left; on its death, requeue or fail its task and attach a fresh worker. */
  attach(w: Worker): void {
    let current: SimTask | undefined;
    let dead = false;
    const taker: Taker = {};
    const feed = () => {
      current = this.queue.take(taker);
      if (current) w.postMessage(current);
    };
    const onMessage = (o: SimOutcome) => {
      if (this.index.get(o?.id) === undefined) return;
      current = undefined;
      this.record(o);
      if (this.done < this.tasks.length) feed();
    };
    const onDeath = (reason: string) => {
      if (dead) return;
      dead = true;
      this.cleanups.get(w)?.();
      this.cleanups.delete(w);
      this.queue.leave(taker);
      this.died(w, current, reason);
    };
    const onError = (e: Error) => onDeath(e.message);
    const onExit = (code: number) => onDeath(`exit code ${code}`);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    this.cleanups.set(w, () => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    });
    feed();
  }

  /** A worker died running `task` (if any): retry it once, else record it as failed; replace the worker. */
  private died(w: Worker, task: SimTask | undefined, reason: string): void {
    const slot = this.workers.indexOf(w);
    if (task && !this.retried.has(task.id)) {
      this.retried.add(task.id);
      this.queue.giveBack(task);
    } else if (task) {
      this.record({
        id: task.id,
        ok: false,
        kind: 'internal',
        error: `the simulation worker died twice (${reason})`,
      });
    }
    if (this.done >= this.tasks.length) return;
    const fresh = this.spawn();
    if (slot >= 0) this.workers[slot] = fresh;
    else this.workers.push(fresh);
    this.attach(fresh);
  }
}

/** Worker count: `--workers` or all cores, at most one per run. */
export function workerCount(text: string | undefined, runs: number): number {
  if (text === undefined) return Math.max(1, Math.min(availableParallelism(), runs));
  const n = Number(text);
  if (!(Number.isInteger(n) && n >= 1 && n <= 256))
    throw new InputError('--workers', text, 'a whole number from 1 to 256');
  return Math.min(n, Math.max(1, runs));
}

/** Runs batches of tasks on one set of workers (or in this thread): `runSimulations` and the quick sweep's passes. */
export interface SimulationRunner {
  run(
    tasks: readonly SimTask[],
    onResult?: (o: SimOutcome, done: number) => void,
    /** One number per task: cases with equal numbers share a greenhouse (taskQueue.ts). */
    groups?: readonly number[],
  ): Promise<SimOutcome[]>;
  close(): Promise<void>;
}

/**
 * A runner on `workers` threads, started once and kept for every batch until `close` (a later batch meets
 * workers already started and warmed), or in this thread when `workers` is 1 (no start-up cost; same results —
 * the simulation is deterministic).
 */
export function simulationRunner(opts: { workers: number; weather: WeatherChoice }): SimulationRunner {
  if (opts.workers <= 1) {
    const w: WeatherYear | undefined = opts.weather.weather;
    return {
      async run(tasks, onResult, groups) {
        const out = new Array<SimOutcome>(tasks.length);
        const at = new Map(tasks.map((t, i) => [t.id, i]));
        const queue = new TaskQueue(tasks, groups);
        const me: Taker = {};
        for (let t = queue.take(me), done = 1; t !== undefined; t = queue.take(me), done++) {
          const o = runTask(t, w);
          out[at.get(t.id)!] = o;
          onResult?.(o, done);
          await new Promise((r) => setImmediate(r)); // let the progress bar and signals through
        }
        return out;
      },
      close: async () => {},
    };
  }
  const pool = new SimulationPool({
    workers: opts.workers,
    weatherText: opts.weather.text,
    weatherFileName: opts.weather.fileName,
  });
  return { run: (tasks, onResult, groups) => pool.run(tasks, onResult, groups), close: () => pool.close() };
}

/** Run tasks on `workers` threads (at most one per task), or in this thread when `workers` is 1. */
export async function runSimulations(
  tasks: readonly SimTask[],
  opts: {
    workers: number;
    weather: WeatherChoice;
    onResult?: (o: SimOutcome, done: number) => void;
    /** One number per task: cases with equal numbers share a greenhouse (taskQueue.ts). */
    groups?: readonly number[];
  },
): Promise<SimOutcome[]> {
  const runner = simulationRunner({
    workers: tasks.length <= 1 ? 1 : opts.workers,
    weather: opts.weather,
  });
  try {
    return await runner.run(tasks, opts.onResult, opts.groups);
  } finally {
    await runner.close();
  }
}

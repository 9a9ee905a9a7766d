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

  /** Run the tasks; `onResult` is called as each finishes. Resolves with the outcomes in task order. */
  async run(
    tasks: readonly SimTask[],
    onResult?: (o: SimOutcome, done: number) => void,
  ): Promise<SimOutcome[]> {
    await this.ready;
    if (this.failure) throw this.failure;
    const results = new Array<SimOutcome>(tasks.length);
    const index = new Map(tasks.map((t, i) => [t.id, i]));
    const retried = new Set<number>();
    const queue: SimTask[] = [];
    let next = 0;
    let done = 0;
    return new Promise<SimOutcome[]>((resolve) => {
      if (tasks.length === 0) {
        resolve(results);
        return;
      }
      const cleanups = new Map<Worker, () => void>();
      const record = (o: SimOutcome) => {
        const i = index.get(o.id);
        if (i === undefined || results[i] !== undefined) return false;
        results[i] = o;
        done++;
        onResult?.(o, done);
        if (done === tasks.length) {
          for (const c of cleanups.values()) c();
          resolve(results);
        }
        return true;
      };
      const attach = (w: Worker) => {
        let current: SimTask | undefined;
        let dead = false;
        const feed = () => {
          current = queue.shift() ?? (next < tasks.length ? tasks[next++] : undefined);
          if (current) w.postMessage(current);
        };
        const onMessage = (o: SimOutcome) => {
          if (index.get(o?.id) === undefined) return;
          current = undefined;
          record(o);
          if (done < tasks.length) feed();
        };
        const onDeath = (reason: string) => {
          if (dead) return;
          dead = true;
          cleanups.get(w)?.();
          cleanups.delete(w);
          const slot = this.workers.indexOf(w);
          const task = current;
          if (task && !retried.has(task.id)) {
            retried.add(task.id);
            queue.unshift(task);
          } else if (task) {
            record({
              id: task.id,
              ok: false,
              kind: 'internal',
              error: `the simulation worker died twice (${reason})`,
            });
          }
          if (done >= tasks.length) return;
          const fresh = this.spawn();
          if (slot >= 0) this.workers[slot] = fresh;
          else this.workers.push(fresh);
          attach(fresh);
        };
        const onError = (e: Error) => onDeath(e.message);
        const onExit = (code: number) => onDeath(`exit code ${code}`);
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        cleanups.set(w, () => {
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
        });
        feed();
      };
      for (const w of [...this.workers]) attach(w);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
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

/**
 * Run tasks on `workers` threads, or in this thread when `workers` is 1 (no start-up cost; same results —
 * the simulation is deterministic).
 */
export async function runSimulations(
  tasks: readonly SimTask[],
  opts: { workers: number; weather: WeatherChoice; onResult?: (o: SimOutcome, done: number) => void },
): Promise<SimOutcome[]> {
  if (opts.workers <= 1 || tasks.length <= 1) {
    const w: WeatherYear | undefined = opts.weather.weather;
    const out: SimOutcome[] = [];
    for (const t of tasks) {
      const o = runTask(t, w);
      out.push(o);
      opts.onResult?.(o, out.length);
      await new Promise((r) => setImmediate(r)); // let the progress bar and signals through
    }
    return out;
  }
  const pool = new SimulationPool({
    workers: opts.workers,
    weatherText: opts.weather.text,
    weatherFileName: opts.weather.fileName,
  });
  try {
    return await pool.run(tasks, opts.onResult);
  } finally {
    await pool.close();
  }
}

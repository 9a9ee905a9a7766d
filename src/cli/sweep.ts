/**
 * `heat-twin sweep`: the annual simulation for every combination of scenario values (`--vary`), in parallel
 * on worker threads, with a progress bar and ETA on a terminal, a table of chosen KPIs, `--json`, and a CSV
 * that receives each row as soon as its run finishes (synchronous appends: interrupting the sweep loses no
 * finished row).
 *
 * Also exports the worker pool (`SimulationPool`, `runSimulations`) used by `size-study` and the bench.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../core/errors';
import { csvLine } from '../core/export/csv';
import { loadScenario, type Scenario, ScenarioError, setField } from '../core/models/scenario';
import { buildPlant } from '../core/plant/plant';
import { simulate } from '../core/sim/simulate';
import { parseQuantity } from '../core/units';
import type { WeatherYear } from '../core/weather/epw';
import {
  applySets,
  chooseWeather,
  formatKpi,
  kpiInfo,
  normaliseQuantityText,
  parseCommandArgs,
  parseHours,
  parseSetValue,
  readJsonFile,
  scenarioPath,
  spaceUnit,
  splitAssignment,
  splitList,
  textTable,
  type WeatherChoice,
  weatherYear,
} from './args';
import { type CliIo, UsageError } from './io';
import { progressBar } from './progress';
import { runTask, type SimOutcome, type SimTask, type WorkerInit } from './sweepWorker';

export const summary = 'run the annual simulation over combinations of scenario values, in parallel';

const HELP = `heat-twin sweep — annual simulations over combinations of scenario values

Usage: heat-twin sweep <scenario.json> --vary PATH=VALUES [--vary …] [options]

  --vary PATH=VALUES   a scenario field and its values (repeatable; every combination is run):
                         a..b:n   n values evenly spaced from a to b, units on the ends
                                  (e.g. greenhouse.floorArea=0.5ha..3ha:6)
                         a,b,c    a list (e.g. control.dispatch=mining-first,heat-led)
  --set PATH=VALUE     fixed override applied before the sweep (repeatable), as in simulate
  --kpis A,B           KPIs for the table (default heatCoverage, heatToGreenhouse_MWh, backupHeat_MWh,
                       heatRejected_MWh, energyReuseFactor); also limits --csv and --json to them
  --csv FILE           write one row per run as soon as it finishes (run index, values, KPIs)
  --json               print { "rows": [ { "params": {…}, "kpis": {…} } ] } instead of the table
  --workers N          worker threads (default: all cores, at most one per run; 1 = in this process)
  --weather FILE       an EPW weather file (default: the scenario's)
  -h, --help           this help

Example: heat-twin sweep models/sites/manitoba-pilot.json --vary greenhouse.floorArea=0.5ha..3ha:6 \\
           --vary heatExchanger.area=50m^2..200m^2:4 --csv sweep.csv`;

const OPTIONS = {
  vary: { type: 'string', multiple: true },
  set: { type: 'string', multiple: true },
  kpis: { type: 'string' },
  csv: { type: 'string' },
  json: { type: 'boolean' },
  workers: { type: 'string' },
  weather: { type: 'string' },
  hours: { type: 'string' }, // hidden: simulate only the first N hours (tests, previews)
  help: { type: 'boolean', short: 'h' },
} as const;

export const DEFAULT_TABLE_KPIS = [
  'heatCoverage',
  'heatToGreenhouse_MWh',
  'backupHeat_MWh',
  'heatRejected_MWh',
  'energyReuseFactor',
];

/** Most combinations one sweep may ask for. */
export const MAX_RUNS = 10_000;

// ---------------------------------------------------------------------------------------------------
// --vary
// ---------------------------------------------------------------------------------------------------

/** One swept field and its values (as set into the scenario input: numbers or unit strings). */
export interface Axis {
  path: string;
  values: unknown[];
}

/**
 * Range values to 6 significant digits (as printf %g): drops the float noise of the spacing (0.1 + 0.2 →
 * 0.3) and keeps 1..2:4 readable (1.33333, not 1.3333333333333333). The rounded value is the one simulated
 * and reported.
 */
const clean = (x: number): number => +x.toPrecision(6);

/** The unit text after the number ("0.5 ha" → "ha"), or '' for a bare number. */
function unitText(spaced: string): string {
  const m = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*(.*)$/.exec(spaced);
  return m ? m[1]!.trim() : '';
}

/**
 * Parse `PATH=a..b:n` (linear, units on either or both ends) or `PATH=a,b,c`. Range values come back as
 * unit strings in the first end's unit ("0.5 ha", "1 ha", …) or numbers; list items as `--set` values.
 */
export function parseVary(text: string): Axis {
  const { path, value } = splitAssignment(text, '--vary');
  const flag = `--vary ${path}`;
  const range = /^(.+?)\.\.(.+):\s*(\d+)\s*$/.exec(value);
  if (range) {
    const n = Number(range[3]);
    if (!(n >= 2 && n <= MAX_RUNS))
      throw new InputError(flag, value, `a..b:n with n a whole number from 2 to ${MAX_RUNS}`);
    let aText = spaceUnit(range[1]!);
    let bText = spaceUnit(range[2]!);
    let ua = unitText(aText);
    const ub = unitText(bText);
    if (!ua && ub) aText = `${aText} ${ub}`;
    if (ua && !ub) bText = `${bText} ${ua}`;
    ua ||= ub;
    const a = parseQuantity(aText, flag);
    const b = parseQuantity(bText, flag);
    let x0: number;
    let x1: number;
    if (typeof a === 'number' && typeof b === 'number') {
      x0 = a;
      x1 = b;
    } else if (typeof a !== 'number' && typeof b !== 'number') {
      if (!a.equalBase(b))
        throw new InputError(flag, value, 'both ends in the same kind of unit, e.g. 0.5ha..3ha:6');
      const units = a.formatUnits();
      x0 = a.toNumber(units);
      x1 = b.toNumber(units);
    } else {
      throw new InputError(flag, value, 'both ends plain numbers or both with units');
    }
    const values: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const x = clean(x0 + ((x1 - x0) * i) / (n - 1));
      values.push(ua ? `${x} ${ua}` : x);
    }
    return { path, values };
  }
  if (value.includes('..')) throw new InputError(flag, value, 'a range a..b:n (n values), e.g. 0.5ha..3ha:6');
  const values = splitList(value, flag).map((item) => parseSetValue(normaliseQuantityText(item)));
  return { path, values };
}

/** Every combination, the first axis varying slowest. */
export function combinations(axes: readonly Axis[]): unknown[][] {
  let out: unknown[][] = [[]];
  for (const ax of axes) out = out.flatMap((c) => ax.values.map((v) => [...c, v]));
  return out;
}

function valueAt(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------------------
// Worker pool
// ---------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------
// The command
// ---------------------------------------------------------------------------------------------------

/** A streamed CSV: the header now, each row appended (synchronously) as it comes. */
class CsvStream {
  private readonly fd: number;
  constructor(
    readonly path: string,
    header: string[],
  ) {
    try {
      this.fd = openSync(path, 'w');
    } catch (e) {
      throw new UsageError(
        `--csv: cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
    this.write(header);
  }
  write(fields: (string | number | undefined)[]): void {
    writeSync(this.fd, csvLine(fields));
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Test hook: called after each CSV row is written (with the number of rows written so far). */
export const hooks: { afterCsvRow?: (rows: number, path: string) => void } = {};

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values: v, positionals } = parseCommandArgs('sweep', args, OPTIONS);
  if (v.help) {
    io.out(HELP);
    return 0;
  }
  const file = scenarioPath('sweep', positionals);
  if (!v.vary?.length)
    throw new UsageError('give at least one --vary PATH=VALUES (see heat-twin sweep --help)');
  const hours = parseHours(v.hours);
  const axes = v.vary.map(parseVary);
  const dup = axes.find((a, i) => axes.findIndex((b) => b.path === a.path) !== i);
  if (dup) throw new UsageError(`--vary ${dup.path} is given more than once`);
  const total = axes.reduce((n, a) => n * a.values.length, 1);
  if (total > MAX_RUNS) throw new UsageError(`--vary: ${total} combinations; at most ${MAX_RUNS} per sweep`);

  const base = applySets(readJsonFile(file), v.set);
  const combos = combinations(axes);
  // Validate every combination before starting (errors name the field, the value and the combination).
  const inputs: unknown[] = [];
  const scenarios: Scenario[] = [];
  for (const combo of combos) {
    let input = base;
    axes.forEach((ax, i) => {
      input = setField(input, ax.path, combo[i]);
    });
    const where = axes.map((ax, i) => `${ax.path}=${show(combo[i])}`).join(', ');
    try {
      const s = loadScenario(input);
      buildPlant(s);
      scenarios.push(s);
    } catch (e) {
      if (e instanceof ScenarioError) {
        io.err(
          `heat-twin sweep: ${file} with ${where}: ${e.issues.length} invalid field${e.issues.length === 1 ? '' : 's'}:`,
        );
        for (const line of e.message.split('\n').slice(1)) io.err(line);
        return 2;
      }
      if (e instanceof InputError) throw new InputError(e.field, e.value, `${e.allowed} (with ${where})`);
      throw e;
    }
    inputs.push(input);
  }
  const weather = chooseWeather(v.weather, scenarios[0]!, file);

  // KPI names from a one-hour probe run (also catches a weather/scenario mismatch before the workers start).
  const probe = simulate(scenarios[0]!, { weather: weatherYear(weather), hours: 1 });
  const allKpis = Object.keys(probe.kpis);
  const probeCurrency = (probe.kpis as unknown as Record<string, unknown>).currency;
  const currency = typeof probeCurrency === 'string' ? probeCurrency : undefined;
  let chosen: string[] | undefined;
  if (v.kpis !== undefined) {
    chosen = splitList(v.kpis, '--kpis');
    for (const k of chosen) {
      if (!allKpis.includes(k)) throw new InputError('--kpis', k, `KPI names: ${allKpis.join(', ')}`);
    }
  }
  const tableKpis = chosen ?? DEFAULT_TABLE_KPIS.filter((k) => allKpis.includes(k));
  const outKpis = chosen ?? allKpis;

  const csv =
    v.csv !== undefined
      ? new CsvStream(v.csv, ['run', ...axes.flatMap((a) => [a.path, `${a.path}_SI`]), ...outKpis, 'error'])
      : undefined;
  let csvRows = 0;
  const tasks: SimTask[] = inputs.map((input, i) => ({
    id: i,
    input,
    ...(hours !== undefined ? { hours } : {}),
  }));
  const workers = workerCount(v.workers, tasks.length);
  const bar = progressBar(io, `sweep (${tasks.length} runs, ${workers} worker${workers === 1 ? '' : 's'})`);
  bar.update(0, tasks.length);
  let outcomes: SimOutcome[];
  try {
    outcomes = await runSimulations(tasks, {
      workers,
      weather,
      onResult: (o, done) => {
        if (csv) {
          const combo = combos[o.id]!;
          csv.write([
            o.id + 1,
            ...axes.flatMap((a, j) => [show(combo[j]), si(valueAt(scenarios[o.id], a.path))]),
            ...outKpis.map((k) => (o.ok ? (o.kpis[k] as number | string) : undefined)),
            o.ok ? '' : o.error,
          ]);
          csvRows++;
          hooks.afterCsvRow?.(csvRows, csv.path);
        }
        bar.update(done, tasks.length);
      },
    });
  } finally {
    bar.done();
    csv?.close();
  }

  const failed = outcomes.filter((o) => !o.ok);
  if (v.json) {
    const rows = outcomes.map((o, i) => {
      const params = Object.fromEntries(axes.map((a, j) => [a.path, combos[i]![j]]));
      if (!o.ok) return { params, error: o.error };
      return { params, kpis: Object.fromEntries(outKpis.map((k) => [k, o.kpis[k]])) };
    });
    io.out(JSON.stringify({ rows }, null, 2));
  } else {
    const header = ['#', ...axes.map((a) => a.path), ...tableKpis.map((k) => withUnit(k, currency))];
    const rows = outcomes.map((o, i) => [
      String(i + 1),
      ...axes.map((_, j) => show(combos[i]![j])),
      ...tableKpis.map((k) => (o.ok ? formatKpi(k, o.kpis[k]) : 'failed')),
    ]);
    const partial = hours !== undefined ? ` (first ${hours} h of each run)` : '';
    io.out(`Sweep of ${file}: ${tasks.length} runs${partial}`);
    for (const line of textTable(header, rows)) io.out(line);
    if (v.csv !== undefined) io.out(`Wrote ${v.csv}`);
  }
  if (failed.length) {
    for (const o of failed) {
      if (o.ok) continue;
      const where = axes.map((a, j) => `${a.path}=${show(combos[o.id]![j])}`).join(', ');
      io.err(`heat-twin sweep: run ${o.id + 1} (${where}) failed: ${o.error}`);
    }
    return 2;
  }
  return 0;
}

function withUnit(k: string, currency: string | undefined): string {
  // Names with a unit suffix (heatRecovered_MWh) carry it already.
  const u = kpiInfo(k, currency).unit;
  return u && u !== '–' && !k.includes('_') ? `${k} (${u})` : k;
}

function si(v: unknown): string | number | undefined {
  if (typeof v === 'number' || typeof v === 'string') return v;
  return v === undefined ? undefined : JSON.stringify(v);
}

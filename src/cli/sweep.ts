/**
 * `heat-twin sweep`: the annual simulation for every combination of scenario values (`--vary`, sweepAxes.ts), in
 * parallel on worker threads (sweepPool.ts), with a progress bar and ETA on a terminal, a table of chosen KPIs,
 * `--json`, and a CSV that receives each row as soon as its run finishes (synchronous appends: interrupting the
 * sweep loses no finished row; rows come in the order the runs finish, each with its case number: sweepCsv.ts).
 * `--quick` estimates the cases from one-hour steps corrected by anchors run both ways (sweepQuick.ts).
 *
 * Re-exports the worker pool (`SimulationPool`, `runSimulations`) used by `size-study` and the bench.
 */
import {
  greenhouseKey,
  InputError,
  loadScenario,
  type Scenario,
  ScenarioError,
  setField,
  buildPlant,
  simulate,
} from '../core';
import {
  applySets,
  chooseWeather,
  formatKpi,
  kpiInfo,
  parseCommandArgs,
  hoursWithin,
  parseHours,
  readJsonFile,
  scenarioPath,
  splitList,
  textTable,
  type WeatherChoice,
  weatherYear,
} from './args';
import { type CliIo, UsageError } from './io';
import { progressBar } from './progress';
import { type Axis, combinations, MAX_RUNS, parseVary, show } from './sweepAxes';
import { runSimulations, workerCount } from './sweepPool';
import { CsvRows, CsvStream, csvHeader } from './sweepCsv';
import { runQuick, type SweepOutcome } from './sweepQuick';
import type { SimTask } from './sweepWorker';

export { type Axis, combinations, MAX_RUNS, parseVary } from './sweepAxes';
export { hooks } from './sweepCsv';
export { type PoolOptions, runSimulations, SimulationPool, workerCount } from './sweepPool';

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
  --csv FILE           write one row per run as soon as it finishes (run index, each value as typed
                       and in SI units, KPIs; units in the headers)
  --json               print { "rows": [ { "params": {…}, "kpis": {…} } ] } instead of the table
  --workers N          worker threads (default: all cores, at most one per run; 1 = in this process)
  --weather FILE       an EPW weather file (default: the scenario's)
  --quick              estimates, for greenhouse axes: every case at 1-hour steps (≈ 1/3 of a year's time),
                       corrected by the error those steps make on the two nearest anchors (interpolated) —
                       the scenario itself and one case in 25, run both ways; a case > 25 % from its nearest
                       anchor's heat demand or heat delivered, or failing at 1-hour steps, is run exactly.
                       Rows say which (see README)
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
  quick: { type: 'boolean' },
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
  const axes = sweepAxes(v.vary);

  const base = applySets(readJsonFile(file), v.set);
  const combos = combinations(axes);
  const valid = validateCombinations(file, base, axes, combos, io);
  if (!valid) return 2;
  const { inputs, scenarios } = valid;
  const weather = chooseWeather(v.weather, scenarios[0]!, file);
  hoursWithin(hours, v.hours, weatherYear(weather).length);
  const kpis = chooseKpis(v.kpis, scenarios[0]!, weather);
  const { outKpis } = kpis;

  const quick = v.quick === true;
  const csv =
    v.csv !== undefined
      ? new CsvRows(new CsvStream(v.csv, csvHeader(axes, kpis, quick)), {
          axes,
          combos,
          scenarios,
          outKpis,
          quick,
        })
      : undefined;
  const writeRow = (o: SweepOutcome) => csv?.row(o);
  const tasks: SimTask[] = inputs.map((input, i) => ({
    id: i,
    input,
    ...(hours !== undefined ? { hours } : {}),
  }));
  const workers = workerCount(v.workers, tasks.length + (quick ? 2 : 0));
  const bar = progressBar(io, `sweep (${tasks.length} runs, ${workers} worker${workers === 1 ? '' : 's'})`);
  bar.update(0, tasks.length);
  let outcomes: SweepOutcome[];
  const { groups, ids } = greenhouseGroups(scenarios);
  try {
    if (quick) {
      const q = await runQuick(tasks, base, groups, {
        baseGroup: baseGroup(base, ids),
        workers,
        weather,
        hours: hours ?? weatherYear(weather).length,
        onRow: writeRow,
        onProgress: (done, total) => bar.update(done, total),
      });
      outcomes = q.outcomes;
      if (q.baseFailure) io.err(`heat-twin sweep --quick: ${q.baseFailure}; every case was run exactly`);
    } else {
      outcomes = await runSimulations(tasks, {
        workers,
        weather,
        groups,
        onResult: (o, done) => {
          writeRow(o);
          bar.update(done, tasks.length);
        },
      });
    }
  } finally {
    bar.done();
    csv?.stream.close();
  }
  return report(io, { file, hours, json: v.json, csv: v.csv, axes, combos, kpis, outcomes, quick });
}

/**
 * Cases that share a greenhouse per m² of floor get the same number: a worker keeps to one group (taskQueue.ts),
 * so whatever the order of the axes, each greenhouse is simulated once per worker and its plant and floor-area
 * variants replay it (core/sim/greenhouseTrace.ts).
 */
function greenhouseGroups(scenarios: readonly Scenario[]): { groups: number[]; ids: Map<string, number> } {
  const ids = new Map<string, number>();
  const groups = scenarios.map((s) => {
    const k = greenhouseKey(s);
    const id = ids.get(k) ?? ids.size;
    ids.set(k, id);
    return id;
  });
  return { groups, ids };
}

/** The group of the cases with the base scenario's greenhouse (none: undefined, as when the base is invalid). */
function baseGroup(base: unknown, ids: ReadonlyMap<string, number>): number | undefined {
  try {
    return ids.get(greenhouseKey(loadScenario(base)));
  } catch {
    return undefined; // the quick sweep reports the base's failure itself
  }
}

/** The `--vary` axes: each path at most once, at most MAX_RUNS combinations. */
function sweepAxes(vary: readonly string[]): Axis[] {
  const axes = vary.map(parseVary);
  const dup = axes.find((a, i) => axes.findIndex((b) => b.path === a.path) !== i);
  if (dup) throw new UsageError(`--vary ${dup.path} is given more than once`);
  const total = axes.reduce((n, a) => n * a.values.length, 1);
  if (total > MAX_RUNS) throw new UsageError(`--vary: ${total} combinations; at most ${MAX_RUNS} per sweep`);
  return axes;
}

/**
 * Every combination's scenario input and loaded scenario, validated before starting (errors name the field,
 * the value and the combination); undefined after printing a combination's invalid fields.
 */
function validateCombinations(
  file: string,
  base: unknown,
  axes: readonly Axis[],
  combos: readonly unknown[][],
  io: CliIo,
): { inputs: unknown[]; scenarios: Scenario[] } | undefined {
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
        return undefined;
      }
      if (e instanceof InputError) throw new InputError(e.field, e.value, `${e.allowed} (with ${where})`);
      throw e;
    }
    inputs.push(input);
  }
  return { inputs, scenarios };
}

/** The KPIs of the table and of the CSV/JSON, and the scenario currency. */
interface KpiChoice {
  tableKpis: string[];
  outKpis: string[];
  currency: string | undefined;
}

/** KPI names from a one-hour probe run (also catches a weather/scenario mismatch before the workers start). */
function chooseKpis(kpiList: string | undefined, scenario: Scenario, weather: WeatherChoice): KpiChoice {
  const probe = simulate(scenario, { weather: weatherYear(weather), hours: 1 });
  const allKpis = Object.keys(probe.kpis);
  const probeCurrency = (probe.kpis as unknown as Record<string, unknown>).currency;
  const currency = typeof probeCurrency === 'string' ? probeCurrency : undefined;
  let chosen: string[] | undefined;
  if (kpiList !== undefined) {
    chosen = splitList(kpiList, '--kpis');
    for (const k of chosen) {
      if (!allKpis.includes(k)) throw new InputError('--kpis', k, `KPI names: ${allKpis.join(', ')}`);
    }
  }
  const tableKpis = chosen ?? DEFAULT_TABLE_KPIS.filter((k) => allKpis.includes(k));
  const outKpis = chosen ?? allKpis;
  return { tableKpis, outKpis, currency };
}

/** The finished sweep: --json rows or the table, then each failed run; exit code 2 when any failed. */
function report(
  io: CliIo,
  r: {
    file: string;
    hours: number | undefined;
    json: boolean | undefined;
    csv: string | undefined;
    axes: readonly Axis[];
    combos: readonly unknown[][];
    kpis: KpiChoice;
    outcomes: SweepOutcome[];
    quick: boolean;
  },
): number {
  const { file, hours, axes, combos, outcomes } = r;
  const { tableKpis, outKpis, currency } = r.kpis;
  const failed = outcomes.filter((o) => !o.ok);
  if (r.json) {
    const rows = outcomes.map((o, i) => {
      const params = Object.fromEntries(axes.map((a, j) => [a.path, combos[i]![j]]));
      if (!o.ok) return { params, error: o.error };
      const how = r.quick ? { estimate: o.estimate === true } : {};
      return { params, kpis: Object.fromEntries(outKpis.map((k) => [k, o.kpis[k]])), ...how };
    });
    io.out(JSON.stringify({ rows }, null, 2));
  } else {
    const header = ['#', ...axes.map((a) => a.path), ...tableKpis.map((k) => withUnit(k, currency))];
    if (r.quick) header.push('run');
    const rows = outcomes.map((o, i) => [
      String(i + 1),
      ...axes.map((_, j) => show(combos[i]![j])),
      ...tableKpis.map((k) => (o.ok ? formatKpi(k, o.kpis[k]) : 'failed')),
      ...(r.quick ? [o.estimate ? 'estimate' : 'exact'] : []),
    ]);
    const partial = hours !== undefined ? ` (first ${hours} h of each run)` : '';
    const estimates = outcomes.filter((o) => o.estimate).length;
    const how = r.quick
      ? `; ${estimates} estimated from 1-hour steps, ${outcomes.length - estimates} exact`
      : '';
    io.out(`Sweep of ${file}: ${outcomes.length} runs${partial}${how}`);
    for (const line of textTable(header, rows)) io.out(line);
    if (r.csv !== undefined) io.out(`Wrote ${r.csv}`);
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

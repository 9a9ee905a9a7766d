/**
 * Shared helpers of the scenario commands (simulate, sweep, size-study, off-design): argument parsing with
 * one-line usage errors, scenario files with `--set` overrides, weather files with their checksum, output
 * files, and the KPI table (names, units, descriptions).
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import {
  bundledWeather,
  bundledWeatherSource,
  InputError,
  loadScenario,
  outputInfo,
  parseEpw,
  parseQuantity,
  parseScenarioText,
  type Scenario,
  ScenarioError,
  setField,
  type WeatherYear,
} from '../core';
import { claimOutput, fileReason, readInput } from './files';
import { type CliIo, UsageError } from './io';

/** Largest JSON file read (scenarios, result records): the core refuses a scenario over 1 MB by name. */
const MAX_JSON_BYTES = 16 * 2 ** 20;
/** Largest EPW file read: a leap year of hourly rows is about 1.6 MB. */
const MAX_EPW_BYTES = 16 * 2 ** 20;

export { parseCommandArgs } from './options';

/** The one scenario file positional argument. */
export function scenarioPath(command: string, positionals: string[]): string {
  if (positionals.length === 0) {
    throw new UsageError(`give a scenario file, e.g. heat-twin ${command} models/sites/manitoba-pilot.json`);
  }
  if (positionals.length > 1) {
    throw new UsageError(`Unexpected argument '${positionals[1]}' (one scenario file only; see --help)`);
  }
  return positionals[0]!;
}

/** Read a JSON file; a missing file or bad JSON is a one-line UsageError naming the file. */
export function readJsonFile(path: string, what = 'scenario file'): unknown {
  // 16 MB read at most: the core refuses a scenario over 1 MB by name, a larger file is not read at all
  const text = readInput(path, what, MAX_JSON_BYTES).toString('utf8');
  // Byte-order mark dropped; > 1 MB, > 64 levels or not JSON: one line naming the file (core limits).
  try {
    return parseScenarioText(text);
  } catch (e) {
    const why = e instanceof ScenarioError ? e.issues[0]!.message : (e as Error).message;
    throw new UsageError(`${what} ${path} ${/^(not JSON|empty)/.test(why) ? 'is ' : 'is refused: '}${why}`);
  }
}

/**
 * The value of `--set path=value`: JSON when it parses (numbers, true/false, arrays, objects, quoted
 * strings), otherwise the text itself (so unit strings work: `greenhouse.floorArea=2 ha`; `applySets` also
 * spaces a unit glued to its number, "2ha" → "2 ha").
 */
export function parseSetValue(text: string): unknown {
  const t = text.trim();
  try {
    return JSON.parse(t);
  } catch {
    return t;
  }
}

/** Split `path=value`; `flag` names the argument in errors. */
export function splitAssignment(text: string, flag: string): { path: string; value: string } {
  const eq = text.indexOf('=');
  const path = eq > 0 ? text.slice(0, eq).trim() : '';
  if (eq <= 0 || !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$0-9][\w$]*)*$/.test(path)) {
    throw new InputError(
      flag,
      text,
      'path=value with a dotted scenario path, e.g. greenhouse.floorArea="2 ha"',
    );
  }
  return { path, value: text.slice(eq + 1) };
}

/**
 * Apply every `--set path=value` to a scenario input (returns a new object). A path given twice is refused:
 * which of the two was meant is a guess (a later `--set` of a field inside an earlier section's object is
 * fine: it is applied after it).
 */
export function applySets(input: unknown, sets: readonly string[] = []): unknown {
  let out = input;
  const given = new Map<string, string>();
  for (const s of sets) {
    const { path, value } = splitAssignment(s, '--set');
    const before = given.get(path);
    if (before !== undefined) {
      throw new InputError(
        '--set',
        s,
        `each path once: ${path} is already set (--set ${before}); keep the one you mean`,
      );
    }
    given.set(path, s);
    out = setField(out, path, parseSetValue(normaliseQuantityText(value)));
  }
  return out;
}

/**
 * Print every invalid field of a ScenarioError (path, value, allowed range), one per line, after a header
 * naming the file. Returns the exit code 2.
 */
export function reportScenarioError(io: CliIo, command: string, file: string, e: ScenarioError): number {
  const n = e.issues.length;
  io.err(`heat-twin ${command}: ${file}: ${n} invalid field${n === 1 ? '' : 's'}:`);
  for (const line of e.message.split('\n').slice(1)) io.err(line);
  return 2;
}

/** Run `fn`, turning a ScenarioError into the full list of bad fields on stderr and exit code 2. */
export async function withScenarioErrors(
  io: CliIo,
  command: string,
  file: string,
  fn: () => Promise<number> | number,
): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ScenarioError) return reportScenarioError(io, command, file, e);
    throw e;
  }
}

/** The weather to run with and how to cite it (file name and sha256 of its bytes). */
export interface WeatherChoice {
  /** undefined = the bundled year (simulate's default). */
  weather: WeatherYear | undefined;
  /** EPW text, for worker threads (undefined for the bundled year). */
  text: string | undefined;
  fileName: string;
  sha256: string;
  attribution?: string;
}

/** Read and parse an EPW file; its sha256 is of the file's bytes. */
export function readWeatherFile(path: string, flag = '--weather'): WeatherChoice {
  const bytes = readInput(path, flag, MAX_EPW_BYTES);
  const text = bytes.toString('utf8');
  const fileName = basename(path);
  return {
    weather: parseEpw(text, fileName),
    text,
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

export const BUNDLED_WEATHER_ID = 'bundled:winnipeg-tmyx';

/**
 * The weather of a run: `--weather file.epw` when given; else the scenario's `site.weather` — the bundled
 * year, or a file name resolved against the scenario file's folder.
 */
export function chooseWeather(
  flag: string | undefined,
  scenario: Scenario,
  scenarioFile: string,
): WeatherChoice {
  if (flag !== undefined) return readWeatherFile(flag);
  const site = scenario.site.weather;
  if (site === BUNDLED_WEATHER_ID) {
    const src = bundledWeatherSource();
    return {
      weather: undefined,
      text: undefined,
      fileName: src.fileName,
      sha256: src.sha256,
      attribution: src.attribution,
    };
  }
  const path = resolve(dirname(scenarioFile), site);
  if (!existsSync(path)) {
    throw new InputError(
      'site.weather',
      site,
      `"${BUNDLED_WEATHER_ID}" or an EPW file next to the scenario (not found: ${path}); or pass --weather file.epw`,
    );
  }
  return readWeatherFile(path, 'site.weather');
}

/** The weather year a choice stands for (the bundled year when no file was given). */
export function weatherYear(c: WeatherChoice): WeatherYear {
  return c.weather ?? bundledWeather();
}

/** A scenario file with its `--set` overrides: the input (unit strings) and the validated scenario. */
export function loadScenarioFile(
  path: string,
  sets: readonly string[] = [],
): { input: unknown; scenario: Scenario } {
  const input = applySets(readJsonFile(path), sets);
  return { input, scenario: loadScenario(input) };
}

/** `--hours N` (hidden; tests and previews): a whole number ≥ 1. */
export function parseHours(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!(Number.isInteger(n) && n >= 1)) throw new InputError('--hours', text, 'a whole number of hours ≥ 1');
  return n;
}

/** `--hours` against the weather it will run on: at most its length (a run refuses more, per run). */
export function hoursWithin(hours: number | undefined, text: string | undefined, length: number): void {
  if (hours !== undefined && hours > length)
    throw new InputError('--hours', text, `a whole number of hours between 1 and ${length}`);
}

/** Write an output file; failures name the argument. */
export function writeOutput(path: string, content: string, flag: string): void {
  claimOutput(path, flag);
  try {
    writeFileSync(path, content);
  } catch (e) {
    throw new UsageError(`${flag}: cannot write ${path}: ${fileReason(e)}`);
  }
}

export { softwareVersion } from './version';

// ---------------------------------------------------------------------------------------------------
// KPIs: units and descriptions for tables
// ---------------------------------------------------------------------------------------------------

interface KpiInfo {
  unit: string;
  label: string;
  /** Multiply the value by this for display (fractions as %). */
  scale?: number;
}

/** Unit and description of a KPI, from the core's OUTPUTS table (money in the run's currency). */
export function kpiInfo(name: string, currency?: string): KpiInfo {
  const o = outputInfo(name, 'kpi');
  const unit = o?.display?.unit ?? o?.unit ?? '';
  const cur = currency ?? '$';
  const scale = o?.display?.scale;
  return { unit: unit.replace('$', cur), label: o?.label ?? '', ...(scale ? { scale } : {}) };
}

/** A KPI value for a table: fractions as %, thousands separated, about 4–5 significant digits. */
export function formatKpi(name: string, value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value !== 'number') return String(value);
  const info = kpiInfo(name);
  const v = value * (info.scale ?? 1);
  if (!Number.isFinite(v)) return String(v);
  if (name === 'energyBalanceResidual') return v.toExponential(1);
  if (info.unit === 'h') return v.toLocaleString('en-US', { maximumFractionDigits: 0 });
  if (v === 0) return '0';
  const a = Math.abs(v);
  const digits = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
  return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Lines of a KPI table: name, value and unit, description. */
export function kpiTable(kpis: Record<string, unknown>): string[] {
  const currency = typeof kpis.currency === 'string' ? kpis.currency : undefined;
  const names = Object.keys(kpis);
  const w = Math.max(...names.map((n) => n.length));
  const vals = names.map((n) => formatKpi(n, kpis[n]));
  const vw = Math.max(...vals.map((v) => v.length));
  const units = names.map((n) => (kpis[n] === null ? '' : kpiInfo(n, currency).unit));
  const uw = Math.max(...units.map((u) => u.length));
  return names.map((n, i) => {
    const info = kpiInfo(n, currency);
    return `  ${n.padEnd(w)}  ${vals[i]!.padStart(vw)} ${units[i]!.padEnd(uw)}  ${info.label}`.trimEnd();
  });
}

/** A plain text table: right-aligned columns (first column left-aligned), a rule under the header. */
export function textTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    `  ${cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  ')}`.trimEnd();
  return [line(header), `  ${widths.map((w) => '─'.repeat(w)).join('  ')}`, ...rows.map(line)];
}

/** Split a comma-separated list (empty items are an error naming the flag). */
export function splitList(text: string, flag: string): string[] {
  const items = text.split(',').map((s) => s.trim());
  if (items.some((s) => s === ''))
    throw new InputError(flag, text, 'a comma-separated list without empty items');
  return items;
}

/** "0.5ha" → "0.5 ha": a number glued to its unit (the unit parser needs the space before some units). */
export function spaceUnit(text: string): string {
  const m = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([^\d\s.,+-].*?)\s*$/.exec(text);
  return m ? `${m[1]} ${m[2]}` : text.trim();
}

/**
 * Text that parses as a quantity once its number and unit are spaced ("0.5ha" → "0.5 ha"); other text
 * unchanged (names, enum values, text that already parses).
 */
export function normaliseQuantityText(text: string): string {
  const spaced = spaceUnit(text);
  if (spaced === text.trim()) return text;
  const ok = (t: string): boolean => {
    try {
      parseQuantity(t);
      return true;
    } catch {
      return false;
    }
  };
  return !ok(text) && ok(spaced) ? spaced : text;
}

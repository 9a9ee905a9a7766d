/**
 * Site scenario: the declarative description of one plant (miners, loops, exchanger, dry cooler,
 * greenhouse, buffer tank, backup heater, controls, simulation settings, economics). Scenario JSON uses unit
 * strings ("75 degC", "2 ha", "160 gpm"); `loadScenario` validates it with zod and returns SI numbers.
 *
 * Every bad field is reported at once, each with its dotted path, the value given and the allowed range in
 * the unit the user wrote it in (Modelica-style "how to fix" messages).
 */
import { applyHardwareCapex } from '../economics/capex';
import { z } from 'zod';
import { InputError } from '../errors';
import { leafAreaSchedule } from '../greenhouse/leafArea';
import { parseFluid } from '../fluids';
import type { Fluid } from '../fluids/types';
import { economicsSchema } from '../economics/schema';
import { parseQuantity } from '../units';
import { SECTION_SCHEMAS } from './params';
import { qtySchema } from './params/declare';
import { stripBom, textLimitProblem, valueLimitProblem } from './limits';
import { valueAt } from './paths';
import { suggestOption } from './suggest';

export { PARAMS, paramInfo, SECTIONS, type ParamInfo } from './params';

export const SCHEMA_VERSION = 1;

/** A scenario field that failed validation. */
export interface ScenarioIssue {
  path: string;
  value: unknown;
  message: string;
}

/** Thrown by `loadScenario`: lists every bad field (path, value, allowed range). */
export class ScenarioError extends InputError {
  override name = 'ScenarioError';
  constructor(readonly issues: ScenarioIssue[]) {
    const first = issues[0];
    super(first?.path ?? 'scenario', first?.value, first?.message ?? 'a valid scenario');
    this.message = `Scenario has ${issues.length} invalid field${issues.length === 1 ? '' : 's'}:\n${issues
      .map((i) => `  • ${i.path} = ${show(i.value)}: ${i.message}`)
      .join('\n')}`;
  }
}

/** A value as the message shows it: JSON, cut to 80 characters (an unknown section's whole value is not). */
function show(v: unknown): string {
  if (v === undefined) return '(missing)';
  let t: string;
  try {
    t = JSON.stringify(v) ?? String(v);
  } catch {
    t = String(v);
  }
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}

/**
 * A quantity field: a unit string (or a bare number meaning SI `unit`) → SI number within [min, max].
 * For temperatures give `unit: 'K'`; messages show °C. (Declared parameters live in ./params.)
 */
export function qty(unit: string, min: number, max: number, example = '') {
  return qtySchema(unit, min, max, example);
}

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}` }),
  name: z.string().min(1),
  description: z.string().default(''),
  /** Labelled engineering assumptions (shown in reports). */
  assumptions: z.array(z.string().max(2000)).max(500).default([]),
  sources: z.record(z.string(), z.string()).default({}),
  /** The plant's sections, declared once per parameter in ./params (one file per section). */
  ...SECTION_SCHEMAS,
  /** Economics (money, CO₂): src/core/economics/schema.ts; every field has a sourced default. */
  economics: economicsSchema.prefault({}),
});

/** Scenario input as written in JSON (unit strings). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** Scenario after validation: SI numbers. */
export type Scenario = z.output<typeof scenarioSchema>;

/**
 * Validate a scenario (parsed JSON object or JSON text) and return it in SI units. Throws ScenarioError
 * listing every bad field with its path, the value given and the allowed range.
 */
export function loadScenario(json: unknown): Scenario {
  const input = typeof json === 'string' ? parseScenarioText(json) : json;
  const s = parseSchema(input);
  const issues = [
    ...plantIssues(s, input),
    ...greenhouseIssues(s, input),
    ...exchangerIssues(s, input),
    ...controlIssues(s, input),
  ];
  if (issues.length) throw new ScenarioError(issues);
  // Exchanger, dry cooler and pump capex not given in the file follow the hardware (economics/capex.ts).
  applyHardwareCapex(s, input);
  Object.defineProperty(s, LOADED, { value: true, enumerable: false });
  return s;
}

/** The size limits, then the zod schema: every issue at once, each with its dotted path and the value given. */
function parseSchema(input: unknown): Scenario {
  const tooBig = valueLimitProblem(input);
  if (tooBig) throw new ScenarioError([{ path: '(file)', value: '…', message: tooBig }]);
  const r = scenarioSchema.safeParse(input);
  if (!r.success) {
    throw new ScenarioError(r.error.issues.flatMap((i) => zodIssue(input, i)));
  }
  return r.data;
}

/**
 * One zod issue as scenario issues: an unknown key becomes an issue at that key (not its parent's whole value),
 * with the nearest known name when it looks like a typo.
 */
function zodIssue(input: unknown, i: z.core.$ZodIssue): ScenarioIssue[] {
  const parent = i.path.map(String);
  if (i.code !== 'unrecognized_keys') {
    return [{ path: parent.join('.') || '(root)', value: valueAt(input, i.path), message: i.message }];
  }
  const known = knownKeys(scenarioSchema, parent);
  const where = parent.length ? `the ${parent.join('.')} section` : 'a scenario';
  return i.keys.map((key) => {
    const guess = suggestOption(key, known);
    return {
      path: [...parent, key].join('.'),
      value: valueAt(input, [...parent, key]),
      message: `not a field of ${where}${guess ? ` (did you mean ${guess}?)` : ''}: remove it or correct its name`,
    };
  });
}

/** The field names a (strict) object schema allows at `path` ([] if it is not an object there). */
function knownKeys(schema: z.ZodType, path: readonly string[]): string[] {
  let t: unknown = schema;
  for (let k = 0; k <= path.length; k++) {
    // unwrap defaults, optionals and pipes down to the object
    for (let guard = 0; guard < 8; guard++) {
      const def = (t as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
      if (!def) return [];
      if (['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch'].includes(def.type as string))
        t = def.innerType;
      else if (def.type === 'pipe') t = def.in;
      else break;
    }
    const shape = (t as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod?.def?.shape;
    if (!shape) return [];
    if (k === path.length) return Object.keys(shape);
    if (!Object.hasOwn(shape, path[k]!)) return [];
    t = shape[path[k]!];
  }
  return [];
}

/** An issue at `path` with the value the input gave there. */
function issueAt(input: unknown, path: string, message: string): ScenarioIssue {
  return { path, value: valueAt(input, path.split('.')), message };
}

/** The miners split evenly over the modules. */
function plantIssues(s: Scenario, input: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  // The plant splits the miners evenly over the modules (plant/build.ts guard): the schema must not admit more.
  if (s.miners.count % s.miners.modules !== 0) {
    issues.push(
      issueAt(
        input,
        'miners.modules',
        `must divide miners.count (${s.miners.count}) evenly, e.g. 1 or ${s.miners.count}`,
      ),
    );
  }
  return issues;
}

/** Set-points, the layer above the screen, the leaf-area schedule. */
function greenhouseIssues(s: Scenario, input: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (s.greenhouse.nightSetpoint > s.greenhouse.daySetpoint) {
    issues.push(issueAt(input, 'greenhouse.nightSetpoint', 'must not be above greenhouse.daySetpoint'));
  }
  // The greenhouse model keeps the layer above the screen within half the mean height (greenhouse/params.ts).
  if (s.greenhouse.topHeight > 0.5 * s.greenhouse.height) {
    issues.push(
      issueAt(
        input,
        'greenhouse.topHeight',
        `must be at most half of greenhouse.height (${+s.greenhouse.height.toPrecision(4)} m), i.e. ≤ ${+(0.5 * s.greenhouse.height).toPrecision(4)} m; lower it or raise greenhouse.height`,
      ),
    );
  }
  const sched = s.greenhouse.leafAreaSchedule;
  if (sched) {
    try {
      leafAreaSchedule('greenhouse.leafAreaSchedule', sched);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push({ path: e.field, value: e.value, message: `must be ${e.allowed}` });
    }
  }
  return issues;
}

/** The exchanger needs a model, an area with a U, or a UA. */
function exchangerIssues(s: Scenario, input: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const hx = s.heatExchanger;
  if (hx.ua === undefined && hx.model === undefined && hx.area === undefined) {
    issues.push(
      issueAt(input, 'heatExchanger', 'give a catalog model, an area (with overallU or a model), or ua'),
    );
  }
  if (hx.area !== undefined && hx.overallU === undefined && hx.model === undefined && hx.ua === undefined) {
    issues.push({
      path: 'heatExchanger.overallU',
      value: undefined,
      message: 'needed with heatExchanger.area when no catalog model gives it (e.g. "4000 W/m^2/K")',
    });
  }
  return issues;
}

/** The time step divides an hour; the curtailment price reads as a price per kWh. */
function controlIssues(s: Scenario, input: unknown): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (Math.abs(3600 / s.simulation.timeStep - Math.round(3600 / s.simulation.timeStep)) > 1e-9) {
    issues.push(
      issueAt(
        input,
        'simulation.timeStep',
        'must divide one hour (e.g. "5 min", "10 min", "15 min", "20 min", "30 min", "1 h")',
      ),
    );
  }
  if (s.control.curtailAbovePrice !== undefined) {
    try {
      curtailmentThreshold(s);
    } catch (e) {
      issues.push(
        issueAt(input, 'control.curtailAbovePrice', (e as InputError).allowed ?? (e as Error).message),
      );
    }
  }
  return issues;
}

/**
 * Parse scenario JSON text: a UTF-8 byte-order mark is dropped; more than 1 MB or 64 levels of nesting, or
 * text that is not JSON, gives a ScenarioError (path "(file)") instead of a parser or stack error.
 */
export function parseScenarioText(text: string): unknown {
  const t = stripBom(text);
  const problem = textLimitProblem(t);
  if (problem) throw new ScenarioError([{ path: '(file)', value: t.slice(0, 40), message: problem }]);
  if (t.trim() === '')
    throw new ScenarioError([{ path: '(file)', value: '', message: 'empty (no JSON in it)' }]);
  try {
    return JSON.parse(t);
  } catch (e) {
    throw new ScenarioError([
      { path: '(file)', value: t.slice(0, 40), message: `not JSON: ${jsonWhere(t, (e as Error).message)}` },
    ]);
  }
}

/** The JSON parser's "at position 18" as a line and column people can find in an editor; "…end of JSON input" as where. */
function jsonWhere(t: string, message: string): string {
  if (/Unexpected end of JSON input/.test(message))
    return 'it ends before its last value or bracket is closed';
  return message.replace(/at position (\d+)/, (_m, n: string) => {
    const before = t.slice(0, Number(n));
    const line = before.split('\n').length;
    return `at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  });
}

const LOADED = Symbol.for('heat-reuse-twin.scenario');

/** True for the (SI) result of `loadScenario`, false for raw scenario JSON. */
export function isLoadedScenario(s: unknown): s is Scenario {
  return typeof s === 'object' && s !== null && (s as Record<symbol, unknown>)[LOADED] === true;
}

/** The loop fluids of a scenario as Fluid objects (at the loops' pressures). */
export function scenarioFluids(s: Scenario): { minerLoop: Fluid; greenhouseLoop: Fluid } {
  return {
    minerLoop: parseFluid(s.minerLoop.fluid, s.minerLoop.pressure),
    greenhouseLoop: parseFluid(s.greenhouseLoop.fluid, s.greenhouseLoop.pressure),
  };
}

/**
 * Set one field by dotted path on a scenario *input* (unit strings allowed), returning a new object; used by
 * `--set greenhouse.floorArea="2 ha"` and sweeps. Numbers in `value` text are parsed as JSON when possible.
 */
export function setField(input: unknown, path: string, value: unknown): unknown {
  const keys = path.split('.');
  if (keys.some((k) => k === '' || k === '__proto__' || k === 'constructor' || k === 'prototype')) {
    throw new InputError('--set', path, 'a dotted path of scenario fields, e.g. greenhouse.floorArea');
  }
  const root = (input === undefined ? {} : JSON.parse(JSON.stringify(input))) as Record<string, unknown>;
  let cur: Record<string, unknown> = root;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    if (next === undefined) cur[k] = {};
    else if (next === null || typeof next !== 'object') {
      throw new InputError('--set', path, `a path into an object; ${k} is ${JSON.stringify(next)}`);
    }
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]!] = value;
  return root;
}

/**
 * The curtailment threshold in the scenario currency per kWh (undefined without curtailment). A price
 * written in the other currency converts with economics.exchangeRate (CAD per USD).
 */
export function curtailmentThreshold(s: Scenario): number | undefined {
  const raw = s.control.curtailAbovePrice;
  if (raw === undefined) return undefined;
  const field = 'control.curtailAbovePrice';
  const cur = s.economics.currency;
  const allowed = `a price per kWh ≥ 0 in USD or CAD, e.g. "0.15 ${cur}/kWh"`;
  if (typeof raw === 'number') {
    if (!(raw >= 0 && Number.isFinite(raw))) throw new InputError(field, raw, allowed);
    return raw;
  }
  const u = parseQuantity(raw, field);
  if (typeof u === 'number') throw new InputError(field, raw, allowed);
  const other = cur === 'USD' ? 'CAD' : 'USD';
  let v: number;
  try {
    v = u.toNumber(`${cur}/kWh`);
  } catch {
    try {
      const o = u.toNumber(`${other}/kWh`);
      v = cur === 'CAD' ? o * s.economics.exchangeRate : o / s.economics.exchangeRate;
    } catch {
      throw new InputError(field, raw, allowed);
    }
  }
  if (!(v >= 0 && Number.isFinite(v))) throw new InputError(field, raw, allowed);
  return v;
}

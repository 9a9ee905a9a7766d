/**
 * Editing a scenario safely. The app keeps the last *valid* scenario input (unit strings, as in the JSON
 * files) and, beside it, the drafts: edits that did not validate, each with the text the person typed.
 * An invalid edit never replaces the valid input (nor its results); it stays a draft, with the validation
 * message shown beside its field, until it is corrected, reverted, or another edit makes it valid.
 */
import {
  catalog,
  coverPresets,
  loadScenario,
  type Scenario,
  ScenarioError,
  type ScenarioIssue,
} from '../../core';

export type ScenarioJson = Record<string, unknown>;

export interface Draft {
  /** The value that would be stored at the path (a unit string, number, option, or undefined = remove). */
  value: unknown;
  /** What the person typed, shown back in the field. */
  text: string;
}

export interface EditState {
  /** The last valid scenario input (raw JSON with unit strings). */
  input: ScenarioJson;
  /** Pending edits that do not validate yet, by dotted path. */
  drafts: Record<string, Draft>;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function keysOf(path: string): string[] {
  const keys = path.split('.');
  if (keys.some((k) => k === '' || FORBIDDEN.has(k))) throw new Error(`bad scenario path "${path}"`);
  return keys;
}

/** The value at a dotted path ("greenhouseLoop.heatingCurve.0.supply"), or undefined. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of keysOf(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/**
 * A copy of `obj` with `value` at `path` (undefined removes the key). Copies only the objects along the path
 * (the rest is shared); arrays stay arrays.
 */
export function setPath<T>(obj: T, path: string, value: unknown): T {
  const keys = keysOf(path);
  const rec = (cur: unknown, i: number): unknown => {
    const k = keys[i]!;
    const base: Record<string, unknown> | unknown[] = Array.isArray(cur)
      ? [...cur]
      : cur !== null && typeof cur === 'object'
        ? { ...(cur as Record<string, unknown>) }
        : /^\d+$/.test(k)
          ? []
          : {};
    const b = base as Record<string, unknown>;
    if (i === keys.length - 1) {
      if (value === undefined && !Array.isArray(base)) delete b[k];
      else b[k] = value;
    } else b[k] = rec(b[k], i + 1);
    return base;
  };
  return rec(obj, 0) as T;
}

/** Catalog ids the schema does not check itself (the core checks them only when it builds the plant). */
function catalogIssues(input: ScenarioJson): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const check = (path: string, table: Record<string, unknown>, optional = false) => {
    const v = getPath(input, path);
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || !(v in table)) {
      out.push({ path, value: v, message: `unknown model: one of ${Object.keys(table).join(', ')}` });
    }
  };
  check('miners.model', catalog.miners);
  check('dryCooler.model', catalog.dryCoolers);
  check('heatExchanger.model', catalog.plateExchangers, true);
  check('greenhouse.cover', coverPresets());
  return out;
}

export type Validation = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Validate a scenario input with the core's zod schema (`loadScenario`) plus the catalog ids. */
export function validate(input: unknown): Validation {
  let scenario: Scenario | undefined;
  let issues: ScenarioIssue[] = [];
  try {
    scenario = loadScenario(input);
  } catch (e) {
    if (e instanceof ScenarioError) issues = e.issues;
    else issues = [{ path: '(scenario)', value: undefined, message: (e as Error).message }];
  }
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const known = new Set(issues.map((i) => i.path));
    for (const i of catalogIssues(input as ScenarioJson)) if (!known.has(i.path)) issues.push(i);
  }
  if (issues.length || !scenario) return { ok: false, issues };
  return { ok: true, scenario };
}

/** Does an issue at `issuePath` belong to the field at `fieldPath` (same, inside, or its parent object)? */
export function issueTouches(issuePath: string, fieldPath: string): boolean {
  return (
    issuePath === fieldPath || issuePath.startsWith(`${fieldPath}.`) || fieldPath.startsWith(`${issuePath}.`)
  );
}

function withDrafts(input: ScenarioJson, drafts: Record<string, Draft>): ScenarioJson {
  let out = input;
  for (const [p, d] of Object.entries(drafts)) out = setPath(out, p, d.value);
  return out;
}

export interface EditResult {
  state: EditState;
  /** The newly valid scenario when the input changed, else undefined (the previous one stands). */
  scenario: Scenario | undefined;
  /** Issues of the pending drafts (empty when every edit applied). */
  issues: ScenarioIssue[];
}

/**
 * Apply edits (path → value, with the typed text) to the state. Every pending draft is retried with them:
 * the drafts that now validate are applied, the others stay drafts with their messages. The valid input
 * changes only to another valid input.
 */
export function applyEdits(state: EditState, edits: Record<string, Draft>): EditResult {
  const drafts: Record<string, Draft> = { ...state.drafts, ...edits };
  const all = validate(withDrafts(state.input, drafts));
  if (all.ok) {
    return {
      state: { input: withDrafts(state.input, drafts), drafts: {} },
      scenario: all.scenario,
      issues: [],
    };
  }
  // Keep back the drafts an issue points at and try the rest.
  const bad = Object.keys(drafts).filter((p) => all.issues.some((i) => issueTouches(i.path, p)));
  if (bad.length === 0) {
    // The issue lies elsewhere (a cross-field rule the drafts trigger together): apply none.
    return { state: { input: state.input, drafts }, scenario: undefined, issues: all.issues };
  }
  const good = Object.fromEntries(Object.entries(drafts).filter(([p]) => !bad.includes(p)));
  const kept = Object.fromEntries(bad.map((p) => [p, drafts[p]!]));
  if (Object.keys(good).length) {
    const input = withDrafts(state.input, good);
    const v = validate(input);
    if (v.ok) return { state: { input, drafts: kept }, scenario: v.scenario, issues: all.issues };
  }
  return { state: { input: state.input, drafts }, scenario: undefined, issues: all.issues };
}

/** Apply one edit at `path`. */
export function applyEdit(state: EditState, path: string, value: unknown, text: string): EditResult {
  return applyEdits(state, { [path]: { value, text } });
}

/** Drop the draft at `path` (revert the field to its last valid value). */
export function revertDraft(state: EditState, path: string): EditState {
  const drafts = { ...state.drafts };
  delete drafts[path];
  return { input: state.input, drafts };
}

/** The issues of the current drafts (recomputed, e.g. after a reload). */
export function draftIssues(state: EditState): ScenarioIssue[] {
  if (Object.keys(state.drafts).length === 0) return [];
  const v = validate(withDrafts(state.input, state.drafts));
  return v.ok ? [] : v.issues;
}

/** "greenhouse.floorArea = "-5 ha": out of range: allowed between 10 m^2 and …" for a field message. */
export function issueText(i: ScenarioIssue): string {
  const v = i.value === undefined ? '' : ` (you entered ${JSON.stringify(i.value)})`;
  return `${i.message}${v}`;
}

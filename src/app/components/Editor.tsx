/**
 * The scenario editor: groups of labelled fields; quantities take unit strings ("2 ha", "160 gpm") and show
 * the display unit of the current system; messages from the schema appear beside the field.
 */
import { type ChangeEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { ScenarioIssue } from '../../core';
import { type Draft, getPath, issueText, issueTouches, type ScenarioJson } from '../lib/edit';
import { undoKey } from '../hooks/useUndoKeys';
import type { FieldDef, Group } from '../lib/fields';
import {
  displayUnit,
  formatInput,
  isBareNumber,
  type Kind,
  toDisplay,
  type UnitSystem,
  withUnit,
} from '../lib/units';

export interface EditHandlers {
  /** Apply an edit; `immediate` runs the simulation at once (Enter, blur, selects), else after a pause. */
  onEdit(path: string, value: unknown, text: string, immediate: boolean): void;
  /** Flush a pending (debounced) run now. */
  onCommit(): void;
  /** Drop a field's invalid draft. */
  onRevert(path: string): void;
  /** Upload an EPW file for the weather. */
  onWeatherFile(file: File): void;
  /** Back to the bundled weather year. */
  onBundledWeather(): void;
  /** App-level undo/redo (a field whose own typing has nothing left to undo passes Ctrl+Z on). */
  onUndo?(): void;
  onRedo?(): void;
}

interface Props extends EditHandlers {
  groups: Group[];
  input: ScenarioJson;
  /** The last valid scenario, SI units. */
  scenario: unknown;
  drafts: Record<string, Draft>;
  issues: ScenarioIssue[];
  units: UnitSystem;
  weatherLabel: string;
}

function fieldIssues(issues: ScenarioIssue[], path: string): ScenarioIssue[] {
  return issues.filter((i) => issueTouches(i.path, path));
}

export function Editor(props: Props) {
  const { groups } = props;
  return (
    <form className="editor" aria-label="Scenario editor" onSubmit={(e) => e.preventDefault()}>
      {groups.map((g, i) => (
        <details key={g.id} className="group" open={i < 2 || g.id === 'greenhouse'} data-group={g.id}>
          <summary>
            <span>{g.title}</span>
            {groupHasIssues(g, props.issues) ? <span className="badge-bad">check</span> : null}
          </summary>
          <div className="fields">
            {g.fields.map((f) => (
              <FieldRow key={f.path} def={f} {...props} />
            ))}
          </div>
        </details>
      ))}
    </form>
  );
}

function groupHasIssues(g: Group, issues: ScenarioIssue[]): boolean {
  return g.fields.some((f) => fieldIssues(issues, f.path).length > 0);
}

function FieldRow(props: Props & { def: FieldDef }) {
  const { def } = props;
  switch (def.type) {
    case 'quantity':
      return <QuantityField {...props} def={def} />;
    case 'integer':
      return <IntegerField {...props} def={def} />;
    case 'select':
      return <SelectField {...props} def={def} />;
    case 'text':
      return <TextField {...props} def={def} />;
    case 'fluid':
      return <FluidField {...props} def={def} />;
    case 'heatingCurve':
      return <HeatingCurve {...props} def={def} />;
    case 'weather':
      return <WeatherField {...props} def={def} />;
    case 'economics':
      return <EconomicsFields {...props} def={def} />;
  }
}

function Messages({ id, issues, label }: { id: string; issues: ScenarioIssue[]; label: string }) {
  if (!issues.length) return null;
  return (
    <div id={id} className="field-error" role="alert">
      {issues.map((i) => (
        <p key={i.path + i.message}>
          <strong>{label}</strong>: {issueText(i)}
        </p>
      ))}
    </div>
  );
}

/**
 * Text box state: the typed text while focused, the formatted value otherwise. The box keeps its own undo
 * list of what was typed since it got focus: React rewrites the value on every keystroke, which breaks the
 * browser's own undo in the field (it re-inserted old text beside the new), so Ctrl+Z here steps back
 * through the typing, and only when there is none left does it undo the last applied scenario edit.
 */
function useBox(shown: string) {
  const [focused, setFocused] = useState(false);
  const [text, setText] = useState(shown);
  const [typed, setTyped] = useState<{ past: string[]; future: string[] }>({ past: [], future: [] });
  // An app-level undo/redo while the field has focus (and no typing of its own) shows the new value.
  const untouched = typed.past.length === 0;
  useEffect(() => {
    if (focused && untouched) setText(shown);
  }, [shown, focused, untouched]);
  return {
    value: focused ? text : shown,
    focus: () => {
      setText(shown);
      setTyped({ past: [], future: [] });
      setFocused(true);
    },
    blur: () => setFocused(false),
    change: (t: string) => {
      setTyped((h) => ({ past: [...h.past, text].slice(-50), future: [] }));
      setText(t);
    },
    /** Step the typing back (or forward): the text to show, or null when there is none. */
    step: (back: boolean): string | null => {
      const from = back ? typed.past : typed.future;
      const t = back ? from[from.length - 1] : from[0];
      if (t === undefined) return null;
      setTyped((h) =>
        back
          ? { past: h.past.slice(0, -1), future: [text, ...h.future] }
          : { past: [...h.past, text], future: h.future.slice(1) },
      );
      setText(t);
      return t;
    },
  };
}

interface BoxProps {
  path: string;
  label: string;
  help?: string | undefined;
  shown: string;
  unitLabel?: string;
  placeholder?: string | undefined;
  issues: ScenarioIssue[];
  inputMode?: 'decimal' | 'numeric' | 'text';
  toValue(text: string): unknown;
  handlers: EditHandlers;
  draft: Draft | undefined;
}

function Box(p: BoxProps) {
  const id = useId();
  const errId = `${id}-err`;
  const box = useBox(p.draft ? p.draft.text : p.shown);
  const bad = p.issues.length > 0;
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    box.change(e.target.value);
    p.handlers.onEdit(p.path, p.toValue(e.target.value), e.target.value, false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = undoKey(e);
    if (step) {
      e.preventDefault();
      const t = box.step(step === 'undo');
      if (t !== null) p.handlers.onEdit(p.path, p.toValue(t), t, false);
      else if (step === 'undo') p.handlers.onUndo?.();
      else p.handlers.onRedo?.();
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      p.handlers.onCommit();
    } else if (e.key === 'Escape' && p.draft) {
      p.handlers.onRevert(p.path);
      box.blur();
    }
  };
  return (
    <div className={`field${bad ? ' invalid' : ''}`} data-path={p.path}>
      <label htmlFor={id} title={p.help}>
        {p.label}
      </label>
      <div className="input-unit">
        <input
          id={id}
          type="text"
          inputMode={p.inputMode ?? 'decimal'}
          spellCheck={false}
          autoComplete="off"
          value={box.value}
          placeholder={p.placeholder}
          aria-invalid={bad}
          aria-describedby={bad ? errId : undefined}
          onFocus={box.focus}
          onBlur={() => {
            box.blur();
            p.handlers.onCommit();
          }}
          onChange={onChange}
          onKeyDown={onKey}
        />
        {p.unitLabel ? <span className="unit">{p.unitLabel}</span> : null}
      </div>
      <Messages id={errId} issues={p.issues} label={p.label} />
    </div>
  );
}

function siText(si: unknown, kind: Kind, units: UnitSystem): string {
  return typeof si === 'number' ? formatInput(toDisplay(si, kind, units)) : '';
}

/** The stored value for a typed quantity: a bare number gets the display unit; empty removes an optional. */
export function quantityValue(text: string, kind: Kind, units: UnitSystem, optional = false): unknown {
  const t = text.trim();
  if (t === '') return optional ? undefined : '';
  if (isBareNumber(t)) {
    const u = displayUnit(kind, units).unit;
    return kind === 'plain' ? Number(t) : withUnit(t, u);
  }
  return t;
}

function QuantityField(p: Props & { def: Extract<FieldDef, { type: 'quantity' }> }) {
  const { def, units } = p;
  const si = getPath(p.scenario, def.path);
  const unit = displayUnit(def.kind, units);
  return (
    <Box
      path={def.path}
      label={def.label}
      help={def.help}
      shown={siText(si, def.kind, units)}
      unitLabel={unit.label}
      placeholder={def.optional ? (def.help ?? 'optional') : undefined}
      issues={fieldIssues(p.issues, def.path)}
      toValue={(t) => quantityValue(t, def.kind, units, def.optional)}
      handlers={p}
      draft={p.drafts[def.path]}
    />
  );
}

function IntegerField(p: Props & { def: Extract<FieldDef, { type: 'integer' }> }) {
  const { def } = p;
  const v = getPath(def.optional ? p.input : p.scenario, def.path);
  return (
    <Box
      path={def.path}
      label={def.label}
      help={`a whole number, ${def.min}–${def.max.toLocaleString('en-US')}`}
      shown={typeof v === 'number' ? String(v) : ''}
      issues={fieldIssues(p.issues, def.path)}
      inputMode="numeric"
      placeholder={def.placeholder}
      toValue={(t) => (t.trim() === '' && def.optional ? undefined : isBareNumber(t) ? Number(t) : t)}
      handlers={p}
      draft={p.drafts[def.path]}
    />
  );
}

function TextField(p: Props & { def: Extract<FieldDef, { type: 'text' }> }) {
  const { def } = p;
  const v = getPath(p.input, def.path);
  return (
    <Box
      path={def.path}
      label={def.label}
      shown={typeof v === 'string' || typeof v === 'number' ? String(v) : ''}
      issues={fieldIssues(p.issues, def.path)}
      inputMode="text"
      placeholder={def.placeholder}
      toValue={(t) =>
        t.trim() === '' && def.optional ? undefined : isBareNumber(t) && def.optional ? Number(t) : t
      }
      handlers={p}
      draft={p.drafts[def.path]}
    />
  );
}

function SelectField(p: Props & { def: Extract<FieldDef, { type: 'select' }> }) {
  const { def } = p;
  const id = useId();
  const draft = p.drafts[def.path];
  const v = draft ? draft.value : getPath(p.input, def.path);
  const issues = fieldIssues(p.issues, def.path);
  const options = def.options();
  const known = options.some((o) => o.value === v);
  return (
    <div className={`field${issues.length ? ' invalid' : ''}`} data-path={def.path}>
      <label htmlFor={id}>{def.label}</label>
      <select
        id={id}
        value={typeof v === 'string' ? v : ''}
        aria-invalid={issues.length > 0}
        aria-describedby={issues.length ? `${id}-err` : undefined}
        onChange={(e) => {
          const val = e.target.value === '' && def.optional ? undefined : e.target.value;
          p.onEdit(def.path, val, e.target.value, true);
        }}
      >
        {def.optional ? <option value="">— none —</option> : null}
        {!known && typeof v === 'string' && v !== '' ? <option value={v}>{v} (unknown)</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={`${id}-err`} issues={issues} label={def.label} />
    </div>
  );
}

const FLUIDS = [
  { value: 'water', label: 'Water' },
  { value: 'propylene-glycol', label: 'Propylene glycol' },
  { value: 'ethylene-glycol', label: 'Ethylene glycol' },
];

/** "propylene-glycol 55%" → ["propylene-glycol", "55"]. */
export function splitFluid(text: string): [string, string] {
  const m = /^\s*([A-Za-z][A-Za-z-]*)\s*(\d+(?:\.\d*)?)?\s*%?\s*$/.exec(text);
  if (!m) return [text, ''];
  return [m[1]!.toLowerCase(), m[2] ?? ''];
}

function FluidField(p: Props & { def: Extract<FieldDef, { type: 'fluid' }> }) {
  const { def } = p;
  const id = useId();
  const draft = p.drafts[def.path];
  const raw = String(draft ? draft.value : (getPath(p.input, def.path) ?? 'water'));
  const [name, share] = splitFluid(raw);
  const issues = fieldIssues(p.issues, def.path);
  const set = (n: string, s: string, immediate: boolean) => {
    const text = n === 'water' ? 'water' : `${n} ${s || '30'}%`;
    p.onEdit(def.path, text, text, immediate);
  };
  return (
    <div className={`field${issues.length ? ' invalid' : ''}`} data-path={def.path}>
      <label htmlFor={id}>{def.label}</label>
      <div className="fluid">
        <select id={id} value={name} onChange={(e) => set(e.target.value, share, true)}>
          {FLUIDS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        {name !== 'water' ? (
          <div className="input-unit share">
            <input
              aria-label="Glycol share by mass"
              type="text"
              inputMode="decimal"
              value={share}
              onChange={(e) => set(name, e.target.value, false)}
              onBlur={p.onCommit}
              onKeyDown={(e) => e.key === 'Enter' && p.onCommit()}
            />
            <span className="unit">% glycol</span>
          </div>
        ) : null}
      </div>
      <Messages id={`${id}-err`} issues={issues} label={def.label} />
    </div>
  );
}

function HeatingCurve(p: Props & { def: Extract<FieldDef, { type: 'heatingCurve' }> }) {
  const { def, units } = p;
  const rows = (getPath(p.input, def.path) as unknown[] | undefined) ?? [];
  const issues = fieldIssues(p.issues, def.path);
  const unit = displayUnit('temperature', units);
  const setRows = (next: unknown[]) => p.onEdit(def.path, next, JSON.stringify(next), true);
  return (
    <fieldset className="curve" data-path={def.path}>
      <legend>{def.label}: supply temperature vs outdoor</legend>
      <div className="curve-head" aria-hidden="true">
        <span>Outdoor ({unit.label})</span>
        <span>Supply ({unit.label})</span>
        <span />
      </div>
      {rows.map((_, i) => {
        const base = `${def.path}.${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional (index = path)
          <div className="curve-row" key={i}>
            {(['outdoor', 'supply'] as const).map((k) => (
              <Box
                key={k}
                path={`${base}.${k}`}
                label={`Point ${i + 1} ${k}`}
                shown={siText(getPath(p.scenario, `${base}.${k}`), 'temperature', units)}
                unitLabel={unit.label}
                issues={fieldIssues(p.issues, `${base}.${k}`)}
                toValue={(t) => quantityValue(t, 'temperature', units)}
                handlers={p}
                draft={p.drafts[`${base}.${k}`]}
              />
            ))}
            <button
              type="button"
              className="icon"
              aria-label={`Remove point ${i + 1}`}
              disabled={rows.length <= 1}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="link"
        onClick={() => {
          const last = rows[rows.length - 1] as Record<string, unknown> | undefined;
          setRows([...rows, last ? { ...last } : { outdoor: '0 degC', supply: '60 degC' }]);
        }}
      >
        + Add point
      </button>
      <Messages
        id={`${def.path}-err`}
        issues={issues.filter((i) => !/\.\d+\.(outdoor|supply)$/.test(i.path))}
        label={def.label}
      />
    </fieldset>
  );
}

function WeatherField(p: Props & { def: Extract<FieldDef, { type: 'weather' }> }) {
  const id = useId();
  return (
    <fieldset className="field plain" data-path={p.def.path}>
      <legend className="label">{p.def.label}</legend>
      <p className="weather-name">{p.weatherLabel}</p>
      <div className="row">
        <label className="button small" htmlFor={id}>
          Upload EPW…
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".epw,text/plain"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onWeatherFile(f);
            e.target.value = '';
          }}
        />
        {String(getPath(p.input, 'site.weather')) !== 'bundled:winnipeg-tmyx' ? (
          <button type="button" className="small" onClick={p.onBundledWeather}>
            Use bundled Winnipeg year
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

function EconomicsFields(p: Props & { def: Extract<FieldDef, { type: 'economics' }> }) {
  const econ = (getPath(p.input, 'economics') as Record<string, unknown> | undefined) ?? {};
  const covered = new Set(
    p.groups
      .flatMap((g) => g.fields.map((f) => f.path))
      .filter((x) => x.startsWith('economics.'))
      .map((x) => x.split('.')[1]!),
  );
  const keys = Object.keys(econ).filter((k) => !covered.has(k));
  const [newKey, setNewKey] = useState('');
  return (
    <div className="econ">
      <p className="muted">
        Other fields of the economics section (JSON values), e.g. heatContract ={' '}
        {'{"type": "price", "price": "20 CAD/MWh"}'}.
      </p>

      {keys.map((k) => {
        const path = `economics.${k}`;
        const v = econ[k];
        const isText = typeof v === 'string' || typeof v === 'number';
        return (
          <Box
            key={k}
            path={path}
            label={k}
            shown={isText ? String(v) : JSON.stringify(v)}
            issues={fieldIssues(p.issues, path)}
            inputMode="text"
            toValue={(t) => {
              if (isText) return isBareNumber(t) ? Number(t) : t;
              try {
                return JSON.parse(t);
              } catch {
                return t;
              }
            }}
            handlers={p}
            draft={p.drafts[path]}
          />
        );
      })}
      <div className="row add-econ">
        <input
          aria-label="New economics field name"
          placeholder="new field name"
          value={newKey}
          onChange={(e) => setNewKey(e.target.value.replace(/[^A-Za-z0-9_]/g, ''))}
        />
        <button
          type="button"
          className="small"
          disabled={!newKey || newKey in econ}
          onClick={() => {
            p.onEdit(`economics.${newKey}`, '', '', true);
            setNewKey('');
          }}
        >
          Add
        </button>
      </div>
    </div>
  );
}

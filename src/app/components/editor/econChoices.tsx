/**
 * The economics section's variant fields as choices (radio buttons) with each choice's own fields: how the
 * host pays for heat, the electricity tariff, the backup boiler's electricity, the demand charge and the
 * mining revenue source. Switching choice keeps what was typed in the other one (switch back: it returns).
 */
import { useId, useRef } from 'react';
import { getPath } from '../../lib/edit';
import { isBareNumber } from '../../lib/units';
import { Box, fieldIssues, Messages } from './Box';
import type { FieldProps } from './types';

export interface Sub {
  /** Path below the variant's path ('' = the value itself). */
  key: string;
  label: string;
  placeholder?: string;
  kind?: 'text' | 'weekday' | 'yesNo';
}
export interface Choice {
  id: string;
  label: string;
  /** The value when this choice is picked; `kept` = what it had before (if it was picked earlier). */
  value(current: unknown, kept: unknown): unknown;
  subs: Sub[];
  /** Shown under the choice (e.g. what an imported hourly tariff holds). */
  note?(current: unknown): string;
  /** Only offered when it is the current choice or was before (e.g. an imported hourly series). */
  onlyIfKept?: boolean;
}
export interface Variant {
  path: string;
  label: string;
  which(current: unknown): string;
  choices: Choice[];
  /** What to remember of the current value when switching away (default: all of it). */
  keep?(current: unknown): unknown;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A typed text as stored: empty → removed, a bare number → number, else the unit string. */
export const textValue = (t: string): unknown =>
  t.trim() === '' ? undefined : isBareNumber(t) ? Number(t) : t;

function SubField({ p, path, sub }: { p: FieldProps<'economics'>; path: string; sub: Sub }) {
  const id = useId();
  const v = getPath(p.input, path);
  const issues = fieldIssues(p.issues, path);
  if (sub.kind === 'weekday' || sub.kind === 'yesNo') {
    const opts = sub.kind === 'weekday' ? WEEKDAYS : ['true', 'false'];
    const shown = v === undefined ? '' : String(v);
    return (
      <div className={`field${issues.length ? ' invalid' : ''}`} data-path={path}>
        <label htmlFor={id}>{sub.label}</label>
        <select
          id={id}
          value={shown}
          onChange={(e) => {
            const t = e.target.value;
            const val = t === '' ? undefined : sub.kind === 'yesNo' ? t === 'true' : t;
            p.onEdit(path, val, t, true);
          }}
        >
          <option value="">{sub.placeholder ?? '— default —'}</option>
          {opts.map((o) => (
            <option key={o} value={o}>
              {o === 'true' ? 'Yes' : o === 'false' ? 'No' : o[0]!.toUpperCase() + o.slice(1)}
            </option>
          ))}
        </select>
        <Messages id={`${id}-err`} issues={issues} label={sub.label} />
      </div>
    );
  }
  return (
    <Box
      path={path}
      label={sub.label}
      shown={typeof v === 'string' || typeof v === 'number' ? String(v) : ''}
      placeholder={sub.placeholder}
      issues={issues}
      inputMode="text"
      toValue={textValue}
      handlers={p}
      draft={p.drafts[path]}
    />
  );
}

export function ChoiceField({ p, variant }: { p: FieldProps<'economics'>; variant: Variant }) {
  const name = useId();
  const kept = useRef(new Map<string, unknown>());
  const current = getPath(p.input, variant.path);
  const now = variant.which(current);
  const choice = variant.choices.find((c) => c.id === now) ?? variant.choices[0]!;
  const pick = (c: Choice) => {
    if (c.id === now) return;
    kept.current.set(now, variant.keep ? variant.keep(current) : current);
    const next = c.value(current, kept.current.get(c.id));
    p.onEdit(variant.path, next, c.label, true);
  };
  const offered = variant.choices.filter((c) => !c.onlyIfKept || c.id === now || kept.current.has(c.id));
  const at = (key: string) => (key ? `${variant.path}.${key}` : variant.path);
  return (
    <fieldset className="econ-choice" data-path={variant.path}>
      <legend className="label">{variant.label}</legend>
      <div className="choices" role="radiogroup" aria-label={variant.label}>
        {offered.map((c) => (
          <label key={c.id}>
            <input type="radio" name={name} checked={c.id === choice.id} onChange={() => pick(c)} />
            {c.label}
          </label>
        ))}
      </div>
      {choice.note ? <p className="muted econ-note">{choice.note(current)}</p> : null}
      {choice.subs.map((s) => (
        <SubField key={`${choice.id}:${s.key}`} p={p} path={at(s.key)} sub={s} />
      ))}
    </fieldset>
  );
}

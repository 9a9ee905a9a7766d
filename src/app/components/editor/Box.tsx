/** The editor's text box (own typing undo, draft text, messages) and the helpers every field uses. */
import { type ChangeEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { ScenarioIssue } from '../../../core';
import { undoKey } from '../../hooks/useUndoKeys';
import { type Draft, issueText, issueTouches } from '../../lib/edit';
import {
  displayUnit,
  formatInput,
  isBareNumber,
  type Kind,
  toDisplay,
  type UnitSystem,
  ungroup,
  withUnit,
} from '../../lib/units';
import type { EditHandlers } from './types';

export function fieldIssues(issues: ScenarioIssue[], path: string): ScenarioIssue[] {
  return issues.filter((i) => issueTouches(i.path, path));
}

/**
 * A field's messages. With `range` (the field's declared range in its display unit, "10 m² and 10,000,000 m²")
 * the core's range — written in SI or its example's unit ("between 0.001 ha and 1000 ha") — is replaced by it,
 * and a wrong-unit message names the field's unit instead of the SI one ("a quantity convertible to m^3/s").
 */
export function Messages({
  id,
  issues,
  label,
  range,
}: {
  id: string;
  issues: ScenarioIssue[];
  label: string;
  range?: { text: string; unit: string } | undefined;
}) {
  if (!issues.length) return null;
  return (
    <div id={id} className="field-error" role="alert">
      {issues.map((i) => (
        <p key={i.path + i.message}>
          <strong>{label}</strong>: {range ? inDisplayUnits(i, range) : issueText(i)}
        </p>
      ))}
    </div>
  );
}

/** A quantity field's message in its display unit (see Messages). */
export function inDisplayUnits(i: ScenarioIssue, range: { text: string; unit: string }): string {
  const m = i.message;
  const at = m.indexOf('allowed');
  if (at < 0) return issueText(i);
  let head = m.slice(0, at).replace(/[;:]?\s*$/, '');
  if (/^a quantity convertible to /.test(head) || /^a number with a unit/.test(head))
    head = range.unit ? `a number in ${range.unit}, or with a unit of the same kind` : 'a number';
  return issueText({ ...i, message: `${head}: allowed ${range.text}` });
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
    /** True when the typing since focus is all undone (the field shows what it had at focus). */
    atStart: (back: boolean) => back && typed.past.length === 1,
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

export interface BoxProps {
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
  /** The declared range in the display unit, for the messages (quantity fields). */
  range?: { text: string; unit: string } | undefined;
}

export function Box(p: BoxProps) {
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
      const back = step === 'undo';
      // Back to the text at focus: undo the typing's one history step (restores the value exactly as it was).
      const start = box.atStart(back) && p.handlers.onUndo;
      const t = box.step(back);
      if (t !== null && start) p.handlers.onUndo?.();
      else if (t !== null) p.handlers.onEdit(p.path, p.toValue(t), t, false);
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
      <Messages id={errId} issues={p.issues} label={p.label} range={p.range} />
    </div>
  );
}

/**
 * Significant digits of an imperial value in a field: converted from SI it is seldom a round number
 * ("3.69841 gpm" is 14 L/min), so it is shown rounded for reading ("3.698 gpm"). Only the text is rounded:
 * the box stores nothing until the user types in it, so an untouched field keeps the scenario's exact value.
 */
const IMPERIAL_DIGITS = 4;

/** The text a field shows for an SI value: SI as stored (6 significant digits), imperial rounded for reading. */
export function siText(si: unknown, kind: Kind, units: UnitSystem): string {
  if (typeof si !== 'number') return '';
  return formatInput(toDisplay(si, kind, units), units === 'imperial' ? IMPERIAL_DIGITS : undefined);
}

/** The stored value for a typed quantity: a bare number gets the display unit; empty removes an optional. */
export function quantityValue(text: string, kind: Kind, units: UnitSystem, optional = false): unknown {
  const t = ungroup(text).trim();
  if (t === '') return optional ? undefined : '';
  if (isBareNumber(t)) {
    const u = displayUnit(kind, units).unit;
    return kind === 'plain' ? Number(t) : withUnit(t, u);
  }
  return t;
}

/**
 * `heat-twin sweep --vary`: one swept scenario field and its values (`PATH=a..b:n` or `PATH=a,b,c`), and every
 * combination of several of them.
 */
import { InputError, linearGrid, paramInfo, parseQuantity } from '../core';
import { normaliseQuantityText, parseSetValue, spaceUnit, splitAssignment, splitList } from './args';

/** Most combinations one sweep may ask for. */
export const MAX_RUNS = 10_000;

/** One swept field and its values (as set into the scenario input: numbers or unit strings). */
export interface Axis {
  path: string;
  values: unknown[];
}

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
    // the field's own example in a parse error (not a temperature's for an area)
    const ex = (paramInfo(path) as { example?: string } | undefined)?.example;
    const a = parseQuantity(aText, flag, ex ? { example: ex } : {});
    const b = parseQuantity(bText, flag, ex ? { example: ex } : {});
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
    const values = linearGrid(x0, x1, n).map((x): unknown => (ua ? `${x} ${ua}` : x));
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

export function valueAt(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const k of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

export function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/**
 * A range refused by the core, said in the user's terms: the flag and the text as typed, the bounds in the
 * unit the user typed (a pressure typed in psi gets its range in psi), else in a stated unit.
 */
import { sig } from './display';
import { convert, NeedUnits, normaliseUnit, splitQuantity } from './units';

/** The unit of a typed quantity ("2.5 mm" → "mm", "60 deg" → "deg"), or undefined for a bare number. */
export function typedUnit(text: string): string | undefined {
  try {
    return splitQuantity(text).unit || undefined; // the unit grammar's own split, as `quantity` reads it
  } catch {
    return undefined;
  }
}

/** How a unit is written in a message ("deg" → "°", "m^2 K/W" → "m²·K/W"). */
function label(unit: string): string {
  if (unit === 'deg') return '°';
  return unit.replace('^2', '²').replace(/ (?=[A-Za-z])/g, '·');
}

/** `x` (SI, in `siUnit`) in `unit`, with its label; undefined when the units do not convert. */
function shownIn(x: number, siUnit: string, unit: string): string | undefined {
  try {
    const u = label(unit);
    return `${sig(convert(x, siUnit, normaliseUnit(unit, false)))}${u === '°' ? '' : ' '}${u}`;
  } catch (e) {
    if (e instanceof NeedUnits) throw e; // withUnits loads the parser and reads again
    return undefined;
  }
}

/**
 * `x` (SI, in `siUnit`) in the unit `typed` was written in, or in `fallback` for a bare number or a unit that
 * does not convert; a plain number when `siUnit` is '' (a ratio).
 */
export function inTyped(x: number, siUnit: string, typed: string, fallback: string): string {
  if (siUnit === '') return sig(x);
  const unit = typedUnit(typed);
  return (
    (unit !== undefined ? shownIn(x, siUnit, unit) : undefined) ??
    shownIn(x, siUnit, fallback) ??
    `${x} ${siUnit}`
  );
}

/** "between a and b" with both bounds in the typed unit (see `inTyped`). */
export function rangeInTyped(
  lo: number,
  hi: number,
  siUnit: string,
  typed: string,
  fallback: string,
): string {
  return `between ${inTyped(lo, siUnit, typed, fallback)} and ${inTyped(hi, siUnit, typed, fallback)}`;
}

/**
 * Quantity parsing at the boundary (JSON models, CLI arguments, UI inputs): a number and a unit, read with
 * mathjs's Unit parser from a units-only mathjs instance (./math.ts). No expression is ever evaluated: the text
 * must match the grammar in ./grammar.ts first. Not for hot loops — the core works in plain SI numbers.
 *
 * Gauge pressures ("psig", "barg") are refused: every pressure field is absolute or a difference, so write
 * "45 psi" for a difference, or the absolute pressure (gauge + 14.696 psi = 101.325 kPa).
 */
import type { Unit } from 'mathjs';
import { InputError } from '../errors';
import { checkUnit, GrammarError, MAX_MAGNITUDE, normaliseUnit, splitQuantity } from './grammar';
import { math } from './math';
import { TextMemo } from './textMemo';

export { TEXT_MEMO_LENGTH, TextMemo } from './textMemo';

export { convert } from './convert';

export {
  DISPLAY_UNITS,
  type DisplayKind,
  type DisplayUnit,
  displayUnitOf,
  fromDisplayUnit,
  toDisplayUnit,
  type UnitSystem,
} from './display';

/** A correct example of a quantity in each SI unit the core uses (for messages). */
const EXAMPLES: Record<string, string> = {
  K: '80 degC',
  W: '2.7 MW',
  'W/K': '180 kW/K',
  'W/(m^2 K)': '4000 W/m^2/K',
  Pa: '150 kPa',
  'm^3/s': '25 L/s',
  'kg/s': '20 kg/s',
  'm^2': '2 ha',
  'm^3': '50 m^3',
  m: '5 m',
  s: '15 min',
  's^-1': '0.5 1/h',
  'm^-1': '1.875 m/m^2',
  J: '10 MWh',
  deg: '25 deg',
  '': '30 %',
};

/** An example of a quantity convertible to `unit` ("80 degC" for K, "25 L/s" for m^3/s). */
export function exampleFor(unit: string): string {
  return EXAMPLES[unit] ?? `1 ${unit}`;
}

const isTemperature = (unit: string) => unit === 'K' || unit === 'degC' || unit === 'degF' || unit === 'degR';

/**
 * Parse a quantity string into a mathjs Unit, or a plain number when it has no unit ("0.3", "30 %").
 * Throws InputError naming `field`, with an example of the right dimension, when it does not match the
 * grammar (a number, then a unit) or names an unknown unit. `opts.temperature`: "80 C"/"80 F" mean °C/°F.
 */
export function parseQuantity(
  text: string,
  field = 'quantity',
  opts: { temperature?: boolean; example?: string } = {},
): Unit | number {
  // an example only when the caller knows the field's dimension (a temperature example for a price misleads)
  const hint = opts.example ? `a number with a unit, e.g. "${opts.example}"` : 'a number with a unit';
  if (typeof text !== 'string') throw new InputError(field, text, hint);
  let number: string;
  let unitText: string;
  try {
    ({ number, unit: unitText } = splitQuantity(text));
    unitText = normaliseUnit(unitText, opts.temperature === true);
    checkUnit(unitText);
  } catch (e) {
    if (e instanceof GrammarError) throw new InputError(field, text, hint, e.message);
    throw e;
  }
  const n = Number(number);
  if (!(Math.abs(n) <= MAX_MAGNITUDE))
    throw new InputError(field, text, `${hint}; the number must be within ±1e15 (use a larger unit prefix)`);
  if (unitText === '') return n;
  let u: Unit;
  try {
    u = math.unit(`${number} ${unitText}`);
  } catch {
    throw new InputError(field, text, hint, `unknown unit "${unitText}"`);
  }
  // A dimensionless unit (e.g. "30 pct") comes back as a plain number.
  if (u.equalBase(PCT)) return u.toNumber('pct') / 100;
  return u;
}

const PCT = math.unit('1 pct');

const normaliseTarget = (unit: string): string => normaliseUnit(unit, false);

/**
 * The number of `text` expressed in `unit`, e.g. `quantity("160 gpm", "m^3/s")` → 0.010094…
 * Temperatures convert as absolute values ("75 degC" in K → 348.15). A number passes through unchanged
 * (it is taken to be in `unit` already). Use unit "" for a plain ratio ("30 %" → 0.3).
 * Throws InputError (with `example`, or one of `unit`'s dimension) when the text does not parse or its
 * dimension does not match `unit`.
 */
export function quantity(text: string | number, unit: string, field = 'quantity', example?: string): number {
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) throw new InputError(field, text, 'a finite number');
    return text;
  }
  if (typeof text === 'string') {
    const hit = converted.get(text, unit);
    if (hit !== undefined) return hit;
  }
  const n = convertText(text, unit, field, example);
  converted.keep(text, n, unit);
  return n;
}

/**
 * Conversions `quantity` made, by target unit and text (./textMemo.ts). The pilot's scenario reads 42 quantities
 * (≈ 12 µs of mathjs each).
 */
const converted = new TextMemo<number>(4096);

function convertText(text: string, unit: string, field: string, example: string | undefined): number {
  const ex = example ?? exampleFor(unit);
  const u = parseQuantity(text, field, { temperature: isTemperature(unit), example: ex });
  const target = normaliseTarget(unit);
  if (typeof u === 'number') {
    if (target === '' || target === '1') return u;
    throw new InputError(field, text, `a quantity with a unit convertible to ${unit}, e.g. "${ex}"`);
  }
  if (target === '' || target === '1')
    throw new InputError(field, text, `a plain number (no unit), e.g. "${ex}"`);
  let n: number;
  try {
    n = u.toNumber(target);
  } catch {
    throw new InputError(field, text, `a quantity convertible to ${unit}, e.g. "${ex}"`);
  }
  if (!Number.isFinite(n)) throw new InputError(field, text, `a finite quantity, e.g. "${ex}"`);
  return n;
}

/**
 * Quantity parsing at the boundary (JSON models, CLI arguments, UI inputs): mathjs units.
 * Not for hot loops — the core works in plain SI numbers.
 */
import { create, all, type Unit } from 'mathjs';
import { InputError } from './errors';

const math = create(all, {});

// Units the field uses that mathjs lacks, and currencies (mathjs units so "40 USD/PH/day" parses).
let extended = false;
function extend(): void {
  if (extended) return;
  extended = true;
  // Hash units: a hash is dimensionless count; TH = 1e12 hash.
  math.createUnit('hash', { aliases: ['hashes'] });
  math.createUnit('TH', { definition: '1e12 hash' });
  math.createUnit('PH', { definition: '1e15 hash' });
  math.createUnit('EH', { definition: '1e18 hash' });
  math.createUnit('ZH', { definition: '1e21 hash' });
  math.createUnit('USD', { aliases: ['usd'] });
  // CAD is an independent currency unit; conversion to USD goes through a scenario's exchange rate.
  math.createUnit('CAD', { aliases: ['cad'] });
  // 1 BTU/h = 0.29307107 W (IT BTU, ASHRAE Handbook Fundamentals ch. 38).
  math.createUnit('BTUh', { definition: '0.29307107 W', aliases: ['BTU_h'] });
  // US gallons per minute (mathjs `gallon` is the US liquid gallon, 3.785411784 L).
  math.createUnit('gpm', { definition: '1 gallon/minute' });
  // Mass fraction in per cent.
  math.createUnit('pct', { definition: '0.01', aliases: ['percent'] });
}

function normalise(text: string): string {
  return text
    .trim()
    .replace(/°C/g, 'degC')
    .replace(/°F/g, 'degF')
    .replace(/(\d)\s*%/g, '$1 pct')
    .replace(/BTU\/h(r)?\b/g, 'BTUh')
    .replace(/m²/g, 'm^2')
    .replace(/m³/g, 'm^3')
    .replace(/ft²/g, 'ft^2')
    .replace(/ft³/g, 'ft^3')
    .replace(/(\d|\s|^)ha\b/g, '$1hectare')
    .replace(/(\d)\s+1\s*\//, '$1 /');
}

const HINT = 'a number with a unit, e.g. "75 degC" or "160 gpm"';

/**
 * Parse a quantity string into a mathjs Unit, or a plain number when it has no unit ("0.3", "30 %").
 * Throws InputError naming `field` when it does not parse.
 */
export function parseQuantity(text: string, field = 'quantity'): Unit | number {
  extend();
  const t = normalise(text);
  let u: unknown;
  try {
    // The Unit parser first: it reads "12 L/min" and "15 min" (where the expression parser would take
    // `min` for the function); the expression parser for the rest ("30 pct", "2 * 3 kW").
    u = math.unit(t);
    if ((u as Unit).value === null) throw new Error(`no number in "${text}"`);
  } catch {
    try {
      u = math.evaluate(t);
    } catch (e) {
      throw new InputError(field, text, HINT, (e as Error).message);
    }
  }
  if (typeof u === 'number' && Number.isFinite(u)) return u;
  if (math.isUnit(u)) {
    const unit = u as Unit;
    // A dimensionless unit (e.g. "30 pct") comes back as a plain number.
    if (unit.equalBase(math.unit('1 pct'))) return unit.toNumber('pct') / 100;
    return unit;
  }
  throw new InputError(field, text, HINT);
}

/**
 * The number of `text` expressed in `unit`, e.g. `quantity("160 gpm", "m^3/s")` → 0.010094…
 * Temperatures convert as absolute values ("75 degC" in K → 348.15). A number passes through unchanged
 * (it is taken to be in `unit` already). Use unit "" for a plain ratio ("30 %" → 0.3).
 * Throws InputError when the text does not parse or its dimension does not match `unit`.
 */
export function quantity(text: string | number, unit: string, field = 'quantity', _example?: string): number {
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) throw new InputError(field, text, 'a finite number');
    return text;
  }
  const u = parseQuantity(text, field);
  const target = normalise(unit);
  if (typeof u === 'number') {
    if (target === '' || target === '1') return u;
    throw new InputError(field, text, `a quantity with a unit convertible to ${unit}, e.g. "${u} ${unit}"`);
  }
  if (target === '' || target === '1') throw new InputError(field, text, 'a plain number (no unit)');
  try {
    const n = u.toNumber(target);
    if (!Number.isFinite(n)) throw new Error('not finite');
    return n;
  } catch {
    throw new InputError(field, text, `a quantity convertible to ${unit}`);
  }
}

/** Convert a number between two units, e.g. convert(348.15, 'K', 'degF') → 167. */
export function convert(value: number, fromUnit: string, toUnit: string): number {
  extend();
  return math.unit(value, normalise(fromUnit)).toNumber(normalise(toUnit));
}

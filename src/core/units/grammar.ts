/**
 * The quantity grammar: a number, then an optional unit expression — nothing else.
 *
 *   quantity := number [unit]
 *   number   := [+-] (digits [. digits] | . digits) [(e|E) [+-] digits]       (|number| ≤ 1e15)
 *   unit     := factor { ("*" | "/" | " ") factor }
 *   factor   := name ["^" [+-] digits] | "(" unit ")" | "1/" unit
 *
 * Unit names are letters, digits and "_" after a letter; a name directly followed by "(" (a call) is refused,
 * as are "=", ",", quotes, brackets and anything else. The unit text is then read by mathjs's Unit parser only
 * (never its expression parser). Spellings engineers type are rewritten first (Btu/h, MBH, TR, ft of head,
 * °C, "80 C" in a temperature field, …).
 */

/** Longest quantity text accepted. */
export const MAX_LENGTH = 100;
/** Largest magnitude of the number as written. */
export const MAX_MAGNITUDE = 1e15;

export type Token = { kind: 'name' | 'op' | 'pow' | 'open' | 'close'; text: string };

/** Why a text is not a quantity (a message for people; no library internals). */
export class GrammarError extends Error {}

const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?![\d.])/;

/** Split "12.5 kW" into its number text and unit text; throws GrammarError when there is no number. */
export function splitQuantity(text: string): { number: string; unit: string } {
  if (text.length > MAX_LENGTH) throw new GrammarError(`longer than ${MAX_LENGTH} characters`);
  const t = text.trim();
  const m = NUMBER.exec(t);
  if (!m) throw new GrammarError('no number first (write a number, then its unit)');
  return { number: m[1]!, unit: t.slice(m[1]!.length).trim() };
}

/** Rewrite the spellings people type into the unit names the mathjs instance knows. */
export function normaliseUnit(unit: string, temperature: boolean): string {
  let u = unit
    .replace(/°\s*C\b/g, 'degC')
    .replace(/°\s*F\b/g, 'degF')
    .replace(/\bdeg\s+([CF])\b/g, 'deg$1')
    .replace(/²/g, '^2')
    .replace(/³/g, '^3')
    .replace(/µ/g, 'u')
    .replace(/^%$/, 'pct')
    .replace(/\bMMBtu\s*\/\s*hr?\b/gi, 'MMBTUh')
    .replace(/\bBtu\s*\/\s*hr?\b/gi, 'BTUh')
    .replace(/\bMMBtu\b/gi, 'MMBTU')
    .replace(/\bBtu\b/gi, 'BTU')
    .replace(/\bkBtu\b/gi, 'kBTU')
    .replace(/\bMBH\b/gi, 'MBH')
    // the trade's shorthands: "ft2", "in2", "m3"; feet per second; US gallons; a differential psi
    .replace(/\b(ft|in|m)([23])\b/g, '$1^$2')
    .replace(/\bfps\b/gi, 'ft/s')
    .replace(/\busgpm\b/gi, 'gpm')
    .replace(/\bpsid\b/gi, 'psi')
    // a C or F divided by ("Btu/h/F", "kW/C") is a degree: no quantity here is per coulomb or per farad
    .replace(/\/\s*([CF])\b/g, '/deg$1')
    // US gallons per minute as the trade writes it (GPM, Gpm): mathjs knows only "gpm"
    .replace(/\bgpm\b/gi, 'gpm')
    .replace(/\btons?\s+of\s+refrigeration\b/gi, 'TR')
    .replace(/\b(?:ft|feet|foot)\s+(?:of\s+)?(?:head|water)\b/gi, 'ftH2O')
    .replace(/\bft\s*H2O\b/gi, 'ftH2O')
    .replace(/\bha\b/g, 'hectare')
    .replace(/^1\s*\//, '/');
  // "80 C" and "80 F" mean °C/°F where the field is a temperature (never coulombs or farads there).
  if (temperature) u = u.replace(/^([CF])$/, 'deg$1');
  return u;
}

const TOKEN = /\s*(?:([A-Za-z_][A-Za-z0-9_]*)|(\^\s*[+-]?\d+(?:\.\d+)?)|([*/])|(\()|(\))|(\S))/y;

/** Check a (normalised) unit expression against the grammar; returns its tokens or throws GrammarError. */
export function checkUnit(unit: string): Token[] {
  if (/^(?:psig|barg|kPag)$/i.test(unit))
    throw new GrammarError(
      'gauge pressure is not accepted: give the absolute pressure (gauge + 101.325 kPa)',
    );
  const tokens: Token[] = [];
  let depth = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < unit.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(unit);
    if (!m) break;
    if (m[6] !== undefined)
      throw new GrammarError(`"${m[6]}" is not part of a unit (only a number and a unit)`);
    if (m[1] !== undefined) tokens.push({ kind: 'name', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'pow', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'op', text: m[3] });
    else if (m[4] !== undefined) {
      if (tokens.at(-1)?.kind === 'name')
        throw new GrammarError(
          `"${tokens.at(-1)!.text}(" looks like a function call: only a number and a unit`,
        );
      depth++;
      if (depth > 3) throw new GrammarError('too many nested parentheses in the unit');
      tokens.push({ kind: 'open', text: '(' });
    } else {
      depth--;
      if (depth < 0) throw new GrammarError('unbalanced parentheses in the unit');
      tokens.push({ kind: 'close', text: ')' });
    }
    if (TOKEN.lastIndex === start) break;
  }
  if (depth !== 0) throw new GrammarError('unbalanced parentheses in the unit');
  if (tokens.length > 24) throw new GrammarError('unit expression too long');
  if (tokens.length && tokens.every((t) => t.kind !== 'name')) throw new GrammarError('no unit name');
  return tokens;
}

/**
 * Quantities typed on the command line for `size-hx`, `size-study` and `off-design` (--hot-flow, --areas,
 * --hot-flows, --cold-in, …): unit strings, or bare numbers in the option's stated unit (°C for temperatures),
 * each item refused by name with the text as typed when out of range.
 */
import { InputError, quantity, toKelvin } from '../core';
import { normaliseQuantityText, splitList } from './args';
import { NeedUnits, quantity as cliQuantity } from './units';

/** Largest mass flow a flow option takes, kg/s, and how it reads: far beyond any plant. */
export const MAX_MASS_FLOW: [number, string] = [1e5, '100,000 kg/s'];
/** Largest volume flow a flow option takes, m³/s, and how it reads. */
export const MAX_VOLUME_FLOW: [number, string] = [100, '100 m³/s'];

/** Parse a list of quantities; bare numbers are in `unit`. */
export function quantities(text: string, flag: string, unit: string): number[] {
  return splitList(text, flag).map((item) =>
    quantity(plainNumber(item) ?? normaliseQuantityText(item), unit, flag),
  );
}
export function plainNumber(s: string): number | undefined {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim()) ? Number(s) : undefined;
}

/**
 * A flow string: a mass flow (kg/s, t/h, lb/h …) or a volume flow (L/s, gpm, m^3/h …), above 0 and at most
 * MAX_MASS_FLOW or MAX_VOLUME_FLOW. Returns the one it is, in kg/s or m³/s. `read` parses the text (the CLI's
 * light parser by default; a command that has the core loaded passes the core's `quantity`).
 */
export function flowArg(
  text: string,
  flag: string,
  read: typeof quantity = cliQuantity,
): { mass?: number; volume?: number } {
  let out: { mass?: number; volume?: number } | undefined;
  try {
    out = { mass: read(text, 'kg/s', flag) };
  } catch (e) {
    if (e instanceof NeedUnits) throw e;
    // not a mass flow — try a volume flow
  }
  if (!out) {
    try {
      out = { volume: read(text, 'm^3/s', flag) };
    } catch (e) {
      if (e instanceof NeedUnits) throw e;
      throw new InputError(
        flag,
        text,
        'a mass flow (e.g. "12 kg/s") or a volume flow (e.g. "160 gpm", "10 L/s")',
      );
    }
  }
  const x = (out.mass ?? out.volume)!;
  const [max, maxText] = out.mass !== undefined ? MAX_MASS_FLOW : MAX_VOLUME_FLOW;
  if (!(x > 0 && x <= max)) throw new InputError(flag, text, `a flow above 0 and at most ${maxText}`);
  return out;
}

/**
 * The flows of a study, in kg/s: "40 kg/s", "95000 lb/h", a bare number (kg/s), a volume flow ("160 gpm",
 * "10 L/s", "36 m^3/h"; converted with `density`, the loop's density at its nominal mean temperature, as the
 * scenario's own loop flow is), or "50%" (a share of `loopFlow`, above 0 and at most 1,000 %).
 */
export function flows(text: string, flag: string, loopFlow: number, density: number): number[] {
  return splitList(text, flag).map((item) => {
    if (/%\s*$/.test(item)) {
      const share = quantity(item, '', flag);
      if (!(share > 0 && share <= 10))
        throw new InputError(flag, item, 'a share of the loop’s flow above 0 and at most 1000%');
      return share * loopFlow;
    }
    const n = plainNumber(item);
    if (n !== undefined) {
      if (!(n > 0 && n <= MAX_MASS_FLOW[0]))
        throw new InputError(
          flag,
          item,
          `a mass flow above 0 and at most ${MAX_MASS_FLOW[1]} (a bare number is kg/s)`,
        );
      return n;
    }
    const f = flowArg(normaliseQuantityText(item), flag, quantity);
    return f.mass ?? f.volume! * density;
  });
}

/** Temperatures: unit strings, or bare numbers in °C. */
export function temperatures(text: string, flag: string): number[] {
  return splitList(text, flag).map((item) => {
    const n = plainNumber(item);
    return n !== undefined ? toKelvin(n) : quantity(normaliseQuantityText(item), 'K', flag);
  });
}

/**
 * Lists of quantities for `size-study` and `off-design` (--areas, --uas, --hot-flows, --cold-in, …): bare numbers
 * in the option's stated unit (°C for temperatures), each item refused by name when out of range.
 */
import { InputError, quantity, toKelvin } from '../core';
import { normaliseQuantityText, splitList } from './args';

/** Parse a list of quantities; bare numbers are in `unit`. */
export function quantities(text: string, flag: string, unit: string): number[] {
  return splitList(text, flag).map((item) =>
    quantity(plainNumber(item) ?? normaliseQuantityText(item), unit, flag),
  );
}
export function plainNumber(s: string): number | undefined {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim()) ? Number(s) : undefined;
}

/** Flows: "40 kg/s" or "50%" (share of `loopFlow`), each above 0 and at most 1,000 % or 100,000 kg/s. */
export function flows(text: string, flag: string, loopFlow: number): number[] {
  return splitList(text, flag).map((item) => {
    if (/%\s*$/.test(item)) {
      const share = quantity(item, '', flag);
      if (!(share > 0 && share <= 10))
        throw new InputError(flag, item, 'a share of the loop’s flow above 0 and at most 1000%');
      return share * loopFlow;
    }
    const n = plainNumber(item);
    const x = n !== undefined ? n : quantity(normaliseQuantityText(item), 'kg/s', flag);
    if (!(x > 0 && x <= 1e5))
      throw new InputError(flag, item, 'a mass flow above 0 and at most 100,000 kg/s');
    return x;
  });
}

/** Temperatures: unit strings, or bare numbers in °C. */
export function temperatures(text: string, flag: string): number[] {
  return splitList(text, flag).map((item) => {
    const n = plainNumber(item);
    return n !== undefined ? toKelvin(n) : quantity(normaliseQuantityText(item), 'K', flag);
  });
}

import { normaliseUnit } from './grammar';
import { math } from './math';

/** Convert a number between two units (our code's unit names), e.g. convert(348.15, 'K', 'degF') → 167. */
export function convert(value: number, fromUnit: string, toUnit: string): number {
  return math.unit(value, normaliseUnit(fromUnit, false)).toNumber(normaliseUnit(toUnit, false));
}

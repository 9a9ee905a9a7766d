/** Validation helpers shared by the hydraulics module (internal). */
import { InputError } from '../errors';

/** Throws InputError unless x is a finite number > 0. Returns x. */
export function requirePositive(field: string, x: number, unit = ''): number {
  if (!(x > 0) || x === Number.POSITIVE_INFINITY) {
    throw new InputError(field, x, `a finite number > 0${unit ? ` ${unit}` : ''}`);
  }
  return x;
}

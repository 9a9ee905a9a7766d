/**
 * Errors the core raises. Every message names the field (or quantity), the offending value and what is
 * allowed, so a person can fix the input without reading the code (the style of Modelica Buildings'
 * assertion messages).
 */

/** A user-supplied value is outside what the model accepts. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    /** Dotted path or argument name, e.g. `greenhouse.floorArea` or `--hot-in`. */
    readonly field: string,
    /** The value as the user wrote it (or as the core received it, with its unit). */
    readonly value: unknown,
    /** What would have been accepted, in words, e.g. `between 0 and 60 % by mass`. */
    readonly allowed: string,
    detail?: string,
  ) {
    super(`${field} = ${formatValue(value)} is not allowed: ${allowed}${detail ? `. ${detail}` : ''}`);
  }
}

/** The physics cannot be satisfied (temperature cross, fluid frozen or boiling, no converged solution). */
export class PhysicsError extends Error {
  override name = 'PhysicsError';
}

function formatValue(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(+v.toPrecision(6)) : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** Celsius → kelvin offset (exact, SI). */
export const ZERO_CELSIUS = 273.15;
export const toKelvin = (celsius: number): number => celsius + ZERO_CELSIUS;
export const toCelsius = (kelvin: number): number => kelvin - ZERO_CELSIUS;

/** Throws InputError unless `x` is a finite number within [min, max]. Returns x for chaining. */
export function requireFinite(field: string, x: number, min = -Infinity, max = Infinity, unit = ''): number {
  if (!Number.isFinite(x) || x < min || x > max) {
    const u = unit ? ` ${unit}` : '';
    const range =
      min === -Infinity && max === Infinity
        ? 'a finite number'
        : max === Infinity
          ? `a finite number ≥ ${min}${u}`
          : min === -Infinity
            ? `a finite number ≤ ${max}${u}`
            : `between ${min} and ${max}${u}`;
    throw new InputError(field, x, range);
  }
  return x;
}

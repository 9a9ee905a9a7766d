/**
 * Display units: the global SI / imperial switch, read from the core's table (the CLI's `--units imperial`
 * reads the same one). Conversions go through the core's `convert`, so temperatures convert with their offsets.
 */
import {
  DISPLAY_UNITS,
  type DisplayKind,
  type DisplayUnit,
  displayUnitOf,
  fromDisplayUnit,
  toDisplayUnit,
  type UnitSystem,
} from '../../core';

export type { DisplayUnit, UnitSystem };

/** Quantity kinds shown in the app: the core's one table of display units (src/core/units/display.ts). */
export const KINDS = DISPLAY_UNITS;

export type Kind = DisplayKind;

/** The unit `kind` is shown in under `system`. */
export const displayUnit = displayUnitOf;

/** An SI value of `kind` in the display unit of `system` (mathjs conversion). */
export const toDisplay = toDisplayUnit;

/** A display value of `kind` back to SI (inverse of `toDisplay`). */
export const fromDisplay = fromDisplayUnit;

/** A plain number for an input box: up to `digits` significant digits, no exponent for usual magnitudes. */
export function formatInput(x: number, digits = 6): string {
  if (!Number.isFinite(x)) return '';
  if (x === 0) return '0';
  const r = Number(x.toPrecision(digits));
  const a = Math.abs(r);
  if (a >= 1e-4 && a < 1e12) {
    // toPrecision may use exponent notation; Number → String gives plain digits in this range.
    return String(r);
  }
  return r.toExponential();
}

/**
 * en-US number formats by fraction digits, made once: `toLocaleString` with options builds a new
 * Intl.NumberFormat on every call (ECMA-402 §19.2.1), and a new result's cards, charts and tables format
 * thousands of numbers — 130 ms of the page's main thread per result in Chromium's profile (issue 13). The same
 * text: toLocaleString is defined as exactly this format.
 */
const UP_TO: Intl.NumberFormat[] = [];
const EXACTLY: Intl.NumberFormat[] = [];
const upTo = (frac: number) =>
  (UP_TO[frac] ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: frac, minimumFractionDigits: 0 }));
const exactly = (frac: number) =>
  (EXACTLY[frac] ??= new Intl.NumberFormat('en-US', {
    minimumFractionDigits: frac,
    maximumFractionDigits: frac,
  }));

/** "12.3 kW" style text with grouping, `digits` significant digits (for cards and tooltips). */
export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  const maxFrac = a === 0 ? 0 : Math.max(0, Math.min(6, digits - 1 - Math.floor(Math.log10(a))));
  return upTo(maxFrac).format(x);
}

/**
 * `x` rounded to `digits` significant figures, with thousands separators, trailing zeros kept so that every
 * figure shows the same precision: 15 899 → "15,900", 2.4 → "2.40", 0.92 → "0.920", 0 → "0".
 */
export function formatSignificant(x: number, digits: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x === 0) return '0';
  const r = Number(x.toPrecision(digits));
  const frac = Math.max(0, Math.min(20, digits - 1 - Math.floor(Math.log10(Math.abs(r)))));
  return exactly(frac).format(r);
}

/** The text to store for a bare number typed in a field shown in `unit` ("3" + "ha" → "3 ha"). */
export function withUnit(number: string, unit: string): string {
  const n = number.trim();
  return unit ? `${n} ${unit}` : n;
}

/**
 * A number typed with thousands grouping, as the app itself prints them ("1,000", "20 000", "7,700.5 m²"),
 * without the grouping ("1000", "20000", "7700.5 m²"); other text unchanged. Only groups of exactly three
 * digits after a one-to-three-digit head count as grouping, so "1,5" (a decimal comma) is left for the
 * parser to refuse.
 */
export function ungroup(text: string): string {
  const m = /^(\s*[-+]?)(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+)(?![\d,])(.*)$/s.exec(text);
  return m ? `${m[1]}${m[2]!.replace(/[,\u00a0\u202f ]/g, '')}${m[3]}` : text;
}

/** True when the text is a bare number (no unit written), e.g. "12", "-3.5", "1e3". */
export function isBareNumber(text: string): boolean {
  return /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text);
}

/**
 * A power for reading: kW below 10 MW, MW above (SI); BTU/h, or MMBtu/h from a million (imperial, as plant
 * ratings are written: "9.21 MMBtu/h", not "9,212,780 BTU/h").
 */
export function formatPower(watts: number, system: UnitSystem): string {
  if (system === 'SI') {
    return watts >= 1e7 ? `${formatNumber(watts / 1e6, 3)} MW` : `${formatNumber(watts / 1e3, 3)} kW`;
  }
  const btuh = toDisplay(watts, 'power', 'imperial');
  return Math.abs(btuh) >= 1e6 ? `${formatNumber(btuh / 1e6, 3)} MMBtu/h` : `${formatNumber(btuh, 3)} BTU/h`;
}

/** A number as notes and messages write it ("−32", "2,000", "0.98"): a pattern for text rewrites. */
export const NUMBER_IN_TEXT = String.raw`[\u2212-]?\d[\d,]*(?:\.\d+)?`;

/** The value of a NUMBER_IN_TEXT match (true minus sign, grouping commas). */
export function parseTextNumber(n: string): number {
  return Number(n.replace(/\u2212/g, '-').replace(/,/g, ''));
}

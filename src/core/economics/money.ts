/**
 * Field builders of the economics section: money amounts with their currency ("0.035 USD/kWh"), physical
 * quantities and fractions, as zod fields; conversion of an amount to the scenario currency.
 */
import { z } from 'zod';
import { InputError } from '../errors';
import { parseQuantity, quantity, TextMemo } from '../units';

export const CURRENCIES = ['USD', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** A money amount as parsed, before conversion to the scenario currency. */
export interface Money {
  /** Amount per SI unit of the field, in `cur` (undefined: written without currency = scenario currency). */
  v: number;
  cur: Currency | undefined;
  /** Index of the unit alternative that matched. */
  alt: number;
  /** The text as written. */
  text: string | number;
}

export interface Alt {
  /** The unit after the currency, in mathjs syntax ('/kWh', '/PH/day', '' for a plain amount). */
  per: string;
  /** Multiplies the amount in currency·per to give currency per SI unit. */
  toSI: number;
}

export function parseMoney(text: string | number, alts: readonly Alt[]): Money {
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) throw new Error('not a finite number');
    return { v: text * alts[0]!.toSI, cur: undefined, alt: 0, text };
  }
  let memo = parsed.get(alts);
  if (!memo) {
    memo = new TextMemo<Money>(1024);
    parsed.set(alts, memo);
  }
  const hit = memo.get(text);
  if (hit) return { ...hit, text };
  const m = parseMoneyText(text, alts);
  memo.keep(text, m);
  return { ...m };
}

/**
 * Amounts `parseMoney` read, per field (its unit alternatives) and text (units/textMemo.ts): the parse and the
 * conversions tried in turn (a failed one throws) cost ≈ 50 µs an amount; the pilot has 16.
 */
const parsed = new WeakMap<readonly Alt[], TextMemo<Money>>();

function parseMoneyText(text: string, alts: readonly Alt[]): Money {
  const u = parseQuantity(text);
  if (typeof u === 'number') return { v: u * alts[0]!.toSI, cur: undefined, alt: 0, text };
  for (const cur of CURRENCIES) {
    for (let k = 0; k < alts.length; k++) {
      try {
        const n = u.toNumber(`${cur}${alts[k]!.per}`);
        if (Number.isFinite(n)) return { v: n * alts[k]!.toSI, cur, alt: k, text };
      } catch {
        // try the next unit
      }
    }
  }
  throw new Error(`not an amount in ${alts.map((a) => `USD${a.per} or CAD${a.per}`).join(', or ')}`);
}

export function errorText(e: unknown): string {
  return e instanceof InputError ? e.allowed : (e as Error).message;
}

/**
 * A money field: an amount with its currency and unit ("0.035 USD/kWh"; cents are not a unit: write
 * "0.04671 CAD/kWh"), or a bare number in the scenario currency and the unit of `alts[0]`. `min`/`max` are
 * in the unit of `alts[0]`, checked in the currency as written (USD and CAD differ by < 1.5×).
 */
export function money(alts: readonly Alt[], min: number, max: number, example: string) {
  const shown = alts[0]!.per === '' ? '' : ` per ${alts[0]!.per.slice(1)}`;
  const allowed = `between ${min} and ${max} USD or CAD${shown} (e.g. "${example}")`;
  return z
    .union([z.string(), z.number()], { error: `a money amount ${allowed}` })
    .transform((v, ctx): Money => {
      let m: Money;
      try {
        m = parseMoney(v, alts);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `${errorText(e)}; allowed: ${allowed}` });
        return z.NEVER;
      }
      const lo = min * alts[0]!.toSI;
      const hi = max * alts[0]!.toSI;
      if (!(m.v >= lo * (1 - 1e-12) && m.v <= hi * (1 + 1e-12))) {
        ctx.addIssue({ code: 'custom', message: `out of range: allowed ${allowed}` });
        return z.NEVER;
      }
      return m;
    });
}

/** A physical quantity in SI `unit` (or one of `alts`, each with its factor to SI), within [min, max] SI. */
export function qty(
  alts: readonly { unit: string; toSI: number }[],
  min: number,
  max: number,
  allowedText: string,
) {
  return z.union([z.string(), z.number()], { error: allowedText }).transform((v, ctx) => {
    let x: number | undefined;
    let err = '';
    for (const a of alts) {
      try {
        x = quantity(v, a.unit) * a.toSI;
        break;
      } catch (e) {
        err ||= errorText(e);
      }
    }
    if (x === undefined) {
      ctx.addIssue({ code: 'custom', message: `${err}; allowed: ${allowedText}` });
      return z.NEVER;
    }
    if (!(x >= min * (1 - 1e-12) && x <= max * (1 + 1e-12))) {
      ctx.addIssue({ code: 'custom', message: `out of range: allowed ${allowedText}` });
      return z.NEVER;
    }
    return x;
  });
}

/** A plain fraction, written 0.02 or "2 %". */
export const fraction = (min: number, max: number, example: string) =>
  qty([{ unit: '', toSI: 1 }], min, max, `between ${min} and ${max} (fraction; e.g. "${example}")`);

export function toCurrency(m: Money, to: Currency, cadPerUsd: number): number {
  if (m.cur === undefined || m.cur === to) return m.v;
  return m.cur === 'USD' ? m.v * cadPerUsd : m.v / cadPerUsd;
}

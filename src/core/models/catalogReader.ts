/** Conversion helpers for catalog entries: quantities to SI with their sources, zod issues as InputErrors. */
import type { z } from 'zod';
import { InputError } from '../errors';
import { quantity } from '../units';

export type SourcedValue = { value: string | number; source: string };

/** Collects sources while converting one catalog entry; every error names `<id>.<path>`. */
export class Reader {
  readonly sources: Record<string, string> = {};
  constructor(readonly id: string) {}

  /** A quantity in `unit` (SI), within [min, max]. `L/min` is accepted for litres per minute. */
  q(
    path: string,
    d: SourcedValue,
    unit: string,
    min = -Infinity,
    max = Infinity,
    rangeText?: string,
  ): number {
    const field = `${this.id}.${path}`;
    this.sources[path] = d.source;
    const v = typeof d.value === 'string' ? d.value.replace(/\/\s*min\b/g, '/minute') : d.value;
    const x = quantity(v, unit, field);
    if (!(x >= min && x <= max)) {
      throw new InputError(field, d.value, rangeText ?? rangeWords(min, max, unit));
    }
    return x;
  }

  /** A plain number (no unit), within [min, max]. */
  n(path: string, d: SourcedValue, min = -Infinity, max = Infinity): number {
    return this.q(path, d, '', min, max);
  }

  t(path: string, d: { value: string; source: string }): string {
    this.sources[path] = d.source;
    return d.value;
  }

  /** Throws unless `ok`, naming the path and its value. */
  check(ok: boolean, path: string, value: unknown, allowed: string): void {
    if (!ok) throw new InputError(`${this.id}.${path}`, value, allowed);
  }
}

function rangeWords(min: number, max: number, unit: string): string {
  const u = unit ? ` ${unit}` : '';
  if (min === -Infinity && max === Infinity) return `a finite quantity in${u || ' (no unit)'}`;
  if (max === Infinity) return `a quantity ≥ ${min}${u}`;
  if (min === -Infinity) return `a quantity ≤ ${max}${u}`;
  return `between ${min} and ${max}${u}`;
}

/** zod result → InputError naming the first issue's path, the value found there and what is expected. */
export function validate<T>(schema: z.ZodType<T>, json: unknown, kind: string): T {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const id =
    typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string'
      ? (json as { id: string }).id
      : kind;
  let value: unknown = json;
  for (const k of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey];
  const path = issue.path.length ? `${id}.${issue.path.join('.')}` : id;
  const hint =
    'a { "value": "<number> <unit>", "source": "<where it comes from>" } object as in models/equipment/README.md';
  throw new InputError(path, value, issue.message, `Catalog ${kind} entries use ${hint}`);
}

export const K = 'K';

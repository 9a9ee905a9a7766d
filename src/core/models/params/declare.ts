/**
 * One declaration per scenario parameter: its SI unit, physical range, default, an example of the right
 * dimension, a one-line doc and its source. The zod schema (scenario.ts), the model guards, the editor and the
 * CLI `--set` help all read these declarations (`PARAMS`, `paramInfo` in ./index.ts).
 *
 * A section file declares its fields with the builders below and wraps them in `section(...)`; the section
 * then carries both the zod schema and the metadata.
 */
import '../../zodSetup';
import { z } from 'zod';
import { InputError } from '../../errors';
import { parseFluid } from '../../fluids';
import { convert, quantity as parseQty } from '../../units';
import { normaliseUnit, splitQuantity } from '../../units/grammar';

export type ParamKind = 'quantity' | 'integer' | 'choice' | 'text' | 'fluid' | 'list' | 'custom';

/** What a parameter is: everything the schema, the guards, the editor and the help need. */
export interface ParamMeta {
  kind: ParamKind;
  /** SI unit of the stored number ('' for a ratio; undefined for non-numbers). */
  unit?: string;
  /** A correct example of this field's dimension, as people write it ("25 L/s", "-32 degC"). */
  example?: string;
  /** Physical range (SI), inclusive. */
  min?: number;
  max?: number;
  /**
   * With min 0: 0 means "none" and the smallest other value is this (e.g. a buffer tank of 0 m³ is no tank,
   * one of 1e-300 m³ is not a tank the model can step).
   */
  zeroOrAtLeast?: number;
  /** Default (SI number, or the value for non-quantities); undefined when the field is required or optional. */
  default?: unknown;
  /** The field may be left out (no default). */
  optional?: boolean;
  /** Allowed values of a choice. */
  values?: readonly string[];
  /** One line of documentation. */
  doc: string;
  /** Where the range/default comes from: a cited source, or "assumption: …". */
  source: string;
}

/** A declared parameter: its metadata and its zod schema. */
export interface Param<S extends z.ZodType = z.ZodType> {
  readonly meta: ParamMeta;
  readonly schema: S;
}

type Wrap<S extends z.ZodType, O> = O extends { default: unknown }
  ? z.ZodDefault<S>
  : O extends { optional: true }
    ? z.ZodOptional<S>
    : S;

function wrap<S extends z.ZodType>(s: S, o: { default?: unknown; optional?: boolean }): z.ZodType {
  if (o.default !== undefined) return (s as unknown as z.ZodAny).default(o.default as never);
  if (o.optional) return s.optional();
  return s;
}

/** Display units for range messages: people write temperatures in °C, rates per hour. */
/** The unit a range is written in, where it is not the SI unit declared (a temperature difference in K). */
const SHOWN: Record<string, string> = { K: 'degC', 's^-1': 'h^-1', kelvin: 'K' };

/**
 * The unit a field's range is written in: SHOWN's for K, s⁻¹ and kelvin differences, else the unit of the
 * field's own example when it has one ("3 bar" → "between 1 bar and 10 bar", not "100000 Pa and 1000000 Pa").
 */
function shownUnit(unit: string, example: string | undefined): string | undefined {
  const shown = SHOWN[unit];
  if (shown || !unit || example === undefined) return shown;
  const u = unitOf(example);
  return u && u !== unit && u !== '%' ? u : undefined;
}

function fmtBound(x: number, unit: string, shown: string | undefined): string {
  const v = shown ? convert(x, unit, shown) : x;
  return `${+v.toPrecision(6)}${shown ? ` ${shown}` : unit ? ` ${unit}` : ''}`;
}

/**
 * For a number given without a unit where the field has one: it was read in the SI unit, which is rarely what
 * was meant ("21" for a set-point is 21 K), so the range message says so and shows the number with the unit
 * the range is written in.
 */
function bareNote(v: string | number, unit: string, shown: string | undefined): string {
  // shown in its SI unit (a difference in K too): the range already says how it was read
  if (!shown || shown === unit || unit === 'kelvin') return '';
  if (Math.abs(convert(1, unit, shown) - 1) < 1e-12) return ''; // m^-1 shown as m/m^2: the same number
  if (typeof v === 'string' && unitOf(v) !== '') return '';
  return ` (a number without a unit is read in ${unit}: did you mean "${String(v).trim()} ${shown}"?)`;
}

/**
 * A temperature difference (fields declared in 'kelvin') written in °C or °F means that many degrees of
 * difference: "4 degC" is 4 K and "7.2 degF" is 4 K (× 5/9), not the absolute temperatures 277.15 K and
 * 259.15 K that the unit parser makes of them. Other text passes through unchanged.
 */
function temperatureDifference(v: string | number): string | number {
  if (typeof v !== 'string') return v;
  // the unit grammar's own spellings: "°C", "C", "degC", "celsius", … (normaliseUnit with temperatures)
  const unit = normaliseUnit(unitOf(v)?.replace(/^Δ\s*/, '') ?? '', true);
  const per = DEGREE_IN_K[unit];
  return per === undefined ? v : `${Number(splitQuantity(v).number) * per} K`;
}

/** Kelvin per degree of the temperature scales a difference may be written in. */
const DEGREE_IN_K: Record<string, number> = { degC: 1, celsius: 1, degF: 5 / 9, fahrenheit: 5 / 9 };

/** The unit text after the number of a quantity string ('' for a bare number), or undefined if it is none. */
function unitOf(v: string): string | undefined {
  try {
    return splitQuantity(v).unit;
  } catch {
    return undefined; // not "a number then a unit": the parser says why
  }
}

/** "between 5 degC and 95 degC (e.g. "70 degC")". */
export function allowedText(unit: string, min: number, max: number, example?: string): string {
  const shown = shownUnit(unit, example);
  return `between ${fmtBound(min, unit, shown)} and ${fmtBound(max, unit, shown)}${example ? ` (e.g. "${example}")` : ''}`;
}

/**
 * The zod schema of a quantity: a unit string (or a bare number meaning SI `unit`) → SI number within
 * [min, max]. Parse errors show `example`, which has this field's dimension.
 */
export function qtySchema(unit: string, min: number, max: number, example: string, zeroOrAtLeast?: number) {
  const allowed =
    zeroOrAtLeast === undefined
      ? allowedText(unit, min, max, example)
      : `0 (none) or ${allowedText(unit, zeroOrAtLeast, max, example)}`;
  const lowest = zeroOrAtLeast ?? min;
  return z
    .union([z.string(), z.number()], { error: `not a quantity; allowed: ${allowed}` })
    .transform((v, ctx) => {
      let x: number;
      try {
        x = parseQty(unit === 'kelvin' ? temperatureDifference(v) : v, unit, 'quantity', example);
      } catch (e) {
        const msg = e instanceof InputError ? e.allowed : (e as Error).message;
        ctx.addIssue({ code: 'custom', message: `${msg}; allowed: ${allowed}` });
        return z.NEVER;
      }
      // A bound written as shown ("-70 degC") converts to 203.14999999999998 K: allow rounding at the ends.
      const eps = 1e-12 * Math.max(1, Math.abs(min), Math.abs(max));
      if (!((x >= lowest - eps || (zeroOrAtLeast !== undefined && x === 0)) && x <= max + eps)) {
        ctx.addIssue({
          code: 'custom',
          message: `out of range: allowed ${allowed}${bareNote(v, unit, shownUnit(unit, example))}`,
        });
        return z.NEVER;
      }
      return x;
    });
}

type Common = { doc: string; source: string; optional?: true };

interface QuantityOpts extends Common {
  unit: string;
  min: number;
  max: number;
  example: string;
  default?: number;
  zeroOrAtLeast?: number;
}

/** A physical quantity stored in SI `unit`. */
export function quantity<const O extends QuantityOpts>(o: O): Param<Wrap<ReturnType<typeof qtySchema>, O>> {
  if (o.zeroOrAtLeast !== undefined && !(o.min === 0 && o.zeroOrAtLeast > 0 && o.zeroOrAtLeast <= o.max))
    throw new Error(`zeroOrAtLeast needs min 0 and a value in (0, max]: ${o.doc}`);
  const schema = wrap(qtySchema(o.unit, o.min, o.max, o.example, o.zeroOrAtLeast), o);
  return { meta: { kind: 'quantity', ...o }, schema: schema as never };
}

/** A plain ratio (stored 0..1), written 0.3 or "30 %". */
export function fraction<const O extends Omit<QuantityOpts, 'unit' | 'example'> & { example?: string }>(
  o: O,
): Param<Wrap<ReturnType<typeof qtySchema>, O>> {
  const typical = o.default ?? (o.min + o.max) / 2;
  return quantity({ unit: '', example: `${+(typical * 100).toPrecision(4)} %`, ...o }) as never;
}

function intSchema(min: number, max: number, why?: string) {
  const msg = `a whole number between ${min} and ${max}${why ? ` (${why})` : ''}`;
  return z.number({ error: msg }).int({ error: msg }).min(min, { error: msg }).max(max, { error: msg });
}

interface IntegerOpts extends Common {
  min: number;
  max: number;
  default?: number;
  /** Why the range is what it is, shown in the message. */
  why?: string;
}

/** A whole number (counts). */
export function integer<const O extends IntegerOpts>(o: O): Param<Wrap<ReturnType<typeof intSchema>, O>> {
  return {
    meta: { kind: 'integer', unit: '', ...o },
    schema: wrap(intSchema(o.min, o.max, o.why), o) as never,
  };
}

interface ChoiceOpts<V extends readonly [string, ...string[]]> extends Common {
  values: V;
  default?: V[number];
}

/** One of a fixed list of words. */
export function choice<const V extends readonly [string, ...string[]], const O extends ChoiceOpts<V>>(
  o: O & { values: V },
): Param<Wrap<z.ZodEnum<{ [K in V[number]]: K }>, O>> {
  return { meta: { kind: 'choice', ...o }, schema: wrap(z.enum(o.values), o) as never };
}

interface TextOpts extends Common {
  default?: string;
  /** Minimum length (1 = non-empty). */
  minLength?: number;
}

/** Free text, or a catalog id (looked up when the plant is built, with the known ids in the message). */
export function text<const O extends TextOpts>(o: O): Param<Wrap<z.ZodString, O>> {
  const s = z
    .string()
    .min(o.minLength ?? 0)
    .max(200, { error: 'at most 200 characters' });
  return { meta: { kind: 'text', ...o }, schema: wrap(s, o) as never };
}

const fluidSchema = z.string().transform((v, ctx) => {
  try {
    parseFluid(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
  return v;
});

/** A loop fluid: "water", "propylene-glycol 40%", … (src/core/fluids `parseFluid`). */
export function fluid<const O extends Common & { default?: string }>(
  o: O,
): Param<Wrap<typeof fluidSchema, O>> {
  return {
    meta: { kind: 'fluid', example: 'propylene-glycol 40%', ...o },
    schema: wrap(fluidSchema, o) as never,
  };
}

/** A field whose schema is not one of the above (a list of points, a price in a currency…). */
export function custom<S extends z.ZodType>(
  meta: Omit<ParamMeta, 'kind'> & { kind?: ParamKind },
  schema: S,
): Param<S> {
  return { meta: { kind: 'custom', ...meta }, schema };
}

/** A scenario section: its fields (declaration order) and the strict zod object built from them. */
export interface Section<F extends Record<string, Param>, S extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly doc: string;
  readonly fields: F;
  readonly schema: S;
}

type ObjectOf<F extends Record<string, Param>> = z.ZodObject<
  { [K in keyof F]: F[K]['schema'] },
  z.core.$strict
>;

/**
 * Declare a section. `whenMissing` makes the whole section optional: it is then parsed from that input
 * ({} = every field's default).
 */
export function section<
  F extends Record<string, Param>,
  const M extends Record<string, unknown> | undefined = undefined,
>(
  name: string,
  doc: string,
  fields: F,
  whenMissing?: M,
): Section<F, M extends undefined ? ObjectOf<F> : z.ZodPrefault<ObjectOf<F>>> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, p]) => [k, p.schema]));
  const obj = z.strictObject(shape);
  const schema = whenMissing === undefined ? obj : obj.prefault(whenMissing as never);
  return { name, doc, fields, schema: schema as never };
}

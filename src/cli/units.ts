/**
 * Quantity arguments of the CLI without loading mathjs at start-up (issue 12, item 7: building the core's
 * units-only mathjs instance is most of `heat-twin size-hx`'s start-up). The plain forms engineers type — a
 * number and one SI unit or a quotient of two ("2.7 MW", "80 degC", "20 kg/s", "25 L/s", "150 kPa",
 * "180 kW/K") — are read here with the same grammar checks (core units/grammar.ts, which needs no mathjs)
 * and the same floating-point steps as mathjs's Unit (value × (unit·prefix)^power per factor, the offset
 * difference for a lone temperature, ÷ (unit·prefix)^power per factor of the target), so the numbers are
 * identical to the last digit (test/cli/units.test.ts checks every unit here against the core). Anything
 * else — other units, imperial units, bad text and its error message — goes to the core's `quantity`,
 * loaded on first need with `loadUnits()`.
 *
 * A command whose parsing may need the core's parser runs that parsing through `withUnits`: a miss throws
 * NeedUnits, the core's units are loaded and the (side-effect-free) parsing runs again.
 */
import { checkUnit, MAX_MAGNITUDE, normaliseUnit, splitQuantity } from '../core/units/grammar';

/** The grammar's split and spellings, for the CLI's other readers of typed quantities (typedRange.ts). */
export { normaliseUnit, splitQuantity };

type CoreUnits = typeof import('../core/units');

let core: CoreUnits | undefined;

/** Thrown by `quantity`/`convert` when the core's unit parser is needed and not loaded yet. */
export class NeedUnits extends Error {
  constructor() {
    super('internal: the unit parser is not loaded (run the parsing through withUnits or loadUnits first)');
  }
}

/**
 * Load the core's unit parser (mathjs); every later `quantity` and `convert` can use it. (In the compiled CLI
 * this is dist-cli/unitsCore.mjs, see build.mjs.)
 */
export async function loadUnits(): Promise<void> {
  core ??= await import('../core/units');
}

/** Use the core's units a command already imports (no second mathjs instance in its bundle). */
export function provideUnits(units: Pick<CoreUnits, 'quantity' | 'convert' | 'DISPLAY_UNITS'>): void {
  core ??= units as CoreUnits;
}

/**
 * Run `parse`; if it needed the core's unit parser, load it and run `parse` again. `parse` must not write
 * output or change state before its last quantity is read.
 */
export async function withUnits<T>(parse: () => T): Promise<T> {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof NeedUnits)) throw e;
  }
  await loadUnits();
  return parse();
}

/** Base dimensions: mass, length, time, temperature. */
type Dims = readonly [number, number, number, number];

/** A unit as mathjs defines it: its value in SI, the prefix's value, the offset (temperatures). */
interface Atom {
  value: number;
  prefix: number;
  offset: number;
  dims: Dims;
  temperature?: boolean;
}

const atom = (value: number, prefix: number, dims: Dims, offset = 0): Atom => ({
  value,
  prefix,
  offset,
  dims,
});
const POWER: Dims = [1, 2, -3, 0];
const PRESSURE: Dims = [1, -1, -2, 0];
const MASS: Dims = [1, 0, 0, 0];
const LENGTH: Dims = [0, 1, 0, 0];
const TIME: Dims = [0, 0, 1, 0];
const VOLUME: Dims = [0, 3, 0, 0];

/** The units read here, with mathjs 15's values (type/unit/Unit.js) and prefixes (PREFIXES.SHORT). */
const ATOMS: Record<string, Atom> = {
  W: atom(1, 1, POWER),
  kW: atom(1, 1e3, POWER),
  MW: atom(1, 1e6, POWER),
  GW: atom(1, 1e9, POWER),
  Pa: atom(1, 1, PRESSURE),
  kPa: atom(1, 1e3, PRESSURE),
  MPa: atom(1, 1e6, PRESSURE),
  bar: atom(100000, 1, PRESSURE),
  mbar: atom(100000, 1e-3, PRESSURE),
  K: { ...atom(1, 1, [0, 0, 0, 1]), temperature: true },
  degC: { ...atom(1, 1, [0, 0, 0, 1], 273.15), temperature: true },
  g: atom(0.001, 1, MASS),
  kg: atom(0.001, 1e3, MASS),
  t: atom(1000, 1, MASS),
  s: atom(1, 1, TIME),
  min: atom(60, 1, TIME),
  h: atom(3600, 1, TIME),
  m: atom(1, 1, LENGTH),
  mm: atom(1, 1e-3, LENGTH),
  cm: atom(1, 1e-2, LENGTH),
  km: atom(1, 1e3, LENGTH),
  L: atom(0.001, 1, VOLUME),
  l: atom(0.001, 1, VOLUME),
};

interface Factor {
  atom: Atom;
  power: number;
}

/** "A", "A^n", "A/B", "A^n/B^m" (n, m single digits); a temperature only alone and with offset only there. */
const FORM = /^([A-Za-z]+)(?:\s*\^\s*([1-9]))?(?:\s*\/\s*([A-Za-z]+)(?:\s*\^\s*([1-9]))?)?$/;

function readUnit(text: string): Factor[] | undefined {
  const m = FORM.exec(text);
  if (!m) return undefined;
  const num = Object.hasOwn(ATOMS, m[1]!) ? ATOMS[m[1]!]! : undefined;
  if (!num) return undefined;
  const factors: Factor[] = [{ atom: num, power: Number(m[2] ?? 1) }];
  if (m[3] !== undefined) {
    const den = Object.hasOwn(ATOMS, m[3]) ? ATOMS[m[3]]! : undefined;
    if (!den) return undefined;
    factors.push({ atom: den, power: -Number(m[4] ?? 1) });
  }
  const lone = factors.length === 1 && factors[0]!.power === 1;
  if (!lone && factors.some((f) => f.atom.offset !== 0)) return undefined;
  return factors;
}

function dimsOf(factors: Factor[]): number[] {
  const d = [0, 0, 0, 0];
  for (const f of factors) for (let i = 0; i < 4; i++) d[i]! += f.atom.dims[i]! * f.power;
  return d;
}

/** mathjs `Unit.to(...).toNumber()` on these factors, step for step (Math.pow, as mathjs's pow for numbers). */
function convertFactors(x: number, from: Factor[], to: Factor[]): number {
  let v = x;
  for (const f of from) v = v * Math.pow(f.atom.value * f.atom.prefix, f.power);
  const single = (u: Factor[]) => u.length === 1 && Math.abs(u[0]!.power - 1) <= 1e-15;
  if (single(from) && from[0]!.atom.offset !== to[0]!.atom.offset) {
    const a = from[0]!.atom;
    const b = to[0]!.atom;
    v = v + (a.value * a.offset - b.value * b.offset);
  }
  for (const f of to) v = v / Math.pow(f.atom.value * f.atom.prefix, f.power);
  return v;
}

const isTemperature = (unit: string) => unit === 'K' || unit === 'degC' || unit === 'degF' || unit === 'degR';

/**
 * `text` in `unit` when it is one of the plain forms read here (the core's `quantity` gives the same number),
 * else undefined: another unit, a dimension that does not match, or text the core would refuse.
 */
export function plainQuantity(text: string, unit: string): number | undefined {
  let number: string;
  let unitText: string;
  try {
    ({ number, unit: unitText } = splitQuantity(text));
    unitText = normaliseUnit(unitText, isTemperature(unit));
    checkUnit(unitText);
  } catch {
    return undefined;
  }
  if (!(Math.abs(Number(number)) <= MAX_MAGNITUDE) || unitText === '') return undefined;
  const from = readUnit(unitText);
  const to = readUnit(normaliseUnit(unit, false));
  if (!from || !to || dimsOf(from).join() !== dimsOf(to).join()) return undefined;
  // mathjs reads the number with parseFloat (Unit.parse).
  const n = convertFactors(Number.parseFloat(number), from, to);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The core's `quantity` (units/index.ts): the number of `text` in `unit`, with the same errors. Plain forms
 * are read here; the rest needs `loadUnits()` first (else NeedUnits).
 */
export function quantity(text: string | number, unit: string, field = 'quantity', example?: string): number {
  if (typeof text === 'string') {
    const n = plainQuantity(text, unit);
    if (n !== undefined) return n;
  }
  if (!core) throw new NeedUnits();
  return core.quantity(text, unit, field, example);
}

/** The core's display-unit table (needs `loadUnits()` first, else NeedUnits). */
export function displayUnits(): CoreUnits['DISPLAY_UNITS'] {
  if (!core) throw new NeedUnits();
  return core.DISPLAY_UNITS;
}

/** The core's `convert` (needs `loadUnits()` first, else NeedUnits). */
export function convert(value: number, fromUnit: string, toUnit: string): number {
  if (!core) throw new NeedUnits();
  return core.convert(value, fromUnit, toUnit);
}

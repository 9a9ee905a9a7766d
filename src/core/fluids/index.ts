/**
 * Heat-transfer fluids: factory and parser.
 *
 * - `fluid(name, massFraction, pressure)` returns a cached `Fluid` (one instance per name, fraction and
 *   pressure). Pure water uses IAPWS-IF97/R12-08/R15-11; propylene and ethylene glycol solutions use
 *   Melinder (2010). A glycol at fraction 0 is pure water (the water model is returned).
 * - `parseFluid(text)` reads "water", "propylene-glycol 30%", "ethylene-glycol 0.4", "PG30", "EG 40 %".
 */
import { InputError } from '../errors';
import { GlycolFluid, MAX_GLYCOL_FRACTION } from './glycol';
import type { Fluid, FluidName } from './types';
import { checkLoopPressure, WaterFluid } from './water';

export { GlycolFluid, formatPercent, MAX_GLYCOL_FRACTION, MELINDER_T_MAX } from './glycol';
export {
  P_CRITICAL,
  R_WATER,
  Region1Isobar,
  region1Density,
  region1Enthalpy,
  region1SpecificHeat,
  saturationPressure,
  saturationTemperature,
  T_CRITICAL,
} from './iapws97';
export { MELINDER_EG, MELINDER_PG, type MelinderTable, melinderEvaluate } from './melinder';
export type { Fluid, FluidName } from './types';
export { MAX_LOOP_PRESSURE, MIN_LOOP_PRESSURE, WaterFluid } from './water';
export { waterConductivity, waterViscosity } from './waterTransport';

/** Default absolute loop pressure, Pa (3 bar). */
export const DEFAULT_PRESSURE = 3e5;

const NAMES: readonly FluidName[] = ['water', 'propylene-glycol', 'ethylene-glycol'];
const cache = new Map<string, Fluid>();

/**
 * A fluid by name, glycol mass fraction (0–0.6) and absolute loop pressure (Pa, default 3 bar; used for the
 * boiling limit and, for water, the IF97 state). Instances are cached per (name, fraction, pressure).
 * Throws InputError naming `fluid`, `massFraction` or `pressure` for an unknown name or out-of-range value.
 */
export function fluid(name: FluidName, massFraction = 0, pressure = DEFAULT_PRESSURE): Fluid {
  if (!NAMES.includes(name)) {
    throw new InputError('fluid', name, `one of ${NAMES.join(', ')}`);
  }
  if (!(Number.isFinite(massFraction) && massFraction >= 0 && massFraction <= MAX_GLYCOL_FRACTION)) {
    throw new InputError('massFraction', massFraction, 'between 0 and 0.6 (0–60 % glycol by mass)');
  }
  if (name === 'water' && massFraction !== 0) {
    throw new InputError(
      'massFraction',
      massFraction,
      '0 for water; name a glycol (propylene-glycol, ethylene-glycol) for a solution',
    );
  }
  checkLoopPressure(pressure);
  const kind: FluidName = massFraction === 0 ? 'water' : name;
  const key = `${kind}|${massFraction}|${pressure}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = kind === 'water' ? new WaterFluid(pressure) : new GlycolFluid(kind, massFraction, pressure);
    cache.set(key, f);
  }
  return f;
}

/** `fluid()` from a plain spec object, e.g. one parsed from a JSON model. */
export function fluidFromSpec(spec: { name: FluidName; massFraction?: number; pressure?: number }): Fluid {
  return fluid(spec.name, spec.massFraction ?? 0, spec.pressure ?? DEFAULT_PRESSURE);
}

const ALIASES: Record<string, FluidName> = {
  water: 'water',
  h2o: 'water',
  'propylene-glycol': 'propylene-glycol',
  propyleneglycol: 'propylene-glycol',
  pg: 'propylene-glycol',
  mpg: 'propylene-glycol',
  'ethylene-glycol': 'ethylene-glycol',
  ethyleneglycol: 'ethylene-glycol',
  eg: 'ethylene-glycol',
  meg: 'ethylene-glycol',
};

const PARSE_HINT =
  'a fluid such as "water", "propylene-glycol 30%", "ethylene-glycol 0.4", "PG30" or "EG 40 %" ' +
  '(glycol share by mass: a number with "%" is per cent, a number ≤ 1 without "%" is a fraction, ' +
  'a larger number is per cent)';

/**
 * Parse a fluid description. The name (water, propylene-glycol / PG / MPG, ethylene-glycol / EG / MEG; case,
 * spaces and underscores ignored) may be followed by the glycol mass share: "30%", "30 %", "0.3" or "30".
 * With "%" the number is per cent; without, a number ≤ 1 is a fraction and a larger one is per cent.
 * Throws InputError (field `fluid`) when it does not parse, or (field `massFraction`) when out of range.
 */
export function parseFluid(text: string, pressure = DEFAULT_PRESSURE): Fluid {
  if (typeof text !== 'string') throw new InputError('fluid', text, PARSE_HINT);
  const m =
    /^\s*([A-Za-z](?:[A-Za-z0-9_\- ]*?[A-Za-z0-9])?)\s*(?:[,:=@]?\s*(\d+(?:\.\d*)?|\.\d+)\s*(%)?)?\s*$/.exec(
      text,
    );
  if (!m) throw new InputError('fluid', text, PARSE_HINT);
  const key = m[1]!.toLowerCase().replace(/[\s_]+/g, '-');
  // Own properties only: "constructor" or "toString" must not reach Object.prototype.
  const own = (k: string) => (Object.hasOwn(ALIASES, k) ? ALIASES[k] : undefined);
  const name = own(key) ?? own(key.replace(/-/g, ''));
  if (name === undefined) throw new InputError('fluid', text, PARSE_HINT);
  if (m[2] === undefined) {
    if (name !== 'water') {
      throw new InputError('fluid', text, `${PARSE_HINT}; a glycol needs its share, e.g. "${key} 30%"`);
    }
    return fluid('water', 0, pressure);
  }
  const v = Number(m[2]);
  const x = m[3] === '%' || v > 1 ? v / 100 : v;
  return fluid(name, x, pressure);
}

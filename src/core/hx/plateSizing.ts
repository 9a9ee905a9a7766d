/**
 * Selection of a chevron plate pack for a nominal point, the way a vendor's selection program does it:
 * the fewest plates that reach the required UA *and* stay within the allowable pressure drop on each side
 * and the channel and port velocity limits, trying 1–4 passes per side; the report says which limit set
 * the plate count and warns about every limit a pack of this plate size cannot meet.
 *
 * Default limits (ENGINEERING ASSUMPTIONS in the range of the design literature, each overridable):
 * - allowable pressure drop 50 kPa per side: gasketed and brazed plate units are usually specified for
 *   20–70 kPa per side on liquid duties (Kakaç & Liu, Heat Exchangers: Selection, Rating and Thermal Design,
 *   2nd ed. 2002, ch. 10; Sinnott, Coulson & Richardson's Chemical Engineering vol. 6, 4th ed. 2005, §12.12,
 *   whose worked example allows 100 kPa as an upper bound);
 * - channel velocity ≤ 1.0 m/s: typical plate-channel velocities are 0.1–1 m/s for water (Kakaç & Liu 2002,
 *   ch. 10); higher velocities erode gaskets and rarely pay for their pumping power;
 * - port velocity ≤ 4.0 m/s: port losses grow as w_p² and unequal port pressure maldistributes the flow
 *   between channels; Sinnott (2005, §12.12.3) limits port velocity for the same reason, and vendors size
 *   ports for about 3–6 m/s on water (assumption: 4 m/s, the middle of that range).
 */
import { InputError, PhysicsError } from '../errors';
import type { Fluid } from '../fluids/types';
import type { NominalPoint } from './nominal';
import {
  checkPasses,
  MAX_PASSES,
  type Passes,
  passArrangement,
  passEffectiveness,
  passNtu,
  SINGLE_PASS,
} from './passes';
import {
  checkGeometry,
  type PlateConditions,
  type PlateGeometry,
  type PlateRating,
  ratePlate,
} from './plate';

/** Hydraulic limits of a selection, SI (Pa, m/s). */
export interface PlateLimits {
  maxPressureDropHot: number;
  maxPressureDropCold: number;
  maxChannelVelocity: number;
  maxPortVelocity: number;
  /** Most passes per side to try (1 = single pass only). */
  maxPasses: number;
}

/** The defaults documented in the file comment. */
export const DEFAULT_PLATE_LIMITS: Readonly<PlateLimits> = Object.freeze({
  maxPressureDropHot: 50e3,
  maxPressureDropCold: 50e3,
  maxChannelVelocity: 1.0,
  maxPortVelocity: 4.0,
  maxPasses: MAX_PASSES,
});

/** One limit checked on the selected pack. */
export interface LimitCheck {
  name: 'pressure drop' | 'channel velocity' | 'port velocity';
  side: 'hot' | 'cold';
  value: number;
  limit: number;
  ok: boolean;
}

/** Result of geometric sizing. */
export interface PlateDesign extends PlateRating {
  geometry: PlateGeometry;
  point: NominalPoint;
  /** Thermal arrangement in words (single pass counterflow, n/n passes, or the unequal-pass approximation). */
  arrangement: string;
  /** UA the nominal point requires with this pass arrangement, W/K. */
  uaRequired: number;
  /** UA/UA_required − 1 after rounding the plate count up (≥ 0). */
  margin: number;
  /** Area the nominal point requires at this U, m². */
  areaRequired: number;
  /** Duty the rounded-up pack transfers at the nominal inlets and flows, W (≥ the nominal duty). */
  dutyCapacity: number;
  limits: PlateLimits;
  /** What set the plate count: 'UA' or the hydraulic limit(s) that a pack one plate smaller would break. */
  governing: string;
  checks: LimitCheck[];
  /** One sentence per limit exceeded, saying what to change. */
  warnings: string[];
}

/** Largest pack the sizing searches. */
export const MAX_PLATES = 1500;

export interface SizePlateOptions {
  /** UA to reach for a single-pass (counterflow) pack, W/K; default the nominal point's UA. */
  uaRequired?: number;
  /** Hydraulic limits; missing ones take DEFAULT_PLATE_LIMITS. */
  limits?: Partial<PlateLimits>;
  /** Force a pass arrangement instead of searching (1/1 … 4/4). */
  passes?: Passes;
}

/** Accepted limits: [min, max (SI), unit]. */
export const LIMIT_RANGES: Readonly<Record<keyof PlateLimits, readonly [number, number, string]>> = {
  maxPressureDropHot: [100, 1e7, 'Pa'],
  maxPressureDropCold: [100, 1e7, 'Pa'],
  maxChannelVelocity: [0.01, 20, 'm/s'],
  maxPortVelocity: [0.05, 50, 'm/s'],
  maxPasses: [1, MAX_PASSES, 'passes'],
};

/** Defaults filled in and every limit checked (InputError naming the limit). */
export function plateLimits(given: Partial<PlateLimits> = {}): PlateLimits {
  const l = { ...DEFAULT_PLATE_LIMITS, ...given };
  for (const key of Object.keys(LIMIT_RANGES) as (keyof PlateLimits)[]) {
    const [lo, hi, unit] = LIMIT_RANGES[key];
    const v = l[key];
    if (!(Number.isFinite(v) && v >= lo && v <= hi)) {
      throw new InputError(key, v, `between ${lo} and ${hi} ${unit}`);
    }
  }
  if (!Number.isInteger(l.maxPasses)) throw new InputError('maxPasses', l.maxPasses, 'a whole number');
  return l;
}

/** A pass arrangement's search result. */
interface Candidate {
  passes: Passes;
  need: number;
  plates: number;
  governing: string;
  rating: PlateRating;
  feasible: boolean;
}

/**
 * Size a plate pack for a counterflow nominal point: for each pass arrangement (1…maxPasses per side, or
 * `options.passes`), the fewest plates with UA ≥ the required UA and every hydraulic limit met; the pack
 * with the fewest plates wins (ties: fewer passes). If no arrangement meets every limit (e.g. the ports of
 * this plate size are too small for the flow), the single-pass pack that meets UA and the limits plate
 * count can fix is returned with warnings. Throws PhysicsError if even MAX_PLATES plates fall short of UA.
 */
export function sizePlate(
  point: NominalPoint,
  geometry: PlateGeometry,
  options: SizePlateOptions = {},
): PlateDesign {
  const g = checkGeometry(geometry);
  const limits = plateLimits(options.limits);
  const base = options.uaRequired ?? point.ua;
  if (!(base > 0 && Number.isFinite(base))) {
    throw new InputError('uaRequired', base, 'a finite conductance above 0 W/K');
  }
  if (point.arrangement !== 'counterflow') {
    throw new InputError(
      'arrangement',
      point.arrangement,
      'counterflow for plate geometry sizing (a plate pack is counterflow, or multi-pass)',
    );
  }
  const configs: Passes[] = [];
  if (options.passes) configs.push(checkPasses(options.passes));
  else {
    for (let h = 1; h <= limits.maxPasses; h++)
      for (let c = 1; c <= limits.maxPasses; c++) configs.push({ hot: h, cold: c });
  }
  const ntuCf = point.ntu;
  const candidates: Candidate[] = [];
  for (const passes of configs) {
    let need: number;
    try {
      need = (base * passNtu(point.effectiveness, point.cr, passes)) / ntuCf;
    } catch {
      continue; // ε not reachable with unequal passes
    }
    const c = candidate(g, point, passes, need, limits, false);
    if (c) candidates.push(c);
  }
  const feasible = candidates.filter((c) => c.feasible);
  feasible.sort(
    (a, b) => a.plates - b.plates || a.passes.hot + a.passes.cold - (b.passes.hot + b.passes.cold),
  );
  let best: Candidate | undefined = feasible[0];
  if (!best) {
    const single = options.passes ?? SINGLE_PASS;
    const need = (base * passNtu(point.effectiveness, point.cr, single)) / ntuCf;
    best = candidate(g, point, single, need, limits, true);
  }
  if (!best) {
    const most = ratePlate(g, MAX_PLATES, conditions(point, SINGLE_PASS)).ua;
    throw new PhysicsError(
      `the duty needs UA = ${fmt(base)} W/K but ${MAX_PLATES} plates of this size give only ${fmt(most)} W/K: ` +
        'choose a larger plate (width × port-to-port length) or split the duty over several exchangers',
    );
  }
  return design(g, point, best, limits);
}

/**
 * A fluid whose property lookups are remembered by temperature: sizing rates some 150 packs, each three wall
 * passes at the same two bulk temperatures, so most lookups repeat. The same numbers and errors as the
 * fluid's own (a lookup that throws is not remembered); at most 64 temperatures per property.
 */
const remembered = new WeakMap<Fluid, Fluid>();

function rememberingFluid(fluid: Fluid): Fluid {
  let m = remembered.get(fluid);
  if (m) return m;
  const memo = (lookup: (T: number) => number) => {
    const seen = new Map<number, number>();
    return (T: number): number => {
      let v = seen.get(T);
      if (v === undefined) {
        v = lookup(T);
        if (seen.size >= 64) seen.clear();
        seen.set(T, v);
      }
      return v;
    };
  };
  m = Object.assign(Object.create(fluid) as Fluid, {
    density: memo((T) => fluid.density(T)),
    specificHeat: memo((T) => fluid.specificHeat(T)),
    viscosity: memo((T) => fluid.viscosity(T)),
    conductivity: memo((T) => fluid.conductivity(T)),
    prandtl: memo((T) => fluid.prandtl(T)),
  });
  remembered.set(fluid, m);
  return m;
}

function conditions(point: NominalPoint, passes: Passes): PlateConditions {
  return {
    hotFluid: rememberingFluid(point.hotFluid),
    coldFluid: rememberingFluid(point.coldFluid),
    hotFlow: point.hotFlow,
    coldFlow: point.coldFlow,
    hotMean: 0.5 * (point.hotIn + point.hotOut),
    coldMean: 0.5 * (point.coldIn + point.coldOut),
    passes,
  };
}

/** Which plate-count-dependent limits a rating breaks (port terms relaxed when `relax`). */
function hydraulicFailures(r: PlateRating, l: PlateLimits, relax: boolean): string[] {
  const out: string[] = [];
  for (const side of ['hot', 'cold'] as const) {
    const s = r[side];
    const max = side === 'hot' ? l.maxPressureDropHot : l.maxPressureDropCold;
    const dpOk = relax
      ? s.portPressureDrop >= max || s.channelPressureDrop <= max - s.portPressureDrop
      : s.pressureDrop <= max;
    if (!dpOk) out.push(`${side} pressure drop`);
    if (!(s.velocity <= l.maxChannelVelocity)) out.push(`${side} channel velocity`);
    if (!relax && !(s.portVelocity <= l.maxPortVelocity)) out.push(`${side} port velocity`);
  }
  return out;
}

/** Smallest n in [lo, MAX_PLATES] with ok(n) (ok monotone false → true), or undefined. */
function smallest(lo: number, ok: (n: number) => boolean): number | undefined {
  if (ok(lo)) return lo;
  let a = lo;
  let b = Math.min(2 * lo, MAX_PLATES);
  while (!ok(b)) {
    if (b >= MAX_PLATES) return undefined;
    a = b;
    b = Math.min(2 * b, MAX_PLATES);
  }
  while (b - a > 1) {
    const m = (a + b) >> 1;
    if (ok(m)) b = m;
    else a = m;
  }
  return b;
}

function candidate(
  g: PlateGeometry,
  point: NominalPoint,
  passes: Passes,
  need: number,
  limits: PlateLimits,
  relax: boolean,
): Candidate | undefined {
  const c = conditions(point, passes);
  const rate = (n: number): PlateRating => ratePlate(g, n, c);
  const n0 = Math.max(3, 2 * Math.max(passes.hot, passes.cold) + 1);
  const nUa = smallest(n0, (n) => rate(n).ua >= need);
  if (nUa === undefined) return undefined;
  const nHyd = smallest(n0, (n) => hydraulicFailures(rate(n), limits, relax).length === 0);
  const plates = Math.max(nUa, nHyd ?? nUa);
  let governing = 'UA';
  if (nHyd !== undefined && nHyd > nUa) {
    governing = hydraulicFailures(rate(nHyd - 1), limits, relax).join(', ');
  }
  const rating = rate(plates);
  return {
    passes,
    need,
    plates,
    governing,
    rating,
    feasible: !relax && nHyd !== undefined && hydraulicFailures(rating, limits, false).length === 0,
  };
}

function design(g: PlateGeometry, point: NominalPoint, c: Candidate, limits: PlateLimits): PlateDesign {
  const r = c.rating;
  const ntu = r.ua / point.cMin;
  const dutyCapacity = passEffectiveness(ntu, point.cr, c.passes) * point.cMin * (point.hotIn - point.coldIn);
  const checks: LimitCheck[] = [];
  for (const side of ['hot', 'cold'] as const) {
    const s = r[side];
    const dpMax = side === 'hot' ? limits.maxPressureDropHot : limits.maxPressureDropCold;
    checks.push(check('pressure drop', side, s.pressureDrop, dpMax));
    checks.push(check('channel velocity', side, s.velocity, limits.maxChannelVelocity));
    checks.push(check('port velocity', side, s.portVelocity, limits.maxPortVelocity));
  }
  return {
    ...r,
    geometry: g,
    point,
    arrangement: passArrangement(c.passes),
    uaRequired: c.need,
    margin: r.ua / c.need - 1,
    areaRequired: c.need / r.u,
    dutyCapacity,
    limits,
    governing: c.governing,
    checks,
    warnings: checks.filter((k) => !k.ok).map(warning),
  };
}

function check(name: LimitCheck['name'], side: 'hot' | 'cold', value: number, limit: number): LimitCheck {
  return { name, side, value, limit, ok: value <= limit * (1 + 1e-12) };
}

function warning(k: LimitCheck): string {
  const unit = k.name === 'pressure drop' ? 'kPa' : 'm/s';
  const scale = k.name === 'pressure drop' ? 1e-3 : 1;
  const what = `${k.side} ${k.name} ${fmt(k.value * scale, 3)} ${unit} is above the ${fmt(k.limit * scale, 3)} ${unit} limit`;
  if (k.name === 'port velocity') {
    return `${what}: choose a plate with larger ports or split the flow over two exchangers in parallel`;
  }
  return `${what} even at the most plates this selection allows: choose a larger plate, split the flow, or raise the limit`;
}

function fmt(x: number, digits = 4): string {
  return String(+x.toPrecision(digits));
}

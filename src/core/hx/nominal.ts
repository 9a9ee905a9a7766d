/**
 * Nominal-point sizing of a two-stream heat exchanger: from any consistent subset of duty, the four
 * terminal temperatures and the two flows, solve the rest by energy balance and return UA, NTU, ε, Cr,
 * LMTD and F — the way Modelica Buildings' `PlateHeatExchangerEffectivenessNTU` (via
 * `BaseClasses.PartialEffectivenessNTU`) derives UA_nominal from nominal conditions:
 * ε = Q/(Cmin·(Th,in − Tc,in)), NTU = NTU(ε, Cr, arrangement), UA = NTU·Cmin.
 *
 * Units: W, K, kg/s, m³/s, J/(kg·K). cp and density are taken at each stream's mean temperature
 * (iterated when an outlet is unknown).
 */
import { InputError, PhysicsError, toCelsius } from '../errors';
import type { Fluid } from '../fluids/types';
import {
  checkArrangement,
  effectivenessUnchecked,
  type FlowArrangement,
  maxEffectiveness,
  ntuFromEffectiveness,
} from './effectiveness';
import { correctionFactorFromEffectiveness, lmtdCounterflow, lmtdParallel } from './lmtd';

/** The seven nominal-point quantities a caller may give. */
export type NominalField = 'duty' | 'hotIn' | 'hotOut' | 'coldIn' | 'coldOut' | 'hotFlow' | 'coldFlow';

export const NOMINAL_FIELDS: readonly NominalField[] = [
  'duty',
  'hotIn',
  'hotOut',
  'coldIn',
  'coldOut',
  'hotFlow',
  'coldFlow',
];

export interface NominalSpec {
  hotFluid: Fluid;
  coldFluid: Fluid;
  /** Default counterflow (a single-pass plate exchanger). */
  arrangement?: FlowArrangement;
  /** Heat duty, W (> 0). */
  duty?: number;
  /** Temperatures, K. */
  hotIn?: number;
  hotOut?: number;
  coldIn?: number;
  coldOut?: number;
  /** Mass flows, kg/s (> 0). */
  hotFlow?: number;
  coldFlow?: number;
  /** Volume flows, m³/s (> 0), converted with the density at the stream's mean temperature. */
  hotVolumeFlow?: number;
  coldVolumeFlow?: number;
  /**
   * Names used in error messages for each quantity (e.g. the CLI flags `--hot-in`); default the field
   * names themselves.
   */
  labels?: Partial<Record<NominalField, string>>;
}

/** A fully solved nominal operating point, SI units. */
export interface NominalPoint {
  arrangement: FlowArrangement;
  hotFluid: Fluid;
  coldFluid: Fluid;
  duty: number;
  hotIn: number;
  hotOut: number;
  coldIn: number;
  coldOut: number;
  hotFlow: number;
  coldFlow: number;
  /** m³/s at the stream's mean temperature. */
  hotVolumeFlow: number;
  coldVolumeFlow: number;
  /** cp at the stream's mean temperature, J/(kg·K). */
  hotCp: number;
  coldCp: number;
  /** Density at the stream's mean temperature, kg/m³. */
  hotDensity: number;
  coldDensity: number;
  /** ṁ·cp, W/K. */
  hotCapacityRate: number;
  coldCapacityRate: number;
  cMin: number;
  cr: number;
  /** Which stream has Cmin. */
  minSide: 'hot' | 'cold';
  effectiveness: number;
  ntu: number;
  /** W/K. */
  ua: number;
  /** Log-mean temperature difference of the reference arrangement (counterflow; parallel for parallel), K. */
  lmtd: number;
  /** F with Q = UA·F·lmtd (1 for counterflow and parallel). */
  lmtdCorrection: number;
  /** Smallest terminal temperature difference (pinch) for counterflow-type layouts, K. */
  approach: number;
  /** Which quantities were given (true) or solved (false). */
  given: Record<NominalField, boolean>;
}

/** Relative tolerance on an over-specified energy balance (0.1 %). */
export const BALANCE_TOLERANCE = 1e-3;

/** Thrown when too few quantities are given; an InputError so the CLI exits with code 2. */
export class UnderSpecifiedError extends InputError {
  constructor(
    readonly missing: string[][],
    message: string,
  ) {
    super('nominal point', 'under-specified', message);
    this.message = message;
  }
}

function fmt(x: number, digits = 4): string {
  return String(+x.toPrecision(digits));
}
function degC(k: number): string {
  return `${toCelsius(k).toFixed(1)} °C`;
}
function kelvinDiff(x: number): string {
  return `${x < 0.05 ? x.toPrecision(2) : x.toFixed(1)} K`;
}

type Side = { inn: boolean; out: boolean; flow: boolean };

function sideCount(s: Side): number {
  return (s.inn ? 1 : 0) + (s.out ? 1 : 0) + (s.flow ? 1 : 0);
}

/** Whether the set of given quantities determines the point (2 equations, 7 unknowns). */
function determined(known: Record<NominalField, boolean>): boolean {
  const h = sideCount({ inn: known.hotIn, out: known.hotOut, flow: known.hotFlow });
  const c = sideCount({ inn: known.coldIn, out: known.coldOut, flow: known.coldFlow });
  if (known.duty) return h >= 2 && c >= 2;
  return (h === 3 && c >= 2) || (c === 3 && h >= 2);
}

/** The smallest sets of extra quantities that would make the point determined. */
function completions(known: Record<NominalField, boolean>): NominalField[][] {
  const missing = NOMINAL_FIELDS.filter((f) => !known[f]);
  for (let k = 1; k <= missing.length; k++) {
    const found: NominalField[][] = [];
    const pick = (start: number, chosen: NominalField[]): void => {
      if (chosen.length === k) {
        const trial = { ...known };
        for (const f of chosen) trial[f] = true;
        if (determined(trial)) found.push([...chosen]);
        return;
      }
      for (let i = start; i < missing.length; i++) pick(i + 1, [...chosen, missing[i]!]);
    };
    pick(0, []);
    if (found.length > 0) return found;
  }
  return [];
}

function underSpecified(known: Record<NominalField, boolean>, label: (f: NominalField) => string): never {
  const sets = completions(known);
  const k = sets[0]?.length ?? 0;
  const union = NOMINAL_FIELDS.filter((f) => sets.some((s) => s.includes(f)));
  // If every k-subset of the union works, "give k of …" is exact; otherwise list the alternatives.
  let combos = 0;
  const n = union.length;
  let binom = 1;
  for (let i = 0; i < k; i++) binom = (binom * (n - i)) / (i + 1);
  combos = binom;
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
  let msg: string;
  if (sets.length === combos) {
    msg =
      k === union.length
        ? `under-specified: also give ${union.map(label).join(' and ')}`
        : `under-specified: give ${words[k]} of ${union.map(label).join(', ')}`;
  } else if (sets.length <= 6) {
    msg = `under-specified: also give ${sets.map((s) => s.map(label).join(' and ')).join('; or ')}`;
  } else {
    msg = `under-specified: give ${words[k] ?? k} more of ${union.map(label).join(', ')}`;
  }
  msg += ' (each stream needs two of its inlet, outlet and flow, plus the duty or one stream with all three)';
  throw new UnderSpecifiedError(
    sets.map((s) => s.map(label)),
    msg,
  );
}

/**
 * Solve a nominal point. Throws:
 * - InputError for a non-finite/negative value, mass and volume flow both given for a stream, or too few
 *   quantities (UnderSpecifiedError lists which to add);
 * - PhysicsError when the point cannot exist: a stream heating the wrong way, the hot inlet not above the
 *   cold inlet, a temperature cross (counterflow/crossflow: Tc,out ≥ Th,in or Th,out ≤ Tc,in;
 *   parallel: Tc,out ≥ Th,out), an effectiveness above the arrangement's maximum, or an over-specified
 *   energy balance that disagrees by more than 0.1 % — each message names the temperature to change and
 *   by how much.
 */
export function sizeNominal(spec: NominalSpec): NominalPoint {
  const arrangement = checkArrangement(spec.arrangement ?? 'counterflow');
  const label = (f: NominalField): string => spec.labels?.[f] ?? f;
  const { hotFluid, coldFluid } = spec;

  const checkT = (f: 'hotIn' | 'hotOut' | 'coldIn' | 'coldOut'): number | undefined => {
    const v = spec[f];
    if (v === undefined) return undefined;
    if (!Number.isFinite(v) || v <= 0)
      throw new InputError(label(f), v, 'a finite absolute temperature above 0 K');
    return v;
  };
  const checkPositive = (name: string, v: number | undefined, unit: string): number | undefined => {
    if (v === undefined) return undefined;
    if (!Number.isFinite(v) || v <= 0) throw new InputError(name, v, `a finite value above 0 ${unit}`);
    return v;
  };
  let hotIn = checkT('hotIn');
  let hotOut = checkT('hotOut');
  let coldIn = checkT('coldIn');
  let coldOut = checkT('coldOut');
  const duty0 = checkPositive(label('duty'), spec.duty, 'W');
  const hotMass = checkPositive(label('hotFlow'), spec.hotFlow, 'kg/s');
  const coldMass = checkPositive(label('coldFlow'), spec.coldFlow, 'kg/s');
  const hotVol = checkPositive(label('hotFlow'), spec.hotVolumeFlow, 'm³/s');
  const coldVol = checkPositive(label('coldFlow'), spec.coldVolumeFlow, 'm³/s');
  if (hotMass !== undefined && hotVol !== undefined) {
    throw new InputError(
      label('hotFlow'),
      [hotMass, hotVol],
      'either a mass flow or a volume flow, not both',
    );
  }
  if (coldMass !== undefined && coldVol !== undefined) {
    throw new InputError(
      label('coldFlow'),
      [coldMass, coldVol],
      'either a mass flow or a volume flow, not both',
    );
  }

  const given: Record<NominalField, boolean> = {
    duty: duty0 !== undefined,
    hotIn: hotIn !== undefined,
    hotOut: hotOut !== undefined,
    coldIn: coldIn !== undefined,
    coldOut: coldOut !== undefined,
    hotFlow: hotMass !== undefined || hotVol !== undefined,
    coldFlow: coldMass !== undefined || coldVol !== undefined,
  };
  if (!determined(given)) underSpecified(given, label);

  // Directions that can be checked before solving.
  if (hotIn !== undefined && hotOut !== undefined && !(hotOut < hotIn)) {
    throw new PhysicsError(
      `hot outlet ${degC(hotOut)} is not below hot inlet ${degC(hotIn)}: the hot stream must cool; ` +
        `lower ${label('hotOut')} or raise ${label('hotIn')} by more than ${kelvinDiff(hotOut - hotIn)}`,
    );
  }
  if (coldIn !== undefined && coldOut !== undefined && !(coldOut > coldIn)) {
    throw new PhysicsError(
      `cold outlet ${degC(coldOut)} is not above cold inlet ${degC(coldIn)}: the cold stream must warm; ` +
        `raise ${label('coldOut')} or lower ${label('coldIn')} by more than ${kelvinDiff(coldIn - coldOut)}`,
    );
  }
  if (hotIn !== undefined && coldIn !== undefined && !(hotIn > coldIn)) {
    throw new PhysicsError(
      `hot inlet ${degC(hotIn)} is not above cold inlet ${degC(coldIn)}: no heat can flow from hot to cold; ` +
        `raise ${label('hotIn')} or lower ${label('coldIn')} by more than ${kelvinDiff(coldIn - hotIn)}`,
    );
  }

  // Fixed-point iteration on the property temperatures (cp and ρ at each stream's mean temperature).
  let hotFlow = hotMass ?? 0;
  let coldFlow = coldMass ?? 0;
  let duty = duty0 ?? 0;
  let hotCp = 0;
  let coldCp = 0;
  let hotRho = 0;
  let coldRho = 0;
  let qHotSide = Number.NaN;
  let qColdSide = Number.NaN;
  const hotFull = given.hotIn && given.hotOut && given.hotFlow;
  const coldFull = given.coldIn && given.coldOut && given.coldFlow;
  for (let iter = 0; iter < 60; iter++) {
    const hMean = meanOf(hotIn, hotOut);
    const cMean = meanOf(coldIn, coldOut);
    hotCp = hotFluid.specificHeat(hMean);
    coldCp = coldFluid.specificHeat(cMean);
    hotRho = hotFluid.density(hMean);
    coldRho = coldFluid.density(cMean);
    if (hotVol !== undefined) hotFlow = hotVol * hotRho;
    if (coldVol !== undefined) coldFlow = coldVol * coldRho;
    if (hotFull) qHotSide = hotFlow * hotCp * (hotIn! - hotOut!);
    if (coldFull) qColdSide = coldFlow * coldCp * (coldOut! - coldIn!);
    duty = duty0 ?? (hotFull ? qHotSide : qColdSide);

    const prev = [hotIn, hotOut, coldIn, coldOut, hotFlow, coldFlow];
    // Hot side: Q = ṁh·cph·(Th,in − Th,out).
    if (!hotFull) {
      if (!given.hotFlow) hotFlow = duty / (hotCp * (hotIn! - hotOut!));
      else if (!given.hotOut) hotOut = hotIn! - duty / (hotFlow * hotCp);
      else if (!given.hotIn) hotIn = hotOut! + duty / (hotFlow * hotCp);
    }
    // Cold side: Q = ṁc·cpc·(Tc,out − Tc,in).
    if (!coldFull) {
      if (!given.coldFlow) coldFlow = duty / (coldCp * (coldOut! - coldIn!));
      else if (!given.coldOut) coldOut = coldIn! + duty / (coldFlow * coldCp);
      else if (!given.coldIn) coldIn = coldOut! - duty / (coldFlow * coldCp);
    }
    guardTemperature(hotFluid, hotIn!, hotOut!, 'hot', label);
    guardTemperature(coldFluid, coldIn!, coldOut!, 'cold', label);
    const next = [hotIn, hotOut, coldIn, coldOut, hotFlow, coldFlow];
    let change = 0;
    for (let i = 0; i < 6; i++) change = Math.max(change, Math.abs(next[i]! - prev[i]!) / Math.abs(next[i]!));
    if (iter > 0 && change < 1e-13) break;
  }
  const Thi = hotIn!;
  const Tho = hotOut!;
  const Tci = coldIn!;
  const Tco = coldOut!;

  // Over-specified: every independent estimate of Q must agree within 0.1 %.
  const estimates: [string, number][] = [];
  if (given.duty) estimates.push([label('duty'), duty0!]);
  if (hotFull)
    estimates.push([`${label('hotFlow')} × cp × (${label('hotIn')} − ${label('hotOut')})`, qHotSide]);
  if (coldFull)
    estimates.push([`${label('coldFlow')} × cp × (${label('coldOut')} − ${label('coldIn')})`, qColdSide]);
  for (let i = 1; i < estimates.length; i++) {
    const [n0, q0] = estimates[0]!;
    const [n1, q1] = estimates[i]!;
    const rel = Math.abs(q1 - q0) / Math.max(Math.abs(q0), Math.abs(q1));
    if (rel > BALANCE_TOLERANCE) {
      throw new PhysicsError(
        `inconsistent energy balance: ${n0} gives ${fmtW(q0)} but ${n1} gives ${fmtW(q1)} ` +
          `(${fmt(rel * 100, 3)} % apart, allowed ${BALANCE_TOLERANCE * 100} %); drop one of the over-specified values ` +
          'or correct it',
      );
    }
  }

  // Feasibility of the temperature program.
  if (!(Thi > Tci)) {
    throw new PhysicsError(
      `hot inlet ${degC(Thi)} is not above cold inlet ${degC(Tci)}: ` +
        `raise ${label('hotIn')} or lower ${label('coldIn')} by more than ${kelvinDiff(Tci - Thi)}`,
    );
  }
  checkCross(arrangement, { Thi, Tho, Tci, Tco }, given, label, { duty, hotCp, coldCp, hotFlow, coldFlow });

  const hotC = hotFlow * hotCp;
  const coldC = coldFlow * coldCp;
  const minSide = hotC <= coldC ? 'hot' : 'cold';
  const cMin = Math.min(hotC, coldC);
  const cMax = Math.max(hotC, coldC);
  const cr = cMin / cMax;
  const eps = duty / (cMin * (Thi - Tci));
  const epsMax = maxEffectiveness(cr, arrangement);
  if (!(eps < epsMax)) {
    throw new PhysicsError(
      `effectiveness ${fmt(eps)} (${fmtW(duty)} of at most ${fmtW(cMin * (Thi - Tci))}) is above the ${fmt(epsMax)} ` +
        `a ${arrangement} exchanger can reach at Cr = ${fmt(cr)}: choose counterflow, or widen the inlet ` +
        `difference (${label('hotIn')} − ${label('coldIn')}) to more than ${kelvinDiff(duty / (cMin * epsMax))}`,
    );
  }
  const ntu = ntuFromEffectiveness(eps, cr, arrangement);
  const lmtd =
    arrangement === 'parallel' ? lmtdParallel(Thi, Tho, Tci, Tco) : lmtdCounterflow(Thi, Tho, Tci, Tco);
  const lmtdCorrection =
    arrangement === 'parallel' ? 1 : correctionFactorFromEffectiveness(eps, cr, arrangement);
  const approach = arrangement === 'parallel' ? Tho - Tco : Math.min(Thi - Tco, Tho - Tci);
  // Self-check of the ε–NTU inversion (guards against a silent NaN).
  const back = effectivenessUnchecked(ntu, cr, arrangement);
  if (!Number.isFinite(ntu) || Math.abs(back - eps) > 1e-9) {
    throw new PhysicsError(`could not invert ε = ${fmt(eps)} at Cr = ${fmt(cr)} for ${arrangement}`);
  }
  return {
    arrangement,
    hotFluid,
    coldFluid,
    duty,
    hotIn: Thi,
    hotOut: Tho,
    coldIn: Tci,
    coldOut: Tco,
    hotFlow,
    coldFlow,
    hotVolumeFlow: hotFlow / hotRho,
    coldVolumeFlow: coldFlow / coldRho,
    hotCp,
    coldCp,
    hotDensity: hotRho,
    coldDensity: coldRho,
    hotCapacityRate: hotC,
    coldCapacityRate: coldC,
    cMin,
    cr,
    minSide,
    effectiveness: eps,
    ntu,
    ua: ntu * cMin,
    lmtd,
    lmtdCorrection,
    approach,
    given,
  };
}

function meanOf(a: number | undefined, b: number | undefined): number {
  if (a !== undefined && b !== undefined) return 0.5 * (a + b);
  return (a ?? b)!;
}

function fmtW(w: number): string {
  return Math.abs(w) >= 1e6
    ? `${fmt(w / 1e6)} MW`
    : Math.abs(w) >= 1e3
      ? `${fmt(w / 1e3)} kW`
      : `${fmt(w)} W`;
}

/** A solved temperature that is not finite or not positive means the given numbers are wildly off. */
function guardTemperature(
  fluid: Fluid,
  tin: number,
  tout: number,
  side: 'hot' | 'cold',
  label: (f: NominalField) => string,
): void {
  for (const [t, f] of [
    [tin, side === 'hot' ? 'hotIn' : 'coldIn'],
    [tout, side === 'hot' ? 'hotOut' : 'coldOut'],
  ] as const) {
    if (!(Number.isFinite(t) && t > 0)) {
      throw new PhysicsError(
        `the energy balance puts the ${side} stream's ${f.endsWith('In') ? 'inlet' : 'outlet'} at ${fmt(t)} K ` +
          `(${label(f)}), which is impossible: check the duty and the ${side} flow`,
      );
    }
    if (t < fluid.freezingPoint || t > fluid.maxTemperature) {
      // Let the fluid model raise its own, fully worded PhysicsError (names fluid, temperature and limit).
      fluid.specificHeat(t);
    }
  }
}

/** Temperature-cross checks with messages that say which temperature to move and by how much. */
function checkCross(
  arrangement: FlowArrangement,
  t: { Thi: number; Tho: number; Tci: number; Tco: number },
  given: Record<NominalField, boolean>,
  label: (f: NominalField) => string,
  s: { duty: number; hotCp: number; coldCp: number; hotFlow: number; coldFlow: number },
): void {
  const { Thi, Tho, Tci, Tco } = t;
  const how = (f: NominalField): string => (given[f] ? '' : ' (from the energy balance)');
  if (arrangement === 'parallel') {
    const d = Tco - Tho;
    if (d >= 0) {
      const fixes: string[] = [];
      if (given.coldOut) fixes.push(`lower ${label('coldOut')} by more than ${kelvinDiff(d)}`);
      if (given.hotOut) fixes.push(`raise ${label('hotOut')} by more than ${kelvinDiff(d)}`);
      fixes.push('or use counterflow');
      throw new PhysicsError(
        `parallel flow: cold outlet ${degC(Tco)}${how('coldOut')} is not below hot outlet ${degC(Tho)}${how('hotOut')}: ` +
          fixes.join(', '),
      );
    }
    return;
  }
  // Counterflow and crossflow: the cold outlet must stay below the hot inlet and the hot outlet above the
  // cold inlet (for crossflow this is necessary, the ε ≤ ε_max check below is the sufficient condition).
  const d1 = Tco - Thi;
  if (d1 >= 0) {
    const fixes: string[] = [];
    if (given.coldOut) fixes.push(`lower ${label('coldOut')} by more than ${kelvinDiff(d1)}`);
    else if (given.coldFlow)
      fixes.push(`raise ${label('coldFlow')} above ${fmt(s.duty / (s.coldCp * (Thi - Tci)))} kg/s`);
    if (given.hotIn) fixes.push(`raise ${label('hotIn')} by more than ${kelvinDiff(d1)}`);
    else if (given.coldIn) fixes.push(`lower ${label('coldIn')}`);
    throw new PhysicsError(
      `cold outlet ${degC(Tco)}${how('coldOut')} is not below hot inlet ${degC(Thi)}${how('hotIn')} ` +
        `(temperature cross): ${fixes.join(' or ')}`,
    );
  }
  const d2 = Tci - Tho;
  if (d2 >= 0) {
    const fixes: string[] = [];
    if (given.hotOut) fixes.push(`raise ${label('hotOut')} by more than ${kelvinDiff(d2)}`);
    else if (given.hotFlow)
      fixes.push(`raise ${label('hotFlow')} above ${fmt(s.duty / (s.hotCp * (Thi - Tci)))} kg/s`);
    if (given.coldIn) fixes.push(`lower ${label('coldIn')} by more than ${kelvinDiff(d2)}`);
    else if (given.hotIn) fixes.push(`raise ${label('hotIn')}`);
    throw new PhysicsError(
      `hot outlet ${degC(Tho)}${how('hotOut')} is not above cold inlet ${degC(Tci)}${how('coldIn')} ` +
        `(temperature cross): ${fixes.join(' or ')}`,
    );
  }
}

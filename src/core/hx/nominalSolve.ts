/**
 * The steps of nominal-point sizing (nominal.ts) before the ε–NTU characterisation: read and check the given
 * quantities, check the directions that can be checked before solving, solve the missing ones by energy
 * balance — Q = ṁh·cph·(Th,in − Th,out) = ṁc·cpc·(Tc,out − Tc,in), cp and ρ at each stream's mean temperature,
 * iterated — and check that an over-specified balance agrees within BALANCE_TOLERANCE.
 *
 * Units: W, K, kg/s, m³/s, J/(kg·K), kg/m³.
 */
import { InputError, PhysicsError } from '../errors';
import type { Fluid } from '../fluids/types';
import {
  BALANCE_TOLERANCE,
  checkCross,
  degC,
  determined,
  fmt,
  fmtW,
  guardTemperature,
  kelvinDiff,
  meanOf,
  type NominalField,
  underSpecified,
} from './nominalChecks';

export type Label = (f: NominalField) => string;

type TemperatureField = 'hotIn' | 'hotOut' | 'coldIn' | 'coldOut';

/** The given quantities of a nominal spec, checked (undefined: not given). */
export interface NominalInputs {
  hotIn: number | undefined;
  hotOut: number | undefined;
  coldIn: number | undefined;
  coldOut: number | undefined;
  duty: number | undefined;
  hotMass: number | undefined;
  coldMass: number | undefined;
  hotVol: number | undefined;
  coldVol: number | undefined;
  given: Record<NominalField, boolean>;
}

/** What the caller may give (NominalSpec without the fluids and the arrangement). */
type GivenValues = Partial<Record<TemperatureField | 'duty' | 'hotFlow' | 'coldFlow', number>> & {
  hotVolumeFlow?: number;
  coldVolumeFlow?: number;
};

function checkTemperature(name: string, v: number | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isFinite(v) || v <= 0) throw new InputError(name, v, 'a finite absolute temperature above 0 K');
  return v;
}

function checkPositive(name: string, v: number | undefined, unit: string): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isFinite(v) || v <= 0) throw new InputError(name, v, `a finite value above 0 ${unit}`);
  return v;
}

function checkOneFlow(name: string, mass: number | undefined, volume: number | undefined): void {
  if (mass !== undefined && volume !== undefined) {
    throw new InputError(name, [mass, volume], 'either a mass flow or a volume flow, not both');
  }
}

/**
 * Check each given quantity (finite, positive; a mass or a volume flow per stream, not both) and that they
 * determine the point (else UnderSpecifiedError lists which to add).
 */
export function readInputs(spec: GivenValues, label: Label): NominalInputs {
  const hotIn = checkTemperature(label('hotIn'), spec.hotIn);
  const hotOut = checkTemperature(label('hotOut'), spec.hotOut);
  const coldIn = checkTemperature(label('coldIn'), spec.coldIn);
  const coldOut = checkTemperature(label('coldOut'), spec.coldOut);
  const duty = checkPositive(label('duty'), spec.duty, 'W');
  const hotMass = checkPositive(label('hotFlow'), spec.hotFlow, 'kg/s');
  const coldMass = checkPositive(label('coldFlow'), spec.coldFlow, 'kg/s');
  const hotVol = checkPositive(label('hotFlow'), spec.hotVolumeFlow, 'm³/s');
  const coldVol = checkPositive(label('coldFlow'), spec.coldVolumeFlow, 'm³/s');
  checkOneFlow(label('hotFlow'), hotMass, hotVol);
  checkOneFlow(label('coldFlow'), coldMass, coldVol);
  const given: Record<NominalField, boolean> = {
    duty: duty !== undefined,
    hotIn: hotIn !== undefined,
    hotOut: hotOut !== undefined,
    coldIn: coldIn !== undefined,
    coldOut: coldOut !== undefined,
    hotFlow: hotMass !== undefined || hotVol !== undefined,
    coldFlow: coldMass !== undefined || coldVol !== undefined,
  };
  if (!determined(given)) underSpecified(given, label);
  return { hotIn, hotOut, coldIn, coldOut, duty, hotMass, coldMass, hotVol, coldVol, given };
}

/** Directions that can be checked before solving: the hot stream cools, the cold one warms, hot in > cold in. */
export function checkDirections(x: NominalInputs, label: Label): void {
  const { hotIn, hotOut, coldIn, coldOut } = x;
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
}

/** The balanced point: all four temperatures, both mass flows, the duty and the properties used. */
export interface Balance {
  hotIn: number;
  hotOut: number;
  coldIn: number;
  coldOut: number;
  hotFlow: number;
  coldFlow: number;
  duty: number;
  hotCp: number;
  coldCp: number;
  hotRho: number;
  coldRho: number;
  /** ṁh·cph·(Th,in − Th,out) when the hot stream is fully given, else NaN; likewise the cold side. */
  qHotSide: number;
  qColdSide: number;
  hotFull: boolean;
  coldFull: boolean;
}

/** The iteration's unknowns (temperatures undefined until given or solved). */
interface State {
  hotIn: number | undefined;
  hotOut: number | undefined;
  coldIn: number | undefined;
  coldOut: number | undefined;
  hotFlow: number;
  coldFlow: number;
}

/** One energy-balance step for the streams not fully given (the properties of this pass held fixed). */
function solveSides(
  s: State,
  g: Record<NominalField, boolean>,
  full: { hot: boolean; cold: boolean },
  duty: number,
  hotCp: number,
  coldCp: number,
): void {
  // Hot side: Q = ṁh·cph·(Th,in − Th,out).
  if (!full.hot) {
    if (!g.hotFlow) s.hotFlow = duty / (hotCp * (s.hotIn! - s.hotOut!));
    else if (!g.hotOut) s.hotOut = s.hotIn! - duty / (s.hotFlow * hotCp);
    else if (!g.hotIn) s.hotIn = s.hotOut! + duty / (s.hotFlow * hotCp);
  }
  // Cold side: Q = ṁc·cpc·(Tc,out − Tc,in).
  if (!full.cold) {
    if (!g.coldFlow) s.coldFlow = duty / (coldCp * (s.coldOut! - s.coldIn!));
    else if (!g.coldOut) s.coldOut = s.coldIn! + duty / (s.coldFlow * coldCp);
    else if (!g.coldIn) s.coldIn = s.coldOut! - duty / (s.coldFlow * coldCp);
  }
}

const unknowns = (s: State) => [s.hotIn, s.hotOut, s.coldIn, s.coldOut, s.hotFlow, s.coldFlow];

/** Largest relative change of the unknowns between two passes. */
function largestChange(prev: (number | undefined)[], next: (number | undefined)[]): number {
  let change = 0;
  for (let i = 0; i < 6; i++) change = Math.max(change, Math.abs(next[i]! - prev[i]!) / Math.abs(next[i]!));
  return change;
}

/**
 * Solve the missing quantities by energy balance: a fixed-point iteration on the property temperatures (cp
 * and ρ at each stream's mean temperature), at most 60 passes, to a relative change below 1e-13.
 */
export function solveBalance(x: NominalInputs, hotFluid: Fluid, coldFluid: Fluid, label: Label): Balance {
  const { given } = x;
  const s: State = {
    hotIn: x.hotIn,
    hotOut: x.hotOut,
    coldIn: x.coldIn,
    coldOut: x.coldOut,
    hotFlow: x.hotMass ?? 0,
    coldFlow: x.coldMass ?? 0,
  };
  const full = {
    hot: given.hotIn && given.hotOut && given.hotFlow,
    cold: given.coldIn && given.coldOut && given.coldFlow,
  };
  let duty = x.duty ?? 0;
  let hotCp = 0;
  let coldCp = 0;
  let hotRho = 0;
  let coldRho = 0;
  let qHotSide = Number.NaN;
  let qColdSide = Number.NaN;
  for (let iter = 0; iter < 60; iter++) {
    const hMean = meanOf(s.hotIn, s.hotOut);
    const cMean = meanOf(s.coldIn, s.coldOut);
    hotCp = hotFluid.specificHeat(hMean);
    coldCp = coldFluid.specificHeat(cMean);
    hotRho = hotFluid.density(hMean);
    coldRho = coldFluid.density(cMean);
    if (x.hotVol !== undefined) s.hotFlow = x.hotVol * hotRho;
    if (x.coldVol !== undefined) s.coldFlow = x.coldVol * coldRho;
    if (full.hot) qHotSide = s.hotFlow * hotCp * (s.hotIn! - s.hotOut!);
    if (full.cold) qColdSide = s.coldFlow * coldCp * (s.coldOut! - s.coldIn!);
    duty = x.duty ?? (full.hot ? qHotSide : qColdSide);

    const prev = unknowns(s);
    solveSides(s, given, full, duty, hotCp, coldCp);
    crossBeforeRange(s, x, label, { duty, hotCp, coldCp }, hotFluid, coldFluid);
    guardTemperature(hotFluid, s.hotIn!, s.hotOut!, 'hot', label);
    guardTemperature(coldFluid, s.coldIn!, s.coldOut!, 'cold', label);
    if (iter > 0 && largestChange(prev, unknowns(s)) < 1e-13) break;
  }
  return {
    hotIn: s.hotIn!,
    hotOut: s.hotOut!,
    coldIn: s.coldIn!,
    coldOut: s.coldOut!,
    hotFlow: s.hotFlow,
    coldFlow: s.coldFlow,
    duty,
    hotCp,
    coldCp,
    hotRho,
    coldRho,
    qHotSide,
    qColdSide,
    hotFull: full.hot,
    coldFull: full.cold,
  };
}

/**
 * A balance whose solved outlet leaves its fluid's range (a cold stream "leaving at 646,000 °C" because its flow
 * is far too small for the duty) has crossed the other stream's inlet first: say that, with the flow or
 * temperature that fixes it (`checkCross` as for counterflow, which every arrangement must satisfy), instead of
 * the fluid's "above its boiling point; raise the pressure". (A solved temperature at or below 0 K keeps
 * `guardTemperature`'s "impossible: check the duty and the flow".)
 */
function crossBeforeRange(
  s: State,
  x: NominalInputs,
  label: Label,
  p: { duty: number; hotCp: number; coldCp: number },
  hotFluid: Fluid,
  coldFluid: Fluid,
): void {
  const t = { Thi: s.hotIn!, Tho: s.hotOut!, Tci: s.coldIn!, Tco: s.coldOut! };
  if (!(t.Tco >= t.Thi || t.Tho <= t.Tci)) return;
  if (!(t.Thi > 0 && t.Tho > 0 && t.Tci > 0 && t.Tco > 0)) return; // impossible: guardTemperature says so
  const outside = (f: Fluid, a: number, b: number) =>
    !(a > f.freezingPoint && a < f.maxTemperature && b > f.freezingPoint && b < f.maxTemperature);
  if (!outside(hotFluid, t.Thi, t.Tho) && !outside(coldFluid, t.Tci, t.Tco)) return;
  if (!(t.Thi > t.Tci)) return; // the program check names the inlets
  checkCross('counterflow', t, x.given, label, { ...p, hotFlow: s.hotFlow, coldFlow: s.coldFlow });
}

/** Over-specified: every independent estimate of Q must agree within 0.1 %. */
export function checkBalance(x: NominalInputs, b: Balance, label: Label): void {
  const estimates: [string, number][] = [];
  if (x.given.duty) estimates.push([label('duty'), x.duty!]);
  if (b.hotFull)
    estimates.push([`${label('hotFlow')} × cp × (${label('hotIn')} − ${label('hotOut')})`, b.qHotSide]);
  if (b.coldFull)
    estimates.push([`${label('coldFlow')} × cp × (${label('coldOut')} − ${label('coldIn')})`, b.qColdSide]);
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
}

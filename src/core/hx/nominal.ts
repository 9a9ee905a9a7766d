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
import { InputError, PhysicsError } from '../errors';
import type { Fluid } from '../fluids/types';
import {
  checkArrangement,
  effectivenessUnchecked,
  type FlowArrangement,
  maxEffectiveness,
  ntuFromEffectiveness,
} from './effectiveness';
import { correctionFactorFromEffectiveness, lmtdCounterflow, lmtdParallel } from './lmtd';
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

export {
  BALANCE_TOLERANCE,
  NOMINAL_FIELDS,
  type NominalField,
  UnderSpecifiedError,
} from './nominalChecks';

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

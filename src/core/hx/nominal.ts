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
import { PhysicsError } from '../errors';
import type { Fluid } from '../fluids/types';
import {
  checkArrangement,
  effectivenessUnchecked,
  type FlowArrangement,
  maxEffectiveness,
  ntuFromEffectiveness,
} from './effectiveness';
import { correctionFactorFromEffectiveness, lmtdCounterflow, lmtdParallel } from './lmtd';
import { checkCross, degC, fmt, fmtW, kelvinDiff, type NominalField } from './nominalChecks';
import {
  type Balance,
  checkBalance,
  checkDirections,
  type Label,
  readInputs,
  solveBalance,
} from './nominalSolve';

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
  const inputs = readInputs(spec, label);
  checkDirections(inputs, label);
  const b = solveBalance(inputs, spec.hotFluid, spec.coldFluid, label);
  checkBalance(inputs, b, label);
  checkProgram(arrangement, b, inputs.given, label);
  return characterise(spec, arrangement, b, inputs.given, label);
}

/** Feasibility of the temperature program: hot inlet above cold inlet, no temperature cross. */
function checkProgram(
  arrangement: FlowArrangement,
  b: Balance,
  given: Record<NominalField, boolean>,
  label: Label,
): void {
  const { hotIn: Thi, hotOut: Tho, coldIn: Tci, coldOut: Tco } = b;
  if (!(Thi > Tci)) {
    throw new PhysicsError(
      `hot inlet ${degC(Thi)} is not above cold inlet ${degC(Tci)}: ` +
        `raise ${label('hotIn')} or lower ${label('coldIn')} by more than ${kelvinDiff(Tci - Thi)}`,
    );
  }
  checkCross(arrangement, { Thi, Tho, Tci, Tco }, given, label, b);
}

/**
 * ε = Q/(Cmin·(Th,in − Tc,in)), NTU = NTU(ε, Cr, arrangement), UA = NTU·Cmin (Modelica Buildings'
 * PartialEffectivenessNTU), with LMTD, F and the approach of the balanced point.
 */
function characterise(
  spec: NominalSpec,
  arrangement: FlowArrangement,
  b: Balance,
  given: Record<NominalField, boolean>,
  label: Label,
): NominalPoint {
  const { duty, hotCp, coldCp, hotFlow, coldFlow } = b;
  const { hotIn: Thi, hotOut: Tho, coldIn: Tci, coldOut: Tco } = b;
  const hotC = hotFlow * hotCp;
  const coldC = coldFlow * coldCp;
  const minSide = hotC <= coldC ? 'hot' : 'cold';
  const cMin = Math.min(hotC, coldC);
  const cMax = Math.max(hotC, coldC);
  const cr = cMin / cMax;
  const eps = duty / (cMin * (Thi - Tci));
  checkReachable(arrangement, { eps, cr, duty, cMin, dT: Thi - Tci }, label);
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
    hotFluid: spec.hotFluid,
    coldFluid: spec.coldFluid,
    duty,
    hotIn: Thi,
    hotOut: Tho,
    coldIn: Tci,
    coldOut: Tco,
    hotFlow,
    coldFlow,
    hotVolumeFlow: hotFlow / b.hotRho,
    coldVolumeFlow: coldFlow / b.coldRho,
    hotCp,
    coldCp,
    hotDensity: b.hotRho,
    coldDensity: b.coldRho,
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

/** ε must stay below the arrangement's maximum at this Cr (else say how far to widen the inlet difference). */
function checkReachable(
  arrangement: FlowArrangement,
  p: { eps: number; cr: number; duty: number; cMin: number; dT: number },
  label: Label,
): void {
  const { eps, cr, duty, cMin } = p;
  const epsMax = maxEffectiveness(cr, arrangement);
  if (!(eps < epsMax)) {
    throw new PhysicsError(
      `effectiveness ${fmt(eps)} (${fmtW(duty)} of at most ${fmtW(cMin * p.dT)}) is above the ${fmt(epsMax)} ` +
        `a ${arrangement} exchanger can reach at Cr = ${fmt(cr)}: choose counterflow, or widen the inlet ` +
        `difference (${label('hotIn')} − ${label('coldIn')}) to more than ${kelvinDiff(duty / (cMin * epsMax))}`,
    );
  }
}

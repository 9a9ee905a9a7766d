/**
 * Log-mean temperature difference and the LMTD correction factor F.
 * Temperatures in K (differences in K). Q = U·A·F·ΔT_lm,cf (Incropera §11.3).
 */
import { InputError, PhysicsError, toCelsius } from '../errors';
import {
  checkArrangement,
  counterflowNtu,
  type FlowArrangement,
  ntuFromEffectiveness,
} from './effectiveness';

/**
 * Logarithmic mean of two terminal temperature differences (Incropera §11.3):
 *   ΔT_lm = (ΔT1 − ΔT2)/ln(ΔT1/ΔT2),   ΔT_lm = ΔT1 when ΔT1 = ΔT2 (the limit).
 * Evaluated as ΔT2·r/ln(1 + r) with r = ΔT1/ΔT2 − 1 (log1p), accurate and continuous through r = 0.
 * Both differences must be > 0, else PhysicsError (a temperature cross or a zero pinch has no finite
 * LMTD: the exchanger would need infinite area).
 */
export function logMean(dt1: number, dt2: number): number {
  if (!Number.isFinite(dt1) || !Number.isFinite(dt2)) {
    throw new InputError('ΔT', [dt1, dt2], 'two finite temperature differences in K');
  }
  if (!(dt1 > 0 && dt2 > 0)) {
    throw new PhysicsError(
      `terminal temperature differences ${fmt(dt1)} K and ${fmt(dt2)} K: both must be above 0 K ` +
        '(zero or negative means a temperature pinch or cross, which needs an infinitely large exchanger)',
    );
  }
  const r = dt1 / dt2 - 1;
  if (r === 0) return dt1;
  return (dt2 * r) / Math.log1p(r);
}

function fmt(x: number): string {
  return String(+x.toPrecision(4));
}
function c(x: number): string {
  return `${toCelsius(x).toFixed(1)} °C`;
}

/**
 * Counterflow LMTD from the four terminal temperatures (Incropera §11.3):
 * ΔT1 = Th,in − Tc,out, ΔT2 = Th,out − Tc,in.
 */
export function lmtdCounterflow(hotIn: number, hotOut: number, coldIn: number, coldOut: number): number {
  const dt1 = hotIn - coldOut;
  const dt2 = hotOut - coldIn;
  if (!(dt1 > 0)) {
    throw new PhysicsError(
      `counterflow: cold outlet ${c(coldOut)} is not below hot inlet ${c(hotIn)} (temperature cross); ` +
        `lower the cold outlet or raise the hot inlet by more than ${(-dt1).toFixed(1)} K`,
    );
  }
  if (!(dt2 > 0)) {
    throw new PhysicsError(
      `counterflow: hot outlet ${c(hotOut)} is not above cold inlet ${c(coldIn)} (temperature cross); ` +
        `raise the hot outlet or lower the cold inlet by more than ${(-dt2).toFixed(1)} K`,
    );
  }
  return logMean(dt1, dt2);
}

/**
 * Mean temperature difference of a rated exchanger (outlets computed from its UA): the counterflow (or
 * parallel-flow) LMTD of its terminal temperatures, or Q/UA where a terminal difference is zero to rounding.
 * An exchanger far larger than its flows (NTU of 100 or more) brings an outlet to the other stream's inlet within
 * the last bit, the log mean is then 0/0, while Q = UA·ΔT_lm holds exactly for a pure counterflow or parallel
 * exchanger (Incropera §11.3), so Q/UA is its limit (for other arrangements Q/UA = F·ΔT_lm,cf, the effective
 * mean difference). Terminal differences below −1e-6 K are a real cross: refused as by lmtdCounterflow.
 */
export function ratedMeanDifference(
  hotIn: number,
  hotOut: number,
  coldIn: number,
  coldOut: number,
  duty: number,
  ua: number,
  arrangement: 'counterflow' | 'parallel' = 'counterflow',
): number {
  const parallel = arrangement === 'parallel';
  const dt1 = parallel ? hotIn - coldIn : hotIn - coldOut;
  const dt2 = parallel ? hotOut - coldOut : hotOut - coldIn;
  const pinched = Math.min(dt1, dt2) <= PINCH_ROUNDING && Math.min(dt1, dt2) > -PINCH_ROUNDING;
  if (pinched && duty > 0 && ua > 0 && Number.isFinite(duty / ua)) return duty / ua;
  return parallel
    ? lmtdParallel(hotIn, hotOut, coldIn, coldOut)
    : lmtdCounterflow(hotIn, hotOut, coldIn, coldOut);
}

/** A terminal difference this close to 0 K is a pinch to rounding (temperatures near 350 K carry ~1e-13 K). */
const PINCH_ROUNDING = 1e-6;

/**
 * Parallel-flow LMTD (Incropera §11.3): ΔT1 = Th,in − Tc,in, ΔT2 = Th,out − Tc,out.
 * The hot outlet must stay above the cold outlet.
 */
export function lmtdParallel(hotIn: number, hotOut: number, coldIn: number, coldOut: number): number {
  const dt1 = hotIn - coldIn;
  const dt2 = hotOut - coldOut;
  if (!(dt2 > 0)) {
    throw new PhysicsError(
      `parallel flow: cold outlet ${c(coldOut)} is not below hot outlet ${c(hotOut)}; ` +
        `lower the cold outlet or raise the hot outlet by more than ${(-dt2).toFixed(1)} K, or use counterflow`,
    );
  }
  if (!(dt1 > 0)) {
    throw new PhysicsError(`parallel flow: hot inlet ${c(hotIn)} is not above cold inlet ${c(coldIn)}`);
  }
  return logMean(dt1, dt2);
}

/**
 * LMTD correction factor F from effectiveness and capacity-rate ratio, via the ε–NTU equivalence
 * (Shah & Sekulic, Fundamentals of Heat Exchanger Design, 2003, ch. 3, MTD method: F = NTU_cf(ε, Cr)/NTU(ε, Cr)):
 * Q = ε·Cmin·ΔTmax = UA·F·ΔT_lm,cf, and for the same ε a counterflow exchanger needs
 * UA_cf = NTU_cf·Cmin = Q/ΔT_lm,cf, so F = UA_cf/UA.
 * This reproduces the Bowman–Mueller–Nagle (1940) charts for the single-pass crossflow cases.
 * F = 1 for counterflow and in the limit ε → 0. Throws like `ntuFromEffectiveness` when ε is unreachable.
 */
export function correctionFactorFromEffectiveness(
  eps: number,
  cr: number,
  arrangement: FlowArrangement,
): number {
  const arr = checkArrangement(arrangement);
  const ntu = ntuFromEffectiveness(eps, cr, arr);
  if (arr === 'counterflow' || eps === 0) return 1;
  return counterflowNtu(eps, cr) / ntu;
}

/**
 * F for the four terminal temperatures of an exchanger with the given arrangement, relative to the
 * counterflow LMTD. ε and Cr follow from the temperature changes alone (C_h·ΔT_h = C_c·ΔT_c):
 * the Cmin stream is the one with the larger change; ε = max(ΔT_h, ΔT_c)/(Th,in − Tc,in),
 * Cr = min(ΔT_h, ΔT_c)/max(ΔT_h, ΔT_c).
 */
export function lmtdCorrectionFactor(
  hotIn: number,
  hotOut: number,
  coldIn: number,
  coldOut: number,
  arrangement: FlowArrangement,
): number {
  const dth = hotIn - hotOut;
  const dtc = coldOut - coldIn;
  const dtmax = hotIn - coldIn;
  if (!(dth > 0 && dtc > 0 && dtmax > 0)) {
    throw new PhysicsError(
      `F needs the hot stream to cool (ΔT_h = ${fmt(dth)} K), the cold stream to warm (ΔT_c = ${fmt(dtc)} K) ` +
        `and the hot inlet above the cold inlet (${fmt(dtmax)} K); all must be above 0 K`,
    );
  }
  const big = Math.max(dth, dtc);
  const eps = big / dtmax;
  const cr = Math.min(dth, dtc) / big;
  if (!(eps < 1)) {
    throw new PhysicsError(
      `a stream changes by ${fmt(big)} K, at least the inlet difference ${fmt(dtmax)} K: no exchanger can do that`,
    );
  }
  return correctionFactorFromEffectiveness(eps, cr, arrangement);
}

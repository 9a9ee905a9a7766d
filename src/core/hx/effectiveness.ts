/**
 * Effectiveness–NTU relations for two-stream heat exchangers.
 *
 * Definitions (Incropera, DeWitt, Bergman & Lavine, Fundamentals of Heat and Mass Transfer, 6th ed., §11.4):
 *   C = ṁ·cp (W/K), Cmin/Cmax the smaller/larger of the two streams, Cr = Cmin/Cmax ∈ [0, 1],
 *   NTU = UA/Cmin, ε = Q/Qmax with Qmax = Cmin·(Th,in − Tc,in).
 *
 * All relations: ε(0, Cr) = 0, and for Cr = 0 (one stream of infinite capacity, e.g. a condensing
 * stream) every arrangement reduces to ε = 1 − e^(−NTU) (Incropera Table 11.3, last row).
 */
import { InputError, PhysicsError } from '../errors';

/** Flow arrangements the ε–NTU relations cover. "cmax-mixed" = the Cmax stream is mixed, Cmin unmixed. */
export type FlowArrangement =
  | 'counterflow'
  | 'parallel'
  | 'crossflow-unmixed'
  | 'crossflow-cmax-mixed'
  | 'crossflow-cmin-mixed';

export const FLOW_ARRANGEMENTS: readonly FlowArrangement[] = [
  'counterflow',
  'parallel',
  'crossflow-unmixed',
  'crossflow-cmax-mixed',
  'crossflow-cmin-mixed',
];

/** Throws InputError unless `a` names a supported arrangement. */
export function checkArrangement(a: unknown, field = 'arrangement'): FlowArrangement {
  if (typeof a === 'string' && (FLOW_ARRANGEMENTS as readonly string[]).includes(a))
    return a as FlowArrangement;
  throw new InputError(field, a, `one of ${FLOW_ARRANGEMENTS.join(', ')}`);
}

function checkNtu(ntu: number): void {
  if (!(ntu >= 0) || !Number.isFinite(ntu)) throw new InputError('ntu', ntu, 'a finite number ≥ 0');
}

function checkCr(cr: number): void {
  if (!(cr >= 0 && cr <= 1)) throw new InputError('cr', cr, 'between 0 and 1 (Cr = Cmin/Cmax)');
}

/**
 * Counterflow effectiveness, Incropera Table 11.3:
 *   ε = (1 − e^(−NTU(1−Cr))) / (1 − Cr·e^(−NTU(1−Cr))),  Cr < 1;   ε = NTU/(1+NTU),  Cr = 1.
 * Evaluated in the algebraically identical form ε = g/(1 + Cr·g) with g = NTU·(1 − e^(−x))/x,
 * x = NTU(1 − Cr): expm1 keeps g accurate as x → 0, so ε is continuous through Cr = 1 with no 0/0.
 * No validation (hot path): NTU ≥ 0, 0 ≤ Cr ≤ 1 assumed.
 */
export function counterflowEffectiveness(ntu: number, cr: number): number {
  if (ntu === Number.POSITIVE_INFINITY) return 1;
  const x = ntu * (1 - cr);
  const g = x === 0 ? ntu : (ntu * -Math.expm1(-x)) / x;
  if (g === Number.POSITIVE_INFINITY) return 1;
  return g / (1 + cr * g);
}

/** (e^x − 1)/x, → 1 as x → 0 (also for subnormal x, where x·anything would underflow). */
function expm1Ratio(x: number): number {
  return x === 0 ? 1 : Math.expm1(x) / x;
}

/** ln(1 + x)/x, → 1 as x → 0. */
function log1pRatio(x: number): number {
  return x === 0 ? 1 : Math.log1p(x) / x;
}

/** Parallel flow, Incropera Table 11.3: ε = (1 − e^(−NTU(1+Cr)))/(1 + Cr). */
function parallelEffectiveness(ntu: number, cr: number): number {
  return -Math.expm1(-ntu * (1 + cr)) / (1 + cr);
}

/** Cmax mixed, Cmin unmixed, Incropera Table 11.3: ε = (1/Cr)(1 − exp{−Cr[1 − e^(−NTU)]}). */
export function cmaxMixedEffectiveness(ntu: number, cr: number): number {
  const e = -Math.expm1(-ntu);
  // (1 − e^(−Cr·e))/Cr written as e·(1 − e^(−z))/z, z = Cr·e: exact limit e as Cr → 0.
  return e * expm1Ratio(-cr * e);
}

/** Cmin mixed, Cmax unmixed, Incropera Table 11.3: ε = 1 − exp(−Cr⁻¹[1 − e^(−Cr·NTU)]). */
export function cminMixedEffectiveness(ntu: number, cr: number): number {
  // (1 − e^(−Cr·NTU))/Cr → NTU as Cr → 0.
  const inner = ntu * expm1Ratio(-cr * ntu);
  return -Math.expm1(-inner);
}

/** Largest NTU the crossflow-unmixed series evaluates (cost O(NTU)). */
const NTU_SERIES_MAX = 2e5;

/**
 * ln Γ(z) for z ≥ 50 by the Stirling series (Abramowitz & Stegun 6.1.41): the first omitted term,
 * 1/(1680·z⁷), is < 1e-15 there (at z = 10 it would be 6e-11, at z = 3 3e-7).
 */
function lnGammaLarge(z: number): number {
  const z2 = z * z;
  return (
    (z - 0.5) * Math.log(z) -
    z +
    0.9189385332046728 + // ½ ln 2π
    1 / (12 * z) -
    1 / (360 * z * z2) +
    1 / (1260 * z * z2 * z2)
  );
}

/**
 * Upper tails of a Poisson distribution, walked upward: P_n(y) = P(X > n) = 1 − e^(−y) Σ_{m≤n} y^m/m!.
 * A tiny state machine so the crossflow series needs no arrays (and no allocation).
 */
class PoissonTail {
  /** First index tracked explicitly; P_n = 1 (to < 1e-40) below it. */
  start = 0;
  n = -1;
  /** pmf at n. */
  p = 0;
  /** P(X > n). */
  tail = 1;
  y = 0;
  reset(y: number): void {
    this.y = y;
    // Below y − 15√y − 10 the lower Poisson tail is < 1e-40: start the walk there (needed for y ≳ 700,
    // where e^(−y) underflows), with ln Γ(start + 1) from Stirling — accurate only from start + 1 ≥ 50, so a
    // lower start (y ≲ 335, e^(−y) still normal) walks from 0.
    const start = Math.floor(y - 15 * Math.sqrt(y) - 10);
    this.start = start >= 49 ? start : 0;
    this.n = -1;
  }
  /** P_n(y) for the next n (call with n = 0, 1, 2, … in order). */
  next(): number {
    const n = ++this.n;
    if (n < this.start) return 1;
    const y = this.y;
    if (n === this.start) {
      if (n === 0) {
        this.p = Math.exp(-y);
        // 1 − e^(−y) without cancellation when y is small.
        this.tail = -Math.expm1(-y);
      } else {
        this.p = Math.exp(-y + n * Math.log(y) - lnGammaLarge(n + 1));
        this.tail = 1 - this.p;
      }
    } else {
      this.p *= y / n;
      this.tail -= this.p;
    }
    return Math.max(this.tail, 0);
  }
}

const tailA = new PoissonTail();
const tailB = new PoissonTail();

/**
 * Single-pass crossflow, both streams unmixed — exact solution (Nusselt 1911; Mason 1954, "Heat transfer
 * in crossflow", Proc. 2nd U.S. Nat. Congr. Appl. Mech.; Shah & Sekulic, Fundamentals of Heat Exchanger
 * Design, 2003, Table 3.6), written as the product series
 *   ε = 1/(Cr·NTU) · Σ_{n≥0} P_n(NTU) · P_n(Cr·NTU),   P_n(y) = 1 − e^(−y) Σ_{m=0}^{n} y^m/m!,
 * P_n being the regularised incomplete gamma function (upper Poisson tail). All terms are ≥ 0; the
 * series is truncated once P_n(NTU) < ~1e-40 (n > NTU + 15√NTU + 30). Cost O(NTU) operations.
 * Agrees with Triboix (2009)'s integral form used by Caleb Bell's `ht` (see tests).
 */
function crossflowUnmixedEffectiveness(ntu: number, cr: number): number {
  // Beyond NTU_SERIES_MAX the O(NTU) series is capped (ε there is within ~1e-3 of 1 at Cr = 1 and closer
  // for Cr < 1); this only guards hot loops against absurd NTU from near-zero capacity rates.
  const a = Math.min(ntu, NTU_SERIES_MAX);
  const b = cr * a;
  // Below ~1e-290 b is (sub)normal-imprecise; the Cr → 0 limit is then exact to double precision.
  if (b < 1e-290 || a === 0) return -Math.expm1(-a);
  tailA.reset(a);
  tailB.reset(b);
  const end = Math.ceil(a + 15 * Math.sqrt(a) + 30);
  let sum = 0;
  for (let n = 0; n <= end; n++) {
    const pa = tailA.next();
    const pb = tailB.next();
    sum += pa * pb;
  }
  const eps = sum / b;
  return Math.min(eps, 1);
}

/**
 * Raw ε(NTU, Cr) for an arrangement, no validation (hot path). NTU = +∞ (a vanishing Cmin) returns the
 * NTU → ∞ limit.
 */
export function effectivenessUnchecked(ntu: number, cr: number, arrangement: FlowArrangement): number {
  if (ntu === Number.POSITIVE_INFINITY) return limitEffectiveness(cr, arrangement);
  switch (arrangement) {
    case 'counterflow':
      return counterflowEffectiveness(ntu, cr);
    case 'parallel':
      return parallelEffectiveness(ntu, cr);
    case 'crossflow-unmixed':
      return crossflowUnmixedEffectiveness(ntu, cr);
    case 'crossflow-cmax-mixed':
      return cmaxMixedEffectiveness(ntu, cr);
    case 'crossflow-cmin-mixed':
      return cminMixedEffectiveness(ntu, cr);
  }
}

/**
 * Heat-exchanger effectiveness ε for a number of transfer units `ntu` (≥ 0), capacity-rate ratio `cr`
 * (0…1) and flow arrangement. Sources per arrangement in the helpers above (Incropera Table 11.3;
 * crossflow-unmixed exact series, Mason 1954). Throws InputError for NTU < 0, non-finite NTU or Cr ∉ [0, 1].
 */
export function effectiveness(ntu: number, cr: number, arrangement: FlowArrangement = 'counterflow'): number {
  checkNtu(ntu);
  checkCr(cr);
  return effectivenessUnchecked(ntu, cr, checkArrangement(arrangement));
}

/**
 * The effectiveness an infinitely large exchanger reaches (NTU → ∞):
 * counterflow and crossflow-unmixed 1 (Cr ≤ 1; counterflow Cr = 1 approaches 1 as NTU/(1+NTU)),
 * parallel 1/(1+Cr), Cmax mixed (1 − e^(−Cr))/Cr, Cmin mixed 1 − e^(−1/Cr) (limits of Incropera
 * Table 11.3). Cr = 0 gives 1 for all.
 */
export function maxEffectiveness(cr: number, arrangement: FlowArrangement = 'counterflow'): number {
  checkCr(cr);
  return limitEffectiveness(cr, checkArrangement(arrangement));
}

function limitEffectiveness(cr: number, arrangement: FlowArrangement): number {
  switch (arrangement) {
    case 'counterflow':
    case 'crossflow-unmixed':
      return 1;
    case 'parallel':
      return 1 / (1 + cr);
    case 'crossflow-cmax-mixed':
      return expm1Ratio(-cr);
    case 'crossflow-cmin-mixed':
      return cr === 0 ? 1 : -Math.expm1(-1 / cr);
  }
}

/** Largest NTU the numeric crossflow-unmixed inverse searches (the series costs O(NTU)). */
const NTU_SEARCH_MAX = 1e5;

function unreachable(eps: number, cr: number, arrangement: FlowArrangement, max: number): PhysicsError {
  return new PhysicsError(
    `effectiveness ${fmt(eps)} is not reachable by a ${arrangement} exchanger at Cr = ${fmt(cr)}: ` +
      `even an infinitely large one (NTU → ∞) reaches at most ${fmt(max)}; ` +
      'choose counterflow, or ask for a smaller temperature change (lower effectiveness)',
  );
}

function fmt(x: number): string {
  return String(+x.toPrecision(6));
}

/**
 * NTU required for effectiveness `eps` at capacity-rate ratio `cr` — the inverse of `effectiveness`.
 * Closed forms (Incropera Table 11.4):
 *   counterflow  NTU = ln[(1 − ε·Cr)/(1 − ε)]/(1 − Cr), NTU = ε/(1 − ε) at Cr = 1;
 *                evaluated as u·ln(1+y)/y with u = ε/(1−ε), y = u(1−Cr) — continuous through Cr = 1;
 *   parallel     NTU = −ln[1 − ε(1 + Cr)]/(1 + Cr);
 *   Cmax mixed   NTU = −ln[1 + ln(1 − ε·Cr)/Cr];
 *   Cmin mixed   NTU = −ln[Cr·ln(1 − ε) + 1]/Cr (both via ln(1+x)/x → 1, exact as Cr → 0);
 *   crossflow-unmixed: no closed form — bracketed root search (Illinois false position) on the exact
 *   series, which is strictly increasing in NTU; the counterflow NTU is a lower bound of the bracket.
 * Throws InputError for ε ∉ [0, 1) or Cr ∉ [0, 1]; PhysicsError (naming the maximum) when ε is at or
 * above what the arrangement can reach at this Cr.
 */
export function ntuFromEffectiveness(
  eps: number,
  cr: number,
  arrangement: FlowArrangement = 'counterflow',
): number {
  if (!(eps >= 0 && eps <= 1)) throw new InputError('effectiveness', eps, 'between 0 and 1');
  checkCr(cr);
  const arr = checkArrangement(arrangement);
  if (eps === 0) return 0;
  const max = maxEffectiveness(cr, arr);
  if (eps >= max) throw unreachable(eps, cr, arr, max);
  switch (arr) {
    case 'counterflow':
      return counterflowNtu(eps, cr);
    case 'parallel':
      return -Math.log1p(-eps * (1 + cr)) / (1 + cr);
    case 'crossflow-cmax-mixed':
      // ln(1 − ε·Cr)/Cr = −ε·[ln(1 + y)/y], y = −ε·Cr (→ −ε as Cr → 0).
      return -Math.log1p(-eps * log1pRatio(-eps * cr));
    case 'crossflow-cmin-mixed': {
      // −ln(1 + Cr·L)/Cr = −L·[ln(1 + x)/x], L = ln(1 − ε), x = Cr·L (→ −L as Cr → 0).
      const l = Math.log1p(-eps);
      return -l * log1pRatio(cr * l);
    }
    case 'crossflow-unmixed':
      return crossflowUnmixedNtu(eps, cr);
  }
}

/** Counterflow inverse without validation; eps < 1 assumed. */
export function counterflowNtu(eps: number, cr: number): number {
  const u = eps / (1 - eps);
  return u * log1pRatio(u * (1 - cr));
}

function crossflowUnmixedNtu(eps: number, cr: number): number {
  if (cr === 0) return -Math.log1p(-eps);
  const f = (n: number): number => crossflowUnmixedEffectiveness(n, cr) - eps;
  // Counterflow is the best arrangement, so NTU_crossflow ≥ NTU_counterflow(ε).
  let lo = counterflowNtu(eps, cr);
  let flo = f(lo);
  if (flo >= 0) return lo;
  let hi = Math.max(2 * lo, 1e-9);
  let fhi = f(hi);
  while (fhi < 0) {
    lo = hi;
    flo = fhi;
    hi *= 2;
    if (hi > NTU_SEARCH_MAX) {
      throw new PhysicsError(
        `effectiveness ${fmt(eps)} needs NTU > ${NTU_SEARCH_MAX} in a crossflow-unmixed exchanger at Cr = ${fmt(cr)}: ` +
          'ask for a lower effectiveness or choose counterflow',
      );
    }
    fhi = f(hi);
  }
  // Illinois variant of regula falsi: superlinear, keeps the bracket.
  let side = 0;
  for (let i = 0; i < 200; i++) {
    const x = (lo * fhi - hi * flo) / (fhi - flo);
    const fx = f(x);
    if (fx === 0 || hi - lo < 1e-14 * hi) return x;
    if (fx < 0) {
      lo = x;
      flo = fx;
      if (side === -1) fhi /= 2;
      side = -1;
    } else {
      hi = x;
      fhi = fx;
      if (side === 1) flo /= 2;
      side = 1;
    }
    if (Math.abs(fx) < 1e-15) return x;
  }
  return 0.5 * (lo + hi);
}

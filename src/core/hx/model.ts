/**
 * The plate exchanger's off-design model, as the annual simulation calls it: UA at the actual flows (hA
 * scaling, or the Martin correlation of a sized plate pack), duty and outlets by ε–NTU.
 *
 * Property basis (the same as nominal sizing in nominal.ts and rating in rating.ts): cp of each stream at the
 * mean of its inlet and outlet temperatures, iterated — so a point sized by `sizeNominal` and rated here at
 * its own inlets and flows gives back its outlets.
 */
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';
import { effectivenessUnchecked, type FlowArrangement } from './effectiveness';
import type { NominalPoint } from './nominal';
import { type Passes, passEffectiveness, SINGLE_PASS } from './passes';
import { type PlateGeometry, ratePlate } from './plate';
import type { PlateDesign } from './plateSizing';

/**
 * An exchanger for off-design evaluation. `hA ∝ (ṁ/ṁ_nom)^n` scaling (Modelica Buildings
 * `Buildings.Fluid.HeatExchangers.PlateHeatExchangerEffectivenessNTU`, M. Wetter 2018/2022: UA =
 * 1/(1/hA1 + 1/hA2), hA_i = hA_i,nom·regNonZeroPower(ṁ_i/ṁ_i,nom, n_i, 0.1), default n = 0.8), plus a
 * constant wall + fouling resistance when the geometry is known; or, with `mode: 'correlation'`, the
 * Martin correlation itself at the actual flows and temperatures.
 */
export interface HxModel {
  arrangement: FlowArrangement;
  hotFluid: Fluid;
  coldFluid: Fluid;
  mode: 'scaling' | 'correlation';
  /** UA at the nominal flows, W/K. */
  uaNominal: number;
  hotFlowNominal: number;
  coldFlowNominal: number;
  /** Convective conductances at nominal flow, W/K. */
  hAHotNominal: number;
  hAColdNominal: number;
  /** Wall + fouling resistance, K/W (0 without geometry). */
  resistance: number;
  /** hA ∝ ṁ^n exponents. */
  exponentHot: number;
  exponentCold: number;
  /** Geometry and plate count (correlation mode, or the source of the scaling split). */
  design?: { geometry: PlateGeometry; plates: number; passes: Passes };
  /** Precomputed regularisation polynomials (internal). */
  readonly regHot: RegPower;
  readonly regCold: RegPower;
}

/** Coefficients of y = a0 + a2·x² + a4·x⁴ replacing |x|^n on |x| ≤ δ. */
interface RegPower {
  n: number;
  delta: number;
  a0: number;
  a2: number;
  a4: number;
}

/** Transition abscissa of the regularised power law (Modelica Buildings uses 0.1 for hA). */
const REG_DELTA = 0.1;

/**
 * |x|^n for |x| > δ; inside, the even quartic with the same value and first two derivatives at ±δ, so
 * y(0) > 0 and dy/dx is bounded — the construction of Modelica Buildings'
 * `Buildings.Utilities.Math.Functions.regNonZeroPower` (valid for 0 < n < 2). Coefficients from
 * y′(δ) = 2a2δ + 4a4δ³ and y″(δ) = 2a2 + 12a4δ²: a4 = (y″ − y′/δ)/(8δ²), a2 = (y″ − 12a4δ²)/2,
 * a0 = y − a2δ² − a4δ⁴.
 */
function regPower(n: number, delta = REG_DELTA): RegPower {
  if (!(n > 0 && n < 2)) throw new InputError('exponent', n, 'between 0 and 2 (exclusive)');
  const y = delta ** n;
  const y1 = n * delta ** (n - 1);
  const y2 = n * (n - 1) * delta ** (n - 2);
  const a4 = (y2 - y1 / delta) / (8 * delta * delta);
  const a2 = (y2 - 12 * a4 * delta * delta) / 2;
  const a0 = y - delta * delta * (a2 + delta * delta * a4);
  return { n, delta, a0, a2, a4 };
}

function evalReg(r: RegPower, x: number): number {
  const ax = x < 0 ? -x : x;
  if (ax > r.delta) return ax ** r.n;
  const x2 = x * x;
  return r.a0 + x2 * (r.a2 + x2 * r.a4);
}

/** Exported for tests: the regularised power law used for hA(ṁ). */
export function regularizedPower(x: number, n: number, delta = REG_DELTA): number {
  return evalReg(regPower(n, delta), x);
}

export interface HxModelOptions {
  /** From `sizePlate`: splits UA into hA_hot, hA_cold and wall from the correlation. */
  design?: PlateDesign;
  /** 'correlation' (default when `design` is given) re-evaluates Martin's h at each call; 'scaling' uses hA ∝ ṁ^n. */
  mode?: 'scaling' | 'correlation';
  /** hA_hot/hA_cold at nominal flows when no design is given (Modelica Buildings r_nominal, default 1). */
  hARatio?: number;
  /** Flow exponent n (default 0.8, Modelica Buildings n1 = n2 = 0.8; Dittus–Boelter Re^0.8). */
  exponent?: number;
}

/**
 * Build an off-design model from a nominal point (and optionally a plate design).
 * Without a design: hA_hot,nom = (1 + r)·UA, hA_cold,nom = hA_hot,nom/r, no wall term, so UA(nominal
 * flows) = UA_nom exactly (Modelica Buildings PlateHeatExchangerEffectivenessNTU). With a design: hA_i =
 * h_i·A from the rating at the design's plate count and R = (t/k + R_f,h + R_f,c)/A.
 */
export function hxModel(point: NominalPoint, options: HxModelOptions = {}): HxModel {
  const n = options.exponent ?? 0.8;
  const reg = regPower(n);
  const d = options.design;
  if (d) {
    const mode = options.mode ?? 'correlation';
    return {
      arrangement: point.arrangement,
      hotFluid: point.hotFluid,
      coldFluid: point.coldFluid,
      mode,
      uaNominal: d.ua,
      hotFlowNominal: point.hotFlow,
      coldFlowNominal: point.coldFlow,
      hAHotNominal: d.hot.h * d.area,
      hAColdNominal: d.cold.h * d.area,
      resistance: d.wallResistance / d.area,
      exponentHot: n,
      exponentCold: n,
      design: { geometry: d.geometry, plates: d.plates, passes: d.passes },
      regHot: reg,
      regCold: reg,
    };
  }
  if (options.mode === 'correlation') {
    throw new InputError('mode', 'correlation', "'scaling' unless a plate design is given");
  }
  return scalingModel(
    point.ua,
    point.hotFlow,
    point.coldFlow,
    point.hotFluid,
    point.coldFluid,
    point.arrangement,
    options.hARatio ?? 1,
    n,
  );
}

/** Scaling-mode model: hA_hot,nom = (1 + r)·UA, hA_cold,nom = hA_hot,nom/r, so UA(nominal flows) = UA. */
function scalingModel(
  ua: number,
  hotFlowNominal: number,
  coldFlowNominal: number,
  hotFluid: Fluid,
  coldFluid: Fluid,
  arrangement: FlowArrangement,
  r: number,
  n: number,
): HxModel {
  if (!(r > 0 && Number.isFinite(r))) throw new InputError('hARatio', r, 'a finite number above 0');
  const reg = regPower(n);
  const hAHot = (1 + r) * ua;
  return {
    arrangement,
    hotFluid,
    coldFluid,
    mode: 'scaling',
    uaNominal: ua,
    hotFlowNominal,
    coldFlowNominal,
    hAHotNominal: hAHot,
    hAColdNominal: hAHot / r,
    resistance: 0,
    exponentHot: n,
    exponentCold: n,
    regHot: reg,
    regCold: reg,
  };
}

/**
 * A model from a bare UA and nominal flows (e.g. a textbook rating problem), scaling mode.
 */
export function hxModelFromUA(p: {
  ua: number;
  hotFlowNominal: number;
  coldFlowNominal: number;
  hotFluid: Fluid;
  coldFluid: Fluid;
  arrangement?: FlowArrangement;
  hARatio?: number;
  exponent?: number;
}): HxModel {
  for (const [k, v] of [
    ['ua', p.ua],
    ['hotFlowNominal', p.hotFlowNominal],
    ['coldFlowNominal', p.coldFlowNominal],
  ] as const) {
    if (!(v > 0 && Number.isFinite(v))) throw new InputError(k, v, 'a finite number above 0');
  }
  return scalingModel(
    p.ua,
    p.hotFlowNominal,
    p.coldFlowNominal,
    p.hotFluid,
    p.coldFluid,
    p.arrangement ?? 'counterflow',
    p.hARatio ?? 1,
    p.exponent ?? 0.8,
  );
}

/** Off-design result, SI. */
export interface OffDesignResult {
  /** Heat from hot to cold stream, W (negative if the "cold" inlet is the warmer). */
  duty: number;
  hotOut: number;
  coldOut: number;
  ua: number;
  ntu: number;
  effectiveness: number;
  cr: number;
}

export interface OffDesignInput {
  hotFlow: number;
  coldFlow: number;
  hotIn: number;
  coldIn: number;
  /** Override the model's fluids (e.g. a different glycol share). */
  fluids?: { hot?: Fluid; cold?: Fluid };
}

/** A fresh result object to reuse with `offDesignInto`. */
export function newOffDesignResult(): OffDesignResult {
  return { duty: 0, hotOut: 0, coldOut: 0, ua: 0, ntu: 0, effectiveness: 0, cr: 0 };
}

/**
 * Off-design duty and outlets: ε–NTU with the model's arrangement, cp of each stream at the mean of its
 * inlet and outlet (iterated: first at the inlets, then at the means until they move < 1e-7 K; at most 6
 * passes — cp changes ≲ 0.1 %/K, so each pass shrinks the error about a hundredfold).
 * Q → 0 continuously as either flow → 0 (Q = ε·Cmin·ΔT with ε ≤ 1); no NaN for zero flows.
 * Throws InputError for negative or non-finite flows/temperatures.
 */
export function offDesign(hx: HxModel, input: OffDesignInput): OffDesignResult {
  return offDesignInto(
    hx,
    input.hotFlow,
    input.coldFlow,
    input.hotIn,
    input.coldIn,
    newOffDesignResult(),
    input.fluids?.hot,
    input.fluids?.cold,
  );
}

/**
 * Allocation-free variant of `offDesign` for hot loops: writes into `out` and returns it.
 * In scaling mode the cost is two powers and, per property pass, two cp and one ε–NTU evaluation.
 */
export function offDesignInto(
  hx: HxModel,
  hotFlow: number,
  coldFlow: number,
  hotIn: number,
  coldIn: number,
  out: OffDesignResult,
  hotFluid: Fluid = hx.hotFluid,
  coldFluid: Fluid = hx.coldFluid,
): OffDesignResult {
  if (!(hotFlow >= 0 && hotFlow < Infinity))
    throw new InputError('hotFlow', hotFlow, 'a finite mass flow ≥ 0 kg/s');
  if (!(coldFlow >= 0 && coldFlow < Infinity))
    throw new InputError('coldFlow', coldFlow, 'a finite mass flow ≥ 0 kg/s');
  if (!(hotIn > 0 && hotIn < Infinity))
    throw new InputError('hotIn', hotIn, 'a finite temperature above 0 K');
  if (!(coldIn > 0 && coldIn < Infinity))
    throw new InputError('coldIn', coldIn, 'a finite temperature above 0 K');
  if (hx.mode === 'correlation' && hx.design) {
    return correlationOffDesign(hx, hotFlow, coldFlow, hotIn, coldIn, out, hotFluid, coldFluid);
  }
  const hAh = hx.hAHotNominal * evalReg(hx.regHot, hotFlow / hx.hotFlowNominal);
  const hAc = hx.hAColdNominal * evalReg(hx.regCold, coldFlow / hx.coldFlowNominal);
  const ua = 1 / (1 / hAh + hx.resistance + 1 / hAc);
  // First guess of the mean temperatures: the inlets, or the last call's means moved with the inlets when it
  // was the same exchanger and fluids (the plant's branch-flow solve calls it a dozen times per step at nearly
  // the same state: 2–3 property passes instead of 5–6; the converged means agree to MEAN_TOLERANCE either way).
  const c = MEANS;
  const warm =
    c.hx === hx && c.hotFluid === hotFluid && c.coldFluid === coldFluid && Math.abs(hotIn - c.hotIn) < 5;
  let hotMean = warm ? c.hotMean + (hotIn - c.hotIn) : hotIn;
  let coldMean = warm ? c.coldMean + (coldIn - c.coldIn) : coldIn;
  for (let pass = 0; pass < MEAN_PASSES; pass++) {
    const cpH = hotFluid.specificHeat(hotMean);
    const cpC = coldFluid.specificHeat(coldMean);
    finish(hx.arrangement, ua, hotFlow * cpH, coldFlow * cpC, hotIn, coldIn, out);
    const hm = 0.5 * (hotIn + out.hotOut);
    const cm = 0.5 * (coldIn + out.coldOut);
    const done = Math.abs(hm - hotMean) < MEAN_TOLERANCE && Math.abs(cm - coldMean) < MEAN_TOLERANCE;
    hotMean = hm;
    coldMean = cm;
    if (done) break;
  }
  c.hx = hx;
  c.hotFluid = hotFluid;
  c.coldFluid = coldFluid;
  c.hotIn = hotIn;
  c.coldIn = coldIn;
  c.hotMean = hotMean;
  c.coldMean = coldMean;
  return out;
}

/** The last scaling-mode call's exchanger, fluids, inlets and converged mean temperatures (see offDesignInto). */
const MEANS = {
  hx: undefined as HxModel | undefined,
  hotFluid: undefined as Fluid | undefined,
  coldFluid: undefined as Fluid | undefined,
  hotIn: 0,
  coldIn: 0,
  hotMean: 0,
  coldMean: 0,
};

/**
 * Property passes and the tolerance on the mean temperatures, K. cp changes ≲ 1e-3 per K (water 0.01 %/K near
 * 60 °C, glycol 0.1 %/K), so a mean known to 1e-7 K gives the duty to ~1e-10 relative: the tolerance of the
 * plant's branch-flow solve (plant/work.ts), far below any physical uncertainty.
 */
const MEAN_PASSES = 6;
const MEAN_TOLERANCE = 1e-7;

function finish(
  arrangement: FlowArrangement,
  ua: number,
  ch: number,
  cc: number,
  hotIn: number,
  coldIn: number,
  out: OffDesignResult,
  passes?: Passes,
): OffDesignResult {
  const cMin = Math.min(ch, cc);
  const cMax = Math.max(ch, cc);
  out.ua = ua;
  // Capacity rates below 1e-200 W/K count as zero flow (subnormal round-off would otherwise leak into the
  // outlet temperatures); the duty there is < 1e-198 W, so Q → 0 stays continuous for any purpose.
  if (!(cMin > 1e-200)) {
    out.duty = 0;
    out.hotOut = hotIn;
    out.coldOut = coldIn;
    out.ntu = ua > 0 ? Number.POSITIVE_INFINITY : 0;
    out.effectiveness = 0;
    out.cr = 0;
    return out;
  }
  const ntu = ua / cMin;
  const cr = cMin / cMax;
  const eps =
    passes === undefined ? effectivenessUnchecked(ntu, cr, arrangement) : passEffectiveness(ntu, cr, passes);
  const q = eps * cMin * (hotIn - coldIn);
  out.duty = q;
  out.hotOut = hotIn - q / ch;
  out.coldOut = coldIn + q / cc;
  out.ntu = ntu;
  out.effectiveness = eps;
  out.cr = cr;
  return out;
}

/** Correlation mode: Martin h at the actual flows; bulk temperatures iterated (the same mean basis). */
function correlationOffDesign(
  hx: HxModel,
  hotFlow: number,
  coldFlow: number,
  hotIn: number,
  coldIn: number,
  out: OffDesignResult,
  hotFluid: Fluid,
  coldFluid: Fluid,
): OffDesignResult {
  const { geometry, plates, passes } = hx.design!;
  let hotMean = hotIn;
  let coldMean = coldIn;
  const multi = passes.hot === 1 && passes.cold === 1 ? undefined : passes;
  for (let pass = 0; pass < MEAN_PASSES; pass++) {
    const r = ratePlate(geometry, plates, {
      hotFluid,
      coldFluid,
      hotFlow,
      coldFlow,
      hotMean,
      coldMean,
      passes: passes ?? SINGLE_PASS,
    });
    const cpH = hotFluid.specificHeat(hotMean);
    const cpC = coldFluid.specificHeat(coldMean);
    finish(hx.arrangement, r.ua, hotFlow * cpH, coldFlow * cpC, hotIn, coldIn, out, multi);
    const hm = 0.5 * (hotIn + out.hotOut);
    const cm = 0.5 * (coldIn + out.coldOut);
    const done = Math.abs(hm - hotMean) < MEAN_TOLERANCE && Math.abs(cm - coldMean) < MEAN_TOLERANCE;
    hotMean = hm;
    coldMean = cm;
    if (done) break;
  }
  return out;
}

/**
 * Off-design evaluation of an exchanger model (model.ts): UA at the actual flows, then duty and outlets by ε–NTU
 * with cp of each stream at the mean of its inlet and outlet, iterated.
 */
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';
import { effectivenessUnchecked, type FlowArrangement } from './effectiveness';
import type { HxModel } from './model';
import { type Passes, passEffectiveness, SINGLE_PASS } from './passes';
import { ratePlate } from './plate';
import { evalReg } from './regPower';

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
 * inlet and outlet (iterated: first at the inlets, then at the means until they move < 1e-4 K, MEAN_TOLERANCE;
 * at most 6 passes — cp changes ≤ 0.3 %/K, so each pass shrinks the error at least ≈ 16-fold, ≈ 100-fold for
 * water).
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
  const c = MEANS;
  // UA depends on the exchanger and the two flows only: the last call's is reused at the same ones (the
  // plant's floating-inlet search calls this ~16 times per solve at fixed flows; two powers saved each), and
  // each side's film at the same flow on that side (the branch-flow solve varies the cold flow only).
  if (!(c.uaHx === hx && c.uaHotFlow === hotFlow && c.uaColdFlow === coldFlow)) {
    if (!(c.uaHx === hx && c.uaHotFlow === hotFlow)) {
      c.hAh = hx.hAHotNominal * evalReg(hx.regHot, hotFlow / hx.hotFlowNominal);
    }
    if (!(c.uaHx === hx && c.uaColdFlow === coldFlow)) {
      c.hAc = hx.hAColdNominal * evalReg(hx.regCold, coldFlow / hx.coldFlowNominal);
    }
    c.ua = 1 / (1 / c.hAh + hx.resistance + 1 / c.hAc);
    c.uaHx = hx;
    c.uaHotFlow = hotFlow;
    c.uaColdFlow = coldFlow;
  }
  const ua = c.ua;
  // First guess of the mean temperatures: the inlets, or the last call's means moved with the inlets when it
  // was the same exchanger and fluids (the plant's branch-flow solve calls it a dozen times per step at nearly
  // the same state: 2–3 property passes instead of 5–6; the converged means agree to MEAN_TOLERANCE either way).
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

/**
 * The last scaling-mode call's exchanger, fluids, inlets and converged mean temperatures, and the exchanger and
 * flows of its UA (see offDesignInto). An exchanger model is immutable, so equal references mean equal UA.
 */
const MEANS = {
  uaHx: undefined as HxModel | undefined,
  uaHotFlow: Number.NaN,
  uaColdFlow: Number.NaN,
  /** Hot and cold films hA at uaHotFlow / uaColdFlow, W/K. */
  hAh: 0,
  hAc: 0,
  ua: 0,
  hx: undefined as HxModel | undefined,
  hotFluid: undefined as Fluid | undefined,
  coldFluid: undefined as Fluid | undefined,
  hotIn: 0,
  coldIn: 0,
  hotMean: 0,
  coldMean: 0,
};

/** Forget the last call's exchanger, means and UA (the next call starts from its inlets, as the first did). */
export function forgetOffDesignMemo(): void {
  MEANS.uaHx = undefined;
  MEANS.uaHotFlow = Number.NaN;
  MEANS.uaColdFlow = Number.NaN;
  MEANS.hx = undefined;
  MEANS.hotFluid = undefined;
  MEANS.coldFluid = undefined;
}

/**
 * Property passes and the tolerance on the mean temperatures, K: the passes stop when neither mean moved by more
 * than this. cp changes ≤ 3e-3 of itself per K (water ≤ 8.4e-4/K; the glycols up to 2.8e-3/K, ethylene glycol
 * 60 % near its freezing point, the worst of every accepted share), so the last pass's cp are within 3e-7 of their values at the means it returns, and
 * each stream's balance ṁ·cp(T̄)·ΔT closes on the duty to that; a pass contracts the means' error by
 * L ≈ ½·ΔT·(dcp/dT)/cp ≲ 0.06 (ΔT ≤ 40 K across a stream). Which pass stops depends on the warm start (the last
 * call's means), so a plant solved after other calls may deliver another heat by up to that 3e-7 relative. The
 * exchanger's own uncertainty (its UA scaling) is ~10 %. It was 1e-7 K until the thirty-sixth session: ≈ 2.6 →
 * 1.8 passes a call, ≈ 11 % off a plant replay, the bundled sites' KPIs moved ≤ 1e-9 (bench/HISTORY.md).
 */
const MEAN_PASSES = 6;
const MEAN_TOLERANCE = 1e-4;

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

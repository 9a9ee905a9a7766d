/**
 * The plate exchanger's off-design model, as the annual simulation calls it: UA at the actual flows (hA
 * scaling, or the Martin correlation of a sized plate pack), duty and outlets by ε–NTU.
 *
 * Property basis (the same as nominal sizing in nominal.ts and rating in rating.ts): cp of each stream at the
 * mean of its inlet and outlet temperatures, iterated — so a point sized by `sizeNominal` and rated here at
 * its own inlets and flows gives back its outlets. The evaluation itself is in offDesign.ts.
 */
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';
import type { FlowArrangement } from './effectiveness';
import type { NominalPoint } from './nominal';
import type { Passes } from './passes';
import type { PlateGeometry } from './plate';
import { type RegPower, regPower } from './regPower';
import type { PlateDesign } from './plateSizing';

/**
 * An exchanger for off-design evaluation. `hA ∝ (ṁ/ṁ_nom)^n` scaling (Modelica Buildings
 * `Buildings.Fluid.HeatExchangers.PlateHeatExchangerEffectivenessNTU`, M. Wetter 2018/2022: UA =
 * 1/(1/hA1 + 1/hA2), hA_i = hA_i,nom·regNonZeroPower(ṁ_i/ṁ_i,nom, n_i, 0.1), default n = 0.8), plus a
 * constant wall + fouling resistance when the geometry is known; or, with `mode: 'correlation'`, the
 * Martin correlation itself at the actual flows and temperatures.
 */
export interface HxModel {
  readonly arrangement: FlowArrangement;
  readonly hotFluid: Fluid;
  readonly coldFluid: Fluid;
  readonly mode: 'scaling' | 'correlation';
  /** UA at the nominal flows, W/K. */
  readonly uaNominal: number;
  readonly hotFlowNominal: number;
  readonly coldFlowNominal: number;
  /** Convective conductances at nominal flow, W/K. */
  readonly hAHotNominal: number;
  readonly hAColdNominal: number;
  /** Wall + fouling resistance, K/W (0 without geometry). */
  readonly resistance: number;
  /** hA ∝ ṁ^n exponents. */
  readonly exponentHot: number;
  readonly exponentCold: number;
  /** Geometry and plate count (correlation mode, or the source of the scaling split). */
  readonly design?: { geometry: PlateGeometry; plates: number; passes: Passes };
  /** Precomputed regularisation polynomials (internal). */
  readonly regHot: RegPower;
  readonly regCold: RegPower;
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

export {
  newOffDesignResult,
  type OffDesignInput,
  type OffDesignResult,
  forgetOffDesignMemo,
  offDesign,
  offDesignInto,
} from './offDesign';
export { regularizedPower } from './regPower';

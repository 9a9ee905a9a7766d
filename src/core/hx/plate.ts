/**
 * Gasketed chevron plate heat exchanger, single pass, counterflow (the U-arrangement usual for
 * water/glycol duties): geometric sizing from a nominal point, rating of a given plate pack, and the
 * off-design model called in the annual simulation.
 *
 * Geometry conventions (VDI Heat Atlas 2010, N6; Kakaç & Liu, Heat Exchangers: Selection, Rating and
 * Thermal Design, 2nd ed. 2002, ch. 10):
 * - N plates form N − 1 channels, alternately hot and cold (hot gets the odd one out); the two end plates
 *   transfer no heat, so N − 2 thermal plates;
 * - heat-transfer area A = (N − 2)·Φ·W·L (W plate width inside the gasket, L port-to-port length,
 *   Φ area enlargement factor);
 * - channel cross-section W·b (b = mean gap = plate pitch − plate thickness), hydraulic diameter d_h = 2b/Φ;
 * - U = 1/(1/h_h + R_f,h + t/k_w + R_f,c + 1/h_c) on the developed area.
 * End-plate and port-maldistribution effects are neglected (fine above ~20 plates).
 */
import { InputError, PhysicsError } from '../errors';
import type { Fluid } from '../fluids/types';
import { counterflowEffectiveness, effectivenessUnchecked, type FlowArrangement } from './effectiveness';
import { frictionFactorMartin, nusseltMartin } from './martin';
import type { NominalPoint } from './nominal';

/** Plate geometry, SI units (angles in radians). */
export interface PlateGeometry {
  /** Chevron angle φ from the main flow direction, rad (Martin 1996 convention), 0 < φ < 90°. */
  chevronAngle: number;
  /** Plate width inside the gasket (channel width), m. */
  plateWidth: number;
  /** Port-to-port (flow) length, m. */
  portLength: number;
  /** Mean channel gap b = plate pitch − plate thickness, m. */
  plateGap: number;
  /** Plate thickness, m. */
  plateThickness: number;
  /** Plate thermal conductivity, W/(m·K) (stainless 316 ≈ 16). */
  plateConductivity: number;
  /** Area enlargement factor Φ = developed/projected area, –. */
  enlargementFactor: number;
  /** Port diameter, m. */
  portDiameter: number;
  /** Fouling resistance on the hot side, m²·K/W. */
  foulingHot: number;
  /** Fouling resistance on the cold side, m²·K/W. */
  foulingCold: number;
}

const DEG = Math.PI / 180;

/**
 * Generic plate sizes for quick studies. ENGINEERING ASSUMPTIONS, not a vendor datasheet: dimensions in
 * the range of common gasketed chevron plates (projected area 0.2–1.2 m² per plate, 0.5 mm AISI 316 at
 * 16 W/(m·K), gap 3 mm, Φ = 1.17, φ = 45°); fouling 1e-5 m²K/W per side, a clean closed-loop value.
 */
export const PLATE_PRESETS: Readonly<Record<string, PlateGeometry>> = {
  small: {
    chevronAngle: 45 * DEG,
    plateWidth: 0.25,
    portLength: 0.8,
    plateGap: 0.003,
    plateThickness: 0.0005,
    plateConductivity: 16,
    enlargementFactor: 1.17,
    portDiameter: 0.065,
    foulingHot: 1e-5,
    foulingCold: 1e-5,
  },
  medium: {
    chevronAngle: 45 * DEG,
    plateWidth: 0.45,
    portLength: 1.2,
    plateGap: 0.003,
    plateThickness: 0.0005,
    plateConductivity: 16,
    enlargementFactor: 1.17,
    portDiameter: 0.15,
    foulingHot: 1e-5,
    foulingCold: 1e-5,
  },
  large: {
    chevronAngle: 45 * DEG,
    plateWidth: 0.65,
    portLength: 1.6,
    plateGap: 0.003,
    plateThickness: 0.0005,
    plateConductivity: 16,
    enlargementFactor: 1.17,
    portDiameter: 0.2,
    foulingHot: 1e-5,
    foulingCold: 1e-5,
  },
};

/** Accepted ranges: [min, max, unit, what]. */
const GEOMETRY_RANGES: Record<keyof PlateGeometry, [number, number, string]> = {
  chevronAngle: [1 * DEG, 80 * DEG, 'rad (1°–80°, the range of Martin 1996)'],
  plateWidth: [0.02, 5, 'm'],
  portLength: [0.05, 6, 'm'],
  plateGap: [0.0005, 0.02, 'm'],
  plateThickness: [0.0001, 0.005, 'm'],
  plateConductivity: [1, 500, 'W/(m·K)'],
  enlargementFactor: [1, 1.6, '–'],
  portDiameter: [0.005, 1, 'm'],
  foulingHot: [0, 0.01, 'm²·K/W'],
  foulingCold: [0, 0.01, 'm²·K/W'],
};

/** Throws InputError (field `plate.<name>`) unless every geometry value is finite and in range. */
export function checkGeometry(g: PlateGeometry, fieldPrefix = 'plate.'): PlateGeometry {
  for (const key of Object.keys(GEOMETRY_RANGES) as (keyof PlateGeometry)[]) {
    const [lo, hi, unit] = GEOMETRY_RANGES[key];
    const v = g[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
      throw new InputError(`${fieldPrefix}${key}`, v, `between ${lo} and ${hi} ${unit}`);
    }
  }
  if (g.portDiameter > g.plateWidth) {
    throw new InputError(
      `${fieldPrefix}portDiameter`,
      g.portDiameter,
      `at most the plate width ${g.plateWidth} m`,
    );
  }
  return g;
}

/** Hydraulic diameter of a chevron channel d_h = 2b/Φ (VDI Heat Atlas N6), m. */
export function hydraulicDiameter(g: PlateGeometry): number {
  return (2 * g.plateGap) / g.enlargementFactor;
}

/** Heat-transfer (developed) area of one thermal plate Φ·W·L, m². */
export function plateArea(g: PlateGeometry): number {
  return g.enlargementFactor * g.plateWidth * g.portLength;
}

/**
 * Port pressure-loss coefficient per pass, in velocity heads: Δp_port = 1.4·N_p·G_p²/(2ρ), N_p passes,
 * G_p the mass flux in the port (Kakaç & Liu 2002, ch. 10).
 */
export const PORT_LOSS_COEFFICIENT = 1.4;

/** Hydraulic and thermal state of one side (all channels of one stream). */
export interface ChannelSide {
  channels: number;
  /** Mean velocity in the gap, m/s. */
  velocity: number;
  reynolds: number;
  prandtl: number;
  /** Darcy friction factor ξ (Martin). */
  friction: number;
  nusselt: number;
  /** μ_bulk/μ_wall used in the (μ/μ_w)^(1/6) correction. */
  viscosityRatio: number;
  /** Film coefficient, W/(m²·K). */
  h: number;
  /** Velocity in the port, m/s. */
  portVelocity: number;
  /** Channel friction loss ξ·(L/d_h)·ρw²/2, Pa. */
  channelPressureDrop: number;
  /** Port loss 1.4·ρ·w_port²/2 (one pass), Pa. */
  portPressureDrop: number;
  /** Channel + port, Pa (elevation change neglected). */
  pressureDrop: number;
}

/**
 * One stream through its channels: Martin (1996) ξ and Nu, Δp = ξ(L/d_h)ρw²/2 + 1.4·ρw_p²/2.
 * Properties at the bulk temperature `tBulk`, wall viscosity at `tWall`. Zero flow gives h = 0, Δp = 0.
 */
export function channelSide(
  g: PlateGeometry,
  fluid: Fluid,
  massFlow: number,
  channels: number,
  tBulk: number,
  tWall: number,
): ChannelSide {
  const rho = fluid.density(tBulk);
  const mu = fluid.viscosity(tBulk);
  const k = fluid.conductivity(tBulk);
  const cp = fluid.specificHeat(tBulk);
  const pr = (cp * mu) / k;
  const dh = hydraulicDiameter(g);
  const velocity = massFlow / (rho * channels * g.plateWidth * g.plateGap);
  const reynolds = (rho * velocity * dh) / mu;
  const portVelocity = massFlow / (rho * Math.PI * 0.25 * g.portDiameter * g.portDiameter);
  const portPressureDrop = PORT_LOSS_COEFFICIENT * 0.5 * rho * portVelocity * portVelocity;
  if (!(reynolds > 0)) {
    return {
      channels,
      velocity: 0,
      reynolds: 0,
      prandtl: pr,
      friction: Number.POSITIVE_INFINITY,
      nusselt: 0,
      viscosityRatio: 1,
      h: 0,
      portVelocity: 0,
      channelPressureDrop: 0,
      portPressureDrop: 0,
      pressureDrop: 0,
    };
  }
  // Wall viscosity: clamp the wall temperature into the fluid's valid range (the film never freezes or
  // boils in a liquid-liquid exchanger at these conditions; the clamp only guards extrapolated iterates).
  const tw = Math.min(Math.max(tWall, fluid.freezingPoint + 0.01), fluid.maxTemperature - 0.01);
  const viscosityRatio = mu / fluid.viscosity(tw);
  const friction = frictionFactorMartin(reynolds, g.chevronAngle);
  const nusselt = nusseltMartin(reynolds, pr, g.chevronAngle, viscosityRatio);
  const h = (nusselt * k) / dh;
  const channelPressureDrop = ((friction * g.portLength) / dh) * 0.5 * rho * velocity * velocity;
  return {
    channels,
    velocity,
    reynolds,
    prandtl: pr,
    friction,
    nusselt,
    viscosityRatio,
    h,
    portVelocity,
    channelPressureDrop,
    portPressureDrop,
    pressureDrop: channelPressureDrop + portPressureDrop,
  };
}

/** Conditions of a rating calculation: flows and bulk (mean) temperatures of each stream. */
export interface PlateConditions {
  hotFluid: Fluid;
  coldFluid: Fluid;
  hotFlow: number;
  coldFlow: number;
  /** Bulk (mean) temperatures, K. */
  hotMean: number;
  coldMean: number;
}

/** Thermal rating of a plate pack at given flows and bulk temperatures. */
export interface PlateRating {
  plates: number;
  thermalPlates: number;
  /** Developed heat-transfer area, m². */
  area: number;
  hydraulicDiameter: number;
  hot: ChannelSide;
  cold: ChannelSide;
  /** Wall conduction + fouling, m²·K/W. */
  wallResistance: number;
  /** Overall coefficient including fouling, W/(m²·K). */
  u: number;
  /** Overall coefficient without fouling, W/(m²·K). */
  uClean: number;
  /** U·A, W/K. */
  ua: number;
}

/** Channels per side for N plates: N − 1 channels, hot gets ⌈(N−1)/2⌉. */
export function channelSplit(plates: number): { hot: number; cold: number } {
  const n = plates - 1;
  return { hot: Math.ceil(n / 2), cold: Math.floor(n / 2) };
}

/**
 * Rate a pack of `plates` plates: h each side (Martin), U with wall and fouling, UA, pressure drops.
 * The wall temperature for the viscosity correction is found by two passes of the series-resistance
 * split T_s,h = T_h − q″/h_h, T_s,c = T_c + q″/h_c with q″ = U·(T_h − T_c) on mean bulk temperatures.
 */
export function ratePlate(g: PlateGeometry, plates: number, c: PlateConditions): PlateRating {
  if (!Number.isInteger(plates) || plates < 3) throw new InputError('plates', plates, 'an integer ≥ 3');
  const split = channelSplit(plates);
  const thermalPlates = plates - 2;
  const area = thermalPlates * plateArea(g);
  const wallResistance = g.plateThickness / g.plateConductivity + g.foulingHot + g.foulingCold;
  let twHot = 0.5 * (c.hotMean + c.coldMean);
  let twCold = twHot;
  let hot!: ChannelSide;
  let cold!: ChannelSide;
  let u = 0;
  for (let pass = 0; pass < 3; pass++) {
    hot = channelSide(g, c.hotFluid, c.hotFlow, split.hot, c.hotMean, twHot);
    cold = channelSide(g, c.coldFluid, c.coldFlow, split.cold, c.coldMean, twCold);
    const rh = hot.h > 0 ? 1 / hot.h : Number.POSITIVE_INFINITY;
    const rc = cold.h > 0 ? 1 / cold.h : Number.POSITIVE_INFINITY;
    const rTot = rh + wallResistance + rc;
    u = 1 / rTot;
    if (!(u > 0)) break;
    const q = u * (c.hotMean - c.coldMean);
    twHot = c.hotMean - q * rh;
    twCold = c.coldMean + q * rc;
  }
  const uClean =
    hot.h > 0 && cold.h > 0 ? 1 / (1 / hot.h + g.plateThickness / g.plateConductivity + 1 / cold.h) : 0;
  return {
    plates,
    thermalPlates,
    area,
    hydraulicDiameter: hydraulicDiameter(g),
    hot,
    cold,
    wallResistance,
    u,
    uClean,
    ua: u * area,
  };
}

/** Result of geometric sizing. */
export interface PlateDesign extends PlateRating {
  geometry: PlateGeometry;
  point: NominalPoint;
  /** UA the nominal point requires, W/K. */
  uaRequired: number;
  /** UA/UA_required − 1 after rounding the plate count up (≥ 0). */
  margin: number;
  /** Area the nominal point requires at this U, m². */
  areaRequired: number;
  /** Duty the rounded-up pack transfers at the nominal inlets and flows, W (≥ the nominal duty). */
  dutyCapacity: number;
}

/** Largest pack the sizing searches. */
export const MAX_PLATES = 1500;

/**
 * Geometric sizing: the smallest plate count whose UA (Martin h both sides, wall, fouling) reaches the
 * UA of the nominal point (or `options.uaRequired`, e.g. UA_nominal × a design margin); reports the margin left by rounding up, velocities and pressure drops.
 * Only counterflow (single-pass plate pack) points are accepted. Throws PhysicsError if even
 * MAX_PLATES plates fall short.
 */
export function sizePlate(
  point: NominalPoint,
  geometry: PlateGeometry,
  options: { uaRequired?: number } = {},
): PlateDesign {
  const g = checkGeometry(geometry);
  const need = options.uaRequired ?? point.ua;
  if (!(need > 0 && Number.isFinite(need))) {
    throw new InputError('uaRequired', need, 'a finite conductance above 0 W/K');
  }
  if (point.arrangement !== 'counterflow') {
    throw new InputError(
      'arrangement',
      point.arrangement,
      'counterflow for plate geometry sizing (a single-pass plate pack is counterflow)',
    );
  }
  const conditions: PlateConditions = {
    hotFluid: point.hotFluid,
    coldFluid: point.coldFluid,
    hotFlow: point.hotFlow,
    coldFlow: point.coldFlow,
    hotMean: 0.5 * (point.hotIn + point.hotOut),
    coldMean: 0.5 * (point.coldIn + point.coldOut),
  };
  // UA(N) rises with N (area grows linearly, h falls more slowly): scan up; exponential bracket then
  // bisection on integers.
  let lo = 3;
  let rLo = ratePlate(g, lo, conditions);
  if (rLo.ua >= need) return design(g, point, rLo, need);
  let hi = 4;
  let rHi = ratePlate(g, hi, conditions);
  while (rHi.ua < need) {
    lo = hi;
    rLo = rHi;
    if (hi >= MAX_PLATES) {
      throw new PhysicsError(
        `the duty needs UA = ${fmt(need)} W/K but ${MAX_PLATES} plates of this size give only ${fmt(rHi.ua)} W/K: ` +
          'choose a larger plate (width × port-to-port length) or split the duty over several exchangers',
      );
    }
    hi = Math.min(2 * hi, MAX_PLATES);
    rHi = ratePlate(g, hi, conditions);
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const r = ratePlate(g, mid, conditions);
    if (r.ua >= need) {
      hi = mid;
      rHi = r;
    } else {
      lo = mid;
    }
  }
  return design(g, point, rHi, need);
}

function design(g: PlateGeometry, point: NominalPoint, r: PlateRating, need: number): PlateDesign {
  const ntu = r.ua / point.cMin;
  const dutyCapacity = counterflowEffectiveness(ntu, point.cr) * point.cMin * (point.hotIn - point.coldIn);
  return {
    ...r,
    geometry: g,
    point,
    uaRequired: need,
    margin: r.ua / need - 1,
    areaRequired: need / r.u,
    dutyCapacity,
  };
}

function fmt(x: number): string {
  return String(+x.toPrecision(4));
}

// ---------------------------------------------------------------------------------------------------
// Off-design model
// ---------------------------------------------------------------------------------------------------

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
  design?: { geometry: PlateGeometry; plates: number };
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
      design: { geometry: d.geometry, plates: d.plates },
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
 * Off-design duty and outlets: ε–NTU with the model's arrangement, cp at each inlet temperature.
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
 * In scaling mode the cost is two cp evaluations, two powers and one ε–NTU evaluation.
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
  const cpH = hotFluid.specificHeat(hotIn);
  const cpC = coldFluid.specificHeat(coldIn);
  const hAh = hx.hAHotNominal * evalReg(hx.regHot, hotFlow / hx.hotFlowNominal);
  const hAc = hx.hAColdNominal * evalReg(hx.regCold, coldFlow / hx.coldFlowNominal);
  const ua = 1 / (1 / hAh + hx.resistance + 1 / hAc);
  return finish(hx.arrangement, ua, hotFlow * cpH, coldFlow * cpC, hotIn, coldIn, out);
}

function finish(
  arrangement: FlowArrangement,
  ua: number,
  ch: number,
  cc: number,
  hotIn: number,
  coldIn: number,
  out: OffDesignResult,
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
  const eps = effectivenessUnchecked(ntu, cr, arrangement);
  const q = eps * cMin * (hotIn - coldIn);
  out.duty = q;
  out.hotOut = hotIn - q / ch;
  out.coldOut = coldIn + q / cc;
  out.ntu = ntu;
  out.effectiveness = eps;
  out.cr = cr;
  return out;
}

/** Correlation mode: Martin h at the actual flows; bulk temperatures iterated (3 passes). */
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
  const { geometry, plates } = hx.design!;
  let hotMean = hotIn;
  let coldMean = coldIn;
  for (let pass = 0; pass < 4; pass++) {
    const r = ratePlate(geometry, plates, { hotFluid, coldFluid, hotFlow, coldFlow, hotMean, coldMean });
    const cpH = hotFluid.specificHeat(hotMean);
    const cpC = coldFluid.specificHeat(coldMean);
    finish(hx.arrangement, r.ua, hotFlow * cpH, coldFlow * cpC, hotIn, coldIn, out);
    const hm = 0.5 * (hotIn + out.hotOut);
    const cm = 0.5 * (coldIn + out.coldOut);
    const done = Math.abs(hm - hotMean) < 1e-6 && Math.abs(cm - coldMean) < 1e-6;
    hotMean = hm;
    coldMean = cm;
    if (done) break;
  }
  return out;
}

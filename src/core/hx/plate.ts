/**
 * Gasketed chevron plate heat exchanger: geometry, presets and the rating of a given plate pack (film
 * coefficients, U, UA, velocities and pressure drops, single- or multi-pass). Sizing with limits is in
 * plateSizing.ts, the off-design model of the annual simulation in model.ts (re-exported here).
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
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';
import { frictionFactorMartin, nusseltMartin } from './martin';
import { checkPasses, type Passes, SINGLE_PASS } from './passes';

export {
  forgetOffDesignMemo,
  type HxModel,
  type HxModelOptions,
  hxModel,
  hxModelFromUA,
  newOffDesignResult,
  type OffDesignInput,
  type OffDesignResult,
  offDesign,
  offDesignInto,
  regularizedPower,
} from './model';
export { MAX_PLATES, type PlateDesign, sizePlate } from './plateSizing';

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

/** Accepted ranges: [min, max (SI), unit, note]. */
export const GEOMETRY_RANGES: Readonly<
  Record<keyof PlateGeometry, readonly [number, number, string, string?]>
> = {
  chevronAngle: [1 * DEG, 80 * DEG, 'rad', '1°–80°, the range of Martin 1996'],
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
    const [lo, hi, unit, note] = GEOMETRY_RANGES[key];
    const v = g[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
      throw new InputError(
        `${fieldPrefix}${key}`,
        v,
        `between ${lo} and ${hi} ${unit}${note ? ` (${note})` : ''}`,
      );
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
  /** Passes of this stream (channels per pass = channels/passes). */
  passes: number;
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
  /** Channel friction loss n_p·ξ·(L/d_h)·ρw²/2 over all passes, Pa. */
  channelPressureDrop: number;
  /** Port loss 1.4·n_p·ρ·w_port²/2 (Kakaç & Liu 2002, ch. 10), Pa. */
  portPressureDrop: number;
  /** Channel + port, Pa (elevation change neglected). */
  pressureDrop: number;
}

/**
 * One stream through its channels in `passes` passes: Martin (1996) ξ and Nu on the velocity in the
 * channels of one pass, Δp = n_p·ξ(L/d_h)ρw²/2 + 1.4·n_p·ρw_p²/2 (Kakaç & Liu 2002, ch. 10).
 * Properties at the bulk temperature `tBulk`, wall viscosity at `tWall`. Zero flow gives h = 0, Δp = 0.
 */
export function channelSide(
  g: PlateGeometry,
  fluid: Fluid,
  massFlow: number,
  channels: number,
  tBulk: number,
  tWall: number,
  passes = 1,
): ChannelSide {
  const rho = fluid.density(tBulk);
  const mu = fluid.viscosity(tBulk);
  const k = fluid.conductivity(tBulk);
  const cp = fluid.specificHeat(tBulk);
  const pr = (cp * mu) / k;
  const dh = hydraulicDiameter(g);
  // Mean channels per pass (channels/passes; a real pack's passes differ by at most one channel).
  const velocity = (massFlow * passes) / (rho * channels * g.plateWidth * g.plateGap);
  const reynolds = (rho * velocity * dh) / mu;
  const portVelocity = massFlow / (rho * Math.PI * 0.25 * g.portDiameter * g.portDiameter);
  const portPressureDrop = PORT_LOSS_COEFFICIENT * passes * 0.5 * rho * portVelocity * portVelocity;
  if (!(reynolds > 0)) {
    return {
      channels,
      passes,
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
  const channelPressureDrop = ((passes * friction * g.portLength) / dh) * 0.5 * rho * velocity * velocity;
  return {
    channels,
    passes,
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
  /** Passes per side (default single pass). */
  passes?: Passes;
}

/** Thermal rating of a plate pack at given flows and bulk temperatures. */
export interface PlateRating {
  plates: number;
  passes: Passes;
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
  const passes = c.passes ? checkPasses(c.passes) : SINGLE_PASS;
  const split = channelSplit(plates);
  if (split.cold < passes.cold || split.hot < passes.hot) {
    throw new InputError(
      'plates',
      plates,
      `at least ${2 * Math.max(passes.hot, passes.cold) + 1} plates for ${passes.hot}/${passes.cold} passes (one channel per pass and side)`,
    );
  }
  const thermalPlates = plates - 2;
  const area = thermalPlates * plateArea(g);
  const wallResistance = g.plateThickness / g.plateConductivity + g.foulingHot + g.foulingCold;
  let twHot = 0.5 * (c.hotMean + c.coldMean);
  let twCold = twHot;
  let hot!: ChannelSide;
  let cold!: ChannelSide;
  let u = 0;
  for (let pass = 0; pass < 3; pass++) {
    hot = channelSide(g, c.hotFluid, c.hotFlow, split.hot, c.hotMean, twHot, passes.hot);
    cold = channelSide(g, c.coldFluid, c.coldFlow, split.cold, c.coldMean, twCold, passes.cold);
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
    passes: { hot: passes.hot, cold: passes.cold },
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

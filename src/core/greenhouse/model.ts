/**
 * Lumped dynamic greenhouse climate model (energy only) in the spirit of Vanthoor (2011) and GreenLight:
 *
 *   [V]  Vanthoor, B., Stanghellini, C., van Henten, E.J., de Visser, P.H.B. (2011). A methodology for
 *        model-based greenhouse design: Part 1, a greenhouse climate model for a broad range of designs and
 *        climates. Biosyst. Eng. 110, 363–377 (= ch. 8 of Vanthoor's 2011 PhD thesis, Wageningen).
 *   [K]  Katzin, D., van Mourik, S., Kempkes, F., van Henten, E.J. (2020). GreenLight – An open source model
 *        for greenhouses with supplemental lighting. Biosyst. Eng. 194, 61–81 (parameters in setGlParams.m).
 *
 * States (kelvin; index constants in `GH`): greenhouse air (main and top compartment lumped), inner and
 * outer cover surface, canopy, floor, five soil layers (0.04/0.08/0.16/0.32/0.64 m, [V] eq. 4) above a
 * deep-soil boundary at the annual mean outdoor temperature, and the heating-pipe rail (steel + water,
 * [V] eq. 9/21) fed by the plant with an inlet temperature and a mass flow. Heat flows per m² floor follow
 * [V] Tables 3–4 and eqs. 1–9; all of them are reported for the whole greenhouse in W.
 *
 * Simplifications (documented, each a deliberate choice):
 *  - one air node (no screen-separated top compartment) and no vapour/CO₂ balance: the indoor air is assumed
 *    humidity-controlled at `indoorRH`, so the latent heat of transpiration ([V] eqs. 46–50) is taken as
 *    leaving the greenhouse (by ventilation/leakage or condensation on the cover that is not tracked);
 *  - the thermal screen is not a separate layer: a closed screen multiplies every inside → cover exchange
 *    (air convection, canopy/floor/pipe radiation) by a factor ψ calibrated so that a fully closed screen
 *    cuts the rating-condition cover loss by `screenSaving` (FACTS.md: energy screens save 25–30 %); partial
 *    closure s blends linearly, ψ(s) = 1 − s·(1 − ψ_closed) (open and closed areas in parallel). A closed
 *    screen also transmits only τ = 0.6 of the light ([K] setGlParams: tauThScrPar/Nir) and absorbs 5 %
 *    (1 − 0.6 − ρ 0.35), which heats the air;
 *  - the cover is FIR-opaque (glass, polycarbonate; IR films) with two surface nodes joined by the preset's
 *    layer resistance; leakage is a constant air-change rate (not [V] eq. 70's wind dependence);
 *  - solar NIR is absorbed by canopy and floor with single-pass Beer–Lambert terms ([K] eqs. A20, A22 applied
 *    to sunlight) rather than [V] eqs. 29–33's multiple reflections; PAR follows [V] eqs. 25–28, 34.
 *
 * **Calibration to the cover U-value.** The catalogue U of a cover is an overall inside-air → outside-air
 * coefficient. Vanthoor's film coefficients (inside 1.86·|ΔT|^⅓, outside 2.8 + 1.2·u) with the model's
 * radiation give a lower U than the catalogue values (≈ 4.4 W/(m²K) for single glass at the rating
 * condition below), because catalogue values include condensation on the inner surface and exposed,
 * windier roofs. The rating condition `COVER_RATING_CONDITION` is 20 °C inside, 0 °C outside, sky at the
 * outdoor temperature (overcast, the EN ISO 6946 convention), wind 4 m/s, no sun, screen open, night
 * transpiration; the model's U there is its steady-state cover loss / (A_cover·ΔT). `createGreenhouse`
 *  1. scales both convective cover coefficients by one film factor κ (`model.filmFactor`, ≈ 1.6) found by
 *     bisection so that the reference cover (`single-glass`, whose layer resistance is just 4 mm of glass)
 *     reproduces its U — the films belong to the greenhouse and its weather, not to the cover;
 *  2. with κ fixed, fits the cover's layer resistance (`model.coverLayerResistance`) so that the model
 *     reproduces the preset's U (the preset's physical `layerResistance` estimate is kept for comparison:
 *     double glass 0.10 fitted vs 0.17 from EN ISO 6946 air layers, double poly 0.085 vs 0.16 — PE passes
 *     thermal IR —, twin-wall PC 0.156 vs 0.138). Should a preset conduct better than the reference films
 *     allow, κ is raised instead with the physical layer resistance (`model.calibration = 'film'`);
 *  3. finds the closed-screen factor ψ_closed so that the screen cuts the rating cover loss by
 *     `screenSaving`.
 * Radiation stays physical throughout, so clear skies (sky colder than the air) raise the loss above U·ΔT,
 * and the |ΔT|^⅓ convection makes the effective U grow slowly with ΔT (≈ +8 % at ΔT = 50 K).
 *
 * **Time integration: linearly-implicit (backward) Euler.** The system is stiff: the cover nodes react in
 * ≈ 10–60 s, air and canopy in minutes, the pipe water in ≈ 1 h and the soil in days to months. The lead
 * steps it at 10–20 min, far beyond the explicit stability limit (2·τ_min ≈ 1 min). Backward Euler is
 * A- and L-stable, so the fast modes relax to their quasi-steady values, as they physically do within a
 * step; freezing the non-linear coefficients (convection |ΔT|^n, radiation (T₁²+T₂²)(T₁+T₂), transpiration
 * slope, ventilation density) at the start of the step makes each step one dense 11 × 11 linear solve
 * (no Newton iterations), with first-order accuracy that is adequate for hourly weather. Every exchange is
 * written as G·(T_i − T_j) with the same G in both nodes' balances, so the discrete energy balance holds
 * to round-off: `out.energyResidual` = stored-energy change − Σ boundary flows ≈ 1e-12 relative.
 *
 * Heating pipes: the rail is one node at the mean water temperature T̄. Along the pipe the water cools with
 * an exponential profile (secant conductance G_tot at the start of the step, NTU N = G_tot·A/(ṁc_p)), so
 * T_out = T_env + φ(N)·(T̄ − T_env) with φ = N·e^−N/(1 − e^−N) (`exponentialProfile` in pipeRail.ts) and
 * T_env the conductance-weighted temperature of what the pipes heat. The water heat ṁc_p(T_in − T_out)
 * enters the pipe balance; T_out is linear in the end-of-step T̄, so the step stays linear and exact in
 * energy. In fast transients the quasi-steady profile is an approximation.
 *
 * Not re-entrant: a model object owns its scratch arrays (one model per simulation thread).
 */
import {
  CANOPY_FIR_EXTINCTION,
  PIPE_VIEW_SHARE,
  type PipeRailGeometry,
  pipeConvectionCoefficient,
  pipeRailHeatCapacity,
  pipeSurfaceArea,
  VANTHOOR_PIPE_RAIL,
  validatePipeRail,
} from '../components/pipeRail';
import { InputError, PhysicsError, requireFinite, toKelvin } from '../errors';
import { type CoverPreset, coverPreset } from './covers';
import {
  AIR_CP,
  airDensity,
  firConductance,
  PSYCHROMETRIC_CONSTANT,
  saturationVapourPressure,
  saturationVapourPressureSlope,
} from './physics';

// ---------------------------------------------------------------------------------------------------------
// State layout

/** Index of each state in the state vector (all kelvin). */
export const GH = Object.freeze({
  air: 0,
  coverIn: 1,
  coverOut: 2,
  canopy: 3,
  floor: 4,
  soil1: 5,
  soil2: 6,
  soil3: 7,
  soil4: 8,
  soil5: 9,
  pipe: 10,
});
/** Number of states. */
export const GH_STATES = 11;
const N = GH_STATES;
const AIR = 0;
const CI = 1;
const CE = 2;
const CAN = 3;
const FLR = 4;
const SO1 = 5;
const SO5 = 9;
const PIPE = 10;

// ---------------------------------------------------------------------------------------------------------
// Constants from Vanthoor 2011 / GreenLight (setGlParams.m), per m² floor unless stated

/** Inside cover convection constant, W/(m² cover·K^4/3): h = 1.86·|ΔT|^⅓ ([V] Table 2 c_HECin; Table 4). */
const C_HEC_IN = 1.86;
/** Outside cover convection h = 2.8 + 1.2·u per m² cover ([V] Table 2 c_HECout1..3, after Stanghellini 1987). */
const C_HEC_OUT1 = 2.8;
const C_HEC_OUT2 = 1.2;
/** Leaf–air convective coefficient per m² leaf (both sides: ×2), W/(m²·K) ([V] Table 1 α_LeafAir = 5). */
const ALPHA_LEAF_AIR = 5;
/** Leaf heat capacity, J/(K·m² leaf) ([V] Table 1 cap_Leaf = 1.2e3; eq. 19). */
const CAP_LEAF = 1.2e3;
/** Floor: 0.02 m concrete, ρ 2300, c_p 880, λ 1.7 ([V] Table 2). */
const H_FLR = 0.02;
const CAP_FLR = H_FLR * 2300 * 880;
const LAMBDA_FLR = 1.7;
/** Soil: λ 0.85 W/(m·K), ρc_p 1.73e6 J/(m³·K), layers 0.04…0.64 m, outer layer 1.28 m ([V] Tables 1–2; [K]). */
const LAMBDA_SO = 0.85;
const RHOCP_SO = 1.73e6;
const H_SO = [0.04, 0.08, 0.16, 0.32, 0.64] as const;
const H_SO_OUT = 1.28;
/** Canopy/floor short-wave optics ([V] Tables 1–2): PAR/NIR split 0.5/0.5, k_PAR 0.7, k_NIR 0.27, reflections. */
const ETA_GLOB_PAR = 0.5;
const K1_PAR = 0.7;
const K2_PAR = 0.7;
const K_NIR = 0.27;
const RHO_CAN_PAR = 0.07;
const RHO_CAN_NIR = 0.35;
const RHO_FLR_PAR = 0.65;
const RHO_FLR_NIR = 0.5;
/** Share of global radiation absorbed by the construction and given to the air ([V] Table 2 η_GlobAir = 0.1). */
const ETA_GLOB_AIR = 0.1;
/** Thermal screen optics ([K] setGlParams: τ_ThScr 0.6, ρ_ThScr 0.35 for PAR and NIR). */
const TAU_SCREEN = 0.6;
const ALPHA_SCREEN = 1 - 0.6 - 0.35;
/** Transpiration ([V] Table 1, eqs. 46–50). */
const R_B = 275;
const R_S_MIN = 82;
const C_EVAP1 = 4.3;
const C_EVAP2 = 0.54;
const C_EVAP3_DAY = 6.1e-7;
const C_EVAP3_NIGHT = 1.1e-11;
const C_EVAP4_DAY = 4.3e-6;
const C_EVAP4_NIGHT = 5.2e-6;
const R_CAN_SP = 5;
/** Global radiation above which it is day for the vent set-point ([K] setGlParams dayThresh = 20 W/m²). */
const DAY_THRESHOLD = 20;
/** Cover whose U-value fixes the film factor κ (see file comment). */
export const REFERENCE_COVER = 'single-glass';
/** Smallest cover layer resistance the calibration may use, m²·K/W (1 mm of glass ≈ 0.001). */
const MIN_LAYER_RESISTANCE = 1e-4;

/**
 * Rating condition at which the model reproduces the cover preset's U-value: 20 °C inside, 0 °C outside,
 * sky at the outdoor temperature (overcast; EN ISO 6946 convention), wind 4 m/s (EN ISO 6946's
 * R_se = 0.04 m²K/W corresponds to 4 m/s), no sun, screen open, night.
 */
export const COVER_RATING_CONDITION = Object.freeze({
  airT: 293.15,
  outdoorT: 273.15,
  skyT: 273.15,
  windSpeed: 4,
});

// ---------------------------------------------------------------------------------------------------------
// Parameters, inputs, outputs

export interface GreenhouseParams {
  /** Floor area, m². */
  floorArea: number;
  /** Cover (incl. side walls) area per floor area, – (default 1.3; [V] Table 2: 1.8e4/1.4e4 = 1.29). */
  coverToFloorRatio?: number;
  /** Mean greenhouse height (volume / floor area), m (default 4.2; [V] Table 2 h_Gh). */
  meanHeight?: number;
  /** Cover preset id (see covers.ts) or a parsed preset. */
  cover: string | CoverPreset;
  /** Fraction by which a fully closed screen cuts the cover loss at the rating condition (default 0.3; FACTS 25–30 %). 0 = no screen. */
  screenSaving?: number;
  /** Heating set-points, K (defaults 21 °C day / 17 °C night: FACTS tomato 21–24 / 17–18 °C). Used for the vent set-point. */
  heatingSetpointDay?: number;
  heatingSetpointNight?: number;
  /** Vent set-point above the heating set-point, K (default 4; FACTS 3–5 K). */
  ventOffset?: number;
  /** Proportional band of the vent controller, K (default 4; [K] ventHeatPband = 4). */
  ventBand?: number;
  /** Leakage (infiltration) air changes per hour (default 1; FACTS 0.5–2, ~1 typical). */
  leakageACH?: number;
  /**
   * Air changes per hour with vents fully open (default 35 ≈ 0.041 m³/(s·m² floor) at 4.2 m, the
   * 8 cfm/ft² summer ventilation rate of ASABE EP406 "Heating, ventilating and cooling greenhouses").
   */
  maxVentACH?: number;
  /** Leaf area index, m²/m² (default 3; [K] laiMax = 3). 0 = empty house (a 0.01 vestigial canopy node is kept). */
  lai?: number;
  /** Indoor relative humidity held by the humidity control, – (default 0.85; [K] rhMax = 90 % is the upper limit). */
  indoorRH?: number;
  /** Indoor CO₂ for the stomatal resistance, ppm (default 800; [K] co2SpDay). */
  co2Ppm?: number;
  /** Deep-soil boundary temperature = annual mean outdoor temperature, K (default 2.9 °C: Winnipeg mean of FACTS monthly means). */
  deepSoilT?: number;
  /** Pipe rail geometry (default Vanthoor/GreenLight, FACTS). */
  pipeRail?: PipeRailGeometry;
  /** Specific heat of the pipe water, J/(kg·K) (default 4180; [V] Table 1 c_p,Water). */
  pipeWaterCp?: number;
  /** Air pressure, Pa (default 101325). */
  airPressure?: number;
}

export interface GreenhouseInputs {
  /** Outdoor air temperature, K. */
  outdoorT: number;
  /** Effective sky temperature for long-wave exchange, K. */
  skyT: number;
  /** Wind speed at the greenhouse, m/s. */
  windSpeed: number;
  /** Global horizontal irradiance outside, W/m² (per m² floor). */
  solarOnCover: number;
  /** Heating water inlet temperature, K (ignored when `pipeMassFlow` = 0). */
  pipeInletT: number;
  /** Heating water mass flow, kg/s, whole greenhouse (0 = pump off). */
  pipeMassFlow: number;
  /** Thermal screen closure 0 (open) … 1 (closed); see `thermalScreenRule` for GreenLight's rule. */
  screenClosed: number;
  /**
   * Vent opening 0…1; leave `undefined` for the built-in proportional controller: opening =
   * clamp((T_air − T_vent)/ventBand, 0, 1) with T_vent = heating set-point (day/night) + ventOffset,
   * solved implicitly with the end-of-step air temperature.
   */
  ventOpening?: number | undefined;
  /** Day flag for the set-points; default `solarOnCover > 20 W/m²` ([K] dayThresh). */
  isDay?: boolean | undefined;
}

/** Everything a step produces. Heat flows in W for the whole greenhouse; positive in the named direction. */
export class GreenhouseStepOutput {
  /** Heat given up by the heating water, ṁ·c_p·(T_in − T_out), W. */
  pipeWaterHeat = 0;
  /** Heating water outlet temperature, K (the mean pipe temperature when there is no flow). */
  pipeOutletT = 0;
  /** Mean pipe (water) temperature at the end of the step, K. */
  pipeMeanT = 0;
  /** Heat delivered by the pipes to the greenhouse (sum of the four pipe paths), W. */
  pipeDelivered = 0;
  pipeToAir = 0;
  pipeToCanopy = 0;
  pipeToFloor = 0;
  pipeToCover = 0;
  canopyToAir = 0;
  canopyToCover = 0;
  canopyToFloor = 0;
  floorToAir = 0;
  floorToCover = 0;
  floorToSoil = 0;
  /** Conduction from the deepest soil layer to the deep-soil boundary (ground loss), W. */
  soilToDeep = 0;
  airToCover = 0;
  /** Conduction through the cover from its inner to its outer surface, W. */
  coverConduction = 0;
  coverToOutside = 0;
  coverToSky = 0;
  /** coverToOutside + coverToSky, W. */
  coverLoss = 0;
  /** Sensible loss by leakage, W. */
  infiltrationLoss = 0;
  /** Sensible loss through the vents, W. */
  ventilationLoss = 0;
  /** Vent opening used, –. */
  ventOpening = 0;
  /** Screen closure used, –. */
  screenClosed = 0;
  /** Latent heat of canopy transpiration, W (leaves the greenhouse). */
  transpirationLatent = 0;
  solarToCover = 0;
  solarToAir = 0;
  solarToCanopy = 0;
  solarToFloor = 0;
  solarAbsorbed = 0;
  /** Rate of change of stored sensible energy, W. */
  storedEnergyRate = 0;
  /** storedEnergyRate − Σ boundary flows, W (≈ 0). */
  energyResidual = 0;
  /** |energyResidual| / (Σ |boundary flows| + |storedEnergyRate|), –. */
  energyResidualRelative = 0;
}

/** Result of `heatDemand`. */
export class HeatDemandOutput {
  /** Heat the water must give up this step (incl. warming the pipe mass), W; negative = greenhouse too warm. */
  waterHeat = 0;
  /** Heat the pipes must deliver to the greenhouse (to air, canopy, floor, cover), W. */
  pipeDelivered = 0;
  /** Mean pipe water temperature needed at the end of the step, K. */
  pipeMeanT = 0;
  /**
   * Inlet temperature needed at `inputs.pipeMassFlow`, K. With no flow: +Infinity when heat is needed,
   * else the pipe mean temperature.
   */
  pipeInletT = 0;
  /** Outlet temperature that goes with `pipeInletT`, K (the mean pipe temperature with no flow). */
  pipeOutletT = 0;
  /** Vent opening assumed (prescribed, or the controller's at the set-point), –. */
  ventOpening = 0;
  /** Cover loss at the end of the step, W. */
  coverLoss = 0;
  /** Sensible infiltration + ventilation loss, W. */
  airExchangeLoss = 0;
  /** Ground loss (soil → deep boundary), W. */
  soilToDeep = 0;
  /** Latent transpiration, W. */
  transpirationLatent = 0;
}

// Coefficient slots (per m² floor): internal links, boundary conductances, sources.
const K_AC = 0;
const K_CC = 1;
const K_CA = 2;
const K_FA = 3;
const K_CCI = 4;
const K_CF = 5;
const K_FCI = 6;
const K_PA = 7;
const K_PC = 8;
const K_PF = 9;
const K_PCI = 10;
const K_FS1 = 11; // K_FS1..K_FS1+3 soil links, then K_S5D
const K_S5D = 16;
const K_CO = 17;
const K_CS = 18;
const K_LEAK = 19;
const K_VMAX = 20;
const K_LAT0 = 21;
const K_LATC = 22;
const K_LATA = 23;
const K_SCOV = 24;
const K_SAIR = 25;
const K_SCAN = 26;
const K_SFLR = 27;
const K_MCP = 28; // ṁc_p per m² floor
const K_PHI = 29;
const K_TENV = 30;
const N_COEF = 31;

/** Internal links [i, j, coefficient slot]. */
const LINKS: readonly (readonly [number, number, number])[] = [
  [AIR, CI, K_AC],
  [CI, CE, K_CC],
  [CAN, AIR, K_CA],
  [FLR, AIR, K_FA],
  [CAN, CI, K_CCI],
  [CAN, FLR, K_CF],
  [FLR, CI, K_FCI],
  [PIPE, AIR, K_PA],
  [PIPE, CAN, K_PC],
  [PIPE, FLR, K_PF],
  [PIPE, CI, K_PCI],
  [FLR, SO1, K_FS1],
  [SO1, SO1 + 1, K_FS1 + 1],
  [SO1 + 1, SO1 + 2, K_FS1 + 2],
  [SO1 + 2, SO1 + 3, K_FS1 + 3],
  [SO1 + 3, SO5, K_FS1 + 4],
];

/** A greenhouse model: constants precomputed by `createGreenhouse`, plus scratch storage for the solver. */
export interface GreenhouseModel {
  readonly floorArea: number;
  readonly coverArea: number;
  readonly coverToFloorRatio: number;
  readonly meanHeight: number;
  readonly volume: number;
  readonly cover: CoverPreset;
  readonly lai: number;
  readonly indoorRH: number;
  readonly co2Ppm: number;
  readonly deepSoilT: number;
  readonly leakageACH: number;
  readonly maxVentACH: number;
  readonly heatingSetpointDay: number;
  readonly heatingSetpointNight: number;
  readonly ventOffset: number;
  readonly ventBand: number;
  readonly screenSaving: number;
  readonly pipeRail: PipeRailGeometry;
  readonly pipeWaterCp: number;
  readonly airPressure: number;
  /** Calibrated multiplier κ on the inside and outside convective cover coefficients. */
  filmFactor: number;
  /** Cover layer resistance used, m²·K/W (calibrated, see `calibration`). */
  coverLayerResistance: number;
  /** Cover FIR emissivity used (the preset's). */
  coverEmissivity: number;
  /** How the cover was calibrated: `layer` (films from the reference single glass, layer resistance fitted) or `film` (fallback). */
  calibration: 'layer' | 'film';
  /** Calibrated inside → cover exchange factor ψ of a fully closed screen. */
  screenFactorClosed: number;
  /** Heat capacities per m² floor that do not change: canopy, cover halves, floor, soil, pipe, J/(m²·K). */
  readonly fixedCap: Float64Array;
  /** Precomputed geometric/optical factors. */
  readonly k: {
    readonly aCan: number;
    readonly fCanFlr: number;
    readonly fFlrCov: number;
    readonly aPipe: number;
    readonly fPipeCan: number;
    readonly fPipeFlr: number;
    readonly fPipeCov: number;
    readonly canSolar: number;
    readonly flrSolar: number;
  };
  // scratch
  readonly coef: Float64Array;
  readonly cap: Float64Array;
  readonly A: Float64Array;
  readonly b: Float64Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly t1: Float64Array;
  readonly piv: Int32Array;
  /** State and inputs of the last coefficient evaluation (`heatDemand` then `stepGreenhouse` share it). */
  readonly coefKey: Float64Array;
}

// ---------------------------------------------------------------------------------------------------------
// Construction

function opt(field: string, v: number | undefined, def: number, min: number, max: number, unit = ''): number {
  return v === undefined ? def : requireFinite(`greenhouse.${field}`, v, min, max, unit);
}

/** Build a greenhouse model from parameters and calibrate its cover films and screen (see file comment). */
export function createGreenhouse(params: GreenhouseParams): GreenhouseModel {
  const floorArea = requireFinite('greenhouse.floorArea', params.floorArea, 1, 1e8, 'm²');
  const rc = opt('coverToFloorRatio', params.coverToFloorRatio, 1.3, 1, 5);
  const h = opt('meanHeight', params.meanHeight, 4.2, 1.5, 20, 'm');
  const cover = typeof params.cover === 'string' ? coverPreset(params.cover) : params.cover;
  const laiIn = opt('lai', params.lai, 3, 0, 10, 'm²/m²');
  const lai = Math.max(laiIn, 0.01);
  const pipeRail = params.pipeRail ?? VANTHOOR_PIPE_RAIL;
  validatePipeRail(pipeRail, 'greenhouse.pipeRail');
  const spDay = opt('heatingSetpointDay', params.heatingSetpointDay, toKelvin(21), 273.15, 313.15, 'K');
  const spNight = opt('heatingSetpointNight', params.heatingSetpointNight, toKelvin(17), 273.15, 313.15, 'K');
  const pipeWaterCp = opt('pipeWaterCp', params.pipeWaterCp, 4180, 2000, 4300, 'J/(kg·K)');

  const kFir = CANOPY_FIR_EXTINCTION;
  const gap = Math.exp(-kFir * lai);
  const aPipe = pipeSurfaceArea(pipeRail);
  const pipeShadow = PIPE_VIEW_SHARE * aPipe; // 0.49·π·φ·l, [V] Table 3
  // Solar absorption per unit of global radiation that reaches the canopy top (PAR: [V] eqs. 26, 28, 34;
  // NIR: [K] eqs. A20, A22 applied to sunlight).
  const ePar = Math.exp(-K1_PAR * lai);
  const canPar =
    (1 - RHO_CAN_PAR) * (1 - ePar) + ePar * RHO_FLR_PAR * (1 - RHO_CAN_PAR) * (1 - Math.exp(-K2_PAR * lai));
  const flrPar = (1 - RHO_FLR_PAR) * ePar;
  const eNir = Math.exp(-K_NIR * lai);
  const canNir = (1 - RHO_CAN_NIR) * (1 - eNir);
  const flrNir = (1 - RHO_FLR_NIR) * eNir;

  const fixedCap = new Float64Array(N);
  fixedCap[CAN] = CAP_LEAF * lai;
  fixedCap[CI] = 0.5 * cover.arealHeatCapacity * rc;
  fixedCap[CE] = 0.5 * cover.arealHeatCapacity * rc;
  fixedCap[FLR] = CAP_FLR;
  for (let i = 0; i < 5; i++) fixedCap[SO1 + i] = H_SO[i]! * RHOCP_SO;
  fixedCap[PIPE] = pipeRailHeatCapacity(pipeRail, pipeWaterCp);

  const m: GreenhouseModel = {
    floorArea,
    coverArea: floorArea * rc,
    coverToFloorRatio: rc,
    meanHeight: h,
    volume: floorArea * h,
    cover,
    lai,
    indoorRH: opt('indoorRH', params.indoorRH, 0.85, 0, 1),
    co2Ppm: opt('co2Ppm', params.co2Ppm, 800, 0, 5000, 'ppm'),
    deepSoilT: opt('deepSoilT', params.deepSoilT, toKelvin(2.9), 223.15, 323.15, 'K'),
    leakageACH: opt('leakageACH', params.leakageACH, 1, 0, 20, '1/h'),
    maxVentACH: opt('maxVentACH', params.maxVentACH, 35, 0, 300, '1/h'),
    heatingSetpointDay: spDay,
    heatingSetpointNight: spNight,
    ventOffset: opt('ventOffset', params.ventOffset, 4, 0, 30, 'K'),
    ventBand: opt('ventBand', params.ventBand, 4, 0.1, 30, 'K'),
    screenSaving: opt('screenSaving', params.screenSaving, 0.3, 0, 0.8),
    pipeRail,
    pipeWaterCp,
    airPressure: opt('airPressure', params.airPressure, 101325, 5e4, 1.2e5, 'Pa'),
    filmFactor: 1,
    coverLayerResistance: cover.layerResistance,
    coverEmissivity: cover.firEmissivity,
    calibration: 'layer',
    screenFactorClosed: 1,
    fixedCap,
    k: {
      aCan: 1 - gap, // canopy FIR area per m² floor, [V] Table 3
      fCanFlr: 1 - pipeShadow,
      fFlrCov: (1 - pipeShadow) * gap,
      aPipe,
      fPipeCan: PIPE_VIEW_SHARE * (1 - gap),
      fPipeFlr: PIPE_VIEW_SHARE,
      fPipeCov: PIPE_VIEW_SHARE * gap,
      canSolar: ETA_GLOB_PAR * canPar + (1 - ETA_GLOB_PAR) * canNir,
      flrSolar: ETA_GLOB_PAR * flrPar + (1 - ETA_GLOB_PAR) * flrNir,
    },
    coef: new Float64Array(N_COEF),
    cap: new Float64Array(N),
    A: new Float64Array(N * N),
    b: new Float64Array(N),
    x: new Float64Array(N),
    y: new Float64Array(N),
    t1: new Float64Array(N),
    piv: new Int32Array(N),
    coefKey: new Float64Array(N + 11).fill(Number.NaN),
  };
  calibrate(m);
  return m;
}

/** Cover loss per m² cover per K at the rating condition, from a steady-state solve. */
function ratingU(m: GreenhouseModel, screen: number, lin: Float64Array): number {
  const r = COVER_RATING_CONDITION;
  const inp: GreenhouseInputs = {
    outdoorT: r.outdoorT,
    skyT: r.skyT,
    windSpeed: r.windSpeed,
    solarOnCover: 0,
    pipeInletT: r.airT,
    pipeMassFlow: 0,
    screenClosed: screen,
    ventOpening: 0,
    isDay: false,
  };
  const d = new HeatDemandOutput();
  steadyState(m, inp, r.airT, lin, d);
  return d.coverLoss / (m.coverArea * (r.airT - r.outdoorT));
}

function bisect(f: (x: number) => number, lo: number, hi: number, what: string, target: number): number {
  let flo = f(lo);
  const fhi = f(hi);
  if (flo * fhi > 0) {
    throw new PhysicsError(
      `cannot calibrate ${what}: the target ${target.toPrecision(4)} lies outside what the model reaches ` +
        `(${(flo + target).toPrecision(4)} … ${(fhi + target).toPrecision(4)}); check the cover preset's U-value and layer resistance`,
    );
  }
  for (let i = 0; i < 60 && hi - lo > 1e-10 * (1 + Math.abs(lo)); i++) {
    const mid = 0.5 * (lo + hi);
    const fm = f(mid);
    if (fm * flo > 0) {
      lo = mid;
      flo = fm;
    } else {
      hi = mid;
    }
  }
  return 0.5 * (lo + hi);
}

function calibrate(m: GreenhouseModel): void {
  const lin = new Float64Array(N);
  const r = COVER_RATING_CONDITION;
  const reset = () => {
    lin.fill(r.airT);
    lin[CE] = r.outdoorT;
    for (let i = SO1; i <= SO5; i++) lin[i] = 0.5 * (r.airT + m.deepSoilT);
  };
  const uAt = (screen: number) => {
    reset();
    return ratingU(m, screen, lin);
  };
  m.screenFactorClosed = 1;
  // 1. Film factor κ from the reference single-glass cover (films belong to the greenhouse, not the cover).
  const ref = coverPreset(REFERENCE_COVER);
  m.coverLayerResistance = ref.layerResistance;
  m.coverEmissivity = ref.firEmissivity;
  const lk = bisect(
    (x) => {
      m.filmFactor = Math.exp(x);
      return uAt(0) - ref.uValue;
    },
    Math.log(0.05),
    Math.log(50),
    `the cover film factor on the reference cover "${ref.id}"`,
    ref.uValue,
  );
  m.filmFactor = Math.exp(lk);
  // 2. Layer resistance of this cover (U falls as R grows; search in log space).
  const U = m.cover.uValue;
  m.coverEmissivity = m.cover.firEmissivity;
  m.coverLayerResistance = MIN_LAYER_RESISTANCE;
  if (uAt(0) >= U) {
    const lr = bisect(
      (x) => {
        m.coverLayerResistance = Math.exp(x);
        return U - uAt(0);
      },
      Math.log(MIN_LAYER_RESISTANCE),
      Math.log(2),
      `the layer resistance of cover "${m.cover.id}"`,
      U,
    );
    m.coverLayerResistance = Math.exp(lr);
    m.calibration = 'layer';
  } else {
    // Fallback: a cover conducting better than the reference films allow — keep its physical layer
    // resistance and raise the film factor instead.
    m.coverLayerResistance = m.cover.layerResistance;
    const lk2 = bisect(
      (x) => {
        m.filmFactor = Math.exp(x);
        return uAt(0) - U;
      },
      Math.log(0.05),
      Math.log(50),
      `the cover film factor for "${m.cover.id}"`,
      U,
    );
    m.filmFactor = Math.exp(lk2);
    m.calibration = 'film';
  }
  // 3. Screen factor ψ_closed (U falls as ψ falls).
  if (m.screenSaving > 0) {
    const target = (1 - m.screenSaving) * U;
    m.screenFactorClosed = bisect(
      (psi) => {
        m.screenFactorClosed = psi;
        return uAt(1) - target;
      },
      1e-4,
      1,
      `the screen factor for screenSaving ${m.screenSaving}`,
      target,
    );
  }
}

/**
 * Initial state: air, cover, canopy, floor and pipe at T0; the soil on the steady conduction profile between
 * T0 at the floor and the deep-soil temperature.
 */
export function initialState(m: GreenhouseModel, T0: number): Float64Array {
  requireFinite('T0', T0, 223.15, 353.15, 'K');
  const s = new Float64Array(N).fill(T0);
  // cumulative resistance from the floor node down to the deep boundary
  const r: number[] = [];
  let acc = 0;
  acc += (H_FLR / LAMBDA_FLR + H_SO[0] / LAMBDA_SO) / 2;
  r.push(acc);
  for (let i = 1; i < 5; i++) {
    acc += (H_SO[i - 1]! + H_SO[i]!) / (2 * LAMBDA_SO);
    r.push(acc);
  }
  const total = acc + (H_SO[4] + H_SO_OUT) / (2 * LAMBDA_SO);
  for (let i = 0; i < 5; i++) s[SO1 + i] = T0 + ((m.deepSoilT - T0) * r[i]!) / total;
  return s;
}

// ---------------------------------------------------------------------------------------------------------
// Coefficients and assembly

function validateInputs(inp: GreenhouseInputs): void {
  requireFinite('inputs.outdoorT', inp.outdoorT, 193.15, 343.15, 'K');
  requireFinite('inputs.skyT', inp.skyT, 150, 343.15, 'K');
  requireFinite('inputs.windSpeed', inp.windSpeed, 0, 60, 'm/s');
  requireFinite('inputs.solarOnCover', inp.solarOnCover, 0, 1500, 'W/m²');
  requireFinite('inputs.pipeMassFlow', inp.pipeMassFlow, 0, Infinity, 'kg/s');
  if (inp.pipeMassFlow > 0) requireFinite('inputs.pipeInletT', inp.pipeInletT, 233.15, 423.15, 'K');
  requireFinite('inputs.screenClosed', inp.screenClosed, 0, 1);
  if (inp.ventOpening !== undefined) requireFinite('inputs.ventOpening', inp.ventOpening, 0, 1);
}

function validateState(state: Float64Array): void {
  if (state.length !== N) throw new InputError('state.length', state.length, `${N} (use initialState)`);
  for (let i = 0; i < N; i++) {
    const t = state[i]!;
    if (!(t > 150 && t < 500)) {
      const name = Object.keys(GH)[i];
      throw new PhysicsError(
        `greenhouse state ${name} = ${t} K is outside 150–500 K; the inputs drove the model out of range (check pipe inlet temperature and time step)`,
      );
    }
  }
}

/** Fill m.coef and m.cap from the linearisation temperatures T and the inputs. */
function computeCoefficients(m: GreenhouseModel, T: Float64Array, inp: GreenhouseInputs): void {
  // The coefficients depend on the state and these inputs only (not on the pipe inlet temperature or dt):
  // when the controller's `heatDemand` has just evaluated them for the same state, the step reuses them.
  const key = m.coefKey;
  const isDay = (inp.isDay ?? inp.solarOnCover > DAY_THRESHOLD) ? 1 : 0;
  let same =
    key[N] === inp.outdoorT &&
    key[N + 1] === inp.skyT &&
    key[N + 2] === inp.windSpeed &&
    key[N + 3] === inp.solarOnCover &&
    key[N + 4] === inp.pipeMassFlow &&
    key[N + 5] === inp.screenClosed &&
    key[N + 6] === isDay &&
    // calibration (createGreenhouse) changes these between solves
    key[N + 7] === m.filmFactor &&
    key[N + 8] === m.coverLayerResistance &&
    key[N + 9] === m.screenFactorClosed &&
    key[N + 10] === m.coverEmissivity;
  for (let i = 0; same && i < N; i++) same = key[i] === T[i];
  if (same) return;
  for (let i = 0; i < N; i++) key[i] = T[i]!;
  key[N] = inp.outdoorT;
  key[N + 1] = inp.skyT;
  key[N + 2] = inp.windSpeed;
  key[N + 3] = inp.solarOnCover;
  key[N + 4] = inp.pipeMassFlow;
  key[N + 5] = inp.screenClosed;
  key[N + 6] = isDay;
  key[N + 7] = m.filmFactor;
  key[N + 8] = m.coverLayerResistance;
  key[N + 9] = m.screenFactorClosed;
  key[N + 10] = m.coverEmissivity;
  const c = m.coef;
  const k = m.k;
  const rc = m.coverToFloorRatio;
  const eCov = m.coverEmissivity;
  const s = inp.screenClosed;
  const psi = 1 - s * (1 - m.screenFactorClosed);
  const Ta = T[AIR]!;
  const Tci = T[CI]!;
  const Tce = T[CE]!;
  const Tc = T[CAN]!;
  const Tf = T[FLR]!;
  const Tp = T[PIPE]!;

  // capacities
  const rhoA = airDensity(Ta, m.airPressure);
  const cap = m.cap;
  cap.set(m.fixedCap);
  cap[AIR] = rhoA * AIR_CP * m.meanHeight; // [V] eq. 22 (main + top compartment lumped)

  // convection and conduction ([V] Table 4)
  c[K_AC] = psi * m.filmFactor * C_HEC_IN * Math.cbrt(Math.abs(Ta - Tci)) * rc;
  c[K_CC] = rc / m.coverLayerResistance;
  c[K_CO] = m.filmFactor * (C_HEC_OUT1 + C_HEC_OUT2 * inp.windSpeed) * rc;
  c[K_CA] = 2 * ALPHA_LEAF_AIR * m.lai;
  const dFA = Tf - Ta;
  c[K_FA] = dFA > 0 ? 1.7 * Math.cbrt(dFA) : 1.3 * Math.sqrt(Math.sqrt(-dFA));
  // secant at |ΔT| ≥ 0.1 K so the pipe always has a heat path (a bare pipe at air temperature would not)
  c[K_PA] = pipeConvectionCoefficient(m.pipeRail, Math.max(Math.abs(Tp - Ta), 0.1));
  c[K_FS1] = 2 / (H_FLR / LAMBDA_FLR + H_SO[0] / LAMBDA_SO);
  for (let i = 1; i < 5; i++) c[K_FS1 + i] = (2 * LAMBDA_SO) / (H_SO[i - 1]! + H_SO[i]!);
  c[K_S5D] = (2 * LAMBDA_SO) / (H_SO[4] + H_SO_OUT);

  // far-infrared radiation ([V] eq. 37, Table 3); ε_canopy = ε_floor = ε_sky = 1
  const eP = m.pipeRail.emissivity;
  c[K_CCI] = firConductance(k.aCan, 1, eCov, psi, Tc, Tci);
  c[K_CF] = firConductance(k.aCan, 1, 1, k.fCanFlr, Tc, Tf);
  c[K_FCI] = firConductance(1, 1, eCov, psi * k.fFlrCov, Tf, Tci);
  c[K_PC] = firConductance(k.aPipe, eP, 1, k.fPipeCan, Tp, Tc);
  c[K_PF] = firConductance(k.aPipe, eP, 1, k.fPipeFlr, Tp, Tf);
  c[K_PCI] = firConductance(k.aPipe, eP, eCov, psi * k.fPipeCov, Tp, Tci);
  c[K_CS] = firConductance(1, eCov, 1, 1, Tce, inp.skyT); // [V]: cover → sky with A = 1 per m² floor

  // air exchange
  const perAch = (rhoA * AIR_CP * m.meanHeight) / 3600;
  c[K_LEAK] = perAch * m.leakageACH;
  c[K_VMAX] = perAch * m.maxVentACH;

  // solar ([V] eqs. 26–36; see file comment)
  const I = inp.solarOnCover;
  const tau = m.cover.solarTransmittance;
  const tauScr = 1 - s * (1 - TAU_SCREEN);
  const Ican = (1 - ETA_GLOB_AIR) * tau * tauScr * I; // global radiation above the canopy
  c[K_SCOV] = m.cover.solarAbsorptance * I;
  c[K_SAIR] = ETA_GLOB_AIR * tau * I + s * ALPHA_SCREEN * (1 - ETA_GLOB_AIR) * tau * I;
  c[K_SCAN] = k.canSolar * Ican;
  c[K_SFLR] = k.flrSolar * Ican;

  // transpiration ([V] eqs. 46–50), linearised in T_can and T_air
  const sRs = 1 / (1 + Math.exp(-(Ican - R_CAN_SP)));
  const cEvap3 = C_EVAP3_NIGHT * (1 - sRs) + C_EVAP3_DAY * sRs;
  const cEvap4 = C_EVAP4_NIGHT * (1 - sRs) + C_EVAP4_DAY * sRs;
  const rfR = (Ican + C_EVAP1) / (Ican + C_EVAP2);
  const dco2 = m.co2Ppm - 200;
  const rfCo2 = Math.min(1.5, 1 + cEvap3 * dco2 * dco2);
  const esC = saturationVapourPressure(Tc);
  const esA = saturationVapourPressure(Ta);
  const vpd = esC - m.indoorRH * esA;
  const rfVp = Math.min(5.8, 1 + cEvap4 * vpd * vpd);
  const rS = R_S_MIN * rfR * rfCo2 * rfVp;
  // L·VEC = 2ρc_p·LAI/(γ(r_b + r_s)), W/(m²·Pa)
  const lvec = (2 * rhoA * AIR_CP * m.lai) / (PSYCHROMETRIC_CONSTANT * (R_B + rS));
  const sC = saturationVapourPressureSlope(Tc);
  const sA = saturationVapourPressureSlope(Ta);
  c[K_LATC] = lvec * sC;
  c[K_LATA] = lvec * m.indoorRH * sA;
  c[K_LAT0] = lvec * (esC - sC * Tc - m.indoorRH * (esA - sA * Ta));

  // heating water: exponential profile along the rail
  const mcp = (inp.pipeMassFlow * m.pipeWaterCp) / m.floorArea;
  c[K_MCP] = mcp;
  const gP = c[K_PA]! + c[K_PC]! + c[K_PF]! + c[K_PCI]!;
  // gP = 0 only for a bare (ε = 0) pipe exactly at air temperature: then the water passes unchanged (N = 0)
  c[K_TENV] = gP > 0 ? (c[K_PA]! * Ta + c[K_PC]! * Tc + c[K_PF]! * Tf + c[K_PCI]! * Tci) / gP : Ta;
  c[K_PHI] = mcp > 0 ? outletFromMean(gP / mcp) : 0;
}

/** φ(N) = N·e^−N/(1 − e^−N), series below 1e-4 (same as pipeRail.exponentialProfile, allocation-free). */
function outletFromMean(ntu: number): number {
  if (ntu < 1e-4) return 1 - ntu / 2 + (ntu * ntu) / 12;
  if (ntu > 700) return 0;
  return (ntu * Math.exp(-ntu)) / -Math.expm1(-ntu);
}

/**
 * Assemble A·T' = b for backward Euler (invDt = 1/dt; 0 for steady state), leakage included, vents not.
 * `water` adds the heating-water terms to the pipe row.
 */
function assemble(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  invDt: number,
  water: boolean,
): void {
  const A = m.A;
  const b = m.b;
  const c = m.coef;
  const cap = m.cap;
  A.fill(0);
  for (let i = 0; i < N; i++) {
    const ci = cap[i]! * invDt;
    A[i * N + i] = ci;
    b[i] = ci * T[i]!;
  }
  for (let l = 0; l < LINKS.length; l++) {
    const link = LINKS[l]!;
    const i = link[0];
    const j = link[1];
    const g = c[link[2]]!;
    A[i * N + i]! += g;
    A[j * N + j]! += g;
    A[i * N + j]! -= g;
    A[j * N + i]! -= g;
  }
  const gCo = c[K_CO]!;
  const gCs = c[K_CS]!;
  A[CE * N + CE]! += gCo + gCs;
  b[CE]! += gCo * inp.outdoorT + gCs * inp.skyT + c[K_SCOV]!;
  A[SO5 * N + SO5]! += c[K_S5D]!;
  b[SO5]! += c[K_S5D]! * m.deepSoilT;
  A[AIR * N + AIR]! += c[K_LEAK]!;
  b[AIR]! += c[K_LEAK]! * inp.outdoorT + c[K_SAIR]!;
  b[CAN]! += c[K_SCAN]! - c[K_LAT0]!;
  A[CAN * N + CAN]! += c[K_LATC]!;
  A[CAN * N + AIR]! -= c[K_LATA]!;
  b[FLR]! += c[K_SFLR]!;
  if (water && c[K_MCP]! > 0) {
    const mcp = c[K_MCP]!;
    const phi = c[K_PHI]!;
    A[PIPE * N + PIPE]! += mcp * phi;
    b[PIPE]! += mcp * (inp.pipeInletT - (1 - phi) * c[K_TENV]!);
  }
}

/** In-place LU factorisation with partial pivoting of the N×N matrix A. */
function luFactor(A: Float64Array, piv: Int32Array): void {
  for (let k = 0; k < N; k++) {
    let p = k;
    let max = Math.abs(A[k * N + k]!);
    for (let i = k + 1; i < N; i++) {
      const v = Math.abs(A[i * N + k]!);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    if (!(max > 0))
      throw new PhysicsError('greenhouse heat balance matrix is singular (a node has no heat path)');
    piv[k] = p;
    if (p !== k) {
      for (let j = 0; j < N; j++) {
        const t = A[k * N + j]!;
        A[k * N + j] = A[p * N + j]!;
        A[p * N + j] = t;
      }
    }
    const d = A[k * N + k]!;
    for (let i = k + 1; i < N; i++) {
      const f = A[i * N + k]! / d;
      if (f === 0) continue;
      A[i * N + k] = f;
      for (let j = k + 1; j < N; j++) A[i * N + j]! -= f * A[k * N + j]!;
    }
  }
}

/** Solve with the factors of `luFactor`: x = A⁻¹·rhs (rhs may alias x). */
function luSolve(A: Float64Array, piv: Int32Array, rhs: Float64Array, x: Float64Array): void {
  if (x !== rhs) x.set(rhs);
  for (let k = 0; k < N; k++) {
    const p = piv[k]!;
    if (p !== k) {
      const t = x[k]!;
      x[k] = x[p]!;
      x[p] = t;
    }
  }
  for (let i = 1; i < N; i++) {
    let s = x[i]!;
    for (let j = 0; j < i; j++) s -= A[i * N + j]! * x[j]!;
    x[i] = s;
  }
  for (let i = N - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let j = i + 1; j < N; j++) s -= A[i * N + j]! * x[j]!;
    x[i] = s / A[i * N + i]!;
  }
}

function ventSetpoint(m: GreenhouseModel, inp: GreenhouseInputs): number {
  const day = inp.isDay ?? inp.solarOnCover > DAY_THRESHOLD;
  return (day ? m.heatingSetpointDay : m.heatingSetpointNight) + m.ventOffset;
}

// ---------------------------------------------------------------------------------------------------------
// Time step

/**
 * Advance `state` (in place) by `dt` seconds with the linearly-implicit Euler scheme and fill `out`.
 * Allocation-free. Throws InputError for out-of-range inputs, PhysicsError if the state leaves 150–500 K.
 */
export function stepGreenhouse(
  m: GreenhouseModel,
  state: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  out: GreenhouseStepOutput,
): void {
  requireFinite('dt', dt, 1e-3, 1e7, 's');
  validateInputs(inp);
  validateState(state);
  computeCoefficients(m, state, inp);
  assemble(m, state, inp, 1 / dt, true);
  const A = m.A;
  const x = m.x;
  const gMax = m.coef[K_VMAX]!;
  const Tout = inp.outdoorT;
  let o: number;
  if (inp.ventOpening !== undefined) {
    o = inp.ventOpening;
    A[AIR * N + AIR]! += o * gMax;
    m.b[AIR]! += o * gMax * Tout;
    luFactor(A, m.piv);
    luSolve(A, m.piv, m.b, x);
  } else {
    // Proportional vent control solved implicitly. Opening the vents adds g = o·G_max to the air diagonal
    // and g·T_out to its right-hand side; by the Sherman–Morrison identity the end-of-step air temperature
    // is T_air(g) = (x0_air + g·y_air·T_out)/(1 + g·y_air) with x0 = A⁻¹b and y = A⁻¹e_air, and the whole
    // state is x0 + g·(T_out − T_air)·y. o = clamp((T_air(o·G_max) − T_vent)/band, 0, 1) is a quadratic.
    luFactor(A, m.piv);
    luSolve(A, m.piv, m.b, x);
    const y = m.y;
    y.fill(0);
    y[AIR] = 1;
    luSolve(A, m.piv, y, y);
    const x0a = x[AIR]!;
    const ya = y[AIR]!;
    const Tv = ventSetpoint(m, inp);
    const band = m.ventBand;
    if (x0a <= Tv || gMax === 0) {
      o = 0;
    } else if ((x0a + gMax * ya * Tout) / (1 + gMax * ya) >= Tv + band) {
      o = 1;
    } else {
      const a2 = band * gMax * ya;
      const a1 = band + gMax * ya * (Tv - Tout);
      const a0 = Tv - x0a; // < 0
      const disc = Math.sqrt(a1 * a1 - 4 * a2 * a0);
      o = a1 >= 0 ? (-2 * a0) / (a1 + disc) : (-a1 + disc) / (2 * a2);
      o = o < 0 ? 0 : Math.min(o, 1);
    }
    if (o > 0) {
      const g = o * gMax;
      const Ta = (x0a + g * ya * Tout) / (1 + g * ya);
      const f = g * (Tout - Ta);
      for (let i = 0; i < N; i++) x[i]! += f * y[i]!;
    }
  }
  fillStepOutput(m, state, x, inp, dt, o, out);
  state.set(x);
}

/** Flows with coefficients of this step and end-of-step temperatures x (per m² → whole greenhouse). */
function fillStepOutput(
  m: GreenhouseModel,
  T0: Float64Array,
  x: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  o: number,
  out: GreenhouseStepOutput,
): void {
  const c = m.coef;
  const A = m.floorArea;
  const Ta = x[AIR]!;
  const Tci = x[CI]!;
  const Tce = x[CE]!;
  const Tc = x[CAN]!;
  const Tf = x[FLR]!;
  const Tp = x[PIPE]!;
  const mcp = c[K_MCP]!;
  const Tenv = c[K_TENV]!;
  const tOut = mcp > 0 ? Tenv + c[K_PHI]! * (Tp - Tenv) : Tp;
  const water = mcp > 0 ? mcp * (inp.pipeInletT - tOut) : 0;

  out.pipeMeanT = Tp;
  out.pipeOutletT = tOut;
  out.pipeWaterHeat = water * A;
  out.pipeToAir = c[K_PA]! * (Tp - Ta) * A;
  out.pipeToCanopy = c[K_PC]! * (Tp - Tc) * A;
  out.pipeToFloor = c[K_PF]! * (Tp - Tf) * A;
  out.pipeToCover = c[K_PCI]! * (Tp - Tci) * A;
  out.pipeDelivered = out.pipeToAir + out.pipeToCanopy + out.pipeToFloor + out.pipeToCover;
  out.canopyToAir = c[K_CA]! * (Tc - Ta) * A;
  out.canopyToCover = c[K_CCI]! * (Tc - Tci) * A;
  out.canopyToFloor = c[K_CF]! * (Tc - Tf) * A;
  out.floorToAir = c[K_FA]! * (Tf - Ta) * A;
  out.floorToCover = c[K_FCI]! * (Tf - Tci) * A;
  out.floorToSoil = c[K_FS1]! * (Tf - x[SO1]!) * A;
  const soil = c[K_S5D]! * (x[SO5]! - m.deepSoilT);
  out.soilToDeep = soil * A;
  out.airToCover = c[K_AC]! * (Ta - Tci) * A;
  out.coverConduction = c[K_CC]! * (Tci - Tce) * A;
  const conv = c[K_CO]! * (Tce - inp.outdoorT);
  const sky = c[K_CS]! * (Tce - inp.skyT);
  out.coverToOutside = conv * A;
  out.coverToSky = sky * A;
  out.coverLoss = (conv + sky) * A;
  const leak = c[K_LEAK]! * (Ta - inp.outdoorT);
  const vent = o * c[K_VMAX]! * (Ta - inp.outdoorT);
  out.infiltrationLoss = leak * A;
  out.ventilationLoss = vent * A;
  out.ventOpening = o;
  out.screenClosed = inp.screenClosed;
  const lat = c[K_LAT0]! + c[K_LATC]! * Tc - c[K_LATA]! * Ta;
  out.transpirationLatent = lat * A;
  const solar = c[K_SCOV]! + c[K_SAIR]! + c[K_SCAN]! + c[K_SFLR]!;
  out.solarToCover = c[K_SCOV]! * A;
  out.solarToAir = c[K_SAIR]! * A;
  out.solarToCanopy = c[K_SCAN]! * A;
  out.solarToFloor = c[K_SFLR]! * A;
  out.solarAbsorbed = solar * A;

  let dE = 0;
  for (let i = 0; i < N; i++) dE += m.cap[i]! * (x[i]! - T0[i]!);
  const stored = dE / dt;
  const boundary = water + solar - conv - sky - leak - vent - soil - lat;
  const scale =
    Math.abs(water) +
    solar +
    Math.abs(conv) +
    Math.abs(sky) +
    Math.abs(leak) +
    Math.abs(vent) +
    Math.abs(soil) +
    Math.abs(lat) +
    Math.abs(stored);
  out.storedEnergyRate = stored * A;
  out.energyResidual = (stored - boundary) * A;
  out.energyResidualRelative = scale > 0 ? Math.abs(stored - boundary) / scale : 0;
}

// ---------------------------------------------------------------------------------------------------------
// Heat demand and steady state

/**
 * Solve the step with the air temperature fixed at `setpointT` and the heating water heat Q_w as the unknown
 * instead (the air column of the matrix is replaced by −e_pipe): Q_w is what the water must give up during
 * the step so that the air ends the step at the set-point. Writes the end-of-step temperatures into Tnew.
 */
function demandSolve(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  setpointT: number,
  invDt: number,
  Tnew: Float64Array,
  out: HeatDemandOutput,
): void {
  computeCoefficients(m, T, inp);
  assemble(m, T, inp, invDt, false);
  const A = m.A;
  const b = m.b;
  const gMax = m.coef[K_VMAX]!;
  let o: number;
  if (inp.ventOpening !== undefined) {
    o = inp.ventOpening;
  } else {
    const v = (setpointT - ventSetpoint(m, inp)) / m.ventBand;
    o = v < 0 ? 0 : Math.min(v, 1);
  }
  A[AIR * N + AIR]! += o * gMax;
  b[AIR]! += o * gMax * inp.outdoorT;
  for (let i = 0; i < N; i++) {
    b[i]! -= A[i * N + AIR]! * setpointT;
    A[i * N + AIR] = 0;
  }
  A[PIPE * N + AIR] = -1;
  luFactor(A, m.piv);
  luSolve(A, m.piv, b, Tnew);
  const qw = Tnew[AIR]!;
  Tnew[AIR] = setpointT;

  const c = m.coef;
  const fa = m.floorArea;
  const Tp = Tnew[PIPE]!;
  out.waterHeat = qw * fa;
  out.pipeMeanT = Tp;
  out.pipeDelivered =
    (c[K_PA]! * (Tp - setpointT) +
      c[K_PC]! * (Tp - Tnew[CAN]!) +
      c[K_PF]! * (Tp - Tnew[FLR]!) +
      c[K_PCI]! * (Tp - Tnew[CI]!)) *
    fa;
  const mcp = c[K_MCP]!;
  if (mcp > 0) {
    const tEnv = c[K_TENV]!;
    out.pipeOutletT = tEnv + c[K_PHI]! * (Tp - tEnv);
    out.pipeInletT = out.pipeOutletT + qw / mcp;
  } else {
    out.pipeOutletT = Tp;
    out.pipeInletT = qw > 0 ? Number.POSITIVE_INFINITY : Tp;
  }
  out.ventOpening = o;
  const Tce = Tnew[CE]!;
  out.coverLoss = (c[K_CO]! * (Tce - inp.outdoorT) + c[K_CS]! * (Tce - inp.skyT) - c[K_SCOV]!) * fa;
  out.airExchangeLoss = (c[K_LEAK]! + o * gMax) * (setpointT - inp.outdoorT) * fa;
  out.soilToDeep = c[K_S5D]! * (Tnew[SO5]! - m.deepSoilT) * fa;
  out.transpirationLatent = (c[K_LAT0]! + c[K_LATC]! * Tnew[CAN]! - c[K_LATA]! * setpointT) * fa;
}

/**
 * Heat the pipes must supply during the next step of `dt` s so that the air is at `setpointT` at the end of
 * it: one linear solve of the same linearised step with the air temperature fixed (so the lead's controller
 * can ask how much heat is needed, and at which mean pipe / inlet temperature for its flow). Does not change
 * `state`. Stepping with `inputs.pipeInletT = out.pipeInletT` (same flow) reproduces the set-point.
 * Vents: `inputs.ventOpening`, or the controller's opening at the set-point (0 unless the set-point is above
 * the vent set-point). `coverLoss` here is net of solar absorbed by the cover.
 */
export function heatDemand(
  m: GreenhouseModel,
  state: Float64Array,
  inp: GreenhouseInputs,
  setpointT: number,
  dt: number,
  out: HeatDemandOutput = new HeatDemandOutput(),
): HeatDemandOutput {
  requireFinite('dt', dt, 1e-3, Infinity, 's');
  requireFinite('setpointT', setpointT, 263.15, 323.15, 'K');
  validateInputs(inp);
  validateState(state);
  demandSolve(m, state, inp, setpointT, 1 / dt, m.t1, out);
  return out;
}

/**
 * Steady state with the air held at `setpointT` and constant inputs: Picard iteration of the linearised
 * balance without storage (coefficients re-evaluated at the previous iterate) until temperatures change by
 * < 1e-9 K. `state` is the starting guess and receives the steady temperatures.
 */
export function steadyState(
  m: GreenhouseModel,
  inp: GreenhouseInputs,
  setpointT: number,
  state: Float64Array,
  out: HeatDemandOutput = new HeatDemandOutput(),
): HeatDemandOutput {
  validateInputs(inp);
  const Tn = m.t1;
  for (let it = 0; it < 200; it++) {
    demandSolve(m, state, inp, setpointT, 0, Tn, out);
    let d = 0;
    for (let i = 0; i < N; i++) d = Math.max(d, Math.abs(Tn[i]! - state[i]!));
    // mild under-relaxation guards the |ΔT|^⅓ secant coefficients against a 2-cycle
    for (let i = 0; i < N; i++) state[i] = it < 100 ? Tn[i]! : 0.5 * (state[i]! + Tn[i]!);
    if (d < 1e-9) return out;
  }
  throw new PhysicsError(`greenhouse steady state did not converge at set-point ${setpointT} K`);
}

/**
 * Greenhouse parameters, their ranges and defaults, and model construction (`createGreenhouse`). The cover's
 * heat transfer comes from physics (Vanthoor's film coefficients, long-wave exchange with the sky, the cover
 * layer's own resistance); the catalogue U-value is not an input: `ratingU` reports what the model gives at
 * the catalogue's rating condition, for comparison.
 */
import {
  CANOPY_FIR_EXTINCTION,
  PIPE_VIEW_SHARE,
  type PipeRailGeometry,
  pipeRailHeatCapacity,
  pipeSurfaceArea,
  VANTHOOR_PIPE_RAIL,
  validatePipeRail,
} from '../components/pipeRail';
import { requireFinite, toKelvin } from '../errors';
import {
  CAP_LEAF,
  ETA_GLOB_PAR,
  FLOOR_CAPACITY,
  K1_PAR,
  K_NIR,
  RHO_CAN_NIR,
  RHO_CAN_PAR,
  RHO_FLR_NIR,
  RHO_FLR_PAR,
  SCREEN,
  SOIL_LAYERS,
  SOIL_VOLUMETRIC_CAPACITY,
} from './constants';
import { Coefficients, emptyCoefficientKey } from './coefficientRecord';
import { type CoverPreset, coverPreset } from './covers';
import * as Sw from './shortwave';
import type { StackShares } from './shortwave';
import { DominantLu } from '../numerics/lu';
import { GH, GH_STATES, SOIL } from './state';
const { solarShares } = Sw;

export interface GreenhouseParams {
  /** Floor area, m². */
  floorArea: number;
  /** Cover (incl. side walls) area per floor area, – (default 1.3; [V] Table 8.2: 1.8e4/1.4e4 = 1.29). */
  coverToFloorRatio?: number;
  /** Mean greenhouse height (volume / floor area), m (default 4.2; [V] Table 8.2 h_Gh). */
  meanHeight?: number;
  /** Height of the compartment above the screen, m (default 0.4 = [V] Table 8.2 h_Gh − h_Air). */
  topHeight?: number;
  /** Cover preset id (see covers.ts) or a parsed preset. */
  cover: string | CoverPreset;
  /** A thermal (energy) screen is installed (default true; [V] Table 8.2 screen properties). */
  thermalScreen?: boolean;
  /** Heating set-points, K (defaults 21 °C day / 17 °C night). The vents' and screen's reference. */
  heatingSetpointDay?: number;
  heatingSetpointNight?: number;
  /** Vent set-point above the heating set-point, K (default 5; [K] heatDeadZone). */
  ventOffset?: number;
  /** Proportional band of the excess-heat vent controller, K (default 4; [K] ventHeatPband). */
  ventBand?: number;
  /**
   * Leakage air changes per hour at 4 m/s wind; leakage ∝ wind speed (≥ 0.25 m/s) after [V] eq. 8.64
   * f_leak = c_leakage·u. Default 0.343/h = c_leakage 10⁻⁴ ([V] Table 8.2) × 4 m/s × 3600 s/h / 4.2 m.
   */
  leakageACH?: number;
  /** Roof vent area per floor area, – (default 0.1 = [V] Table 8.2 A_Roof/A_Flr = 1.4e3/1.4e4). */
  roofVentShare?: number;
  /** Vertical size of one vent opening, m (default 0.68; [V] Table 8.2 h_Vent). */
  ventHeight?: number;
  /** Leaf area index, m²/m² (default 3; [K] laiMax). 0 = empty house (a 0.01 vestigial canopy is kept). */
  lai?: number;
  /** Highest relative humidity the climate computer allows before venting / opening the screen (default 0.87; [K] rhMax). */
  rhMax?: number;
  /** Indoor CO₂ for the stomatal resistance, ppm (default 800; [K] co2SpDay). */
  co2Ppm?: number;
  /** Deep-soil boundary temperature, K (default 2.9 °C). */
  deepSoilT?: number;
  /** Pipe rail geometry (default Vanthoor/GreenLight). */
  pipeRail?: PipeRailGeometry;
  /** Specific heat of the pipe water, J/(kg·K) (default 4180; [V] Table 8.1). */
  pipeWaterCp?: number;
  /** Air pressure, Pa (default 101325; the site's at its elevation). */
  airPressure?: number;
}

/** A greenhouse model: parameters resolved to SI numbers, precomputed factors and solver scratch. */
export interface GreenhouseModel {
  readonly floorArea: number;
  readonly coverArea: number;
  readonly coverToFloorRatio: number;
  readonly meanHeight: number;
  readonly mainHeight: number;
  readonly topHeight: number;
  readonly volume: number;
  readonly cover: CoverPreset;
  readonly thermalScreen: boolean;
  /** Leaf area index now, m²/m² (`setLeafArea` changes it with its factors). */
  lai: number;
  readonly rhMax: number;
  readonly co2Ppm: number;
  readonly deepSoilT: number;
  readonly leakageACH: number;
  readonly roofVentShare: number;
  readonly ventHeight: number;
  readonly heatingSetpointDay: number;
  readonly heatingSetpointNight: number;
  readonly ventOffset: number;
  readonly ventBand: number;
  readonly pipeRail: PipeRailGeometry;
  readonly pipeWaterCp: number;
  readonly airPressure: number;
  /** Cover layer resistance (the preset's physical value), m²·K/W. */
  readonly coverLayerResistance: number;
  readonly coverEmissivity: number;
  /** Model U-value of the cover at the rating condition (20 °C in, 0 °C out, overcast, 4 m/s), W/(m²·K). */
  ratingU: number;
  /** Last screen closure the implicit controller found in a step and in a demand solve (first guesses of the next; NaN: none yet), −. */
  screenGuess: number;
  demandScreenGuess: number;
  /** Vapour exchange switched off (transpiration and condensation zero): the dry rating condition only. */
  dry: boolean;
  /** Heat capacities per m² floor that do not change, J/(m²·K) (air and vapour rows are filled per step). */
  readonly fixedCap: Float64Array;
  /** Geometric and optical factors (those of the leaf area change with `setLeafArea`). */
  k: LeafFactors;
  readonly coef: Coefficients;
  /** State and inputs of the last coefficient evaluation (`heatDemand` then `stepGreenhouse` share it). */
  readonly coefKey: Float64Array;
  // scratch
  readonly cap: Float64Array;
  readonly A: Float64Array;
  readonly b: Float64Array;
  readonly x: Float64Array;
  readonly w1: Float64Array;
  readonly w2: Float64Array;
  /** Woodbury scalars of the vent solve. */
  readonly vent: Float64Array;
  readonly t1: Float64Array;
  /** Factors of the step's matrix (column diagonally dominant: no pivoting, numerics/lu.ts). */
  readonly lu: DominantLu;
}

/** PAR and NIR optics of canopy and floor ([V] Tables 8.1–8.2: k₁ = k₂ = 0.7 for PAR, 0.27 for NIR). */
const PAR = Object.freeze({ k: K1_PAR, leafRho: RHO_CAN_PAR, floorRho: RHO_FLR_PAR });
const NIR = Object.freeze({ k: K_NIR, leafRho: RHO_CAN_NIR, floorRho: RHO_FLR_NIR });

/** Shares of the light on the roof absorbed by roof, screen (closure u), canopy and floor (shortwave.ts). */
export function coverSolarShares(cover: CoverPreset, lai: number, u: number, out?: StackShares): StackShares {
  const roof = { tau: cover.solarTransmittance, rho: 1 - cover.solarTransmittance - cover.solarAbsorptance };
  const o = out ?? { roof: 0, screen: 0, canopy: 0, floor: 0 };
  return solarShares(roof, SCREEN, u, lai, PAR, NIR, ETA_GLOB_PAR, o);
}

/** View and light factors that depend on the leaf area ([V] Table 8.3; shortwave.ts). */
export interface LeafFactors {
  readonly aCan: number;
  readonly fCanFlr: number;
  readonly fFlrUp: number;
  readonly aPipe: number;
  readonly fPipeUp: number;
  readonly fPipeCan: number;
  /** Absorbed shares of the light on the roof with the screen open (u = 0) and closed (u = 1). */
  readonly solarOpen: StackShares;
  readonly solarClosed: StackShares;
}

function leafFactors(lai: number, pipeRail: PipeRailGeometry, cover: CoverPreset): LeafFactors {
  const gap = Math.exp(-CANOPY_FIR_EXTINCTION * lai);
  const aPipe = pipeSurfaceArea(pipeRail);
  const pipeShadow = PIPE_VIEW_SHARE * aPipe; // 0.49·π·φ·l, [V] Table 8.3
  return {
    aCan: 1 - gap, // canopy FIR area per m² floor, [V] Table 8.3
    fCanFlr: 1 - pipeShadow,
    fFlrUp: (1 - pipeShadow) * gap, // floor → screen/cover share
    aPipe,
    fPipeUp: PIPE_VIEW_SHARE * gap, // pipe → screen/cover share
    fPipeCan: PIPE_VIEW_SHARE * (1 - gap),
    solarOpen: coverSolarShares(cover, lai, 0),
    solarClosed: coverSolarShares(cover, lai, 1),
  };
}

/**
 * Change the crop's leaf area index (a crop growing from planting, pruning): the canopy's heat capacity, its
 * view factors and light shares follow. Checked like the parameter (0–10 m²/m²).
 */
export function setLeafArea(m: GreenhouseModel, lai: number): void {
  const v = Math.max(requireFinite('greenhouse.lai', lai, 0, 10, 'm²/m²'), 0.01);
  if (v === m.lai) return;
  m.lai = v;
  m.k = leafFactors(v, m.pipeRail, m.cover);
  m.fixedCap[GH.canopy] = CAP_LEAF * v;
  m.coefKey.fill(Number.NaN); // the cached coefficients were for the old leaf area
}

function opt(field: string, v: number | undefined, def: number, min: number, max: number, unit = ''): number {
  return v === undefined ? def : requireFinite(`greenhouse.${field}`, v, min, max, unit);
}

/** Resolve and check the parameters (every one named with its range on error) and precompute the factors. */
export function buildGreenhouse(params: GreenhouseParams): GreenhouseModel {
  const floorArea = requireFinite('greenhouse.floorArea', params.floorArea, 1, 1e8, 'm²');
  const rc = opt('coverToFloorRatio', params.coverToFloorRatio, 1.3, 1, 5);
  const h = opt('meanHeight', params.meanHeight, 4.2, 1.5, 20, 'm');
  const top = opt('topHeight', params.topHeight, 0.4, 0.05, 0.5 * h, 'm');
  const cover = typeof params.cover === 'string' ? coverPreset(params.cover) : params.cover;
  const lai = Math.max(opt('lai', params.lai, 3, 0, 10, 'm²/m²'), 0.01);
  const pipeRail = params.pipeRail ?? VANTHOOR_PIPE_RAIL;
  validatePipeRail(pipeRail, 'greenhouse.pipeRail');
  const pipeWaterCp = opt('pipeWaterCp', params.pipeWaterCp, 4180, 2000, 4300, 'J/(kg·K)');

  const fixedCap = new Float64Array(GH_STATES);
  fixedCap[GH.canopy] = CAP_LEAF * lai;
  fixedCap[GH.coverIn] = 0.5 * cover.arealHeatCapacity * rc;
  fixedCap[GH.coverOut] = 0.5 * cover.arealHeatCapacity * rc;
  fixedCap[GH.screen] = SCREEN.capacity;
  fixedCap[GH.floor] = FLOOR_CAPACITY;
  for (let i = 0; i < 5; i++) fixedCap[SOIL[i]!] = SOIL_LAYERS[i]! * SOIL_VOLUMETRIC_CAPACITY;
  fixedCap[GH.pipe] = pipeRailHeatCapacity(pipeRail, pipeWaterCp);
  const spDay = opt('heatingSetpointDay', params.heatingSetpointDay, toKelvin(21), 273.15, 313.15, 'K');
  const spNight = opt('heatingSetpointNight', params.heatingSetpointNight, toKelvin(17), 273.15, 313.15, 'K');
  const n = GH_STATES;
  return {
    floorArea,
    coverArea: floorArea * rc,
    coverToFloorRatio: rc,
    meanHeight: h,
    mainHeight: h - top,
    topHeight: top,
    volume: floorArea * h,
    cover,
    thermalScreen: params.thermalScreen ?? true,
    lai,
    rhMax: opt('rhMax', params.rhMax, 0.87, 0.5, 1),
    co2Ppm: opt('co2Ppm', params.co2Ppm, 800, 0, 5000, 'ppm'),
    deepSoilT: opt('deepSoilT', params.deepSoilT, toKelvin(2.9), 223.15, 323.15, 'K'),
    leakageACH: opt('leakageACH', params.leakageACH, 0.343, 0, 20, '1/h'),
    roofVentShare: opt('roofVentShare', params.roofVentShare, 0.1, 0, 0.5),
    ventHeight: opt('ventHeight', params.ventHeight, 0.68, 0.05, 5, 'm'),
    heatingSetpointDay: spDay,
    heatingSetpointNight: spNight,
    ventOffset: opt('ventOffset', params.ventOffset, 5, 0, 30, 'K'),
    ventBand: opt('ventBand', params.ventBand, 4, 0.1, 30, 'K'),
    pipeRail,
    pipeWaterCp,
    airPressure: opt('airPressure', params.airPressure, 101325, 5e4, 1.2e5, 'Pa'),
    coverLayerResistance: cover.layerResistance,
    coverEmissivity: cover.firEmissivity,
    ratingU: Number.NaN,
    screenGuess: Number.NaN,
    demandScreenGuess: Number.NaN,
    dry: false,
    fixedCap,
    k: leafFactors(lai, pipeRail, cover),
    coef: new Coefficients(),
    coefKey: emptyCoefficientKey(),
    cap: new Float64Array(n),
    A: new Float64Array(n * n),
    b: new Float64Array(n),
    x: new Float64Array(n),
    w1: new Float64Array(n),
    w2: new Float64Array(n),
    vent: new Float64Array(13),
    t1: new Float64Array(n),
    lu: new DominantLu(n),
  };
}

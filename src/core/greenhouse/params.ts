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
  validatePipeRail,
} from '../components/pipeRail';
import { requireFinite } from '../errors';
import { greenhouse as SECTION } from '../models/params/greenhouse';
import {
  CAP_LEAF,
  CO2_PPM,
  CONTROL,
  ETA_GLOB_PAR,
  FLOOR_CAPACITY,
  K1_PAR,
  K_NIR,
  PIPE_WATER_CP,
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
import { GH, GH_STATES, SOIL } from './state';
import { StepLu } from './stepLu.generated';
const { solarShares } = Sw;

/**
 * The greenhouse's parameters, SI. Those of the scenario's `greenhouse` section carry the scenario's names,
 * units and ranges (declared once in models/params/greenhouse.ts, which the guards below read); the rest come
 * from the site (air pressure, deep-soil temperature) or the equipment (pipe rail). There are no defaults here:
 * a scenario gets the declaration's defaults when it loads, and `VANTHOOR_HOUSE` (vanthoor.ts) is Vanthoor's
 * reference house for direct use of the model.
 */
export interface GreenhouseParams {
  /** Floor area, m². */
  floorArea: number;
  /** Cover preset id (see covers.ts) or a parsed preset. */
  cover: string | CoverPreset;
  /** Cover (incl. side walls) area per floor area, –. */
  coverToFloorRatio: number;
  /** Mean greenhouse height (volume / floor area), m. */
  height: number;
  /** Height of the compartment above the screen, m (at most half the mean height). */
  topHeight: number;
  /** A thermal (energy) screen is installed. */
  thermalScreen: boolean;
  /** Heating set-points by day and by night, K. The vents' and screen's reference. */
  daySetpoint: number;
  nightSetpoint: number;
  /** Vent set-point above the heating set-point, K. */
  ventOffset: number;
  /** Leakage air changes at 4 m/s wind, 1/s; leakage ∝ wind speed (≥ 0.25 m/s), [V] eq. 8.64. */
  leakage: number;
  /** Roof vent area per floor area, –. */
  roofVentShare: number;
  /** Vertical size of one vent opening, m. */
  ventHeight: number;
  /** Leaf area index, m²/m². 0 = empty house (a 0.01 vestigial canopy is kept). */
  leafAreaIndex: number;
  /** Highest relative humidity the climate computer allows before venting / opening the screen, –. */
  indoorRH: number;
  /** Air pressure at the site, Pa. */
  airPressure: number;
  /** Deep-soil boundary temperature, K (e.g. the site's mean air temperature). */
  deepSoilT: number;
  /** Pipe rail geometry. */
  pipeRail: PipeRailGeometry;
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
  /** Horizon of the last `heatDemand`, s (NaN: none yet): `stepAsDemanded` takes its end state for a step that long only. */
  demandHorizon: number;
  /**
   * Slopes of the demand's end-of-step air in the closure from its last screen search (dT/du K, de/du Pa; NaN:
   * none yet), the first step of the next (screenRoot.ts). The step's search takes none: a step repeated from
   * the same state with the same inputs (the valve's and the dispatch's repeats) must give the same result.
   */
  readonly demandScreenSlope: Float64Array;
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
  /**
   * Factors of the step's matrix (column diagonally dominant: no pivoting), by the elimination planned from
   * STEP_PATTERN and written out as straight-line code (stepLu.generated.ts, numerics/luCodegen.ts).
   */
  readonly lu: StepLu;
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
 * view factors and light shares follow. Checked like the parameter `greenhouse.leafAreaIndex`.
 */
export function setLeafArea(m: GreenhouseModel, lai: number): void {
  const v = Math.max(declared('leafAreaIndex', lai), 0.01);
  if (v === m.lai) return;
  m.lai = v;
  m.k = leafFactors(v, m.pipeRail, m.cover);
  m.fixedCap[GH.canopy] = CAP_LEAF * v;
  m.coefKey.fill(Number.NaN); // the cached coefficients were for the old leaf area
}

/** A field of the scenario's `greenhouse` section, checked against its one declaration (range and SI unit). */
function declared(field: keyof typeof SECTION.fields, v: number): number {
  const m = SECTION.fields[field].meta;
  // a temperature difference is declared in 'kelvin' (declare.ts) and written K
  return requireFinite(`greenhouse.${field}`, v, m.min, m.max, m.unit === 'kelvin' ? 'K' : m.unit);
}

/**
 * Resolve and check the parameters (every one named with its range on error) and precompute the factors.
 * `perFloorArea`: the model of 1 m² of the floor (its heats per m²; sim/setup.ts `greenhousePerArea`), the floor
 * area still checked against its range. Both come from this one object literal, so every model has one hidden
 * class with its fields in the object (an object spread of a model, as the per-m² model once was, had another,
 * with 39 of its 43 fields in a separate store: the step's functions saw two kinds of model).
 */
export function buildGreenhouse(params: GreenhouseParams, perFloorArea = false): GreenhouseModel {
  const houseArea = declared('floorArea', params.floorArea);
  const floorArea = perFloorArea ? 1 : houseArea;
  const rc = declared('coverToFloorRatio', params.coverToFloorRatio);
  const h = declared('height', params.height);
  // The screen sits below the roof: the top compartment is at most half the house (scenario.ts says the same).
  const top = requireFinite('greenhouse.topHeight', declared('topHeight', params.topHeight), 0, 0.5 * h, 'm');
  const cover = typeof params.cover === 'string' ? coverPreset(params.cover) : params.cover;
  const lai = Math.max(declared('leafAreaIndex', params.leafAreaIndex), 0.01);
  const pipeRail = params.pipeRail;
  validatePipeRail(pipeRail, 'greenhouse.pipeRail');
  const pipeWaterCp = PIPE_WATER_CP;

  const fixedCap = new Float64Array(GH_STATES);
  fixedCap[GH.canopy] = CAP_LEAF * lai;
  fixedCap[GH.coverIn] = 0.5 * cover.arealHeatCapacity * rc;
  fixedCap[GH.coverOut] = 0.5 * cover.arealHeatCapacity * rc;
  fixedCap[GH.screen] = SCREEN.capacity;
  fixedCap[GH.floor] = FLOOR_CAPACITY;
  for (let i = 0; i < 5; i++) fixedCap[SOIL[i]!] = SOIL_LAYERS[i]! * SOIL_VOLUMETRIC_CAPACITY;
  fixedCap[GH.pipe] = pipeRailHeatCapacity(pipeRail, pipeWaterCp);
  const spDay = declared('daySetpoint', params.daySetpoint);
  const spNight = declared('nightSetpoint', params.nightSetpoint);
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
    thermalScreen: params.thermalScreen,
    lai,
    rhMax: declared('indoorRH', params.indoorRH),
    co2Ppm: CO2_PPM,
    deepSoilT: requireFinite('greenhouse.deepSoilT', params.deepSoilT, 223.15, 323.15, 'K'),
    leakageACH: declared('leakage', params.leakage) * 3600,
    roofVentShare: declared('roofVentShare', params.roofVentShare),
    ventHeight: declared('ventHeight', params.ventHeight),
    heatingSetpointDay: spDay,
    heatingSetpointNight: spNight,
    ventOffset: declared('ventOffset', params.ventOffset),
    ventBand: CONTROL.ventHeatBand,
    pipeRail,
    pipeWaterCp,
    airPressure: requireFinite('greenhouse.airPressure', params.airPressure, 5e4, 1.2e5, 'Pa'),
    coverLayerResistance: cover.layerResistance,
    coverEmissivity: cover.firEmissivity,
    ratingU: Number.NaN,
    screenGuess: Number.NaN,
    demandScreenGuess: Number.NaN,
    demandHorizon: Number.NaN,
    demandScreenSlope: new Float64Array([Number.NaN, Number.NaN]),
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
    lu: new StepLu(),
  };
}

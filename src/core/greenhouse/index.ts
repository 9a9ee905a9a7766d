/**
 * Greenhouse climate model (Vanthoor 2011 / GreenLight style, energy only) and its cover presets.
 * See model.ts for states, scheme and calibration.
 */
export { type CoverId, type CoverPreset, coverPreset, coverPresets, coverSchema, parseCover } from './covers';
export {
  COVER_RATING_CONDITION,
  createGreenhouse,
  GH,
  GH_STATES,
  type GreenhouseInputs,
  type GreenhouseModel,
  type GreenhouseParams,
  GreenhouseStepOutput,
  HeatDemandOutput,
  heatDemand,
  initialState,
  REFERENCE_COVER,
  steadyState,
  stepGreenhouse,
} from './model';
export {
  AIR_CP,
  airDensity,
  firConductance,
  LATENT_HEAT_WATER,
  saturationVapourPressure,
  saturationVapourPressureSlope,
  STEFAN_BOLTZMANN,
  thermalScreenRule,
} from './physics';

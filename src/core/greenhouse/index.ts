/**
 * Greenhouse climate model (Vanthoor 2011 / GreenLight: heat and vapour balances) and its cover presets.
 * See model.ts for states, scheme and calibration.
 */
export { type CoverId, type CoverPreset, coverPreset, coverPresets, coverSchema, parseCover } from './covers';
export { proportionalControl, screenClosure } from './control';
export { PIPE_INLET_RANGE } from './inputs';
export {
  COVER_RATING_CONDITION,
  coverRatingU,
  createGreenhouse,
  GH,
  GH_STATES,
  GH_TEMPERATURES,
  type GreenhouseInputs,
  greenhouseInputs,
  type GreenhouseModel,
  type GreenhouseParams,
  GreenhouseStepOutput,
  HeatDemandOutput,
  heatDemand,
  initialState,
  setLeafArea,
  steadyState,
  STATE_RANGE,
  stepAsDemanded,
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
export { type HouseParams, VANTHOOR_HOUSE } from './vanthoor';

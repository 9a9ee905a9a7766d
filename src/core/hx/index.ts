/**
 * Heat exchangers: ε–NTU relations, LMTD and F, nominal-point sizing, rating, chevron plate exchanger
 * (Martin/VDI N6 correlations, selection with pressure-drop and velocity limits, multi-pass, off-design
 * model).
 */
export {
  checkArrangement,
  cmaxMixedEffectiveness,
  cminMixedEffectiveness,
  counterflowEffectiveness,
  effectiveness,
  effectivenessUnchecked,
  FLOW_ARRANGEMENTS,
  type FlowArrangement,
  maxEffectiveness,
  ntuFromEffectiveness,
} from './effectiveness';
export {
  correctionFactorFromEffectiveness,
  lmtdCorrectionFactor,
  lmtdCounterflow,
  lmtdParallel,
  logMean,
} from './lmtd';
export { enlargementFactor, frictionFactorMartin, nusseltMartin } from './martin';
export {
  BALANCE_TOLERANCE,
  NOMINAL_FIELDS,
  type NominalField,
  type NominalPoint,
  type NominalSpec,
  sizeNominal,
  UnderSpecifiedError,
} from './nominal';
export {
  type ChannelSide,
  channelSide,
  channelSplit,
  checkGeometry,
  GEOMETRY_RANGES,
  type HxModel,
  type HxModelOptions,
  hxModel,
  hxModelFromUA,
  hydraulicDiameter,
  newOffDesignResult,
  type OffDesignInput,
  type OffDesignResult,
  offDesign,
  offDesignInto,
  PLATE_PRESETS,
  type PlateConditions,
  type PlateGeometry,
  type PlateRating,
  PORT_LOSS_COEFFICIENT,
  plateArea,
  ratePlate,
  regularizedPower,
} from './plate';
export {
  DEFAULT_PLATE_LIMITS,
  type LimitCheck,
  MAX_PLATES,
  type PlateDesign,
  LIMIT_RANGES,
  type PlateLimits,
  plateLimits,
  type SizePlateOptions,
  sizePlate,
} from './plateSizing';
export {
  checkPasses,
  MAX_PASSES,
  type Passes,
  passArrangement,
  passEffectiveness,
  passNtu,
  SINGLE_PASS,
  shellPassEffectiveness,
  shellPassNtu,
} from './passes';
export { PROPERTY_BASIS, type RatingInput, type RatingResult, rateExchanger } from './rating';

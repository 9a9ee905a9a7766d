/**
 * Heat exchangers: ε–NTU relations, LMTD and F, nominal-point sizing, chevron plate exchanger
 * (Martin/VDI N6 correlations, geometric sizing, off-design model).
 */
export {
  checkArrangement,
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
  type HxModel,
  type HxModelOptions,
  hxModel,
  hxModelFromUA,
  hydraulicDiameter,
  MAX_PLATES,
  newOffDesignResult,
  type OffDesignInput,
  type OffDesignResult,
  offDesign,
  offDesignInto,
  PLATE_PRESETS,
  type PlateConditions,
  type PlateDesign,
  type PlateGeometry,
  type PlateRating,
  PORT_LOSS_COEFFICIENT,
  plateArea,
  ratePlate,
  regularizedPower,
  sizePlate,
} from './plate';

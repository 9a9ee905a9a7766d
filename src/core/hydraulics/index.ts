/**
 * Hydraulics: friction factors, pipe pressure drop and heat loss, pumps (curves, affinity laws, operating
 * point). SI units: m, m³/s, kg/s, Pa, W, K; pump heads in m of the pumped liquid.
 */
export {
  colebrookFrictionFactor,
  frictionFactor,
  fullyRoughFrictionFactor,
  haalandFrictionFactor,
  laminarFrictionFactor,
  MAX_RELATIVE_ROUGHNESS,
  RE_LAMINAR_MAX,
  RE_TURBULENT_MIN,
} from './friction';
export {
  CRANE_ROUGHNESS,
  craneFrictionFactor,
  FITTINGS,
  type FittingName,
  type FittingResistance,
  fittingK,
  gnielinskiNusselt,
  minorLossCoefficient,
  NU_LAMINAR,
  PIPE_ROUGHNESS,
  type PipeHeatLossInput,
  type PipeHeatLossResult,
  type PipePressureDropInput,
  type PipePressureDropResult,
  petukhovFrictionFactor,
  pipeHeatLoss,
  pipePressureDrop,
  RE_GNIELINSKI_MIN,
  tubeNusselt,
} from './pipe';
export * from './pump';

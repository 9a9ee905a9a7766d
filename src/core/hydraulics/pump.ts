/**
 * Centrifugal pump on a variable-speed drive: quadratic head and efficiency curves, affinity laws, power
 * chain (hydraulic → shaft → electric), operating point on a quadratic system curve and its inverse (the
 * speed that delivers a given flow). Flow Q in m³/s, head H in m of the pumped liquid, power in W.
 * Speed is given as the ratio n = N / N_rated (1 = the speed the curves were published for).
 */
export {
  affinityScale,
  type Pump,
  type PumpCoefficientsSpec,
  type PumpDriveSpec,
  type PumpPointsSpec,
  type PumpPower,
  pumpEfficiency,
  pumpFromCoefficients,
  pumpFromPoints,
  pumpHead,
  pumpPower,
  STANDARD_GRAVITY,
} from './pumpCurve';
export {
  headFromPressure,
  type OperatingPoint,
  operatingPoint,
  pressureFromHead,
  type SystemCurve,
  speedForFlow,
  systemCurveThrough,
} from './pumpSystem';

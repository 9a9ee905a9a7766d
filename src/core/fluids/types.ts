/** Names of the heat-transfer fluids the twin knows. */
export type FluidName = 'water' | 'propylene-glycol' | 'ethylene-glycol';

/**
 * Thermophysical properties of a liquid heat-transfer fluid, all functions of temperature T in kelvin
 * (liquid at loop pressure; the pressure dependence of liquid properties over 1–10 bar is below the stated
 * accuracy and is ignored except for the boiling limit). SI units throughout.
 * Every method throws a PhysicsError naming the fluid, the temperature and the limit when T is below
 * `freezingPoint` or above the validity/boiling limit.
 */
export interface Fluid {
  readonly name: FluidName;
  /** Mass fraction of glycol in water, 0 for pure water. */
  readonly massFraction: number;
  /** Human label, e.g. "propylene glycol 30 %". */
  readonly label: string;
  /** Freezing point, K. */
  readonly freezingPoint: number;
  /** Highest temperature the property correlations are valid for, K. */
  readonly maxTemperature: number;
  /** Density, kg/m³. */
  density(T: number): number;
  /** Isobaric specific heat capacity, J/(kg·K). */
  specificHeat(T: number): number;
  /** Dynamic viscosity, Pa·s. */
  viscosity(T: number): number;
  /** Thermal conductivity, W/(m·K). */
  conductivity(T: number): number;
  /** Prandtl number cp·μ/k, –. */
  prandtl(T: number): number;
  /** Boiling (saturation) temperature at absolute pressure p in Pa, K. */
  boilingPoint(p: number): number;
}

/**
 * Long-wave sky radiation: effective sky temperature from the horizontal infrared irradiance of an EPW file,
 * and the Clark & Allen sky-emissivity model EnergyPlus uses when that field is missing.
 * Temperatures in kelvin, irradiance in W/m², sky cover in tenths (0–10).
 */
import { InputError, requireFinite } from '../errors';

/** Stefan–Boltzmann constant, W/(m²·K⁴) (CODATA 2018, exact in the 2019 SI). */
export const STEFAN_BOLTZMANN = 5.670374419e-8;

/**
 * Effective sky temperature from the horizontal infrared irradiance from the sky:
 * T_sky = (IR / σ)^¼ (black-body equivalent; EnergyPlus Engineering Reference, "Sky Radiation Modeling").
 * @param horizontalIR W/m², ≥ 0.
 * @returns K.
 */
export function skyTemperatureFromIR(horizontalIR: number): number {
  requireFinite('horizontalIR', horizontalIR, 0, Infinity, 'W/m²');
  return (horizontalIR / STEFAN_BOLTZMANN) ** 0.25;
}

/**
 * Sky emissivity, Clark & Allen (1978) with Walton's (1983) cloud-cover factor, as used by EnergyPlus when the
 * EPW horizontal IR field is missing (EnergyPlus Auxiliary Programs, "EPW Data Dictionary", field Horizontal
 * Infrared Radiation Intensity):
 *   ε = (0.787 + 0.764·ln(T_dp / 273)) · (1 + 0.0224·N − 0.0035·N² + 0.00028·N³)
 * @param dewPoint dew-point temperature, K (valid 203–343 K, i.e. −70…70 °C, the EPW range).
 * @param opaqueSkyCover N, tenths 0–10.
 * @returns ε, clamped to at most 1 (the formula can exceed 1 for very humid overcast air).
 */
export function skyEmissivityClarkAllen(dewPoint: number, opaqueSkyCover: number): number {
  requireFinite('dewPoint', dewPoint, 203.15, 343.15, 'K');
  requireFinite('opaqueSkyCover', opaqueSkyCover, 0, 10, 'tenths');
  const N = opaqueSkyCover;
  const clear = 0.787 + 0.764 * Math.log(dewPoint / 273);
  const eps = clear * (1 + 0.0224 * N - 0.0035 * N * N + 0.00028 * N * N * N);
  if (!(eps > 0)) {
    throw new InputError(
      'dewPoint',
      dewPoint,
      'a dew point above about 213 K for the Clark & Allen sky model',
    );
  }
  return Math.min(1, eps);
}

/**
 * Horizontal infrared irradiance from the sky, IR = ε·σ·T_db⁴ with ε from {@link skyEmissivityClarkAllen}
 * (EnergyPlus EPW Data Dictionary; Clark & Allen 1978; Walton 1983). Example in that source: clear sky,
 * T_db = 293 K, T_dp = 283 K → ε = 0.815, IR = 340.6 W/m².
 * @param dryBulb K, @param dewPoint K, @param opaqueSkyCover tenths. @returns W/m².
 */
export function horizontalIRClarkAllen(dryBulb: number, dewPoint: number, opaqueSkyCover: number): number {
  requireFinite('dryBulb', dryBulb, 203.15, 343.15, 'K');
  const eps = skyEmissivityClarkAllen(dewPoint, opaqueSkyCover);
  return eps * STEFAN_BOLTZMANN * dryBulb ** 4;
}

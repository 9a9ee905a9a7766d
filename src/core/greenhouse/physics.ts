/**
 * Small pure correlations shared by the greenhouse climate model and the heating pipe rail.
 * SI units, temperatures in kelvin. Each function names its source; see `model.ts` for how they are used.
 */
import * as E from '../errors';
const { requireFinite, ZERO_CELSIUS } = E;

/** Stefan–Boltzmann constant, W/(m²·K⁴) (CODATA 2018, exact since the 2019 SI redefinition). */
export const STEFAN_BOLTZMANN = 5.670374419e-8;

/** Universal gas constant, J/(mol·K) (CODATA 2018, exact). */
export const GAS_CONSTANT = 8.314462618;

/** Molar mass of dry air, kg/mol (Vanthoor 2011 Table 1: M_Air = 28.96 kg/kmol). */
export const MOLAR_MASS_AIR = 0.02896;

/**
 * Isobaric specific heat of dry air near room temperature, J/(kg·K)
 * (Incropera et al., Fundamentals of Heat and Mass Transfer, 6th ed., Table A.4: 1.006 kJ/(kg·K) at 250 K,
 * 1.007 at 300 K).
 */
export const AIR_CP = 1006;

/** Latent heat of evaporation of water, J/kg (Vanthoor 2011 Table 1: L = 2.45·10⁶ J/kg). */
export const LATENT_HEAT_WATER = 2.45e6;

/** Psychrometric constant, Pa/K (Vanthoor 2011 Table 1: γ = 65.8 Pa/K). */
export const PSYCHROMETRIC_CONSTANT = 65.8;

/**
 * Dry-air density from the ideal-gas law ρ = p·M/(R·T), kg/m³.
 * Valid for the 230–330 K range of greenhouse air (humidity ignored: < 1 % effect on ρ at 20 °C).
 */
export function airDensity(T: number, p = 101325): number {
  return (p * MOLAR_MASS_AIR) / (GAS_CONSTANT * T);
}

/**
 * Saturation vapour pressure over liquid water, Pa:
 *   e_s = 610.78·exp(17.2694·t/(t + 238.3)),  t in °C
 * (Tetens 1930 as written by Murray 1967, J. Appl. Meteorol. 6, 203; the form GreenLight's satVp.m uses).
 * Within 1 % of IAPWS-95 from 0 to 40 °C (−0.6 % at 20 °C: 2326 vs 2339 Pa); kept for fidelity to [V]/[K].
 */
export function saturationVapourPressure(T: number): number {
  const t = T - ZERO_CELSIUS;
  return 610.78 * Math.exp((17.2694 * t) / (t + 238.3));
}

/** d e_s / dT of `saturationVapourPressure`, Pa/K (analytic derivative of the same formula). */
export function saturationVapourPressureSlope(T: number): number {
  const t = T - ZERO_CELSIUS;
  const d = t + 238.3;
  return saturationVapourPressure(T) * ((17.2694 * 238.3) / (d * d));
}

/**
 * Linearised far-infrared exchange coefficient between two surfaces, W/K per m² of the reference area:
 *   R₁₂ = A₁·ε₁·ε₂·F₁₂·σ·(T₁⁴ − T₂⁴) = G·(T₁ − T₂),  G = A₁ε₁ε₂F₁₂σ·(T₁² + T₂²)(T₁ + T₂)
 * (Vanthoor 2011, Biosyst. Eng. 110:363, eq. 37; the secant factorisation is exact at (T₁, T₂)).
 * `area` is the emitting area per m² floor (m²/m²), F₁₂ the view factor (which may already include a
 * transmission factor of a screen in between, as in Vanthoor Table 3).
 */
export function firConductance(
  area: number,
  eps1: number,
  eps2: number,
  viewFactor: number,
  T1: number,
  T2: number,
): number {
  return area * eps1 * eps2 * viewFactor * STEFAN_BOLTZMANN * (T1 * T1 + T2 * T2) * (T1 + T2);
}

/**
 * Thermal-screen closure rule of GreenLight (Katzin et al. 2020, Biosyst. Eng. 194:61, Table 1 / setGlParams:
 * thScrSpDay = 5 °C, thScrSpNight = 10 °C, P-band 1 K): the screen is fully closed when the outdoor
 * temperature is at least 1 K below the set-point (5 °C by day, 10 °C at night), open above it, and
 * proportionally closed in between. GreenLight smooths the band with a logistic curve; a linear ramp over
 * the same 1 K band is used here. Returns the closure fraction 0 (open) … 1 (closed).
 */
export function thermalScreenRule(
  outdoorT: number,
  isDay: boolean,
  daySetpoint = 278.15,
  nightSetpoint = 283.15,
): number {
  requireFinite('outdoorT', outdoorT, 150, 350, 'K');
  const sp = isDay ? daySetpoint : nightSetpoint;
  const c = sp - outdoorT; // > 0 when colder than the set-point
  return c <= 0 ? 0 : Math.min(c, 1);
}

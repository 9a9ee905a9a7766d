/**
 * Water and steam, IAPWS Industrial Formulation 1997 (IF97), the parts a liquid loop needs:
 *
 * - Region 1 (compressed / subcooled liquid): specific Gibbs free energy, Eq. (7) with the 34 coefficients
 *   of Table 2, property relations of Table 3 (v, h, cp). Valid 273.15 K ≤ T ≤ 623.15 K,
 *   p_sat(T) ≤ p ≤ 100 MPa.
 * - Region 4 (saturation line): saturation-pressure equation Eq. (30) and saturation-temperature equation
 *   Eq. (31), coefficients Table 34. Valid 273.15 K ≤ T ≤ 647.096 K (611.213 Pa ≤ p ≤ 22.064 MPa).
 *
 * Reference: IAPWS R7-97(2012), "Revised Release on the IAPWS Industrial Formulation 1997 for the
 * Thermodynamic Properties of Water and Steam", Lucerne 2007 / revised 2012. Check values: Table 5
 * (region 1), Tables 35 and 36 (region 4).
 *
 * Units: SI throughout (K, Pa, kg/m³, J/(kg·K), J/kg). Plain numbers, no allocation in any call.
 */
import { InputError } from '../errors';

/** Specific gas constant of water used by IF97, J/(kg·K) (IF97 Eq. 1). */
export const R_WATER = 461.526;
/** Critical temperature, K (IF97 Eq. 3). */
export const T_CRITICAL = 647.096;
/** Critical pressure, Pa (IF97 Eq. 4). */
export const P_CRITICAL = 22.064e6;
/** Critical density, kg/m³ (IF97 Eq. 5). */
export const RHO_CRITICAL = 322;
/** Lowest temperature of IF97 regions 1 and 4, K. */
export const T_MIN_IF97 = 273.15;
/** Upper temperature of region 1 (boundary to region 3), K. */
export const T_MAX_REGION1 = 623.15;
/** Saturation pressure at 273.15 K, Pa (lower end of region 4), rounded down so T_sat(p_sat(273.15 K)) works. */
export const P_MIN_SAT = 611.212; // IF97 quotes 611.213 Pa; Eq. (30) gives 611.2127 Pa at 273.15 K

// ---------------------------------------------------------------------------------------------------
// Region 1 — IF97 Table 2: exponents I_i, J_i and coefficients n_i, i = 1…34.
// ---------------------------------------------------------------------------------------------------
const I1 = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 8, 8, 21, 23, 29, 30, 31, 32,
] as const;
const J1 = [
  -2, -1, 0, 1, 2, 3, 4, 5, -9, -7, -1, 0, 1, 3, -3, 0, 1, 3, 17, -4, 0, 6, -5, -2, 10, -8, -11, -6, -29, -31,
  -38, -39, -40, -41,
] as const;
const N1 = [
  0.14632971213167, -0.84548187169114, -0.3756360367204e1, 0.33855169168385e1, -0.95791963387872,
  0.15772038513228, -0.16616417199501e-1, 0.81214629983568e-3, 0.28319080123804e-3, -0.60706301565874e-3,
  -0.18990068218419e-1, -0.32529748770505e-1, -0.21841717175414e-1, -0.5283835796993e-4, -0.47184321073267e-3,
  -0.30001780793026e-3, 0.47661393906987e-4, -0.44141845330846e-5, -0.72694996297594e-15,
  -0.31679644845054e-4, -0.28270797985312e-5, -0.85205128120103e-9, -0.22425281908e-5, -0.65171222895601e-6,
  -0.14341729937924e-12, -0.40516996860117e-6, -0.12734301741641e-8, -0.17424871230634e-9,
  -0.68762131295531e-18, 0.14478307828521e-19, 0.26335781662795e-22, -0.11947622640071e-22,
  0.18228094581404e-23, -0.93537087292458e-25,
] as const;

/** Reducing pressure p* = 16.53 MPa and temperature T* = 1386 K of region 1 (IF97 Eq. 7). */
const P_STAR_1 = 16.53e6;
const T_STAR_1 = 1386;

function checkRegion1(T: number, p: number): void {
  if (!(T >= T_MIN_IF97 && T <= T_MAX_REGION1)) {
    throw new InputError('T', T, `between ${T_MIN_IF97} and ${T_MAX_REGION1} K (IF97 region 1)`);
  }
  if (!(p > 0 && p <= 100e6)) throw new InputError('p', p, 'between 0 and 100 MPa (IF97 region 1)');
}

/**
 * Density of liquid water, kg/m³, IF97 region 1: ρ = p / (R·T·π·γ_π), with
 * γ_π = Σ −n_i·I_i·(7.1 − π)^(I_i − 1)·(τ − 1.222)^J_i, π = p/16.53 MPa, τ = 1386 K/T (IF97 Table 3).
 * Valid 273.15–623.15 K at p ≥ p_sat(T), p ≤ 100 MPa. Throws InputError outside 273.15–623.15 K.
 */
export function region1Density(T: number, p: number): number {
  checkRegion1(T, p);
  const pi = p / P_STAR_1;
  const a = 7.1 - pi;
  const b = T_STAR_1 / T - 1.222;
  let gPi = 0;
  for (let i = 0; i < 34; i++) {
    const I = I1[i]!;
    if (I === 0) continue;
    gPi -= N1[i]! * I * a ** (I - 1) * b ** J1[i]!;
  }
  return p / (R_WATER * T * pi * gPi);
}

/**
 * Isobaric specific heat capacity of liquid water, J/(kg·K), IF97 region 1: cp = −R·τ²·γ_ττ, with
 * γ_ττ = Σ n_i·(7.1 − π)^I_i·J_i·(J_i − 1)·(τ − 1.222)^(J_i − 2) (IF97 Table 3). Validity as region1Density.
 */
export function region1SpecificHeat(T: number, p: number): number {
  checkRegion1(T, p);
  const a = 7.1 - p / P_STAR_1;
  const tau = T_STAR_1 / T;
  const b = tau - 1.222;
  let gTT = 0;
  for (let i = 0; i < 34; i++) {
    const J = J1[i]!;
    gTT += N1[i]! * a ** I1[i]! * J * (J - 1) * b ** (J - 2);
  }
  return -R_WATER * tau * tau * gTT;
}

/**
 * Specific enthalpy of liquid water, J/kg, IF97 region 1: h = R·T·τ·γ_τ, with
 * γ_τ = Σ n_i·(7.1 − π)^I_i·J_i·(τ − 1.222)^(J_i − 1) (IF97 Table 3). Reference state: IF97's
 * (u = s = 0 for saturated liquid at the triple point). Validity as region1Density.
 */
export function region1Enthalpy(T: number, p: number): number {
  checkRegion1(T, p);
  const a = 7.1 - p / P_STAR_1;
  const tau = T_STAR_1 / T;
  const b = tau - 1.222;
  let gT = 0;
  for (let i = 0; i < 34; i++) {
    const J = J1[i]!;
    gT += N1[i]! * a ** I1[i]! * J * b ** (J - 1);
  }
  return R_WATER * T * tau * gT;
}

/** Exponent range of J in region 1: −41 … 17, stored densely at index J + 41. */
const J_MIN = -41;
const J_MAX = 17;
const NJ = J_MAX - J_MIN + 1;

/**
 * IF97 region 1 on one isobar, for hot loops. The pressure-dependent factors (7.1 − π)^I are summed into
 * coefficients of a Laurent polynomial in b = τ − 1.222 once, at construction; a call then costs one Horner
 * pass over b and one over 1/b (59 multiply-adds), no allocation. Algebraically identical to the
 * region1Density/region1SpecificHeat/region1Enthalpy sums (same IF97 Table 2 terms, regrouped by J).
 * Caller must keep 273.15 K ≤ T ≤ 623.15 K; no range check here (the Fluid wrapper does that).
 */
export class Region1Isobar {
  readonly pressure: number;
  private readonly pi: number;
  /** Coefficients of b^J for γ_π, γ_τ·b, γ_ττ·b², index J + 41. */
  private readonly cPi = new Float64Array(NJ);
  private readonly cT = new Float64Array(NJ);
  private readonly cTT = new Float64Array(NJ);

  constructor(pressure: number) {
    if (!(pressure > 0 && pressure <= 100e6)) {
      throw new InputError('pressure', pressure, 'between 0 and 100 MPa absolute (IF97 region 1)');
    }
    this.pressure = pressure;
    this.pi = pressure / P_STAR_1;
    const a = 7.1 - this.pi;
    for (let i = 0; i < 34; i++) {
      const I = I1[i]!;
      const J = J1[i]!;
      const k = J - J_MIN;
      if (I > 0) this.cPi[k]! -= N1[i]! * I * a ** (I - 1);
      this.cT[k]! += N1[i]! * a ** I * J;
      this.cTT[k]! += N1[i]! * a ** I * J * (J - 1);
    }
  }

  /** Σ_J c[J]·b^J, Horner in b for J ≥ 0 and in 1/b for J < 0. */
  private static laurent(c: Float64Array, b: number): number {
    let pos = 0;
    for (let k = NJ - 1; k >= -J_MIN; k--) pos = pos * b + c[k]!;
    const u = 1 / b;
    let neg = 0;
    for (let k = 0; k < -J_MIN; k++) neg = (neg + c[k]!) * u;
    return pos + neg;
  }

  /** Density, kg/m³ (IF97 Table 3: v = R·T·π·γ_π / p). */
  density(T: number): number {
    const gPi = Region1Isobar.laurent(this.cPi, T_STAR_1 / T - 1.222);
    return this.pressure / (R_WATER * T * this.pi * gPi);
  }

  /** Isobaric specific heat capacity, J/(kg·K) (IF97 Table 3: cp = −R·τ²·γ_ττ). */
  specificHeat(T: number): number {
    const tau = T_STAR_1 / T;
    const b = tau - 1.222;
    const gTT = Region1Isobar.laurent(this.cTT, b) / (b * b);
    return -R_WATER * tau * tau * gTT;
  }

  /** Specific enthalpy, J/kg (IF97 Table 3: h = R·T·τ·γ_τ). */
  enthalpy(T: number): number {
    const tau = T_STAR_1 / T;
    const b = tau - 1.222;
    const gT = Region1Isobar.laurent(this.cT, b) / b;
    return R_WATER * T * tau * gT;
  }
}

// ---------------------------------------------------------------------------------------------------
// Region 4 — IF97 Table 34: n_1 … n_10 of the saturation-line equation.
// ---------------------------------------------------------------------------------------------------
const n1 = 0.11670521452767e4;
const n2 = -0.72421316703206e6;
const n3 = -0.17073846940092e2;
const n4 = 0.1202082470247e5;
const n5 = -0.32325550322333e7;
const n6 = 0.1491510861353e2;
const n7 = -0.48232657361591e4;
const n8 = 0.40511340542057e6;
const n9 = -0.23855557567849;
const n10 = 0.65017534844798e3;

/**
 * Saturation pressure of water, Pa, IF97 Eq. (30):
 * ϑ = T + n9/(T − n10); A = ϑ² + n1ϑ + n2; B = n3ϑ² + n4ϑ + n5; C = n6ϑ² + n7ϑ + n8;
 * p_s = [2C / (−B + √(B² − 4AC))]⁴ MPa. Valid 273.15 K ≤ T ≤ 647.096 K. Throws InputError outside.
 */
export function saturationPressure(T: number): number {
  if (!(T >= T_MIN_IF97 && T <= T_CRITICAL)) {
    throw new InputError('T', T, `between ${T_MIN_IF97} and ${T_CRITICAL} K (IF97 saturation line)`);
  }
  const th = T + n9 / (T - n10);
  const A = th * th + n1 * th + n2;
  const B = n3 * th * th + n4 * th + n5;
  const C = n6 * th * th + n7 * th + n8;
  const x = (2 * C) / (-B + Math.sqrt(B * B - 4 * A * C));
  const x2 = x * x;
  return x2 * x2 * 1e6;
}

/**
 * Saturation temperature of water, K, IF97 Eq. (31): β = (p/1 MPa)^¼; E = β² + n3β + n6;
 * F = n1β² + n4β + n7; G = n2β² + n5β + n8; D = 2G/(−F − √(F² − 4EG));
 * T_s = [n10 + D − √((n10 + D)² − 4(n9 + n10·D))]/2. Valid 611.213 Pa ≤ p ≤ 22.064 MPa.
 * Throws InputError outside.
 */
export function saturationTemperature(p: number): number {
  if (!(p >= P_MIN_SAT && p <= P_CRITICAL)) {
    throw new InputError('pressure', p, `between ${P_MIN_SAT} Pa and ${P_CRITICAL / 1e6} MPa absolute`);
  }
  const beta = Math.sqrt(Math.sqrt(p / 1e6));
  const b2 = beta * beta;
  const E = b2 + n3 * beta + n6;
  const F = n1 * b2 + n4 * beta + n7;
  const G = n2 * b2 + n5 * beta + n8;
  const D = (2 * G) / (-F - Math.sqrt(F * F - 4 * E * G));
  const s = n10 + D;
  return (s - Math.sqrt(s * s - 4 * (n9 + n10 * D))) / 2;
}

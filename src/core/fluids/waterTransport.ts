/**
 * Transport properties of liquid water as functions of temperature and density.
 *
 * Viscosity: IAPWS R12-08, "Release on the IAPWS Formulation 2008 for the Viscosity of Ordinary Water
 * Substance" (Huber et al., J. Phys. Chem. Ref. Data 38, 101 (2009)): μ̄ = μ̄0(T̄)·μ̄1(T̄, ρ̄)·μ̄2.
 * The critical enhancement μ̄2 is set to 1 (dropped): R12-08 notes it is significant only in a small region
 * around the critical point (647.096 K, 322 kg/m³), far from any liquid loop state.
 *
 * Thermal conductivity: IAPWS R15-11, "Release on the IAPWS Formulation 2011 for the Thermal Conductivity of
 * Ordinary Water Substance" (Huber et al., J. Phys. Chem. Ref. Data 41, 033102 (2012)):
 * λ̄ = λ̄0(T̄)·λ̄1(T̄, ρ̄) + λ̄2. The critical enhancement λ̄2 is dropped (set to 0): it grows only near the
 * critical point (its correlation length vanishes in the compressed liquid), so in the loop range it is far
 * below the 1 % accuracy this model claims (checked: λ0·λ1 is within 0.5 % of Perry's tabulated saturated-
 * liquid conductivity from 280 to 390 K, see test/core/fluids/water.test.ts).
 *
 * Reduced variables: T̄ = T/647.096 K, ρ̄ = ρ/322 kg/m³; μ* = 1 µPa·s, λ* = 1 mW/(m·K).
 * Units: T in K, ρ in kg/m³, returns Pa·s and W/(m·K). No allocation per call.
 */

// R12-08 Table 1: H_0 … H_3 of the dilute-gas term μ̄0 = 100·√T̄ / Σ H_i/T̄^i.
const H0 = 1.67752;
const H1 = 2.20462;
const H2 = 0.6366564;
const H3 = -0.241605;

// R12-08 Table 2: H_ij, i = power of (1/T̄ − 1) (0…5), j = power of (ρ̄ − 1) (0…6); absent terms are 0.
// Stored row-major by i: HIJ[i*7 + j].
const HIJ = new Float64Array([
  // i = 0
  0.520094, 0.222531, -0.281378, 0.161913, -0.0325372, 0, 0,
  // i = 1
  0.0850895, 0.999115, -0.906851, 0.257399, 0, 0, 0,
  // i = 2
  -1.08374, 1.88797, -0.772479, 0, 0, 0, 0,
  // i = 3
  -0.289555, 1.26613, -0.489837, 0, 0.0698452, 0, -0.00435673,
  // i = 4
  0, 0, -0.25704, 0, 0, 0.00872102, 0,
  // i = 5
  0, 0.120573, 0, 0, 0, 0, -0.000593264,
]);

/**
 * Dynamic viscosity of water, Pa·s, IAPWS R12-08 without the critical enhancement (μ̄2 = 1):
 * μ̄0 = 100·√T̄ / Σ_{i=0..3} H_i/T̄^i;  μ̄1 = exp[ρ̄ Σ_{i=0..5} (1/T̄ − 1)^i Σ_{j=0..6} H_ij (ρ̄ − 1)^j];
 * μ = μ̄0·μ̄1·1e-6. Valid for the whole fluid region of IAPWS-95 (liquid loop states included).
 * Inputs are not range-checked (the caller validates T; ρ comes from IF97).
 */
export function waterViscosity(T: number, rho: number): number {
  const Tr = T / 647.096;
  const dr = rho / 322;
  const it = 1 / Tr;
  const mu0 = (100 * Math.sqrt(Tr)) / (H0 + it * (H1 + it * (H2 + it * H3)));
  const x = it - 1;
  const y = dr - 1;
  let s = 0;
  for (let i = 5; i >= 0; i--) {
    const r = i * 7;
    let row = 0;
    for (let j = 6; j >= 0; j--) row = row * y + HIJ[r + j]!;
    s = s * x + row;
  }
  return mu0 * Math.exp(dr * s) * 1e-6;
}

// R15-11 Table 1: L_0 … L_4 of the dilute-gas term λ̄0 = √T̄ / Σ L_k/T̄^k.
const L0 = 2.443221e-3;
const L1 = 1.323095e-2;
const L2 = 6.770357e-3;
const L3 = -3.454586e-3;
const L4 = 4.096266e-4;

// R15-11 Table 2: L_ij, i = power of (1/T̄ − 1) (0…4), j = power of (ρ̄ − 1) (0…5). Row-major LIJ[i*6 + j].
const LIJ = new Float64Array([
  // i = 0
  1.60397357, -0.646013523, 0.111443906, 0.102997357, -0.0504123634, 0.00609859258,
  // i = 1
  2.33771842, -2.78843778, 1.53616167, -0.463045512, 0.0832827019, -0.00719201245,
  // i = 2
  2.19650529, -4.54580785, 3.55777244, -1.40944978, 0.275418278, -0.0205938816,
  // i = 3
  -1.21051378, 1.60812989, -0.621178141, 0.0716373224, 0, 0,
  // i = 4
  -2.720337, 4.57586331, -3.18369245, 1.1168348, -0.19268305, 0.012913842,
]);

/**
 * Thermal conductivity of water, W/(m·K), IAPWS R15-11 without the critical enhancement (λ̄2 = 0):
 * λ̄0 = √T̄ / Σ_{k=0..4} L_k/T̄^k;  λ̄1 = exp[ρ̄ Σ_{i=0..4} (1/T̄ − 1)^i Σ_{j=0..5} L_ij (ρ̄ − 1)^j];
 * λ = λ̄0·λ̄1·1e-3. Inputs are not range-checked (the caller validates T; ρ comes from IF97).
 */
export function waterConductivity(T: number, rho: number): number {
  const Tr = T / 647.096;
  const dr = rho / 322;
  const it = 1 / Tr;
  const k0 = Math.sqrt(Tr) / (L0 + it * (L1 + it * (L2 + it * (L3 + it * L4))));
  const x = it - 1;
  const y = dr - 1;
  let s = 0;
  for (let i = 4; i >= 0; i--) {
    const r = i * 6;
    let row = 0;
    for (let j = 5; j >= 0; j--) row = row * y + LIJ[r + j]!;
    s = s * x + row;
  }
  return k0 * Math.exp(dr * s) * 1e-3;
}

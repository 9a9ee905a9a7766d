/**
 * Chevron-plate channel correlations of Holger Martin:
 *   H. Martin, "A theoretical approach to predict the performance of chevron-type plate heat exchangers",
 *   Chem. Eng. Process. 35 (1996) 301–310 (doi:10.1016/0255-2701(95)04129-X);
 *   also VDI Heat Atlas, 2nd ed. (2010), chapter N6 "Pressure drop and heat transfer in plate heat
 *   exchangers" (same equations, constants a = 3.8, b = 0.18, c = 0.36).
 * φ is the corrugation (chevron) angle measured from the main flow direction: φ → 0 gives straight
 * longitudinal channels, φ → 90° corrugations across the flow. Reynolds number on the hydraulic diameter
 * d_h = 2b/Φ (b = mean channel gap = 2 × corrugation amplitude, Φ = area enlargement factor) and the
 * velocity in the gap, Re = ρ·w·d_h/μ.
 * Validity (Martin 1996): 0° ≤ φ ≤ 80°, Re ≈ 200–10 000 for the data fitted; extrapolation outside.
 */

const A_MARTIN = 3.8;
const B_MARTIN = 0.18;
const C_MARTIN = 0.36;
/**
 * Re range over which the laminar branch is blended into the turbulent one (the published correlation
 * jumps at Re = 2000). The blend ends at 2000, so from 2000 up the correlation is exactly as published.
 */
const RE_BLEND_LO = 1800;
const RE_BLEND_HI = 2000;

/**
 * Weight of the turbulent branch: 0 below Re 1800, 1 from 2000, a C¹ cubic step in between. The published
 * correlation switches branches discontinuously at Re = 2000; FluidDissipation's
 * `dp_corrugatedPlate_1ph_DP` (Modelica, after VDI-Wärmeatlas) blends ξ0 and ξ1 the same way (over
 * 2000 ± 100) so off-design sweeps and plate-count searches stay continuous.
 */
function turbulentWeight(re: number): number {
  if (re <= RE_BLEND_LO) return 0;
  if (re >= RE_BLEND_HI) return 1;
  const x = (re - RE_BLEND_LO) / (RE_BLEND_HI - RE_BLEND_LO);
  return x * x * (3 - 2 * x);
}

/**
 * Darcy friction factor ξ of a chevron-plate channel (Martin 1996; VDI Heat Atlas N6):
 *   1/√ξ = cos φ / √(b·tan φ + c·sin φ + ξ0/cos φ) + (1 − cos φ)/√(a·ξ1),  a = 3.8, b = 0.18, c = 0.36,
 *   ξ0 = 64/Re,                 ξ1 = 597/Re + 3.85     (Re < 2000),
 *   ξ0 = (1.8·log10 Re − 1.5)⁻², ξ1 = 39/Re^0.289       (Re ≥ 2000),
 * branches blended over Re 1800–2000 (see `turbulentWeight`). Limits: φ = 0 → ξ = ξ0 (straight channel),
 * φ = 90° → ξ = a·ξ1. Pressure drop Δp = ξ·(L/d_h)·ρw²/2 with L the port-to-port length.
 * `phi` in radians, 0 ≤ φ < π/2; `re` > 0.
 */
export function frictionFactorMartin(re: number, phi: number): number {
  const w = turbulentWeight(re);
  const lam0 = 64 / re;
  const lam1 = 597 / re + 3.85;
  let xi0 = lam0;
  let xi1 = lam1;
  if (w > 0) {
    const l = 1.8 * Math.log10(re) - 1.5;
    const tur0 = 1 / (l * l);
    const tur1 = 39 * re ** -0.289;
    xi0 = (1 - w) * lam0 + w * tur0;
    xi1 = (1 - w) * lam1 + w * tur1;
  }
  const c = Math.cos(phi);
  const rhs =
    c / Math.sqrt(B_MARTIN * Math.tan(phi) + C_MARTIN * Math.sin(phi) + xi0 / c) +
    (1 - c) / Math.sqrt(A_MARTIN * xi1);
  return 1 / (rhs * rhs);
}

/**
 * Nusselt number (on d_h) of a chevron-plate channel, Martin 1996; VDI Heat Atlas N6:
 *   Nu = 0.122 · Pr^(1/3) · (μ/μ_w)^(1/6) · (ξ·Re²·sin 2φ)^0.374,
 * with ξ from `frictionFactorMartin` (the generalised Lévêque analogy). `viscosityRatio` = μ_bulk/μ_wall
 * (1 to ignore the wall correction). Returns 0 for Re ≤ 0.
 */
export function nusseltMartin(re: number, pr: number, phi: number, viscosityRatio = 1): number {
  if (!(re > 0)) return 0;
  const xi = frictionFactorMartin(re, phi);
  return 0.122 * Math.cbrt(pr) * viscosityRatio ** (1 / 6) * (xi * re * re * Math.sin(2 * phi)) ** 0.374;
}

/**
 * Area enlargement factor of a sinusoidal corrugation (Martin 1996, three-point Simpson estimate of the
 * developed length of one corrugation):
 *   Φ ≈ (1/6)·(1 + √(1 + X²) + 4·√(1 + X²/2)),  X = 2π·â/Λ = π·b/Λ,
 * â the corrugation amplitude (b = 2â the mean gap) and Λ the corrugation wavelength. Typical plates
 * have Φ = 1.1–1.25.
 */
export function enlargementFactor(gap: number, wavelength: number): number {
  const x = (Math.PI * gap) / wavelength;
  const x2 = x * x;
  return (1 + Math.sqrt(1 + x2) + 4 * Math.sqrt(1 + 0.5 * x2)) / 6;
}

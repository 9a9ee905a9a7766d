/**
 * Short-wave (solar) absorption in the greenhouse: roof, thermal screen, canopy and floor as a stack of
 * layers that reflect light back and forth.
 *
 * Each layer i transmits τᵢ, reflects ρᵢ (the same from above and below) and absorbs αᵢ = 1 − τᵢ − ρᵢ. The
 * two-stream "adding" method (Goudriaan 1977, *Crop micrometeorology*, ch. 2; the two-layer formulas are
 * Vanthoor 2011 eqs. 8.14–8.17, which [V] §8.4.2 chains for the cover–canopy–floor NIR) gives the down and up
 * fluxes between the layers, for 1 W/m² falling on the roof:
 *
 *   R₃ = ρ_floor,  Rₖ₋₁ = ρₖ + τₖ²·Rₖ / (1 − ρₖ·Rₖ)        reflectance of everything below interface k−1
 *   D₀ = 1,        Dₖ = τₖ·Dₖ₋₁ / (1 − ρₖ·Rₖ),  Uₖ = Rₖ·Dₖ  down / up flux just below layer k
 *   absorbed by layer k = αₖ·(Dₖ₋₁ + Uₖ);  by the floor (1 − ρ_floor)·D₃
 *
 * so light the floor reflects passes up through the canopy again, and light the crop reflects comes back
 * from the roof and the closed screen (which reflects 35 %). A single downward pass, as the model used
 * before, misses both: at LAI 2.3 under a closed screen it gave the crop and floor 27 % of the NIR above
 * the crop where this gives 42 % (hand calculation in test/core/greenhouse/shortwave.test.ts).
 *
 * The canopy as a layer (Vanthoor 2011 eqs. 8.26–8.33; Katzin 2020 eqs. A20–A22): τ = exp(−k·LAI),
 * ρ = ρ_leaf·(1 − τ), so it absorbs (1 − ρ_leaf)(1 − τ) of a single pass. Differences from GreenLight,
 * stated: GreenLight's PAR model follows the light down and once back up from the floor (no re-reflection
 * from the cover), and its NIR model takes the cover's "virtual" transmission as 1 − ρ (its absorption
 * counted again as transmitted light). Both are small (≲ 3 % of the light above the crop) and this module
 * does not copy them.
 *
 * Validity: diffuse-like light and horizontally uniform layers; the angle dependence of the roof is applied
 * before (sim/solar.ts gives the light on the roof as transmitted / τ₀).
 */

/** Absorbed shares of 1 W/m² on the roof: roof, screen, canopy, floor (the rest is reflected out). */
export interface StackShares {
  roof: number;
  screen: number;
  canopy: number;
  floor: number;
}

/**
 * Absorbed shares of a roof / screen / canopy / floor stack (formulas in the module comment).
 * τ and ρ are fractions (0–1) with τ + ρ ≤ 1; the floor is opaque. Writes into `out` and returns it.
 */
export function stackAbsorption(
  roofTau: number,
  roofRho: number,
  screenTau: number,
  screenRho: number,
  canopyTau: number,
  canopyRho: number,
  floorRho: number,
  out: StackShares,
): StackShares {
  const r3 = floorRho;
  const r2 = canopyRho + (canopyTau * canopyTau * r3) / (1 - canopyRho * r3);
  const r1 = screenRho + (screenTau * screenTau * r2) / (1 - screenRho * r2);
  const d1 = roofTau / (1 - roofRho * r1);
  const d2 = (screenTau * d1) / (1 - screenRho * r2);
  const d3 = (canopyTau * d2) / (1 - canopyRho * r3);
  out.roof = (1 - roofTau - roofRho) * (1 + r1 * d1);
  out.screen = (1 - screenTau - screenRho) * (d1 + r2 * d2);
  out.canopy = (1 - canopyTau - canopyRho) * (d2 + r3 * d3);
  out.floor = (1 - floorRho) * d3;
  return out;
}

/** Optical properties of one band (PAR or NIR) for the stack. */
export interface BandOptics {
  /** Canopy extinction coefficient k, −. */
  k: number;
  /** Leaf-layer reflection ρ_leaf of an infinitely deep canopy, −. */
  leafRho: number;
  /** Floor reflection, −. */
  floorRho: number;
}

/**
 * Shares of global radiation on the roof absorbed by roof, screen, canopy and floor, summed over the PAR and
 * NIR bands weighted by `parShare` (Vanthoor's η_GlobPAR = 0.5). The screen layer is the closed screen times
 * its closure u: τ = 1 − u(1 − τ_scr), ρ = u·ρ_scr ([V] eq. 8.18's "layer" of a partly drawn screen).
 */
export function solarShares(
  roof: { tau: number; rho: number },
  screen: { tau: number; rho: number },
  closure: number,
  lai: number,
  par: BandOptics,
  nir: BandOptics,
  parShare: number,
  out: StackShares,
): StackShares {
  const sTau = 1 - closure * (1 - screen.tau);
  const sRho = closure * screen.rho;
  // PAR then NIR, unrolled (no arrays per call: this runs every step with a partly drawn screen)
  let cTau = Math.exp(-par.k * lai);
  stackAbsorption(roof.tau, roof.rho, sTau, sRho, cTau, par.leafRho * (1 - cTau), par.floorRho, out);
  const roofA = parShare * out.roof;
  const screenA = parShare * out.screen;
  const canopyA = parShare * out.canopy;
  const floorA = parShare * out.floor;
  const w = 1 - parShare;
  cTau = Math.exp(-nir.k * lai);
  stackAbsorption(roof.tau, roof.rho, sTau, sRho, cTau, nir.leafRho * (1 - cTau), nir.floorRho, out);
  out.roof = roofA + w * out.roof;
  out.screen = screenA + w * out.screen;
  out.canopy = canopyA + w * out.canopy;
  out.floor = floorA + w * out.floor;
  return out;
}

/**
 * Lumped dynamic greenhouse climate model after Vanthoor (2011) ch. 8 and GreenLight (Katzin 2021): heat
 * and vapour balances of the main-compartment air, the compartment above the thermal screen, the screen, the
 * inner and outer cover surfaces, the canopy, the floor, five soil layers and the heating pipe rail.
 *
 * Files: `state.ts` (state vector), `params.ts` (parameters, ranges, construction), `coefficients.ts` (every
 * exchange process with its equation), `assemble.ts` (the linear step system), `step.ts` (time step, vents),
 * `demand.ts` (heat demand, steady state, cover rating), `control.ts` (GreenLight's vent and screen
 * controllers), `constants.ts` (parameters with sources).
 *
 * Physics (each with its equation in coefficients.ts): Vanthoor's free-convection films on the screen and cover
 * (|ΔT|^0.33) and wind-driven outside film (2.8 + 1.2·u), far-infrared exchange between canopy, floor, pipes,
 * screen, cover and sky, air exchange through the screen (the closed screen's porosity and the open part's
 * buoyancy), wind-driven leakage and roof vents (wind and stack effect), canopy transpiration with the
 * stomatal resistance of Stanghellini, condensation on the screen and the cover that releases its latent heat
 * there, and vapour carried out by leakage and vents. Only that last vapour costs latent heat to the house: the
 * catalogue U-value of the cover is not an input (it already contains condensation); `model.ratingU` is the
 * model's own U at the rating condition, for comparison with the catalogue.
 *
 * Simplifications (deliberate, stated): the cover is FIR-opaque (glass, polycarbonate, IR-additive films);
 * solar NIR is absorbed by canopy and floor with single-pass Beer–Lambert terms; no CO₂ balance (a fixed CO₂
 * for the stomata); the crop's leaf area is a parameter, not grown; cover capacities are the full layer's.
 *
 * Time integration: linearly-implicit (backward) Euler. The system is stiff (screen and cover in seconds, air in
 * minutes, pipes in an hour, soil in months); coefficients are frozen at the start of the step, so each step is
 * one dense 15 × 15 solve. Every exchange uses the same coefficient in both nodes' rows and the vapour rows are
 * latent-energy balances, so the discrete first law and the vapour mass balance close to round-off
 * (`energyResidualRelative`, `vapourResidualRelative`).
 *
 * Not re-entrant: a model object owns its scratch arrays (one model per simulation thread).
 */
import { coverRatingU } from './demand';
import { buildGreenhouse, type GreenhouseModel, type GreenhouseParams } from './params';

/**
 * Build a greenhouse model from parameters; `ratingU` is the model's cover U at the rating condition (of the
 * house at its floor area). `perFloorArea`: the model of 1 m² of its floor (params.ts `buildGreenhouse`).
 */
export function createGreenhouse(params: GreenhouseParams, perFloorArea = false): GreenhouseModel {
  const m = buildGreenhouse(params, perFloorArea);
  m.ratingU = coverRatingU(params);
  return m;
}

export {
  COVER_RATING_CONDITION,
  coverRatingInputs,
  coverRatingU,
  heatDemand,
  steadyState,
  stepAsDemanded,
} from './demand';
export { type GreenhouseModel, type GreenhouseParams, setLeafArea } from './params';
export { GH, GH_STATES, GH_TEMPERATURES, initialState, STATE_RANGE } from './state';
export { stepGreenhouse } from './step';
export { type GreenhouseInputs, GreenhouseStepOutput, greenhouseInputs, HeatDemandOutput } from './types';

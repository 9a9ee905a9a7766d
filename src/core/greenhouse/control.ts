/**
 * GreenLight's greenhouse climate controller (Katzin 2021, ch. 4; `controls_katzin_2021` of the GreenLight
 * model): smooth proportional controllers for the roof vents and the thermal screen. Inputs in kelvin and
 * relative humidity as a fraction (GreenLight writes %; bands are converted).
 */
import * as K from './constants';
const { CONTROL } = K;

const LN100 = Math.log(100);

/**
 * Smooth proportional controller ([K] ch. 4, eq. 4.1 / `proportionalControl`): goes from `lo` to `hi` as
 * `x` crosses [setPt, setPt + band] (1 % and 99 % of the way at the band's ends); a negative band reverses it.
 *   u = lo + (hi − lo) / (1 + exp(−2/band · ln 100 · (x − setPt − band/2)))
 */
export function proportionalControl(x: number, setPt: number, band: number, lo: number, hi: number): number {
  const z = (-2 / band) * LN100 * (x - setPt - band / 2);
  if (z > 700) return lo;
  return lo + (hi - lo) / (1 + Math.exp(z));
}

/** The parts of the vent decision that depend on the start-of-step state (the heat part is solved implicitly). */
export interface VentLimits {
  /** Upper limit from the cold-air closure ([K] ventCold), 0…1. */
  cold: number;
  /** Opening asked for by humidity ([K] ventRh), 0…1. */
  rh: number;
}

/** Vent opening asked for by excess heat at air temperature T ([K] ventHeat: set-point + dead zone, 4 K band). */
export function ventHeat(
  T: number,
  heatingSetpoint: number,
  deadZone: number,
  band: number = CONTROL.ventHeatBand,
): number {
  return proportionalControl(T, heatingSetpoint + deadZone, band, 0, 1);
}

/** Humidity and cold limits of the vents from the start-of-step air ([K] ventRh, ventCold). */
export function ventLimits(
  T: number,
  rh: number,
  heatingSetpoint: number,
  rhMax: number,
  out: VentLimits,
): VentLimits {
  out.rh = proportionalControl(rh, rhMax, CONTROL.ventRhBand, 0, 1);
  out.cold = proportionalControl(T, heatingSetpoint - CONTROL.ventColdOffset, -1, 1, 0);
  return out;
}

/** Roof vent opening uRoof = min(ventCold, max(ventHeat, ventRh)) ([K] ch. 4). */
export function ventOpening(heat: number, lim: VentLimits): number {
  return Math.min(lim.cold, Math.max(heat, lim.rh));
}

/**
 * The parts of the screen decision fixed at the start of the step (cold outside, humidity gap, unless too cold):
 * the screen is never more closed than this ([K] ch. 4: min(thScrCold, thScrRh)).
 */
export function screenCap(
  outdoorT: number,
  isDay: boolean,
  airT: number,
  rh: number,
  heatingSetpoint: number,
  rhMax: number,
): number {
  return screenCapAt(screenCold(outdoorT, isDay), airT, rh, heatingSetpoint, rhMax);
}

/** `screenCap` with its cold-outside part (`screenCold`) already evaluated. */
function screenCapAt(cold: number, airT: number, rh: number, heatingSetpoint: number, rhMax: number): number {
  return screenGapRule(cold, screenAirCold(airT, heatingSetpoint), rh, rhMax);
}

/**
 * The screen rule's humidity gap under a cap: min(cap, max(screenRhOpen(rh), airCold)) ([K]: the gap opens for
 * humid air unless the air is too cold, never closing beyond `cap`). `cap` and `airCold` come from the caller,
 * which may hold them fixed over a search (the demand's air is the set-point: demand.ts).
 */
export function screenGapRule(cap: number, airCold: number, rh: number, rhMax: number): number {
  return Math.min(cap, Math.max(screenRhOpen(rh, rhMax), airCold));
}

/** The screen's humidity gap ([K] thScrRh): 1 (closed) below rhMax − 2 % RH, opening over a 10 % band. */
export function screenRhOpen(rh: number, rhMax: number): number {
  return proportionalControl(rh, rhMax + CONTROL.screenRhOffset, CONTROL.screenRhBand, 1, 0);
}

/** 1 − ventCold ([K]): the humidity gap stays shut while the air is more than 1 K below the heating set-point. */
export function screenAirCold(airT: number, heatingSetpoint: number): number {
  return 1 - proportionalControl(airT, heatingSetpoint - CONTROL.ventColdOffset, -1, 1, 0);
}

/** Screen closure asked for by the cold outside ([K] thScrCold): below 5 °C by day, 10 °C by night, 1 K band. */
export function screenCold(outdoorT: number, isDay: boolean): number {
  const sp = isDay ? CONTROL.screenSetpointDay : CONTROL.screenSetpointNight;
  return proportionalControl(outdoorT, sp, -1, 0, 1);
}

/** Screen opening asked for by a warm house ([K] thScrHeat): 1 (closed) below set-point + 4 K, 1 K band. */
export function screenHeat(airT: number, heatingSetpoint: number): number {
  return proportionalControl(airT, heatingSetpoint + CONTROL.screenHeatDeadZone, 1, 1, 0);
}

/**
 * Thermal screen closure ([K] ch. 4): uThScr = min(thScrCold, thScrHeat, thScrRh) — closed when it is cold
 * outside (below 5 °C by day, 10 °C by night, 1 K band), opened when the air is 4 K above the heating set-point,
 * and opened a gap when the indoor RH is above rhMax − 2 % (10 % band) unless the air is too cold.
 * 0 = open (folded), 1 = closed.
 */
export function screenClosure(
  outdoorT: number,
  isDay: boolean,
  airT: number,
  rh: number,
  heatingSetpoint: number,
  rhMax: number,
): number {
  return screenClosureAt(screenCold(outdoorT, isDay), airT, rh, heatingSetpoint, rhMax);
}

/**
 * `screenClosure` with its cold-outside part (`screenCold`, fixed within a step) already evaluated: the screen
 * searches of a step call it with the same outside air at every trial.
 */
export function screenClosureAt(
  cold: number,
  airT: number,
  rh: number,
  heatingSetpoint: number,
  rhMax: number,
): number {
  return Math.min(screenCapAt(cold, airT, rh, heatingSetpoint, rhMax), screenHeat(airT, heatingSetpoint));
}

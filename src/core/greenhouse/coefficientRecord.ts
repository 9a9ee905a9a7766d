/**
 * The coefficient record of one greenhouse step and the key that lets `heatDemand` and the step that follows
 * it share one evaluation (see coefficients.ts for the physics that fills it).
 */
import type { VentLimits } from './control';
import type { GreenhouseModel } from './params';
import * as St from './state';
import type { GreenhouseInputs } from './types';

const { GH_STATES } = St;

/** Coefficients of one step (W/(m²·K) for heat links, kg/(m²·s) per (Pa/K) for vapour carried by air). */
export class Coefficients implements VentLimits {
  screen = 0;
  cold = 1;
  rh = 0;
  heatingSetpoint = 0;
  /** Vent opening of the last demand solve (demand.ts), 0…1. */
  demandVent = 0;
  /** Water heat of the last demand solve (demand.ts), W/m². */
  demandQ = 0;
  // sensible links
  canAir = 0;
  airFlr = 0;
  airScr = 0;
  airTop = 0;
  scrTop = 0;
  topCov = 0;
  covCond = 0;
  pipeAir = 0;
  canCov = 0;
  canScr = 0;
  canFlr = 0;
  pipeCov = 0;
  pipeScr = 0;
  pipeFlr = 0;
  pipeCan = 0;
  flrCov = 0;
  flrScr = 0;
  scrCov = 0;
  readonly soil = new Float64Array(5);
  soilDeep = 0;
  // boundaries
  covOut = 0;
  covSky = 0;
  airOut = 0;
  topOut = 0;
  ventMax = 0;
  // vapour carried by air: m = v·(e₁/T₁ − e₂/T₂)
  vAirTop = 0;
  vAirOut = 0;
  vTopOut = 0;
  vVentMax = 0;
  invTa = 0;
  invTt = 0;
  invTo = 0;
  vpOut = 0;
  // transpiration m = vec·(esC + sC·(T_can − tc0) − e_air) and condensation m = k·(e − esX − sX·(T − tx0))
  vec = 0;
  esC = 0;
  sC = 0;
  tc0 = 0;
  /** Values before an active-set change (restored when the coefficients are reused). */
  kScr0 = 0;
  kCov0 = 0;
  vec0 = 0;
  kScr = 0;
  esS = 0;
  sS = 0;
  ts0 = 0;
  kCov = 0;
  esCi = 0;
  sCi = 0;
  tci0 = 0;
  // solar, W/m²
  sCov = 0;
  sAir = 0;
  sScr = 0;
  sCan = 0;
  sFlr = 0;
  // heating water
  mcp = 0;
  phi = 0;
  tEnv = 0;
  // parts of the screen-dependent terms that depend on the state only (reused while only the screen changes)
  /** Relative humidity of the main air at the start of the step, −. */
  rhAir = 0;
  rhoAir = 0;
  /** |T_air − T_screen|^0.33 and |T_screen − T_top|^0.33 ([V] Table 8.4). */
  freeAirScr = 0;
  freeScrTop = 0;
  /** |T_air − T_top|^0.66, the mean density and |Δρ| of the screen's air exchange ([V] eq. 8.55). */
  dT066 = 0;
  rhoMean = 0;
  dRho = 0;
  /** 1 + e^(−0.1·Δe) of the screen's condensation switch ([V] eq. 8.43). */
  condScrSwitch = 0;
}

const N_KEY = GH_STATES + 11;
/** Results of `sameKey`. */
export const SAME_ALL = 2;
export const SAME_BUT_SCREEN = 1;

/**
 * How the state and inputs compare with the last evaluation's: SAME_ALL, SAME_BUT_SCREEN (only the screen
 * closure asked for or the pipe water flow differ: the terms `screenIndependent` evaluates read neither) or 0
 * (stores them then, unless SAME_ALL).
 */
export function sameKey(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  screen: number | undefined,
): number {
  const k = m.coefKey;
  const n = GH_STATES;
  const s = screen ?? inp.screenClosed ?? -1;
  let same =
    k[n] === inp.outdoorT &&
    k[n + 1] === inp.skyT &&
    k[n + 2] === inp.windSpeed &&
    k[n + 3] === inp.solarOnCover &&
    k[n + 6] === (inp.isDay === undefined ? -1 : inp.isDay ? 1 : 0) &&
    k[n + 7] === (inp.heatingSetpoint ?? -1) &&
    k[n + 8] === (inp.outdoorVapourPressure ?? -1) &&
    k[n + 9] === (m.dry ? 1 : 0) &&
    k[n + 10] === m.floorArea;
  for (let i = 0; same && i < n; i++) same = k[i] === T[i];
  if (same && k[n + 5] === s && k[n + 4] === inp.pipeMassFlow) return SAME_ALL;
  k[n + 5] = s;
  k[n + 4] = inp.pipeMassFlow;
  if (same) return SAME_BUT_SCREEN;
  for (let i = 0; i < n; i++) k[i] = T[i]!;
  k[n] = inp.outdoorT;
  k[n + 1] = inp.skyT;
  k[n + 2] = inp.windSpeed;
  k[n + 3] = inp.solarOnCover;
  k[n + 6] = inp.isDay === undefined ? -1 : inp.isDay ? 1 : 0;
  k[n + 7] = inp.heatingSetpoint ?? -1;
  k[n + 8] = inp.outdoorVapourPressure ?? -1;
  k[n + 9] = m.dry ? 1 : 0;
  k[n + 10] = m.floorArea;
  return 0;
}

/** A key that never matches (the model's scratch starts with it). */
export function emptyCoefficientKey(): Float64Array {
  return new Float64Array(N_KEY).fill(Number.NaN);
}

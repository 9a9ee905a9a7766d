/**
 * The heat and vapour exchange coefficients of one step, evaluated at the start-of-step state (the scheme is
 * linearly implicit: coefficients frozen over the step, temperatures and vapour pressures implicit). Per m²
 * floor. Equation numbers refer to Vanthoor (2011) ch. 8 [V] and Katzin (2021) [K]; see constants.ts.
 */
import * as Rail from '../components/pipeRail';
import { fastPow } from '../numerics/fastPow';
import * as K from './constants';
import * as Ctl from './control';
import * as Rec from './coefficientRecord';
import type { Coefficients } from './coefficientRecord';
import * as Par from './params';
import type { GreenhouseModel } from './params';
import type { StackShares } from './shortwave';
import * as P from './physics';
import * as St from './state';
import type { GreenhouseInputs } from './types';
const { GH } = St;
const { sameKey, SAME_ALL, SAME_BUT_SCREEN } = Rec;
const { coverSolarShares } = Par;
/** Scratch for a partly closed screen. */
const SHARES: StackShares = { roof: 0, screen: 0, canopy: 0, floor: 0 };
const { pipeConvectionCoefficient } = Rail;
const { screenClosure, ventLimits } = Ctl;
const {
  AIR_CP,
  airDensity,
  firConductance,
  saturationVapourPressure: es,
  saturationVapourPressureSlope: esSlope,
} = P;
const {
  ALPHA_LEAF_AIR,
  C_EVAP1,
  C_EVAP2,
  C_EVAP3_DAY,
  C_EVAP3_NIGHT,
  C_EVAP4_DAY,
  C_EVAP4_NIGHT,
  C_HEC_IN,
  C_HEC_OUT1,
  C_HEC_OUT2,
  C_HEC_SCREEN,
  CONDENSATION_FACTOR,
  CONDENSATION_SWITCH,
  ETA_GLOB_AIR,
  FLOOR_CONDUCTIVITY,
  FLOOR_THICKNESS,
  FREE_CONVECTION_EXPONENT,
  GRAVITY,
  LATENT_HEAT,
  LEAKAGE_MIN_WIND,
  LEAKAGE_RATING_WIND,
  LEAKAGE_TOP_SHARE,
  PSYCHROMETRIC,
  R_B,
  R_CAN_SP,
  R_S_MIN,
  SCREEN,
  SOIL_CONDUCTIVITY,
  SOIL_LAYERS,
  SOIL_OUTER_LAYER,
  VAPOUR_DENSITY_FACTOR,
  VENT_DISCHARGE,
  VENT_WIND_PRESSURE,
} = K;

/** Link that parks a folded screen at the air temperature so the matrix stays regular, W/(m²·K) (negligible). */
const PARK = 1e-3;

/** Free convection |ΔT|^0.33 ([V] Table 8.4). */
function free(dT: number): number {
  return fastPow(Math.abs(dT), FREE_CONVECTION_EXPONENT);
}

/** Condensation coefficient k of [V] eq. 8.43: m = 1/(1 + e^(−0.1·Δe))·6.4·10⁻⁹·HEC·Δe, switch frozen. */
function condensation(hec: number, dv: number): number {
  return (CONDENSATION_FACTOR * hec) / (1 + Math.exp(-CONDENSATION_SWITCH * dv));
}

/**
 * Fill `m.coef` and the capacities `m.cap` from the start-of-step state T and the inputs. The screen root
 * (screenRoot.ts) evaluates one state at several closures: the terms that do not depend on the closure are
 * then kept and only those that do are evaluated again, by the same expressions (the same numbers).
 */
export function computeCoefficients(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  screen?: number,
): Coefficients {
  const c = m.coef;
  const same = sameKey(m, T, inp, screen);
  // heatDemand and the step that follows it evaluate the same state and inputs: reuse, undoing any
  // condensation switched off by the previous solve's active set
  if (same === SAME_ALL) {
    c.kScr = c.kScr0;
    c.kCov = c.kCov0;
    c.vec = c.vec0;
    return c;
  }
  const Ta = T[GH.air]!;
  const To = inp.outdoorT;
  const isDay = inp.isDay ?? inp.solarOnCover > 0;
  if (same !== SAME_BUT_SCREEN) screenIndependent(m, T, inp, isDay);
  else c.kCov = c.kCov0;
  const u = !m.thermalScreen
    ? 0
    : (screen ?? inp.screenClosed ?? screenClosure(To, isDay, Ta, c.rhAir, c.heatingSetpoint, m.rhMax));
  c.screen = u;
  convectionScreen(m, u);
  radiationScreen(m, T, u);
  airExchangeScreen(m, u);
  solar(m, inp, u);
  vapourScreen(m, T, inp, u);
  water(m, T, inp);
  c.kScr0 = c.kScr;
  c.kCov0 = c.kCov;
  c.vec0 = c.vec;
  return c;
}

/** The coefficients and capacities that do not depend on the screen's closure. */
function screenIndependent(m: GreenhouseModel, T: Float64Array, inp: GreenhouseInputs, isDay: boolean): void {
  const c = m.coef;
  const Ta = T[GH.air]!;
  const Tt = T[GH.top]!;
  const sp = inp.heatingSetpoint ?? (isDay ? m.heatingSetpointDay : m.heatingSetpointNight);
  c.heatingSetpoint = sp;
  const esA = es(Ta);
  const rh = T[GH.vpAir]! / esA;
  c.rhAir = rh;
  ventLimits(Ta, rh, sp, m.rhMax, c);

  const rhoA = airDensity(Ta, m.airPressure);
  const rhoT = airDensity(Tt, m.airPressure);
  c.rhoAir = rhoA;
  const cap = m.cap;
  cap.set(m.fixedCap);
  cap[GH.air] = rhoA * AIR_CP * m.mainHeight; // [V] eq. 8.22
  cap[GH.top] = rhoT * AIR_CP * m.topHeight;
  // vapour rows are written as latent energy: L·(M/R)·h/T, J/(m²·Pa) ([V] eq. 8.45 cap_VP)
  cap[GH.vpAir] = (LATENT_HEAT * VAPOUR_DENSITY_FACTOR * m.mainHeight) / Ta;
  cap[GH.vpTop] = (LATENT_HEAT * VAPOUR_DENSITY_FACTOR * m.topHeight) / Tt;

  convection(m, T, inp);
  radiation(m, T, inp);
  airExchange(m, T, inp, rhoA, rhoT);
  vapour(m, T);
}

function convection(m: GreenhouseModel, T: Float64Array, inp: GreenhouseInputs): void {
  const c = m.coef;
  const rc = m.coverToFloorRatio;
  const Ta = T[GH.air]!;
  const Ts = T[GH.screen]!;
  const Tp = T[GH.pipe]!;
  c.canAir = 2 * ALPHA_LEAF_AIR * m.lai;
  const dFA = T[GH.floor]! - Ta;
  c.airFlr = dFA > 0 ? 1.7 * fastPow(dFA, 0.33) : 1.3 * fastPow(-dFA, 0.25);
  c.freeAirScr = free(Ta - Ts);
  c.freeScrTop = free(Ts - T[GH.top]!);
  c.topCov = C_HEC_IN * free(T[GH.top]! - T[GH.coverIn]!) * rc;
  c.covCond = rc / m.coverLayerResistance;
  c.covOut = (C_HEC_OUT1 + C_HEC_OUT2 * inp.windSpeed) * rc;
  // secant at |ΔT| ≥ 0.1 K so the pipe always has a heat path
  c.pipeAir = pipeConvectionCoefficient(m.pipeRail, Math.max(Math.abs(Tp - Ta), 0.1));
  c.soil[0] = 2 / (FLOOR_THICKNESS / FLOOR_CONDUCTIVITY + SOIL_LAYERS[0] / SOIL_CONDUCTIVITY);
  for (let i = 1; i < 5; i++) c.soil[i] = (2 * SOIL_CONDUCTIVITY) / (SOIL_LAYERS[i - 1]! + SOIL_LAYERS[i]!);
  c.soilDeep = (2 * SOIL_CONDUCTIVITY) / (SOIL_LAYERS[4] + SOIL_OUTER_LAYER);
}

/** The screen's convective films, both sides ([V] Table 8.4), and the link that parks a folded screen. */
function convectionScreen(m: GreenhouseModel, u: number): void {
  const c = m.coef;
  c.airScr = C_HEC_SCREEN * u * c.freeAirScr + PARK * (1 - u);
  c.scrTop = C_HEC_SCREEN * u * c.freeScrTop;
}

/** Far-infrared exchange ([V] eq. 8.37, Table 8.3); canopy, floor and sky black; cover FIR-opaque. */
function radiation(m: GreenhouseModel, T: Float64Array, inp: GreenhouseInputs): void {
  const c = m.coef;
  const k = m.k;
  const eC = m.coverEmissivity;
  const eP = m.pipeRail.emissivity;
  const Tc = T[GH.canopy]!;
  const Tf = T[GH.floor]!;
  const Tp = T[GH.pipe]!;
  c.canFlr = firConductance(k.aCan, 1, 1, k.fCanFlr, Tc, Tf);
  c.pipeFlr = firConductance(k.aPipe, eP, 1, 0.49, Tp, Tf);
  c.pipeCan = firConductance(k.aPipe, eP, 1, k.fPipeCan, Tp, Tc);
  c.covSky = firConductance(1, eC, 1, 1, T[GH.coverOut]!, inp.skyT); // [V]: per m² floor
}

/** The far-infrared paths through or to the screen ([V] eq. 8.37, Table 8.3): a closure u screens them. */
function radiationScreen(m: GreenhouseModel, T: Float64Array, u: number): void {
  const c = m.coef;
  const k = m.k;
  const eC = m.coverEmissivity;
  const eS = SCREEN.firEmissivity;
  const eP = m.pipeRail.emissivity;
  const tauS = 1 - u * (1 - SCREEN.firTransmission);
  const Tc = T[GH.canopy]!;
  const Tf = T[GH.floor]!;
  const Tp = T[GH.pipe]!;
  const Ts = T[GH.screen]!;
  const Tci = T[GH.coverIn]!;
  c.canCov = firConductance(k.aCan, 1, eC, tauS, Tc, Tci);
  c.canScr = firConductance(k.aCan, 1, eS, u, Tc, Ts);
  c.pipeCov = firConductance(k.aPipe, eP, eC, tauS * k.fPipeUp, Tp, Tci);
  c.pipeScr = firConductance(k.aPipe, eP, eS, u * k.fPipeUp, Tp, Ts);
  c.flrCov = firConductance(1, 1, eC, tauS * k.fFlrUp, Tf, Tci);
  c.flrScr = firConductance(1, 1, eS, u * k.fFlrUp, Tf, Ts);
  c.scrCov = firConductance(1, eS, eC, u, Ts, Tci);
}

/** Air exchange: through the screen ([V] eq. 8.55), leakage ([V] eq. 8.64, [K] 7.4.8), roof vents ([V] eq. 8.66). */
function airExchange(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  rhoA: number,
  rhoT: number,
): void {
  const c = m.coef;
  const Ta = T[GH.air]!;
  const Tt = T[GH.top]!;
  const To = inp.outdoorT;
  const rhoM = 0.5 * (rhoA + rhoT);
  // buoyancy through the open part; |Δρ| from |ΔT| (ideal gas, equal pressure), |ΔT| ≥ 0.1 K regularises the
  // square root's infinite slope at ΔT = 0 (as Modelica.Fluid.Utilities.regRoot does)
  c.dRho = (rhoM * Math.max(Math.abs(Ta - Tt), 0.1)) / (0.5 * (Ta + Tt));
  c.rhoMean = rhoM;
  c.dT066 = fastPow(Math.abs(Ta - Tt), 0.66);
  const wind = Math.max(inp.windSpeed, LEAKAGE_MIN_WIND);
  const fLeak = ((m.leakageACH / 3600) * m.meanHeight * wind) / LEAKAGE_RATING_WIND;
  c.airOut = rhoA * AIR_CP * (1 - LEAKAGE_TOP_SHARE) * fLeak;
  c.vAirOut = VAPOUR_DENSITY_FACTOR * (1 - LEAKAGE_TOP_SHARE) * fLeak;
  c.topOut = rhoT * AIR_CP * LEAKAGE_TOP_SHARE * fLeak;
  c.vTopOut = VAPOUR_DENSITY_FACTOR * LEAKAGE_TOP_SHARE * fLeak;
  const stack = (GRAVITY * m.ventHeight * (Ta - To)) / (Ta + To); // g·h·ΔT/(2·T_mean)
  const fVent =
    ((m.roofVentShare * VENT_DISCHARGE) / 2) *
    Math.sqrt(Math.abs(stack + VENT_WIND_PRESSURE * inp.windSpeed ** 2));
  c.ventMax = rhoT * AIR_CP * fVent;
  c.vVentMax = VAPOUR_DENSITY_FACTOR * fVent;
  c.invTa = 1 / Ta;
  c.invTt = 1 / Tt;
  c.invTo = 1 / To;
  c.vpOut = inp.outdoorVapourPressure ?? 0.8 * es(To);
}

/** Air exchange through the screen ([V] eq. 8.55): the closed part's porosity, the open part's buoyancy. */
function airExchangeScreen(m: GreenhouseModel, u: number): void {
  const c = m.coef;
  const rhoM = c.rhoMean;
  const fScr =
    u * SCREEN.fluxCoefficient * c.dT066 +
    ((1 - u) / rhoM) * Math.sqrt(0.5 * rhoM * (1 - u) * GRAVITY * c.dRho);
  c.airTop = rhoM * AIR_CP * fScr;
  c.vAirTop = VAPOUR_DENSITY_FACTOR * fScr;
}

/**
 * Short-wave absorption: roof, screen (only while closed), canopy and floor as a reflecting stack
 * (shortwave.ts); a share η_GlobAir of what crop and floor would absorb heats the air instead, absorbed by
 * the construction, gutters and pipes ([V] eq. 8.35, Table 8.2 η_GlobAir = 0.1).
 */
function solar(m: GreenhouseModel, inp: GreenhouseInputs, u: number): void {
  const c = m.coef;
  const I = inp.solarOnCover;
  // no light (the night): every absorbed share times 0, so the open screen's shares stand for any closure
  const s =
    u === 0 || I === 0
      ? m.k.solarOpen
      : u === 1
        ? m.k.solarClosed
        : coverSolarShares(m.cover, m.lai, u, SHARES);
  c.sCov = s.roof * I;
  c.sScr = s.screen * I;
  c.sAir = ETA_GLOB_AIR * (s.canopy + s.floor) * I;
  c.sCan = (1 - ETA_GLOB_AIR) * s.canopy * I;
  c.sFlr = (1 - ETA_GLOB_AIR) * s.floor * I;
}

/** Saturation pressures of canopy, screen and cover, and condensation on the cover ([V] eq. 8.43). */
function vapour(m: GreenhouseModel, T: Float64Array): void {
  const c = m.coef;
  const Tc = T[GH.canopy]!;
  c.esC = es(Tc);
  c.sC = esSlope(Tc);
  c.tc0 = Tc;
  const Ts = T[GH.screen]!;
  c.esS = es(Ts);
  c.sS = esSlope(Ts);
  c.ts0 = Ts;
  c.condScrSwitch = 1 + Math.exp(-CONDENSATION_SWITCH * (T[GH.vpAir]! - c.esS));
  const Tci = T[GH.coverIn]!;
  c.esCi = es(Tci);
  c.sCi = esSlope(Tci);
  c.tci0 = Tci;
  c.kCov = condensation(c.topCov, T[GH.vpTop]! - c.esCi);
  if (m.dry) c.kCov = 0;
}

/**
 * Transpiration ([V] eqs. 8.47–8.53: the screen shades the crop) and condensation on the screen ([V] eq. 8.43,
 * its switch from `vapour`).
 */
function vapourScreen(m: GreenhouseModel, T: Float64Array, inp: GreenhouseInputs, u: number): void {
  const c = m.coef;
  const vpA = T[GH.vpAir]!;
  const Ican =
    (1 - ETA_GLOB_AIR) * m.cover.solarTransmittance * (1 - u * (1 - SCREEN.tau)) * inp.solarOnCover;
  const sRs = 1 / (1 + Math.exp(-(Ican - R_CAN_SP)));
  const cEvap3 = C_EVAP3_NIGHT * (1 - sRs) + C_EVAP3_DAY * sRs;
  const cEvap4 = C_EVAP4_NIGHT * (1 - sRs) + C_EVAP4_DAY * sRs;
  const rfR = (Ican + C_EVAP1) / (Ican + C_EVAP2);
  const dco2 = m.co2Ppm - 200;
  const rfCo2 = Math.min(1.5, 1 + cEvap3 * dco2 * dco2);
  const vpd = c.esC - vpA;
  const rfVp = Math.min(5.8, 1 + cEvap4 * vpd * vpd);
  const rS = R_S_MIN * rfR * rfCo2 * rfVp;
  c.vec = (2 * c.rhoAir * AIR_CP * m.lai) / (LATENT_HEAT * PSYCHROMETRIC * (R_B + rS));
  c.kScr = (CONDENSATION_FACTOR * (C_HEC_SCREEN * u * c.freeAirScr)) / c.condScrSwitch;
  if (m.dry) {
    c.vec = 0;
    c.kScr = 0;
  }
}

/** Heating water along the rail: exponential profile (see model.ts), φ(N) = N·e^−N/(1 − e^−N). */
function water(m: GreenhouseModel, T: Float64Array, inp: GreenhouseInputs): void {
  const c = m.coef;
  const mcp = (inp.pipeMassFlow * m.pipeWaterCp) / m.floorArea;
  c.mcp = mcp;
  const gP = c.pipeAir + c.pipeCan + c.pipeFlr + c.pipeCov + c.pipeScr;
  c.tEnv =
    gP > 0
      ? (c.pipeAir * T[GH.air]! +
          c.pipeCan * T[GH.canopy]! +
          c.pipeFlr * T[GH.floor]! +
          c.pipeCov * T[GH.coverIn]! +
          c.pipeScr * T[GH.screen]!) /
        gP
      : T[GH.air]!;
  c.phi = mcp > 0 ? outletFromMean(gP / mcp) : 0;
}

/** φ(N) = N·e^−N/(1 − e^−N), series below 1e-4 (pipeRail.exponentialProfile, allocation-free). */
function outletFromMean(ntu: number): number {
  if (ntu < 1e-4) return 1 - ntu / 2 + (ntu * ntu) / 12;
  if (ntu > 700) return 0;
  return (ntu * Math.exp(-ntu)) / -Math.expm1(-ntu);
}

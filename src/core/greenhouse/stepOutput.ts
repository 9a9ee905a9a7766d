/**
 * What a greenhouse step reports: the flows between the nodes, with this step's coefficients and its end-of-step
 * state (per m² → whole greenhouse), and the step's first-law and vapour residuals.
 */
import * as K from './constants';
import type { GreenhouseModel } from './params';
import * as P from './physics';
import * as St from './state';
import type { GreenhouseInputs, GreenhouseStepOutput } from './types';
const { saturationVapourPressure } = P;
const { GH, GH_STATES: N } = St;
const { LATENT_HEAT: L } = K;

/** Flows with this step's coefficients and end-of-step state x (per m² → whole greenhouse). */
export function fillStepOutput(
  m: GreenhouseModel,
  T0: Float64Array,
  x: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  o: number,
  out: GreenhouseStepOutput,
): void {
  const water = pipeFlows(m, x, inp, out);
  surfaceFlows(m, x, inp, out);
  const c = m.coef;
  out.ventOpening = o;
  out.screenClosed = c.screen;
  const mOut = vapourFlows(m, x, o, out);
  const solar = solarFlows(m, out);
  balances(m, T0, x, inp, dt, o, water, solar, mOut, out);
}

/** The heating pipes: water heat, outlet, and what the rail gives each surface; returns the water heat per m². */
function pipeFlows(
  m: GreenhouseModel,
  x: Float64Array,
  inp: GreenhouseInputs,
  out: GreenhouseStepOutput,
): number {
  const c = m.coef;
  const A = m.floorArea;
  const Tp = x[GH.pipe]!;
  const tOut = c.mcp > 0 ? c.tEnv + c.phi * (Tp - c.tEnv) : Tp;
  const water = c.mcp > 0 ? c.mcp * (inp.pipeInletT - tOut) : 0;
  out.pipeMeanT = Tp;
  out.pipeOutletT = tOut;
  out.pipeWaterHeat = water * A;
  out.pipeToAir = c.pipeAir * (Tp - x[GH.air]!) * A;
  out.pipeToCanopy = c.pipeCan * (Tp - x[GH.canopy]!) * A;
  out.pipeToFloor = c.pipeFlr * (Tp - x[GH.floor]!) * A;
  out.pipeToCover = c.pipeCov * (Tp - x[GH.coverIn]!) * A;
  out.pipeToScreen = c.pipeScr * (Tp - x[GH.screen]!) * A;
  out.pipeDelivered = out.pipeToAir + out.pipeToCanopy + out.pipeToFloor + out.pipeToCover + out.pipeToScreen;
  return water;
}

/** Canopy, floor, soil, air compartments and cover: the exchanges between the surfaces and with outside. */
function surfaceFlows(
  m: GreenhouseModel,
  x: Float64Array,
  inp: GreenhouseInputs,
  out: GreenhouseStepOutput,
): void {
  const c = m.coef;
  const A = m.floorArea;
  const Ta = x[GH.air]!;
  const Tt = x[GH.top]!;
  const Tci = x[GH.coverIn]!;
  const Tce = x[GH.coverOut]!;
  const Tc = x[GH.canopy]!;
  const Tf = x[GH.floor]!;
  const To = inp.outdoorT;
  out.canopyToAir = c.canAir * (Tc - Ta) * A;
  out.canopyToCover = c.canCov * (Tc - Tci) * A;
  out.canopyToFloor = c.canFlr * (Tc - Tf) * A;
  out.floorToAir = c.airFlr * (Tf - Ta) * A;
  out.floorToCover = c.flrCov * (Tf - Tci) * A;
  out.floorToSoil = c.soil[0]! * (Tf - x[GH.soil1]!) * A;
  out.soilToDeep = c.soilDeep * (x[GH.soil5]! - (inp.deepSoilT ?? m.deepSoilT)) * A;
  out.airToCover = c.topCov * (Tt - Tci) * A;
  out.airToScreen = c.airScr * (Ta - x[GH.screen]!) * A;
  out.airToTop = c.airTop * (Ta - Tt) * A;
  out.coverConduction = c.covCond * (Tci - Tce) * A;
  const conv = c.covOut * (Tce - To);
  const sky = c.covSky * (Tce - inp.skyT);
  out.coverToOutside = conv * A;
  out.coverToSky = sky * A;
  out.coverLoss = (conv + sky) * A;
  out.infiltrationLoss = (c.airOut * (Ta - To) + c.topOut * (Tt - To)) * A;
}

/** The step's vapour mass flows per m², kg/(m²·s): leaving, transpired, condensed on screen and cover. */
const VAP = { mOut: 0, mTr: 0, mScr: 0, mCov: 0 };

/** Vapour flows as latent heat (VAP), and the relative humidity; returns the vapour leaving per m², kg/(m²·s). */
function vapourFlows(m: GreenhouseModel, x: Float64Array, o: number, out: GreenhouseStepOutput): number {
  const c = m.coef;
  const A = m.floorArea;
  const eA = x[GH.vpAir]!;
  const eT = x[GH.vpTop]!;
  const eO = c.vpOut * c.invTo;
  const mOut = c.vAirOut * (eA * c.invTa - eO) + (c.vTopOut + o * c.vVentMax) * (eT * c.invTt - eO);
  const mTr = c.vec * (c.esC + c.sC * (x[GH.canopy]! - c.tc0) - eA);
  const mScr = c.kScr * (eA - c.esS - c.sS * (x[GH.screen]! - c.ts0));
  const mCov = c.kCov * (eT - c.esCi - c.sCi * (x[GH.coverIn]! - c.tci0));
  out.latentLoss = L * mOut * A;
  out.transpirationLatent = L * mTr * A;
  out.condensationScreen = L * mScr * A;
  out.condensationCover = L * mCov * A;
  out.relativeHumidity = eA / saturationVapourPressure(x[GH.air]!);
  VAP.mOut = mOut;
  VAP.mTr = mTr;
  VAP.mScr = mScr;
  VAP.mCov = mCov;
  return mOut;
}

/** Absorbed sun per surface; returns the total per m². */
function solarFlows(m: GreenhouseModel, out: GreenhouseStepOutput): number {
  const c = m.coef;
  const A = m.floorArea;
  out.solarToCover = c.sCov * A;
  out.solarToAir = c.sAir * A;
  out.solarToScreen = c.sScr * A;
  out.solarToCanopy = c.sCan * A;
  out.solarToFloor = c.sFlr * A;
  const solar = c.sCov + c.sAir + c.sScr + c.sCan + c.sFlr;
  out.solarAbsorbed = solar * A;
  return solar;
}

/**
 * Stored energy and the first-law and vapour residuals of the step (per m², the boundary flows recomputed from
 * the per-m² terms so the residual does not depend on the floor area's rounding).
 */
function balances(
  m: GreenhouseModel,
  T0: Float64Array,
  x: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  o: number,
  water: number,
  solar: number,
  mOut: number,
  out: GreenhouseStepOutput,
): void {
  const c = m.coef;
  const A = m.floorArea;
  const To = inp.outdoorT;
  const Ta = x[GH.air]!;
  const Tt = x[GH.top]!;
  const Tce = x[GH.coverOut]!;
  const conv = c.covOut * (Tce - To);
  const sky = c.covSky * (Tce - inp.skyT);
  const leak = c.airOut * (Ta - To) + c.topOut * (Tt - To);
  const vent = o * c.ventMax * (Tt - To);
  out.ventilationLoss = vent * A;
  const soil = c.soilDeep * (x[GH.soil5]! - (inp.deepSoilT ?? m.deepSoilT));
  let dE = 0;
  for (let i = 0; i < N; i++) dE += m.cap[i]! * (x[i]! - T0[i]!);
  const stored = dE / dt;
  const lOut = L * mOut;
  const boundary = water + solar - conv - sky - leak - vent - soil - lOut;
  const scale =
    Math.abs(water) +
    solar +
    Math.abs(conv) +
    Math.abs(sky) +
    Math.abs(leak) +
    Math.abs(vent) +
    Math.abs(soil) +
    Math.abs(lOut) +
    Math.abs(stored);
  out.storedEnergyRate = stored * A;
  out.energyResidual = (stored - boundary) * A;
  out.energyResidualRelative = scale > 0 ? Math.abs(stored - boundary) / scale : 0;
  const eA = x[GH.vpAir]!;
  const eT = x[GH.vpTop]!;
  const latentStored =
    (m.cap[GH.vpAir]! * (eA - T0[GH.vpAir]!) + m.cap[GH.vpTop]! * (eT - T0[GH.vpTop]!)) / dt;
  const { mTr, mScr, mCov } = VAP;
  const vScale =
    Math.abs(latentStored) + L * (Math.abs(mTr) + Math.abs(mScr) + Math.abs(mCov) + Math.abs(mOut));
  const vRes = latentStored - L * (mTr - mScr - mCov - mOut);
  out.vapourResidualRelative = vScale > 0 ? Math.abs(vRes) / vScale : 0;
}

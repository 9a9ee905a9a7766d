/**
 * One linearly-implicit (backward) Euler step of the greenhouse and its reported flows. The roof vents'
 * excess-heat controller is solved implicitly with the end-of-step air temperature: opening the vents adds
 * o·G to two diagonal entries (top-compartment temperature and vapour), so by the Woodbury identity the
 * end-of-step state is x0 + W·c(o) with x0 = A⁻¹b, W = A⁻¹[e_top, e_vpTop] and c(o) from a 2×2 system; the
 * scalar controller equation o = min(ventCold, max(ventHeat(T_air(o)), ventRh)) is then bisected cheaply.
 */
import * as E from '../errors';
import * as Asm from './assemble';
import * as K from './constants';
import * as Co from './coefficients';
import * as Ctl from './control';
import type { GreenhouseModel } from './params';
import * as P from './physics';
import * as SR from './screenRoot';
import * as St from './state';
import type { GreenhouseInputs, GreenhouseStepOutput } from './types';
const { requireFinite } = E;
const { screenContext, screenRoot } = SR;
const { saturationVapourPressure } = P;
const { computeCoefficients } = Co;
const { addVents, assemble } = Asm;
const { GH, GH_STATES: N, validateState } = St;
const { ventHeat, screenClosure } = Ctl;
const { LATENT_HEAT: L } = K;

/** The inputs' ranges (one declaration: the fast check and the error messages both read it). */
const RANGE = Object.freeze({
  outdoorT: { min: 193.15, max: 343.15, unit: 'K' },
  skyT: { min: 150, max: 343.15, unit: 'K' },
  windSpeed: { min: 0, max: 60, unit: 'm/s' },
  solarOnCover: { min: 0, max: 1500, unit: 'W/m²' },
  pipeMassFlow: { min: 0, max: Number.POSITIVE_INFINITY, unit: 'kg/s' },
  pipeInletT: { min: 233.15, max: 423.15, unit: 'K' },
  screenClosed: { min: 0, max: 1, unit: '' },
  ventOpening: { min: 0, max: 1, unit: '' },
  outdoorVapourPressure: { min: 0, max: 2e4, unit: 'Pa' },
  heatingSetpoint: { min: 263.15, max: 323.15, unit: 'K' },
  deepSoilT: { min: 223.15, max: 323.15, unit: 'K' },
});
type Ranged = keyof typeof RANGE;

function inRange(k: Ranged, v: number): boolean {
  const r = RANGE[k];
  return v >= r.min && v <= r.max && v < Number.POSITIVE_INFINITY;
}

/** Throws InputError naming the first input outside its range (RANGE). */
export function validateInputs(inp: GreenhouseInputs): void {
  if (inputsInRange(inp)) return;
  const check = (k: Ranged, v: number | undefined, when = true): void => {
    if (v !== undefined && when) requireFinite(`inputs.${k}`, v, RANGE[k].min, RANGE[k].max, RANGE[k].unit);
  };
  check('outdoorT', inp.outdoorT);
  check('skyT', inp.skyT);
  check('windSpeed', inp.windSpeed);
  check('solarOnCover', inp.solarOnCover);
  check('pipeMassFlow', inp.pipeMassFlow);
  check('pipeInletT', inp.pipeInletT, inp.pipeMassFlow > 0);
  check('screenClosed', inp.screenClosed);
  check('ventOpening', inp.ventOpening);
  check('outdoorVapourPressure', inp.outdoorVapourPressure);
  check('heatingSetpoint', inp.heatingSetpoint);
  check('deepSoilT', inp.deepSoilT);
}

/**
 * All of RANGE at once, for the hot loop (two calls per step): plain comparisons (NaN fails them), small enough
 * to be inlined, so no number is boxed for a call per field; `validateInputs` then names the failing field.
 */
function inputsInRange(inp: GreenhouseInputs): boolean {
  return (
    inRange('outdoorT', inp.outdoorT) &&
    inRange('skyT', inp.skyT) &&
    inRange('windSpeed', inp.windSpeed) &&
    inRange('solarOnCover', inp.solarOnCover) &&
    inRange('pipeMassFlow', inp.pipeMassFlow) &&
    (inp.pipeMassFlow === 0 || inRange('pipeInletT', inp.pipeInletT)) &&
    (inp.screenClosed === undefined || inRange('screenClosed', inp.screenClosed)) &&
    (inp.ventOpening === undefined || inRange('ventOpening', inp.ventOpening)) &&
    (inp.outdoorVapourPressure === undefined ||
      inRange('outdoorVapourPressure', inp.outdoorVapourPressure)) &&
    (inp.heatingSetpoint === undefined || inRange('heatingSetpoint', inp.heatingSetpoint)) &&
    (inp.deepSoilT === undefined || inRange('deepSoilT', inp.deepSoilT))
  );
}

const TOP = GH.top;
const VT = GH.vpTop;
const AIR = GH.air;
const VA = GH.vpAir;

/**
 * Advance `state` (in place) by `dt` seconds and fill `out`. Allocation-free. Throws InputError for out-of-range
 * inputs, PhysicsError if the state leaves its physical range.
 */
export function stepGreenhouse(
  m: GreenhouseModel,
  state: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  out: GreenhouseStepOutput,
): void {
  requireFinite('dt', dt, 1e-3, 1e7, 's');
  validateInputs(inp);
  validateState(state);
  const x = m.x;
  let o: number;
  if (!m.thermalScreen || inp.screenClosed !== undefined) {
    o = trial(m, state, inp, dt, undefined, x);
  } else {
    o = implicitScreen(m, state, inp, dt, x);
  }
  fillStepOutput(m, state, x, inp, dt, o, out);
  state.set(x);
}

/**
 * One solve of the step with the screen at `screen` (undefined: the inputs' or the controller's value at the
 * start of the step). Condensation with its switch frozen at the start of the step may turn into evaporation
 * from a dry surface by its end; where it does, the step is solved again with that surface dry (at most twice).
 */
function trial(
  m: GreenhouseModel,
  state: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  screen: number | undefined,
  x: Float64Array,
): number {
  computeCoefficients(m, state, inp, screen);
  assemble(m, state, inp, 1 / dt, true);
  let o = solveStep(m, inp, x);
  for (let pass = 0; pass < 2 && dryUp(m, x); pass++) {
    assemble(m, state, inp, 1 / dt, true);
    o = solveStep(m, inp, x);
  }
  return o;
}

/**
 * The screen controller evaluated with the end-of-step air ([K] ch. 4, implicitly):
 * u = screenClosure(T_out, T_air(u), RH_air(u)) — closed when cold outside, a gap when the house air is humid,
 * open when it is warm. GreenLight integrates its smooth controllers with a stiff solver, so the screen sits
 * where its rules balance; evaluated with the start-of-step air instead, a 15-min step opens the screen on a
 * humid sunny morning, dumps the top compartment's cold air into the house, shuts it again on the next step
 * and so on (the air swung between 19 and 23.5 °C and the valve fired at 400 W/m² into a sunlit house).
 * Root finding in screenRoot.ts; the first trial is the model's last root (usually the demand solve's).
 */
function implicitScreen(
  m: GreenhouseModel,
  state: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  x: Float64Array,
): number {
  const s = SCR;
  const cold = screenContext(m, inp, s);
  let u0 = m.demandScreenGuess >= 0 ? m.demandScreenGuess : m.screenGuess;
  if (!(u0 >= 0)) {
    const Ta = state[AIR]!;
    u0 = screenClosure(s.To, s.isDay, Ta, state[VA]! / saturationVapourPressure(Ta), s.sp, m.rhMax);
  }
  u0 = Math.min(u0, cold);
  s.m = m;
  s.state = state;
  s.inp = inp;
  s.dt = dt;
  s.x = x;
  const u = screenRoot(u0, SCREEN_PROBLEM.trial(u0), cold, SCREEN_PROBLEM);
  m.screenGuess = u;
  return s.o;
}

/** The implicit screen's problem (module scratch, so the residual is one function, not a closure per step). */
const SCR = {
  m: undefined as unknown as GreenhouseModel,
  state: new Float64Array(0) as Float64Array,
  inp: undefined as unknown as GreenhouseInputs,
  dt: 0,
  x: new Float64Array(0) as Float64Array,
  To: 0,
  isDay: false,
  sp: 0,
  /** Vent opening of the last trial. */
  o: 0,
};

/** r(u) = u − closure(end-of-step air at screen u), solving the step at u (screenRoot.ts). */
const SCREEN_PROBLEM: SR.ScreenProblem = {
  ta: 0,
  vp: 0,
  trial(u: number): number {
    const s = SCR;
    const x = s.x;
    s.o = trial(s.m, s.state, s.inp, s.dt, u, x);
    this.ta = x[AIR]!;
    this.vp = x[VA]!;
    return u - this.closure(this.ta, this.vp);
  },
  closure(ta: number, vp: number): number {
    const s = SCR;
    return screenClosure(s.To, s.isDay, ta, vp / saturationVapourPressure(ta), s.sp, s.m.rhMax);
  },
};

/** Factorise and solve the assembled step (with the vents prescribed or solved implicitly); returns the opening. */
function solveStep(m: GreenhouseModel, inp: GreenhouseInputs, x: Float64Array): number {
  if (inp.ventOpening !== undefined) {
    addVents(m, inp, inp.ventOpening);
    m.lu.factor(m.A, 'greenhouse heat balance');
    m.lu.solve(m.b, x);
    return inp.ventOpening;
  }
  m.lu.factor(m.A, 'greenhouse heat balance');
  m.lu.solve(m.b, x);
  return implicitVents(m, inp, x);
}

/**
 * Switch off condensation on a surface whose end-of-step flux came out negative (evaporation from a dry
 * screen or cover: [V] eq. 8.43's switch is ≈ 0 there) or whose linearised saturation pressure fell below zero
 * (a surface that cooled by tens of kelvin within one step); true if anything changed.
 */
export function dryUp(m: GreenhouseModel, x: Float64Array): boolean {
  const c = m.coef;
  let changed = false;
  const esS = c.esS + c.sS * (x[GH.screen]! - c.ts0);
  if (c.kScr > 0 && (x[GH.vpAir]! < esS || esS < 0)) {
    c.kScr = 0;
    changed = true;
  }
  const esC = c.esCi + c.sCi * (x[GH.coverIn]! - c.tci0);
  if (c.kCov > 0 && (x[GH.vpTop]! < esC || esC < 0)) {
    c.kCov = 0;
    changed = true;
  }
  if (c.vec > 0 && c.esC + c.sC * (x[GH.canopy]! - c.tc0) < 0) {
    c.vec = 0; // a canopy that cooled so far its linearised saturation pressure went negative: no exchange
    changed = true;
  }
  return changed;
}

/** Solve the vent controller with the end-of-step air temperature; updates x (= x0 on entry) to x(o). */
function implicitVents(m: GreenhouseModel, inp: GreenhouseInputs, x: Float64Array): number {
  const c = m.coef;
  if (c.cold <= 0 || c.ventMax <= 0) return 0;
  const w1 = m.w1;
  const w2 = m.w2;
  w1.fill(0);
  w1[TOP] = 1;
  m.lu.solve(w1, w1);
  w2.fill(0);
  w2[VT] = 1;
  m.lu.solve(w2, w2);
  const V = m.vent;
  const g1 = c.ventMax;
  const g2 = L * c.vVentMax * c.invTt;
  V[0] = g1;
  V[1] = g2;
  V[2] = w1[TOP]!;
  V[3] = w2[TOP]!;
  V[4] = w1[VT]!;
  V[5] = w2[VT]!;
  V[6] = g1 * inp.outdoorT - g1 * x[TOP]!;
  V[7] = g2 * c.vpOut * (c.invTo / c.invTt) - g2 * x[VT]!;
  V[8] = x[AIR]!;
  V[9] = w1[AIR]!;
  V[10] = w2[AIR]!;
  const sp = c.heatingSetpoint;
  // the humidity/cold part alone; the excess-heat part only matters where it asks for more
  let o = Math.min(c.cold, c.rh);
  const vh = ventHeat(airAt(V, o), sp, m.ventOffset, m.ventBand);
  if (vh > o && o < c.cold) o = solveHeatVents(m, V, o, c.cold);
  airAt(V, o);
  const c1 = V[11]!;
  const c2 = V[12]!;
  for (let i = 0; i < N; i++) x[i]! += w1[i]! * c1 + w2[i]! * c2;
  return o;
}

/**
 * End-of-step air temperature at vent opening o by the Woodbury identity: (I + o·G·W₂₂)·c = o·(h − G·x0₂),
 * T_air = x0_air + W_air·c (scalars in V, see implicitVents); leaves c in V[11], V[12].
 */
function airAt(V: Float64Array, o: number): number {
  const m11 = 1 + o * V[0]! * V[2]!;
  const m12 = o * V[0]! * V[3]!;
  const m21 = o * V[1]! * V[4]!;
  const m22 = 1 + o * V[1]! * V[5]!;
  const det = m11 * m22 - m12 * m21;
  const c1 = (o * (V[6]! * m22 - m12 * V[7]!)) / det;
  const c2 = (o * (m11 * V[7]! - m21 * V[6]!)) / det;
  V[11] = c1;
  V[12] = c2;
  return V[8]! + V[9]! * c1 + V[10]! * c2;
}

/** o − min(hi, ventHeat(T_air(o))) (solveHeatVents). */
function heatVentResidual(m: GreenhouseModel, V: Float64Array, hi: number, o: number): number {
  return o - Math.min(hi, ventHeat(airAt(V, o), m.coef.heatingSetpoint, m.ventOffset, m.ventBand));
}

/**
 * o = min(cold, ventHeat(T_air(o))) on [lo, hi] where the left side is below and the right side above: the
 * residual o − ventHeat(T_air(o)) is increasing (more vent, colder air, less asked for). Illinois false position
 * (Dowell & Jarratt 1971), to 1e-13.
 */
function solveHeatVents(m: GreenhouseModel, V: Float64Array, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  let fa = heatVentResidual(m, V, hi, a);
  let fb = heatVentResidual(m, V, hi, b);
  if (fb <= 0) return hi;
  let side = 0;
  for (let i = 0; i < 100 && b - a > 1e-13; i++) {
    const o = (a * fb - b * fa) / (fb - fa);
    const fo = heatVentResidual(m, V, hi, o);
    if (fo === 0) return o;
    if (fo < 0) {
      a = o;
      fa = fo;
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      b = o;
      fb = fo;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  return 0.5 * (a + b);
}

/** Flows with this step's coefficients and end-of-step state x (per m² → whole greenhouse). */
function fillStepOutput(
  m: GreenhouseModel,
  T0: Float64Array,
  x: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  o: number,
  out: GreenhouseStepOutput,
): void {
  const c = m.coef;
  const A = m.floorArea;
  const Ta = x[GH.air]!;
  const Tt = x[GH.top]!;
  const Ts = x[GH.screen]!;
  const Tci = x[GH.coverIn]!;
  const Tce = x[GH.coverOut]!;
  const Tc = x[GH.canopy]!;
  const Tf = x[GH.floor]!;
  const Tp = x[GH.pipe]!;
  const To = inp.outdoorT;
  const tOut = c.mcp > 0 ? c.tEnv + c.phi * (Tp - c.tEnv) : Tp;
  const water = c.mcp > 0 ? c.mcp * (inp.pipeInletT - tOut) : 0;
  out.pipeMeanT = Tp;
  out.pipeOutletT = tOut;
  out.pipeWaterHeat = water * A;
  out.pipeToAir = c.pipeAir * (Tp - Ta) * A;
  out.pipeToCanopy = c.pipeCan * (Tp - Tc) * A;
  out.pipeToFloor = c.pipeFlr * (Tp - Tf) * A;
  out.pipeToCover = c.pipeCov * (Tp - Tci) * A;
  out.pipeToScreen = c.pipeScr * (Tp - Ts) * A;
  out.pipeDelivered = out.pipeToAir + out.pipeToCanopy + out.pipeToFloor + out.pipeToCover + out.pipeToScreen;
  out.canopyToAir = c.canAir * (Tc - Ta) * A;
  out.canopyToCover = c.canCov * (Tc - Tci) * A;
  out.canopyToFloor = c.canFlr * (Tc - Tf) * A;
  out.floorToAir = c.airFlr * (Tf - Ta) * A;
  out.floorToCover = c.flrCov * (Tf - Tci) * A;
  out.floorToSoil = c.soil[0]! * (Tf - x[GH.soil1]!) * A;
  const soil = c.soilDeep * (x[GH.soil5]! - (inp.deepSoilT ?? m.deepSoilT));
  out.soilToDeep = soil * A;
  out.airToCover = c.topCov * (Tt - Tci) * A;
  out.airToScreen = c.airScr * (Ta - Ts) * A;
  out.airToTop = c.airTop * (Ta - Tt) * A;
  out.coverConduction = c.covCond * (Tci - Tce) * A;
  const conv = c.covOut * (Tce - To);
  const sky = c.covSky * (Tce - inp.skyT);
  out.coverToOutside = conv * A;
  out.coverToSky = sky * A;
  out.coverLoss = (conv + sky) * A;
  const leak = c.airOut * (Ta - To) + c.topOut * (Tt - To);
  const vent = o * c.ventMax * (Tt - To);
  out.infiltrationLoss = leak * A;
  out.ventilationLoss = vent * A;
  out.ventOpening = o;
  out.screenClosed = c.screen;
  // vapour flows, kg/(m²·s)
  const eA = x[GH.vpAir]!;
  const eT = x[GH.vpTop]!;
  const eO = c.vpOut * c.invTo;
  const mOut = c.vAirOut * (eA * c.invTa - eO) + (c.vTopOut + o * c.vVentMax) * (eT * c.invTt - eO);
  const mTr = c.vec * (c.esC + c.sC * (Tc - c.tc0) - eA);
  const mScr = c.kScr * (eA - c.esS - c.sS * (Ts - c.ts0));
  const mCov = c.kCov * (eT - c.esCi - c.sCi * (Tci - c.tci0));
  out.latentLoss = L * mOut * A;
  out.transpirationLatent = L * mTr * A;
  out.condensationScreen = L * mScr * A;
  out.condensationCover = L * mCov * A;
  out.relativeHumidity = eA / saturationVapourPressure(Ta);
  const solar = c.sCov + c.sAir + c.sScr + c.sCan + c.sFlr;
  out.solarToCover = c.sCov * A;
  out.solarToAir = c.sAir * A;
  out.solarToScreen = c.sScr * A;
  out.solarToCanopy = c.sCan * A;
  out.solarToFloor = c.sFlr * A;
  out.solarAbsorbed = solar * A;
  let dE = 0;
  for (let i = 0; i < N; i++) dE += m.cap[i]! * (x[i]! - T0[i]!);
  const stored = dE / dt;
  const latentStored =
    (m.cap[GH.vpAir]! * (eA - T0[GH.vpAir]!) + m.cap[GH.vpTop]! * (eT - T0[GH.vpTop]!)) / dt;
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
  const vScale =
    Math.abs(latentStored) + L * (Math.abs(mTr) + Math.abs(mScr) + Math.abs(mCov) + Math.abs(mOut));
  const vRes = latentStored - L * (mTr - mScr - mCov - mOut);
  out.vapourResidualRelative = vScale > 0 ? Math.abs(vRes) / vScale : 0;
}

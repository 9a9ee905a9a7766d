/**
 * One linearly-implicit (backward) Euler step of the greenhouse and its reported flows. The roof vents'
 * excess-heat controller is solved implicitly with the end-of-step air temperature: opening the vents adds
 * o·G to two diagonal entries (top-compartment temperature and vapour), so by the Woodbury identity the
 * end-of-step state is x0 + W·c(o) with x0 = A⁻¹b, W = A⁻¹[e_top, e_vpTop] and c(o) from a 2×2 system; the
 * scalar controller equation o = min(ventCold, max(ventHeat(T_air(o)), ventRh)) is then bisected cheaply.
 * Inputs and their ranges in inputs.ts, the reported flows in stepOutput.ts.
 */
import * as E from '../errors';
import * as Asm from './assemble';
import * as K from './constants';
import * as Co from './coefficients';
import * as Ctl from './control';
import type { GreenhouseModel } from './params';
import * as P from './physics';
import * as SR from './screenRoot';
import * as In from './inputs';
import * as St from './state';
import * as Out from './stepOutput';
import type { GreenhouseInputs, GreenhouseStepOutput } from './types';
const { requireFinite } = E;
const { validateInputs } = In;
const { fillStepOutput } = Out;
const { screenContext, screenRoot } = SR;
const { saturationVapourPressure } = P;
const { computeCoefficients } = Co;
const { addVents, assemble } = Asm;
const { GH, GH_STATES: N, validateState } = St;
const { ventHeat, screenClosure, screenClosureAt } = Ctl;
const { LATENT_HEAT: L } = K;

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
  const guessed = guessDryScreen(m, state);
  const coverGuessed = guessDryCover(m, state);
  assemble(m, state, inp, 1 / dt, true);
  let o = solveStep(m, inp, x);
  // both checks run (dryUp below only switches surfaces off, so a wrong guess must be undone here)
  const screenWrong = dryScreenGuessWrong(m, x, guessed);
  if (dryCoverGuessWrong(m, x, coverGuessed) || screenWrong) {
    assemble(m, state, inp, 1 / dt, true);
    o = solveStep(m, inp, x);
  }
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
  s.cold = cold;
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
  /** The screen's cold-outside part (screenCold) for this step. */
  cold: 0,
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
    return screenClosureAt(s.cold, ta, vp / saturationVapourPressure(ta), s.sp, s.m.rhMax);
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
 * Condensation on a screen that is dry at the start of the step (e_air < e_s(T_screen)) is switched off before
 * the first solve; true if it was. Such a screen is still dry at the end of the step in 9 of 10 cases (the
 * Manitoba year), and `dryUp` would switch it off only after a solve thrown away. Where the end of the step
 * says otherwise (`dryScreenGuessWrong`) the caller solves again with it on. Either way the result is the one of solving
 * with it on first: for a fixed vent opening, the end-of-step difference d = e_air − e_s(T_screen) with
 * condensation coefficient k is d(0)/(1 + k·γ) — Sherman–Morrison on the rank-one condensation term k·u·vᵀ,
 * γ = vᵀA⁻¹u > 0 since det(A + k·u·vᵀ) = det(A)·(1 + k·γ) keeps its sign for the diagonally dominant step
 * matrix — so d has the same sign with condensation and without.
 */
export function guessDryScreen(m: GreenhouseModel, state: Float64Array): boolean {
  const c = m.coef;
  if (!(c.kScr > 0 && state[GH.vpAir]! < c.esS)) return false;
  c.kScr = 0;
  return true;
}

/**
 * The same guess for the inner cover ([V] eq. 8.43 between the top compartment and the cover): condensation on
 * a cover whose top air starts below its saturation (e_top < e_s(T_cover,in)) is switched off before the step's
 * first solve; true if it was. The Sherman–Morrison argument of `guessDryScreen` holds for the cover's rank-one
 * term (the top compartment's vapour row and the cover's heat row). Used in the step only: on the Manitoba
 * year it takes the step's first screen trial from 1.255 to 1.126 solves per step, while in the demand, whose
 * air is held at the set-point for 30 min, a cover dry at the start turns wet more often than not (1.144 → 1.233).
 */
export function guessDryCover(m: GreenhouseModel, state: Float64Array): boolean {
  const c = m.coef;
  if (!(c.kCov > 0 && state[GH.vpTop]! < c.esCi)) return false;
  c.kCov = 0;
  return true;
}

/** Whether a cover `guessDryCover` switched off condenses at the end of the step (as `dryScreenGuessWrong`). */
export function dryCoverGuessWrong(m: GreenhouseModel, x: Float64Array, guessed: boolean): boolean {
  if (!guessed) return false;
  const c = m.coef;
  const esC = c.esCi + c.sCi * (x[GH.coverIn]! - c.tci0);
  if (x[GH.vpTop]! < esC) return false;
  c.kCov = c.kCov0;
  return true;
}

/**
 * Whether a screen `guessDryScreen` switched off asks for condensation at the end of the step: the air at or
 * above the screen's linearised e_s. If so its condensation is switched on again and the caller solves once
 * more; `dryUp` then judges that solve. A negative linearised e_s counts as condensing here: solved with its
 * condensation on (and its latent heat), the screen may stay above the temperature where e_s turns negative,
 * which is what the step without the guess would keep (a dry screen's d has the same sign on and off, but its
 * temperature does not).
 */
export function dryScreenGuessWrong(m: GreenhouseModel, x: Float64Array, guessed: boolean): boolean {
  if (!guessed) return false;
  const c = m.coef;
  const esS = c.esS + c.sS * (x[GH.screen]! - c.ts0);
  if (x[GH.vpAir]! < esS) return false;
  c.kScr = c.kScr0;
  return true;
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

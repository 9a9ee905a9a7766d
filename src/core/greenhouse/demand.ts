/**
 * Heat demand (the heat the pipes must supply so that the air ends the step at its set-point), steady states,
 * and the cover's U-value at the catalogue rating condition.
 */
import { ZERO_CELSIUS } from '../errors';
import * as E from '../errors';
import * as Asm from './assemble';
import * as K from './constants';
import * as Co from './coefficients';
import * as Ctl from './control';
import { buildGreenhouse, type GreenhouseModel, type GreenhouseParams } from './params';
import * as P from './physics';
import * as SR from './screenRoot';
import * as St from './state';
import * as In from './inputs';
import * as Step from './step';
import * as Out from './stepOutput';
import {
  type GreenhouseInputs,
  type GreenhouseStepOutput,
  greenhouseInputs,
  HeatDemandOutput,
} from './types';
const { PhysicsError, requireFinite } = E;
const { saturationVapourPressure } = P;
const { screenContext, screenRoot } = SR;
const { dryUp, dryScreenGuessWrong, guessDryScreen } = Step;
const { validateInputs } = In;
const { fillStepOutput } = Out;
const { computeCoefficients } = Co;
const { addVents, assemble } = Asm;
const { GH, GH_STATES: N, initialState, validateState } = St;
const { ventHeat, ventOpening, screenAirCold, screenCap, screenGapRule, screenHeat } = Ctl;
const { LATENT_HEAT: L } = K;

const AIR = GH.air;
const PIPE = GH.pipe;

/**
 * Solve the step with the air temperature fixed at `setpointT` and the water heat Q_w as the unknown instead
 * (the air column is replaced by −e_pipe). Writes the end-of-step state into Tnew.
 */
function demandSolve(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  setpointT: number,
  invDt: number,
  Tnew: Float64Array,
  out: HeatDemandOutput,
): void {
  let screen: number | undefined;
  let qw: number;
  if (m.thermalScreen && inp.screenClosed === undefined) {
    screen = demandScreen(m, T, inp, setpointT, invDt, Tnew);
    qw = m.coef.demandQ;
  } else qw = demandTrial(m, T, inp, setpointT, invDt, screen, Tnew);
  const c = m.coef;
  const o = c.demandVent;
  const fa = m.floorArea;
  const Tp = Tnew[PIPE]!;
  out.waterHeat = qw * fa;
  out.pipeMeanT = Tp;
  out.pipeDelivered =
    (c.pipeAir * (Tp - setpointT) +
      c.pipeCan * (Tp - Tnew[GH.canopy]!) +
      c.pipeFlr * (Tp - Tnew[GH.floor]!) +
      c.pipeCov * (Tp - Tnew[GH.coverIn]!) +
      c.pipeScr * (Tp - Tnew[GH.screen]!)) *
    fa;
  if (c.mcp > 0) {
    out.pipeOutletT = c.tEnv + c.phi * (Tp - c.tEnv);
    out.pipeInletT = out.pipeOutletT + qw / c.mcp;
  } else {
    out.pipeOutletT = Tp;
    out.pipeInletT = qw > 0 ? Number.POSITIVE_INFINITY : Tp;
  }
  out.ventOpening = o;
  out.screenClosed = c.screen;
  const Tce = Tnew[GH.coverOut]!;
  const Tt = Tnew[GH.top]!;
  const To = inp.outdoorT;
  out.coverLoss = (c.covOut * (Tce - To) + c.covSky * (Tce - inp.skyT) - c.sCov) * fa;
  out.airExchangeLoss = (c.airOut * (setpointT - To) + (c.topOut + o * c.ventMax) * (Tt - To)) * fa;
  const eO = c.vpOut * c.invTo;
  const mOut =
    c.vAirOut * (Tnew[GH.vpAir]! * c.invTa - eO) +
    (c.vTopOut + o * c.vVentMax) * (Tnew[GH.vpTop]! * c.invTt - eO);
  out.latentLoss = L * mOut * fa;
  out.soilToDeep = c.soilDeep * (Tnew[GH.soil5]! - (inp.deepSoilT ?? m.deepSoilT)) * fa;
  out.transpirationLatent = L * c.vec * (c.esC + c.sC * (Tnew[GH.canopy]! - c.tc0) - Tnew[GH.vpAir]!) * fa;
}

/** One demand solve with the screen at `screen`: coefficients, vents at the set-point, dry surfaces. */
function demandTrial(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  setpointT: number,
  invDt: number,
  screen: number | undefined,
  Tnew: Float64Array,
): number {
  const c = computeCoefficients(m, T, inp, screen);
  const o =
    inp.ventOpening ?? ventOpening(ventHeat(setpointT, c.heatingSetpoint, m.ventOffset, m.ventBand), c);
  c.demandVent = o;
  const guessed = guessDryScreen(m, T);
  let qw = solveDemand(m, T, inp, setpointT, invDt, o, Tnew);
  if (dryScreenGuessWrong(m, Tnew, guessed)) {
    qw = solveDemand(m, T, inp, setpointT, invDt, o, Tnew);
  }
  for (let pass = 0; pass < 2 && dryUp(m, Tnew); pass++)
    qw = solveDemand(m, T, inp, setpointT, invDt, o, Tnew);
  return qw;
}

/**
 * The screen as the controller sets it at the end of the step with the air at the set-point: the root of
 * u = screenClosure(T_set, RH(u)), as the step solves it (step.ts implicitScreen), so that stepping with the
 * demanded heat reproduces the set-point. Leaves the solve at the root in Tnew; returns the root.
 */
function demandScreen(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  setpointT: number,
  invDt: number,
  Tnew: Float64Array,
): number {
  const s = DSCR;
  const cold = screenContext(m, inp, s);
  let u0 = m.demandScreenGuess;
  if (!(u0 >= 0)) {
    const Ta = T[AIR]!;
    u0 = Math.min(
      screenCap(s.To, s.isDay, Ta, T[GH.vpAir]! / saturationVapourPressure(Ta), s.sp, m.rhMax),
      screenHeat(setpointT, s.sp),
    );
  }
  u0 = Math.min(u0, cold);
  s.m = m;
  s.T = T;
  s.inp = inp;
  s.setpointT = setpointT;
  s.invDt = invDt;
  s.Tnew = Tnew;
  s.esSet = saturationVapourPressure(setpointT);
  // the rule's parts that do not depend on the screen (the air is held at the set-point): once per solve
  s.cap = Math.min(cold, screenHeat(setpointT, s.sp));
  s.airCold = screenAirCold(setpointT, s.sp);
  const u = screenRoot(u0, DEMAND_SCREEN.trial(u0), cold, DEMAND_SCREEN, m.demandScreenSlope);
  m.demandScreenGuess = u;
  return u;
}

/** The demand's screen problem (module scratch, so the residual is one function, not a closure per step). */
const DSCR = {
  m: undefined as unknown as GreenhouseModel,
  T: new Float64Array(0) as Float64Array,
  inp: undefined as unknown as GreenhouseInputs,
  setpointT: 0,
  invDt: 0,
  Tnew: new Float64Array(0) as Float64Array,
  To: 0,
  isDay: false,
  sp: 0,
  esSet: 0,
  /** min(screenCold, screenHeat) at the set-point. */
  cap: 0,
  /** screenAirCold at the set-point. */
  airCold: 0,
};

/** r(u) = u − closure(set-point air, end-of-step humidity at screen u), solving the demand at u. */
const DEMAND_SCREEN: SR.ScreenProblem = {
  ta: 0,
  vp: 0,
  trial(u: number): number {
    const s = DSCR;
    const m = s.m;
    m.coef.demandQ = demandTrial(m, s.T, s.inp, s.setpointT, s.invDt, u, s.Tnew);
    this.ta = s.setpointT;
    this.vp = s.Tnew[GH.vpAir]!;
    return u - this.closure(this.ta, this.vp);
  },
  closure(_ta: number, vp: number): number {
    const s = DSCR;
    // screenClosure(T_out, T_set, RH) with its fixed parts taken once: min(cold, heat) is the cap
    return screenGapRule(s.cap, s.airCold, vp / s.esSet, s.m.rhMax);
  },
};

/**
 * The step with the air fixed at the set-point: returns Q_w per m² and leaves the state in Tnew. The water heat
 * enters the pipe row only, so by superposition x = y + Q_w·z with A·y = b and A·z = e_pipe (A the step's matrix
 * with the vents, without water: column diagonally dominant, factorised without pivoting), and
 * Q_w = (T_set − y_air)/z_air; z_air > 0 (heat into the pipe warms the air).
 */
function solveDemand(
  m: GreenhouseModel,
  T: Float64Array,
  inp: GreenhouseInputs,
  setpointT: number,
  invDt: number,
  o: number,
  Tnew: Float64Array,
): number {
  assemble(m, T, inp, invDt, false);
  addVents(m, inp, o);
  m.lu.factor(m.A, 'greenhouse heat demand');
  m.lu.solve(m.b, Tnew);
  const z = m.w1;
  z.fill(0);
  z[PIPE] = 1;
  m.lu.solve(z, z);
  const qw = (setpointT - Tnew[AIR]!) / z[AIR]!;
  for (let i = 0; i < N; i++) Tnew[i]! += qw * z[i]!;
  Tnew[AIR] = setpointT;
  return qw;
}

/**
 * Heat the pipes must supply during the next step of `dt` s so that the air is at `setpointT` at its end: one
 * linear solve of the same linearised step with the air temperature fixed. Does not change `state`. Stepping
 * with `inputs.pipeInletT = out.pipeInletT` (same flow, same vents and screen) reproduces the set-point.
 */
export function heatDemand(
  m: GreenhouseModel,
  state: Float64Array,
  inp: GreenhouseInputs,
  setpointT: number,
  dt: number,
  out: HeatDemandOutput = new HeatDemandOutput(),
): HeatDemandOutput {
  requireFinite('dt', dt, 1e-3, Infinity, 's');
  requireFinite('setpointT', setpointT, 263.15, 323.15, 'K');
  validateInputs(inp);
  validateState(state);
  demandSolve(m, state, inp, setpointT, 1 / dt, m.t1, out);
  m.demandHorizon = dt;
  return out;
}

/**
 * The step the last `heatDemand` solved, taken instead of solving it again: call right after `heatDemand(m,
 * state, inp, setpointT, dt)` with a horizon of `dt` (a step at least as long as the valve's horizon) and
 * `inp.pipeInletT` set to the demand's `pipeInletT`. The demand's end state is the step's own: the same
 * linearised step with the same coefficients, screen and vents, the water heat entering as the unknown
 * instead of through the inlet temperature that gives it (demandSolve), so stepping again reproduces it to
 * round-off and to the screen root's tolerance (SCREEN_TOL: the step's own search, started at the demand's
 * root, may stop elsewhere within it). Advances `state` to it and fills `out` as `stepGreenhouse` would.
 */
export function stepAsDemanded(
  m: GreenhouseModel,
  state: Float64Array,
  inp: GreenhouseInputs,
  dt: number,
  out: GreenhouseStepOutput,
): void {
  if (dt !== m.demandHorizon) {
    throw new Error(
      `stepAsDemanded: a step of ${dt} s after a demand over ${m.demandHorizon} s (its end state is only a step as long as its horizon)`,
    );
  }
  validateInputs(inp);
  fillStepOutput(m, state, m.t1, inp, dt, m.coef.demandVent, out);
  state.set(m.t1);
  if (m.thermalScreen && inp.screenClosed === undefined) m.screenGuess = m.demandScreenGuess;
}

/**
 * Steady state with the air held at `setpointT` and constant inputs: Picard iteration of the linearised
 * balance without storage (coefficients re-evaluated at the previous iterate) until the state changes by
 * < 1e-9 (K or Pa). `state` is the starting guess and receives the steady state. Throws a PhysicsError when it
 * does not converge or when the balance lies outside the model's range (validateState: e.g. pipes above 500 K to
 * hold the set-point in a house with too little pipe for it).
 */
export function steadyState(
  m: GreenhouseModel,
  inp: GreenhouseInputs,
  setpointT: number,
  state: Float64Array,
  out: HeatDemandOutput = new HeatDemandOutput(),
): HeatDemandOutput {
  validateInputs(inp);
  const Tn = m.t1;
  for (let it = 0; it < 400; it++) {
    demandSolve(m, state, inp, setpointT, 0, Tn, out);
    let d = 0;
    for (let i = 0; i < N; i++) d = Math.max(d, Math.abs(Tn[i]! - state[i]!));
    // under-relaxation after 100 iterations guards the |ΔT|^⅓ secant coefficients against a 2-cycle
    for (let i = 0; i < N; i++) state[i] = it < 100 ? Tn[i]! : 0.5 * (state[i]! + Tn[i]!);
    if (d < 1e-9) {
      // a balance the model cannot hold (pipes hotter than its range to keep the set-point) is no steady state
      validateState(state);
      return out;
    }
  }
  throw new PhysicsError(`greenhouse steady state did not converge at set-point ${setpointT} K`);
}

/**
 * Rating condition of the catalogue U-values: 20 °C inside, 0 °C outside, sky at the outdoor temperature
 * (overcast; EN ISO 6946 convention), wind 4 m/s (EN ISO 6946 R_se = 0.04 m²K/W), no sun, screen open, night,
 * dry air (no condensation), no leakage or vents.
 */
export const COVER_RATING_CONDITION = Object.freeze({
  airT: 293.15,
  outdoorT: ZERO_CELSIUS,
  skyT: ZERO_CELSIUS,
  windSpeed: 4,
});

/** Greenhouse inputs of the rating condition: overcast night, dry outdoor air, screen open, vents shut. */
export function coverRatingInputs(): GreenhouseInputs {
  const r = COVER_RATING_CONDITION;
  return greenhouseInputs({
    outdoorT: r.outdoorT,
    skyT: r.skyT,
    windSpeed: r.windSpeed,
    solarOnCover: 0,
    pipeInletT: r.airT,
    pipeMassFlow: 0,
    outdoorVapourPressure: 0,
    screenClosed: 0,
    ventOpening: 0,
    isDay: false,
    heatingSetpoint: r.airT,
  });
}

/**
 * The model's cover U-value at the rating condition: steady cover loss / (A_cover·ΔT), W/(m²·K). Computed on a
 * model of the same house without leakage, crop, screen or vapour, with the deep soil at the air temperature,
 * so only the cover path counts (Vanthoor's films + FIR exchange of the inside surfaces + the cover layer).
 */
export function coverRatingU(params: GreenhouseParams): number {
  const r = COVER_RATING_CONDITION;
  const mm = buildGreenhouse({
    ...params,
    leakage: 0,
    thermalScreen: false,
    leafAreaIndex: 0,
    deepSoilT: r.airT,
  });
  mm.dry = true;
  const s = initialState(mm, r.airT, 0);
  s[GH.coverOut] = r.outdoorT;
  s[GH.coverIn] = 0.5 * (r.airT + r.outdoorT);
  s[GH.top] = s[GH.coverIn]!;
  const inp = coverRatingInputs();
  const d = steadyState(mm, inp, r.airT, s);
  // latent terms vanish with dry air; the U-value reads the cover loss itself (the pipes give ~99 % of it, the
  // soil, its deep boundary held at the air temperature, the rest through the floor; no leakage)
  if (!(Math.abs(d.latentLoss) < 1e-6 * Math.abs(d.waterHeat))) {
    throw new PhysicsError('cover rating: vapour terms did not vanish for dry air');
  }
  return d.coverLoss / (mm.coverArea * (r.airT - r.outdoorT));
}

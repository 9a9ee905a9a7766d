/**
 * Scratch space of the plant solve (no allocation per call) and the miner-side evaluations the loop solves
 * call: the bank plus exchanger branch control at a given miner inlet, and the dry-cooler duty for a control
 * signal.
 */
import { createDryCoolerOutput, type DryCoolerInputs, dryCoolerOutlet } from '../components/dryCooler';
import {
  createMinerBankOutput,
  evaluateMinerBank,
  type MinerBankInputs,
  type MinerBankOutput,
} from '../components/minerBank';
import { forgetOffDesignMemo, newOffDesignResult, offDesignInto } from '../hx/plate';
import { brent, type RootResult } from '../numerics/roots';
import type { Plant } from './build';
import type { FanMode } from './state';

/** Scratch space reused between solves (no allocation per call). */
export interface Work {
  bank: MinerBankOutput;
  hxOut: ReturnType<typeof newOffDesignResult>;
  dcOut: ReturnType<typeof createDryCoolerOutput>;
  root: RootResult;
  root2: RootResult;
  // Results of the last `minerSide` evaluation.
  qCool: number;
  qHx: number;
  mc: number;
  tA2: number;
  // Reused component inputs (no object literal per evaluation in the hot loop).
  bankIn: MinerBankInputs;
  dcIn: DryCoolerInputs;
  // Context of the branch-flow solve and its residual function (created once per plant).
  /** `last`: the flow of the last residual evaluation (hxOut holds the exchanger there). */
  bc: { mA: number; tA2: number; tB1: number; target: number; last: number };
  branchResidual: (m: number) => number;
  // Context of the current solve (read by minerSide / dcDuty, module functions: no closures per call).
  p: Plant;
  mA: number;
  cA: number;
  mB: number;
  tB1: number;
  qGh: number;
  supplySetpoint: number;
  cycling: boolean;
  cf: number;
  qOn: number;
  qOff: number;
  /** Branch flow of the previous solve (warm start), the approach and the duty's elasticity there (NaN: none). */
  mcPrev: number;
  approachPrev: number;
  elasticityPrev: number;
  // Result of the miner-loop solve: inlet temperature, dry-cooler control signal, held duty (≥ 0 when the
  // dry cooler holds the set-point with exactly that duty, else −1), fan mode.
  tA1: number;
  u: number;
  /** Dry-cooler signal solve: inlet, duty wanted, residual (created once), previous signal (warm start). */
  dcA3: number;
  dcNeed: number;
  dcResidual: (u: number) => number;
  uPrev: number;
  /** The cooler's conductance need/(T_in − T_amb) at uPrev, W/K, and its slope in the signal there (0: none yet). */
  gPrev: number;
  dgPrev: number;
  /** Steps solved with dgPrev since it was last measured (dryCoolerSignal.ts heldPredicted: at most DC_SLOPE_AGE). */
  slopeAge: number;
  /** Warm-bracket ends evaluated by the current solve's first try (NaN when not), and their residuals. */
  warmA: number;
  warmFa: number;
  warmB: number;
  warmFb: number;
  qDcHeld: number;
  mode: FanMode;
}

const works = new WeakMap<Plant, Work>();

/**
 * Forget the plant's warm starts (the previous step's branch flow, dry-cooler signal and their slopes) and the
 * exchanger's remembered property means: the next solve starts as the first one did. A run does this after its
 * warm-up (sim/run.ts), so that a replay can skip the warm-up and give the same bits.
 */
export function resetWarmStarts(p: Plant): void {
  works.delete(p);
  forgetOffDesignMemo();
}

export function work(p: Plant): Work {
  let w = works.get(p);
  if (!w) {
    w = {
      bank: createMinerBankOutput(p.miners),
      hxOut: newOffDesignResult(),
      dcOut: createDryCoolerOutput(),
      root: { x: 0, fx: 0, iterations: 0 },
      root2: { x: 0, fx: 0, iterations: 0 },
      qCool: 0,
      qHx: 0,
      mc: 0,
      tA2: 0,
      bankIn: {
        inletT: 0,
        massFlow: 0,
        fluid: p.minerFluid,
        airT: p.containerAirT,
        mode: p.minerMode,
        powerLimit: 1,
      },
      dcIn: { inletT: 0, massFlow: 0, fluid: p.minerFluid, ambientT: 0, fanSpeed: 0 },
      bc: { mA: 0, tA2: 0, tB1: 0, target: 0, last: Number.NaN },
      branchResidual: () => 0,
      p,
      mA: 0,
      cA: 0,
      mB: 0,
      tB1: 0,
      qGh: 0,
      supplySetpoint: 0,
      cycling: false,
      cf: 1,
      qOn: 0,
      qOff: 0,
      mcPrev: 0,
      approachPrev: Number.NaN,
      elasticityPrev: Number.NaN,
      tA1: 0,
      u: 0,
      dcA3: 0,
      dcNeed: 0,
      dcResidual: () => 0,
      uPrev: -1,
      gPrev: 0,
      dgPrev: 0,
      slopeAge: 0,
      warmA: Number.NaN,
      warmFa: 0,
      warmB: Number.NaN,
      warmFb: 0,
      qDcHeld: -1,
      mode: 'bypassed',
    };
    const ww = w;
    ww.dcResidual = (u: number): number => dcDuty(ww, ww.dcA3, u) - ww.dcNeed;
    ww.branchResidual = (m: number): number => {
      ww.bc.last = m;
      return offDesignInto(p.hx, ww.bc.mA, m, ww.bc.tA2, ww.bc.tB1, ww.hxOut).duty - ww.bc.target;
    };
    works.set(p, w);
  }
  return w;
}

/**
 * Miner side at inlet temperature tA1: the bank, then the exchanger branch control (writes w.qCool, w.tA2,
 * w.qHx, w.mc). While the bank duty-cycles at a shutdown threshold, its heat is the running/stopped mix
 * with fraction w.cf.
 */
export function minerSide(w: Work, tA1: number): void {
  const p = w.p;
  let qCool: number;
  if (w.cycling) qCool = w.cf * w.qOn + (1 - w.cf) * w.qOff;
  else {
    w.bankIn.inletT = tA1;
    qCool = evaluateMinerBank(p.miners, w.bankIn, w.bank).heatToCoolant * p.availability;
  }
  const tA2 = w.cA > 0 ? tA1 + qCool / w.cA : tA1;
  w.qCool = qCool;
  w.tA2 = tA2;
  branchControl(p, w, w.mA, tA2, w.tB1, w.mB, qCool, w.qGh);
}

/**
 * Dry-cooler duty at inlet tA3 for a control signal u ∈ [0, 2]: u ≤ 1 is the share of the loop flow sent
 * through the cooler with the fans stopped (a three-way bypass valve, mixing after), u > 1 is all the flow
 * with the fans at speed u − 1. The duty rises monotonically with u.
 */
export function dcDuty(w: Work, tA3: number, u: number): number {
  const dcIn = w.dcIn;
  dcIn.inletT = tA3;
  dcIn.massFlow = u < 1 ? w.mA * u : w.mA;
  dcIn.fanSpeed = u > 1 ? u - 1 : 0;
  return dryCoolerOutlet(w.p.dryCooler, dcIn, w.dcOut).duty;
}

/**
 * Exchanger branch control (see the module doc): the smallest branch flow m_c ∈ [0, mMax] whose duty takes
 * the target Q* = min(Q_cool, Q_gh) — all the miner heat, but never more than the greenhouse takes — so the
 * water leaves the branch as hot as the exchanger allows; the full flow when even that falls short.
 * Writes w.qHx, w.mc and w.hxOut.
 */
function branchControl(
  p: Plant,
  w: Work,
  mA: number,
  tA2: number,
  tB1: number,
  mMax: number,
  qCool: number,
  qGh: number,
): void {
  const target = Math.min(qCool, qGh);
  w.qHx = 0;
  w.mc = 0;
  if (!(mMax > 0) || !(mA > 0) || target <= 0 || tA2 <= tB1) {
    offDesignInto(p.hx, mA, 0, tA2, tB1, w.hxOut);
    return;
  }
  const bc = w.bc;
  bc.mA = mA;
  bc.tA2 = tA2;
  bc.tB1 = tB1;
  bc.target = target;
  if (branchPredicted(p, w, mMax)) return;
  // Q(m) rises monotonically from 0 (m = 0) to Q(mMax): when Q(mMax) ≤ target the full flow takes what it
  // can; else one bracketed solve, after which the duty is the target exactly (the flow is known to
  // BRANCH_TOL of the full flow).
  // Warm start: a narrow bracket around the previous step's flow (the operating point moves little from one
  // step to the next), else the whole range. A warm end with a positive residual already shows Q(mMax) >
  // target (monotone), so the full flow is evaluated only when no such end was found.
  let lo = 0;
  let hi = mMax;
  let fLo = -target;
  let fHi = Number.NaN;
  const prev = w.mcPrev;
  if (prev > 0 && prev < mMax) {
    const a = prev * 0.97;
    const b = Math.min(mMax, prev * 1.03);
    const fa = w.branchResidual(a);
    if (fa < 0) {
      lo = a;
      fLo = fa;
      if (b < mMax) {
        const fb = w.branchResidual(b);
        if (fb > 0) {
          hi = b;
          fHi = fb;
        } else {
          lo = b;
          fLo = fb;
        }
      }
    } else {
      hi = a;
      fHi = fa;
    }
  }
  if (!(fHi > 0)) {
    const rMax = w.branchResidual(mMax);
    if (rMax <= 0) {
      w.qHx = rMax + target;
      w.mc = mMax;
      return;
    }
    if (Number.isNaN(fHi)) fHi = rMax;
  }
  const m = brent(w.branchResidual, lo, hi, mMax * BRANCH_TOL, 'exchanger branch flow', fLo, fHi, w.root2).x;
  if (bc.last !== m) w.branchResidual(m); // leave hxOut (UA, ε, NTU) at the solved flow
  keepBranch(w, m, Number.NaN);
}

/**
 * Tolerance of the branch flow, as a share of the full flow: far below any other uncertainty (a flow meter's
 * is ~5e-3; the duty is the target exactly either way, only the reported flow, UA, ε and cold outlet move by
 * as little). 1e-10 took one more exchanger evaluation in most steps.
 */
const BRANCH_TOL = 1e-8;
/** Secant steps `branchPredicted` takes before the long way. */
const BRANCH_STEPS = 5;

/**
 * The branch flow from a prediction instead of a bracket: the flow that takes the target with the previous
 * step's approach a₀ = T_hot,in − T_cold,out, m₀ = Q_t / (c_p·(T_hot,in − a₀ − T_cold,in)) (the branch's
 * purpose is to leave the exchanger at a near-constant approach; on the Manitoba year m₀ is within 4e-4 of the root
 * in half the steps, the previous flow within 3.5e-2), a Newton step with the previous step's elasticity
 * k = (m/Q)·dQ/dm, then secant steps. The flow evaluated last is returned (hxOut holds it) once the secant
 * through it and the one before puts the root less than BRANCH_TOL·mMax/2 from it (or two flows less than
 * BRANCH_TOL·mMax apart have residuals of opposite sign, the long way's certificate). The secant converges
 * superlinearly on this smooth, monotone Q(m): on the Manitoba year m₀ is ≈ 2e-3·mMax off, the Newton step
 * ≈ 1e-5 (1e-2 to 1e-9), the first secant step ≈ 1e-10 (1e-4 to 1e-16; counted in the thirty-sixth session), so
 * the stop costs nothing in accuracy where stepping half the tolerance across the root to see the sign change cost
 * a fourth evaluation (three in ≈ 84 % of the predicted steps, four in most of the rest; ≈ 2.3 per plant solve
 * against 2.74 on the pilot's year). Q(m) is smooth to the exchanger's property passes (hx/offDesign.ts: ≈ 3e-7
 * of the duty), which is what leaves a few steps to a fifth evaluation. Returns false, having set only the
 * context the long way overwrites, when a step leaves (0, mMax) or the steps run out.
 */
function branchPredicted(p: Plant, w: Work, mMax: number): boolean {
  const bc = w.bc;
  const dT = bc.tA2 - w.approachPrev - bc.tB1;
  if (!(dT > 0)) return false;
  let m0 = bc.target / (p.cpGreenhouse * dT);
  if (!(m0 > 0 && m0 < mMax)) return false;
  let f0 = w.branchResidual(m0);
  const k = w.elasticityPrev;
  // Newton with the previous elasticity (dQ/dm ≈ k·Q_t/m), else a short secant start
  let m1 = k > 0 ? m0 - (f0 * m0) / (k * bc.target) : m0 * (1 + 1e-3);
  const tol = BRANCH_TOL * mMax;
  for (let i = 0; i < BRANCH_STEPS; i++) {
    if (!(m1 > 0 && m1 < mMax)) return false;
    const f1 = w.branchResidual(m1);
    if (f1 === 0 || (Math.abs(m1 - m0) <= tol && f1 > 0 !== f0 > 0)) {
      keepBranch(w, m1, (f1 - f0) / (m1 - m0));
      return true;
    }
    const slope = (f1 - f0) / (m1 - m0);
    if (!(slope > 0)) return false;
    // the secant's root within half the tolerance of m1: m1 is the answer (hxOut holds it), else the next step
    const m2 = m1 - f1 / slope;
    if (Math.abs(m2 - m1) < 0.5 * tol) {
      keepBranch(w, m1, slope);
      return true;
    }
    m0 = m1;
    f0 = f1;
    m1 = m2;
  }
  return false;
}

/**
 * The solved branch flow m (hxOut at m): the results, and the warm start of the next step's solve (the flow,
 * the approach and, with `slope` = dQ/dm there, the elasticity; NaN: not known).
 */
function keepBranch(w: Work, m: number, slope: number): void {
  const target = w.bc.target;
  w.mcPrev = m;
  w.approachPrev = w.bc.tA2 - w.hxOut.coldOut;
  w.elasticityPrev = (slope * m) / target;
  w.qHx = target;
  w.mc = m;
}

/** The bank output fields that describe the running units (for the duty-cycle report). */
export function snapshot(b: MinerBankOutput): [number, number, number, number, number] {
  return [b.electricPower, b.hashrate, b.chipT, b.uptime, b.heatToCoolant];
}
export function restore(b: MinerBankOutput, s: [number, number, number, number, number]): void {
  [b.electricPower, b.hashrate, b.chipT, b.uptime, b.heatToCoolant] = s;
  b.status = 'running';
}

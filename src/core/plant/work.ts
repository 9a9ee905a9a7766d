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
import { newOffDesignResult, offDesignInto } from '../hx/plate';
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
  /** Branch flow of the previous solve (warm start). */
  mcPrev: number;
  // Result of the miner-loop solve: inlet temperature, dry-cooler control signal, held duty (≥ 0 when the
  // dry cooler holds the set-point with exactly that duty, else −1), fan mode.
  tA1: number;
  u: number;
  /** Dry-cooler signal solve: inlet, duty wanted, residual (created once), previous signal (warm start). */
  dcA3: number;
  dcNeed: number;
  dcResidual: (u: number) => number;
  uPrev: number;
  /** Warm-bracket ends evaluated by the current solve's first try (NaN when not), and their residuals. */
  warmA: number;
  warmFa: number;
  warmB: number;
  warmFb: number;
  qDcHeld: number;
  mode: FanMode;
}

const works = new WeakMap<Plant, Work>();
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
      tA1: 0,
      u: 0,
      dcA3: 0,
      dcNeed: 0,
      dcResidual: () => 0,
      uPrev: -1,
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
  // Q(m) rises monotonically from 0 (m = 0) to Q(mMax): when Q(mMax) ≤ target the full flow takes what it
  // can; else one bracketed solve, after which the duty is the target exactly (the flow is known to 1e-10
  // relative, far below any other uncertainty).
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
  const m = brent(w.branchResidual, lo, hi, mMax * 1e-10, 'exchanger branch flow', fLo, fHi, w.root2).x;
  w.mcPrev = m;
  if (bc.last !== m) w.branchResidual(m); // leave hxOut (UA, ε, NTU) at the solved flow
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

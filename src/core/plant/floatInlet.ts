/**
 * The miner loop when its inlet floats (plant.ts, solve.ts): the loop closure solved for the inlet temperature,
 * and the duty cycle of the units when that temperature is their shutdown threshold.
 */
import { PhysicsError, ZERO_CELSIUS } from '../errors';
import { brent } from '../numerics/roots';
import type { Plant } from './build';
import { dcDuty, minerSide, restore, snapshot, type Work } from './work';

/** Temperature tolerance of the loop solves, K (the energy residual follows as ~ṁ·cp·tol/Q ≈ 1e-12). */
const T_TOL = 1e-12;
/**
 * Bracket width below which the floating inlet's search takes a sign change with a large |h| at both ends
 * (JUMP_MIN_H) as the bank's shutdown threshold, K: the threshold is then known to 1e-6 K instead of
 * 1e-12 K, and the search takes ~26 residuals instead of ~46 halvings.
 */
const JUMP_WIDTH = 1e-6;
/**
 * The least |h| at both ends of such a bracket, W: a continuous root would need a slope of 1e8 W/K to leave that
 * much (the miner loop's ṁ·c_p is ~4e5 W/K), while one miner shutting down takes kilowatts. A smaller jump is
 * halved down to T_TOL as before.
 */
const JUMP_MIN_H = 100;

/**
 * The inlet floats: below the set-point when the exchanger takes everything (dry cooler bypassed), above it
 * when the fans at full speed fall short. Loop closure h(T) = Q_cool − Q_hx − Q_dc = 0, decreasing in T,
 * bracketed on the side away from the set-point; a discontinuity (units shutting down at their inlet limit)
 * becomes a duty cycle. `hSet` = h(set-point).
 */
export function floatInlet(p: Plant, w: Work, hSet: number, ambientT: number): void {
  const tSet = p.minerInletSetpoint;
  const cA = w.cA;
  const u = w.u;
  const h = (t: number): number => {
    minerSide(w, t);
    return w.qCool - w.qHx - (u > 0 ? dcDuty(w, t + (w.qCool - w.qHx) / cA, u) : 0);
  };
  let lo: number;
  let hi: number;
  let hLo: number;
  let hHi: number;
  if (w.mode === 'bypassed') {
    hi = tSet;
    hHi = hSet;
    // Low enough that the exchanger branch is closed (miner outlet below the return) and the container
    // air warms the coolant: there h = Q_cool > 0.
    lo = Math.max(
      p.minerFluid.freezingPoint + 0.5,
      Math.min(w.tB1, p.containerAirT) - 1 - Math.max(0, w.qCool) / cA,
    );
    hLo = h(lo);
    if (hLo < 0 && lo === p.minerFluid.freezingPoint + 0.5) {
      throw new PhysicsError(
        `miner loop: the ${p.minerFluid.label} would cool below ${(lo - ZERO_CELSIUS).toFixed(1)} °C, 0.5 K above its freezing point — the container air (miners.containerAirTemperature ${(p.containerAirT - ZERO_CELSIUS).toFixed(1)} °C) and the exchanger take more heat than the miners make; raise the glycol share of minerLoop.fluid, miners.containerAirTemperature, or the miners' lowest power (control.minPowerFraction, miners.powerLimit)`,
      );
    }
    if (hLo < 0) {
      throw new PhysicsError(
        `miner loop: no steady state above ${(lo - ZERO_CELSIUS).toFixed(1)} °C — the exchanger removes more heat than the miners make even at that inlet temperature; raise miners.powerLimit (or miners.count), or lower greenhouseLoop.flow or the exchanger's size (heatExchanger.ua/area)`,
      );
    }
  } else {
    lo = tSet;
    hLo = hSet;
    hi = Math.min(p.minerFluid.maxTemperature - 1, tSet + 60);
    hHi = h(hi);
    if (hHi > 0) {
      throw new PhysicsError(
        `miner loop: the coolant would exceed ${(hi - ZERO_CELSIUS).toFixed(1)} °C — the dry cooler at full fan speed cannot reject the miners' heat at ${(ambientT - ZERO_CELSIUS).toFixed(1)} °C outdoors; add dry-cooler capacity (dryCooler.count or a larger dryCooler.model) or lower miners.powerLimit`,
      );
    }
  }
  // A root at the units' shutdown threshold is a jump of h by the bank's heat (kW to MW): Brent stops there once
  // the bracket is under JUMP_WIDTH with |h| at its ends above JUMP_MIN_H and 1e-3 of h's scale on the bracket
  // (a continuous root would leave |h| ≲ 2e6 W/K · 1e-6 K = 2 W there).
  const jump = { width: JUMP_WIDTH, f: Math.max(JUMP_MIN_H, 1e-3 * Math.max(Math.abs(hLo), Math.abs(hHi))) };
  const r = brent(h, lo, hi, T_TOL, 'miner-loop temperature', hLo, hHi, w.root, 200, jump);
  const tA1 = r.x;
  const other = r.other ?? Number.NaN;
  w.tA1 = tA1;
  if (Number.isNaN(other)) {
    const residual = h(tA1);
    if (Math.abs(residual) <= 1e-7 * Math.max(1, Math.abs(w.qCool))) {
      minerSide(w, tA1);
      return;
    }
  }
  // The equilibrium is a duty cycle in which a fraction cf of the units runs, at the threshold temperature
  // (running just below it, stopped just above: the ends of the bracket around the jump). Solve the closure
  // for cf.
  const below = Number.isNaN(other) ? tA1 - 4 * T_TOL : Math.min(tA1, other);
  const above = Number.isNaN(other) ? tA1 + 4 * T_TOL : Math.max(tA1, other);
  minerSide(w, below);
  w.qOn = w.qCool;
  const runningSnapshot = snapshot(w.bank);
  minerSide(w, above);
  w.qOff = w.qCool;
  w.cycling = true;
  const cycle = (x: number): number => {
    w.cf = x;
    return h(tA1);
  };
  w.cf = brent(cycle, 0, 1, 1e-14, 'miner duty cycle', undefined, undefined, w.root).x;
  minerSide(w, tA1);
  restore(w.bank, runningSnapshot);
}

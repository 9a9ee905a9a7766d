/**
 * The steady operating point of the plant (see plant.ts for the loops and the control philosophy): inputs
 * and the greenhouse side, the miner loop (dry cooler holding the set-point, or the inlet floating when it
 * cannot), then every temperature, flow and duty collected into the state.
 */
import { ZERO_CELSIUS } from '../errors';
import { condensingBoilerEfficiency } from '../components/backupHeater';
import { dryCoolerFanPower } from '../components/dryCooler';
import { InputError, PhysicsError } from '../errors';
import type { Plant } from './build';
import { floatInlet } from './floatInlet';
import { createPlantState, type PlantInputs, type PlantState } from './state';
import { dcSignal, heldNearPrevious, heldPredicted } from './dryCoolerSignal';
import { dcDuty, minerSide, type Work, work } from './work';

function check(field: string, v: number, lo: number, hi: number, allowed: string): void {
  if (!(v >= lo && v <= hi)) throw new InputError(field, v, allowed);
}

/**
 * Solve the steady operating point. Writes into `out` (allocated when omitted). Throws InputError for
 * out-of-range inputs, PhysicsError when a fluid would freeze/boil or no steady state exists.
 */
export function solvePlant(p: Plant, inp: PlantInputs, out: PlantState = createPlantState()): PlantState {
  check('ambientT', inp.ambientT, 173.15, 343.15, 'a temperature between −100 and 70 °C (in K)');
  check('heatDemand', inp.heatDemand, 0, 1e12, 'a heat flow ≥ 0 W');
  check(
    'supplySetpoint',
    inp.supplySetpoint,
    ZERO_CELSIUS,
    423.15,
    'a temperature between 0 and 150 °C (in K)',
  );
  check('powerLimit', inp.powerLimit, 0, 1, 'a fraction between 0 and 1');
  const sA = inp.minerPumpSpeed ?? 1;
  const sB = inp.greenhousePumpSpeed ?? 1;
  check('minerPumpSpeed', sA, 0, 1.5, 'a fraction of nominal flow between 0 and 1.5');
  check('greenhousePumpSpeed', sB, 0, 1.5, 'a fraction of nominal flow between 0 and 1.5');
  const w = work(p);
  const mB = greenhouseSide(p, inp, sB, w);
  const mA = p.minerFlow * sA;
  // Context for minerSide / dcDuty (work.ts).
  w.bankIn.massFlow = mA;
  w.bankIn.powerLimit = inp.powerLimit;
  w.dcIn.ambientT = inp.ambientT;
  w.mA = mA;
  w.cA = mA * p.cpMiner;
  w.cycling = false;
  w.cf = 1;
  solveMinerLoop(p, w, inp.ambientT);
  collect(p, w, mB, out);
  pumps(p, sA, mB, w.tB1, out);
  return out;
}

/**
 * Greenhouse side: the circuit takes Q_gh at the supply temperature; the primary flow (variable when the
 * circuit's return temperature is given) and its return follow. Sets w.mB, w.tB1, w.qGh; returns ṁ_B.
 */
function greenhouseSide(p: Plant, inp: PlantInputs, sB: number, w: Work): number {
  const mBmax = p.greenhouseFlow * sB;
  const tSup = inp.supplySetpoint;
  const qGh = inp.heatDemand;
  if (qGh > 0 && !(mBmax > 0)) {
    throw new PhysicsError(
      `greenhouse loop: ${(qGh / 1e3).toFixed(1)} kW demanded with no primary flow; raise greenhousePumpSpeed above 0`,
    );
  }
  let mB = mBmax;
  if (inp.primaryFlow !== undefined) {
    check('primaryFlow', inp.primaryFlow, 0, Infinity, 'a mass flow ≥ 0 kg/s');
    mB = Math.min(mBmax, inp.primaryFlow);
  } else if (inp.returnT !== undefined) {
    const freeze = p.greenhouseFluid.freezingPoint;
    check(
      'returnT',
      inp.returnT,
      freeze,
      tSup,
      `a temperature between ${p.greenhouseFluid.label}'s freezing point and the supply set-point (in K)`,
    );
    const dT = tSup - inp.returnT;
    mB = dT > 0 ? Math.min(mBmax, qGh / (p.cpGreenhouse * dT)) : qGh > 0 ? mBmax : 0;
  }
  const cB = mB * p.cpGreenhouse;
  const tB1 = cB > 0 ? tSup - qGh / cB : (inp.returnT ?? tSup);
  p.greenhouseFluid.specificHeat(tB1); // throws a PhysicsError naming the fluid if the return would freeze
  w.mB = cB > 0 ? mB : 0;
  w.tB1 = tB1;
  w.qGh = qGh;
  w.supplySetpoint = tSup;
  return mB;
}

/**
 * The miner loop: when the dry cooler can hold the inlet set-point (valve or fans), the inlet is the
 * set-point and the cooler's duty closes the loop; otherwise the inlet floats (`floatInlet`). Sets w.tA1,
 * w.u, w.qDcHeld, w.mode.
 */
function solveMinerLoop(p: Plant, w: Work, ambientT: number): void {
  const tSet = p.minerInletSetpoint;
  const cA = w.cA;
  w.tA1 = tSet;
  w.u = 0;
  w.qDcHeld = -1;
  minerSide(w, tSet);
  if (!(cA > 0)) {
    // No miner-loop flow: the bank shuts down (no-flow); nothing crosses the exchanger.
    w.mode = 'bypassed';
    return;
  }
  const tA3 = tSet + (w.qCool - w.qHx) / cA;
  const need = cA * (tA3 - tSet); // heat the dry cooler must reject to hold the set-point
  w.warmA = Number.NaN;
  w.warmB = Number.NaN;
  if (need > 0 && (heldPredicted(w, tA3, need) || heldNearPrevious(w, tA3, need))) return;
  const q2 = need > 0 ? dcDuty(w, tA3, 2) : 0;
  if (need >= 0 && need <= q2) {
    const q1 = dcDuty(w, tA3, 1);
    const mode = need === 0 ? 'bypassed' : need <= q1 ? 'valve' : 'fans';
    w.mode = mode;
    // The control holds the set-point exactly (the duty is `need`); the valve position / fan speed that
    // gives it is needed only for the flow share and fan power, so it is solved to 0.2 % of its range (fan
    // power ∝ speed³ then within 0.6 %).
    w.qDcHeld = need;
    if (need === 0) w.u = 0;
    else if (mode === 'valve') w.u = dcSignal(w, tA3, need, 0, 1, -need, q1 - need, 'dry-cooler valve');
    else w.u = dcSignal(w, tA3, need, 1, 2, q1 - need, q2 - need, 'dry-cooler fan speed');
    return;
  }
  w.mode = need < 0 ? 'bypassed' : 'full';
  w.u = w.mode === 'bypassed' ? 0 : 2;
  floatInlet(p, w, need - (w.mode === 'bypassed' ? 0 : q2), ambientT);
}

/** Collect the state. While cycling, the bank output holds the running units' state, scaled by cf. */
function collect(p: Plant, w: Work, mB: number, out: PlantState): void {
  const b = w.bank;
  const f = w.cycling ? w.cf : 1;
  const avail = p.availability;
  const qCool = w.qCool;
  const cA = w.cA;
  const u = w.u;
  out.fanMode = w.mode;
  out.minerFlow = w.mA;
  out.minerInletT = w.tA1;
  out.minerOutletT = w.tA2;
  out.heatToCoolant = qCool;
  out.minerElectricPower = b.electricPower * avail * f;
  out.heatToAir = out.minerElectricPower - qCool;
  out.hashrate = b.hashrate * avail * f;
  out.chipT = b.chipT;
  out.minerUptime = b.uptime * avail * f;
  out.minerStatus = w.cycling ? 'cycling' : b.status;

  const qHx = w.qHx;
  const tB1 = w.tB1;
  out.hxDuty = qHx;
  out.hxColdFlow = w.mc;
  out.hxColdInT = tB1;
  // The exchanger's own outlet (cp at its inlet); never above the hot inlet (second law, ε ≤ 1).
  out.hxColdOutT = w.mc > 0 ? Math.min(w.hxOut.coldOut, w.tA2) : tB1;
  // With the branch closed nothing flows on the cold side: report ε = NTU = 0 rather than NTU = ∞.
  const open = w.mc > 0;
  out.hxUA = open ? w.hxOut.ua : 0;
  out.hxEffectiveness = open ? w.hxOut.effectiveness : 0;
  out.hxNtu = open ? w.hxOut.ntu : 0;
  out.hxHotOutT = cA > 0 ? out.minerOutletT - qHx / cA : out.minerOutletT;

  // Dry cooler: the exact duty that closes the loop at the solved state (fan speed from the solve).
  const held = w.qDcHeld;
  const qDc = held >= 0 ? held : cA > 0 && u > 0 ? dcDuty(w, out.hxHotOutT, u) : 0;
  out.dryCoolerDuty = qDc;
  out.dryCoolerFlowShare = Math.min(u, 1);
  out.fanSpeed = u > 1 ? u - 1 : 0;
  out.fanPower = u > 1 ? dryCoolerFanPower(p.dryCooler, u - 1) : 0;
  out.dryCoolerOutT = cA > 0 ? out.hxHotOutT - qDc / cA : out.hxHotOutT;
  out.energyResidual =
    Math.abs(qCool - qHx - qDc) / Math.max(1, Math.abs(qCool), Math.abs(qHx) + Math.abs(qDc));

  // Greenhouse loop: boiler tops the mix up to the supply set-point, up to capacity.
  const cB = mB * p.cpGreenhouse;
  const qGh = w.qGh;
  out.greenhouseFlow = mB;
  out.greenhouseReturnT = tB1;
  out.preheatedT = cB > 0 ? tB1 + qHx / cB : tB1;
  const needBoiler = Math.max(0, qGh - qHx);
  const boiler = Math.min(needBoiler, p.heater.capacity);
  const eff =
    p.heater.efficiency === 'condensing'
      ? condensingBoilerEfficiency(out.preheatedT, boiler / Math.max(1, p.heater.capacity))
      : p.heater.efficiency;
  out.boilerHeat = boiler;
  out.boilerInput = boiler / eff;
  out.heatDelivered = qHx + boiler;
  out.unmetHeat = qGh - out.heatDelivered;
  out.supplyT = cB > 0 ? tB1 + out.heatDelivered / cB : w.supplySetpoint;
}

/** Pumps: P = V̇·Δp/η with Δp ∝ V̇² (fixed system curve), so P ∝ speed³. */
function pumps(p: Plant, sA: number, mB: number, tB1: number, out: PlantState): void {
  out.minerPumpPower =
    ((p.minerFlow / p.minerFluid.density(p.minerInletSetpoint)) * p.minerPump.pressureRise * sA * sA * sA) /
    p.minerPump.efficiency;
  const rB = mB / p.greenhouseFlow;
  out.greenhousePumpPower =
    ((p.greenhouseFlow / p.greenhouseFluid.density(tB1)) * p.greenhousePump.pressureRise * rB * rB * rB) /
    p.greenhousePump.efficiency;
}

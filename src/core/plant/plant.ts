/**
 * The plant: miner loop ↔ plate exchanger ↔ greenhouse loop, with the dry cooler and the backup heater.
 *
 *   miner loop (glycol, constant flow ṁ_A):
 *     A1 ─ miners (+Q_cool) ─ A2 ─ exchanger hot side (−Q_hx) ─ A3 ─ dry cooler (−Q_dc) ─ A4 = A1
 *   greenhouse loop (water, constant primary flow ṁ_B):
 *     B1 (return) ─┬─ exchanger branch, flow m_c ≤ ṁ_B (+Q_hx) ─┬─ boiler (+Q_b) ─ supply ─ greenhouse (−Q_gh)
 *                  └─ bypass, ṁ_B − m_c ──────────────────────┘
 *
 * Control philosophy (documented assumptions, the usual ones for heat-recovery pre-heat):
 * 1. The exchanger branch flow m_c is throttled so that the water leaving the exchanger reaches the
 *    pre-heat set-point T_pre (the pilot's "water exceeding 75 °C"); when even a trickle cannot reach it
 *    (miner outlet ≤ T_pre) the branch closes. The exchanger never delivers more than the greenhouse takes
 *    (Q_hx ≤ Q_gh): when miner heat exceeds demand m_c is reduced further.
 * 2. The dry-cooler fans hold the miner inlet at its set-point T_A,set by rejecting what the exchanger does
 *    not take. When the exchanger takes more than the miners make, the fans stop and the miner inlet floats
 *    below its set-point; when the fans at full speed cannot reject enough, it floats above (the miners may
 *    throttle or shut down).
 * 3. The backup heater tops the mixed stream up to the supply set-point, up to its capacity; what it cannot
 *    supply is reported as unmet heat.
 *
 * Steady state: each loop's energy balance is solved with one specific heat per loop (evaluated at the
 * loop's characteristic temperature), so Σ duties = ṁ·cp·ΣΔT = 0 closes to round-off once the loop closes;
 * the temperature error of this simplification is below 0.05 K for a 10 K glycol loop (cp of 40 % PG
 * changes by < 1 % over 10 K — Melinder 2010). Loop pipes are taken as adiabatic and pump work is not added
 * to the fluid (both are < 1 % of the duties here).
 *
 * Solution: at most two nested, bracketed 1-D solves (Brent): the miner-inlet temperature T_A1 (only when
 * the fans are saturated) and, inside, the exchanger branch flow m_c; the fan speed by a third 1-D solve.
 */
import { type BackupHeater, backupHeater, condensingBoilerEfficiency } from '../components/backupHeater';
import { createDryCoolerOutput, type DryCooler, dryCooler, dryCoolerOutlet } from '../components/dryCooler';
import {
  createMinerBankOutput,
  evaluateMinerBank,
  type MinerBank,
  type MinerBankOutput,
  minerBank,
} from '../components/minerBank';
import { InputError, PhysicsError } from '../errors';
import { parseFluid } from '../fluids';
import type { Fluid } from '../fluids/types';
import { type HxModel, hxModelFromUA, newOffDesignResult, offDesignInto } from '../hx/plate';
import { dryCoolerModel, minerModel, plateExchangerModel, plateExchangerNominalFlows } from '../models/catalog';
import type { MinerModeName } from '../models/catalog';
import type { Scenario } from '../models/scenario';
import { brent, type RootResult } from '../numerics/roots';

/** Everything fixed about a plant, precomputed from a scenario. SI units. */
export interface Plant {
  miners: MinerBank;
  minerMode: MinerModeName;
  /** Planned availability (0–1) scaling the bank's output. */
  availability: number;
  containerAirT: number;
  minerFluid: Fluid;
  /** Miner-loop mass flow, kg/s. */
  minerFlow: number;
  /** Miner inlet set-point held by the dry cooler, K. */
  minerInletSetpoint: number;
  /** Exchanger branch outlet set-point, K. */
  preheatSetpoint: number;
  hx: HxModel;
  dryCooler: DryCooler;
  greenhouseFluid: Fluid;
  /** Greenhouse-loop primary mass flow, kg/s. */
  greenhouseFlow: number;
  heater: BackupHeater;
  /** Loop pump data: nominal pressure rise, Pa, and wire-to-water efficiency. */
  minerPump: { pressureRise: number; efficiency: number };
  greenhousePump: { pressureRise: number; efficiency: number };
  /** Specific heats used for the loop balances, J/(kg·K). */
  cpMiner: number;
  cpGreenhouse: number;
}

/** Build the plant of a validated scenario (catalog look-ups, nominal flows, exchanger model). */
export function buildPlant(s: Scenario): Plant {
  const model = minerModel(s.miners.model);
  if (s.miners.count % s.miners.modules !== 0) {
    throw new InputError('miners.modules', s.miners.modules, `a divisor of miners.count (${s.miners.count})`);
  }
  const bank = minerBank(model, s.miners.count, s.miners.modules);
  const minerFluid = parseFluid(s.minerLoop.fluid, s.minerLoop.pressure);
  const greenhouseFluid = parseFluid(s.greenhouseLoop.fluid, s.greenhouseLoop.pressure);
  const tSet = s.minerLoop.inletSetpoint;
  const tMeanA = tSet + 0.5 * model.coolant.nominalDeltaT;
  const minerFlow = s.minerLoop.flowPerMiner * s.miners.count * minerFluid.density(tMeanA);
  const preheat = s.greenhouseLoop.preheatSetpoint ?? tSet + 5;
  const supplyTop = Math.max(...s.greenhouseLoop.heatingCurve.map((p) => p.supply));
  const tMeanB = 0.5 * (supplyTop + Math.min(supplyTop, preheat) - 20);
  const greenhouseFlow = s.greenhouseLoop.flow * greenhouseFluid.density(tMeanB);

  // Exchanger: UA at nominal flows from the scenario (ua, or area × U) or the catalog entry.
  const hxs = s.heatExchanger;
  const cat = hxs.model ? plateExchangerModel(hxs.model) : undefined;
  const overallU = hxs.overallU ?? cat?.overallU;
  const ua = hxs.ua ?? (hxs.area !== undefined && overallU !== undefined ? hxs.area * overallU : cat?.ua);
  if (ua === undefined) throw new InputError('heatExchanger', hxs, 'a catalog model, area with overallU, or ua');
  const nominal = cat
    ? plateExchangerNominalFlows(cat, minerFluid, greenhouseFluid)
    : { hot: minerFlow, cold: greenhouseFlow };
  const hx = hxModelFromUA({
    ua,
    hotFlowNominal: nominal.hot,
    coldFlowNominal: nominal.cold,
    hotFluid: minerFluid,
    coldFluid: greenhouseFluid,
    arrangement: 'counterflow',
    exponent: hxs.flowExponent,
  });

  const dc = dryCooler(dryCoolerModel(s.dryCooler.model), Math.max(1, s.dryCooler.count));
  const heater = backupHeater({
    kind: s.backupHeater.type === 'electric' ? 'electric' : 'gas',
    capacity: s.backupHeater.capacity,
    efficiency: s.backupHeater.efficiency,
  });
  return {
    miners: bank,
    minerMode: s.miners.mode,
    availability: s.miners.availability,
    containerAirT: s.miners.containerAirTemperature,
    minerFluid,
    minerFlow,
    minerInletSetpoint: tSet,
    preheatSetpoint: preheat,
    hx,
    dryCooler: dc,
    greenhouseFluid,
    greenhouseFlow,
    heater,
    minerPump: {
      pressureRise: model.coolant.pressureDrop + s.minerLoop.externalPressureDrop,
      efficiency: s.minerLoop.pumpEfficiency,
    },
    greenhousePump: { pressureRise: s.greenhouseLoop.externalPressureDrop, efficiency: s.greenhouseLoop.pumpEfficiency },
    cpMiner: minerFluid.specificHeat(tMeanA),
    cpGreenhouse: greenhouseFluid.specificHeat(tMeanB),
  };
}

/** Boundary conditions of one steady operating point. SI. */
export interface PlantInputs {
  /** Outdoor dry bulb at the dry cooler, K. */
  ambientT: number;
  /** Heat the greenhouse heating circuit takes from the supply header, W (≥ 0). */
  heatDemand: number;
  /** Supply set-point of the greenhouse loop (heating curve), K. */
  supplySetpoint: number;
  /** Miner power limit, fraction of the mode's power (0 = off). */
  powerLimit: number;
  /** Pump speeds as a fraction of nominal flow (default 1). */
  minerPumpSpeed?: number;
  greenhousePumpSpeed?: number;
}

/**
 * How the dry cooler holds the miner inlet: 'valve' (fans stopped, bypass valve modulating), 'fans' (all
 * flow through the cooler, fan speed modulating), 'bypassed' (no flow through the cooler; the exchanger
 * takes everything and the inlet floats below its set-point), 'full' (fans at full speed and still short:
 * the inlet floats above its set-point).
 */
export type FanMode = 'valve' | 'fans' | 'bypassed' | 'full';

/** The operating point: every temperature, flow and duty. SI. */
export interface PlantState {
  fanMode: FanMode;
  // Miner loop
  minerFlow: number;
  minerInletT: number;
  minerOutletT: number;
  hxHotOutT: number;
  /** = minerInletT at steady state. */
  dryCoolerOutT: number;
  minerElectricPower: number;
  heatToCoolant: number;
  heatToAir: number;
  hashrate: number;
  chipT: number;
  /** Share of units hashing. */
  minerUptime: number;
  /** 'running' | 'throttled' | 'shutdown' | 'off' | 'cycling' (at a shutdown threshold). */
  minerStatus: string;
  // Exchanger
  hxDuty: number;
  hxColdFlow: number;
  hxColdInT: number;
  hxColdOutT: number;
  hxUA: number;
  hxEffectiveness: number;
  hxNtu: number;
  // Dry cooler
  dryCoolerDuty: number;
  /** Share of the miner-loop flow through the dry cooler (the rest bypasses it). */
  dryCoolerFlowShare: number;
  fanSpeed: number;
  fanPower: number;
  // Greenhouse loop
  greenhouseFlow: number;
  greenhouseReturnT: number;
  /** After the exchanger branch and bypass mix. */
  preheatedT: number;
  supplyT: number;
  boilerHeat: number;
  boilerInput: number;
  heatDelivered: number;
  unmetHeat: number;
  // Pumps
  minerPumpPower: number;
  greenhousePumpPower: number;
  /** |Q_cool − Q_hx − Q_dc| / max(|Q_cool|, 1 W) (miner loop) — the steady balance residual. */
  energyResidual: number;
}

export function createPlantState(): PlantState {
  return {
    fanMode: 'bypassed',
    minerFlow: 0,
    minerInletT: 0,
    minerOutletT: 0,
    hxHotOutT: 0,
    dryCoolerOutT: 0,
    minerElectricPower: 0,
    heatToCoolant: 0,
    heatToAir: 0,
    hashrate: 0,
    chipT: 0,
    minerUptime: 0,
    minerStatus: 'off',
    hxDuty: 0,
    hxColdFlow: 0,
    hxColdInT: 0,
    hxColdOutT: 0,
    hxUA: 0,
    hxEffectiveness: 0,
    hxNtu: 0,
    dryCoolerDuty: 0,
    dryCoolerFlowShare: 0,
    fanSpeed: 0,
    fanPower: 0,
    greenhouseFlow: 0,
    greenhouseReturnT: 0,
    preheatedT: 0,
    supplyT: 0,
    boilerHeat: 0,
    boilerInput: 0,
    heatDelivered: 0,
    unmetHeat: 0,
    minerPumpPower: 0,
    greenhousePumpPower: 0,
    energyResidual: 0,
  };
}

/** Scratch space reused between solves (no allocation per call). */
interface Work {
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
}

const works = new WeakMap<Plant, Work>();
function work(p: Plant): Work {
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
    };
    works.set(p, w);
  }
  return w;
}

/** Temperature tolerance of the loop solves, K (the energy residual follows as ~ṁ·cp·tol/Q ≈ 1e-12). */
const T_TOL = 1e-12;

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
  check('supplySetpoint', inp.supplySetpoint, 273.15, 423.15, 'a temperature between 0 and 150 °C (in K)');
  check('powerLimit', inp.powerLimit, 0, 1, 'a fraction between 0 and 1');
  const sA = inp.minerPumpSpeed ?? 1;
  const sB = inp.greenhousePumpSpeed ?? 1;
  check('minerPumpSpeed', sA, 0, 1.5, 'a fraction of nominal flow between 0 and 1.5');
  check('greenhousePumpSpeed', sB, 0, 1.5, 'a fraction of nominal flow between 0 and 1.5');
  const w = work(p);
  const mA = p.minerFlow * sA;
  const mB = p.greenhouseFlow * sB;
  const cA = mA * p.cpMiner;
  const cB = mB * p.cpGreenhouse;
  const tSet = p.minerInletSetpoint;
  const tPre = p.preheatSetpoint;
  const tSup = inp.supplySetpoint;

  // Greenhouse side: the circuit takes Q_gh at the supply temperature; the primary return follows.
  let qGh = inp.heatDemand;
  if (qGh > 0 && !(cB > 0)) {
    throw new PhysicsError(
      `greenhouse loop: ${(qGh / 1e3).toFixed(1)} kW demanded with no primary flow; raise greenhousePumpSpeed above 0`,
    );
  }
  const tB1 = cB > 0 ? tSup - qGh / cB : tSup;
  p.greenhouseFluid.specificHeat(tB1); // throws a PhysicsError naming the fluid if the return would freeze

  // Miner side at a given inlet temperature: miners, then the exchanger branch control. While the bank
  // duty-cycles at a shutdown threshold (see below), the heat is the running/stopped mix with fraction cf.
  let cycling = false;
  let cf = 1;
  let qOn = 0;
  let qOff = 0;
  const minerSide = (tA1: number): void => {
    let qCool: number;
    if (cycling) qCool = cf * qOn + (1 - cf) * qOff;
    else {
      const b = evaluateMinerBank(
        p.miners,
        { inletT: tA1, massFlow: mA, fluid: p.minerFluid, airT: p.containerAirT, mode: p.minerMode, powerLimit: inp.powerLimit },
        w.bank,
      );
      qCool = b.heatToCoolant * p.availability;
    }
    const tA2 = cA > 0 ? tA1 + qCool / cA : tA1;
    w.qCool = qCool;
    w.tA2 = tA2;
    branchControl(p, w, mA, tA2, tB1, cB > 0 ? mB : 0, tPre, qGh);
  };

  // Dry-cooler duty at the exchanger's hot outlet for a control signal u ∈ [0, 2]: u ≤ 1 is the share of the
  // loop flow sent through the cooler with the fans stopped (a three-way bypass valve, mixing after), u > 1
  // is all the flow with the fans at speed u − 1. The duty rises monotonically with u.
  const dcDuty = (tA3: number, u: number): number =>
    dryCoolerOutlet(
      p.dryCooler,
      { inletT: tA3, massFlow: u < 1 ? mA * u : mA, fluid: p.minerFluid, ambientT: inp.ambientT, fanSpeed: u > 1 ? u - 1 : 0 },
      w.dcOut,
    ).duty;

  let tA1 = tSet;
  let u = 0;
  let mode: FanMode;
  if (!(cA > 0)) {
    // No miner-loop flow: the bank shuts down (no-flow); nothing crosses the exchanger.
    minerSide(tSet);
    mode = 'bypassed';
  } else {
    minerSide(tSet);
    const tA3 = tSet + (w.qCool - w.qHx) / cA;
    const need = cA * (tA3 - tSet); // heat the dry cooler must reject to hold the set-point
    const q2 = dcDuty(tA3, 2);
    if (need >= 0 && need <= q2) {
      const q1 = dcDuty(tA3, 1);
      mode = need <= q1 ? 'valve' : 'fans';
      u =
        need === 0
          ? 0
          : mode === 'valve'
            ? brent((x) => dcDuty(tA3, x) - need, 0, 1, 1e-13, 'dry-cooler valve', -need, q1 - need, w.root2).x
            : brent((x) => dcDuty(tA3, x) - need, 1, 2, 1e-13, 'dry-cooler fan speed', q1 - need, q2 - need, w.root2).x;
    } else {
      mode = need < 0 ? 'bypassed' : 'full';
      u = mode === 'bypassed' ? 0 : 2;
      // Loop closure h(T) = Q_cool − Q_hx − Q_dc = 0, decreasing in T; bracket on the side away from tSet.
      const h = (t: number): number => {
        minerSide(t);
        return w.qCool - w.qHx - (u > 0 ? dcDuty(t + (w.qCool - w.qHx) / cA, u) : 0);
      };
      const hSet = need - (mode === 'bypassed' ? 0 : q2); // = h(tSet)
      let lo: number;
      let hi: number;
      let hLo: number;
      let hHi: number;
      if (mode === 'bypassed') {
        hi = tSet;
        hHi = hSet;
        // Low enough that the exchanger branch is closed (miner outlet below the return) and the container
        // air warms the coolant: there h = Q_cool > 0.
        lo = Math.max(
          p.minerFluid.freezingPoint + 0.5,
          Math.min(tB1, p.containerAirT) - 1 - Math.max(0, w.qCool) / cA,
        );
        hLo = h(lo);
        if (hLo < 0) {
          throw new PhysicsError(
            `miner loop: no steady state above ${(lo - 273.15).toFixed(1)} °C — the exchanger removes more heat than the miners make even at that inlet temperature; raise the power limit or lower the greenhouse loop flow`,
          );
        }
      } else {
        lo = tSet;
        hLo = hSet;
        hi = Math.min(p.minerFluid.maxTemperature - 1, tSet + 60);
        hHi = h(hi);
        if (hHi > 0) {
          throw new PhysicsError(
            `miner loop: the coolant would exceed ${(hi - 273.15).toFixed(1)} °C — the dry cooler at full fan speed cannot reject the miners' heat at ${(inp.ambientT - 273.15).toFixed(1)} °C outdoors; add dry-cooler capacity or lower the miners' power limit`,
          );
        }
      }
      const r = brent(h, lo, hi, T_TOL, 'miner-loop temperature', hLo, hHi, w.root);
      tA1 = r.x;
      const residual = h(tA1);
      if (Math.abs(residual) > 1e-7 * Math.max(1, Math.abs(w.qCool))) {
        // A discontinuity (units shutting down at their inlet limit): the equilibrium is a duty cycle in
        // which a fraction cf of the units runs, at the threshold temperature. Solve the closure for cf.
        minerSide(tA1 - 4 * T_TOL);
        qOn = w.qCool;
        const runningSnapshot = snapshot(w.bank);
        minerSide(tA1 + 4 * T_TOL);
        qOff = w.qCool;
        cycling = true;
        const hc = (x: number): number => {
          cf = x;
          return h(tA1);
        };
        cf = brent(hc, 0, 1, 1e-14, 'miner duty cycle', undefined, undefined, w.root).x;
        minerSide(tA1);
        restore(w.bank, runningSnapshot);
      } else minerSide(tA1);
    }
  }

  // Collect the state. While cycling, the bank output holds the running units' state, scaled by cf.
  const b = w.bank;
  const f = cycling ? cf : 1;
  const avail = p.availability;
  const qCool = w.qCool;
  out.fanMode = mode;
  out.minerFlow = mA;
  out.minerInletT = tA1;
  out.minerOutletT = w.tA2;
  out.heatToCoolant = qCool;
  out.minerElectricPower = b.electricPower * avail * f;
  out.heatToAir = out.minerElectricPower - qCool;
  out.hashrate = b.hashrate * avail * f;
  out.chipT = b.chipT;
  out.minerUptime = b.uptime * avail * f;
  out.minerStatus = cycling ? 'cycling' : b.status;

  const qHx = w.qHx;
  out.hxDuty = qHx;
  out.hxColdFlow = w.mc;
  out.hxColdInT = tB1;
  out.hxColdOutT = w.mc > 0 ? tB1 + qHx / (w.mc * p.cpGreenhouse) : tB1;
  // With the branch closed nothing flows on the cold side: report ε = NTU = 0 rather than NTU = ∞.
  const open = w.mc > 0;
  out.hxUA = open ? w.hxOut.ua : 0;
  out.hxEffectiveness = open ? w.hxOut.effectiveness : 0;
  out.hxNtu = open ? w.hxOut.ntu : 0;
  out.hxHotOutT = cA > 0 ? out.minerOutletT - qHx / cA : out.minerOutletT;

  // Dry cooler: the exact duty that closes the loop at the solved state (fan speed from the solve).
  const qDc = cA > 0 && u > 0 ? dcDuty(out.hxHotOutT, u) : 0;
  out.dryCoolerDuty = qDc;
  out.dryCoolerFlowShare = u < 1 ? u : 1;
  out.fanSpeed = u > 1 ? u - 1 : 0;
  out.fanPower = u > 0 ? w.dcOut.fanPower : 0;
  out.dryCoolerOutT = cA > 0 ? out.hxHotOutT - qDc / cA : out.hxHotOutT;
  out.energyResidual = Math.abs(qCool - qHx - qDc) / Math.max(1, Math.abs(qCool), Math.abs(qHx) + Math.abs(qDc));

  // Greenhouse loop: boiler tops the mix up to the supply set-point, up to capacity.
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
  out.supplyT = cB > 0 ? tB1 + out.heatDelivered / cB : tSup;

  // Pumps: P = V̇·Δp/η with Δp ∝ V̇² (fixed system curve), so P ∝ speed³.
  out.minerPumpPower =
    (p.minerFlow / p.minerFluid.density(tSet)) * p.minerPump.pressureRise * sA ** 3 / p.minerPump.efficiency;
  out.greenhousePumpPower =
    (p.greenhouseFlow / p.greenhouseFluid.density(tB1)) * p.greenhousePump.pressureRise * sB ** 3 / p.greenhousePump.efficiency;
  return out;
}

/**
 * Exchanger branch control (see the module doc): choose m_c ∈ [0, mMax] so the branch leaves at tPre,
 * then cap the duty at qMax. Writes w.qHx, w.mc and w.hxOut.
 */
function branchControl(p: Plant, w: Work, mA: number, tA2: number, tB1: number, mMax: number, tPre: number, qMax: number): void {
  const cpB = p.cpGreenhouse;
  const duty = (m: number): number => offDesignInto(p.hx, mA, m, tA2, tB1, w.hxOut).duty;
  w.qHx = 0;
  w.mc = 0;
  if (!(mMax > 0) || !(mA > 0) || qMax <= 0 || tA2 <= tB1) {
    offDesignInto(p.hx, mA, 0, tA2, tB1, w.hxOut);
    return;
  }
  // Branch outlet above tPre at flow m ⇔ g(m) = Q(m) − m·cp·(tPre − tB1) > 0. g(0) = 0, g decreasing for
  // large m; the wanted m is the positive root (or mMax when the outlet is still above tPre there).
  let m = mMax;
  let q = duty(mMax);
  if (tPre > tB1 && q < mMax * cpB * (tPre - tB1)) {
    if (tA2 <= tPre) {
      // Even a trickle leaves below the pre-heat set-point: the branch stays closed.
      offDesignInto(p.hx, mA, 0, tA2, tB1, w.hxOut);
      return;
    }
    const g = (x: number): number => duty(x) - x * cpB * (tPre - tB1);
    // Lower bracket: a small flow where the outlet is still above tPre (approaches tA2 > tPre as m → 0).
    let lo = mMax * 1e-6;
    while (g(lo) <= 0 && lo > 1e-14) lo *= 0.01;
    if (g(lo) <= 0) {
      offDesignInto(p.hx, mA, 0, tA2, tB1, w.hxOut);
      return;
    }
    m = brent(g, lo, mMax, mMax * 1e-13, 'exchanger branch flow', undefined, undefined, w.root2).x;
    q = duty(m);
  }
  if (q > qMax) {
    // More than the greenhouse takes: throttle the branch until Q = qMax (Q increases with m).
    m = brent((x) => duty(x) - qMax, 0, m, m * 1e-13, 'exchanger duty cap', -qMax, q - qMax, w.root2).x;
    q = duty(m);
  }
  w.qHx = q;
  w.mc = m;
}

/** The bank output fields that describe the running units (for the duty-cycle report). */
function snapshot(b: MinerBankOutput): [number, number, number, number, number] {
  return [b.electricPower, b.hashrate, b.chipT, b.uptime, b.heatToCoolant];
}
function restore(b: MinerBankOutput, s: [number, number, number, number, number]): void {
  [b.electricPower, b.hashrate, b.chipT, b.uptime, b.heatToCoolant] = s;
  b.status = 'running';
}

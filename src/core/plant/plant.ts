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
 * 1. Recovery first: the exchanger branch flow m_c is the smallest that takes all the miner heat at the
 *    miner-inlet set-point, so the water leaves the exchanger as hot as its size allows (the pilot's "water
 *    exceeding 75 °C" is then an outcome of exchanger size and return temperature, not a set-point). The
 *    exchanger never delivers more than the greenhouse takes (Q_hx ≤ Q_gh); when even the full branch flow
 *    cannot take all the miner heat, the rest goes to the dry cooler.
 * 2. The dry cooler holds the miner inlet at its set-point T_A,set with its bypass valve (fans stopped) and
 *    then its fans. When the miners make no heat (off) the loop floats down towards the container air; when
 *    the fans at full speed cannot reject enough it floats above the set-point (the miners may throttle or
 *    shut down, possibly duty-cycling at their inlet limit).
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
import {
  createDryCoolerOutput,
  type DryCooler,
  type DryCoolerInputs,
  dryCooler,
  dryCoolerOutlet,
} from '../components/dryCooler';
import {
  createMinerBankOutput,
  evaluateMinerBank,
  type MinerBank,
  type MinerBankInputs,
  type MinerBankOutput,
  minerBank,
} from '../components/minerBank';
import { InputError, PhysicsError } from '../errors';
import { parseFluid } from '../fluids';
import type { Fluid } from '../fluids/types';
import { type HxModel, hxModelFromUA, newOffDesignResult, offDesignInto } from '../hx/plate';
import {
  dryCoolerModel,
  minerModel,
  plateExchangerModel,
  plateExchangerNominalFlows,
} from '../models/catalog';
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
  const supplyTop = Math.max(...s.greenhouseLoop.heatingCurve.map((p) => p.supply));
  const tMeanB = supplyTop - 10;
  const greenhouseFlow = s.greenhouseLoop.flow * greenhouseFluid.density(tMeanB);

  // Exchanger: UA at nominal flows from the scenario (ua, or area × U) or the catalog entry.
  const hxs = s.heatExchanger;
  const cat = hxs.model ? plateExchangerModel(hxs.model) : undefined;
  const overallU = hxs.overallU ?? cat?.overallU;
  const ua = hxs.ua ?? (hxs.area !== undefined && overallU !== undefined ? hxs.area * overallU : cat?.ua);
  if (ua === undefined)
    throw new InputError('heatExchanger', hxs, 'a catalog model, area with overallU, or ua');
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
    hx,
    dryCooler: dc,
    greenhouseFluid,
    greenhouseFlow,
    heater,
    minerPump: {
      pressureRise: model.coolant.pressureDrop + s.minerLoop.externalPressureDrop,
      efficiency: s.minerLoop.pumpEfficiency,
    },
    greenhousePump: {
      pressureRise: s.greenhouseLoop.externalPressureDrop,
      efficiency: s.greenhouseLoop.pumpEfficiency,
    },
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
  /**
   * Variable primary flow: the temperature of the water coming back from the greenhouse circuit, K. When
   * given, the primary pump carries only what the circuit draws, ṁ_B = Q_gh / (cp·(T_supply − returnT)),
   * up to `greenhousePumpSpeed` × nominal flow — so the exchanger sees the circuit's cold return. Without
   * it the primary flow is constant and its return follows from the balance.
   */
  returnT?: number;
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
  // Reused component inputs (no object literal per evaluation in the hot loop).
  bankIn: MinerBankInputs;
  dcIn: DryCoolerInputs;
  // Context of the branch-flow solve and its residual function (created once per plant).
  bc: { mA: number; tA2: number; tB1: number; target: number };
  branchResidual: (m: number) => number;
  // Context of the current solve (read by minerSide / dcDuty, module functions: no closures per call).
  p: Plant;
  mA: number;
  cA: number;
  mB: number;
  tB1: number;
  qGh: number;
  cycling: boolean;
  cf: number;
  qOn: number;
  qOff: number;
  /** Branch flow of the previous solve (warm start). */
  mcPrev: number;
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
      bankIn: {
        inletT: 0,
        massFlow: 0,
        fluid: p.minerFluid,
        airT: p.containerAirT,
        mode: p.minerMode,
        powerLimit: 1,
      },
      dcIn: { inletT: 0, massFlow: 0, fluid: p.minerFluid, ambientT: 0, fanSpeed: 0 },
      bc: { mA: 0, tA2: 0, tB1: 0, target: 0 },
      branchResidual: () => 0,
      p,
      mA: 0,
      cA: 0,
      mB: 0,
      tB1: 0,
      qGh: 0,
      cycling: false,
      cf: 1,
      qOn: 0,
      qOff: 0,
      mcPrev: 0,
    };
    const ww = w;
    ww.branchResidual = (m: number): number =>
      offDesignInto(p.hx, ww.bc.mA, m, ww.bc.tA2, ww.bc.tB1, ww.hxOut).duty - ww.bc.target;
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
  const mBmax = p.greenhouseFlow * sB;
  const cA = mA * p.cpMiner;

  const tSet = p.minerInletSetpoint;
  const tSup = inp.supplySetpoint;

  // Greenhouse side: the circuit takes Q_gh at the supply temperature; the primary return follows.
  const qGh = inp.heatDemand;
  if (qGh > 0 && !(mBmax > 0)) {
    throw new PhysicsError(
      `greenhouse loop: ${(qGh / 1e3).toFixed(1)} kW demanded with no primary flow; raise greenhousePumpSpeed above 0`,
    );
  }
  let mB = mBmax;
  if (inp.returnT !== undefined) {
    check('returnT', inp.returnT, 273.15, tSup, 'a temperature between 0 °C and the supply set-point (in K)');
    const dT = tSup - inp.returnT;
    mB = dT > 0 ? Math.min(mBmax, qGh / (p.cpGreenhouse * dT)) : qGh > 0 ? mBmax : 0;
  }
  const cB = mB * p.cpGreenhouse;
  const tB1 = cB > 0 ? tSup - qGh / cB : (inp.returnT ?? tSup);
  p.greenhouseFluid.specificHeat(tB1); // throws a PhysicsError naming the fluid if the return would freeze

  // Context for minerSide / dcDuty (module functions below).
  w.bankIn.massFlow = mA;
  w.bankIn.powerLimit = inp.powerLimit;
  w.dcIn.ambientT = inp.ambientT;
  w.mA = mA;
  w.cA = cA;
  w.mB = cB > 0 ? mB : 0;
  w.tB1 = tB1;
  w.qGh = qGh;
  w.cycling = false;
  w.cf = 1;

  let tA1 = tSet;
  let u = 0;
  let qDcHeld = -1; // ≥ 0 when the dry cooler holds the set-point with this exact duty
  let mode: FanMode;
  if (!(cA > 0)) {
    // No miner-loop flow: the bank shuts down (no-flow); nothing crosses the exchanger.
    minerSide(w, tSet);
    mode = 'bypassed';
  } else {
    minerSide(w, tSet);
    const tA3 = tSet + (w.qCool - w.qHx) / cA;
    const need = cA * (tA3 - tSet); // heat the dry cooler must reject to hold the set-point
    const q2 = need > 0 ? dcDuty(w, tA3, 2) : 0;
    if (need >= 0 && need <= q2) {
      const q1 = dcDuty(w, tA3, 1);
      mode = need === 0 ? 'bypassed' : need <= q1 ? 'valve' : 'fans';
      // The control holds the set-point exactly (the duty is `need`); the valve position / fan speed that
      // gives it is needed only for the flow share and fan power, so it is solved to 0.2 % of its range (fan
      // power ∝ speed³ then within 0.6 %).
      qDcHeld = need;
      u =
        need === 0
          ? 0
          : mode === 'valve'
            ? brent(
                (x) => dcDuty(w, tA3, x) - need,
                0,
                1,
                2e-3,
                'dry-cooler valve',
                -need,
                q1 - need,
                w.root2,
              ).x
            : brent(
                (x) => dcDuty(w, tA3, x) - need,
                1,
                2,
                2e-3,
                'dry-cooler fan speed',
                q1 - need,
                q2 - need,
                w.root2,
              ).x;
    } else {
      mode = need < 0 ? 'bypassed' : 'full';
      u = mode === 'bypassed' ? 0 : 2;
      // Loop closure h(T) = Q_cool − Q_hx − Q_dc = 0, decreasing in T; bracket on the side away from tSet.
      const h = (t: number): number => {
        minerSide(w, t);
        return w.qCool - w.qHx - (u > 0 ? dcDuty(w, t + (w.qCool - w.qHx) / cA, u) : 0);
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
        minerSide(w, tA1 - 4 * T_TOL);
        w.qOn = w.qCool;
        const runningSnapshot = snapshot(w.bank);
        minerSide(w, tA1 + 4 * T_TOL);
        w.qOff = w.qCool;
        w.cycling = true;
        w.cf = brent(
          (x) => {
            w.cf = x;
            return h(tA1);
          },
          0,
          1,
          1e-14,
          'miner duty cycle',
          undefined,
          undefined,
          w.root,
        ).x;
        minerSide(w, tA1);
        restore(w.bank, runningSnapshot);
      } else minerSide(w, tA1);
    }
  }

  // Collect the state. While cycling, the bank output holds the running units' state, scaled by cf.
  const b = w.bank;
  const cycling = w.cycling;
  const f = cycling ? w.cf : 1;
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
  // The exchanger's own outlet (cp at its inlet); never above the hot inlet (second law, ε ≤ 1).
  out.hxColdOutT = w.mc > 0 ? Math.min(w.hxOut.coldOut, w.tA2) : tB1;
  // With the branch closed nothing flows on the cold side: report ε = NTU = 0 rather than NTU = ∞.
  const open = w.mc > 0;
  out.hxUA = open ? w.hxOut.ua : 0;
  out.hxEffectiveness = open ? w.hxOut.effectiveness : 0;
  out.hxNtu = open ? w.hxOut.ntu : 0;
  out.hxHotOutT = cA > 0 ? out.minerOutletT - qHx / cA : out.minerOutletT;

  // Dry cooler: the exact duty that closes the loop at the solved state (fan speed from the solve).
  const qDc = qDcHeld >= 0 ? qDcHeld : cA > 0 && u > 0 ? dcDuty(w, out.hxHotOutT, u) : 0;
  if (qDcHeld >= 0 && u > 0) dcDuty(w, out.hxHotOutT, u); // fan power at the final setting
  out.dryCoolerDuty = qDc;
  out.dryCoolerFlowShare = Math.min(u, 1);
  out.fanSpeed = u > 1 ? u - 1 : 0;
  out.fanPower = u > 0 ? w.dcOut.fanPower : 0;
  out.dryCoolerOutT = cA > 0 ? out.hxHotOutT - qDc / cA : out.hxHotOutT;
  out.energyResidual =
    Math.abs(qCool - qHx - qDc) / Math.max(1, Math.abs(qCool), Math.abs(qHx) + Math.abs(qDc));

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
    ((p.minerFlow / p.minerFluid.density(tSet)) * p.minerPump.pressureRise * sA ** 3) /
    p.minerPump.efficiency;
  const rB = mB / p.greenhouseFlow;
  out.greenhousePumpPower =
    ((p.greenhouseFlow / p.greenhouseFluid.density(tB1)) * p.greenhousePump.pressureRise * rB ** 3) /
    p.greenhousePump.efficiency;
  return out;
}

/**
 * Miner side at inlet temperature tA1: the bank, then the exchanger branch control (writes w.qCool, w.tA2,
 * w.qHx, w.mc). While the bank duty-cycles at a shutdown threshold, its heat is the running/stopped mix
 * with fraction w.cf.
 */
function minerSide(w: Work, tA1: number): void {
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
function dcDuty(w: Work, tA3: number, u: number): number {
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
  const rMax = w.branchResidual(mMax);
  if (rMax <= 0) {
    w.qHx = rMax + target;
    w.mc = mMax;
    return;
  }
  // Q(m) rises monotonically from 0 (m = 0) to Q(mMax) > target: one bracketed solve. The duty is then the
  // target exactly (the flow is known to 1e-10 relative, far below any other uncertainty).
  // Warm start: a narrow bracket around the previous step's flow (the operating point moves little from one
  // step to the next), else the whole range.
  let lo = 0;
  let hi = mMax;
  let fLo = -target;
  let fHi = rMax;
  const prev = w.mcPrev;
  if (prev > 0 && prev < mMax) {
    const a = prev * 0.97;
    const b = Math.min(mMax, prev * 1.03);
    const fa = w.branchResidual(a);
    if (fa < 0) {
      const fb = w.branchResidual(b);
      if (fb > 0) {
        lo = a;
        hi = b;
        fLo = fa;
        fHi = fb;
      } else {
        lo = b;
        fLo = fb;
      }
    } else {
      hi = a;
      fHi = fa;
    }
  }
  const m = brent(w.branchResidual, lo, hi, mMax * 1e-10, 'exchanger branch flow', fLo, fHi, w.root2).x;
  w.mcPrev = m;
  w.branchResidual(m); // leave hxOut (UA, ε, NTU) at the solved flow
  w.qHx = target;
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

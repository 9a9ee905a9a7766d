/**
 * A bank of N identical liquid-cooled miners in parallel (e.g. the Manitoba site: 360 Avalon A1566HA in 4
 * container modules = 4 groups of 90). The coolant flow splits equally between the units of the active
 * groups, so every active unit sees the same inlet temperature and flow: the model evaluates one unit and
 * scales by the unit count (cost independent of N, no allocation when an output object is reused).
 *
 * Per unit (SI; p = fraction of the mode's power actually drawn):
 *   electric power      P = p·P_mode                                   (hashrate H = p·H_mode: constant J/TH
 *                                                                         inside a mode — conservative, real
 *                                                                         chips gain a little efficiency when
 *                                                                         slowed)
 *   heat into coolant   Q = φ·P − G·(T̄ − T_air)                         φ = heatToCoolantFraction, G = case
 *                                                                         conductance, T̄ = (T_in + T_out)/2
 *   coolant outlet      T_out = T_in + Q/(ṁ·cp(T̄))                     energy balance, cp at the mean T (two
 *                                                                         passes: cp(T_in), then cp(T̄))
 *   heat to air         P − Q
 *   chip temperature    T_chip = T_out + R_th·φ·P                       R_th from the catalog, referred to the
 *                                                                         coolant **outlet** (hottest, so
 *                                                                         conservative)
 * Q and T_chip are linear in p, so the throttle rule below has a closed-form solution (no iteration).
 *
 * Throttle rule (documented assumption, catalog `thermal.*`): with T_crit the critical temperature, b the
 * throttle band and p_min the minimum power fraction, the firmware allows
 *   p ≤ p_lim(T_chip) = 1 − (1 − p_min)·(T_chip − (T_crit − b))/b        (linear derate over the last b K)
 * The unit draws p = min(λ, p*) where λ is the requested power limit and p* solves p = p_lim(T_chip(p)).
 * Status: `running` (p = λ), `throttled` (p < λ), `shutdown` when p* < p_min (chip would pass T_crit even at
 * the minimum power), when the inlet exceeds the catalog max inlet, when the inlet–outlet difference
 * exceeds the catalog max ΔT, or with no flow (below MIN_UNIT_FLOW per unit); `off` for λ = 0 or an
 * inactive group. A shut-down unit
 * draws no power (standby neglected); its coolant still exchanges heat with the air through the case.
 *
 * Sources: [facts] (80 °C critical limit, ΔT shutdown, sizing rule ṁ = P/(cp ΔT)); all thresholds come
 * from the catalog entry, where each is sourced or marked as an assumption.
 */
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';
import type { MinerMode, MinerModeName, MinerModel } from '../models/catalog';

/** Below this coolant flow per unit (kg/s) a unit counts as having no flow (its ΔT would exceed 10⁶ K). */
export const MIN_UNIT_FLOW = 1e-9;

export type MinerStatus = 'running' | 'throttled' | 'shutdown' | 'off';
export type MinerShutdownReason =
  | 'none'
  | 'off'
  | 'no-flow'
  | 'inlet-too-hot'
  | 'delta-t-too-high'
  | 'over-temperature';

/** A bank of identical miners; build with `minerBank`. */
export interface MinerBank {
  readonly model: MinerModel;
  /** Total number of units. */
  readonly units: number;
  /** Number of equal groups (container modules). */
  readonly groups: number;
  readonly unitsPerGroup: number;
}

export interface MinerBankInputs {
  /** Coolant inlet temperature, K (same for every unit). */
  inletT: number;
  /** Total coolant mass flow into the bank, kg/s (split equally between the units of the active groups). */
  massFlow: number;
  fluid: Fluid;
  /** Container air temperature, K. */
  airT: number;
  /** Operating mode; default 'normal'. */
  mode?: MinerModeName;
  /** Requested power limit as a fraction of the mode's power, 0–1 (0 = off); default 1. */
  powerLimit?: number;
  /** Groups switched on (the first k groups); default all. */
  activeGroups?: number;
}

export interface MinerBankOutput {
  /** Electric power of the whole bank, W. */
  electricPower: number;
  /** Heat into the coolant, W (negative when shut-down units' coolant loses heat to colder air). */
  heatToCoolant: number;
  /** Heat to the container air, W (= electricPower − heatToCoolant). */
  heatToAir: number;
  /** Mixed coolant outlet temperature, K (= inlet when nothing flows). */
  outletT: number;
  /** Chip/board sensor temperature of an active unit, K (the coolant temperature when not hashing). */
  chipT: number;
  /** Total hashrate, hash/s. */
  hashrate: number;
  /** Power fraction of the mode drawn by an active unit, –. */
  powerFraction: number;
  /** Coolant mass flow per active unit, kg/s. */
  unitFlow: number;
  /** Status of the active units. */
  status: MinerStatus;
  reason: MinerShutdownReason;
  /** Status per group (index = group); inactive groups are 'off'. Preallocated, rewritten in place. */
  readonly groupStatus: MinerStatus[];
  /** Units hashing (running or throttled) / all units, –. */
  uptime: number;
  /** Units in the active groups. */
  activeUnits: number;
}

/** A bank of `units` identical `model` miners in `groups` equal groups (units must divide evenly). */
export function minerBank(model: MinerModel, units: number, groups = 1): MinerBank {
  if (!Number.isInteger(units) || units < 1) throw new InputError('units', units, 'a whole number ≥ 1');
  if (!Number.isInteger(groups) || groups < 1 || groups > units)
    throw new InputError('groups', groups, `a whole number between 1 and units (${units})`);
  if (units % groups !== 0)
    throw new InputError('groups', groups, `a divisor of units (${units}) so that groups are equal`);
  return { model, units, groups, unitsPerGroup: units / groups };
}

/** A fresh output object for `bank` (reuse it across calls to avoid allocation). */
export function createMinerBankOutput(bank: MinerBank): MinerBankOutput {
  return {
    electricPower: 0,
    heatToCoolant: 0,
    heatToAir: 0,
    outletT: 0,
    chipT: 0,
    hashrate: 0,
    powerFraction: 0,
    unitFlow: 0,
    status: 'off',
    reason: 'off',
    groupStatus: new Array<MinerStatus>(bank.groups).fill('off'),
    uptime: 0,
    activeUnits: 0,
  };
}

function bad(field: string, value: number, allowed: string): never {
  throw new InputError(field, value, allowed);
}

/**
 * Steady state of the bank for one time step. Writes into `out` (allocated when omitted) and returns it.
 * Throws InputError for non-finite or out-of-range inputs, and the fluid's PhysicsError when the coolant
 * would freeze or boil.
 */
export function evaluateMinerBank(
  bank: MinerBank,
  inputs: MinerBankInputs,
  out: MinerBankOutput = createMinerBankOutput(bank),
): MinerBankOutput {
  const { inletT, massFlow } = inputs;
  const mode = inputs.mode ?? 'normal';
  const limit = inputs.powerLimit ?? 1;
  const activeGroups = inputs.activeGroups ?? bank.groups;
  checkInputs(bank, inputs, limit, activeGroups);
  const m = bank.model;
  const md = m.modes[mode];
  if (!md) throw new InputError('mode', mode, `one of ${Object.keys(m.modes).join(', ')} for ${m.id}`);

  const n = activeGroups * bank.unitsPerGroup;
  clearOutput(out, n, inletT, massFlow);
  if (n === 0 || limit === 0) {
    out.status = 'off';
    out.reason = 'off';
    // With units present the coolant still passes the cases; with none, nothing to compute.
    if (n > 0 && massFlow > 0) caseExchangeOnly(bank, inputs, out, n);
  } else if (out.unitFlow < MIN_UNIT_FLOW) {
    out.status = 'shutdown';
    out.reason = 'no-flow';
  } else if (inletT > m.coolant.maxInlet) {
    out.status = 'shutdown';
    out.reason = 'inlet-too-hot';
    caseExchangeOnly(bank, inputs, out, n);
  } else runningUnits(bank, inputs, md, limit, n, out);
  const gs = out.groupStatus;
  for (let i = 0; i < bank.groups; i++) gs[i] = i < activeGroups ? out.status : 'off';
  return out;
}

function checkInputs(bank: MinerBank, inputs: MinerBankInputs, limit: number, activeGroups: number): void {
  const { inletT, massFlow, airT } = inputs;
  if (!(inletT > 0 && inletT < Infinity)) bad('inletT', inletT, 'a finite temperature > 0 K');
  if (!(massFlow >= 0 && massFlow < Infinity)) bad('massFlow', massFlow, 'a finite mass flow ≥ 0 kg/s');
  if (!(airT > 0 && airT < Infinity)) bad('airT', airT, 'a finite temperature > 0 K');
  if (!(limit >= 0 && limit <= 1)) bad('powerLimit', limit, 'a fraction between 0 and 1');
  if (!(Number.isInteger(activeGroups) && activeGroups >= 0 && activeGroups <= bank.groups))
    bad('activeGroups', activeGroups, `a whole number between 0 and ${bank.groups}`);
}

/** Nothing running yet: the coolant leaves as it came. */
function clearOutput(out: MinerBankOutput, n: number, inletT: number, massFlow: number): void {
  out.activeUnits = n;
  out.outletT = inletT;
  out.chipT = inletT;
  out.electricPower = 0;
  out.heatToCoolant = 0;
  out.heatToAir = 0;
  out.hashrate = 0;
  out.powerFraction = 0;
  out.uptime = 0;
  out.unitFlow = n > 0 ? massFlow / n : 0;
}

/**
 * n units drawing power: the power fraction p (the limit, or lower where the chips reach the throttle band),
 * the heat to the coolant Q(p) = α·p − β and the chip temperature T_chip(p) = c0 + a·p, linear in p (see the
 * module doc); cp at the inlet, then once more at the mean. Shuts the units down when throttling would go below
 * the minimum power or the coolant would warm more than the model allows.
 */
function runningUnits(
  bank: MinerBank,
  inputs: MinerBankInputs,
  md: MinerMode,
  limit: number,
  n: number,
  out: MinerBankOutput,
): void {
  const { inletT, fluid, airT } = inputs;
  const m = bank.model;
  const th = m.thermal;
  const phi = th.heatToCoolantFraction;
  const G = th.caseConductance;
  const pm = md.power;
  const tStart = th.criticalTemperature - th.throttleBand;
  const k = (1 - th.minimumPowerFraction) / th.throttleBand;
  const mu = out.unitFlow;
  let cp = fluid.specificHeat(inletT);
  let p = limit;
  let q = 0;
  let tOut = inletT;
  let throttled = false;
  for (let pass = 0; pass < 2; pass++) {
    const C = mu * cp;
    const g = G / (2 * C);
    const alpha = (phi * pm) / (1 + g);
    const beta = (G * (inletT - airT)) / (1 + g);
    // Q(p) = α p − β ;  T_chip(p) = c0 + a p
    const c0 = inletT - beta / C;
    const a = alpha / C + th.thermalResistance * phi * pm;
    const lim = 1 - k * (c0 + a * limit - tStart);
    if (limit <= lim) {
      p = limit;
      throttled = false;
    } else {
      p = (1 - k * (c0 - tStart)) / (1 + k * a);
      throttled = true;
    }
    q = alpha * p - beta;
    tOut = inletT + q / C;
    if (pass === 0) cp = fluid.specificHeat(0.5 * (inletT + tOut));
  }
  if (throttled && p < th.minimumPowerFraction) {
    out.status = 'shutdown';
    out.reason = 'over-temperature';
    caseExchangeOnly(bank, inputs, out, n);
  } else if (tOut - inletT > m.coolant.maxDeltaT) {
    out.status = 'shutdown';
    out.reason = 'delta-t-too-high';
    caseExchangeOnly(bank, inputs, out, n);
  } else {
    out.status = throttled ? 'throttled' : 'running';
    out.reason = 'none';
    const pe = p * pm;
    out.powerFraction = p;
    out.electricPower = n * pe;
    out.heatToCoolant = n * q;
    out.heatToAir = n * (pe - q);
    out.hashrate = n * p * md.hashrate;
    out.outletT = tOut;
    out.chipT = tOut + th.thermalResistance * phi * pe;
    out.uptime = n / bank.units;
  }
}

/**
 * Units not drawing power but with coolant flowing: the coolant exchanges heat with the container air
 * through the case, Q = −G (T̄ − T_air), solved with T̄ = T_in + Q/(2C): Q = −G (T_in − T_air)/(1 + G/(2C)).
 */
function caseExchangeOnly(bank: MinerBank, inputs: MinerBankInputs, out: MinerBankOutput, n: number): void {
  const G = bank.model.thermal.caseConductance;
  const mu = out.unitFlow;
  if (G === 0 || mu === 0) return;
  const C = mu * inputs.fluid.specificHeat(inputs.inletT);
  const q = (-G * (inputs.inletT - inputs.airT)) / (1 + G / (2 * C));
  out.heatToCoolant = n * q;
  out.heatToAir = -n * q;
  out.outletT = inputs.inletT + q / C;
  out.chipT = 0.5 * (inputs.inletT + out.outletT);
}

/**
 * Total coolant mass flow that carries the bank's full electric power with a temperature rise ΔT:
 * ṁ = N·P_mode / (cp(T̄)·ΔT) — the [facts] sizing rule (8.06 kW, ΔT 10 K, water → 0.19 kg/s per unit).
 * Uses the full electric power (not only the cold-plate share), as the rule does: a slight over-sizing.
 * `meanT` defaults to the model's recommended maximum inlet + ΔT/2; `mode` to 'normal'. kg/s.
 */
export function nominalCoolantFlow(
  bank: MinerBank,
  fluid: Fluid,
  deltaT: number = bank.model.coolant.nominalDeltaT,
  options: { meanT?: number; mode?: MinerModeName } = {},
): number {
  if (!(deltaT > 0 && deltaT < Infinity)) bad('deltaT', deltaT, 'a finite temperature rise > 0 K');
  const mode = options.mode ?? 'normal';
  const md = bank.model.modes[mode];
  if (!md) throw new InputError('mode', mode, `one of ${Object.keys(bank.model.modes).join(', ')}`);
  const meanT = options.meanT ?? bank.model.coolant.recommendedInletMax + deltaT / 2;
  if (!(meanT > 0 && meanT < Infinity)) bad('meanT', meanT, 'a finite temperature > 0 K');
  return (bank.units * md.power) / (fluid.specificHeat(meanT) * deltaT);
}

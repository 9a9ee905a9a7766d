/**
 * Backup (top-up) heater: the greenhouse's electric boiler (Manitoba pilot, [facts] the mining heat
 * pre-heats the water feeding the electric boilers) or a gas boiler, heating a stream to a set-point up to
 * its capacity.
 *
 *   heat      Q = min(capacity, ṁ·cp(T̄)·(T_set − T_in)),  0 when T_in ≥ T_set or ṁ = 0
 *   outlet    T_out = T_in + Q/(ṁ·cp(T̄))                  (= T_set unless at capacity)
 *   fuel      Q/η  (W of electricity, or of gas on the efficiency's heating-value basis)
 *
 * Efficiency η:
 *   - a constant (electric default 0.99 — assumption: resistance/electrode boilers lose ≈ 1 % through the
 *     jacket; a non-condensing gas boiler ≈ 0.80–0.85, [facts] below 0.75 is due for replacement);
 *   - 'condensing': the Lochinvar Crest condensing-boiler curves as tabulated in Modelica Buildings
 *     `Buildings.Fluid.Boilers.Data.LochinvarCrest` (efficiency vs inlet/return water temperature
 *     294.3–344.3 K and firing rate 0.05/0.5/1), interpolated bilinearly and clamped at the table's edges.
 *     A warmer return condenses less flue vapour: 0.969 at 21 °C return, 0.874 at 71 °C at full fire — so
 *     pre-heating the boiler feed with mining heat lowers a gas boiler's efficiency ([facts] condensing
 *     boilers reach ~90 %+). US ratings are on the higher heating value (assumption: the table is HHV).
 */
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';

export type HeaterKind = 'electric' | 'gas';

export interface BackupHeaterSpec {
  kind: HeaterKind;
  /** Maximum heat output, W. */
  capacity: number;
  /** Constant efficiency (0–1], or 'condensing' for the return-temperature curve. Defaults: electric 0.99, gas 'condensing'. */
  efficiency?: number | 'condensing';
}

export interface BackupHeater {
  readonly kind: HeaterKind;
  readonly capacity: number;
  readonly efficiency: number | 'condensing';
}

export interface HeaterInputs {
  /** Inlet (return) temperature, K. */
  inletT: number;
  /** Mass flow, kg/s. */
  massFlow: number;
  fluid: Fluid;
  /** Outlet set-point, K. */
  setpoint: number;
}

export interface HeaterOutput {
  /** Outlet temperature, K. */
  outletT: number;
  /** Heat delivered to the stream, W. */
  heat: number;
  /** Electricity or fuel drawn, W. */
  fuelInput: number;
  /** True when the set-point could not be reached (heat = capacity). */
  atCapacity: boolean;
  /** Efficiency used, –. */
  efficiency: number;
  /** heat / capacity, –. */
  partLoad: number;
}

/** Electric boiler efficiency used when none is given (assumption, see module doc). */
export const ELECTRIC_BOILER_EFFICIENCY = 0.99;

/** Build a heater, validating the spec (InputError naming the field). */
export function backupHeater(spec: BackupHeaterSpec): BackupHeater {
  if (spec.kind !== 'electric' && spec.kind !== 'gas')
    throw new InputError('heater.kind', spec.kind, "'electric' or 'gas'");
  if (!(spec.capacity >= 0 && spec.capacity < Infinity))
    throw new InputError('heater.capacity', spec.capacity, 'a finite heat output ≥ 0 W');
  const eff = spec.efficiency ?? (spec.kind === 'electric' ? ELECTRIC_BOILER_EFFICIENCY : 'condensing');
  if (eff !== 'condensing' && !(eff > 0 && eff <= 1))
    throw new InputError('heater.efficiency', eff, "a fraction in (0, 1] or 'condensing'");
  return { kind: spec.kind, capacity: spec.capacity, efficiency: eff };
}

// Modelica Buildings, Buildings.Fluid.Boilers.Data.LochinvarCrest (Lochinvar Crest efficiency curve):
// first row inlet water temperature (K), then one row per firing rate (part-load ratio).
const CREST_T = [294.3, 299.8, 305.4, 310.9, 316.5, 322.0, 327.6, 333.2, 338.7, 344.3];
const CREST_PLR = [0.05, 0.5, 1];
const CREST_ETA = [
  [0.991, 0.984, 0.974, 0.959, 0.94, 0.92, 0.9, 0.887, 0.881, 0.88],
  [0.988, 0.981, 0.969, 0.952, 0.932, 0.908, 0.89, 0.883, 0.879, 0.878],
  [0.969, 0.962, 0.951, 0.935, 0.918, 0.897, 0.885, 0.879, 0.875, 0.874],
];

function bracket(xs: readonly number[], x: number): [number, number] {
  const last = xs.length - 1;
  if (x <= xs[0]!) return [0, 0];
  if (x >= xs[last]!) return [last - 1, 1];
  let i = 0;
  while (x > xs[i + 1]!) i++;
  return [i, (x - xs[i]!) / (xs[i + 1]! - xs[i]!)];
}

/**
 * Condensing gas-boiler efficiency vs inlet (return) water temperature `returnT` (K) and part-load ratio
 * (0–1), bilinear in the Lochinvar Crest table (Modelica Buildings `Data.LochinvarCrest`), clamped at
 * the table edges (294.3–344.3 K, PLR 0.05–1).
 */
export function condensingBoilerEfficiency(returnT: number, partLoad: number): number {
  if (!Number.isFinite(returnT)) throw new InputError('returnT', returnT, 'a finite temperature in K');
  if (!(partLoad >= 0 && partLoad <= 1)) throw new InputError('partLoad', partLoad, 'between 0 and 1');
  const [i, ft] = bracket(CREST_T, returnT);
  const [j, fp] = bracket(CREST_PLR, partLoad);
  const row = (k: number) => CREST_ETA[k]![i]! + ft * (CREST_ETA[k]![i + 1]! - CREST_ETA[k]![i]!);
  const lo = row(j);
  return fp === 0 ? lo : lo + fp * (row(j + 1) - lo);
}

export function createHeaterOutput(): HeaterOutput {
  return { outletT: 0, heat: 0, fuelInput: 0, atCapacity: false, efficiency: 0, partLoad: 0 };
}

/** Steady heater output for one time step; writes into `out` (allocated if omitted). */
export function heaterOutput(
  heater: BackupHeater,
  inputs: HeaterInputs,
  out: HeaterOutput = createHeaterOutput(),
): HeaterOutput {
  const { inletT, massFlow, fluid, setpoint } = inputs;
  if (!(inletT > 0 && inletT < Infinity))
    throw new InputError('inletT', inletT, 'a finite temperature > 0 K');
  if (!(massFlow >= 0 && massFlow < Infinity))
    throw new InputError('massFlow', massFlow, 'a finite mass flow ≥ 0 kg/s');
  if (!(setpoint > 0 && setpoint < Infinity))
    throw new InputError('setpoint', setpoint, 'a finite temperature > 0 K');
  let q = 0;
  let tOut = inletT;
  let atCap = false;
  if (massFlow > 0 && setpoint > inletT && heater.capacity > 0) {
    const cpSet = fluid.specificHeat(0.5 * (inletT + setpoint));
    const need = massFlow * cpSet * (setpoint - inletT);
    if (need <= heater.capacity) {
      q = need;
      tOut = setpoint;
    } else {
      q = heater.capacity;
      atCap = true;
      // Outlet below the set-point: cp at the mean of inlet and the first-guess outlet.
      const t1 = inletT + q / (massFlow * cpSet);
      tOut = inletT + q / (massFlow * fluid.specificHeat(0.5 * (inletT + t1)));
    }
  }
  const partLoad = heater.capacity > 0 ? Math.min(1, q / heater.capacity) : 0;
  const eta =
    heater.efficiency === 'condensing' ? condensingBoilerEfficiency(inletT, partLoad) : heater.efficiency;
  out.outletT = tOut;
  out.heat = q;
  out.fuelInput = q / eta;
  out.atCapacity = atCap;
  out.efficiency = eta;
  out.partLoad = partLoad;
  return out;
}

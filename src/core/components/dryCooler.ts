/**
 * Finned-tube dry cooler (air-cooled liquid cooler) with variable-speed fans, rated from a catalog entry.
 *
 * Conductance (Modelica Buildings `Buildings.Fluid.HeatExchangers.DryCoilEffectivenessNTU` with
 * `BaseClasses.HADryCoil`): 1/UA = 1/hA_air + 1/hA_fluid, each side scaling with its flow,
 *   hA_air   = hA_air,nom · (V/V_nom)^n_air                 n_air = 0.8 (HADryCoil n_a)
 *   hA_fluid = hA_fluid,nom · (C_f/C_f,nom)^n_fluid         n_fluid = 0.85 (HADryCoil n_w)
 * with hA_air,nom/hA_fluid,nom = r (= 2/3, DryCoilEffectivenessNTU r_nominal) and the two in series
 * reproducing the catalog UA at the rating point: hA_air,nom = UA_nom(1 + r), hA_fluid,nom = UA_nom(1 + r)/r.
 * The air side carries 60 % of the resistance, so UA is air-side dominated, UA ≈ UA_nom·(V/V_nom)^0.8·… .
 * The fluid-side flow ratio is taken as the capacity-rate ratio C_f/C_f,nom (C_f,nom = Q_nom/ΔT_nom, which
 * needs no fluid properties; equal to the mass-flow ratio for the rated fluid up to cp's small change).
 *
 * Fans (affinity laws, e.g. ASHRAE Handbook—HVAC Systems and Equipment, ch. 21 "Fans"): at speed s ∈ [0, 1]
 * the air flow is ∝ s and the fan power ∝ s³. With the fans stopped a buoyancy draught still passes a
 * fraction s₀ of the rated air flow (catalog `freeConvectionAirFlow`, ≈ 5 %, estimate in the catalog), so
 * the effective air-flow fraction is s_eff = s₀ + (1 − s₀)·s.
 *
 * Heat transfer: ε-NTU for single-pass crossflow with the fluid mixed (tube rows joined by headers) and the
 * air unmixed (fins) — Incropera & DeWitt, Fundamentals of Heat and Mass Transfer 6th ed., Table 11.3:
 *   fluid = C_max (mixed):  ε = (1/Cr)·(1 − exp(−Cr·(1 − e^(−NTU))))
 *   fluid = C_min (mixed):  ε = 1 − exp(−(1/Cr)·(1 − e^(−Cr·NTU)))
 * The catalog UA is derived from the rating point with the same formulas (`dryCoolerUaFromRating`), so the
 * rating point is reproduced exactly whatever the true circuiting; the arrangement only shapes off-design.
 *
 * Air: ideal gas at 101 325 Pa and the ambient temperature (R = 287.05 J/(kg·K)), cp = 1006 J/(kg·K); dry
 * (no humidity or condensation: a dry cooler's coil runs above the air's dew point).
 * Both closed forms come from `src/core/hx` ('crossflow-cmax-mixed' / 'crossflow-cmin-mixed'): allocation-free
 * and fast enough for the yearly hot loop.
 */
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';
import {
  cmaxMixedEffectiveness,
  cminMixedEffectiveness,
  effectivenessUnchecked,
  ntuFromEffectiveness,
} from '../hx';
import type { DryCoolerModel } from '../models/catalog';

/** Specific gas constant of dry air, J/(kg·K) (ISO 2533 / ICAO standard atmosphere: 287.05287). */
export const AIR_GAS_CONSTANT = 287.05;
/** Air isobaric specific heat used for dry coolers, J/(kg·K) (≈ 1006 near 0–40 °C, Incropera Table A.4). */
export const AIR_CP = 1006;
/** Standard atmospheric pressure, Pa. */
export const ATMOSPHERE = 101325;

/** Air density from the ideal gas at pressure p, kg/m³. */
export const airDensity = (T: number, p = ATMOSPHERE): number => p / (AIR_GAS_CONSTANT * T);

/** A dry cooler (or `count` identical ones in parallel) ready for evaluation; build with `dryCooler`. */
export interface DryCooler {
  readonly model: DryCoolerModel;
  readonly count: number;
  /** Totals over `count` units. */
  readonly uaNominal: number;
  readonly airFlowNominal: number;
  readonly fanPowerNominal: number;
  readonly capacityNominal: number;
  /** Fluid capacity rate at the rating point, W/K (total). */
  readonly fluidCapacityRateNominal: number;
  readonly hAAirNominal: number;
  readonly hAFluidNominal: number;
  /** Air-side hA with the fans stopped (free convection alone), W/K: `evaluate`'s value at speed 0, made once. */
  readonly hAAirStopped: number;
}

export interface DryCoolerInputs {
  /** Fluid inlet temperature, K. */
  inletT: number;
  /** Fluid mass flow through all units together, kg/s. */
  massFlow: number;
  fluid: Fluid;
  /** Ambient (air inlet) temperature, K. */
  ambientT: number;
  /** Fan speed 0–1 (fraction of full speed), all fans together. */
  fanSpeed: number;
}

export interface DryCoolerOutput {
  /** Fluid outlet temperature, K. */
  outletT: number;
  /** Heat removed from the fluid, W (negative if the air is warmer than the fluid). */
  duty: number;
  /** Electric fan power, W. */
  fanPower: number;
  /** Mean air outlet temperature, K. */
  airOutletT: number;
  /** Conductance at this operating point, W/K. */
  ua: number;
  /** Air mass flow, kg/s. */
  airMassFlow: number;
}

/** `count` identical dry coolers of `model` in parallel (fluid flow split equally, fans driven together). */
export function dryCooler(model: DryCoolerModel, count = 1): DryCooler {
  if (!Number.isInteger(count) || count < 1) throw new InputError('count', count, 'a whole number ≥ 1');
  const r = model.airToFluidHaRatio;
  const ua = model.ua * count;
  return {
    model,
    count,
    uaNominal: ua,
    airFlowNominal: model.nominal.airFlow * count,
    fanPowerNominal: model.fans.power * count,
    capacityNominal: model.nominal.capacity * count,
    fluidCapacityRateNominal:
      (model.nominal.capacity * count) / (model.nominal.fluidInlet - model.nominal.fluidOutlet),
    hAAirNominal: ua * (1 + r),
    hAFluidNominal: (ua * (1 + r)) / r,
    hAAirStopped: airSideHa(ua * (1 + r), model, model.freeConvectionAirFlow),
  };
}

export function createDryCoolerOutput(): DryCoolerOutput {
  return { outletT: 0, duty: 0, fanPower: 0, airOutletT: 0, ua: 0, airMassFlow: 0 };
}

/**
 * UA that reproduces a catalog rating point (duty, fluid in/out, ambient, air flow) with the ε-NTU
 * crossflow relation used by `dryCoolerOutlet`, W/K. No fluid properties needed: C_f = Q/(T_in − T_out),
 * C_air = ρ(T_amb)·V·1006. Throws InputError when the rating is unreachable (ε above the arrangement's
 * maximum).
 */
export function dryCoolerUaFromRating(model: DryCoolerModel): number {
  const n = model.nominal;
  const cf = n.capacity / (n.fluidInlet - n.fluidOutlet);
  const ca = airDensity(n.ambient) * n.airFlow * AIR_CP;
  const cmin = Math.min(cf, ca);
  const cr = cmin / Math.max(cf, ca);
  const eps = n.capacity / (cmin * (n.fluidInlet - n.ambient));
  let ntu: number;
  try {
    ntu = ntuFromEffectiveness(eps, cr, cf >= ca ? 'crossflow-cmax-mixed' : 'crossflow-cmin-mixed');
  } catch (e) {
    throw new InputError(
      `${model.id}.nominal`,
      { capacity: n.capacity, airFlow: n.airFlow },
      'a rating point the crossflow exchanger can reach: raise nominal.airFlow or lower nominal.capacity',
      (e as Error).message,
    );
  }
  return ntu * cmin;
}

/** Electric power of the fans at speed s ∈ [0, 1], W: P = P_nom·s³ (fan affinity laws, see the module doc). */
export function dryCoolerFanPower(dc: DryCooler, s: number): number {
  return dc.fanPowerNominal * s * s * s;
}

function bad(field: string, value: number, allowed: string): never {
  throw new InputError(field, value, allowed);
}

/**
 * Outlet state of the dry cooler at a given fan speed. Writes into `out` (allocated if omitted).
 * Zero fluid flow: no duty, outlet = inlet (nothing leaves), fans still draw power.
 * cp of the fluid at the mean fluid temperature (second pass), air properties at ambient.
 */
export function dryCoolerOutlet(
  dc: DryCooler,
  inputs: DryCoolerInputs,
  out: DryCoolerOutput = createDryCoolerOutput(),
): DryCoolerOutput {
  const { inletT, massFlow, fluid, ambientT, fanSpeed } = inputs;
  if (!(inletT > 0 && inletT < Infinity)) bad('inletT', inletT, 'a finite temperature > 0 K');
  if (!(ambientT > 0 && ambientT < Infinity)) bad('ambientT', ambientT, 'a finite temperature > 0 K');
  if (!(massFlow >= 0 && massFlow < Infinity)) bad('massFlow', massFlow, 'a finite mass flow ≥ 0 kg/s');
  if (!(fanSpeed >= 0 && fanSpeed <= 1)) bad('fanSpeed', fanSpeed, 'a fraction between 0 and 1');
  return evaluate(dc, inletT, massFlow, fluid, ambientT, fanSpeed, out);
}

/**
 * Air-side hA at effective air-flow share sEff: hA_nom·sEff^n (the module doc's power law), with the power
 * written out as e^(n·ln x) (fastPow: not inlined at these call sites, see hx/regPower.ts evalReg).
 */
function airSideHa(hAAirNominal: number, m: DryCoolerModel, sEff: number): number {
  return hAAirNominal * Math.exp(m.airExponent * Math.log(sEff));
}

function evaluate(
  dc: DryCooler,
  inletT: number,
  massFlow: number,
  fluid: Fluid,
  ambientT: number,
  s: number,
  out: DryCoolerOutput,
): DryCoolerOutput {
  const m = dc.model;
  const s0 = m.freeConvectionAirFlow;
  const sEff = s0 + (1 - s0) * s;
  const airMass = airDensity(ambientT) * dc.airFlowNominal * sEff;
  const ca = airMass * AIR_CP;
  out.fanPower = dryCoolerFanPower(dc, s);
  out.airMassFlow = airMass;
  if (massFlow === 0 || ca === 0) {
    out.outletT = inletT;
    out.duty = 0;
    out.airOutletT = ambientT;
    out.ua = 0;
    return out;
  }
  // with the fans stopped (the valve's range) the air side is the same every call
  const hAAir = s === 0 ? dc.hAAirStopped : airSideHa(dc.hAAirNominal, m, sEff);
  const dT = inletT - ambientT;
  let cp = fluid.specificHeat(inletT);
  // Temperature changes as fractions of dT (fluid side epsF, air side epsA) keep both outlets inside
  // [ambient, inlet] even for vanishing flows, where Q/(ṁ cp) would lose precision.
  let epsF = 0;
  let epsA = 0;
  let ua = 0;
  let cf = 0;
  for (let pass = 0; pass < 2; pass++) {
    cf = massFlow * cp;
    if (!(cf > 0)) break; // flow so small that ṁ·cp underflows: no exchange
    const hAFluid =
      dc.hAFluidNominal * Math.exp(m.fluidExponent * Math.log(cf / dc.fluidCapacityRateNominal));
    ua = (hAAir * hAFluid) / (hAAir + hAFluid);
    const fluidIsCmax = cf >= ca;
    const cmin = fluidIsCmax ? ca : cf;
    const cr = fluidIsCmax ? ca / cf : cf / ca;
    const ntu = ua / cmin;
    // the two mixed-crossflow relations called directly (the generic switch had 4.6 % self time in a plant
    // edit's profile, the exchanger's calls included)
    const eps =
      ntu === Number.POSITIVE_INFINITY
        ? effectivenessUnchecked(ntu, cr, fluidIsCmax ? 'crossflow-cmax-mixed' : 'crossflow-cmin-mixed')
        : fluidIsCmax
          ? cmaxMixedEffectiveness(ntu, cr)
          : cminMixedEffectiveness(ntu, cr);
    epsF = fluidIsCmax ? eps * cr : eps;
    epsA = fluidIsCmax ? eps : eps * cr;
    if (pass === 0) cp = fluid.specificHeat(inletT - 0.5 * epsF * dT);
  }
  out.duty = epsF * cf * dT;
  out.outletT = inletT - epsF * dT;
  out.airOutletT = ambientT + epsA * dT;
  out.ua = ua;
  return out;
}

export interface FanSpeedResult extends DryCoolerOutput {
  /** Fan speed found, 0–1. */
  fanSpeed: number;
  /**
   * 'ok': target met within tolerance; 'max': even full speed leaves the outlet above the target (fanSpeed
   * = 1); 'free-convection': with the fans stopped the outlet is already at or below the target (fanSpeed
   * = 0).
   */
  limit: 'ok' | 'max' | 'free-convection';
}

export interface FanSpeedInputs {
  inletT: number;
  massFlow: number;
  fluid: Fluid;
  ambientT: number;
  /** Wanted fluid outlet temperature, K. */
  targetOutletT: number;
  /** Tolerance on the outlet temperature, K; default 0.01. */
  tolerance?: number;
}

export function createFanSpeedResult(): FanSpeedResult {
  return { ...createDryCoolerOutput(), fanSpeed: 0, limit: 'ok' };
}

/**
 * Lowest fan speed that brings the fluid outlet down to `targetOutletT`. The outlet falls monotonically
 * with fan speed (UA and C_air both rise), so the root is bracketed in [0, 1] and found by the Illinois
 * variant of regula falsi (Dowell & Jarratt 1971), typically in 4–8 evaluations.
 * Returns fanSpeed = 1 with limit 'max' when full speed cannot reach the target (including a target below
 * ambient), and fanSpeed = 0 with limit 'free-convection' when the stopped fans already reach it.
 */
export function fanSpeedForOutlet(
  dc: DryCooler,
  inputs: FanSpeedInputs,
  out: FanSpeedResult = createFanSpeedResult(),
): FanSpeedResult {
  const { inletT, massFlow, fluid, ambientT, targetOutletT } = inputs;
  const tol = inputs.tolerance ?? 0.01;
  if (!(inletT > 0 && inletT < Infinity)) bad('inletT', inletT, 'a finite temperature > 0 K');
  if (!(ambientT > 0 && ambientT < Infinity)) bad('ambientT', ambientT, 'a finite temperature > 0 K');
  if (!(massFlow >= 0 && massFlow < Infinity)) bad('massFlow', massFlow, 'a finite mass flow ≥ 0 kg/s');
  if (!(targetOutletT > 0 && targetOutletT < Infinity))
    bad('targetOutletT', targetOutletT, 'a finite temperature > 0 K');
  if (!(tol > 0)) bad('tolerance', tol, 'a tolerance > 0 K');

  // g(s) = T_out(s) − target, decreasing in s.
  let ga = evaluate(dc, inletT, massFlow, fluid, ambientT, 0, out).outletT - targetOutletT;
  if (ga <= 0) {
    out.fanSpeed = 0;
    out.limit = 'free-convection';
    return out;
  }
  let gb = evaluate(dc, inletT, massFlow, fluid, ambientT, 1, out).outletT - targetOutletT;
  if (gb > 0) {
    out.fanSpeed = 1;
    out.limit = 'max';
    return out;
  }
  let a = 0;
  let b = 1;
  let side = 0;
  let s = 1;
  for (let it = 0; it < 60; it++) {
    s = (a * gb - b * ga) / (gb - ga);
    const g = evaluate(dc, inletT, massFlow, fluid, ambientT, s, out).outletT - targetOutletT;
    if (Math.abs(g) <= tol || b - a < 1e-9) break;
    if (g > 0) {
      a = s;
      ga = g;
      if (side === -1) gb *= 0.5;
      side = -1;
    } else {
      b = s;
      gb = g;
      if (side === 1) ga *= 0.5;
      side = 1;
    }
  }
  out.fanSpeed = s;
  out.limit = 'ok';
  return out;
}

/**
 * Water-to-water heat pump lifting low-grade heat (e.g. AI racks' liquid-cooling return, ~45 °C) to a
 * greenhouse supply (60–80 °C).
 *
 * COP (heating) from a Carnot-efficiency model (as in Arpagaus et al. 2018, Energy 152:985–1010,
 * who compare market high-temperature heat pumps as a fraction of the Carnot COP):
 *   COP = η · T_cond / (T_cond − T_evap),  T_cond = T_sink,out + ΔT_cond,  T_evap = T_source,out − ΔT_evap
 * with the condenser (sink) and evaporator (source) water outlet temperatures and the refrigerant-to-water
 * approach temperatures (default 5 K each, assumption: plate condensers/evaporators of industrial units).
 *
 * η fitted (least squares, in closed form η = Σ COPᵢCᵢ / Σ Cᵢ²) to the issue's published anchor (source
 * water 45 °C in / 40 °C out, supply 60 / 70 / 80 °C → COP ≈ 5.5 / 4.3 / 3.5; issue 17's anchor, 25–35 % of the water-temperature Carnot COP):
 * Carnot COPs 338.15/30 = 11.272, 348.15/40 = 8.704, 358.15/50 = 7.163 → η = 124.49 / 254.11 = 0.490;
 * the model then gives 5.52 / 4.26 / 3.51 (within 1 %). Jesper et al. (2021, Renew. Sust. Energy Rev.
 * 137:110646, regression of market large-scale heat pumps) lies ~20–30 % higher: this model is
 * conservative (tests).
 *
 * Part load (EN 14825 cycling degradation, water-to-water units): above the minimum modulation `minPartLoad`
 * the compressor modulates at full-load COP; below it, it cycles and COP_PL = COP · CR / (C_d·CR + 1 − C_d)
 * with CR = load / (minPartLoad · capacity) and C_d = 0.9 (EN 14825's default degradation coefficient).
 *
 * Where the cycling electricity goes: the refrigerant cycle takes W = heat/COP (the full-load COP at this lift)
 * and the evaporator the rest of the heat, heat − W ≥ 0; the electricity beyond W, E − W = (1 − C_d)·(m·cap −
 * heat)/COP with m the minimum modulation, is the standby and restart loss EN 14825's C_d stands for (crankcase
 * heater, controls, pressure equalisation) and ends up in the plant room, not in either water loop. (Booked as
 * source heat = heat − E instead, a 1 kW load on a 2.6 MW unit took −14.5 kW from the source: the racks'
 * coolers would have rejected more heat than the racks made.)
 *
 * Energy balance (first law, exact by construction): heat delivered + cycling loss = source heat + electricity.
 */
import { ZERO_CELSIUS } from '../errors';
import { InputError, PhysicsError } from '../errors';

/** Carnot efficiency fitted to the anchor (see above). */
export const HEAT_PUMP_ETA = 0.49;
/** EN 14825 default cycling degradation coefficient. */
export const CYCLING_DEGRADATION = 0.9;

export interface HeatPumpSpec {
  /** Maximum heat output at the condenser, W. */
  capacity: number;
  /** Carnot efficiency η (default 0.49, fitted to the anchor). */
  eta?: number;
  /** Condenser approach (condensing − water outlet), K (default 5). */
  approachCondenser?: number;
  /** Evaporator approach (water outlet − evaporating), K (default 5). */
  approachEvaporator?: number;
  /** Lowest modulation before on/off cycling, fraction of capacity (default 0.25, assumption). */
  minPartLoad?: number;
  /** Highest condenser water outlet, K (default 90 °C, assumption: HFO/R-1234ze industrial units). */
  maxSinkOutlet?: number;
}

export interface HeatPump {
  readonly capacity: number;
  readonly eta: number;
  readonly approachCondenser: number;
  readonly approachEvaporator: number;
  readonly minPartLoad: number;
  readonly maxSinkOutlet: number;
}

export function heatPump(spec: HeatPumpSpec): HeatPump {
  const hp = {
    capacity: spec.capacity,
    eta: spec.eta ?? HEAT_PUMP_ETA,
    approachCondenser: spec.approachCondenser ?? 5,
    approachEvaporator: spec.approachEvaporator ?? 5,
    minPartLoad: spec.minPartLoad ?? 0.25,
    maxSinkOutlet: spec.maxSinkOutlet ?? 90 + ZERO_CELSIUS,
  };
  const need = (field: string, ok: boolean, v: number, allowed: string) => {
    if (!ok) throw new InputError(`heatPump.${field}`, v, allowed);
  };
  need('capacity', hp.capacity > 0 && hp.capacity < 1e10, hp.capacity, 'between 0 and 10 GW (e.g. "2 MW")');
  need('eta', hp.eta > 0 && hp.eta < 1, hp.eta, 'a Carnot efficiency between 0 and 1 (e.g. 0.49)');
  need(
    'approachCondenser',
    hp.approachCondenser >= 0 && hp.approachCondenser <= 30,
    hp.approachCondenser,
    'between 0 and 30 K',
  );
  need(
    'approachEvaporator',
    hp.approachEvaporator >= 0 && hp.approachEvaporator <= 30,
    hp.approachEvaporator,
    'between 0 and 30 K',
  );
  need(
    'minPartLoad',
    hp.minPartLoad > 0 && hp.minPartLoad <= 1,
    hp.minPartLoad,
    'a fraction between 0 and 1',
  );
  need(
    'maxSinkOutlet',
    hp.maxSinkOutlet > ZERO_CELSIUS && hp.maxSinkOutlet < 473.15,
    hp.maxSinkOutlet,
    'between 0 and 200 °C',
  );
  return hp;
}

/**
 * Full-load heating COP for the condenser water outlet `sinkOut` and evaporator water outlet `sourceOut`
 * (K). Throws PhysicsError when the refrigerant lift is not positive (source at least as warm as the sink:
 * no heat pump needed) — callers bypass the heat pump in that case.
 */
export function heatPumpCop(hp: HeatPump, sinkOut: number, sourceOut: number): number {
  const tc = sinkOut + hp.approachCondenser;
  const te = sourceOut - hp.approachEvaporator;
  if (!(te > 0 && tc > te)) {
    throw new PhysicsError(
      `heat pump lift not positive: condensing ${(tc - ZERO_CELSIUS).toFixed(1)} °C, evaporating ${(te - ZERO_CELSIUS).toFixed(1)} °C`,
    );
  }
  return (hp.eta * tc) / (tc - te);
}

/** COP at a part load ratio (heat / capacity), with EN 14825 cycling below the minimum modulation. */
export function partLoadCop(hp: HeatPump, fullLoadCop: number, partLoad: number): number {
  if (partLoad >= hp.minPartLoad) return fullLoadCop;
  const cr = partLoad / hp.minPartLoad;
  return (fullLoadCop * cr) / (CYCLING_DEGRADATION * cr + 1 - CYCLING_DEGRADATION);
}

export interface HeatPumpInputs {
  /** Heat asked of the condenser, W (≥ 0). */
  heatDemand: number;
  /** Condenser (sink) water outlet temperature, K. */
  sinkOut: number;
  /** Evaporator (source) water outlet temperature, K. */
  sourceOut: number;
  /** Heat the source can give (e.g. the racks' liquid heat), W; limits output to source/(1 − 1/COP). */
  sourceAvailable?: number;
}

export interface HeatPumpOutput {
  /** Heat delivered at the condenser, W. */
  heat: number;
  /** Compressor electricity, W. */
  electricity: number;
  /** Heat taken at the evaporator, W (= heat − heat/COP at full load, ≥ 0). */
  sourceHeat: number;
  /** Cycling (standby and restart) loss to the plant room below the minimum modulation, W (0 above it). */
  cyclingLoss: number;
  /** COP at this operating point (part load included). */
  cop: number;
  /** heat / capacity. */
  partLoad: number;
  /** Output limited by capacity or by the available source heat. */
  limited: boolean;
}

/** Operate the heat pump for one step: capacity- and source-limited, part-load COP, balance closed. */
export function operateHeatPump(hp: HeatPump, x: HeatPumpInputs): HeatPumpOutput {
  if (!(x.heatDemand >= 0 && Number.isFinite(x.heatDemand))) {
    throw new InputError('heatDemand', x.heatDemand, 'a finite heat ≥ 0 W');
  }
  if (x.sinkOut > hp.maxSinkOutlet) {
    throw new InputError(
      'sinkOut',
      `${(x.sinkOut - ZERO_CELSIUS).toFixed(1)} °C`,
      `at most the heat pump's maxSinkOutlet ${(hp.maxSinkOutlet - ZERO_CELSIUS).toFixed(1)} °C`,
    );
  }
  if (x.heatDemand === 0)
    return { heat: 0, electricity: 0, sourceHeat: 0, cyclingLoss: 0, cop: 0, partLoad: 0, limited: false };
  const cop0 = heatPumpCop(hp, x.sinkOut, x.sourceOut);
  let heat = Math.min(x.heatDemand, hp.capacity);
  let limited = heat < x.heatDemand;
  const src = x.sourceAvailable;
  // Source limit: the evaporator takes heat·(1 − 1/COP₀) at any load (the cycling loss is not source heat).
  if (src !== undefined && heat * (1 - 1 / cop0) > src) {
    heat = src / (1 - 1 / cop0);
    limited = true;
  }
  const partLoad = heat / hp.capacity;
  let cop = partLoadCop(hp, cop0, partLoad);
  let electricity = heat / cop;
  if (!(cop > 0)) {
    // A heat so small beside the capacity that heat/capacity underflows to 0 (e.g. a boiler of 1e-323 W to
    // take over): the cycling COP's limit form, E = (Cd·heat + (1 − Cd)·minPartLoad·capacity)/COP₀, which
    // does not divide by the part load (the same E as heat/COP_PL wherever that is finite).
    const idle = (1 - CYCLING_DEGRADATION) * hp.minPartLoad * hp.capacity;
    electricity = (CYCLING_DEGRADATION * heat + idle) / cop0;
    cop = heat / electricity;
  }
  // The refrigerant cycle's work, never more than the electricity (equal above the minimum modulation).
  const work = Math.min(electricity, heat / cop0);
  return {
    heat,
    electricity,
    sourceHeat: heat - work,
    cyclingLoss: electricity - work,
    cop,
    partLoad,
    limited,
  };
}

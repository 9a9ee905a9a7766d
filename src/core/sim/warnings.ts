/** Warnings of a run: freezing, boiling margin, hot miners, recovery limited, dry cooler short, unmet heat. */
import { ZERO_CELSIUS } from '../errors';
import type { Scenario } from '../models/scenario';
import type { Plant } from '../plant/plant';
import { isUnmetHour, SHORT_BY } from './kpis';
import type { SeriesName } from './outputs';
import type { EnergyKpis, SimulationWarning } from './types';

export interface WarningContext {
  s: Scenario;
  plant: Plant;
  hours: number;
  /** Hours (rounded) in which the dry cooler rejected miner heat while the backup heater ran. */
  limitedHours: number;
  /** Hours (rounded), summed over the steps in which the backup heater at capacity left the greenhouse short. */
  backupLimitedHours: number;
  /** The internal time step, min (those hours are counted in steps of this length). */
  stepMinutes: number;
  /** Per hour of the run, what limited the greenhouse's heat in its steps (SHORT_BY bits; 0: nothing). */
  shortBy: Uint8Array;
}

const c = (t: number): string => `${(t - ZERO_CELSIUS).toFixed(1)} °C`;
/** One decimal from 1, two significant digits below (0.012, not 0.0). */
const small = (x: number): string => (x >= 1 || x === 0 ? x.toFixed(1) : x.toPrecision(2));
/** A share as a percentage, as `small`. */
const percent = (share: number): string => small(100 * share);

export function warnings(
  x: Record<SeriesName, Float64Array>,
  k: EnergyKpis,
  ctx: WarningContext,
): SimulationWarning[] {
  const out: SimulationWarning[] = [];
  coolantWarnings(x, k, ctx, out);
  minerAndCoolerWarnings(x, ctx, out);
  heatWarnings(x, k, ctx, out);
  // A run shorter than a year: energies cover these hours only, money figures are annualised (×8760/h).
  const h = ctx.hours;
  if (h < 8760) {
    out.push({
      code: 'partial-period',
      hours: h,
      message: `Results are for these ${h} hours only, not a whole year: energy KPIs cover the ${h} hours; the economics scale them by 8760/${h} = ${(8760 / h).toFixed(3)} to a year, so read money figures as an extrapolation.`,
    });
  }
  return out;
}

/** The miner loop's coolant: freezing in the outdoor dry cooler, boiling margin. */
function coolantWarnings(
  x: Record<SeriesName, Float64Array>,
  k: EnergyKpis,
  ctx: WarningContext,
  out: SimulationWarning[],
): void {
  const p = ctx.plant;
  let minOut = Infinity;
  for (let i = 0; i < ctx.hours; i++) minOut = Math.min(minOut, x.outdoorT[i]!);
  if (p.minerFluid.freezingPoint > minOut) {
    out.push({
      code: 'freeze-risk',
      message: `The miner loop (${p.minerFluid.label}) freezes at ${c(p.minerFluid.freezingPoint)} but the outdoor air reaches ${c(minOut)}, and the loop runs through the outdoor dry cooler: raise the glycol share.`,
    });
  }
  const boil = p.minerFluid.boilingPoint(ctx.s.minerLoop.pressure);
  const margin = boil - (k.maxCoolantTemp_C + ZERO_CELSIUS);
  if (margin < 15) {
    out.push({
      code: 'boiling-margin',
      message: `The coolant reaches ${k.maxCoolantTemp_C.toFixed(1)} °C, only ${margin.toFixed(1)} K below its boiling point ${c(boil)} at the loop pressure: raise the loop pressure or lower the inlet set-point.`,
    });
  }
}

/** Hot miners, recovery limited by the exchanger, dry cooler short at full fan speed. */
function minerAndCoolerWarnings(
  x: Record<SeriesName, Float64Array>,
  ctx: WarningContext,
  out: SimulationWarning[],
): void {
  const p = ctx.plant;
  let hot = 0;
  let full = 0;
  const th = p.miners.model.thermal;
  for (let i = 0; i < ctx.hours; i++) {
    if (
      x.minerUptime[i]! < 0.999 * x.minerPowerLimit[i]! ||
      x.chipT[i]! > th.criticalTemperature - th.throttleBand
    )
      hot++;
    if (x.minerInletT[i]! > p.minerInletSetpoint + 0.5) full++;
  }
  if (hot > 0) {
    out.push({
      code: 'miner-over-temperature',
      hours: hot,
      message: `Miners ran hot (throttled or shut down) in ${hot} hours: lower the miner inlet set-point or raise the coolant flow.`,
    });
  }
  const limited = ctx.limitedHours;
  if (limited > 0) {
    out.push({
      code: 'exchanger-limits-recovery',
      hours: limited,
      message: `For ${limited} hours the dry cooler rejected miner heat while the backup heater ran at the same time: the plate exchanger (UA) or the greenhouse loop's flow limits recovery, or the greenhouse return is too warm for the coolant — a larger exchanger or a colder return would recover more.`,
    });
  }
  if (full > 0) {
    out.push({
      code: 'dry-cooler-undersized',
      hours: full,
      message: `In ${full} hours the dry cooler at full fan speed could not hold the miner inlet at ${c(p.minerInletSetpoint)}: add dry-cooler capacity.`,
    });
  }
}

/** The greenhouse short of heat: the backup heater at capacity, and the real shortfall with its causes. */
function heatWarnings(
  x: Record<SeriesName, Float64Array>,
  k: EnergyKpis,
  ctx: WarningContext,
  out: SimulationWarning[],
): void {
  const p = ctx.plant;
  const backup = ctx.backupLimitedHours;
  // Counted per step, not per clock hour: an hour with one 15-min step at capacity (an evening's recovery
  // after a sunny day) adds a quarter of an hour, and its hourly mean is far below the capacity.
  const steps = `${+ctx.stepMinutes.toFixed(2)}-min steps`;
  if (backup > 0) {
    out.push({
      code: 'unmet-heat',
      hours: backup,
      message:
        p.heater.capacity > 0
          ? `For ${backup} hours in all (summed over ${steps}) the backup heater at capacity (${(p.heater.capacity / 1e3).toFixed(0)} kW) could not make up what the miners did not cover: raise backupHeater.capacity.`
          : `For ${backup} hours in all (summed over ${steps}) the miners did not cover the greenhouse and there is no backup heater (backupHeater.capacity is 0 kW): add one.`,
    });
  }
  if (k.unmetHours > 0) {
    const why = shortfallCauses(x, ctx);
    out.push({
      code: 'greenhouse-too-cold',
      hours: k.unmetHours,
      energy_MWh: k.unmetHeat_MWh,
      message: `The greenhouse did not get ${small(k.unmetHeat_MWh)} MWh of its heat demand (${percent(k.unmetHeat_MWh / Math.max(1e-12, k.greenhouseHeatDemand_MWh))} %), short in ${k.unmetHours} hours, and was colder than its set-point.${why ? ` ${why}` : ''}`,
    });
  }
}

/**
 * What to change, from what limited the heat in the unmet hours themselves (not in other hours of the year): a
 * backup heater at capacity in some hours does not make it the cause of a shortfall in hours when it had room.
 */
function shortfallCauses(x: Record<SeriesName, Float64Array>, ctx: WarningContext): string {
  const area = ctx.s.greenhouse.floorArea;
  let supply = 0;
  let loop = 0;
  let backup = 0;
  let other = 0;
  let hours = 0;
  for (let i = 0; i < ctx.hours; i++) {
    if (!isUnmetHour(x.unmetHeat[i]!, x.greenhouseHeatDemand[i]!, area)) continue;
    hours++;
    const by = ctx.shortBy[i]!;
    if (by & SHORT_BY.supply) supply++;
    if (by & SHORT_BY.loop) loop++;
    if (by & SHORT_BY.backup) backup++;
    if (by === 0) other++;
  }
  const h = (n: number) => `${n} hour${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (supply > 0)
    parts.push(
      `in ${h(supply)} the supply temperature capped the mixing valve (raise the greenhouseLoop.heatingCurve supply temperatures or greenhouse.pipeLengthPerArea)`,
    );
  if (loop > 0)
    parts.push(
      `in ${h(loop)} the greenhouse loop's flow could not bring more heat (raise greenhouseLoop.flow)`,
    );
  if (backup > 0)
    parts.push(
      ctx.plant.heater.capacity > 0
        ? `in ${h(backup)} the backup heater was at capacity (raise backupHeater.capacity)`
        : `in ${h(backup)} there was no backup heater to make up the rest (raise backupHeater.capacity from 0)`,
    );
  if (other > 0)
    parts.push(`${h(other)} followed a shortfall in an earlier hour (the greenhouse catching up)`);
  return parts.length > 0
    ? `Of those hours, ${parts.join('; ')}${supply + loop + backup + other > hours ? ' (an hour can have more than one cause)' : ''}.`
    : '';
}

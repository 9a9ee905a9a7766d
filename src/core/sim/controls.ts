/**
 * The climate computer's and the plant's controls: day/night heating set-point with ramps, the heating curve
 * (supply set-point from the outdoor temperature) and miner dispatch (curtailment, heat-led power limit).
 */
import type { Scenario } from '../models/scenario';

/**
 * Hours over which the heating set-point moves between its night and day values after sunrise and sunset
 * (assumption: greenhouse climate computers ramp set-points by 1–2 K/h instead of stepping them; a 4 K
 * tomato day/night difference over 2 h).
 */
export const SETPOINT_RAMP = 2;

/**
 * The mixing-valve controller asks for the inlet temperature that would bring the air to its set-point
 * over this horizon (s), not within one step: a dead-beat controller on a single step makes the valve
 * alternate open/closed from step to step (the pipe water stores heat), which no real controller does.
 * Half an hour behaves like a well-tuned PI loop on the air temperature (no valve chatter, and the air
 * follows the ramped set-point within about half an hour); 1 h gave 50 % more hours below the set-point,
 * one 15-min step made the valve alternate. With steps longer than the horizon the horizon is the step
 * (a 1-h step asked to reach the set-point within half of it left the air 609 h below it instead of 71).
 */
export const CONTROL_HORIZON = 1800;

/**
 * Share of the day set-point at `localHour` (0 = night value, 1 = day value): the day set-point from
 * sunrise, the night set-point from sunset, each reached by a linear ramp of SETPOINT_RAMP hours.
 */
export function dayShare(localHour: number, rise: number, set: number): number {
  if (localHour > rise && localHour < set) return Math.min(1, (localHour - rise) / SETPOINT_RAMP);
  const sinceSet = localHour - set;
  if (sinceSet >= 0 && sinceSet < SETPOINT_RAMP) return 1 - sinceSet / SETPOINT_RAMP;
  return 0;
}

/** Heating curve: supply set-point from the outdoor temperature, linear between points, flat beyond the ends. */
export class HeatingCurve {
  private readonly outdoor: Float64Array;
  private readonly supply: Float64Array;
  constructor(points: readonly { outdoor: number; supply: number }[]) {
    const c = [...points].sort((a, b) => a.outdoor - b.outdoor);
    this.outdoor = Float64Array.from(c, (p) => p.outdoor);
    this.supply = Float64Array.from(c, (p) => p.supply);
  }
  at(tOut: number): number {
    const x = this.outdoor;
    const y = this.supply;
    const n = x.length;
    if (tOut <= x[0]!) return y[0]!;
    for (let i = 1; i < n; i++) {
      if (tOut <= x[i]!) return y[i - 1]! + ((y[i]! - y[i - 1]!) * (tOut - x[i - 1]!)) / (x[i]! - x[i - 1]!);
    }
    return y[n - 1]!;
  }
}

/**
 * Miner power limit (fraction of the mode's power): 0 when curtailed by price; heat-led dispatch follows the
 * greenhouse's heat (qGh / full-power coolant heat, at least `control.minPowerFraction`); else full power.
 */
export function powerLimit(s: Scenario, curtailed: boolean, qGh: number, fullCoolantHeat: number): number {
  if (curtailed) return 0;
  if (s.control.dispatch === 'heat-led') {
    return Math.min(1, Math.max(s.control.minPowerFraction, qGh / fullCoolantHeat));
  }
  return 1;
}

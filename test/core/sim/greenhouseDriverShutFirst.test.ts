/**
 * The valve at steps as long as its horizon (one-hour steps: SimulateOptions.coarse): after an hour with the valve
 * shut, the next is stepped shut first and the demand solved only when the air would end below its set-point
 * (greenhouseDriver.ts `shutFirst`).
 */
import { describe, expect, it } from 'vitest';
import { GH, HeatDemandOutput, heatDemand } from '../../../src/core/greenhouse';
import type { GreenhouseDriver } from '../../../src/core/sim/greenhouseDriver';
import { DT, K, warmedDriver } from './pilotDriver';

const HOUR = 3600;
const SUPPLY = K(80);

/** The driver's private memory of a shut valve (set to compare with a driver that solves the demand). */
function setWasShut(g: GreenhouseDriver, v: boolean): void {
  (g as unknown as { wasShut: boolean }).wasShut = v;
}

/** The pilot greenhouse held at 17 °C on a −20 °C night, then one hour with a 5 °C set-point (the valve shut). */
function shutHour(): GreenhouseDriver {
  const g = warmedDriver();
  expect(g.valveStep(K(5), SUPPLY, 1e9, HOUR)).toBe(0);
  expect(g.requested).toBe(0);
  return g;
}

/** What the valve's demand solve would ask for now, computed apart (the model's demand at the rail flow). */
function asked(g: GreenhouseDriver, setpoint: number): number {
  const inp = { ...g.inp, pipeMassFlow: g.railFlow, pipeInletT: SUPPLY };
  const m = g.model;
  const guesses = [m.screenGuess, m.demandScreenGuess];
  const q = heatDemand(m, g.state.slice(), inp, setpoint, HOUR, new HeatDemandOutput()).waterHeat;
  [m.screenGuess, m.demandScreenGuess] = guesses as [number, number];
  return q;
}

describe('greenhouse driver: an hour after a shut one is stepped shut first', () => {
  it('keeps the shut step, without a demand solve, when its air ends above the set-point', () => {
    const a = shutHour();
    const b = shutHour();
    expect(asked(b, K(5))).toBeLessThanOrEqual(0); // the demand solve agrees: nothing to ask for
    const demandBefore = { ...a.demand };
    setWasShut(b, false); // b solves the demand first, as every 15-min step does
    const qa = a.valveStep(K(5), SUPPLY, 1e9, HOUR);
    const qb = b.valveStep(K(5), SUPPLY, 1e9, HOUR);
    expect(qa).toBe(0);
    expect(qb).toBe(0);
    expect(a.requested).toBe(0);
    expect(a.inp.pipeMassFlow).toBe(0);
    expect(a.limited).toBe(false);
    expect({ ...a.demand }).toEqual(demandBefore); // no demand solve
    expect({ ...b.demand }).not.toEqual(demandBefore);
    expect(a.state[GH.air]!).toBeGreaterThanOrEqual(K(5));
    // the same shut step; its screen search started elsewhere, so equal within the screen root's tolerance
    for (let i = 0; i < a.state.length; i++) expect(a.state[i]).toBeCloseTo(b.state[i]!, 6);
    expect(a.out.pipeMeanT).toBeCloseTo(b.out.pipeMeanT, 6);
  });

  it('solves the demand when the air would end below the set-point, exactly as without the try', () => {
    const a = shutHour();
    const b = shutHour();
    setWasShut(b, false);
    const qa = a.valveStep(K(17), SUPPLY, 1e9, HOUR);
    const qb = b.valveStep(K(17), SUPPLY, 1e9, HOUR);
    expect(qa).toBeGreaterThan(0);
    expect(qa).toBe(qb);
    expect(a.requested).toBe(b.requested);
    expect(a.inp.pipeInletT).toBe(b.inp.pipeInletT);
    expect(Array.from(a.state)).toEqual(Array.from(b.state));
    expect({ ...a.out }).toEqual({ ...b.out });
    expect(a.model.screenGuess).toBe(b.model.screenGuess);
    expect(a.model.demandScreenGuess).toBe(b.model.demandScreenGuess);
  });

  it('at steps shorter than the horizon (15 min) the demand is solved every step', () => {
    const a = warmedDriver();
    expect(a.valveStep(K(5), SUPPLY, 1e9, DT)).toBe(0);
    const demandBefore = { ...a.demand };
    expect(a.valveStep(K(5), SUPPLY, 1e9, DT)).toBe(0);
    expect({ ...a.demand }).not.toEqual(demandBefore);
  });
});

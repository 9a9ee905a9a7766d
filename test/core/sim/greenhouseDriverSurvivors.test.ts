/**
 * The greenhouse driver where mutation testing found it unpinned (issue 18): the inputs and flags of a driver
 * before its first step, and which states decide that the real greenhouse has caught up with its shadow
 * (the temperatures only, not the vapour pressure or CO₂ behind them).
 */
import { describe, expect, it } from 'vitest';
import { GH_STATES, GH_TEMPERATURES } from '../../../src/core/greenhouse';
import type { GreenhouseDriver } from '../../../src/core/sim/greenhouseDriver';
import { countCalls, DT, K, pilotDriver as fresh, warmedDriver as warmed } from './pilotDriver';

/** The shadow greenhouse's state (private: read to set up the comparison `endStep` makes). */
const shadowOf = (g: GreenhouseDriver) => (g as unknown as { ideal: Float64Array }).ideal;

/** A driver on a −20 °C night whose shadow runs: one step short of heat (a 30 °C supply). */
function withShadow(): GreenhouseDriver {
  const g = warmed();
  g.valveStep(K(17), K(30), 1e9, DT);
  expect(g.limited).toBe(true);
  g.idealDemand(K(17), DT);
  g.endStep();
  expect(g.shadowRunning).toBe(true);
  return g;
}

describe('greenhouse driver: before the first step', () => {
  it('0 °C outdoors and sky, still air, no sun, night, the valve shut at 0 °C; controllers left to the model', () => {
    const g = fresh();
    expect(g.inp).toEqual({
      outdoorT: 273.15,
      skyT: 273.15,
      windSpeed: 0,
      solarOnCover: 0,
      pipeInletT: 273.15,
      pipeMassFlow: 0,
      screenClosed: undefined,
      ventOpening: undefined,
      isDay: false,
    });
    expect(g.limited).toBe(false);
    expect(g.requested).toBe(0);
    // No shadow before a shortfall; ending a step without one changes nothing.
    expect(g.shadowRunning).toBe(false);
    g.endStep();
    expect(g.shadowRunning).toBe(false);
    expect(g.state.length).toBe(GH_STATES);
    expect(g.state[0]).toBe(K(17));
  });
});

describe('greenhouse driver: when the shadow is dropped', () => {
  it('the temperatures decide: a vapour pressure or CO₂ apart does not keep the shadow running', () => {
    const g = withShadow();
    const b = shadowOf(g);
    g.state.set(b);
    // Every state after the temperatures far apart (Pa, kg/m³ … units; 50 ≫ the 0.3 K tolerance).
    for (let i = GH_TEMPERATURES; i < GH_STATES; i++) g.state[i] = b[i]! + 50;
    g.endStep();
    expect(g.shadowRunning).toBe(false);
  });

  it('any one temperature more than 0.3 K from the shadow’s keeps it running, the last one included', () => {
    for (const i of [0, GH_TEMPERATURES - 1]) {
      const g = withShadow();
      const b = shadowOf(g);
      g.state.set(b);
      g.state[i] = b[i]! - 0.31;
      g.endStep();
      expect(g.shadowRunning, `state ${i}`).toBe(true);
      // 0.29 K apart: caught up.
      g.state[i] = b[i]! + 0.29;
      g.endStep();
      expect(g.shadowRunning, `state ${i}`).toBe(false);
    }
  });
});

describe('greenhouse driver: a supply exactly at the demanded inlet', () => {
  it('is not limiting: the valve gets the inlet it asked for, and the step what the demand holds', () => {
    // The demand does not depend on the supply (only the rail's flow enters it): an identical driver's demand
    // gives the inlet the valve will ask for; a supply of exactly that inlet meets it.
    const probe = warmed();
    probe.valveStep(K(17), K(80), 1e9, DT);
    const asked = probe.demand.pipeInletT;
    expect(asked).toBeLessThan(K(80));
    const g = warmed();
    const q = g.valveStep(K(17), asked, 1e9, DT);
    expect(g.demand.pipeInletT).toBe(asked);
    expect(g.limited).toBe(false);
    expect(g.inp.pipeInletT).toBe(asked);
    expect(q).toBe(probe.out.pipeWaterHeat);
  });
});

describe('greenhouse driver: the primary loop’s limit', () => {
  it('a step within 1e-9 of what the loop can bring is kept, not repeated', () => {
    // The same step unlimited, on an identical driver: its heat q0 and rail outlet.
    const probe = warmed();
    const q0 = probe.valveStep(K(17), K(80), 1e9, DT);
    const dT = K(80) - probe.out.pipeOutletT;
    expect(probe.limited).toBe(false);
    // c_B chosen so that the loop brings q0 / (1 + 5e-10): over by half the tolerance.
    const cB = q0 / (dT * (1 + 5e-10));
    const g = warmed();
    const redos = countCalls(g, 'redoStep');
    const q = g.valveStep(K(17), K(80), cB, DT);
    expect(redos.n).toBe(0);
    expect(g.limited).toBe(false);
    expect(q).toBe(q0);
  });

  it('one repeat suffices: less heat cools the rail outlet, so the loop’s limit only rises', () => {
    for (const [cB, supply] of [
      [1e3, 45],
      [2e4, 80],
      [1e5, 60],
    ] as const) {
      const g = warmed();
      const redos = countCalls(g, 'redoStep');
      const q = g.valveStep(K(17), K(supply), cB, DT);
      expect(g.limited).toBe(true);
      expect(redos.n, `c_B ${cB}`).toBe(1);
      expect(q).toBeLessThanOrEqual(cB * (K(supply) - g.out.pipeOutletT));
      expect(q).toBe(g.out.pipeWaterHeat);
    }
  });
});

describe('greenhouse driver: the repeat’s search', () => {
  /** A warmed driver whose trial steps (the private `stepAt`) are counted. */
  function counted() {
    const g = warmed();
    return { g, calls: countCalls(g, 'stepAt') };
  }

  it('lands on the target to 1e-13, never over, in a handful of trial steps (the step is affine in the inlet)', () => {
    for (const share of [0.1, 0.25, 0.5, 0.9, 1, 1.5, 3]) {
      const { g, calls } = counted();
      const q1 = g.valveStep(K(17), K(80), 1e9, DT);
      const target = share * q1;
      const q = g.redoStep(target, q1, DT);
      expect(q, `share ${share}`).toBeLessThanOrEqual(target);
      expect(target - q, `share ${share}`).toBeLessThanOrEqual(1e-13 * target);
      expect(calls.n, `share ${share}`).toBeLessThanOrEqual(8);
      expect(q).toBe(g.out.pipeWaterHeat);
    }
  });

  it('reopened after a shut repeat: the same landing from the last open inlet', () => {
    for (const share of [0.1, 0.5, 0.9]) {
      const { g, calls } = counted();
      const q1 = g.valveStep(K(17), K(80), 1e9, DT);
      expect(g.redoStep(0, q1, DT)).toBe(0);
      const target = share * q1;
      const q = g.redoStep(target, 0, DT);
      expect(g.inp.pipeMassFlow).toBe(90);
      expect(q, `share ${share}`).toBeLessThanOrEqual(target);
      expect(target - q, `share ${share}`).toBeLessThanOrEqual(1e-13 * target);
      expect(calls.n, `share ${share}`).toBeLessThanOrEqual(8);
    }
  });
});

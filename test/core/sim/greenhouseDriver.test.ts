import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GH,
  GreenhouseStepOutput,
  HeatDemandOutput,
  heatDemand,
  stepGreenhouse,
} from '../../../src/core/greenhouse';
import { coverRatingInputs } from '../../../src/core/greenhouse/demand';
import { loadScenario } from '../../../src/core/models/scenario';
import { GreenhouseDriver } from '../../../src/core/sim/greenhouseDriver';
import { greenhouseFor } from '../../../src/core/sim/setup';
import { bundledWeather } from '../../../src/core/weather/bundled';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const K = (c: number) => c + 273.15;
const DT = 900;
const RAIL = 0.0045 * 20000;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

/**
 * The pilot greenhouse on a −20 °C night (no sun, 3 m/s wind), brought to its 17 °C set-point by four steps
 * with an 80 °C supply (the valve then asks ≈ 2.5 MW at ≈ 45 °C).
 */
function driver(railFlow = RAIL) {
  const model = greenhouseFor(loadScenario(pilotJson), bundledWeather());
  const g = new GreenhouseDriver(model, K(17), railFlow);
  Object.assign(g.inp, {
    outdoorT: K(-20),
    skyT: K(-30),
    windSpeed: 3,
    solarOnCover: 0,
    isDay: false,
    heatingSetpoint: K(17),
  });
  if (railFlow > 0) for (let i = 0; i < 4; i++) g.valveStep(K(17), K(80), 1e9, DT);
  return g;
}

/** What the valve would ask for, computed apart: the greenhouse model's demand at the rail flow. */
function asked(g: GreenhouseDriver, setpoint: number, supply: number) {
  const inp = { ...g.inp, pipeMassFlow: g.railFlow, pipeInletT: supply };
  return heatDemand(g.model, g.state.slice(), inp, setpoint, 1800, new HeatDemandOutput());
}

describe('greenhouse driver: valve, step, repeat', () => {
  it('its inputs have every field, in the order of the cover rating’s: one shape for the step’s functions', () => {
    const g = new GreenhouseDriver(greenhouseFor(loadScenario(pilotJson), bundledWeather()), K(17), RAIL);
    const keys = Object.keys(g.inp);
    expect(keys).toEqual(Object.keys(coverRatingInputs()));
    expect(keys).toEqual([
      'outdoorT',
      'skyT',
      'windSpeed',
      'solarOnCover',
      'pipeInletT',
      'pipeMassFlow',
      'outdoorVapourPressure',
      'screenClosed',
      'ventOpening',
      'isDay',
      'heatingSetpoint',
      'deepSoilT',
    ]);
  });

  it('with a warm enough supply the valve gives the air what it asks for, below the supply', () => {
    const g = driver();
    const d = { ...asked(g, K(17), K(80)) };
    const before = g.state.slice();
    const q = g.valveStep(K(17), K(80), 1e9, DT);
    expect(g.limited).toBe(false);
    expect(g.inp.pipeMassFlow).toBe(RAIL);
    expect(g.inp.pipeInletT).toBeCloseTo(d.pipeInletT, 9);
    expect(g.inp.pipeInletT).toBeLessThan(K(80));
    expect(g.requested).toBeCloseTo(d.waterHeat, 3);
    expect(q).toBe(g.out.pipeWaterHeat);
    // The heat the water gave: ṁ·c_p·(T_in − T_out).
    expect(rel(q, RAIL * g.model.pipeWaterCp * (g.inp.pipeInletT - g.out.pipeOutletT))).toBeLessThan(1e-9);
    expect(q).toBeGreaterThan(5e5);
    expect(rel(q, g.requested)).toBeLessThan(0.05);
    // The step advanced the state from the one it started at.
    const again = before.slice();
    stepGreenhouse(g.model, again, g.inp, DT, new GreenhouseStepOutput());
    expect([...g.state]).toEqual([...again]);
  });

  it('a supply colder than the valve wants: the valve wide open at the supply, limited', () => {
    const g = driver();
    const d = { ...asked(g, K(17), K(40)) };
    const q = g.valveStep(K(17), K(40), 1e9, DT);
    expect(d.pipeInletT).toBeGreaterThan(K(40));
    expect(g.limited).toBe(true);
    expect(g.inp.pipeInletT).toBe(K(40));
    expect(q).toBeLessThan(0.8 * g.requested);
    expect(q).toBeGreaterThan(0);
  });

  it('a greenhouse warmer than its set-point: valve shut, nothing asked, nothing taken', () => {
    const g = driver();
    const q = g.valveStep(K(5), K(80), 1e9, DT);
    expect(q).toBe(0);
    expect(g.requested).toBe(0);
    expect(g.inp.pipeMassFlow).toBe(0);
    expect(g.limited).toBe(false);
  });

  it('a supply colder than the pipes: the valve closes instead of cooling them', () => {
    const g = driver();
    g.state[GH.pipe] = K(60);
    const q = g.valveStep(K(17), K(20), 1e9, DT);
    expect(q).toBe(0);
    expect(g.inp.pipeMassFlow).toBe(0);
    expect(g.out.pipeWaterHeat).toBe(0);
  });

  it('the primary loop carries at most c_B·(T_supply − T_rail,out): the step is limited to it', () => {
    const g = driver();
    const cB = 2e4;
    const q = g.valveStep(K(17), K(80), cB, DT);
    expect(g.limited).toBe(true);
    const most = cB * (K(80) - g.out.pipeOutletT);
    expect(q).toBeLessThanOrEqual(most * (1 + 1e-9));
    // Four passes of the fixed point q = c_B·(T_supply − T_out(q)) bring it within a few per cent, from below.
    expect(q).toBeGreaterThan(0.9 * most);
    expect(q).toBe(g.out.pipeWaterHeat);
  });

  it('redoStep: the same step giving a chosen heat (never more), shut at 0, reopened after', () => {
    const g = driver();
    const q1 = g.valveStep(K(17), K(80), 1e9, DT);
    const half = g.redoStep(0.5 * q1, q1, DT);
    expect(half).toBeLessThanOrEqual(0.5 * q1);
    expect(rel(half, 0.5 * q1)).toBeLessThan(1e-9);
    expect(g.out.pipeWaterHeat).toBe(half);
    const inletHalf = g.inp.pipeInletT;
    expect(inletHalf).toBeLessThan(K(80));
    expect(g.redoStep(0, half, DT)).toBe(0);
    expect(g.inp.pipeMassFlow).toBe(0);
    expect(g.redoStep(-5, 0, DT)).toBe(0);
    const back = g.redoStep(0.25 * q1, 0, DT);
    expect(g.inp.pipeMassFlow).toBe(RAIL);
    expect(back).toBeLessThanOrEqual(0.25 * q1);
    expect(rel(back, 0.25 * q1)).toBeLessThan(1e-9);
    expect(rel(back, RAIL * g.model.pipeWaterCp * (g.inp.pipeInletT - g.out.pipeOutletT))).toBeLessThan(1e-9);
  });

  it('redoStep: more than the rail can give at 150 °C gives what it gives at 150 °C', () => {
    const g = driver();
    const q1 = g.valveStep(K(17), K(80), 1e9, DT);
    const q = g.redoStep(1e9, q1, DT);
    expect(g.inp.pipeInletT).toBe(K(150));
    expect(q).toBe(g.out.pipeWaterHeat);
    expect(q).toBeGreaterThan(3 * q1);
  });

  it('redoStep without rail flow gives nothing', () => {
    const g = driver(0);
    g.valveStep(K(17), K(80), 1e9, DT);
    expect(g.redoStep(1e5, 0, DT)).toBe(0);
    expect(g.inp.pipeMassFlow).toBe(0);
  });

  it('ideal demand: a shadow that gets what its valve asks; the same as the real one when nothing limits it', () => {
    const g = driver();
    const q = g.valveStep(K(17), K(80), 1e9, DT);
    const flow = g.inp.pipeMassFlow;
    const inlet = g.inp.pipeInletT;
    expect(g.shadowRunning).toBe(false);
    const ideal = g.idealDemand(K(17), DT);
    expect(g.shadowRunning).toBe(true);
    expect(rel(ideal, q)).toBeLessThan(1e-9);
    // The real step's inputs are given back.
    expect(g.inp.pipeMassFlow).toBe(flow);
    expect(g.inp.pipeInletT).toBe(inlet);
    // Real and shadow agree: the shadow is dropped.
    g.endStep();
    expect(g.shadowRunning).toBe(false);
    g.endStep();
    expect(g.shadowRunning).toBe(false);
  });

  it('ideal demand of a limited step: more than the real greenhouse got; the shadow runs on until it is caught up', () => {
    const g = driver();
    const q = g.valveStep(K(17), K(40), 1e9, DT);
    const ideal = g.idealDemand(K(17), DT);
    expect(ideal).toBeGreaterThan(1.2 * q);
    // The shadow's heat is what the valve asks for at the rail flow (≤ 150 °C).
    expect(rel(ideal, g.requested)).toBeLessThan(0.05);
    g.endStep();
    expect(g.shadowRunning).toBe(true);
    // Unlimited steps: the real greenhouse catches up, the shadow is dropped; its demand is then 0 or more.
    let steps = 0;
    while (g.shadowRunning && steps < 40) {
      g.valveStep(K(17), K(80), 1e9, DT);
      expect(g.idealDemand(K(17), DT)).toBeGreaterThanOrEqual(0);
      g.endStep();
      steps++;
    }
    expect(g.shadowRunning).toBe(false);
    expect(steps).toBeGreaterThan(0);
  });

  it('ideal demand of a greenhouse warmer than its set-point is 0 (the shadow steps with the valve shut)', () => {
    const g = driver();
    g.valveStep(K(5), K(80), 1e9, DT);
    expect(g.idealDemand(K(5), DT)).toBe(0);
    expect(g.inp.pipeMassFlow).toBe(0);
  });
});

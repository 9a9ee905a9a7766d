import { describe, expect, it } from 'vitest';
import { GH, GreenhouseStepOutput, heatDemand, stepGreenhouse } from '../../../src/core/greenhouse';
import { DT, K, pilotDriver, pilotGreenhouse, warmedDriver as driver } from './pilotDriver';

describe('greenhouse driver: the shadow greenhouse', () => {
  it('runs on from its own state through a shortfall: a deficit is not demanded again', () => {
    // A: two short steps (35 °C supply) with the shadow running from the first. B: the same steps, the
    // shadow started only at the second, from the real (colder) state: it asks more.
    const a = driver();
    a.valveStep(K(17), K(35), 1e9, DT);
    const a1 = a.idealDemand(K(17), DT);
    a.endStep();
    a.valveStep(K(17), K(35), 1e9, DT);
    const a2 = a.idealDemand(K(17), DT);
    const b = driver();
    b.valveStep(K(17), K(35), 1e9, DT);
    b.valveStep(K(17), K(35), 1e9, DT);
    const b2 = b.idealDemand(K(17), DT);
    expect(a1).toBeGreaterThan(0);
    expect(a2).toBeLessThan(0.9 * b2);
    // The real greenhouse got less than either shadow asked.
    expect(b.out.pipeWaterHeat).toBeLessThan(a2);
  });

  it('an hour-long step: the shadow’s horizon is the step, as the valve’s', () => {
    const g = driver();
    const q = g.valveStep(K(17), K(80), 1e9, 3600);
    const ideal = g.idealDemand(K(17), 3600);
    expect(Math.abs(ideal - q)).toBeLessThan(1e-9 * q);
  });

  it('stays apart while the real greenhouse is colder than it by more than 0.3 K', () => {
    const g = driver();
    g.valveStep(K(17), K(30), 1e9, DT);
    g.idealDemand(K(17), DT);
    g.endStep();
    expect(g.shadowRunning).toBe(true);
    g.endStep();
    expect(g.shadowRunning).toBe(true);
  });
});

describe('greenhouse driver: the shadow when the demanded inlet would cool its pipes', () => {
  // A sunny −19 °C morning of the pilot year (found by the annual run): the pipes at 42.8 °C, the demand over
  // the 30-min horizon small (254 kW) with an inlet of 36.4 °C, so the first 15 min at that inlet take heat
  // from the pipes. The valve shuts instead, and the shadow takes one step from where it was (it was stepped
  // twice: 5 steps of the pilot year, 295 of a plant short of heat).
  const start = [
    262.69141891784847, 280.64051087336725, 287.7095196209215, 291.1372345275592, 293.5618600417541,
    295.71776333732475, 296.88878082468085, 315.91523741716026, 292.30678887694023, 293.70127589675593,
    295.43694939880385, 292.9822674830421, 283.0709580616563, 2143.258974292763, 2045.0602320571174,
  ];
  const weather = {
    outdoorT: 253.9,
    skyT: 224.67603146099714,
    windSpeed: 3,
    solarOnCover: 411.652917793886,
    isDay: true,
    heatingSetpoint: 294.15,
    outdoorVapourPressure: 80.69388151890004,
    deepSoilT: 266.0410805084746,
  };

  it('takes a single step with the valve shut from its state at the start of the step', () => {
    const g = pilotDriver(21);
    Object.assign(g.inp, weather);
    const shadow = g as unknown as { ideal: Float64Array; idealRunning: boolean; railInletGuess: number };
    shadow.ideal.set(start);
    shadow.idealRunning = true;
    shadow.railInletGuess = 351.368085106383;
    expect(g.idealDemand(294.15, DT)).toBe(0);

    // The same by hand on a fresh model: the demand (its heat positive, its inlet below the pipes), then one
    // step with the valve shut, at the pipes' temperature.
    const m = pilotGreenhouse();
    const s = Float64Array.from(start);
    const inp = { ...g.inp, ...weather, pipeMassFlow: 90, pipeInletT: 351.368085106383 };
    const d = heatDemand(m, s, inp, 294.15, 1800);
    expect(d.waterHeat).toBeGreaterThan(1e5);
    expect(d.pipeInletT).toBeLessThan(start[GH.pipe]! - 5);
    stepGreenhouse(
      m,
      s,
      { ...inp, pipeMassFlow: 0, pipeInletT: d.pipeMeanT },
      DT,
      new GreenhouseStepOutput(),
    );
    for (let i = 0; i < s.length; i++) expect(shadow.ideal[i]).toBeCloseTo(s[i]!, 9);
  });
});

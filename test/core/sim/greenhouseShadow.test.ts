import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/models/scenario';
import { GreenhouseDriver } from '../../../src/core/sim/greenhouseDriver';
import { greenhouseFor } from '../../../src/core/sim/setup';
import { bundledWeather } from '../../../src/core/weather/bundled';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const K = (c: number) => c + 273.15;
const DT = 900;

/** The pilot greenhouse on a −20 °C night, held at 17 °C by four steps with an 80 °C supply. */
function driver() {
  const model = greenhouseFor(loadScenario(pilotJson), bundledWeather());
  const g = new GreenhouseDriver(model, K(17), 90);
  Object.assign(g.inp, { outdoorT: K(-20), skyT: K(-30), windSpeed: 3, solarOnCover: 0, isDay: false });
  for (let i = 0; i < 4; i++) g.valveStep(K(17), K(80), 1e9, DT);
  return g;
}

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

/** Greenhouse drivers of the Manitoba pilot's greenhouse for the driver tests (greenhouseDriver.ts). */
import { readFileSync } from 'node:fs';
import type { GreenhouseModel } from '../../../src/core/greenhouse';
import { loadScenario } from '../../../src/core/models/scenario';
import { GreenhouseDriver } from '../../../src/core/sim/greenhouseDriver';
import { greenhouseFor } from '../../../src/core/sim/setup';
import { bundledWeather } from '../../../src/core/weather/bundled';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
export const K = (c: number) => c + 273.15;
export const DT = 900;

/** The pilot's greenhouse model on the bundled weather. */
export function pilotGreenhouse(): GreenhouseModel {
  return greenhouseFor(loadScenario(pilotJson), bundledWeather());
}

/** A driver of `model` (default: a new pilot greenhouse) with its air at `airC` °C and a 90 kg/s rail. */
export function pilotDriver(airC = 17, model: GreenhouseModel = pilotGreenhouse()): GreenhouseDriver {
  return new GreenhouseDriver(model, K(airC), 90);
}

/** The pilot greenhouse on a −20 °C night (no sun, 3 m/s), held at 17 °C by four steps with an 80 °C supply. */
export function warmedDriver(): GreenhouseDriver {
  const g = pilotDriver();
  Object.assign(g.inp, { outdoorT: K(-20), skyT: K(-30), windSpeed: 3, solarOnCover: 0, isDay: false });
  for (let i = 0; i < 4; i++) g.valveStep(K(17), K(80), 1e9, DT);
  return g;
}

/** Count the calls of a driver's method (`redoStep`, or the private trial step `stepAt`) from now on. */
export function countCalls(g: GreenhouseDriver, method: 'redoStep' | 'stepAt'): { n: number } {
  const calls = { n: 0 };
  const h = g as unknown as Record<string, (...a: number[]) => number>;
  const f = h[method]!.bind(g);
  h[method] = (...a) => {
    calls.n++;
    return f(...a);
  };
  return calls;
}

/**
 * The shortfall's fixed point between the plant and the greenhouse (dispatch.ts): the greenhouse takes q and
 * returns its water at ret(q); the plant, given that return, delivers Φ(q). Plain passes q ← Φ(q) converge by
 * the factor Φ'(q) per pass; the secant passes must reach |Φ(q) − q| ≤ 1e-12·q in a few repeats even when
 * that factor is large, and the plant must end up delivering what the greenhouse took.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/models/scenario';
import {
  buildPlant,
  createPlantState,
  type Plant,
  type PlantInputs,
  solvePlant,
} from '../../../src/core/plant/plant';
import { Dispatch } from '../../../src/core/sim/dispatch';
import type { GreenhouseDriver } from '../../../src/core/sim/greenhouseDriver';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const K = (c: number) => c + 273.15;
const DT = 900;
/**
 * How far a plant solved from another warm start may deliver another heat, relative: its exchanger's property
 * passes stop once the mean temperatures move < 1e-4 K and cp changes ≤ 3e-3 of itself per K, which leaves the
 * duty within 3e-7 of the converged one, and the warm start decides where they stop (hx/offDesign.ts
 * MEAN_TOLERANCE).
 */
const WARM_START_REL = 3e-7;

/** A greenhouse that takes what it is asked for and returns its water at `retC` °C + q·`kPerW`. */
function affineGreenhouse(retC: number, kPerW: number) {
  const asked: number[] = [];
  const at = { retC };
  const gh = {
    out: { pipeOutletT: K(retC) },
    railFlow: 90,
    redoStep(target: number) {
      asked.push(target);
      gh.out.pipeOutletT = K(at.retC) + target * kPerW;
      return target;
    },
  };
  return { gh: gh as unknown as GreenhouseDriver, asked, at };
}

function plantWithoutBackup() {
  const j = structuredClone(pilotJson);
  j.backupHeater.capacity = '0 W';
  return buildPlant(loadScenario(j));
}

describe('shortfall passes', () => {
  // A return near the miners' outlet (55–60 °C, rising 3–6 K per MW taken): the exchanger limits what the
  // plant delivers, so Φ falls as q rises, by 0.62 and 1.23 per W (central differences). Plain passes converge
  // by 0.62 per pass (58 passes to 1e-12) or diverge.
  function plainPasses(plant: Plant, retC: number, kPerW: number) {
    const mB = Math.min(plant.greenhouseFlow, 90);
    const pin: PlantInputs = {
      ambientT: K(-20),
      heatDemand: 0,
      supplySetpoint: K(75),
      powerLimit: 1,
      primaryFlow: mB,
    };
    const po = createPlantState();
    const phi = (q: number) => {
      pin.returnT = K(retC) + q * kPerW;
      pin.heatDemand = Math.max(0, mB * plant.cpGreenhouse * (K(75) - pin.returnT));
      solvePlant(plant, pin, po);
      return po.heatDelivered;
    };
    let q = phi(9e6);
    let n = 1;
    while (Math.abs(phi(q) - q) > 1e-12 * q && n < 100) {
      q = phi(q);
      n++;
    }
    return { phi, n };
  }

  function shortfall(plant: Plant, retC: number, kPerW: number) {
    const g = affineGreenhouse(retC, kPerW);
    const d = new Dispatch(plant, g.gh, undefined, plant.greenhouseFlow);
    d.run(9e6, K(-20), K(75), 1, DT);
    expect(d.backupLimited).toBe(true);
    // The plant delivers what the greenhouse took (after shedding what it could not take).
    expect(Math.abs(d.po.heatDelivered - d.qGh)).toBeLessThanOrEqual(1e-12 * d.qGh);
    expect(d.residual()).toBeLessThan(1e-6);
    return { d, g, asked: g.asked };
  }

  it('Φ′ = −0.62: the root to 1e-12 in five repeats, where plain passes take 58', () => {
    const plant = plantWithoutBackup();
    const { d, asked } = shortfall(plant, 60, 3e-6);
    expect(asked.length).toBeLessThanOrEqual(5);
    // Converged: the plant was solved at the greenhouse's final return.
    expect(d.pin.returnT).toBe(K(60) + d.qGh * 3e-6);
    const plain = plainPasses(plant, 60, 3e-6);
    expect(plain.n).toBeGreaterThan(50);
    // The dispatch's answer is the fixed point of Φ, checked with the plant solved on its own (from another
    // warm start: WARM_START_REL).
    expect(Math.abs(plain.phi(d.qGh) - d.qGh)).toBeLessThanOrEqual(WARM_START_REL * d.qGh);
  });

  it('every shortfall starts with a plain pass: no secant through an earlier step’s passes', () => {
    const plant = plantWithoutBackup();
    const { d, g } = shortfall(plant, 60, 3e-6);
    const n = g.asked.length;
    // The next step's greenhouse returns 2 K colder for the same heat, and its valve's step took 3 MW.
    g.at.retC = 58;
    (g.gh.out as { pipeOutletT: number }).pipeOutletT = K(58) + 3e6 * 3e-6;
    d.run(3e6, K(-20), K(75), 1, DT);
    // Its first pass solves the plant at that step's return and asks the greenhouse for exactly what that
    // plant delivers (a secant through the first step's passes would ask for about their root); then it
    // converges on the new root.
    const moved = plainPasses(plant, 58, 3e-6);
    expect(Math.abs(g.asked[n]! - moved.phi(3e6))).toBeLessThanOrEqual(1e-9 * g.asked[n]!);
    expect(g.asked.length - n).toBeLessThanOrEqual(5);
    expect(Math.abs(moved.phi(d.qGh) - d.qGh)).toBeLessThanOrEqual(WARM_START_REL * d.qGh);
  });

  it('a secant below zero asks for the plant’s own figure instead: never a negative heat', () => {
    // At a 70 °C return the plant delivers 1.63 MW (the rail's ṁ·c_p·5 K); taking that puts the return at
    // 70 °C + 6.5 K, above the 75 °C supply, where it delivers nothing: the secant through (9 MW, −7.37 MW) and
    // (1.63 MW, −1.63 MW) is −0.47 MW.
    const plant = plantWithoutBackup();
    const { d, asked } = shortfall(plant, 70, 4e-6);
    expect(asked[1]).toBe(0);
    for (const q of asked) expect(q).toBeGreaterThanOrEqual(0);
    const { phi } = plainPasses(plant, 70, 4e-6);
    expect(Math.abs(phi(d.qGh) - d.qGh)).toBeLessThanOrEqual(1e-10 * d.qGh);
  });

  it('Φ′ = −1.23 (plain passes diverge): within 1e-6 of the root after the eight passes, the rest shed', () => {
    const plant = plantWithoutBackup();
    const { d, asked } = shortfall(plant, 55, 6e-6);
    expect(asked.length).toBe(8);
    const plain = plainPasses(plant, 55, 6e-6);
    expect(plain.n).toBe(100);
    expect(Math.abs(plain.phi(d.qGh) - d.qGh)).toBeLessThanOrEqual(1e-6 * d.qGh);
  });
});

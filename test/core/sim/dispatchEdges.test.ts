import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBufferTank, stepTank } from '../../../src/core/components/bufferTank';
import { loadScenario } from '../../../src/core/models/scenario';
import { buildPlant } from '../../../src/core/plant/plant';
import { Dispatch } from '../../../src/core/sim/dispatch';
import type { GreenhouseDriver } from '../../../src/core/sim/greenhouseDriver';
import { TANK_AMBIENT, tankFor } from '../../../src/core/sim/setup';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const K = (c: number) => c + 273.15;
const DT = 900;
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

/** A stand-in greenhouse returning at `outT` that takes `take(target)` W when asked to repeat its step. */
function greenhouse(outT: number, take = (t: number) => t) {
  const calls: number[] = [];
  const gh = {
    out: { pipeOutletT: outT },
    railFlow: 90,
    redoStep: (target: number) => {
      calls.push(target);
      return take(target);
    },
  };
  return { gh: gh as unknown as GreenhouseDriver, calls };
}

function setUp(backup: string, tank?: { volume: string; height: string; nodes: number; lossUA: string }) {
  const j = structuredClone(pilotJson);
  j.backupHeater.capacity = backup;
  if (tank) j.bufferTank = tank;
  const s = loadScenario(j);
  const plant = buildPlant(s);
  return { plant, tank: tankFor(s, plant) };
}
const BIG = { volume: '50 m^3', height: '5 m', nodes: 6, lossUA: '20 W/K' };

describe('dispatch: edges of the shortfall, the shedding and the tank', () => {
  it('the shortfall stops once the greenhouse takes the plant’s heat to 1e-12 relative', () => {
    const { plant } = setUp('6 MW');
    const g = greenhouse(K(40), (t) => t * (1 - 1e-13));
    const d = new Dispatch(plant, g.gh, undefined, plant.greenhouseFlow);
    d.run(9e6, K(-20), K(75), 1, DT);
    const full = d.po.heatToCoolant + 6e6;
    expect(g.calls.length).toBe(1);
    expect(d.qGh).toBe(full * (1 - 1e-13));
    // Nothing shed: the boiler stays at capacity.
    expect(d.po.boilerHeat).toBe(6e6);
  });

  it('no backup heater and a greenhouse taking half: the exchanger sheds, the boiler input stays 0', () => {
    const { plant } = setUp('0 W');
    const d = new Dispatch(plant, greenhouse(K(40), (t) => 0.5 * t).gh, undefined, plant.greenhouseFlow);
    d.run(9e6, K(-20), K(75), 1, DT);
    expect(d.po.boilerInput).toBe(0);
    expect(d.po.boilerHeat).toBe(0);
    expect(rel(d.po.hxDuty, 0.5 * d.po.heatToCoolant)).toBeLessThan(1e-9);
    expect(rel(d.po.dryCoolerDuty, 0.5 * d.po.heatToCoolant)).toBeLessThan(1e-9);
  });

  it('a greenhouse taking more than asked: nothing is shed', () => {
    const { plant } = setUp('6 MW');
    const d = new Dispatch(plant, greenhouse(K(40), (t) => 1.001 * t).gh, undefined, plant.greenhouseFlow);
    d.run(9e6, K(-20), K(75), 1, DT);
    expect(d.po.boilerHeat).toBe(6e6);
    expect(rel(d.qGh, 1.001 * (d.po.heatToCoolant + 6e6))).toBeLessThan(1e-12);
  });

  it('a hot tank discharges what the boiler would give: flow = Q_boiler / (c·(T_top − T_return))', () => {
    const { plant, tank } = setUp('6 MW', BIG);
    tank!.T.fill(K(80));
    const d = new Dispatch(plant, greenhouse(K(35)).gh, tank, plant.greenhouseFlow);
    d.run(4e6, K(-20), K(75), 1, DT);
    // Alone the boiler gives 4 MW − the miners' 2.69 MW; a 50 m³ tank at 80 °C gives nearly all of it.
    const boilerAlone = 4e6 - d.po.hxDuty;
    expect(d.discharged).toBeGreaterThan(0.98 * boilerAlone);
    expect(d.discharged).toBeLessThanOrEqual(boilerAlone);
    expect(d.po.boilerHeat).toBeLessThan(0.02 * boilerAlone);
    expect(d.qGh).toBe(4e6);
    expect(d.backupLimited).toBe(false);
  });

  it('a hot tank and no boiler: the tank covers what is unmet', () => {
    const { plant, tank } = setUp('0 W', BIG);
    tank!.T.fill(K(80));
    const d = new Dispatch(plant, greenhouse(K(35)).gh, tank, plant.greenhouseFlow);
    d.run(4e6, K(-20), K(75), 1, DT);
    const unmetAlone = 4e6 - d.po.heatToCoolant;
    expect(d.discharged).toBeGreaterThan(0.98 * unmetAlone);
    expect(rel(d.qGh, d.po.hxDuty + d.discharged)).toBeLessThan(1e-12);
    expect(d.qGh).toBeGreaterThan(0.99 * 4e6);
    expect(d.residual()).toBeLessThan(1e-6);
  });

  it('the tank discharging while the boiler is short: the greenhouse gets exchanger + boiler + tank', () => {
    const { plant, tank } = setUp('0.1 MW', BIG);
    const d = new Dispatch(plant, greenhouse(K(35)).gh, tank, 5);
    d.run(9e6, K(-20), K(75), 1, DT);
    expect(d.backupLimited).toBe(true);
    expect(d.discharged).toBeGreaterThan(1e5);
    expect(d.po.boilerHeat).toBe(0.1e6);
    expect(rel(d.qGh, d.po.hxDuty + 0.1e6 + d.discharged)).toBeLessThan(1e-12);
    expect(d.residual()).toBeLessThan(1e-6);
  });

  it('a tank exactly 1 K above the return does not discharge', () => {
    const { plant, tank } = setUp('6 MW', BIG);
    tank!.T.fill(K(35) + 1);
    const d = new Dispatch(plant, greenhouse(K(35)).gh, tank, plant.greenhouseFlow);
    d.run(4e6, K(-20), K(75), 1, DT);
    expect(d.discharged + 0).toBe(0);
  });

  it('the charge is at most what the primary loop carries between the return and the supply', () => {
    const { plant, tank } = setUp('6 MW', BIG);
    const d = new Dispatch(plant, greenhouse(K(35)).gh, tank, plant.greenhouseFlow);
    // Supply 37 °C over a 35 °C return: 78 kg/s × 4.19 kJ/kgK × 2 K = 654 kW, 354 kW beyond the 300 kW taken.
    d.run(0.3e6, K(-20), K(37), 1, DT);
    const carry = plant.greenhouseFlow * plant.cpGreenhouse * 2;
    expect(rel(d.charged, carry - 0.3e6)).toBeLessThan(1e-4);
    expect(rel(d.po.hxDuty - d.charged, 0.3e6)).toBeLessThan(1e-9);
  });

  it('the charge is nearly all the miner heat the greenhouse does not take', () => {
    const { plant, tank } = setUp('6 MW', BIG);
    const d = new Dispatch(plant, greenhouse(K(35)).gh, tank, plant.greenhouseFlow);
    d.run(0.5e6, K(-20), K(75), 1, DT);
    const surplus = d.po.heatToCoolant - 0.5e6;
    expect(d.charged).toBeGreaterThan(0.85 * surplus);
    expect(d.charged).toBeLessThanOrEqual(surplus);
  });

  it('a nearly spent tank over an hour: no flow through it instead of a negative discharge', () => {
    const tankSpec = { volume: '1 m^3', height: '1 m', nodes: 4, lossUA: '2000 W/K' };
    const { plant, tank } = setUp('6 MW', tankSpec);
    tank!.T.fill(K(36.2));
    const d = new Dispatch(plant, greenhouse(K(35)).gh, tank, plant.greenhouseFlow);
    d.run(4e6, K(-20), K(75), 1, 3600);
    expect(d.discharged + 0).toBe(0);
    expect(d.charged + 0).toBe(0);
    // The tank only cooled to its room, as a tank with no flow does.
    const alone = createBufferTank({
      volume: 1,
      height: 1,
      nodes: 4,
      fluid: plant.greenhouseFluid,
      lossUA: 2000,
      initialT: K(36.2),
    });
    const r = stepTank(
      alone,
      { hotInFlow: 0, hotInT: K(35), coldInFlow: 0, coldInT: K(35), ambientT: TANK_AMBIENT },
      3600,
    );
    expect([...tank!.T]).toEqual([...alone.T]);
    expect(d.tankLoss).toBe(r.heatLoss);
    expect(rel(d.po.boilerHeat, 4e6 - d.po.hxDuty)).toBeLessThan(1e-9);
  });

  it('a charge the exchanger cannot carry without the boiler is cut back until it can (the tank stores miner heat only)', () => {
    // A 1 m³ tank losing 10 kW/K: its bottom cools within the step, so the charge it takes exceeds the
    // exchanger's headroom (2.69 MW of miner heat, 2.6 MW of it to the greenhouse) by round-off; the plant
    // would fire the boiler for the difference, so the charge flow is cut back.
    const { plant, tank } = setUp('6 MW', { volume: '1 m^3', height: '2 m', nodes: 4, lossUA: '10000 W/K' });
    tank!.T.fill(K(40));
    let restored = 0;
    const set = tank!.T.set.bind(tank!.T);
    tank!.T.set = (a: ArrayLike<number>, offset?: number) => {
      restored++;
      set(a, offset);
    };
    const d = new Dispatch(plant, greenhouse(K(30)).gh, tank, plant.greenhouseFlow);
    d.run(2.6e6, K(-20), K(75), 1, DT);
    expect(restored).toBeGreaterThan(0);
    const surplus = d.po.heatToCoolant - 2.6e6;
    expect(d.po.boilerHeat).toBe(0);
    expect(d.charged).toBeGreaterThan(0.99 * surplus);
    expect(d.charged).toBeLessThanOrEqual(d.po.hxDuty - 2.6e6 + 1e-6);
    expect(rel(d.po.hxDuty - d.charged, 2.6e6)).toBeLessThan(1e-9);
    expect(d.residual()).toBeLessThan(1e-6);
  });
});

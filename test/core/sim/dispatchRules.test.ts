import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PhysicsError } from '../../../src/core/errors';
import { loadScenario } from '../../../src/core/models/scenario';
import { buildPlant, type Plant } from '../../../src/core/plant/plant';
import { Dispatch } from '../../../src/core/sim/dispatch';
import type { GreenhouseDriver } from '../../../src/core/sim/greenhouseDriver';
import { TANK_AMBIENT, tankFor } from '../../../src/core/sim/setup';

const pilotJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const K = (c: number) => c + 273.15;
const DT = 900;
const TANK = { volume: '50 m^3', height: '5 m', nodes: 6, lossUA: '20 W/K' };

/**
 * A stand-in greenhouse whose rail returns at `outT` and which, asked to repeat its step for `target` W,
 * takes `take(target)` W (the real one: `target`, to 1e-13).
 */
function greenhouse(outT: number, railFlow: number, take = (t: number) => t) {
  const calls: number[] = [];
  const gh = {
    out: { pipeOutletT: outT },
    railFlow,
    redoStep: (target: number) => {
      calls.push(target);
      return take(target);
    },
  };
  return { gh: gh as unknown as GreenhouseDriver, calls, raw: gh };
}

function plantOf(edit: (j: typeof pilotJson) => void = () => {}) {
  const j = structuredClone(pilotJson);
  edit(j);
  const s = loadScenario(j);
  return { s, plant: buildPlant(s) };
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

/** The plant alone (no tank): what the exchanger and the boiler give for `q` at a return of `ret`. */
function noTank(plant: Plant, q: number, ret: number) {
  const d = new Dispatch(plant, greenhouse(ret, 90).gh, undefined, plant.greenhouseFlow);
  d.run(q, K(-20), K(75), 1, DT);
  return { ...d.po, qGh: d.qGh };
}

describe('dispatch: who heats the greenhouse loop, and the loop closing', () => {
  it('the exchanger heats first: a small demand is all miner heat, the rest goes to the dry cooler', () => {
    const { plant } = plantOf();
    for (const q of [0.5e6, 2e6]) {
      const d = new Dispatch(plant, greenhouse(K(40), 90).gh, undefined, plant.greenhouseFlow);
      d.run(q, K(-20), K(75), 1, DT);
      expect(d.qGh).toBe(q);
      expect(rel(d.po.hxDuty, q)).toBeLessThan(1e-9);
      expect(d.po.boilerHeat).toBe(0);
      expect(rel(d.po.dryCoolerDuty, d.po.heatToCoolant - q)).toBeLessThan(1e-9);
      expect(d.backupLimited).toBe(false);
      expect(d.pin.returnT).toBe(K(40));
      expect(d.pin.primaryFlow).toBeUndefined();
      expect(d.pin.heatDemand).toBe(q);
      expect(d.pin.supplySetpoint).toBe(K(75));
      expect(d.pin.ambientT).toBe(K(-20));
      expect(d.pin.powerLimit).toBe(1);
      expect(d.residual()).toBeLessThan(1e-6);
      expect(d.charged + d.discharged + d.tankLoss + d.tankRes).toBe(0);
    }
  });

  it('the heating circuit returns at the rail outlet, never above the supply set-point', () => {
    const { plant } = plantOf();
    const d = new Dispatch(plant, greenhouse(K(80), 90).gh, undefined, plant.greenhouseFlow);
    d.run(1e6, K(-20), K(75), 0.8, DT);
    expect(d.pin.returnT).toBe(K(75));
    expect(d.pin.powerLimit).toBe(0.8);
  });

  it('the boiler tops up what the exchanger cannot give (at its efficiency)', () => {
    const { plant } = plantOf();
    const d = new Dispatch(plant, greenhouse(K(40), 90).gh, undefined, plant.greenhouseFlow);
    d.run(4e6, K(-20), K(75), 1, DT);
    const po = d.po;
    expect(d.qGh).toBe(4e6);
    // All the coolant heat crosses the exchanger, none is rejected, the boiler gives the rest.
    expect(po.dryCoolerDuty).toBe(0);
    expect(rel(po.hxDuty, po.heatToCoolant)).toBeLessThan(1e-9);
    expect(rel(po.boilerHeat, 4e6 - po.hxDuty)).toBeLessThan(1e-9);
    expect(rel(po.boilerInput, po.boilerHeat / 0.99)).toBeLessThan(1e-9);
    expect(d.backupLimited).toBe(false);
    expect(d.residual()).toBeLessThan(1e-6);
  });

  it('the backup heater at capacity: the greenhouse takes what the plant makes, the valve wide open', () => {
    const { plant } = plantOf();
    for (const railFlow of [50, 90]) {
      const g = greenhouse(K(40), railFlow);
      const d = new Dispatch(plant, g.gh, undefined, plant.greenhouseFlow);
      d.run(9e6, K(-20), K(75), 1, DT);
      const po = d.po;
      const mB = Math.min(railFlow, plant.greenhouseFlow);
      expect(d.backupLimited).toBe(true);
      expect(d.pin.primaryFlow).toBe(mB);
      expect(rel(d.pin.heatDemand, mB * plant.cpGreenhouse * (K(75) - K(40)))).toBeLessThan(1e-12);
      // The plant delivers what the primary flow carries from the rail return to the set-point, at most
      // all the miner heat and the boiler's 6 MW (50 kg/s: 7.3 MW, below; 78 kg/s: 11.4 MW, above).
      const carried = mB * plant.cpGreenhouse * (K(75) - K(40));
      const q = Math.min(carried, po.heatToCoolant + 6e6);
      expect(rel(po.hxDuty, po.heatToCoolant)).toBeLessThan(1e-9);
      expect(rel(po.boilerHeat, q - po.hxDuty)).toBeLessThan(1e-9);
      expect(rel(d.qGh, q)).toBeLessThan(1e-9);
      if (railFlow === 90) expect(po.boilerHeat).toBe(6e6);
      // The greenhouse was asked once for what the plant delivers, and then it agreed.
      expect(g.calls.length).toBe(1);
      expect(rel(g.calls[0]!, q)).toBeLessThan(1e-9);
      expect(d.residual()).toBeLessThan(1e-6);
    }
  });

  it('no backup heater: the greenhouse gets the miner heat only', () => {
    const { plant } = plantOf((j) => (j.backupHeater.capacity = '0 W'));
    const d = new Dispatch(plant, greenhouse(K(40), 90).gh, undefined, plant.greenhouseFlow);
    d.run(3e6, K(-20), K(75), 1, DT);
    expect(d.backupLimited).toBe(true);
    expect(d.po.boilerHeat).toBe(0);
    expect(rel(d.qGh, d.po.heatToCoolant)).toBeLessThan(1e-9);
  });

  it('a greenhouse that keeps taking less: after eight passes the plant sheds the excess, the boiler first', () => {
    const { plant } = plantOf();
    const g = greenhouse(K(40), 90, (t) => 0.999 * t);
    const d = new Dispatch(plant, g.gh, undefined, plant.greenhouseFlow);
    d.run(9e6, K(-20), K(75), 1, DT);
    const po = d.po;
    const full = po.hxDuty + 6e6;
    expect(g.calls.length).toBe(8);
    expect(rel(d.qGh, 0.999 * full)).toBeLessThan(1e-12);
    expect(rel(po.boilerHeat, 6e6 - 0.001 * full)).toBeLessThan(1e-9);
    expect(rel(po.boilerInput, po.boilerHeat / 0.99)).toBeLessThan(1e-9);
    expect(rel(po.hxDuty, po.heatToCoolant)).toBeLessThan(1e-9);
    expect(rel(po.heatDelivered, d.qGh)).toBeLessThan(1e-12);
    expect(d.residual()).toBeLessThan(1e-6);
  });

  it('shedding more than the boiler gives: the boiler off, the exchanger gives the rest to the dry cooler', () => {
    const { plant } = plantOf((j) => (j.backupHeater.capacity = '0.1 MW'));
    const d = new Dispatch(plant, greenhouse(K(40), 90, (t) => 0.5 * t).gh, undefined, plant.greenhouseFlow);
    d.run(9e6, K(-20), K(75), 1, DT);
    const po = d.po;
    const full = po.heatToCoolant + 0.1e6;
    expect(rel(d.qGh, 0.5 * full)).toBeLessThan(1e-12);
    expect(po.boilerHeat).toBe(0);
    expect(po.boilerInput).toBe(0);
    expect(rel(po.hxDuty, 0.5 * full)).toBeLessThan(1e-9);
    expect(rel(po.dryCoolerDuty, po.heatToCoolant - po.hxDuty)).toBeLessThan(1e-9);
    expect(rel(po.heatDelivered, d.qGh)).toBeLessThan(1e-12);
    expect(d.residual()).toBeLessThan(1e-6);
  });

  it('a rail that would return frozen water is refused with the temperatures and the fields to change', () => {
    const { plant } = plantOf();
    const d = new Dispatch(plant, greenhouse(K(-5), 90).gh, undefined, plant.greenhouseFlow);
    let err: unknown;
    try {
      d.run(1e6, K(-20), K(75), 1, DT);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PhysicsError);
    expect((err as Error).message).toBe(
      'greenhouse heating pipes: the water would leave the pipe rail at -5.00 °C (outdoor -20.00 °C), below its freezing point 0.00 °C — the greenhouse gets too little heat to stay above freezing in this weather; raise greenhouseLoop.flow, greenhouse.pipeFlowPerArea or backupHeater.capacity (or add a greenhouse.thermalScreen), or lower greenhouse.leakage',
    );
    // At the freezing point itself the water still flows.
    const at = new Dispatch(plant, greenhouse(K(0), 90).gh, undefined, plant.greenhouseFlow);
    at.run(1e6, K(-20), K(75), 1, DT);
    expect(at.pin.returnT).toBe(K(0));
  });

  it('a rail that freezes while the plant is short is refused too', () => {
    const { plant } = plantOf();
    const g = greenhouse(K(40), 90);
    g.raw.redoStep = (t: number) => {
      g.raw.out.pipeOutletT = K(-1);
      return 0.9 * t;
    };
    const d = new Dispatch(plant, g.gh, undefined, plant.greenhouseFlow);
    expect(() => d.run(9e6, K(-20), K(75), 1, DT)).toThrow(/pipe rail at -1\.00 °C/);
  });

  it('the residual adds |miner loop| + |greenhouse loop| + the tank’s', () => {
    const { plant } = plantOf();
    const d = new Dispatch(plant, greenhouse(K(40), 90).gh, undefined, plant.greenhouseFlow);
    d.run(4e6, K(-20), K(75), 1, DT);
    const r0 = d.residual();
    d.po.heatToCoolant += 1000;
    expect(d.residual()).toBeCloseTo(r0 + 1000, 4);
    d.po.heatToCoolant -= 3000;
    expect(d.residual()).toBeCloseTo(r0 + 2000, 4);
    d.po.heatToCoolant += 2000;
    d.discharged = 300;
    expect(d.residual()).toBeCloseTo(r0 + 300, 4);
    d.discharged = 0;
    d.charged = 70;
    expect(d.residual()).toBeCloseTo(r0 + 70, 4);
    d.charged = 0;
    d.qGh -= 40;
    expect(d.residual()).toBeCloseTo(r0 + 40, 4);
    d.qGh += 40;
    d.tankRes = 9;
    expect(d.residual()).toBeCloseTo(r0 + 9, 4);
  });
});

describe('dispatch: the buffer tank', () => {
  function withTank(maxFlow?: number) {
    const { s, plant } = plantOf((j) => (j.bufferTank = TANK));
    const tank = tankFor(s, plant)!;
    return {
      plant,
      tank,
      d: new Dispatch(plant, greenhouse(K(35), 90).gh, tank, maxFlow ?? plant.greenhouseFlow),
    };
  }
  const energy = (T: Float64Array, m: number, cp: number) => T.reduce((a, t) => a + t, 0) * m * cp;

  it('discharges before the boiler: the boiler gives what the tank does not', () => {
    const { plant, tank, d } = withTank();
    const e0 = energy(tank.T, tank.nodeMass, tank.cp);
    const alone = noTank(plant, 4e6, K(35));
    d.run(4e6, K(-20), K(75), 1, DT);
    const po = d.po;
    expect(d.qGh).toBe(4e6);
    expect(d.discharged).toBeGreaterThan(0.5e6);
    expect(d.charged + 0).toBe(0);
    expect(rel(po.boilerHeat, alone.boilerHeat - d.discharged)).toBeLessThan(1e-9);
    expect(rel(po.hxDuty + po.boilerHeat + d.discharged, 4e6)).toBeLessThan(1e-12);
    // The tank lost what it gave and its shell loss, UA·(T − 15 °C) at its end temperatures.
    const mean = tank.T.reduce((a, t) => a + t, 0) / tank.nodes;
    expect(rel(d.tankLoss, 20 * (mean - TANK_AMBIENT))).toBeLessThan(0.02);
    const e1 = energy(tank.T, tank.nodeMass, tank.cp);
    expect(Math.abs((e1 - e0) / DT + d.discharged + d.tankLoss)).toBeLessThan(1e-3);
    expect(d.tankRes).toBeLessThan(1e-3);
    expect(d.tankRes).toBeGreaterThanOrEqual(0);
    expect(d.residual()).toBeLessThan(1e-3);
  });

  it('the discharge flow is at most the tank’s flow limit', () => {
    const { tank, d } = withTank(5);
    const top = tank.T[0]!;
    d.run(4e6, K(-20), K(75), 1, DT);
    const most = 5 * tank.cp * (top - K(35));
    expect(d.discharged).toBeLessThanOrEqual(most);
    expect(d.discharged).toBeGreaterThan(0.9 * most);
  });

  it('no discharge from a tank not 1 K warmer than the return', () => {
    const { plant, tank, d } = withTank();
    tank.T.fill(K(35.9));
    const alone = noTank(plant, 4e6, K(35));
    d.run(4e6, K(-20), K(75), 1, DT);
    expect(d.discharged + 0).toBe(0);
    expect(d.charged + 0).toBe(0);
    expect(rel(d.po.boilerHeat, alone.boilerHeat)).toBeLessThan(1e-9);
  });

  it('charges with the miner heat the dry cooler would reject; the greenhouse still gets its heat', () => {
    const { plant, tank, d } = withTank();
    const e0 = energy(tank.T, tank.nodeMass, tank.cp);
    const alone = noTank(plant, 0.5e6, K(35));
    d.run(0.5e6, K(-20), K(75), 1, DT);
    const po = d.po;
    expect(d.qGh).toBe(0.5e6);
    expect(d.charged).toBeGreaterThan(1e6);
    expect(d.discharged + 0).toBe(0);
    expect(po.boilerHeat).toBe(0);
    expect(rel(po.hxDuty - d.charged, 0.5e6)).toBeLessThan(1e-9);
    expect(rel(po.heatToCoolant, alone.heatToCoolant)).toBeLessThan(1e-9);
    expect(rel(po.dryCoolerDuty, alone.dryCoolerDuty - d.charged)).toBeLessThan(1e-9);
    expect(tank.T[0]).toBeGreaterThan(K(45));
    const e1 = energy(tank.T, tank.nodeMass, tank.cp);
    expect(Math.abs((e1 - e0) / DT - d.charged + d.tankLoss)).toBeLessThan(1e-3);
    expect(d.residual()).toBeLessThan(1e-3);
  });

  it('the charge flow is at most the tank’s flow limit', () => {
    const { tank, d } = withTank(2);
    const bottom = tank.T[tank.nodes - 1]!;
    d.run(0.5e6, K(-20), K(75), 1, DT);
    // Water from the exchanger (below the miner outlet, ≈ 80 °C) into the top, 45 °C back from the bottom.
    expect(d.charged).toBeGreaterThan(0);
    expect(d.charged).toBeLessThanOrEqual(2 * tank.cp * (d.po.minerOutletT - bottom));
    expect(rel(d.po.hxDuty - d.charged, 0.5e6)).toBeLessThan(1e-9);
  });

  it('no charge into a tank as warm as the miner outlet', () => {
    const { plant, tank, d } = withTank();
    const alone = noTank(plant, 0.5e6, K(35));
    tank.T.fill(alone.minerOutletT - 1);
    d.run(0.5e6, K(-20), K(75), 1, DT);
    expect(d.charged + 0).toBe(0);
    expect(d.discharged + 0).toBe(0);
    expect(rel(d.po.dryCoolerDuty, alone.dryCoolerDuty)).toBeLessThan(1e-9);
  });
});

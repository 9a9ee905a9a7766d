/**
 * The plant's operating point checked output by output against the loop balances written out here and the
 * components evaluated on their own (miner bank, dry cooler), in each of the dry cooler's modes, with each way
 * of giving the greenhouse side, and at every input bound. Plants are built inside each test (not at module
 * load) so that mutation testing's per-test coverage sees which test reads which line.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { dryCoolerOutlet } from '../../../src/core/components/dryCooler';
import { evaluateMinerBank } from '../../../src/core/components/minerBank';
import { InputError, PhysicsError } from '../../../src/core/errors';
import {
  buildPlant,
  type Plant,
  type PlantInputs,
  type PlantState,
  solvePlant,
} from '../../../src/core/plant/plant';
import { pilot, pilotScenario, type RAW, rel } from './fixtures';

const C = 273.15;
/** The pilot with the 1 MW dry cooler: too small for 2.7 MW on a hot day (the inlet floats up). */
const smallCooler = (j: typeof RAW) => {
  j.dryCooler.model = 'dry-cooler-v-1000kw';
};

/**
 * Every output of `r` from the loop balances and the components: miner loop A1 → miners → A2 → exchanger →
 * A3 → dry cooler → A4 = A1; greenhouse loop return → exchanger → boiler → supply.
 */
function expectBalances(p: Plant, inp: PlantInputs, r: PlantState): void {
  const sA = inp.minerPumpSpeed ?? 1;
  const mA = p.minerFlow * sA;
  const cA = mA * p.cpMiner;
  expect(rel(r.minerFlow, mA)).toBeLessThan(1e-15);
  // miner loop temperatures, one duty per leg
  expect(r.minerOutletT).toBeCloseTo(r.minerInletT + r.heatToCoolant / cA, 9);
  expect(r.hxHotOutT).toBeCloseTo(r.minerOutletT - r.hxDuty / cA, 9);
  expect(r.dryCoolerOutT).toBeCloseTo(r.hxHotOutT - r.dryCoolerDuty / cA, 9);
  expect(r.dryCoolerOutT).toBeCloseTo(r.minerInletT, 6); // the loop closes: A4 = A1
  expect(r.energyResidual).toBeLessThan(1e-9);
  // the miners, evaluated on their own at the solved inlet (a duty-cycling bank is a mix: checked elsewhere)
  if (r.minerStatus !== 'cycling') {
    const bank = evaluateMinerBank(p.miners, {
      inletT: r.minerInletT,
      massFlow: mA,
      fluid: p.minerFluid,
      airT: p.containerAirT,
      mode: p.minerMode,
      powerLimit: inp.powerLimit,
    });
    expect(rel(r.minerElectricPower, bank.electricPower * p.availability)).toBeLessThan(1e-12);
    expect(rel(r.heatToCoolant, bank.heatToCoolant * p.availability)).toBeLessThan(1e-9);
    expect(rel(r.hashrate, bank.hashrate * p.availability)).toBeLessThan(1e-12);
    expect(r.chipT).toBeCloseTo(bank.chipT, 9);
    expect(r.minerStatus).toBe(bank.status);
  }
  expect(r.heatToAir).toBeCloseTo(r.minerElectricPower - r.heatToCoolant, 6);
  // greenhouse loop: return from the circuit, pre-heat, boiler top-up, supply
  const cB = r.greenhouseFlow * p.cpGreenhouse;
  expect(r.hxColdInT).toBe(r.greenhouseReturnT);
  if (cB > 0) {
    expect(r.greenhouseReturnT).toBeCloseTo(inp.supplySetpoint - inp.heatDemand / cB, 9);
    expect(r.preheatedT).toBeCloseTo(r.greenhouseReturnT + r.hxDuty / cB, 9);
    expect(r.supplyT).toBeCloseTo(r.greenhouseReturnT + r.heatDelivered / cB, 9);
  }
  const boiler = Math.min(Math.max(0, inp.heatDemand - r.hxDuty), p.heater.capacity);
  expect(r.boilerHeat).toBeCloseTo(boiler, 6);
  expect(r.boilerInput).toBeCloseTo(boiler / 0.99, 6); // the pilot's electric boiler, 99 %
  expect(r.heatDelivered).toBeCloseTo(r.hxDuty + r.boilerHeat, 6);
  expect(r.unmetHeat).toBeCloseTo(inp.heatDemand - r.heatDelivered, 6);
  // the exchanger branch: never more than the primary flow; its outlet from its own balance (cp at its inlet,
  // so within 0.2 K of the balance with cp at the loop's mean)
  expect(r.hxColdFlow).toBeLessThanOrEqual(r.greenhouseFlow + 1e-12);
  if (r.hxColdFlow > 0) {
    expect(Math.abs(r.hxColdOutT - (r.hxColdInT + r.hxDuty / (r.hxColdFlow * p.cpGreenhouse)))).toBeLessThan(
      0.2,
    );
    expect(r.hxUA).toBeGreaterThan(0);
    expect(r.hxEffectiveness).toBeGreaterThan(0);
    expect(r.hxEffectiveness).toBeLessThanOrEqual(1);
  } else {
    expect([r.hxDuty, r.hxUA, r.hxEffectiveness, r.hxNtu]).toEqual([0, 0, 0, 0]);
    expect(r.hxColdOutT).toBe(r.hxColdInT);
  }
}

/** The dry cooler evaluated on its own at the solved setting (share of the flow, fan speed). */
function coolerAlone(p: Plant, inp: PlantInputs, r: PlantState) {
  const mA = p.minerFlow * (inp.minerPumpSpeed ?? 1);
  return dryCoolerOutlet(p.dryCooler, {
    inletT: r.hxHotOutT,
    massFlow: r.dryCoolerFlowShare < 1 ? mA * r.dryCoolerFlowShare : mA,
    fluid: p.minerFluid,
    ambientT: inp.ambientT,
    fanSpeed: r.fanSpeed,
  });
}

describe('operating point in each of the dry cooler’s modes', () => {
  let p: Plant;
  beforeEach(() => {
    p = pilot();
  });

  it('valve: mild day, the bypass valve sends a share of the flow through the cooler, fans stopped', () => {
    const inp = { ambientT: 5 + C, heatDemand: 2e6, supplySetpoint: 50 + C, powerLimit: 1 };
    const r = solvePlant(p, inp);
    expect(r.fanMode).toBe('valve');
    expect(r.minerInletT).toBe(p.minerInletSetpoint);
    expect(r.fanSpeed).toBe(0);
    expect(r.fanPower).toBe(0);
    expect(r.dryCoolerFlowShare).toBeGreaterThan(0);
    expect(r.dryCoolerFlowShare).toBeLessThan(1);
    // recovery first: the exchanger takes exactly the greenhouse's 2 MW, the cooler the rest of the miner heat
    expect(r.hxDuty).toBeCloseTo(2e6, 0);
    expect(r.dryCoolerDuty).toBeCloseTo(r.heatToCoolant - 2e6, 0);
    // the cooler alone at that share gives that duty (the share is solved to 2e-3: ±2e-3 of the flow)
    const alone = coolerAlone(p, inp, r);
    const perShare = alone.duty / r.dryCoolerFlowShare;
    expect(Math.abs(alone.duty - r.dryCoolerDuty)).toBeLessThan(2.5e-3 * perShare);
    expectBalances(p, inp, r);
  });

  it('fans: summer, no demand, every watt to the cooler, fans below full speed hold the set-point', () => {
    const inp = { ambientT: 25 + C, heatDemand: 0, supplySetpoint: 45 + C, powerLimit: 1 };
    const r = solvePlant(p, inp);
    expect(r.fanMode).toBe('fans');
    expect(r.minerInletT).toBe(p.minerInletSetpoint);
    expect(r.dryCoolerFlowShare).toBe(1);
    expect(r.fanSpeed).toBeGreaterThan(0);
    expect(r.fanSpeed).toBeLessThan(1);
    expect(r.dryCoolerDuty).toBeCloseTo(r.heatToCoolant, 3);
    const alone = coolerAlone(p, inp, r);
    expect(rel(r.fanPower, alone.fanPower)).toBeLessThan(1e-12);
    expect(rel(alone.duty, r.dryCoolerDuty)).toBeLessThan(0.01);
    // no demand: nothing flows in the greenhouse loop's branch, no boiler
    expect(r.hxColdFlow).toBe(0);
    expect(r.boilerHeat).toBe(0);
    expectBalances(p, inp, r);
  });

  it('bypassed: miners off, nothing heats the loop, it floats to the container air', () => {
    const inp = { ambientT: -20 + C, heatDemand: 3e6, supplySetpoint: 60 + C, powerLimit: 0 };
    const r = solvePlant(p, inp);
    expect(r.fanMode).toBe('bypassed');
    expect(r.minerStatus).toBe('off');
    expect(r.minerInletT).toBeCloseTo(p.containerAirT, 6);
    expect([r.dryCoolerDuty, r.dryCoolerFlowShare, r.fanSpeed, r.fanPower]).toEqual([0, 0, 0, 0]);
    expect(r.boilerHeat).toBeCloseTo(3e6, 3);
    expectBalances(p, inp, r);
  });

  it('full: a 1 MW cooler at 45 °C outdoors cannot hold 70 °C; the inlet floats up and the miners throttle', () => {
    const q = pilot(smallCooler);
    const inp = { ambientT: 45 + C, heatDemand: 0, supplySetpoint: 45 + C, powerLimit: 1 };
    const r = solvePlant(q, inp);
    expect(r.fanMode).toBe('full');
    expect(r.minerStatus).toBe('throttled');
    expect(r.minerInletT).toBeGreaterThan(q.minerInletSetpoint + 1);
    expect(r.fanSpeed).toBe(1);
    expect(r.dryCoolerFlowShare).toBe(1);
    // at full speed the loop's closure is the cooler's own duty at the floated inlet (exact, no signal solve)
    const alone = coolerAlone(q, inp, r);
    expect(rel(alone.duty, r.dryCoolerDuty)).toBeLessThan(1e-12);
    expect(rel(alone.fanPower, r.fanPower)).toBeLessThan(1e-12);
    expect(rel(r.dryCoolerDuty, r.heatToCoolant)).toBeLessThan(1e-9);
    expectBalances(q, inp, r);
  });

  it('cycling: hotter still, the inlet reaches the 75 °C shutdown and a share of the units runs', () => {
    const q = pilot(smallCooler);
    const inp = { ambientT: 60 + C, heatDemand: 0, supplySetpoint: 45 + C, powerLimit: 1 };
    const r = solvePlant(q, inp);
    expect(r.fanMode).toBe('full');
    expect(r.minerStatus).toBe('cycling');
    expect(r.minerInletT - C).toBeCloseTo(75, 6); // the catalogue's maxInlet (models/equipment/miners)
    // the running share f: electricity, hashrate and uptime all scale with it, and the heat still balances
    const f = r.minerUptime;
    expect(f).toBeGreaterThan(0.05);
    expect(f).toBeLessThan(0.95);
    const full = evaluateMinerBank(q.miners, {
      inletT: r.minerInletT - 1e-9,
      massFlow: r.minerFlow,
      fluid: q.minerFluid,
      airT: q.containerAirT,
      mode: q.minerMode,
      powerLimit: 1,
    });
    expect(
      rel(r.minerElectricPower, full.electricPower * q.availability * (f / (full.uptime * q.availability))),
    ).toBeLessThan(1e-6);
    expect(rel(r.dryCoolerDuty, r.heatToCoolant)).toBeLessThan(1e-9);
    expect(r.energyResidual).toBeLessThan(1e-9);
    expectBalances(q, inp, r);
  });

  it('pumps: P = V̇·Δp/η at nominal flow and ∝ speed³ (fixed system curve)', () => {
    const s = pilotScenario();
    const inp = { ambientT: 0 + C, heatDemand: 2e6, supplySetpoint: 60 + C, powerLimit: 1 };
    const r1 = solvePlant(p, inp);
    // V̇ from the scenario's flow per miner, stated at the loop's mean temperature (set-point + half the
    // catalogue ΔT) and pumped at the set-point's density
    const tSet = s.minerLoop.inletSetpoint;
    const tMean = tSet + 0.5 * p.miners.model.coolant.nominalDeltaT;
    const vA =
      (s.minerLoop.flowPerMiner * s.miners.count * p.minerFluid.density(tMean)) / p.minerFluid.density(tSet);
    expect(rel(r1.minerPumpPower, (vA * p.minerPump.pressureRise) / s.minerLoop.pumpEfficiency)).toBeLessThan(
      1e-12,
    );
    // the greenhouse loop's flow is stated 10 K below the heating curve's top supply, pumped at the return's
    const tMeanB = Math.max(...s.greenhouseLoop.heatingCurve.map((c) => c.supply)) - 10;
    const rho = (t: number) => p.greenhouseFluid.density(t);
    const vB = (s.greenhouseLoop.flow * rho(tMeanB)) / rho(r1.greenhouseReturnT);
    const pB = (vB * s.greenhouseLoop.externalPressureDrop) / s.greenhouseLoop.pumpEfficiency;
    expect(rel(r1.greenhousePumpPower, pB)).toBeLessThan(1e-12);
    const r2 = solvePlant(p, { ...inp, minerPumpSpeed: 0.8, greenhousePumpSpeed: 0.9 });
    expect(r2.minerPumpPower / r1.minerPumpPower).toBeCloseTo(0.8 ** 3, 12);
    // the greenhouse pump follows the primary flow drawn (here all of it, at 0.9 of nominal)
    expect(r2.greenhouseFlow / r1.greenhouseFlow).toBeCloseTo(0.9, 12);
    expect(r2.greenhousePumpPower / r1.greenhousePumpPower).toBeCloseTo(
      0.9 ** 3 *
        (p.greenhouseFluid.density(r1.greenhouseReturnT) / p.greenhouseFluid.density(r2.greenhouseReturnT)),
      12,
    );
    expectBalances(p, { ...inp, minerPumpSpeed: 0.8, greenhousePumpSpeed: 0.9 }, r2);
  });
});

describe('the greenhouse side: nominal flow, a given primary flow, a given return temperature', () => {
  let p: Plant;
  beforeEach(() => {
    p = pilot();
  });
  const base = { ambientT: -10 + C, heatDemand: 2e6, supplySetpoint: 60 + C, powerLimit: 1 };

  it('a primary flow below the pump’s sets the return; above it is capped at the pump’s', () => {
    const r = solvePlant(p, { ...base, primaryFlow: 40 });
    expect(r.greenhouseFlow).toBe(40);
    expect(r.greenhouseReturnT).toBeCloseTo(60 + C - 2e6 / (40 * p.cpGreenhouse), 9);
    const capped = solvePlant(p, { ...base, primaryFlow: 10 * p.greenhouseFlow });
    expect(capped.greenhouseFlow).toBe(p.greenhouseFlow);
    expectBalances(p, { ...base, primaryFlow: 40 }, r);
  });

  it('a return temperature sets the flow Q/(cp·ΔT), capped at the pump’s; at ΔT = 0 the pump runs flat out', () => {
    const r = solvePlant(p, { ...base, returnT: 40 + C });
    expect(r.greenhouseFlow).toBeCloseTo(2e6 / (p.cpGreenhouse * 20), 9);
    expect(r.greenhouseReturnT).toBeCloseTo(40 + C, 9);
    const steep = solvePlant(p, { ...base, heatDemand: 8e6, returnT: 59 + C });
    expect(steep.greenhouseFlow).toBe(p.greenhouseFlow);
    const flat = solvePlant(p, { ...base, returnT: 60 + C });
    expect(flat.greenhouseFlow).toBe(p.greenhouseFlow);
    expectBalances(p, { ...base, returnT: 40 + C }, r);
  });

  it('no demand and the return at the supply: nothing flows, the supply is the set-point', () => {
    const inp = { ...base, heatDemand: 0, returnT: 60 + C };
    const r = solvePlant(p, inp);
    expect(r.greenhouseFlow).toBe(0);
    expect(r.greenhouseReturnT).toBe(60 + C);
    expect(r.preheatedT).toBe(60 + C);
    expect(r.supplyT).toBe(60 + C);
    expect(r.greenhousePumpPower).toBe(0);
    expect(r.hxDuty).toBe(0);
    expectBalances(p, inp, r);
  });
});

describe('inputs at and beyond their bounds', () => {
  let p: Plant;
  beforeEach(() => {
    p = pilot();
  });
  const base = { ambientT: 0 + C, heatDemand: 1e6, supplySetpoint: 60 + C, powerLimit: 1 };
  const refuse = (inp: Partial<PlantInputs>, msg: RegExp) =>
    expect(() => solvePlant(p, { ...base, ...inp })).toThrow(msg);
  const accept = (inp: Partial<PlantInputs>) =>
    expect(() => solvePlant(p, { ...base, ...inp })).not.toThrow();

  it('accepts each bound itself and refuses just beyond, naming the field and the range', () => {
    accept({ ambientT: -40 + C, powerLimit: 0 });
    accept({ ambientT: 40 + C, heatDemand: 0 });
    accept({ powerLimit: 1, minerPumpSpeed: 1.5, greenhousePumpSpeed: 1.5 });
    refuse({ ambientT: 173.15 - 1e-9 }, /ambientT.*between −100 and 70 °C/);
    refuse({ ambientT: 343.15 + 1e-9 }, /ambientT.*between −100 and 70 °C/);
    refuse({ heatDemand: -1e-9 }, /heatDemand.*a heat flow ≥ 0 W/);
    refuse({ heatDemand: 1e12 + 1e3 }, /heatDemand/);
    refuse({ supplySetpoint: C - 1e-9 }, /supplySetpoint.*between 0 and 150 °C/);
    refuse({ supplySetpoint: 423.15 + 1e-9 }, /supplySetpoint/);
    refuse({ powerLimit: -1e-9 }, /powerLimit.*between 0 and 1/);
    refuse({ powerLimit: 1 + 1e-9 }, /powerLimit/);
    refuse({ minerPumpSpeed: 1.5 + 1e-9 }, /minerPumpSpeed.*between 0 and 1\.5/);
    refuse({ greenhousePumpSpeed: -1e-9 }, /greenhousePumpSpeed.*between 0 and 1\.5/);
    refuse({ ambientT: Number.NaN }, /ambientT/);
    for (const bad of [{ ambientT: 400 }, { powerLimit: 2 }]) {
      expect(() => solvePlant(p, { ...base, ...bad })).toThrowError(InputError);
    }
  });

  it('refuses a primary flow below zero and a return above the supply, each by name', () => {
    refuse({ primaryFlow: -1e-9 }, /primaryFlow.*≥ 0 kg\/s/);
    accept({ primaryFlow: 0, heatDemand: 0 });
    refuse({ returnT: 60 + C + 1e-9 }, /returnT.*freezing point and the supply set-point/);
    refuse({ returnT: C - 1 }, /returnT/);
  });

  it('demand without primary flow is a PhysicsError that says which speed to raise', () => {
    expect(() => solvePlant(p, { ...base, greenhousePumpSpeed: 0 })).toThrowError(PhysicsError);
    refuse({ greenhousePumpSpeed: 0 }, /1000\.0 kW demanded with no primary flow; raise greenhousePumpSpeed/);
    accept({ greenhousePumpSpeed: 0, heatDemand: 0 });
  });

  it('no miner-loop flow: the bank stops (no flow), nothing crosses the exchanger, the boiler carries all', () => {
    const inp = { ...base, minerPumpSpeed: 0 };
    const r = solvePlant(p, inp);
    expect(r.fanMode).toBe('bypassed');
    expect(r.minerFlow).toBe(0);
    expect(r.hxDuty).toBe(0);
    expect(r.dryCoolerDuty).toBe(0);
    expect(r.boilerHeat).toBeCloseTo(1e6, 3);
    expect(r.minerPumpPower).toBe(0);
    expect(r.hxHotOutT).toBe(r.minerOutletT);
    expect(r.dryCoolerOutT).toBe(r.hxHotOutT);
  });
});

describe('the warm start gives what a cold start gives', () => {
  it('a sequence of operating points on one plant matches a fresh plant for each point', () => {
    const cases: PlantInputs[] = [];
    // small steps (inside the warm bracket) and jumps (outside it), in the valve and fan ranges, both ways
    for (const q of [2.0e6, 2.05e6, 2.1e6, 1.2e6, 0.3e6, 0, 0.05e6, 1.5e6, 2.5e6]) {
      cases.push({ ambientT: 5 + C, heatDemand: q, supplySetpoint: 55 + C, powerLimit: 1 });
    }
    for (const amb of [20, 21, 25, 12, 30, 29.5]) {
      cases.push({ ambientT: amb + C, heatDemand: 0, supplySetpoint: 45 + C, powerLimit: 1 });
    }
    const warm = pilot();
    for (const inp of cases) {
      const a = { ...solvePlant(warm, inp) };
      const b = solvePlant(pilot(), inp);
      expect(a.fanMode).toBe(b.fanMode);
      // the valve position / fan speed are solved to 2e-3 of their range from either start
      expect(Math.abs(a.dryCoolerFlowShare - b.dryCoolerFlowShare)).toBeLessThan(4e-3);
      expect(Math.abs(a.fanSpeed - b.fanSpeed)).toBeLessThan(4e-3);
      // the duties are the loop's closure, the same to round-off
      expect(rel(a.dryCoolerDuty, b.dryCoolerDuty)).toBeLessThan(1e-9);
      expect(rel(a.hxDuty, b.hxDuty)).toBeLessThan(1e-9);
      expect(a.minerInletT).toBeCloseTo(b.minerInletT, 9);
    }
  });
});

describe('building the plant', () => {
  it('refuses modules that do not divide the miner count, naming both', () => {
    const s = pilotScenario();
    expect(() => buildPlant({ ...s, miners: { ...s.miners, modules: 7 } })).toThrow(
      /miners\.modules.*a divisor of miners\.count \(360\)/,
    );
  });

  it('takes UA from ua, else area × overallU, else the catalogue entry', () => {
    const s = pilotScenario();
    const hx = s.heatExchanger;
    expect(buildPlant({ ...s, heatExchanger: { ...hx, ua: 123_456 } }).hx.uaNominal).toBe(123_456);
    const byArea = buildPlant({ ...s, heatExchanger: { ...hx, model: undefined, area: 50, overallU: 4000 } });
    expect(byArea.hx.uaNominal).toBe(200_000);
    // without a catalogue entry the nominal flows are the loops' own
    expect(byArea.hx.hotFlowNominal).toBe(byArea.minerFlow);
    expect(byArea.hx.coldFlowNominal).toBe(byArea.greenhouseFlow);
    expect(() => buildPlant({ ...s, heatExchanger: { ...hx, model: undefined, ua: undefined } })).toThrow(
      /heatExchanger.*a catalog model, area with overallU, or ua/,
    );
  });

  it('the loop flows from the scenario’s volumetric flows and densities at the loops’ mean temperatures', () => {
    const s = pilotScenario();
    const p = buildPlant(s);
    const vA = s.minerLoop.flowPerMiner * s.miners.count;
    // density of the miner fluid between its set-point and set-point + the catalogue ΔT: within 0.5 %
    expect(rel(p.minerFlow, vA * p.minerFluid.density(s.minerLoop.inletSetpoint))).toBeLessThan(0.005);
    expect(rel(p.greenhouseFlow, s.greenhouseLoop.flow * 1000)).toBeLessThan(0.03);
    expect(p.minerInletSetpoint).toBe(s.minerLoop.inletSetpoint);
    expect(p.availability).toBe(s.miners.availability);
    expect(p.containerAirT).toBe(s.miners.containerAirTemperature);
    expect(p.heater.capacity).toBe(s.backupHeater.capacity);
    expect(p.greenhousePump.pressureRise).toBe(s.greenhouseLoop.externalPressureDrop);
    expect(p.greenhousePump.efficiency).toBe(s.greenhouseLoop.pumpEfficiency);
    expect(p.minerPump.efficiency).toBe(s.minerLoop.pumpEfficiency);
    expect(p.minerPump.pressureRise).toBeGreaterThan(s.minerLoop.externalPressureDrop);
  });
});

/**
 * More operating points, each chosen so that a line of the plant solve shows in the result: availability below
 * one, a condensing gas boiler, an exchanger too small for the heat on offer, the dry cooler at full speed with
 * the exchanger also taking heat, the mix of running and stopped units while the bank duty-cycles, and a warm
 * start that has just run another mode. Expected values come from the loop balances and the components
 * evaluated on their own; plants are built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { backupHeater, condensingBoilerEfficiency } from '../../../src/core/components/backupHeater';
import { evaluateMinerBank } from '../../../src/core/components/minerBank';
import { plateExchangerModel } from '../../../src/core/models/catalog';
import { type Plant, type PlantInputs, solvePlant } from '../../../src/core/plant/plant';
import { epsCounterflow, pilot, RAW, rel } from './fixtures';

const C = 273.15;

describe('plant construction from the scenario', () => {
  it('an exchanger given by catalogue model alone takes the catalogue’s UA', () => {
    const p = pilot((j) => {
      j.heatExchanger = { model: RAW.heatExchanger.model };
    });
    expect(p.hx.uaNominal).toBe(plateExchangerModel(RAW.heatExchanger.model).ua);
  });

  it('a gas boiler is a fuel heater, an electric one is not', () => {
    expect(pilot((j) => (j.backupHeater.type = 'natural-gas')).heater.kind).toBe('gas');
    expect(pilot((j) => (j.backupHeater.type = 'propane')).heater.kind).toBe('gas');
    expect(pilot().heater.kind).toBe('electric');
  });
});

describe('operating points that show one line each', () => {
  it('availability 90 %: electricity, heat, hashrate and uptime are the bank’s times 0.9', () => {
    const p = pilot((j) => (j.miners.availability = '90 %'));
    expect(p.availability).toBeCloseTo(0.9, 15);
    const inp = { ambientT: 5 + C, heatDemand: 1.5e6, supplySetpoint: 55 + C, powerLimit: 1 };
    const r = solvePlant(p, inp);
    const bank = evaluateMinerBank(p.miners, {
      inletT: r.minerInletT,
      massFlow: r.minerFlow,
      fluid: p.minerFluid,
      airT: p.containerAirT,
      mode: p.minerMode,
      powerLimit: 1,
    });
    expect(rel(r.minerElectricPower, 0.9 * bank.electricPower)).toBeLessThan(1e-12);
    expect(rel(r.heatToCoolant, 0.9 * bank.heatToCoolant)).toBeLessThan(1e-9);
    expect(rel(r.hashrate, 0.9 * bank.hashrate)).toBeLessThan(1e-12);
    expect(r.minerUptime).toBeCloseTo(0.9 * bank.uptime, 12);
    // the loop still closes on the reduced heat
    expect(rel(r.hxDuty + r.dryCoolerDuty, r.heatToCoolant)).toBeLessThan(1e-9);
  });

  it('a condensing gas boiler: its input is Q / η(preheated water, part load) from the Lochinvar curve', () => {
    const base = pilot();
    const p: Plant = {
      ...base,
      heater: backupHeater({ kind: 'gas', capacity: 6e6, efficiency: 'condensing' }),
    };
    const r = solvePlant(p, { ambientT: -25 + C, heatDemand: 5e6, supplySetpoint: 80 + C, powerLimit: 1 });
    expect(r.boilerHeat).toBeGreaterThan(1e6);
    const eta = condensingBoilerEfficiency(r.preheatedT, r.boilerHeat / 6e6);
    expect(rel(r.boilerInput, r.boilerHeat / eta)).toBeLessThan(1e-12);
    // the curve runs below the electric boiler's 99 % and above 80 % in its range
    expect(eta).toBeGreaterThan(0.8);
    expect(eta).toBeLessThan(0.99);
  });

  it('an exchanger too small for the heat: the branch takes the full primary flow and ε-NTU gives the duty', () => {
    const p = pilot((j) => {
      j.heatExchanger = { ua: '20 kW/K', flowExponent: 0.8 };
    });
    const inp = { ambientT: -20 + C, heatDemand: 6e6, supplySetpoint: 80 + C, powerLimit: 1 };
    const r = solvePlant(p, inp);
    expect(r.hxColdFlow).toBe(r.greenhouseFlow); // every kilogram through the exchanger
    expect(r.hxDuty).toBeLessThan(0.9 * r.heatToCoolant);
    expect(r.hxDuty).toBeLessThan(6e6);
    // the rest of the miner heat goes to the cooler; ε from the solved UA and the two streams' capacity rates
    expect(rel(r.dryCoolerDuty, r.heatToCoolant - r.hxDuty)).toBeLessThan(1e-9);
    const hot = r.minerFlow * p.minerFluid.specificHeat(0.5 * (r.minerOutletT + r.hxHotOutT));
    const cold = r.hxColdFlow * p.greenhouseFluid.specificHeat(0.5 * (r.hxColdInT + r.hxColdOutT));
    const cmin = Math.min(hot, cold);
    const eps = epsCounterflow(r.hxUA / cmin, cmin / Math.max(hot, cold));
    expect(rel(r.hxDuty, eps * cmin * (r.minerOutletT - r.hxColdInT))).toBeLessThan(2e-3);
  });

  it('full fans while the exchanger also takes heat: the cooler sees the exchanger’s hot outlet', () => {
    const p = pilot((j) => (j.dryCooler.model = 'dry-cooler-v-1000kw'));
    const inp = { ambientT: 46 + C, heatDemand: 0.3e6, supplySetpoint: 45 + C, powerLimit: 1 };
    const r = solvePlant(p, inp);
    expect(r.fanMode).toBe('full');
    expect(r.hxDuty).toBeCloseTo(0.3e6, 0);
    expect(r.minerInletT).toBeGreaterThan(p.minerInletSetpoint + 1);
    // closure at the floated inlet: Q_cool = Q_hx + Q_dc(T_A3 = T_A2 − Q_hx / ṁc_p)
    expect(r.hxHotOutT).toBeCloseTo(r.minerOutletT - r.hxDuty / (r.minerFlow * p.cpMiner), 9);
    expect(rel(r.heatToCoolant, r.hxDuty + r.dryCoolerDuty)).toBeLessThan(1e-9);
    expect(r.dryCoolerOutT).toBeCloseTo(r.minerInletT, 6);
  });

  it('duty cycling: the coolant’s heat is the running and stopped units’ heat mixed by the running share', () => {
    const p = pilot((j) => (j.dryCooler.model = 'dry-cooler-v-1000kw'));
    const r = solvePlant(p, { ambientT: 55 + C, heatDemand: 0, supplySetpoint: 45 + C, powerLimit: 1 });
    expect(r.minerStatus).toBe('cycling');
    const at = (t: number) =>
      evaluateMinerBank(p.miners, {
        inletT: t,
        massFlow: r.minerFlow,
        fluid: p.minerFluid,
        airT: p.containerAirT,
        mode: p.minerMode,
        powerLimit: 1,
      });
    const on = at(r.minerInletT - 1e-9);
    const off = at(r.minerInletT + 1e-6);
    expect(off.electricPower).toBe(0); // above the 75 °C shutdown every unit stops
    const f = r.minerElectricPower / (on.electricPower * p.availability);
    const mix = (f * on.heatToCoolant + (1 - f) * off.heatToCoolant) * p.availability;
    expect(rel(r.heatToCoolant, mix)).toBeLessThan(1e-9);
    expect(r.hashrate).toBeCloseTo(f * on.hashrate * p.availability, -6);
  });
});

describe('a miner loop that would freeze', () => {
  it('water in the loop, miners off in a −5 °C container: refused by name, with what to change', () => {
    const p = pilot((j) => {
      j.minerLoop.fluid = 'water';
      j.miners.containerAirTemperature = '-5 degC';
    });
    const off = { ambientT: -20 + C, heatDemand: 1e6, supplySetpoint: 50 + C, powerLimit: 0 };
    expect(() => solvePlant(p, off)).toThrow(
      /the water would cool below 0\.5 °C, 0\.5 K above its freezing point — the container air \(miners\.containerAirTemperature -5\.0 °C\).*raise the glycol share of minerLoop\.fluid/,
    );
    // the pilot's 55 % propylene glycol (freezing near −40 °C) floats down to the container air instead
    const g = pilot((j) => (j.miners.containerAirTemperature = '-5 degC'));
    const r = solvePlant(g, off);
    expect(r.fanMode).toBe('bypassed');
    expect(r.minerInletT).toBeCloseTo(-5 + C, 6);
    // and with the miners running the water loop is fine: the miners keep it at its set-point
    expect(solvePlant(p, { ...off, powerLimit: 1 }).minerInletT).toBe(p.minerInletSetpoint);
  });
});

describe('a warm start after another mode', () => {
  it('every output equals a fresh plant’s, across fans → bypassed → valve → full sequences', () => {
    const edit = (j: typeof RAW) => (j.dryCooler.model = 'dry-cooler-v-1000kw');
    const seq: PlantInputs[] = [
      { ambientT: 25 + C, heatDemand: 0, supplySetpoint: 45 + C, powerLimit: 1 }, // fans
      { ambientT: -20 + C, heatDemand: 3e6, supplySetpoint: 60 + C, powerLimit: 0 }, // bypassed, miners off
      { ambientT: 0 + C, heatDemand: 2.2e6, supplySetpoint: 55 + C, powerLimit: 1 }, // valve
      { ambientT: 42 + C, heatDemand: 0.2e6, supplySetpoint: 45 + C, powerLimit: 1 }, // full
      { ambientT: -20 + C, heatDemand: 3e6, supplySetpoint: 60 + C, powerLimit: 0 }, // bypassed again
    ];
    // outputs that follow the dry cooler's signal (solved to 2e-3 of its range) are compared to that tolerance
    const loose = new Set(['dryCoolerFlowShare', 'fanSpeed', 'fanPower']);
    const warm = pilot(edit);
    for (const inp of seq) {
      const a = { ...solvePlant(warm, inp) } as unknown as Record<string, number | string>;
      const b = solvePlant(pilot(edit), inp) as unknown as Record<string, number | string>;
      for (const [k, v] of Object.entries(b)) {
        const w = a[k];
        if (typeof v !== 'number' || typeof w !== 'number') expect(w, k).toBe(v);
        else if (k === 'fanPower') expect(Math.abs(w - v), k).toBeLessThan(0.02 * Math.max(1, v));
        else if (loose.has(k)) expect(Math.abs(w - v), k).toBeLessThan(4e-3);
        else if (k === 'energyResidual') expect(w, k).toBeLessThan(1e-9);
        else expect(rel(w, v), k).toBeLessThan(1e-8);
      }
    }
  });
});

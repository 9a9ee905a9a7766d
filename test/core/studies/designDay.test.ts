import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toKelvin } from '../../../src/core/errors';
import { parseFluid } from '../../../src/core/fluids';
import { rateExchanger } from '../../../src/core/hx/rating';
import { coolingDesignTemperature, designDay } from '../../../src/core/studies/designDay';

const C = toKelvin(0);
const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

describe('coolingDesignTemperature()', () => {
  it('the temperature exceeded in 0.4 % of the hours (ASHRAE 0.4 % condition)', () => {
    // 1000 hours at 1, 2, …, 1000 K: 0.4 % = 4 hours, the 4th warmest is 997 K.
    const t = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(coolingDesignTemperature(t)).toBe(997);
    // 8760 hours: ⌈35.04⌉ = 36 hours.
    const y = Array.from({ length: 8760 }, (_, i) => i);
    expect(coolingDesignTemperature(y)).toBe(8760 - 36);
    expect(() => coolingDesignTemperature([])).toThrowError(/outdoorT/);
  });
});

describe('designDay(): the Manitoba pilot at −32 °C', () => {
  // A short run (only its hours feed the cooling statistic); load and return given so the test is quick.
  const r = designDay(manitoba, {
    hours: 48,
    designLoad: 1.5e6,
    designReturnT: C + 50,
    coolingDesignT: C + 30.8,
  });
  const pg = parseFluid('propylene-glycol 55%', 3e5);
  const water = parseFluid('water', 3e5);

  it('design conditions: site design temperature, heating-curve supply, the given load and return', () => {
    expect(r.conditions.outdoorT).toBeCloseTo(C - 32, 9);
    expect(r.conditions.supplyT).toBeCloseTo(C + 85, 9);
    expect(r.conditions.load).toBe(1.5e6);
    expect(r.exchanger.coldIn).toBeCloseTo(C + 50, 6);
  });

  it('exchanger figures: LMTD and approach from the terminal temperatures (hand formulas)', () => {
    const x = r.exchanger;
    const d1 = x.hotIn - x.coldOut;
    const d2 = x.hotOut - x.coldIn;
    expect(x.lmtd).toBeCloseTo((d1 - d2) / Math.log(d1 / d2), 9);
    expect(x.approach).toBeCloseTo(Math.min(d1, d2), 12);
    // Energy balance of the cold side with cp at its mean temperature.
    const q = x.coldFlow * water.specificHeat(0.5 * (x.coldIn + x.coldOut)) * (x.coldOut - x.coldIn);
    expect(Math.abs(q - x.duty) / x.duty).toBeLessThan(1e-6);
  });

  it('required UA carries min(load, miner heat) with the primary flow (checked by rating it)', () => {
    const x = r.exchanger;
    expect(x.uaRequired).not.toBeNull();
    const rated = rateExchanger({
      hotFluid: pg,
      coldFluid: water,
      hotIn: x.hotIn,
      coldIn: x.coldIn,
      hotFlow: x.hotFlow,
      coldFlow: x.uaBasisColdFlow,
      ua: x.uaRequired!,
    });
    const target = Math.min(r.conditions.load, r.heat.heatToCoolant);
    expect(Math.abs(rated.duty - target) / target).toBeLessThan(1e-6);
  });

  it('pumps: head = Δp/(ρg); the plate pack has the scenario area in whole plates', () => {
    const m = r.pumps.minerLoop;
    expect(m.head).toBeCloseTo(m.pressureRise / (pg.density(r.exchanger.hotOut) * 9.80665), 9);
    expect(m.power).toBeGreaterThan(0);
    // 100 m² / (1.17 × 0.65 × 1.6 m² per plate) = 82.2 → 82 thermal + 2 end plates.
    expect(r.plate.plates).toBe(84);
    expect(r.plate.hot.pressureDrop).toBeGreaterThan(0);
    expect(r.plate.cold.velocity).toBeGreaterThan(0);
  });

  it('pumps with the exchanger: the greenhouse loop adds the pack’s cold side, the miner loop’s allowance keeps it', () => {
    const m = r.pumps.minerLoop;
    const g = r.pumps.greenhouseLoop;
    expect(m.exchangerDrop).toBe(r.plate.hot.pressureDrop);
    expect(g.exchangerDrop).toBe(r.plate.cold.pressureDrop);
    expect(m.riseWithExchanger).toBe(m.pressureRise);
    expect(g.riseWithExchanger).toBeCloseTo(g.pressureRise + r.plate.cold.pressureDrop, 6);
    // the design point runs the miner pump at its nominal flow: the rise is the A1566HA's 50 kPa plus the
    // scenario's 150 kPa outside the miners, and what the pack's hot side leaves of the 150 kPa is the rest
    expect(m.pressureRise).toBeCloseTo(200e3, 6);
    expect(m.leftForPiping).toBeCloseTo(150e3 - r.plate.hot.pressureDrop, 6);
    expect(g.leftForPiping).toBeUndefined();
  });

  it('dry cooler at the summer design dry bulb: capacity against all the miners’ heat', () => {
    const dc = r.dryCooler;
    expect(dc.designAmbientT).toBeCloseTo(C + 30.8, 9);
    expect(dc.designAmbientSource).toBe('given');
    expect(dc.margin).toBeCloseTo(dc.capacity / dc.required - 1, 12);
    // The 3 MW catalog cooler keeps up: the plant holds the miner inlet set-point with fans below 100 %.
    expect(dc.capacity).toBeGreaterThan(dc.required);
    expect(dc.fanSpeed).toBeLessThan(1);
    expect(dc.minerInletT).toBeCloseTo(dc.minerInletSetpoint, 3);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/models/scenario';
import { HeatPumpStep } from '../../../src/core/sim/heatPumpStep';
import { K, plant } from './heatPumpFixtures';
import { outputInfo } from '../../../src/core/sim/outputs';

const aiJson = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));
const CP = 4180;
/** 22 GB200 NVL72 racks × 132 kW × 80 %, 85 % of it into their liquid. */
const IT = 22 * 132e3 * 0.8;

function scenario(edit: (j: typeof aiJson) => void = () => {}) {
  const j = structuredClone(aiJson);
  edit(j);
  return loadScenario(j);
}

describe('heat-pump step: when it runs and what it takes over', () => {
  it('racks without a heat pump: IT power and all liquid heat rejected, the boiler untouched', () => {
    const step = HeatPumpStep.create(
      scenario((j) => (j.heatPump.capacity = '0 W')),
      CP,
    )!;
    expect(step).toBeDefined();
    expect(step.itPower).toBeCloseTo(IT, 6);
    expect(step.toAir).toBeCloseTo(0.15 * IT, 6);
    expect(step.rejected).toBeCloseTo(0.85 * IT, 6);
    const po = plant(1e6);
    step.apply(po, K(70));
    expect(step.heat).toBe(0);
    expect(po.boilerHeat).toBe(1e6);
    expect(step.rejected).toBeCloseTo(0.85 * IT, 6);
    expect(step.residual()).toBeLessThan(1e-6);
  });

  it('a heat pump without racks: nothing to lift, the boiler untouched', () => {
    const step = HeatPumpStep.create(
      scenario((j) => (j.aiRacks.count = 0)),
      CP,
    )!;
    expect(step).toBeDefined();
    expect(step.itPower).toBe(0);
    const po = plant(1e6);
    step.apply(po, K(70));
    expect(step.heat).toBe(0);
    expect(po.boilerHeat).toBe(1e6);
  });

  it('the scenario’s utilisation and rack supply, or the rack model’s own (80 %, 40 °C) when it gives none', () => {
    const own = scenario((j) => {
      j.aiRacks.utilisation = '50 %';
      j.aiRacks.supplyTemperature = '30 degC';
    });
    const step = HeatPumpStep.create(own, CP)!;
    expect(step.itPower).toBeCloseTo(22 * 132e3 * 0.5, 6);
    step.apply(plant(1e6), K(31));
    expect(step.heat).toBe(0);
    step.apply(plant(1e6), K(33));
    expect(step.heat).toBeGreaterThan(0);
    const s = scenario((j) => {
      delete j.aiRacks.utilisation;
      delete j.aiRacks.supplyTemperature;
    });
    const dflt = HeatPumpStep.create(s, CP)!;
    expect(dflt.itPower).toBeCloseTo(IT, 6);
    dflt.apply(plant(1e6), K(41));
    expect(dflt.heat).toBe(0);
    dflt.apply(plant(1e6), K(43));
    expect(dflt.heat).toBeGreaterThan(0);
  });

  it('runs only with a lift of more than 1 K over the racks’ 40 °C supply', () => {
    const step = HeatPumpStep.create(scenario(), CP)!;
    const po = plant(1e6);
    step.apply(po, K(41));
    expect(step.heat).toBe(0);
    expect(po.boilerHeat).toBe(1e6);
    const po2 = plant(1e6);
    step.apply(po2, K(45));
    expect(step.heat).toBeCloseTo(1e6, 3);
    expect(po2.boilerHeat).toBeCloseTo(0, 3);
  });

  it('no room below its highest supply (90 °C): nothing; a boiler that is off: nothing, all liquid heat rejected', () => {
    const step = HeatPumpStep.create(scenario(), CP)!;
    const po = plant(1e6, K(90));
    step.apply(po, K(95));
    expect(step.heat).toBe(0);
    expect(po.boilerHeat).toBe(1e6);
    expect(step.cop).toBe(0);
    step.apply(plant(1e6), K(70));
    expect(step.heat).toBeGreaterThan(0);
    step.apply(plant(0), K(70));
    expect(step.heat).toBe(0);
    expect(step.electricity).toBe(0);
    expect(step.sourceHeat).toBe(0);
    expect(step.cop).toBe(0);
    expect(step.rejected).toBeCloseTo(0.85 * IT, 6);
  });

  it('the residual adds both ledgers’ imbalances', () => {
    const step = HeatPumpStep.create(scenario(), CP)!;
    step.apply(plant(1e6), K(70));
    const r0 = step.residual();
    expect(r0).toBeLessThan(1e-6);
    step.heat += 100;
    expect(step.residual()).toBeCloseTo(r0 + 100, 6);
    step.heat -= 100;
    step.rejected += 30;
    expect(step.residual()).toBeCloseTo(r0 + 30, 6);
    step.heat += 100;
    expect(step.residual()).toBeCloseTo(r0 + 130, 6);
  });

  it('economics inputs: delivered = miner heat + heat-pump heat; the racks’ catalog figures', () => {
    const s = scenario();
    const step = HeatPumpStep.create(s, CP)!;
    const series = {
      heatToGreenhouse: new Float64Array([1e6, 2e6, 3e6]),
      heatPumpHeat: new Float64Array([5e5, 0, 7e5]),
      heatPumpElectricity: new Float64Array([1e5, 0, 2e5]),
      aiItPower: new Float64Array([IT, IT, IT]),
    };
    const e = step.economicsInputs(s, series, 2);
    expect([...e.heatToGreenhouse]).toEqual([1.5e6, 2e6]);
    expect(e.ai.itPower).toBe(series.aiItPower);
    expect(e.ai.heatPumpElectricity).toBe(series.heatPumpElectricity);
    expect(e.ai.heatPumpHeat).toBe(series.heatPumpHeat);
    expect(e.ai.itNameplate).toBeCloseTo(22 * 132e3, 6);
    expect(e.ai.heatPumpCapacity).toBe(2.6e6);
    expect(e.ai.hostingPriceUsd).toBeGreaterThan(0);
    expect(e.ai.capexPerPowerUsd).toBeGreaterThan(0);
  });
});

describe('outputInfo', () => {
  it('looks up KPIs by default, hourly series by kind', () => {
    expect(outputInfo('heatCoverage')?.kind).toBe('kpi');
    expect(outputInfo('hxDuty')).toBeUndefined();
    expect(outputInfo('hxDuty', 'hourly')?.unit).toBe('W');
    expect(outputInfo('heatCoverage', 'hourly')).toBeUndefined();
  });
});

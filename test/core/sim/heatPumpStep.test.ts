import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heatPump, heatPumpCop } from '../../../src/core/components/heatPump';
import { loadScenario } from '../../../src/core/models/scenario';
import { HeatPumpStep } from '../../../src/core/sim/heatPumpStep';
import { K, plant } from './heatPumpFixtures';

const ai = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));
const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const CP = 4180;

describe('AI racks + heat pump step', () => {
  const step = HeatPumpStep.create(loadScenario(ai), CP)!;
  it('is absent from a scenario without racks or heat pump', () => {
    expect(HeatPumpStep.create(loadScenario(pilot), CP)).toBeUndefined();
  });
  it('22 racks × 132 kW × 80 %: IT 2.3232 MW, 85 % to the liquid', () => {
    expect(step.itPower).toBeCloseTo(22 * 132e3 * 0.8, 6);
    expect(step.toAir).toBeCloseTo(0.15 * 22 * 132e3 * 0.8, 6);
  });
  it('takes over the boiler heat at the COP of (supply, rack supply 40 °C); ledgers close', () => {
    const po = plant(1e6);
    step.apply(po, K(70));
    const cop = heatPumpCop(heatPump({ capacity: 2.6e6 }), K(70), K(40));
    expect(step.heat).toBeCloseTo(1e6, 6);
    expect(step.cop).toBeCloseTo(cop, 12);
    expect(step.electricity).toBeCloseTo(1e6 / cop, 6);
    expect(po.boilerHeat).toBeCloseTo(0, 6);
    expect(po.boilerInput).toBeCloseTo(0, 6);
    expect(step.residual()).toBeLessThan(1e-6);
  });
  it('at 80 °C it is capacity-limited (2.6 MW); the boiler keeps the rest at its efficiency', () => {
    const po = plant(5e6);
    step.apply(po, K(80));
    expect(step.heat).toBeCloseTo(2.6e6, 6);
    expect(po.boilerHeat).toBeCloseTo(5e6 - 2.6e6, 6);
    expect(po.boilerInput).toBeCloseTo((5e6 - 2.6e6) / 0.99, 6);
    expect(step.residual()).toBeLessThan(1e-6);
  });
  it('at 70 °C it is limited by the racks’ liquid heat: Q = Q_liquid / (1 − 1/COP)', () => {
    const po = plant(5e6);
    step.apply(po, K(70));
    const liquid = 0.85 * 22 * 132e3 * 0.8;
    const cop = heatPumpCop(heatPump({ capacity: 2.6e6 }), K(70), K(40));
    expect(step.sourceHeat).toBeCloseTo(liquid, 6);
    expect(step.heat).toBeCloseTo(liquid / (1 - 1 / cop), 4);
    expect(step.rejected).toBeCloseTo(0, 6);
  });
  it('does nothing when the boiler is off; all liquid heat is rejected', () => {
    const po = plant(0);
    step.apply(po, K(70));
    expect(step.heat).toBe(0);
    expect(step.rejected).toBeCloseTo(0.85 * step.itPower, 6);
    expect(step.residual()).toBeLessThan(1e-6);
  });
  it('never heats the loop above its highest supply (90 °C)', () => {
    // Preheated 89 °C, 80 kg/s: room for 80 × 4180 × 1 K = 334 kW only.
    const po = plant(1e6, K(89));
    step.apply(po, K(95));
    expect(step.heat).toBeCloseTo(80 * CP * 1, 3);
  });
});

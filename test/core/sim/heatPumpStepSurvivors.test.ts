// Mutation survivors of src/core/sim/heatPumpStep.ts (issue 18). The others are equivalent (README,
// equivalents table): the boiler guard at 0 W, the demand guard at exactly 0 W, a write past a Float64Array.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core/models/scenario';
import { HeatPumpStep } from '../../../src/core/sim/heatPumpStep';
import { K, plant } from './heatPumpFixtures';

const CP = 4180;
/** 22 GB200 NVL72 racks × 132 kW × 80 %, 85 % of it into their liquid. */
const LIQUID = 0.85 * 22 * 132e3 * 0.8;

function aiStep(): HeatPumpStep {
  const j = JSON.parse(readFileSync('models/sites/ai-racks-heat-pump.json', 'utf8'));
  return HeatPumpStep.create(loadScenario(j), CP)!;
}

describe('heat-pump step survivors: a non-finite plant state is passed on, not refused as an input', () => {
  // run.ts reports a non-finite series with its hour and date ("please report this scenario"); the heat pump
  // must not turn a NaN loop temperature or flow into an InputError about its own heat demand.
  for (const [what, edit] of [
    ['preheated temperature', (po: ReturnType<typeof plant>) => (po.preheatedT = Number.NaN)],
    ['greenhouse flow', (po: ReturnType<typeof plant>) => (po.greenhouseFlow = Number.NaN)],
  ] as const) {
    it(`a NaN ${what} with 1 MW of boiler heat: the heat pump takes nothing, the boiler keeps its heat and input`, () => {
      const step = aiStep();
      step.apply(plant(1e6), K(70));
      expect(step.heat).toBeGreaterThan(0);
      const po = plant(1e6);
      edit(po);
      expect(() => step.apply(po, K(70))).not.toThrow();
      expect(step.heat).toBe(0);
      expect(step.electricity).toBe(0);
      expect(step.sourceHeat).toBe(0);
      expect(step.cop).toBe(0);
      expect(step.rejected).toBeCloseTo(LIQUID, 6);
      expect(po.boilerHeat).toBe(1e6);
      expect(po.boilerInput).toBe(1e6 / 0.99);
    });
  }
});

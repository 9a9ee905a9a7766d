/**
 * Issue 10, §6: unmet hours and heat demand must not depend on the simulation time step. A shortened but
 * realistic period — the first 506 hours of the bundled Winnipeg year, whose last 336 (8–21 January, mean
 * −16.9 °C) are its coldest fortnight — with the pilot's 6 MW backup heater cut to 1 MW (about 30 hours and
 * 12 MWh short) or removed (about 125 hours and 80 MWh short), run at 5-min, 15-min and 1-h steps.
 * Unmet heat, a small difference of large flows, is held to 15 %: the valve's controller samples the air once a
 * step, so a heating start after a warm afternoon comes up to one step late and its catch-up surge is larger
 * at 15 min than at 5 min (1 MW: 11.75 against 10.48 MWh, +12 %, since the light and wind are interpolated
 * within the hour; +5 % before, when their jumps at each clock hour surged both steps alike; with 2 MW, about
 * 1.5 MWh short, the two differ by 27–35 % either way).
 * With 0.5 or 0.75 MW many hours sit at the 2 % threshold of `unmetHours` (65 / 61 and 43 / 41 hours at 15 /
 * 5 min; before the light and wind were interpolated, 61 / 69 and 45 / 51).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { setField } from '../../../src/core/models/scenario';
import { MAX_INTERNAL_STEP } from '../../../src/core/sim/run';
import { type SimulationResult, simulate } from '../../../src/core/sim/simulate';

const manitobaJson = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const HOURS = 170 + 336;
const STEPS = ['5 min', '15 min', '1 h'] as const;

function run(backup: string, step: string): SimulationResult {
  let j = setField(manitobaJson, 'backupHeater.capacity', backup);
  j = setField(j, 'simulation.timeStep', step);
  return simulate(j, { hours: HOURS });
}

describe.each(['1 MW', '0 MW'])(
  'simulate: results do not depend on the time step, backup %s (issue 10)',
  (backup) => {
    const runs = {} as Record<(typeof STEPS)[number], SimulationResult>;
    beforeAll(() => {
      for (const step of STEPS) runs[step] = run(backup, step);
    });

    it('has a shortfall to count, and closes the ledger every hour at every step', () => {
      expect(runs['5 min'].kpis.unmetHours).toBeGreaterThan(20);
      for (const r of Object.values(runs)) {
        const x = r.series;
        for (let h = 0; h < r.hours; h++) {
          const sum = x.heatToGreenhouse[h]! + x.backupHeat[h]! + x.unmetHeat[h]!;
          expect(x.unmetHeat[h]).toBeGreaterThanOrEqual(0);
          expect(Math.abs(sum - x.greenhouseHeatDemand[h]!)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, x.greenhouseHeatDemand[h]!),
          );
        }
        expect(r.kpis.energyBalanceResidual).toBeLessThanOrEqual(1e-9);
      }
    });

    it('5 min, 15 min and 1 h agree: unmet hours within 10 % (or 5 h), demand within 1 %, unmet heat within 15 %', () => {
      const ref = runs['5 min'].kpis;
      for (const step of STEPS) {
        const k = runs[step].kpis;
        const tolHours = Math.max(5, 0.1 * ref.unmetHours);
        expect(Math.abs(k.unmetHours - ref.unmetHours), `${step}: unmet hours`).toBeLessThanOrEqual(tolHours);
        const rel = (a: number, b: number) => Math.abs(a - b) / b;
        expect(
          rel(k.greenhouseHeatDemand_MWh, ref.greenhouseHeatDemand_MWh),
          `${step}: demand`,
        ).toBeLessThanOrEqual(0.01);
        expect(rel(k.unmetHeat_MWh, ref.unmetHeat_MWh), `${step}: unmet heat`).toBeLessThanOrEqual(0.15);
      }
    });

    it('takes a step longer than 15 min in sub-steps and reports both steps', () => {
      const hour = runs['1 h'];
      expect(hour.timeStep).toBe(3600);
      expect(hour.steps).toBe(HOURS);
      expect(hour.internalStep).toBe(MAX_INTERNAL_STEP);
      expect(runs['5 min'].internalStep).toBe(300);
    });
  },
);

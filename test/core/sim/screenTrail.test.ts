/**
 * SimulateOptions.screenTrail (sim/greenhouseDriver.ts `followTrail`): a run records the screen closure its valve
 * ended each step at, and a run that follows a trail starts each step's screen search from it. The search and
 * its tolerance are the same either way, so a followed year is the same physics: its KPIs move only by the
 * year's sensitivity to its searches' first guesses (≈ 1e-3 of the backup heat, ≈ 1e-4 of the demand on the
 * pilot's year: bench/HISTORY.md, thirty-fifth session).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Kpis, previewInput, type ScreenTrail, setField, simulate } from '../../../src/core';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const HOURS = 720;
const WARM_HOURS = 14 * 24; // run.ts WARMUP_DAYS
const oneHour = (input: unknown, screenTrail?: ScreenTrail) =>
  simulate(previewInput(input), { hours: HOURS, coarse: true, ...(screenTrail ? { screenTrail } : {}) })
    .kpis as Kpis;
const IDS = ['greenhouseHeatDemand_MWh', 'heatToGreenhouse_MWh', 'backupHeat_MWh', 'heatCoverage'] as const;

function expectNear(a: Kpis, b: Kpis, rel: number): void {
  for (const id of IDS) expect(Math.abs(a[id] - b[id]), id).toBeLessThanOrEqual(rel * Math.abs(b[id]));
}

describe('screen trail', () => {
  it("records the closure each step's valve ended at, warm-up included; NaN without a screen", () => {
    const trail: ScreenTrail = {};
    oneHour(manitoba, trail);
    const r = trail.recorded!;
    expect(r).toHaveLength(WARM_HOURS + HOURS); // one step an hour at one-hour steps
    expect(r.every((u) => u >= 0 && u <= 1)).toBe(true);
    expect(new Set(r).size).toBeGreaterThan(100); // the screen moves with the weather
    const bare: ScreenTrail = {};
    oneHour(setField(manitoba, 'greenhouse.thermalScreen', 'none'), bare);
    expect(bare.recorded).toHaveLength(WARM_HOURS + HOURS);
    expect(bare.recorded!.every(Number.isNaN)).toBe(true);
  });

  it('a house without a screen ignores any trail', () => {
    const bare = setField(manitoba, 'greenhouse.thermalScreen', 'none');
    const trail: ScreenTrail = {};
    oneHour(manitoba, trail);
    expect(oneHour(bare, { follow: trail.recorded })).toEqual(oneHour(bare));
  });

  it('a followed year is the same physics, and the same year for the same trail', () => {
    const plain = oneHour(manitoba);
    const own: ScreenTrail = {};
    oneHour(manitoba, own);
    const followed = oneHour(manitoba, { follow: own.recorded });
    expect(oneHour(manitoba, { follow: own.recorded })).toEqual(followed);
    expectNear(followed, plain, 3e-3);
    // every first guess wrong (the screen shut in every step): the searches still find the year's roots
    const shut = oneHour(manitoba, { follow: new Float64Array(WARM_HOURS + HOURS).fill(1) });
    expect(shut).not.toEqual(plain); // the trail is read
    expectNear(shut, plain, 3e-3);
  });

  it("a neighbouring case's trail: its roots are a guess, not an answer", () => {
    const warmer = setField(manitoba, 'greenhouse.nightSetpoint', '18 degC');
    const trail: ScreenTrail = {};
    oneHour(manitoba, trail);
    const followed = oneHour(warmer, { follow: trail.recorded });
    expectNear(followed, oneHour(warmer), 3e-3);
    // and far from the case it followed: a degree of night set-point is ≈ 2 % of January's heat
    expect(followed.greenhouseHeatDemand_MWh / oneHour(manitoba).greenhouseHeatDemand_MWh).toBeGreaterThan(
      1.01,
    );
  });

  it('a trail shorter than the run guides its first steps only', () => {
    const trail: ScreenTrail = {};
    oneHour(manitoba, trail);
    const head = trail.recorded!.subarray(0, WARM_HOURS);
    expectNear(oneHour(manitoba, { follow: head }), oneHour(manitoba), 3e-3);
  });
});

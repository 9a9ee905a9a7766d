import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { bundledWeather, riskAnalysis } from '../../src/core';
import { Engine } from '../../src/worker/engine';
import { compareWithPresets, type RiskRequest, riskOfRun } from '../../src/worker/risk';

const HOURS = 48;

function request(samples: number, seed: number): RiskRequest {
  const run = new Engine().run({ input: manitoba, preview: false, revision: 1, hours: HOURS });
  return {
    input: manitoba,
    economics: run.economics,
    kpis: run.kpis,
    weatherLabel: 'bundled',
    samples,
    seed,
    presetHours: HOURS,
  };
}

describe('risk worker functions', () => {
  const req = request(200, 42);

  it('give the Monte Carlo of the CLI path (riskAnalysis simulating the year itself) from the app run', () => {
    const mine = riskOfRun(req);
    const cli = riskAnalysis(manitoba, {
      samples: 200,
      seed: 42,
      weathers: [bundledWeather()],
      hours: HOURS,
    });
    expect(mine.npv).toEqual(cli.risk.npv);
    expect(mine.fan).toEqual(cli.risk.fan);
    expect(mine.heatCoverage).toEqual(cli.risk.heatCoverage);
    expect(mine.probabilityOfPayback).toBe(cli.risk.probabilityOfPayback);
    expect(mine.samples).toBe(200);
  });

  it('refuse a bad sample count or seed, naming the field, the value and the range', () => {
    expect(() => riskOfRun({ ...req, samples: 0 })).toThrow(/samples.*0.*between 1 and 100000/);
    expect(() => riskOfRun({ ...req, samples: 2.5 })).toThrow(/samples.*2\.5/);
    expect(() => riskOfRun({ ...req, seed: -1 })).toThrow(/seed.*-1.*between 0 and 4294967295/);
  });

  it('compare this scenario with the AI racks and mix presets, per MW, with bands', () => {
    const fractions: number[] = [];
    const out = compareWithPresets(req, (f) => fractions.push(f));
    expect(out.sites).toHaveLength(3);
    expect(out.sites[0]!.name).toBe(manitoba.name);
    expect(out.sites[0]!.aiMW).toBe(0);
    expect(out.sites[1]!.aiMW).toBeGreaterThan(0);
    expect(out.sites[1]!.minersMW).toBeLessThan(out.sites[1]!.aiMW / 100); // a token miner count
    expect(out.sites[2]!.aiMW).toBeGreaterThan(0);
    expect(out.sites[2]!.minersMW).toBeGreaterThan(0);
    for (const s of out.sites) expect(s.bands?.npv.p10).toBeTypeOf('number');
    // The scenario's own band is the Monte Carlo of its run, per MW of its nameplate.
    const mine = riskOfRun(req);
    expect(out.sites[0]!.bands!.npv.p50).toBeCloseTo(mine.npv.p50! / out.sites[0]!.nameplateMW, 6);
    expect(fractions.at(-1)).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { riskAnalysis } from '../../../src/core/risk/analyse';
import { bundledWeather } from '../../../src/core/weather/bundled';
import type { WeatherYear } from '../../../src/core/weather/epw';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

describe('riskAnalysis over several weather years', () => {
  it('simulates each year once and draws from both: a colder year lowers the coverage band', () => {
    const w = bundledWeather();
    const colder: WeatherYear = {
      ...w,
      fileName: 'colder.epw',
      dryBulb: w.dryBulb.map((t) => t - 8),
      dewPoint: w.dewPoint.map((t) => t - 8),
    };
    const r = riskAnalysis(pilot, { samples: 400, seed: 5, weathers: [w, colder], hours: 24 * 7 });
    expect(r.simulations).toHaveLength(2);
    const cov = r.simulations.map((s) => s.kpis.heatCoverage);
    expect(cov[1]!).toBeLessThan(cov[0]!);
    expect(r.risk.weatherYears).toEqual([w.fileName, 'colder.epw']);
    expect(r.risk.heatCoverage.p10).toBe(cov[1]);
    expect(r.risk.heatCoverage.p90).toBe(cov[0]);
  }, 120_000);
});

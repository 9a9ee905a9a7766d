import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAT_LEDGER, OUTPUTS, outputInfo, SERIES, SERIES_NAMES } from '../../../src/core';
import { hourlyColumns } from '../../../src/core/export/hourly';
import { type SimulationResult, simulate } from '../../../src/core/sim/simulate';
import { bundledWeather } from '../../../src/core/weather/bundled';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

describe('OUTPUTS: one table of every hourly series and KPI', () => {
  // run in beforeAll, not the describe body: a run at collection time is invisible to per-test coverage
  // (mutation testing would see every mutant it reaches as static)
  let r: SimulationResult;
  beforeAll(() => {
    r = simulate(manitoba, { hours: 24 });
  });

  it('every KPI and every series of a run has exactly one entry, and every entry is produced', () => {
    const kpis = Object.keys(r.kpis).sort();
    const series = Object.keys(r.series).sort();
    expect(
      OUTPUTS.filter((o) => o.kind === 'kpi')
        .map((o) => o.id)
        .sort(),
    ).toEqual(kpis);
    expect(
      OUTPUTS.filter((o) => o.kind === 'hourly')
        .map((o) => o.id)
        .sort(),
    ).toEqual(series);
    expect(new Set(OUTPUTS.map((o) => `${o.kind}:${o.id}`)).size).toBe(OUTPUTS.length);
    expect([...SERIES_NAMES].sort()).toEqual(series);
  });

  it('every entry has a unit string, a label and a definition', () => {
    for (const o of OUTPUTS) {
      expect(typeof o.unit, o.id).toBe('string');
      expect(o.label.length, o.id).toBeGreaterThan(0);
      expect(o.definition.length, o.id).toBeGreaterThan(0);
      expect(typeof o.reference, o.id).toBe('string');
    }
    expect(outputInfo('heatCoverage')?.display).toEqual({ unit: '%', scale: 100 });
    expect(outputInfo('hxDuty', 'hourly')?.unit).toBe('W');
    expect(SERIES.hxDuty).toBe('W');
    expect(outputInfo('nope')).toBeUndefined();
  });

  it('the hourly CSV keeps its column names (unit suffix from the OUTPUTS unit)', () => {
    const headers = hourlyColumns(r, bundledWeather()).map((c) => c.header);
    for (const h of [
      'greenhouseHeatDemand_kW',
      'heatToGreenhouse_kW',
      'backupHeat_kW',
      'unmetHeat_kW',
      'supplyT_C',
      'hashrate_THs',
      'minerFlow_kgs',
      'screenClosed_frac',
    ]) {
      expect(headers).toContain(h);
    }
  });

  it('the heat ledger names energy KPIs', () => {
    for (const f of HEAT_LEDGER) expect(outputInfo(f.kpi)?.unit, f.kpi).toBe('MWh');
  });
});

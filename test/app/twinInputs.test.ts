/**
 * The 3D twin keeps its inputs across an economics-only edit (src/app/lib/twinInputs.ts): only a repriced run
 * with the same physics and series, value by value, keeps the previous objects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, type SimulationResult, setField, simulate } from '../../src/core';
import { sameSeries, twinInputs } from '../../src/app/lib/twinInputs';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

function copy(r: SimulationResult): SimulationResult {
  const series = {} as SimulationResult['series'];
  for (const k of Object.keys(r.series) as (keyof typeof series)[]) series[k] = r.series[k].slice();
  return { ...r, series };
}

describe('twinInputs', () => {
  it('keeps the previous inputs for a repriced run with equal series; takes the new ones otherwise', () => {
    const r = simulate(pilot, { hours: 6 });
    const prev = { scenario: r.scenario, result: r };
    const econ = loadScenario(setField(pilot, 'economics.electricityPrice', '0.07 USD/kWh'));
    const next = { scenario: econ, result: { ...copy(r), scenario: econ } };
    expect(twinInputs(prev, next, true)).toBe(prev);
    // not repriced (a new simulation): the new objects, even with equal series
    expect(twinInputs(prev, next, false)).toBe(next);
    // another physics
    const area = loadScenario(setField(pilot, 'greenhouse.floorArea', '3 ha'));
    const other = { scenario: area, result: { ...copy(r), scenario: area } };
    expect(twinInputs(prev, other, true)).toBe(other);
    // one value differs
    const changed = copy(r);
    changed.series.greenhouseAirT[3] = changed.series.greenhouseAirT[3]! + 1e-9;
    expect(twinInputs(prev, { scenario: econ, result: changed }, true).result).toBe(changed);
    // nothing before
    expect(twinInputs(null, next, true)).toBe(next);
  });

  it('keeps the shown year for a quick preview; shows a preview only when nothing is shown yet', () => {
    const r = simulate(pilot, { hours: 6 });
    const prev = { scenario: r.scenario, result: r };
    const area = loadScenario(setField(pilot, 'greenhouse.floorArea', '3 ha'));
    const preview = { scenario: area, result: { ...copy(r), scenario: area } };
    expect(twinInputs(prev, preview, false, true)).toBe(prev);
    // the exact year that follows it is shown
    expect(twinInputs(prev, preview, false, false)).toBe(preview);
    // a first load: nothing shown yet, so the preview is
    expect(twinInputs(null, preview, false, true)).toBe(preview);
    expect(twinInputs({ scenario: r.scenario, result: null }, preview, false, true)).toBe(preview);
  });

  it('sameSeries compares every value and the set of series', () => {
    const r = simulate(pilot, { hours: 3 });
    const c = copy(r);
    expect(sameSeries(r.series, c.series)).toBe(true);
    c.series.outdoorT[2] = Number.NaN;
    expect(sameSeries(r.series, c.series)).toBe(false);
    const { outdoorT: _o, ...fewer } = copy(r).series;
    expect(sameSeries(r.series, fewer as SimulationResult['series'])).toBe(false);
  });
});

/**
 * Which workers an edit needs (app/lib/lanes.ts): the quick preview is skipped for an economics-only edit
 * (repriced) and for a plant-only edit when the full worker keeps the greenhouse for replay; anything else
 * gets the preview first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { greenhouseKey, loadScenario, setField } from '../../src/core';
import { lanes, noJob } from '../../src/app/lib/lanes';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const fresh = noJob;

describe('lanes: when the preview is skipped', () => {
  it('the first job, a greenhouse edit and a new weather year get the preview', () => {
    const last = fresh();
    expect(lanes(last, loadScenario(pilot), undefined)).toEqual({});
    last.kept = last.greenhouse;
    expect(lanes(last, loadScenario(setField(pilot, 'greenhouse.floorArea', '3 ha')), undefined)).toEqual({});
    last.kept = last.greenhouse;
    expect(lanes(last, loadScenario(setField(pilot, 'greenhouse.floorArea', '3 ha')), 'upload-1')).toEqual(
      {},
    );
  });

  it('an economics-only edit skips it (the full worker reprices)', () => {
    const last = fresh();
    lanes(last, loadScenario(pilot), undefined);
    const next = loadScenario(setField(pilot, 'economics.btcPrice', '80000 USD'));
    expect(lanes(last, next, undefined)).toEqual({ preview: false });
  });

  it('a plant-only edit skips it only when the full worker keeps that greenhouse', () => {
    const last = fresh();
    const s = loadScenario(pilot);
    lanes(last, s, undefined);
    const edit = loadScenario(setField(pilot, 'heatExchanger.area', '80 m^2'));
    // the last full result did not say its greenhouse was kept (a run that was short keeps none)
    expect(lanes(last, edit, undefined)).toEqual({});
    last.kept = greenhouseKey(s);
    expect(lanes(last, loadScenario(setField(pilot, 'dryCooler.count', 2)), undefined)).toEqual({
      preview: false,
    });
  });

  it('a job with another greenhouse or weather clears the kept greenhouse until a result for it says so', () => {
    const last = fresh();
    const g1 = loadScenario(pilot);
    lanes(last, g1, undefined);
    last.kept = greenhouseKey(g1);
    // a greenhouse edit (the worker will record its greenhouse over G1's), then undo back to G1
    lanes(last, loadScenario(setField(pilot, 'greenhouse.floorArea', '3 ha')), undefined);
    expect(last.kept).toBeUndefined();
    expect(lanes(last, g1, undefined)).toEqual({});
    // a plant edit of G1 now keeps the preview: nothing says the worker still has G1
    expect(lanes(last, loadScenario(setField(pilot, 'dryCooler.count', 2)), undefined)).toEqual({});
    // kept for another weather year does not count either
    last.kept = greenhouseKey(g1);
    last.keptWeather = 'upload-1';
    expect(lanes(last, loadScenario(setField(pilot, 'miners.count', 300)), undefined)).toEqual({});
  });
});

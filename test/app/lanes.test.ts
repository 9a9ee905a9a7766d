/**
 * Which workers an edit needs (app/lib/lanes.ts): the quick preview is skipped for an economics-only edit
 * (repriced) and for a plant-only edit when the full worker keeps the greenhouse for replay; anything else
 * gets the preview first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { greenhouseKey, loadScenario, setField } from '../../src/core';
import { type LastJob, lanes } from '../../src/app/lib/lanes';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const fresh = (): LastJob => ({
  key: undefined,
  greenhouse: undefined,
  weatherId: undefined,
  kept: undefined,
});

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
});

/**
 * Economics-only edits answered from the last run (src/core/sim/reprice.ts): the repriced result must equal a
 * full simulation of the edited scenario in every output — series, energy and economics KPIs, cash flows,
 * warnings — and any edit the physics can see must be refused (undefined: simulate again).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, setField } from '../../../src/core/models/scenario';
import { parseEpw } from '../../../src/core/weather';
import { physicsKey } from '../../../src/core/models/physicsKey';
import { RunCache, reprice } from '../../../src/core/sim/reprice';
import { simulate } from '../../../src/core/sim/simulate';

const site = (f: string) => JSON.parse(readFileSync(`models/sites/${f}.json`, 'utf8'));
const HOURS = 48;

/** Full run of `edited` against the repriced run of `base`: identical in everything. */
function same(base: unknown, edited: unknown): void {
  const prev = simulate(base, { hours: HOURS });
  const full = simulate(edited, { hours: HOURS });
  const fast = reprice(prev, loadScenario(edited));
  expect(fast).toBeDefined();
  expect(fast).toEqual(full);
  // the KPIs in the order a run lists them (CSV and JSON columns follow it)
  expect(Object.keys(fast!.kpis)).toEqual(Object.keys(full.kpis));
}

describe('reprice: an economics edit gives what a new run gives', () => {
  it('electricity price, hashprice, heat contract and discount rate on the Manitoba pilot', () => {
    const base = site('manitoba-pilot');
    let e = setField(base, 'economics.electricityPrice', '0.06 USD/kWh');
    e = setField(e, 'economics.hashprice', '45 USD/PH/day');
    e = setField(e, 'economics.heatContract', { type: 'price', price: '12 USD/MWh' });
    e = setField(e, 'economics.discountRate', '7 %');
    same(base, e);
    // the edit changed the economics (else the comparison above proves nothing)
    const a = simulate(base, { hours: HOURS }).kpis;
    const b = simulate(e, { hours: HOURS }).kpis;
    expect(b.minerElectricity_MWh).toBe(a.minerElectricity_MWh);
    expect(
      Object.entries(b).filter(([k, v]) => (a as unknown as Record<string, number>)[k] !== v).length,
    ).toBeGreaterThan(3);
  });

  it('the AI racks and heat pump site (the host’s recovered heat and hosting income from the series)', () => {
    const base = site('ai-racks-heat-pump');
    same(base, setField(base, 'economics.electricityPrice', '0.09 USD/kWh'));
  });

  it('a text-only edit (the scenario’s name) has the same physics', () => {
    const base = site('manitoba-pilot');
    const s = loadScenario(base);
    const t = loadScenario(setField(base, 'name', 'Another name'));
    expect(physicsKey(t)).toBe(physicsKey(s));
  });
});

describe('reprice refuses what the physics can see', () => {
  const base = () => site('manitoba-pilot');

  it.each([
    ['greenhouse.floorArea', '3 ha'],
    ['miners.powerLimit', '80 %'],
    ['backupHeater.capacity', '1 MW'],
    ['simulation.timeStep', '5 min'],
  ])('%s = %s: undefined (simulate again)', (field, value) => {
    const prev = simulate(base(), { hours: 2 });
    expect(reprice(prev, loadScenario(setField(base(), field, value)))).toBeUndefined();
  });

  it('curtailment above a price: the prices drive the miners, so no economics edit reuses a run', () => {
    const j = setField(base(), 'control.curtailAbovePrice', '0.2 USD/kWh');
    expect(physicsKey(loadScenario(j))).toBeUndefined();
    const prev = simulate(j, { hours: 2 });
    expect(
      reprice(prev, loadScenario(setField(j, 'economics.electricityPrice', '0.3 USD/kWh'))),
    ).toBeUndefined();
    // and a run without curtailment is not reused for one with it
    const plain = simulate(base(), { hours: 2 });
    expect(reprice(plain, loadScenario(j))).toBeUndefined();
  });
});

describe('RunCache: each distinct physics simulated once, its economics variants repriced', () => {
  const base = () => site('manitoba-pilot');
  const price = (p: string) => loadScenario(setField(base(), 'economics.electricityPrice', p));
  const area = (a: string) => loadScenario(setField(base(), 'greenhouse.floorArea', a));

  it('reprices a variant of a cached run to the full run’s result; simulates new physics and other options', () => {
    const cache = new RunCache(8);
    const opt = { hours: 24 };
    expect(cache.run(price('0.03 USD/kWh'), opt).repriced).toBe(false);
    const b = cache.run(price('0.06 USD/kWh'), opt);
    expect(b.repriced).toBe(true);
    expect(b.result).toEqual(simulate(price('0.06 USD/kWh'), opt));
    expect(cache.run(area('3 ha'), opt).repriced).toBe(false);
    // other hours, the coarse step, another weather object: not the same run
    expect(cache.run(price('0.07 USD/kWh'), { hours: 25 }).repriced).toBe(false);
    expect(cache.run(price('0.07 USD/kWh'), { hours: 24, coarse: true }).repriced).toBe(false);
    const epw = readFileSync('models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw', 'utf8');
    const weather = parseEpw(epw, 'winnipeg.epw');
    expect(cache.run(price('0.07 USD/kWh'), { hours: 24, weather }).repriced).toBe(false);
    expect(cache.run(price('0.09 USD/kWh'), { hours: 24, weather }).repriced).toBe(true);
    expect(cache.run(price('0.08 USD/kWh'), opt).repriced).toBe(true);
  });

  it('drops the least recently used run past its capacity', () => {
    const cache = new RunCache(1);
    const opt = { hours: 6 };
    cache.run(price('0.03 USD/kWh'), opt);
    cache.run(area('3 ha'), opt);
    // the first physics was dropped for the second
    expect(cache.run(price('0.04 USD/kWh'), opt).repriced).toBe(false);
    expect(cache.run(price('0.05 USD/kWh'), opt).repriced).toBe(true);
  });

  it('tells weather years apart by identity: a second year is not the first, nor the bundled one', () => {
    const cache = new RunCache(8);
    const opt = { hours: 6 };
    const epw = readFileSync('models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw', 'utf8');
    const a = parseEpw(epw, 'a.epw');
    const b = parseEpw(epw, 'b.epw');
    expect(cache.run(price('0.03 USD/kWh'), opt).repriced).toBe(false);
    expect(cache.run(price('0.04 USD/kWh'), { ...opt, weather: a }).repriced).toBe(false);
    // the same numbers in another object: another weather year as far as the cache can tell
    expect(cache.run(price('0.05 USD/kWh'), { ...opt, weather: b }).repriced).toBe(false);
    expect(cache.run(price('0.06 USD/kWh'), { ...opt, weather: a }).repriced).toBe(true);
    expect(cache.run(price('0.07 USD/kWh'), { ...opt, weather: b }).repriced).toBe(true);
  });

  it('a curtailing run takes no place in the cache: it does not push out a cached run', () => {
    const cache = new RunCache(1);
    const opt = { hours: 6 };
    cache.run(price('0.03 USD/kWh'), opt);
    cache.run(loadScenario(setField(base(), 'control.curtailAbovePrice', '0.2 USD/kWh')), opt);
    expect(cache.run(price('0.04 USD/kWh'), opt).repriced).toBe(true);
  });

  it('never caches a curtailing scenario (its physics reads the prices)', () => {
    const cache = new RunCache(4);
    const j = setField(base(), 'control.curtailAbovePrice', '0.2 USD/kWh');
    cache.run(loadScenario(j), { hours: 6 });
    const again = cache.run(loadScenario(setField(j, 'economics.electricityPrice', '0.3 USD/kWh')), {
      hours: 6,
    });
    expect(again.repriced).toBe(false);
  });
});

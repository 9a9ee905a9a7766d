import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { SERIES, setField, toCelsius } from '../../src/core';
import { Engine, PREVIEW_TIME_STEP, transferables } from '../../src/worker/engine';
import { KEPT_RUNS } from '../../src/worker/keep';
import { createLocalClient } from '../../src/worker/local';

const EPW = readFileSync('models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw', 'utf8');

describe('simulation engine (worker side)', () => {
  const engine = new Engine();

  it('runs the full step and a one-hour preview, echoing the revision', () => {
    const full = engine.run({ input: manitoba, preview: false, revision: 7, hours: 48 });
    const quick = engine.run({ input: manitoba, preview: true, revision: 7, hours: 48 });
    expect(PREVIEW_TIME_STEP).toBe('1 h');
    expect(full.timeStep).toBe(900); // the pilot's "15 min"
    expect(quick.timeStep).toBe(3600);
    expect(full.steps).toBe(48 * 4);
    expect(quick.steps).toBe(48);
    expect(full.revision).toBe(7);
    expect(quick.preview).toBe(true);
    expect(Object.keys(full.series).sort()).toEqual(Object.keys(SERIES).sort());
    expect(full.series.outdoorT).toHaveLength(48);
    // The calendar of the bundled year starts on 1 January, hour ending 01:00.
    expect([full.calendar.month[0], full.calendar.day[0], full.calendar.hour[0]]).toEqual([1, 1, 1]);
    expect(full.weather.attribution).toMatch(/Winnipeg/);
    expect(typeof full.kpis.heatCoverage).toBe('number');
  });

  it('lists every array buffer for transfer (no copies): the series share one block', () => {
    const out = engine.run({ input: manitoba, preview: true, revision: 1, hours: 24 });
    const bufs = transferables(out);
    expect(bufs.length).toBe(1 + 3);
    expect(new Set(bufs).size).toBe(bufs.length);
    for (const a of Object.values(out.series)) expect(bufs).toContain(a.buffer);
    const block = out.series.outdoorT.buffer;
    expect(block.byteLength).toBe(Object.keys(SERIES).length * 24 * 8);
    // the views do not overlap: each series has its own 24 hours of the block
    const offsets = Object.values(out.series).map((a) => a.byteOffset);
    expect(new Set(offsets).size).toBe(offsets.length);
  });

  it('fills the next output’s block prepared while idle (its pages written before the edit)', async () => {
    const e = new Engine();
    const first = e.run({ input: manitoba, preview: true, revision: 1, hours: 24 });
    await new Promise((r) => setTimeout(r, 0));
    const n = Object.keys(SERIES).length * 24;
    const spare = (
      e as unknown as { outputMemory: { ready: Map<number, Float64Array> } }
    ).outputMemory.ready.get(n);
    expect(spare?.length).toBe(n);
    const second = e.run({ input: manitoba, preview: true, revision: 2, hours: 24 });
    expect(second.series.outdoorT.buffer).toBe(spare!.buffer);
    expect(second.series.outdoorT.buffer).not.toBe(first.series.outdoorT.buffer);
    expect(Array.from(second.series.greenhouseAirT)).toEqual(Array.from(first.series.greenhouseAirT));
    // another length (48 h) gets a block of its own
    const longer = e.run({ input: manitoba, preview: true, revision: 3, hours: 48 });
    expect(longer.series.outdoorT.buffer.byteLength).toBe(Object.keys(SERIES).length * 48 * 8);
  });

  it('keeps uploaded weather by id; the bundled file gives the same first day as the bundled year', () => {
    const info = engine.loadWeather('w1', EPW, 'winnipeg.epw');
    expect(info.hours).toBe(8760);
    expect(info.location).toMatch(/Winnipeg/);
    // The file's DESIGN CONDITIONS record: heating 99.6 % dry bulb −28.1 °C (ASHRAE 2021, as printed there).
    expect(toCelsius(info.designHeatingT!)).toBeCloseTo(-28.1, 6);
    const a = engine.run({ input: manitoba, preview: true, revision: 1, hours: 24, weatherId: 'w1' });
    const b = engine.run({ input: manitoba, preview: true, revision: 1, hours: 24 });
    expect([...a.series.outdoorT]).toEqual([...b.series.outdoorT]);
    expect(a.weather.attribution).toMatch(/winnipeg\.epw/);
  });

  it('rejects a bad EPW and an unknown weather id', () => {
    expect(() => engine.loadWeather('bad', 'LOCATION,x\nnot an epw', 'bad.epw')).toThrow();
    expect(() =>
      engine.run({ input: manitoba, preview: true, revision: 1, hours: 24, weatherId: 'nope' }),
    ).toThrow(/not loaded/);
  });

  it('the local client wraps the same engine', async () => {
    const c = createLocalClient(engine);
    const out = await c.run({ input: manitoba, preview: true, revision: 3, hours: 24 });
    expect(out.revision).toBe(3);
    expect(await c.hasWeather('w1')).toBe(true);
  });
});

describe('an economics-only edit is answered from the lane’s last run (reprice)', () => {
  const priced = (price: string) => setField(manitoba, 'economics.electricityPrice', price);

  it('the same output as a fresh engine’s simulation, flagged as repriced; a physics edit simulates again', () => {
    const engine = new Engine();
    const first = engine.run({ input: priced('0.035 USD/kWh'), preview: false, revision: 1, hours: 24 });
    expect(first.repriced).toBe(false);
    // the page owns (and may detach) what it was sent: the engine's copy must not change with it
    first.series.heatToGreenhouse.fill(-1);
    const again = engine.run({ input: priced('0.08 USD/kWh'), preview: false, revision: 2, hours: 24 });
    const fresh = new Engine().run({ input: priced('0.08 USD/kWh'), preview: false, revision: 2, hours: 24 });
    expect(again.repriced).toBe(true);
    expect(fresh.repriced).toBe(false);
    const { elapsedMs: _a, repriced: _r, ...fast } = again;
    const { elapsedMs: _b, repriced: _s, ...slow } = fresh;
    expect(fast).toEqual(slow);
    expect(again.kpis.electricityCost).not.toBe(first.kpis.electricityCost);
    // a physics edit, another lane, other hours: each simulates
    const area = engine.run({
      input: setField(priced('0.08 USD/kWh'), 'greenhouse.floorArea', '3 ha'),
      preview: false,
      revision: 3,
      hours: 24,
    });
    expect(area.repriced).toBe(false);
    expect(
      engine.run({ input: priced('0.09 USD/kWh'), preview: true, revision: 4, hours: 24 }).repriced,
    ).toBe(false);
    expect(
      engine.run({ input: priced('0.09 USD/kWh'), preview: false, revision: 5, hours: 25 }).repriced,
    ).toBe(false);
  });

  it('an undo back to any of the full lane’s last KEPT_RUNS physics is repriced; older ones simulate', () => {
    const engine = new Engine();
    // greenhouses by their night set-point (a floor-area edit would replay the same greenhouse per m²)
    const areas = Array.from({ length: KEPT_RUNS + 1 }, (_, i) => `${15 + i / 2} degC`);
    const at = (a: string, rev: number) =>
      engine.run({
        input: setField(manitoba, 'greenhouse.nightSetpoint', a),
        preview: false,
        revision: rev,
        hours: 24,
      });
    for (const [i, a] of areas.entries()) expect(at(a, i + 1).repriced).toBe(false);
    // the previous one, with the same output as a fresh engine's (the page detached nothing it shares)
    const back = at(areas[1]!, 20);
    expect(back.repriced).toBe(true);
    const fresh = new Engine().run({
      input: setField(manitoba, 'greenhouse.nightSetpoint', areas[1]),
      preview: false,
      revision: 20,
      hours: 24,
    });
    // (its greenhouse is no longer kept for replay: the greenhouses recorded after it pushed it out)
    const { elapsedMs: _a, repriced: _r, greenhouseKept: keptA, ...fast } = back;
    const { elapsedMs: _b, repriced: _s, greenhouseKept: keptB, ...slow } = fresh;
    expect(fast).toEqual(slow);
    expect([keptA, keptB]).toEqual([null, { replays: true, scales: true }]);
    // the first was pushed out by the KEPT_RUNS after it
    expect(at(areas[0]!, 21).repriced).toBe(false);
  });

  it('a smaller floor area replays the greenhouse per m²: flagged, with the output of a fresh engine', () => {
    const engine = new Engine();
    const at = (a: string, e = engine) =>
      e.run({ input: setField(manitoba, 'greenhouse.floorArea', a), preview: false, revision: 1, hours: 48 });
    const first = at('2 ha');
    expect(first.replayed).toBe(false);
    expect(first.greenhouseKept).toEqual({ replays: true, scales: true });
    const small = at('1.5 ha');
    const fresh = at('1.5 ha', new Engine());
    expect([small.replayed, fresh.replayed]).toEqual([true, false]);
    const { elapsedMs: _a, replayed: _r, ...fast } = small;
    const { elapsedMs: _b, replayed: _s, ...slow } = fresh;
    expect(fast).toEqual(slow);
  });
});

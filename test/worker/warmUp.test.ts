import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { setField } from '../../src/core';
import { Engine, type RunRequest } from '../../src/worker/engine';
import { WARM_UP_HOURS, WarmUps } from '../../src/worker/warmUp';

describe('worker warm-up (warmUp.ts, Engine.warmUp)', () => {
  it('schedules one warm-up per kind, after the first full-length run of that kind only', () => {
    const calls: [boolean, number][] = [];
    const w = new WarmUps((req, hours) => calls.push([req.preview, hours]));
    const req = (preview: boolean, hours?: number): RunRequest => ({
      input: manitoba,
      preview,
      revision: 1,
      ...(hours !== undefined ? { hours } : {}),
    });
    w.after(req(false, 48)); // a test's shortened run is not the page's year
    expect(calls).toEqual([]);
    w.after(req(false));
    w.after(req(false));
    w.after(req(true));
    w.after(req(true));
    expect(calls).toEqual([
      [false, WARM_UP_HOURS.exact],
      [true, WARM_UP_HOURS.preview],
    ]);
  });

  it('changes no later result: what the lanes keep, replays and KPIs are those of an engine that never warmed', () => {
    const hours = 72;
    const night = setField(manitoba, 'greenhouse.nightSetpoint', '16 degC');
    const plant = setField(manitoba, 'heatExchanger.area', '90 m^2');
    const runs = (e: Engine) =>
      [manitoba, plant, night].map((input, i) => e.run({ input, preview: false, revision: i + 1, hours }));
    const cold = new Engine();
    const warm = new Engine();
    for (const e of [cold, warm]) e.run({ input: manitoba, preview: false, revision: 1, hours });
    const { ms, share } = warm.warmUp({ input: night, preview: false, revision: 0 }, 48);
    warm.warmUp({ input: night, preview: true, revision: 0 }, 48);
    expect(ms).toBeGreaterThan(0);
    expect(share).toBe(1);
    const a = runs(cold);
    const b = runs(warm);
    for (let i = 0; i < a.length; i++) {
      expect(b[i]!.kpis).toEqual(a[i]!.kpis);
      expect(b[i]!.replayed).toBe(a[i]!.replayed);
      expect(b[i]!.repriced).toBe(a[i]!.repriced);
      expect(b[i]!.greenhouseKept).toEqual(a[i]!.greenhouseKept);
    }
    // the pilot again was repriced and the plant edit replayed its greenhouse, in both: the warm-up's
    // scenario did not displace them
    expect(b[0]!.repriced).toBe(true);
    expect(b[1]!.replayed).toBe(true);
  });

  it('stops at the first simulated day after its time budget: a spent budget leaves one day of the year', () => {
    const e = new Engine();
    const { share } = e.warmUp({ input: manitoba, preview: false, revision: 0 }, 240, 0);
    expect(share).toBeCloseTo(24 / 240, 12);
    // with time to spare it simulates every hour asked for
    expect(e.warmUp({ input: manitoba, preview: false, revision: 0 }, 48).share).toBe(1);
  });

  it('a scenario the model refuses warms nothing and throws nothing (its own run has answered)', () => {
    const e = new Engine();
    const bad = setField(manitoba, 'greenhouse.floorArea', '-5 m^2');
    expect(() => e.warmUp({ input: bad, preview: false, revision: 0 }, 24)).not.toThrow();
  });
});

import { describe, expect, it, vi } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import type { Kpis } from '../../src/core';
import { type SweepWorker, sweepJobsOnWorkers, sweepOnWorkers } from '../../src/app/lib/sweepQueue';
import { RunCache } from '../../src/core';
import { Engine } from '../../src/worker/engine';
import { createLocalClient } from '../../src/worker/local';
import type { SweepOutput, SweepPoint, SweepRequest } from '../../src/worker/sweep';

/**
 * A worker whose point takes `ms[value]` (or 1) ms of timers and reads the value back as its KPI; it logs the
 * values it was handed.
 */
function fakeWorker(name: string, log: [string, number][], ms: Record<number, number> = {}): SweepWorker {
  return {
    async sweep(req: SweepRequest): Promise<SweepOutput> {
      const v = req.values[0]!;
      log.push([name, v]);
      await new Promise((r) => setTimeout(r, ms[v] ?? 1));
      const kpis = { heatCoverage: v } as unknown as Kpis;
      return {
        id: req.id,
        points: [{ sweep: req.id, index: 0, value: v, kpis, warnings: 0, elapsedMs: 0 }],
        cancelled: false,
      };
    },
  };
}

const req = (values: number[]): SweepRequest => ({ id: 7, input: {}, path: 'greenhouse.floorArea', values });

describe('a sweep on two workers', () => {
  it('hands each value out once, the next to whichever worker frees up, each point with its own index', async () => {
    const log: [string, number][] = [];
    // worker a's first point is slow (a new year); b takes the next ones meanwhile (replays)
    const a = fakeWorker('a', log, { 10: 40 });
    const b = fakeWorker('b', log);
    const seen: SweepPoint[] = [];
    const out = await sweepOnWorkers(
      [a, b],
      req([10, 20, 30, 40, 50]),
      () => true,
      (p) => seen.push(p),
    );
    expect(out.cancelled).toBe(false);
    expect(log[0]).toEqual(['a', 10]); // the first worker takes the first point
    expect(log.map(([, v]) => v).sort((x, y) => x - y)).toEqual([10, 20, 30, 40, 50]);
    expect(log.filter(([w]) => w === 'b').length).toBeGreaterThanOrEqual(3);
    expect(seen.map((p) => [p.index, p.value, p.kpis?.heatCoverage]).sort((x, y) => x[0]! - y[0]!)).toEqual([
      [0, 10, 10],
      [1, 20, 20],
      [2, 30, 30],
      [3, 40, 40],
      [4, 50, 50],
    ]);
    expect(seen.at(-1)?.value).toBe(10); // out of order: the slow first point came last
  });

  it("runs the jobs in the order given, each point with its job's index", async () => {
    const log: [string, number][] = [];
    const seen: [number, number][] = [];
    const jobs = [4, 0, 2, 1, 3].map((index) => ({ index, value: 10 * (index + 1) }));
    await sweepJobsOnWorkers(
      [fakeWorker('a', log), fakeWorker('b', log)],
      req([10, 20, 30, 40, 50]),
      jobs,
      () => true,
      (p) => seen.push([p.index, p.value]),
    );
    expect(log.map(([, v]) => v)).toEqual([50, 10, 30, 20, 40]); // handed out in the jobs' order
    expect(seen.sort((x, y) => x[0] - y[0])).toEqual([
      [0, 10],
      [1, 20],
      [2, 30],
      [3, 40],
      [4, 50],
    ]);
  });

  it('hands out no more points once cancelled and reports none that finish after', async () => {
    const log: [string, number][] = [];
    let live = true;
    const seen: SweepPoint[] = [];
    const out = await sweepOnWorkers(
      [fakeWorker('a', log), fakeWorker('b', log)],
      req([1, 2, 3, 4, 5, 6]),
      () => live,
      (p) => {
        seen.push(p);
        live = false;
      },
    );
    expect(out.cancelled).toBe(true);
    expect(seen).toHaveLength(1);
    expect(log).toHaveLength(2); // the two points computing when it stopped; none handed out after
  });

  it('fails on the first worker that fails, and the other hands out no more points', async () => {
    const log: [string, number][] = [];
    const broken: SweepWorker = {
      // fails a moment later, as a worker answers: the other has taken a point by then
      sweep: () =>
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('the weather file (w1) is not loaded in the worker')), 5),
        ),
    };
    await expect(
      sweepOnWorkers(
        [broken, fakeWorker('b', log, { 2: 20 })],
        req([1, 2, 3, 4]),
        () => true,
        () => {},
      ),
    ).rejects.toThrow(/not loaded/);
    expect(log).toEqual([['b', 2]]);
    await expect(
      sweepOnWorkers(
        [],
        req([1]),
        () => true,
        () => {},
      ),
    ).rejects.toThrow(/no simulation worker/);
  });

  it('gives the same points on two engines as on one (the pilot, 3 floor areas, 48 h)', async () => {
    const one = new Engine();
    const two = [createLocalClient(new Engine()), createLocalClient(new Engine())];
    const values = [15_000, 20_000, 25_000];
    const r = { id: 1, input: manitoba, path: 'greenhouse.floorArea', values, hours: 48 };
    const single = await one.sweep(r);
    const seen: SweepPoint[] = [];
    await sweepOnWorkers(
      two,
      r,
      () => true,
      (p) => seen.push(p),
    );
    seen.sort((x, y) => x.index - y.index);
    expect(seen.map((p) => [p.index, p.value, p.kpis?.backupHeat_MWh])).toEqual(
      single.points.map((p) => [p.index, p.value, p.kpis?.backupHeat_MWh]),
    );
  });

  it("hands the first worker's trace to the other: every point of a plant sweep replays, with the same numbers", async () => {
    const full = new Engine();
    const hours = 48;
    full.run({ revision: 1, input: manitoba, preview: false, hours }); // the editor's lane records the greenhouse
    const quick = new Engine();
    const values = [60, 80, 100, 120];
    const r = { id: 2, input: manitoba, path: 'heatExchanger.area', values, hours };
    const runs = vi.spyOn(RunCache.prototype, 'run');
    const adopt = vi.spyOn(RunCache.prototype, 'adopt');
    const seen: SweepPoint[] = [];
    try {
      await sweepOnWorkers(
        [createLocalClient(full), createLocalClient(quick)],
        r,
        () => true,
        (p) => seen.push(p),
      );
      expect(adopt).toHaveBeenCalledTimes(1);
      expect(runs.mock.results.map((x) => (x.value as { replayed: boolean }).replayed)).toEqual(
        values.map(() => true),
      );
    } finally {
      runs.mockRestore();
      adopt.mockRestore();
    }
    // the same KPIs as a fresh engine that simulates each point in full
    const fresh = await new Engine().sweep({ ...r, id: 3 });
    seen.sort((x, y) => x.index - y.index);
    expect(seen.map((p) => p.kpis)).toEqual(fresh.points.map((p) => p.kpis));
    // a greenhouse sweep finds no trace to hand over (its first point is another greenhouse)
    expect(full.sweepTrace({ ...r, path: 'greenhouse.nightSetpoint', values: [290] })).toBeUndefined();
    expect(full.sweepTrace(r)).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import type { Kpis } from '../../src/core';
import { Engine } from '../../src/worker/engine';
import { createLocalClient } from '../../src/worker/local';
import { MAX_SWEEP_POINTS, runSweep, type SweepPoint, sweepGrid, withValue } from '../../src/worker/sweep';

const fakeKpis = (x: number) => ({ heatCoverage: x }) as unknown as Kpis;
/** A year that reads the swept value back as its KPI. */
const echo = (input: unknown) => ({
  kpis: fakeKpis((input as { greenhouse: { floorArea: number } }).greenhouse.floorArea),
  warnings: 0,
});
const now = () => Promise.resolve();

describe('sweep value grid', () => {
  it('spaces n values evenly from a to b, both ends included, to 6 significant digits', () => {
    expect(sweepGrid(10_000, 30_000, 3)).toEqual([10_000, 20_000, 30_000]);
    expect(sweepGrid(0.1, 0.3, 3)).toEqual([0.1, 0.2, 0.3]); // not 0.30000000000000004
    expect(sweepGrid(1, 2, 4)).toEqual([1, 1.33333, 1.66667, 2]);
    expect(sweepGrid(5, -5, 3)).toEqual([5, 0, -5]); // descending is kept as asked
  });

  it('refuses a count outside 2..15 and bounds that are not finite', () => {
    expect(() => sweepGrid(0, 1, 1)).toThrow(/2 to 15/);
    expect(() => sweepGrid(0, 1, MAX_SWEEP_POINTS + 1)).toThrow(/2 to 15/);
    expect(() => sweepGrid(0, 1, 2.5)).toThrow(/whole number/);
    expect(() => sweepGrid(0, Number.NaN, 3)).toThrow(/finite/);
  });

  it('sets the value at the dotted path of a copy of the input', () => {
    const input = { greenhouse: { floorArea: '2 ha', cover: 'glass' } };
    const out = withValue(input, 'greenhouse.floorArea', 5000) as typeof input;
    expect(out.greenhouse).toEqual({ floorArea: 5000, cover: 'glass' });
    expect(input.greenhouse.floorArea).toBe('2 ha');
  });
});

describe('sweep loop', () => {
  const req = { id: 1, input: manitoba, path: 'greenhouse.floorArea', values: [1, 2, 3] };

  it('runs every value in order and reports each point as it finishes', async () => {
    const seen: SweepPoint[] = [];
    const out = await runSweep(
      req,
      echo,
      () => true,
      (p) => seen.push(p),
      now,
    );
    expect(out.cancelled).toBe(false);
    expect(out.points.map((p) => [p.index, p.value, p.kpis?.heatCoverage])).toEqual([
      [0, 1, 1],
      [1, 2, 2],
      [2, 3, 3],
    ]);
    expect(seen).toEqual(out.points);
  });

  it('stops at the next point once cancelled (the point computing finishes)', async () => {
    let live = true;
    const out = await runSweep(
      req,
      echo,
      () => live,
      (p) => {
        if (p.index === 0) live = false;
      },
      now,
    );
    expect(out.cancelled).toBe(true);
    expect(out.points).toHaveLength(1);
  });

  it('turns a value the scenario refuses into a point with its message and goes on', async () => {
    const runOne = (input: unknown) => {
      const a = (input as { greenhouse: { floorArea: number } }).greenhouse.floorArea;
      if (a === 2) throw new Error('Scenario x\n  greenhouse.floorArea: out of range');
      return echo(input);
    };
    const out = await runSweep(req, runOne, () => true, undefined, now);
    expect(out.points.map((p) => p.error)).toEqual([
      undefined,
      'greenhouse.floorArea: out of range',
      undefined,
    ]);
    expect(out.points[1]!.kpis).toBeUndefined();
  });
});

describe('sweep in the engine (worker side)', () => {
  it('runs the scenario for each value, as a run of that scenario does', async () => {
    const engine = new Engine();
    const out = await engine.sweep({ ...req(1), values: [10_000, 30_000], hours: 48 });
    expect(out.points).toHaveLength(2);
    const direct = engine.run({
      input: withValue(manitoba, 'greenhouse.floorArea', 30_000),
      preview: false,
      revision: 1,
      hours: 48,
    });
    expect(out.points[1]!.kpis!.greenhouseHeatDemand_MWh).toBe(direct.kpis.greenhouseHeatDemand_MWh);
    expect(out.points[0]!.kpis!.greenhouseHeatDemand_MWh).toBeLessThan(
      out.points[1]!.kpis!.greenhouseHeatDemand_MWh,
    );
  });

  it('a newer sweep supersedes the one running; cancelSweep stops only its own sweep', async () => {
    const client = createLocalClient();
    const first = client.sweep({ ...req(1), values: [10_000, 20_000, 30_000], hours: 24 });
    const second = client.sweep({ ...req(2), values: [15_000, 25_000], hours: 24 });
    const [a, b] = await Promise.all([first, second]);
    expect(a.cancelled).toBe(true);
    expect(b.cancelled).toBe(false);
    expect(b.points.map((p) => p.value)).toEqual([15_000, 25_000]);

    const third = client.sweep({ ...req(3), values: [10_000, 20_000, 30_000], hours: 24 }, (p) => {
      if (p.index === 0) void client.cancelSweep(3);
    });
    await client.cancelSweep(2); // an older id: no effect on sweep 3
    const c = await third;
    expect(c.cancelled).toBe(true);
    expect(c.points).toHaveLength(1);
  });
});

function req(id: number) {
  return { id, input: manitoba, path: 'greenhouse.floorArea', values: [] as number[] };
}

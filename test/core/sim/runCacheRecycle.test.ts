/**
 * `RunCache(…, { recycle: true })`: a batch that keeps only each result's KPIs lets the cache write the blocks of the
 * runs and traces it dropped again. Every result must still be what a fresh run gives, to the bit, and nothing
 * the cache keeps (a run, a trace holding its recording run's series) may be written over.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, setField } from '../../../src/core/models/scenario';
import { RunCache } from '../../../src/core/sim/reprice';
import { type SimulationResult, simulate } from '../../../src/core/sim/simulate';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const HOURS = 24 * 5;

/** The result's series as bytes, and its KPIs (to compare after later runs had their chance to write over it). */
function snapshot(r: SimulationResult): { bytes: Buffer; kpis: string } {
  const parts = Object.keys(r.series)
    .sort()
    .map((k) => Buffer.from(Float64Array.from(r.series[k as keyof SimulationResult['series']]).buffer));
  return { bytes: Buffer.concat(parts), kpis: JSON.stringify(r.kpis) };
}

function expectSame(a: SimulationResult, b: SimulationResult): void {
  const x = snapshot(a);
  const y = snapshot(b);
  expect(x.kpis).toBe(y.kpis);
  expect(Buffer.compare(x.bytes, y.bytes)).toBe(0);
}

const input = (path: string, value: unknown) => setField(pilot, path, value);
/** Plant edits (replays of the pilot's greenhouse), a greenhouse edit (a new trace), economics (a repricing). */
const SEQUENCE: unknown[] = [
  pilot,
  input('heatExchanger.area', '60 m^2'),
  input('heatExchanger.area', '70 m^2'),
  input('miners.count', 300),
  input('greenhouse.nightSetpoint', '16 degC'),
  input('heatExchanger.area', '80 m^2'),
  input('economics.hashprice', '0.04 USD/TH/day'),
  input('dryCooler.count', 2),
  input('heatExchanger.area', '90 m^2'),
  pilot,
  input('greenhouse.floorArea', '1.5 ha'),
];

describe('a recycling RunCache', () => {
  const fresh = SEQUENCE.map((s) => simulate(loadScenario(s), { hours: HOURS }));

  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
  ])(
    'with %i run(s) and %i trace(s) kept: every result is a fresh run’s, to the bit, and blocks are reused',
    (runs, traces) => {
      const cache = new RunCache(runs, traces, { recycle: true });
      const buffers = new Set<ArrayBufferLike>();
      let reused = 0;
      const kept: { result: SimulationResult; snap: ReturnType<typeof snapshot> }[] = [];
      SEQUENCE.forEach((s, i) => {
        const { result: r, repriced } = cache.run(loadScenario(s), { hours: HOURS });
        expectSame(r, fresh[i]!);
        const b = r.series.outdoorT.buffer;
        // a simulated (not repriced) result in a block an earlier result had: a dropped block written again
        if (!repriced && buffers.has(b)) reused++;
        buffers.add(b);
        kept.push({ result: r, snap: snapshot(r) });
      });
      expect(reused).toBeGreaterThan(0);
      // what the cache still keeps was not written over: its repricing gives the series it had
      for (const [i, s] of SEQUENCE.entries()) {
        const again = cache.run(loadScenario(s), { hours: HOURS });
        if (again.repriced) {
          const now = snapshot(again.result);
          expect(Buffer.compare(now.bytes, kept[i]!.snap.bytes)).toBe(0);
        }
      }
    },
  );

  it('a trace whose recording run was dropped keeps that run’s block: replays after it are still exact', () => {
    // one run kept: the pilot's run is dropped at the first plant edit while its trace (which holds the pilot
    // run's own series) stays; were its block handed out, the next replays would copy another run's greenhouse
    const cache = new RunCache(1, 1, { recycle: true });
    const base = cache.run(loadScenario(pilot), { hours: HOURS }).result;
    const edits = [50, 55, 65, 75, 85].map((a) => input('heatExchanger.area', `${a} m^2`));
    for (const e of edits) {
      const r = cache.run(loadScenario(e), { hours: HOURS });
      expect(r.replayed).toBe(true);
      expect(r.result.series.outdoorT.buffer).not.toBe(base.series.outdoorT.buffer);
      expectSame(r.result, simulate(loadScenario(e), { hours: HOURS }));
    }
  });

  it('a block the caller gave (options.memory) is the caller’s: never handed to a later run', () => {
    const cache = new RunCache(1, 1, { recycle: true });
    let given: Float64Array | undefined;
    const memory = (n: number) => {
      given = new Float64Array(n);
      return given;
    };
    cache.run(loadScenario(input('heatExchanger.area', '45 m^2')), { hours: HOURS, memory });
    // new greenhouses: each drops the last run and its trace, so the caller's block is shared by nothing kept
    const later = [16, 15, 14, 13, 12].map(
      (t) =>
        cache.run(loadScenario(input('greenhouse.nightSetpoint', `${t} degC`)), { hours: HOURS }).result
          .series.outdoorT.buffer,
    );
    expect(given).toBeDefined();
    expect(later).not.toContain(given!.buffer);
    expect(new Set(later).size).toBeLessThan(later.length); // while the cache's own blocks are reused
  });

  it('without recycle, a dropped run’s block is never handed out again', () => {
    const cache = new RunCache(1, 1);
    const seen = new Set<ArrayBufferLike>();
    for (const a of [50, 55, 65, 75]) {
      const b = cache.run(loadScenario(input('heatExchanger.area', `${a} m^2`)), { hours: HOURS }).result
        .series.outdoorT.buffer;
      expect(seen.has(b)).toBe(false);
      seen.add(b);
    }
  });
});

describe('a RunCache that borrows another’s traces', () => {
  it('replays the other’s greenhouse from its first run, exactly, without touching the other’s order of use', () => {
    const main = new RunCache(2, 2);
    main.run(loadScenario(pilot), { hours: HOURS });
    const warmer = loadScenario(input('greenhouse.nightSetpoint', '18 degC'));
    main.run(warmer, { hours: HOURS }); // the main cache's newest trace is now this greenhouse's
    const sweep = new RunCache(4, 1, { recycle: true, borrow: main });
    const edit = loadScenario(input('heatExchanger.area', '60 m^2'));
    const r = sweep.run(edit, { hours: HOURS });
    expect(r.replayed).toBe(true);
    expectSame(r.result, simulate(edit, { hours: HOURS }));
    // the pilot's trace, the older of the two, was read but not touched: a third greenhouse pushes it out
    main.run(loadScenario(input('greenhouse.nightSetpoint', '16 degC')), { hours: HOURS });
    expect(main.traceFor(loadScenario(pilot), { hours: HOURS })).toBeUndefined();
    expect(main.traceFor(warmer, { hours: HOURS })).toBeDefined();
  });

  it('without the other’s trace, records its own; other options (hours) never borrow', () => {
    const main = new RunCache(2, 2);
    main.run(loadScenario(pilot), { hours: HOURS });
    const sweep = new RunCache(4, 1, { borrow: main });
    const edit = loadScenario(input('heatExchanger.area', '60 m^2'));
    expect(sweep.run(edit, { hours: HOURS + 24 }).replayed).toBe(false);
    const warmer = loadScenario(input('greenhouse.nightSetpoint', '18 degC'));
    expect(sweep.run(warmer, { hours: HOURS }).replayed).toBe(false);
    expect(
      sweep.run(loadScenario(input('greenhouse.nightSetpoint', '18 degC')), { hours: HOURS }).repriced,
    ).toBe(true);
  });
});

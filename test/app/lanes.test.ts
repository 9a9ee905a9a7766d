/**
 * Which workers an edit needs (app/lib/lanes.ts): the quick preview is skipped for an economics-only edit and an
 * edit back to the physics of a recent full result (repriced), and for a plant-only edit when the full worker
 * keeps the greenhouse for replay; anything else gets the preview first. The page's picture of what the worker
 * keeps never holds more than the worker does (a property over random edit sequences).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, setField } from '../../src/core';
import { lanes, noJob, noteFullResult } from '../../src/app/lib/lanes';
import { KEPT_RUNS, KEPT_TRACES } from '../../src/worker/keep';

const pilot = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const area = (a: string) => loadScenario(setField(pilot, 'greenhouse.floorArea', a));
/** What a full result says of its greenhouse's trace: kept, replaying plant edits at any area or at its own. */
const SCALES = { replays: true, scales: true };
const OWN_AREA = { replays: true, scales: false };
/** Kept (a trace that scales), but a replay of it just fell short: the next plant edit is likely short too. */
const FELL_SHORT = { replays: false, scales: true };
/** Another greenhouse per m² of floor (a floor-area edit is the same one: core/sim/greenhouseTrace.ts). */
const night = (t: string) => loadScenario(setField(pilot, 'greenhouse.nightSetpoint', t));

describe('lanes: when the preview is skipped', () => {
  it('the first job, a greenhouse edit and a new weather year get the preview', () => {
    const last = noJob();
    expect(lanes(last, loadScenario(pilot), undefined, 1)).toEqual({});
    noteFullResult(last, 1, SCALES);
    expect(lanes(last, night('16 degC'), undefined, 2)).toEqual({});
    noteFullResult(last, 2, SCALES);
    expect(lanes(last, night('16 degC'), 'upload-1', 3)).toEqual({});
  });

  it('an economics-only edit skips it (the full worker reprices), before the last result is back too', () => {
    const last = noJob();
    lanes(last, loadScenario(pilot), undefined, 1);
    const next = loadScenario(setField(pilot, 'economics.btcPrice', '80000 USD'));
    expect(lanes(last, next, undefined, 2)).toEqual({ preview: false });
  });

  it('an undo back to a recent result’s physics skips it; one pushed out of what the worker keeps does not', () => {
    const last = noJob();
    const areas = Array.from({ length: KEPT_RUNS + 1 }, (_, i) => `${2 + i / 10} ha`);
    areas.forEach((a, i) => {
      expect(lanes(last, area(a), undefined, i + 1)).toEqual({});
      noteFullResult(last, i + 1, null);
    });
    const n = areas.length;
    // the one before last, with another price: repriced from the worker's run
    const back = loadScenario(
      setField(setField(pilot, 'greenhouse.floorArea', areas[n - 2]), 'economics.btcPrice', '90000 USD'),
    );
    expect(lanes(last, back, undefined, n + 1)).toEqual({ preview: false });
    // the first is KEPT_RUNS results back: the page no longer counts on it
    expect(lanes(last, area(areas[0]!), undefined, n + 2)).toEqual({});
    // nor on another weather year's run of the same physics
    expect(lanes(last, area(areas[n - 1]!), 'upload-1', n + 3)).toEqual({});
  });

  it('a plant-only edit skips it only when a result said the full worker keeps that greenhouse', () => {
    const last = noJob();
    lanes(last, loadScenario(pilot), undefined, 1);
    noteFullResult(last, 1, null); // a run that was short keeps no greenhouse
    const edit = loadScenario(setField(pilot, 'heatExchanger.area', '80 m^2'));
    expect(lanes(last, edit, undefined, 2)).toEqual({});
    noteFullResult(last, 2, SCALES);
    expect(lanes(last, loadScenario(setField(pilot, 'dryCooler.count', 2)), undefined, 3)).toEqual({
      preview: false,
    });
    // a replay that fell short: the trace is kept, but the result says a plant edit would not replay it
    noteFullResult(last, 3, FELL_SHORT);
    expect(lanes(last, loadScenario(setField(pilot, 'miners.count', 300)), undefined, 4)).toEqual({});
  });

  it('counts on the last greenhouses kept, one fewer than the worker keeps', () => {
    const last = noJob();
    const houses = Array.from({ length: KEPT_TRACES }, (_, i) => `${15 + i / 2} degC`);
    const plant = (h: string, n: number) =>
      loadScenario(setField(setField(pilot, 'greenhouse.nightSetpoint', h), 'miners.count', n));
    let rev = 0;
    for (const h of houses) {
      lanes(last, night(h), undefined, ++rev);
      noteFullResult(last, rev, SCALES);
    }
    // the oldest: the job running in the worker may record another greenhouse and push it out first
    expect(lanes(last, plant(houses[0]!, 300), undefined, ++rev)).toEqual({});
    // a plant edit of each of the others skips the preview
    const [, second, ...rest] = houses;
    for (const h of [second!, ...rest]) {
      expect(lanes(last, plant(h, 320), undefined, ++rev)).toEqual({ preview: false });
    }
    // the worker had the oldest still and replayed it: the page counts on it again, no longer on the second
    noteFullResult(last, rev - rest.length - 1, SCALES);
    expect(lanes(last, plant(houses[0]!, 340), undefined, ++rev)).toEqual({ preview: false });
    expect(lanes(last, plant(second!, 340), undefined, ++rev)).toEqual({});
  });

  it('a smaller floor area skips it when the kept trace scales; a larger one, or a trace that does not, keeps it', () => {
    const last = noJob();
    lanes(last, area('2 ha'), undefined, 1);
    noteFullResult(last, 1, SCALES);
    // larger: the plant or the loop may fall short and end the replay
    expect(lanes(last, area('2.5 ha'), undefined, 2)).toEqual({});
    noteFullResult(last, 2, FELL_SHORT); // its replay fell short: the 2 ha trace kept, no replay counted on
    expect(lanes(last, area('1.5 ha'), undefined, 3)).toEqual({});
    // kept again at 2 ha: smaller areas replay, to the page's knowledge
    lanes(last, area('2 ha'), undefined, 4);
    noteFullResult(last, 4, SCALES);
    expect(lanes(last, area('1.5 ha'), undefined, 5)).toEqual({ preview: false });
    // the page now counts on 1.5 ha only (the worker may keep the 2 ha trace: never less than the page thinks)
    noteFullResult(last, 5, SCALES);
    expect(lanes(last, area('1.8 ha'), undefined, 6)).toEqual({});
    expect(lanes(last, area('1.2 ha'), undefined, 7)).toEqual({ preview: false });
    // a trace the primary loop limited (at 2.1 ha) replays its own area only; the one that scales stays beside it
    lanes(last, area('2.1 ha'), undefined, 8);
    noteFullResult(last, 8, OWN_AREA);
    const plant = (a: string) =>
      loadScenario(setField(setField(pilot, 'greenhouse.floorArea', a), 'miners.count', 300));
    expect(lanes(last, plant('2.1 ha'), undefined, 9)).toEqual({ preview: false });
    expect(lanes(last, area('2.05 ha'), undefined, 10)).toEqual({});
    expect(lanes(last, area('1.1 ha'), undefined, 11)).toEqual({ preview: false });
  });
});

/** A job as the worker model sees it: its keys, floor area and what a full run of it meets. */
interface ModelJob {
  run: string;
  greenhouse: string;
  /** Floor area, m². */
  area: number;
  /** Short of heat (backup heater at capacity): a replay of it falls short, a full run records nothing. */
  short: boolean;
  /** The primary loop limits its valve: a replay at another area falls short of the loop; its trace scales not. */
  loopLimited: boolean;
}

/**
 * The full worker's keeping, as core/sim/reprice.ts RunCache does it with KEPT_RUNS and KEPT_TRACES: each run
 * it processes becomes its most recent; a run of a greenhouse whose trace it keeps replays it (at its own area,
 * or at any when the loop never limited it) unless the run falls short; a run not replayed records its
 * greenhouse unless it is short; it reports whether it keeps a trace of the run's greenhouse, whether a plant
 * edit would replay it and whether it scales (`RunCache.kept`).
 */
class WorkerModel {
  runs: string[] = [];
  /** Traces by greenhouse (one that scales) or greenhouse and area (one the loop limited), least recent first. */
  traces = new Map<string, { area: number; loopLimited: boolean }>();
  private aborted = false;
  /** The trace a run of `job` would replay and its key (RunCache.lookup). */
  lookup(job: ModelJob): { key: string; t: { area: number; loopLimited: boolean } | undefined } {
    const own = `${job.greenhouse}|${job.area}`;
    const t = this.traces.get(own);
    return t ? { key: own, t } : { key: job.greenhouse, t: this.traces.get(job.greenhouse) };
  }
  process(job: ModelJob): { replays: boolean; scales: boolean } | null {
    const hit = this.runs.includes(job.run);
    recent(this.runs, job.run, KEPT_RUNS);
    const { key, t } = this.lookup(job);
    if (hit) {
      if (t) this.touch(key, t);
    } else {
      // a trace that scales falls short of the loop at an area where the loop limits the valve
      const replayed = t !== undefined && !job.short && (t.area === job.area || !job.loopLimited);
      if (replayed) this.touch(key, t);
      else if (!job.short) {
        const own = { area: job.area, loopLimited: job.loopLimited };
        this.touch(job.loopLimited ? `${job.greenhouse}|${job.area}` : job.greenhouse, own);
      } else if (t) this.touch(key, t);
      this.aborted = t !== undefined && !replayed && job.short;
    }
    const k = this.lookup(job).t;
    return k ? { replays: !this.aborted, scales: !k.loopLimited } : null;
  }
  private touch(key: string, t: { area: number; loopLimited: boolean }): void {
    this.traces.delete(key);
    this.traces.set(key, t);
    while (this.traces.size > KEPT_TRACES) this.traces.delete(this.traces.keys().next().value!);
  }
}

function recent(list: string[], key: string, cap: number): void {
  const i = list.indexOf(key);
  if (i >= 0) list.splice(i, 1);
  list.push(key);
  while (list.length > cap) list.shift();
}

describe('the page never counts on a run or greenhouse the worker does not keep', () => {
  // a pool of scenarios: 4 greenhouses × 2 floor areas × 2 plants × 2 prices (the physics of 16 and 4
  // greenhouses: more than the worker keeps); in the model, the last greenhouse is short of heat at 2 ha (it
  // records nothing there) and the primary loop limits the second one at 2 ha (its trace there does not scale)
  const houses = ['15 degC', '15.5 degC', '16 degC', '17 degC'];
  const pool = houses.flatMap((h, gi) =>
    ['1.5 ha', '2 ha'].flatMap((a) =>
      ['80 m^2', '90 m^2'].flatMap((hx) =>
        ['80000 USD', '90000 USD'].map((btc) => {
          let json = setField(pilot, 'greenhouse.nightSetpoint', h);
          json = setField(setField(json, 'greenhouse.floorArea', a), 'heatExchanger.area', hx);
          const sc = loadScenario(setField(json, 'economics.btcPrice', btc));
          const job: ModelJob = {
            run: `${h}|${a}|${hx}`,
            greenhouse: h,
            area: sc.greenhouse.floorArea,
            short: gi === 3 && a === '2 ha',
            loopLimited: gi === 1 && a === '2 ha',
          };
          return { sc, ...job };
        }),
      ),
    ),
  );

  it('over random edits, results and jobs dropped by newer ones (one running, one waiting)', () => {
    type Job = { rev: number; job: (typeof pool)[number]; claimRun: boolean; claimHouse: boolean };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: pool.length - 1 }), fc.boolean()), {
          minLength: 1,
          maxLength: 120,
          size: 'max', // (fast-check's default size keeps arrays to about ten events)
        }),
        (events) => {
          const last = noJob();
          const worker = new WorkerModel();
          // the full lane: one job running, the latest one waiting
          let running: Job | undefined;
          let waiting: Job | undefined;
          let rev = 0;
          // when a job starts in the worker, what the page counted on when it was submitted must be there
          const start = (j: Job) => {
            running = j;
            if (j.claimRun) expect(worker.runs).toContain(j.job.run);
            // (and the trace it counted on is the one a run of the job replays, not only one of its greenhouse)
            if (j.claimHouse) expect(worker.lookup(j.job).t).toBeDefined();
          };
          const finish = () => {
            if (!running) return;
            const r = worker.process(running.job);
            noteFullResult(last, running.rev, r);
            running = undefined;
            const next = waiting;
            waiting = undefined;
            if (next) start(next);
          };
          for (const [i, done] of events) {
            if (done) finish();
            else {
              const job = pool[i]!;
              const keys = pageKeys.get(job)!;
              const j = {
                rev: ++rev,
                job,
                claimRun: last.runs.includes(keys.run),
                claimHouse: last.kept.some(
                  (k) =>
                    k.greenhouse === keys.greenhouse &&
                    k.replays &&
                    (k.scales ? job.area <= k.area : job.area === k.area),
                ),
              };
              lanes(last, job.sc, undefined, rev);
              if (running) waiting = j;
              else start(j);
            }
          }
          while (running) finish();
        },
      ),
      { numRuns: 300, seed: 13 },
    );
  });

  /** The page's keys of each pool entry (weather and physics or greenhouse key). */
  const pageKeys = new Map(
    pool.map((p) => {
      const probe = noJob();
      lanes(probe, p.sc, undefined, 1);
      return [p, { run: probe.last!.run!, greenhouse: probe.last!.greenhouse }] as const;
    }),
  );
});

/**
 * Economics-only edits without a new simulation. A run's physics reads the scenario's economics in one place
 * only: the price series when the miners curtail above a price (`control.curtailAbovePrice`). Without it, two
 * scenarios whose every other field is equal have the same hourly series, energy KPIs and warnings (warnings.ts
 * reads no economics), so the second's result is the first's with its economics recomputed on those series
 * (runEconomics.ts): the same function on the same numbers as a full run, hence the same result bit for bit
 * (test/core/sim/reprice.test.ts compares every output with a full run), in milliseconds instead of a year's
 * simulation. Text-only fields (name, description, assumptions, sources) do not enter the physics either.
 */
import { physicsKey } from '../models/physicsKey';
import type { Scenario } from '../models/scenario';
import { buildPlant } from '../plant/plant';
import { ENERGY_KPI_OUTPUTS } from './outputs';
import { runEconomics } from './runEconomics';
import { type GreenhouseTrace, greenhouseKey } from './greenhouseTrace';
import { simulateTraced } from './simulate';
import type { Kpis, SimulateOptions, SimulationResult } from './types';

/**
 * The result of `next` from `prev`, a run of a scenario with the same physics (same weather, hours and step
 * options): its series, energy KPIs and warnings, with `next`'s economics. Returns undefined when the physics
 * differs (or reads the prices): run `simulate` then.
 */
export function reprice(prev: SimulationResult, next: Scenario): SimulationResult | undefined {
  const key = physicsKey(next);
  if (key === undefined || key !== physicsKey(prev.scenario)) return undefined;
  return withEconomics(prev, next);
}

/** `prev` with `next`'s economics, the physics known to be the same (no key computed again). */
function withEconomics(prev: SimulationResult, next: Scenario): SimulationResult {
  const economics = runEconomics(next, buildPlant(next), prev.series, prev.hours);
  // the energy KPIs as the run gave them (in its order), then the new economics KPIs, as `run` merges them
  const energy: Record<string, number> = {};
  for (const [id, v] of Object.entries(prev.kpis)) if (Object.hasOwn(ENERGY_KPI_OUTPUTS, id)) energy[id] = v;
  const kpis = { ...energy, ...economics.kpis } as Kpis;
  return { ...prev, scenario: next, kpis, economics };
}

/**
 * Runs of recent scenarios (least recently used dropped past `capacity`) so that batches — sweeps, the app's
 * edits, an undo back to an earlier scenario — simulate each distinct physics once and reprice every
 * economics-only variant of it. Each result holds its hourly series (~4.4 MB for a year), so keep the capacity
 * small. Beside them, the greenhouse traces of the latest `traceCapacity` greenhouses that recorded one (~3.6 MB
 * each for a year at 15-min steps), for plant and floor-area edits of any of them. A trace the primary loop
 * limited replays at its own floor area only, so it is kept under that area, beside the greenhouse's trace that
 * scales: a visit to a larger area the loop cannot serve does not push out the trace that replays the others.
 */
export class RunCache {
  private readonly runs = new Map<string, SimulationResult>();
  /**
   * With `recycle`: blocks of runs and traces this cache dropped (their series, their rows), written again by a
   * later run once nothing kept here shares them (at most SPARE_BLOCKS).
   */
  private readonly spare: Float64Array[] = [];
  /** The blocks `reuse` handed out (never a block the caller gave in `options.memory`: only these are spare). */
  private readonly own = new WeakSet<ArrayBufferLike>();
  private readonly weatherIds = new WeakMap<object, number>();
  private nextWeatherId = 1;
  /**
   * Greenhouse traces by options and greenhouse key (a trace that scales), or by that key and the floor area (a
   * trace the loop limited), least recently used first.
   */
  private readonly traces = new Map<string, GreenhouseTrace>();
  /** Runs answered by replaying a trace (for tests and benchmarks). */
  replays = 0;
  /** Whether the latest simulated run tried a trace and fell short (it was then run in full). */
  private aborted = false;

  private readonly recycle: boolean;
  private readonly borrow: RunCache | undefined;

  constructor(
    private readonly capacity = 8,
    private readonly traceCapacity = 1,
    opts: {
      /**
       * The caller reads each result before its next call and keeps none (a batch that keeps only KPIs): a run's
       * large arrays are then blocks of results and traces this cache dropped. A fresh 4.4 MB block costs its
       * page faults as the run first writes it, ≈ 10 % of a plant replay in Node (bench/HISTORY.md,
       * twenty-fourth session). An `options.memory` the caller gives goes first.
       */
      recycle?: boolean;
      /**
       * Another cache whose traces a run here may replay when this one keeps none for its greenhouse (the app's
       * sweep replays the greenhouse the editor's lane already simulated). Read only: its order of use is not
       * touched, and its traces are never kept or recycled here.
       */
      borrow?: RunCache;
    } = {},
  ) {
    this.recycle = opts.recycle ?? false;
    this.borrow = opts.borrow;
  }

  /** `simulate(s, options)`, or the repricing of a cached run with the same physics, weather and options. */
  run(
    s: Scenario,
    options: SimulateOptions = {},
  ): { result: SimulationResult; repriced: boolean; replayed: boolean } {
    const physics = physicsKey(s);
    const key = physics === undefined ? undefined : `${this.optionsKey(options)}|${physics}`;
    const cached = key === undefined ? undefined : this.runs.get(key);
    // the key holds the physics key of both: equal, so no second check
    const repriced = cached ? withEconomics(cached, s) : undefined;
    if (repriced) this.touchTrace(this.lookup(s, options).key);
    const run = repriced ? { result: repriced, replayed: false } : this.simulate(s, options);
    if (key !== undefined) this.drop(touch(this.runs, key, run.result, this.capacity));
    return { result: run.result, repriced: repriced !== undefined, replayed: run.replayed };
  }

  /**
   * A run of `s`: its greenhouse side replayed from a kept trace when `s` has the same greenhouse per m² of floor
   * as one of them (a plant or floor-area edit; greenhouseTrace.ts, the same result to the bit), else recorded
   * for the next (also after a replay at another floor area fell short of the loop: the new area's trace).
   */
  private simulate(s: Scenario, options: SimulateOptions): { result: SimulationResult; replayed: boolean } {
    const { key, trace: own } = this.lookup(s, options);
    const replay = own ?? this.borrow?.traceFor(s, options);
    const o = this.recycle && !options.memory ? { ...options, memory: this.reuse } : options;
    const r = simulateTraced(s, o, { replay, record: true });
    if (r.replayed) this.replays++;
    this.aborted = replay !== undefined && !r.replayed && r.trace === undefined;
    if (r.trace) this.adopt(s, options, r.trace);
    else this.touchTrace(key);
    return { result: r.result, replayed: r.replayed };
  }

  /**
   * Whether a run of a scenario with `s`'s greenhouse (and these options) would replay a trace here — false
   * also right after a replay fell short (the next plant edit is likely short too: the app keeps its preview).
   */
  replaysFor(s: Scenario, options: SimulateOptions = {}): boolean {
    return !this.aborted && this.lookup(s, options).trace !== undefined;
  }

  /**
   * Whether a trace a run of `s` would replay is kept (it holds one of the `traceCapacity` places): then whether
   * a plant edit of `s` would replay it (`replaysFor`: not right after a replay fell short), and whether it
   * replays other floor areas too (the loop never limited it: greenhouseTrace.ts). Undefined when none is kept.
   */
  kept(s: Scenario, options: SimulateOptions = {}): { replays: boolean; scales: boolean } | undefined {
    const t = this.lookup(s, options).trace;
    return t ? { replays: !this.aborted, scales: !t.loopLimited } : undefined;
  }

  /**
   * Keep `trace`, recorded by a run of a scenario with `s`'s greenhouse and these options (here, or in another
   * cache: the app's other worker), where a run of `s` looks for it: under its floor area when the loop limited
   * it, else under the greenhouse. Arrays this cache did not hand out are never recycled.
   */
  adopt(s: Scenario, options: SimulateOptions, trace: GreenhouseTrace): void {
    const house = this.traceKey(s, options);
    const key = trace.loopLimited ? atArea(house, trace.area) : house;
    this.drop(touch(this.traces, key, trace, this.traceCapacity));
  }

  /** The trace a run of `s` would replay here, without marking it used (for a cache that borrows it). */
  traceFor(s: Scenario, options: SimulateOptions = {}): GreenhouseTrace | undefined {
    return this.lookup(s, options).trace;
  }

  /**
   * The trace a run of `s` would replay and its key: the one recorded at `s`'s floor area that the loop limited,
   * else the greenhouse's trace that scales (its replay at another area checks the loop: `fitsArea`).
   */
  private lookup(s: Scenario, options: SimulateOptions): { key: string; trace: GreenhouseTrace | undefined } {
    const house = this.traceKey(s, options);
    const own = atArea(house, s.greenhouse.floorArea);
    const t = this.traces.get(own);
    return t ? { key: own, trace: t } : { key: house, trace: this.traces.get(house) };
  }

  /** Mark the trace under `key` (if kept) the most recently used. */
  private touchTrace(key: string): void {
    const t = this.traces.get(key);
    if (t) touch(this.traces, key, t, this.traceCapacity);
  }

  /** With `recycle`, keep the large blocks of dropped runs and traces for later runs. */
  private drop(dropped: readonly (SimulationResult | GreenhouseTrace)[]): void {
    if (!this.recycle) return;
    for (const d of dropped) {
      const a = 'scenario' in d ? d.series.outdoorT : d.steps;
      if (!this.own.has(a.buffer) || this.spare.some((b) => b.buffer === a.buffer)) continue;
      this.spare.push(new Float64Array(a.buffer));
    }
    while (this.spare.length > SPARE_BLOCKS) this.spare.shift();
  }

  /** `options.memory` of a recycling cache: a spare block of `length` values that nothing kept shares, or a new one. */
  private readonly reuse = (length: number): Float64Array => {
    const i = this.spare.findIndex((b) => b.length === length && !this.shares(b.buffer));
    const block = i < 0 ? new Float64Array(length) : this.spare.splice(i, 1)[0]!;
    this.own.add(block.buffer);
    return block;
  };

  /**
   * Whether a kept run or trace has arrays in `buffer` (a trace holds the recording run's own series, so a run
   * dropped before its trace leaves its block in use: greenhouseTrace.ts `traceSeries`).
   */
  private shares(buffer: ArrayBufferLike): boolean {
    for (const r of this.runs.values()) if (r.series.outdoorT.buffer === buffer) return true;
    for (const t of this.traces.values()) {
      if (t.steps.buffer === buffer || t.series.some((a) => a.buffer === buffer)) return true;
    }
    return false;
  }

  private traceKey(s: Scenario, options: SimulateOptions): string {
    return `${this.optionsKey(options)}|${greenhouseKey(s)}`;
  }

  /**
   * What besides the scenario decides a run: the weather year (by identity), hours, the coarse step. (The
   * `electricityPrice` option is read only for curtailment: no cached run has it, and a trace may be replayed
   * under other prices, as the greenhouse side never reads them.)
   */
  private optionsKey(o: SimulateOptions): string {
    let w = 0;
    if (o.weather) {
      w = this.weatherIds.get(o.weather) ?? this.nextWeatherId++;
      this.weatherIds.set(o.weather, w);
    }
    return `${w}|${o.hours ?? ''}|${o.coarse ? 1 : 0}`;
  }
}

/** The key of a trace the loop limited: its greenhouse's key and its floor area, m². */
function atArea(house: string, area: number): string {
  return `${house}|${area}`;
}

/** Spare blocks a recycling RunCache keeps (a year's series ≈ 4.4 MB, a trace's rows ≈ 2 MB each). */
const SPARE_BLOCKS = 3;

/**
 * Put `value` under `key` as the most recently used entry of `map`, dropping the least recently used past
 * `capacity`; returns what it dropped (not the value it replaced under `key`, which may share its arrays).
 */
function touch<T>(map: Map<string, T>, key: string, value: T, capacity: number): T[] {
  map.delete(key);
  map.set(key, value);
  const dropped: T[] = [];
  while (map.size > capacity) {
    const k = map.keys().next().value!;
    dropped.push(map.get(k)!);
    map.delete(k);
  }
  return dropped;
}

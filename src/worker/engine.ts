/**
 * What the simulation worker does, as plain functions (testable in Node without a Worker): parse uploaded
 * weather files once and keep them, run the annual simulation of a scenario (or a quick preview at a one-hour
 * step) and package the result for transfer (every Float64Array's buffer in the transfer list).
 */
import {
  BUNDLED_WEATHER_ATTRIBUTION,
  bundledWeather,
  type EconomicsResult,
  type GreenhouseTrace,
  type Kpis,
  loadScenario,
  parseEpw,
  newSeries,
  previewInput,
  RunCache,
  SERIES_NAMES,
  type SeriesName,
  simulate,
  type SimulationResult,
  type SimulationWarning,
  type WeatherYear,
} from '../core';
import { runSweep, type SweepOutput, type SweepPoint, type SweepRequest, withValue } from './sweep';
import { KEPT_RUNS, KEPT_TRACES } from './keep';

/** Time step of the quick preview run (the full run uses the scenario's own): declared in the core. */
export { PREVIEW_TIME_STEP } from '../core';

export interface WeatherInfo {
  id: string;
  fileName: string;
  location: string;
  latitude: number;
  longitude: number;
  hours: number;
  /** Heating design dry bulb (99.6 %) from the file's DESIGN CONDITIONS record, K, when it has one. */
  designHeatingT?: number;
}

export interface RunRequest {
  /** Scenario input (unit strings), already validated by the app. */
  input: unknown;
  /** Id of an uploaded weather file (`loadWeather`); undefined = the scenario's own (bundled). */
  weatherId?: string;
  /** Quick preview at a one-hour step instead of the scenario's step. */
  preview: boolean;
  /** The app's edit revision, echoed back. */
  revision: number;
  /** Simulate only the first hours (tests). */
  hours?: number;
}

export interface RunOutput {
  revision: number;
  preview: boolean;
  hours: number;
  timeStep: number;
  steps: number;
  series: Record<SeriesName, Float64Array>;
  kpis: Kpis;
  warnings: SimulationWarning[];
  weather: SimulationResult['weather'] & { attribution: string };
  /** Calendar of each simulated hour (month 1–12, day 1–31, hour 1–24 = hour ending, EPW convention). */
  calendar: { month: Uint8Array; day: Uint8Array; hour: Uint8Array; leapYear: boolean };
  /** Cash flows per party and the cost breakdown behind the economics KPIs (also in `kpis`). */
  economics: EconomicsResult;
  /** True when the result came from the last run's series with new economics (no simulation). */
  repriced: boolean;
  /** True when its greenhouse side came from a kept trace (core/sim/greenhouseTrace.ts): only the plant ran. */
  replayed: boolean;
  /**
   * Whether the lane keeps a trace of this run's greenhouse (core/sim/greenhouseTrace.ts; null: none): whether a
   * plant-only edit of it will replay it (about a third of a year's time; not right after a replay fell short),
   * and whether the trace replays other floor areas too (the primary loop never limited it).
   */
  greenhouseKept: { replays: boolean; scales: boolean } | null;
  /** Wall time of the simulation in the worker, ms. */
  elapsedMs: number;
  /**
   * Set by the page (app/lib/previewBases.ts), never by the worker: this preview's KPIs were corrected by the
   * error the preview made on that revision's exact year.
   */
  correctedFrom?: number;
}

export class Engine {
  private readonly weathers = new Map<string, WeatherYear>();
  /**
   * Recent runs of each lane, for edits back to the physics of one of them (economics-only edits, undo:
   * reprice.ts): the full lane's last KEPT_RUNS with the greenhouse traces of its last KEPT_TRACES greenhouses,
   * the preview's last run.
   */
  private readonly laneRuns = [new RunCache(KEPT_RUNS, KEPT_TRACES), new RunCache(1)] as const;
  /**
   * Recent sweep points' runs (each point read at once, so their blocks are recycled); a point whose greenhouse
   * the editor's lane keeps a trace of replays that trace (a plant sweep's first point too).
   */
  private readonly sweepRuns = new RunCache(4, 1, { recycle: true, borrow: this.laneRuns[0] });
  /**
   * Blocks for the next run's series and the next output's copy, allocated and written once while the worker
   * is idle. A fresh 3 MB block costs its page faults when first written: 11–14 ms in a Chromium worker on the
   * 2-vCPU bench machine (0.4 ms for memory already mapped), on the critical path of every edit; and neither
   * can be reused (the output's is transferred, the run's kept in the lane's cache).
   */
  private readonly runMemory = new IdleBlocks();
  private readonly outputMemory = new IdleBlocks();
  /** Id of the sweep allowed to go on (a newer sweep or `cancelSweep` stops the one running). */
  private liveSweep = 0;

  /** Parse an EPW file and keep it under `id`; throws the parser's InputError when the file is bad. */
  loadWeather(id: string, text: string, fileName: string): WeatherInfo {
    const w = parseEpw(text, fileName);
    this.weathers.set(id, w);
    return info(id, w);
  }

  hasWeather(id: string): boolean {
    return this.weathers.has(id);
  }

  private weatherOf(id: string | undefined): WeatherYear | undefined {
    if (id === undefined) return undefined;
    const weather = this.weathers.get(id);
    if (!weather) throw new Error(`the weather file (${id}) is not loaded in the worker`);
    return weather;
  }

  /**
   * The full year for each value of one parameter (sweep.ts), points reported as they finish. Starting a
   * sweep supersedes any older one; it stops at the next point.
   */
  sweep(req: SweepRequest, onPoint?: (p: SweepPoint) => void): Promise<SweepOutput> {
    this.liveSweep = req.id;
    const weather = this.weatherOf(req.weatherId) ?? bundledWeather();
    const runOne = (input: unknown) => {
      // economics-only points reprice the year of an earlier point with the same physics (reprice.ts)
      const r = this.sweepRuns.run(loadScenario(input), {
        weather,
        ...(req.hours !== undefined ? { hours: req.hours } : {}),
      }).result;
      return { kpis: r.kpis, warnings: r.warnings.length };
    };
    return runSweep(req, runOne, () => this.liveSweep === req.id, onPoint);
  }

  /**
   * The greenhouse trace the editor's lane keeps that the sweep's first point would replay (a plant or floor-area
   * sweep of the scenario last edited), for the app's other worker (`adoptSweepTrace`); undefined for any other.
   */
  sweepTrace(req: SweepRequest): GreenhouseTrace | undefined {
    const point = this.firstPoint(req);
    return point && this.laneRuns[0].traceFor(point.scenario, point.options);
  }

  /** Keep a trace from the other worker's `sweepTrace` for this worker's sweep points to replay. */
  adoptSweepTrace(req: SweepRequest, trace: GreenhouseTrace): void {
    const point = this.firstPoint(req);
    if (point) this.sweepRuns.adopt(point.scenario, point.options, trace);
  }

  /** The scenario and options of a sweep's first point (undefined when the scenario refuses its value). */
  private firstPoint(req: SweepRequest) {
    const v = req.values[0];
    if (v === undefined) return undefined;
    try {
      const scenario = loadScenario(withValue(req.input, req.path, v));
      const weather = this.weatherOf(req.weatherId) ?? bundledWeather();
      return { scenario, options: { weather, ...(req.hours !== undefined ? { hours: req.hours } : {}) } };
    } catch {
      return undefined;
    }
  }

  /** Stop sweep `id` at its next point (no effect on a newer sweep). */
  cancelSweep(id: number): void {
    if (this.liveSweep === id) this.liveSweep = 0;
  }

  /**
   * Simulate the first `hours` of a request's scenario (at its lane's step) and drop the result: no lane cache, no
   * kept trace, so what the page mirrors of this worker (app/lib/lanes.ts) stays true and no later result
   * changes. Its use is the JavaScript engine's: see warmUp.ts. It stops at the first progress report (every
   * simulated day) after `budgetMs` of wall time, so that an edit waiting for it waits at most about that long
   * whatever the scenario's year costs. Returns its wall time, ms, and the share of `hours` simulated.
   */
  warmUp(req: RunRequest, hours: number, budgetMs = Number.POSITIVE_INFINITY): { ms: number; share: number } {
    const t0 = performance.now();
    let share = 0;
    try {
      simulate(loadScenario(req.preview ? previewInput(req.input) : req.input), {
        weather: this.weatherOf(req.weatherId) ?? bundledWeather(),
        hours,
        ...(req.preview ? { coarse: true } : {}),
        onProgress: (fraction) => {
          share = fraction;
          if (performance.now() - t0 > budgetMs) throw new Error('warm-up: its time is up');
        },
      });
      share = 1;
    } catch {
      // nothing to report: the request's own run has already answered for its scenario, and a warm-up cut
      // short by its budget has done its part
    }
    return { ms: performance.now() - t0, share };
  }

  /**
   * The annual run of the request's scenario. An edit that changes only the economics (reprice.ts) is answered
   * from the lane's last run with the same weather and hours — its series, with the new economics — instead of
   * a new simulation; `repriced` says so.
   */
  run(req: RunRequest, onProgress?: (fraction: number) => void): RunOutput {
    const t0 = performance.now();
    const weather = this.weatherOf(req.weatherId);
    const input = req.preview ? previewInput(req.input) : req.input;
    const scenario = loadScenario(input);
    const w = weather ?? bundledWeather();
    const lane = this.laneRuns[req.preview ? 1 : 0];
    const options = {
      weather: w,
      ...(req.hours !== undefined ? { hours: req.hours } : {}),
      ...(req.preview ? { coarse: true } : {}),
    };
    const {
      result: r,
      repriced,
      replayed,
    } = lane.run(scenario, {
      ...options,
      memory: (length) => this.runMemory.take(length),
      ...(onProgress ? { onProgress } : {}),
    });
    const n = r.hours;
    return {
      economics: r.economics,
      revision: req.revision,
      preview: req.preview,
      repriced,
      replayed,
      greenhouseKept: lane.kept(scenario, options) ?? null,
      hours: n,
      timeStep: r.timeStep,
      steps: r.steps,
      // copies: the output's buffers are transferred to the page, the run is kept here
      series: copySeries(r.series, this.outputMemory.take(SERIES_NAMES.length * n)),
      kpis: r.kpis,
      warnings: r.warnings,
      weather: {
        ...r.weather,
        attribution: weather ? `Weather: ${w.fileName ?? 'uploaded EPW file'}` : BUNDLED_WEATHER_ATTRIBUTION,
      },
      calendar: {
        month: Uint8Array.from(w.month.subarray(0, n)),
        day: Uint8Array.from(w.day.subarray(0, n)),
        hour: Uint8Array.from(w.hour.subarray(0, n)),
        leapYear: w.leapYear,
      },
      elapsedMs: performance.now() - t0,
    };
  }
}

/**
 * Zero-filled blocks handed out by length (`take`) when one is ready, the next of that length prepared in a task
 * of its own after each take (its pages written then, not when the block is first used). A run asks for two
 * lengths (its series, and its trace when it records one), so a few are kept.
 */
class IdleBlocks {
  private readonly ready = new Map<number, Float64Array>();

  take(length: number): Float64Array | undefined {
    const b = this.ready.get(length);
    this.ready.delete(length);
    setTimeout(() => {
      if (this.ready.has(length) || !(length > 0)) return;
      if (this.ready.size >= 4) this.ready.delete(this.ready.keys().next().value!);
      this.ready.set(length, new Float64Array(length).fill(0));
    }, 0);
    return b;
  }
}

/** The series copied into one block (`spare` when it has the right length, else a new one): one buffer to transfer. */
function copySeries(
  series: Record<SeriesName, Float64Array>,
  spare: Float64Array | undefined,
): Record<SeriesName, Float64Array> {
  const out = newSeries(series.outdoorT.length, { memory: () => spare });
  for (const k of SERIES_NAMES) out[k].set(series[k]);
  return out;
}

function info(id: string, w: WeatherYear): WeatherInfo {
  return {
    id,
    fileName: w.fileName ?? 'weather.epw',
    location: [w.location.city, w.location.region, w.location.country].filter(Boolean).join(', '),
    latitude: w.location.latitude,
    longitude: w.location.longitude,
    hours: w.length,
    ...(w.design?.heating ? { designHeatingT: w.design.heating.dryBulb996 } : {}),
  };
}

/** The ArrayBuffers of a run's output, to transfer instead of copy. */
export function transferables(out: RunOutput): ArrayBuffer[] {
  const bufs = new Set<ArrayBuffer>();
  for (const a of Object.values(out.series)) bufs.add(a.buffer as ArrayBuffer);
  bufs.add(out.calendar.month.buffer as ArrayBuffer);
  bufs.add(out.calendar.day.buffer as ArrayBuffer);
  bufs.add(out.calendar.hour.buffer as ArrayBuffer);
  return [...bufs];
}

/**
 * A sweep over one scenario parameter in the simulation worker, as plain functions (testable in Node): the
 * value grid (n evenly spaced values from a to b, to 6 significant digits as `heat-twin sweep`'s `a..b:n`),
 * and the loop that runs the full year of the scenario with each value in turn, reporting each point as it
 * finishes. The loop yields to the worker's message queue before every point, so a cancel (a newer sweep, an
 * edit, the Cancel button) stops it at the next point: a point already computing (~1 s) finishes first.
 */
import { type Kpis, linearGrid } from '../core';

/** Fewest and most points of one sweep (each point is a full year, ~1 s on a laptop core). */
export const MIN_SWEEP_POINTS = 2;
export const MAX_SWEEP_POINTS = 15;

/**
 * `n` evenly spaced values from `from` to `to` (both included), rounded to 6 significant digits. Throws on a
 * count outside MIN_SWEEP_POINTS..MAX_SWEEP_POINTS or a bound that is not finite (the app validates first).
 */
export function sweepGrid(from: number, to: number, n: number): number[] {
  if (!(Number.isInteger(n) && n >= MIN_SWEEP_POINTS && n <= MAX_SWEEP_POINTS)) {
    throw new RangeError(
      `sweep points: a whole number from ${MIN_SWEEP_POINTS} to ${MAX_SWEEP_POINTS}, not ${n}`,
    );
  }
  if (!(Number.isFinite(from) && Number.isFinite(to))) throw new RangeError('sweep bounds must be finite');
  return linearGrid(from, to, n);
}

export interface SweepRequest {
  /** Chosen by the caller, increasing: a newer sweep supersedes an older one still running. */
  id: number;
  /** Scenario input (unit strings), already validated by the app. */
  input: unknown;
  /** Id of an uploaded weather file; undefined = the bundled year. */
  weatherId?: string;
  /** Dotted path of the swept parameter ("greenhouse.floorArea"). */
  path: string;
  /** Values to set, in the parameter's SI unit (bare numbers mean SI in the scenario schema). */
  values: number[];
  /** Simulate only the first hours (tests). */
  hours?: number;
}

export interface SweepPoint {
  sweep: number;
  index: number;
  /** The value simulated (SI). */
  value: number;
  /** The year's KPIs, or undefined when this value made the scenario invalid (see `error`). */
  kpis?: Kpis;
  warnings: number;
  error?: string;
  elapsedMs: number;
}

export interface SweepOutput {
  id: number;
  points: SweepPoint[];
  /** Stopped before the last point (superseded or cancelled). */
  cancelled: boolean;
}

/** One year of the scenario input (the swept value already set). */
export type RunOne = (input: unknown) => { kpis: Kpis; warnings: number };

/** Let queued messages (a cancel, a newer sweep, a preview run) in between two points. */
export const yieldToMessages = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Set `value` at the dotted `path` of a copy of the input. */
export function withValue(input: unknown, path: string, value: number): unknown {
  const root = structuredClone(input ?? {}) as Record<string, unknown>;
  const keys = path.split('.');
  let cur = root;
  for (const k of keys.slice(0, -1)) {
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]!] = value;
  return root;
}

/**
 * Run every value of the request while `live()` holds; `onPoint` gets each point as it finishes. A value the
 * scenario refuses (or a model failure) becomes a point with its message; the sweep goes on.
 */
export async function runSweep(
  req: SweepRequest,
  runOne: RunOne,
  live: () => boolean,
  onPoint?: (p: SweepPoint) => void,
  pause: () => Promise<void> = yieldToMessages,
): Promise<SweepOutput> {
  const points: SweepPoint[] = [];
  for (const [index, value] of req.values.entries()) {
    await pause();
    if (!live()) return { id: req.id, points, cancelled: true };
    const t0 = performance.now();
    let p: SweepPoint;
    try {
      const r = runOne(withValue(req.input, req.path, value));
      p = { sweep: req.id, index, value, kpis: r.kpis, warnings: r.warnings, elapsedMs: 0 };
    } catch (e) {
      p = { sweep: req.id, index, value, warnings: 0, error: firstLine(e), elapsedMs: 0 };
    }
    p.elapsedMs = performance.now() - t0;
    points.push(p);
    onPoint?.(p);
  }
  return { id: req.id, points, cancelled: false };
}

/** A scenario error's issues on one line (its first line only names the scenario). */
function firstLine(e: unknown): string {
  const m = (e as Error)?.message ?? String(e);
  const lines = m.split('\n').map((s) => s.trim());
  return lines.length > 1 ? lines.slice(1).join('; ') : m;
}

/**
 * Which workers a submitted job needs (hooks/useRuns.ts): the quick preview is skipped when the full worker will
 * answer at once anyway. The page mirrors what the full worker keeps (worker/keep.ts) from the results it
 * gets back; a wrong guess costs time only (a preview run for nothing, or none where one would have come first),
 * never a wrong number.
 */
import { greenhouseKey, physicsKey, type Scenario } from '../../core';
import { KEPT_RUNS, KEPT_TRACES } from '../../worker/keep';

/** The keys of a submitted job, each prefixed with its weather id. */
interface JobKeys {
  /** Physics key (undefined: never repriced, see core/models/physicsKey.ts). */
  run: string | undefined;
  /** The greenhouse per m² of floor (core/sim/greenhouseTrace.ts `greenhouseKey`: no floor area). */
  greenhouse: string;
  /** Floor area, m². */
  area: number;
}

/**
 * A greenhouse trace the full worker keeps, as far as the page knows: one that scales (one per greenhouse), or one
 * the primary loop limited (one per greenhouse and floor area), as core/sim/reprice.ts RunCache keeps them.
 */
interface KeptHouse {
  greenhouse: string;
  /** The floor area of the result that said so, m². */
  area: number;
  /** Whether a plant edit of it replays (not right after a replay of it fell short). */
  replays: boolean;
  /** Whether its trace replays other floor areas too (the primary loop never limited it). */
  scales: boolean;
}

/** Whether `k` is the trace the worker would replay for a job of `greenhouse` at `area`, as far as the page knows. */
function serves(k: KeptHouse, greenhouse: string, area: number): boolean {
  return k.greenhouse === greenhouse && (k.scales ? area <= k.area : area === k.area);
}

/** The jobs submitted and what the full worker keeps, as far as the page knows. */
export interface LastJob {
  /** The keys of the last job submitted. */
  last: JobKeys | undefined;
  /** Keys of submitted jobs by revision, read when their results arrive. */
  jobs: Map<number, JobKeys>;
  /**
   * Physics keys of the full worker's latest results, least recent first: one fewer than it keeps, as the job
   * running there may push one out before the next job reaches it.
   */
  runs: string[];
  /**
   * The greenhouses of the full worker's latest results that said it keeps their trace, least recent first; one
   * fewer than it keeps, for the same reason. A trace kept that would not replay (a replay of it just fell short)
   * still holds its place in the worker, so it holds one here, marked. (A job starts in the worker only after the one
   * running there: jobs submitted meanwhile replace each other, so at most one run the page has not heard of
   * comes between; test/app/lanes.test.ts checks this over random edit sequences.)
   */
  kept: KeptHouse[];
}

/** No job submitted yet. */
export function noJob(): LastJob {
  return { last: undefined, jobs: new Map(), runs: [], kept: [] };
}

/**
 * At most this many submitted jobs' keys wait for their results (a full result drops its job's and every older
 * one's: results come in order, and a job dropped for a newer one never gives one).
 */
const JOBS_KEPT = 64;

/**
 * The lanes a job needs: not the preview for an edit of the economics only (the same physics and weather as
 * the last job, or as one of the full worker's recent results: an undo), which the full worker reprices from
 * that year in milliseconds (core/models/physicsKey.ts, core/sim/reprice.ts), nor for an edit of the plant
 * only when the full worker keeps that greenhouse (its results say so): it replays it
 * (core/sim/greenhouseTrace.ts) in about a third of a year's time, and a preview would only take a core from
 * it. The same for a smaller floor area of a greenhouse whose trace scales: a larger one asks more of the plant
 * and the primary loop, which may fall short and end the replay, so it keeps its preview. Records the job under
 * `revision`.
 */
export function lanes(
  last: LastJob,
  sc: Scenario,
  weatherId: string | undefined,
  revision: number,
): { preview?: boolean } {
  const w = weatherId ?? '';
  const key = physicsKey(sc);
  const job: JobKeys = {
    run: key === undefined ? undefined : `${w}|${key}`,
    greenhouse: `${w}|${greenhouseKey(sc)}`,
    area: sc.greenhouse.floorArea,
  };
  const economicsOnly = job.run !== undefined && (job.run === last.last?.run || last.runs.includes(job.run));
  const plantOnly = last.kept.some((k) => k.replays && serves(k, job.greenhouse, job.area));
  last.last = job;
  last.jobs.set(revision, job);
  if (last.jobs.size > JOBS_KEPT) last.jobs.delete(last.jobs.keys().next().value!);
  return economicsOnly || plantOnly ? { preview: false } : {};
}

/**
 * A full-year result of `revision` arrived (results come in the order the worker ran them): its run is now the
 * worker's most recent, and the worker keeps the trace a run of its scenario would replay, or none (`kept`:
 * whether it replays a plant edit, and other floor areas too). (After a replay at a smaller area the worker keeps
 * the larger area's trace: the page counts on the smaller one only, which is never more than the worker has.)
 */
export function noteFullResult(
  last: LastJob,
  revision: number,
  kept: { replays: boolean; scales: boolean } | null | undefined,
): void {
  const job = last.jobs.get(revision);
  for (const r of last.jobs.keys()) if (r <= revision) last.jobs.delete(r);
  if (!job) return;
  if (job.run !== undefined) mostRecent(last.runs, job.run, KEPT_RUNS - 1);
  // the entries of the traces the result speaks of: the one that scales, or the one at this area, or (none kept)
  // both
  const said = (k: KeptHouse) =>
    k.greenhouse === job.greenhouse &&
    (kept
      ? k.scales === kept.scales && (kept.scales || k.area === job.area)
      : k.scales || k.area === job.area);
  last.kept = last.kept.filter((k) => !said(k));
  if (kept) {
    last.kept.push({ greenhouse: job.greenhouse, area: job.area, ...kept });
    while (last.kept.length > KEPT_TRACES - 1) last.kept.shift();
  }
}

/** Move (or add) `key` to the end of `list`, dropping from the front past `capacity`. */
function mostRecent(list: string[], key: string, capacity: number): void {
  const i = list.indexOf(key);
  if (i >= 0) list.splice(i, 1);
  list.push(key);
  while (list.length > capacity) list.shift();
}

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
  greenhouse: string;
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
   * Greenhouse keys of the full worker's latest results that said it keeps their greenhouse for replay, least
   * recent first; one fewer than it keeps, for the same reason. (A job starts in the worker only after the one
   * running there: jobs submitted meanwhile replace each other, so at most one run the page has not heard of
   * comes between; test/app/lanes.test.ts checks this over random edit sequences.)
   */
  kept: string[];
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
 * it. Records the job under `revision`.
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
  };
  const economicsOnly = job.run !== undefined && (job.run === last.last?.run || last.runs.includes(job.run));
  const plantOnly = last.kept.includes(job.greenhouse);
  last.last = job;
  last.jobs.set(revision, job);
  if (last.jobs.size > JOBS_KEPT) last.jobs.delete(last.jobs.keys().next().value!);
  return economicsOnly || plantOnly ? { preview: false } : {};
}

/**
 * A full-year result of `revision` arrived (results come in the order the worker ran them): its run is now the
 * worker's most recent, and its greenhouse is kept for replay or not (`greenhouseKept`).
 */
export function noteFullResult(last: LastJob, revision: number, greenhouseKept: boolean): void {
  const job = last.jobs.get(revision);
  for (const r of last.jobs.keys()) if (r <= revision) last.jobs.delete(r);
  if (!job) return;
  if (job.run !== undefined) mostRecent(last.runs, job.run, KEPT_RUNS - 1);
  if (greenhouseKept) mostRecent(last.kept, job.greenhouse, KEPT_TRACES - 1);
  else {
    const i = last.kept.indexOf(job.greenhouse);
    if (i >= 0) last.kept.splice(i, 1);
  }
}

/** Move (or add) `key` to the end of `list`, dropping from the front past `capacity`. */
function mostRecent(list: string[], key: string, capacity: number): void {
  const i = list.indexOf(key);
  if (i >= 0) list.splice(i, 1);
  list.push(key);
  while (list.length > capacity) list.shift();
}

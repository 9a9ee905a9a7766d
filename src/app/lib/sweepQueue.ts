/**
 * A sweep's points handed to the app's simulation workers (the quick preview's and the full year's) as each one
 * frees up: one point per request, so on 2 cores two points compute at once and a worker that finishes early
 * (a plant point replaying its greenhouse) takes the next, in the order the caller gives (the Sweep tab's:
 * sweepOrder.ts). Each point comes back with its index in the sweep.
 */
import type { GreenhouseTrace } from '../../core';
import type { SweepOutput, SweepPoint, SweepRequest } from '../../worker/sweep';

/** What the queue needs of a simulation worker (SimClient's). */
export interface SweepWorker {
  sweep(req: SweepRequest): Promise<SweepOutput>;
  /** The greenhouse trace the sweep's first point would replay there (a copy), if any. */
  sweepTrace?(req: SweepRequest): Promise<GreenhouseTrace | undefined>;
  /** Keep another worker's trace for the sweep's points. */
  adoptSweepTrace?(req: SweepRequest, trace: GreenhouseTrace): Promise<void>;
}

/** One point of a sweep: the value at `index` of the request's values. */
export interface SweepJob {
  index: number;
  value: number;
}

/** Every value, in order. */
export const jobsInOrder = (values: readonly number[]): SweepJob[] =>
  values.map((value, index) => ({ index, value }));

/**
 * Run every value of `req` on `workers` (sweepJobsOnWorkers with jobsInOrder): `onPoint` gets each point with its
 * index in `req.values`.
 */
export function sweepOnWorkers(
  workers: readonly SweepWorker[],
  req: SweepRequest,
  live: () => boolean,
  onPoint: (p: SweepPoint) => void,
): Promise<{ cancelled: boolean }> {
  return sweepJobsOnWorkers(workers, req, jobsInOrder(req.values), live, onPoint);
}

/**
 * Run `jobs` on `workers` in their order, the first worker taking the first job. When the first worker keeps
 * the greenhouse trace the points would replay (a plant or floor-area sweep of the scenario last edited), the
 * others get a copy before their first job, so none of them simulates that greenhouse's year again (a hand-over
 * that fails only costs that year). `onPoint` gets each job's point (its index the job's), in the order they
 * finish. Stops handing out jobs once `live()` is false (the job each worker is computing finishes
 * first); resolves `cancelled: true` then. Rejects on the first worker that fails (a point the scenario refuses
 * is a point with its message, not a failure: worker/sweep.ts `runSweep`).
 */
export async function sweepJobsOnWorkers(
  workers: readonly SweepWorker[],
  req: SweepRequest,
  jobs: readonly SweepJob[],
  live: () => boolean,
  onPoint: (p: SweepPoint) => void,
): Promise<{ cancelled: boolean }> {
  if (!workers.length) throw new Error('no simulation worker to run the sweep on');
  let next = 0;
  let cancelled = false;
  let failed = false;
  const work = async (w: SweepWorker): Promise<void> => {
    while (next < jobs.length && !failed) {
      if (!live()) {
        cancelled = true;
        return;
      }
      const job = jobs[next++]!;
      let out: SweepOutput;
      try {
        out = await w.sweep({ ...req, values: [job.value] });
      } catch (e) {
        failed = true; // the other workers hand out no more jobs
        throw e;
      }
      const p = out.points[0];
      if (out.cancelled || !p || !live()) {
        cancelled = true;
        return;
      }
      if (!failed) onPoint({ ...p, index: job.index });
    }
  };
  const [first, ...rest] = workers;
  const trace = rest.length ? await first!.sweepTrace?.(req).catch(() => undefined) : undefined;
  // each worker its own copy (a worker client transfers the arrays it is handed)
  const handOver = (w: SweepWorker, last: boolean) =>
    trace && w.adoptSweepTrace
      ? w.adoptSweepTrace(req, last ? trace : structuredClone(trace)).catch(() => {})
      : Promise.resolve();
  await Promise.all([
    work(first!),
    ...rest.map((w, i) => handOver(w, i === rest.length - 1).then(() => work(w))),
  ]);
  return { cancelled };
}

/**
 * `heat-twin sweep --quick`: every case at one-hour steps (the app's quick preview, ≈ 30–40 % of a year's time),
 * its KPIs corrected by the error those steps make on a few cases run both ways (anchors):
 * core/sim/previewCorrection.ts. The anchors are the base scenario (the file with its `--set`s) and about one
 * case in ANCHOR_EVERY, picked far apart by their one-hour greenhouse heat demand and miner heat delivered
 * (farthest-point sampling, Gonzalez 1985, Theor. Comput. Sci. 38 293–306); each case is corrected by the
 * error interpolated between the two anchors nearest to it in those two figures (`correctBetweenNearest`). A
 * case the correction does not trust (more than 25 % from its nearest anchor's one-hour figures) or whose
 * one-hour run fails is run at its own step, so every row is either an estimate (marked) or exact. Accuracy on
 * 1,000 night set-points of the pilot (15–19 °C): bench/sweepQuick.bench.ts, bench/HISTORY.md.
 */
import {
  correctBetweenNearest,
  farthestPoints,
  type Kpis,
  PREVIEW_TIME_STEP,
  type PreviewAnchor,
  previewInput,
  previewWarnings,
} from '../core';
import type { WeatherChoice } from './args';
import { type SimulationRunner, simulationRunner } from './sweepPool';
import type { SimOutcome, SimTask } from './sweepWorker';

/**
 * One anchor (a case also run at its own step) per this many cases, and at least one besides the base. 25 since
 * the chains (40 before): on 1,000 night set-points of the pilot, 39 estimates against their exact years, each
 * corrected from its nearest anchor, the chains' runs had median errors of 0.013 % (demand) and 0.099 % (backup
 * heat) at one anchor in 40, against 0.006 % and 0.085 % unchained; at one in 25, 0.007 % and 0.071 %. With the
 * error interpolated between the two nearest anchors (`correctBetweenNearest`) at one in 25: 0.004 % and
 * 0.034 %, largest 0.025 % and 0.16 % (bench/HISTORY.md, thirty-fifth session).
 */
export const ANCHOR_EVERY = 25;

/** An outcome with whether its KPIs are a corrected one-hour estimate. */
export type SweepOutcome = SimOutcome & { estimate?: boolean };

/** Where a run sits for choosing anchors: its heat demand and heat delivered, relative to a scale. */
export function feature(k: Kpis, scale: Kpis): [number, number] {
  const rel = (id: 'greenhouseHeatDemand_MWh' | 'heatToGreenhouse_MWh') => k[id] / Math.max(1, scale[id]);
  return [rel('greenhouseHeatDemand_MWh'), rel('heatToGreenhouse_MWh')];
}

/** Cases per chain of one-hour runs, at most (`oneHourTasks`). */
export const CHAIN_CASES = 50;

interface QuickOptions {
  /** The group (sweep.ts greenhouseGroups) of the cases with the base scenario's greenhouse, if any. */
  baseGroup?: number | undefined;
  workers: number;
  weather: WeatherChoice;
  hours: number;
  onRow: (o: SweepOutcome) => void;
  onProgress: (done: number, total: number) => void;
}

/**
 * The quick sweep in three passes: the base both ways and every case at one-hour steps; the anchors and the
 * failed cases at their own step; the cases no anchor trusts. `onRow` gets each case's outcome once final (in no
 * particular order). Returns the outcomes in case order and why the base failed, if it did (every case is then
 * run exactly). The passes share one set of workers, started once: a later pass meets them warm.
 */
export async function runQuick(
  cases: readonly SimTask[],
  base: unknown,
  groups: readonly number[],
  opts: QuickOptions,
): Promise<{ outcomes: SweepOutcome[]; baseFailure: string | undefined }> {
  const runner = simulationRunner({ workers: opts.workers, weather: opts.weather });
  try {
    return await passes(cases, base, groups, opts, runner);
  } finally {
    await runner.close();
  }
}

async function passes(
  cases: readonly SimTask[],
  base: unknown,
  groups: readonly number[],
  opts: QuickOptions,
  runner: SimulationRunner,
): Promise<{ outcomes: SweepOutcome[]; baseFailure: string | undefined }> {
  const n = cases.length;
  const out = new Array<SweepOutcome>(n);
  const row = (o: SweepOutcome) => {
    out[o.id] = o;
    opts.onRow(o);
  };
  const progress = { done: 0, total: n + 2 };
  const exactly = async (ids: readonly number[]): Promise<SimOutcome[]> => {
    progress.total += ids.length;
    const res = await pass(
      runner,
      ids.map((id) => cases[id]!),
      ids.map((id) => groups[id]!),
      opts,
      progress,
    );
    for (const o of res) row({ ...o, estimate: false });
    return res;
  };
  const h = cases[0]?.hours !== undefined ? { hours: cases[0].hours } : {};
  const quick = oneHourTasks(cases, groups, opts.baseGroup);
  const baseQuick: SimTask = { id: n + 1, input: previewInput(base), coarse: true, ...h };
  const first = await pass(
    runner,
    [
      { id: n, input: base, ...h },
      quick.chained ? { ...baseQuick, followers: [] } : baseQuick,
      ...quick.tasks,
    ],
    [-2, -1, ...quick.groups],
    opts,
    progress,
  );
  const byId = new Map(first.map((o) => [o.id, o]));
  const be = byId.get(n)!;
  const bc = byId.get(n + 1)!;
  if (!be.ok || !bc.ok) {
    const failed = !be.ok ? be : bc;
    const which = !be.ok ? 'at its own step' : `at ${PREVIEW_TIME_STEP} steps`;
    await exactly(cases.map((c) => c.id));
    return {
      outcomes: out,
      baseFailure: `the base scenario failed ${which} (${!failed.ok ? failed.error : ''})`,
    };
  }
  const scale = bc.kpis as unknown as Kpis;
  const anchors: PreviewAnchor[] = [{ coarse: scale, exact: be.kpis as unknown as Kpis }];
  const coarse = cases.map((c) => byId.get(c.id)!);
  const ok = coarse.filter((o) => o.ok);
  const picked = farthestPoints(
    ok.map((o) => feature(o.kpis as unknown as Kpis, scale)),
    feature(scale, scale),
    Math.max(1, Math.ceil(ok.length / ANCHOR_EVERY)),
  ).map((i) => ok[i]!.id);
  const second = await exactly([...picked, ...coarse.filter((o) => !o.ok).map((o) => o.id)]);
  for (const o of second) {
    const c = byId.get(o.id)!;
    if (o.ok && c.ok) anchors.push({ coarse: c.kpis as unknown as Kpis, exact: o.kpis as unknown as Kpis });
  }
  const untrusted: number[] = [];
  for (const c of ok) {
    if (out[c.id]) continue;
    const k = correctBetweenNearest(c.kpis as unknown as Kpis, anchors, opts.hours);
    if (k) {
      const kpis = k.kpis as unknown as Record<string, number | string>;
      row({ ...c, kpis, warnings: previewWarnings(c.warnings, k.kpis), estimate: true });
    } else untrusted.push(c.id);
  }
  await exactly(untrusted);
  return { outcomes: out, baseFailure: undefined };
}

function toQuick(t: SimTask): SimTask {
  return { ...t, input: previewInput(t.input), coarse: true };
}

/**
 * The cases' one-hour tasks. When no two cases share a greenhouse (the greenhouse sweeps `--quick` is for),
 * chains of consecutive cases (sweepWorker.ts `runChain`: each run's screen search starts from the roots of the
 * case before it, ≈ 20 % less time a case on the pilot's night set-points): CHAIN_CASES at most and four at
 * least, and at least eight chains where the cases allow (work for every worker to the end). The base's own
 * one-hour run is then a chain of one (its estimate and the KPIs it corrects by come from followed runs too),
 * and so is a case with the base's greenhouse (its one-hour run is then the base's). The chains are fixed by the
 * cases alone, never by the number of workers. Otherwise each case alone: cases that share a greenhouse replay
 * it from the worker's cache (sweep.ts greenhouseGroups), which a chain's runs never use.
 */
export function oneHourTasks(
  cases: readonly SimTask[],
  groups: readonly number[],
  baseGroup: number | undefined,
): { tasks: SimTask[]; groups: number[]; chained: boolean } {
  const chained = cases.length > 0 && new Set(groups).size === groups.length;
  if (!chained) return { tasks: cases.map(toQuick), groups: [...groups], chained };
  const length = Math.min(CHAIN_CASES, Math.max(4, Math.ceil(cases.length / 8)));
  const tasks: SimTask[] = [];
  const heads: number[] = [];
  let chain: SimTask[] | undefined;
  cases.forEach((c, i) => {
    const alone = groups[i] === baseGroup;
    if (chain && !alone && chain.length < length - 1) {
      chain.push(toQuick(c));
      return;
    }
    chain = alone ? undefined : [];
    tasks.push({ ...toQuick(c), followers: chain ?? [] });
    heads.push(groups[i]!);
  });
  return { tasks, groups: heads, chained };
}

/** One pass on the runner's workers. */
async function pass(
  runner: SimulationRunner,
  tasks: readonly SimTask[],
  groups: readonly number[],
  opts: QuickOptions,
  progress: { done: number; total: number },
): Promise<SimOutcome[]> {
  if (tasks.length === 0) return [];
  const done = await runner.run(
    tasks,
    (o) => {
      progress.done += 1 + (o.followers?.length ?? 0);
      opts.onProgress(progress.done, progress.total);
    },
    groups,
  );
  // a chain's outcomes, each on its own
  return done.flatMap(({ followers, ...o }) => [o as SimOutcome, ...(followers ?? [])]);
}

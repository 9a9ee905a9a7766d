/**
 * `heat-twin sweep --quick`: every case at one-hour steps (the app's quick preview, ≈ 30 % of a year's time),
 * its KPIs corrected by the error those steps make on the sweep's base scenario (the scenario file with its
 * `--set`s, run once at one-hour steps and once at its own step): core/sim/previewCorrection.ts. A case the
 * correction does not trust (it moves the greenhouse heat demand or the miner heat delivered by more than 25 %
 * from the base) or whose one-hour run fails is run again at its own step, so every row is either an estimate
 * (marked) or exact. Median error of the estimates on the bundled sites: 0.2 % on the greenhouse heat demand and
 * the miner heat delivered, 0.7 % on backup heat (`npm run bench preview`).
 */
import { correctPreviewKpis, type Kpis, setField } from '../core';
import type { WeatherChoice } from './args';
import { runSimulations } from './sweepPool';
import type { SimOutcome, SimTask } from './sweepWorker';

/** The time step of a quick case (as the app's preview: worker/engine.ts PREVIEW_TIME_STEP). */
export const QUICK_STEP = '1 h';

/** A case's input at the quick step. */
export function quickInput(input: unknown): unknown {
  return setField(input, 'simulation.timeStep', QUICK_STEP);
}

/** An outcome with whether its KPIs are a corrected one-hour estimate. */
export type SweepOutcome = SimOutcome & { estimate?: boolean };

/**
 * The base's two runs (ids `n` and `n + 1` after the n cases) followed by every case at the quick step; groups
 * as given for the cases, each base run in a group of its own so the first two workers start with them.
 */
export function quickTasks(
  cases: readonly SimTask[],
  base: unknown,
  groups: readonly number[],
): { tasks: SimTask[]; groups: number[] } {
  const n = cases.length;
  const hours = cases[0]?.hours;
  const h = hours !== undefined ? { hours } : {};
  const top = Math.max(-1, ...groups);
  return {
    tasks: [
      { id: n, input: base, ...h },
      { id: n + 1, input: quickInput(base), coarse: true, ...h },
      ...cases.map((t) => ({ ...t, input: quickInput(t.input), coarse: true })),
    ],
    groups: [top + 1, top + 2, ...groups],
  };
}

/**
 * Corrects the quick cases as they come, once both base runs are in: `take` returns the cases ready to report
 * (corrected estimates), keeps those that came before the base, and lists in `rerun` the ids to run exactly. If
 * a base run fails there is nothing to correct by: every case is run exactly (`baseFailure` says why).
 */
export class QuickCorrector {
  private exact: Kpis | undefined;
  private coarse: Kpis | undefined;
  private readonly waiting: SimOutcome[] = [];
  /** Cases to run again at their own step (not trusted, or their one-hour run failed). */
  readonly rerun: number[] = [];
  baseFailure: string | undefined;

  constructor(
    private readonly cases: number,
    private readonly hours: number,
  ) {}

  /** A finished task; returns the case outcomes now ready, in the order they became so. */
  take(o: SimOutcome): SweepOutcome[] {
    if (o.id >= this.cases) {
      if (!o.ok) {
        const which = o.id === this.cases ? 'at its own step' : `at ${QUICK_STEP} steps`;
        this.baseFailure ??= `the base scenario failed ${which} (${o.error})`;
      } else if (o.id === this.cases) this.exact = o.kpis as unknown as Kpis;
      else this.coarse = o.kpis as unknown as Kpis;
      if (this.baseFailure) {
        this.rerun.push(...this.waiting.splice(0).map((w) => w.id));
        return [];
      }
      if (!this.exact || !this.coarse) return [];
      return this.waiting.splice(0).flatMap((w) => this.correct(w));
    }
    if (this.baseFailure) {
      this.rerun.push(o.id);
      return [];
    }
    if (!this.exact || !this.coarse) {
      this.waiting.push(o);
      return [];
    }
    return this.correct(o);
  }

  private correct(o: SimOutcome): SweepOutcome[] {
    const k = o.ok
      ? correctPreviewKpis(o.kpis as unknown as Kpis, this.exact!, this.coarse!, this.hours)
      : undefined;
    if (!o.ok || !k) {
      this.rerun.push(o.id);
      return [];
    }
    return [{ ...o, kpis: k as unknown as Record<string, number | string>, estimate: true }];
  }
}

/**
 * The quick sweep: the base's runs and every case at one-hour steps in one pass, then the cases to run exactly
 * in a second. `onRow` gets each case's outcome as soon as it is final (in no particular order), `onProgress`
 * the tasks done of all known so far. Returns the outcomes in case order and why the base failed, if it did.
 */
export async function runQuick(
  cases: readonly SimTask[],
  base: unknown,
  groups: readonly number[],
  opts: {
    workers: number;
    weather: WeatherChoice;
    hours: number;
    onRow: (o: SweepOutcome) => void;
    onProgress: (done: number, total: number) => void;
  },
): Promise<{ outcomes: SweepOutcome[]; baseFailure: string | undefined }> {
  const out = new Array<SweepOutcome>(cases.length);
  const fix = new QuickCorrector(cases.length, opts.hours);
  const plan = quickTasks(cases, base, groups);
  const row = (o: SweepOutcome) => {
    out[o.id] = o;
    opts.onRow(o);
  };
  let total = plan.tasks.length;
  await runSimulations(plan.tasks, {
    workers: opts.workers,
    weather: opts.weather,
    groups: plan.groups,
    onResult: (o, done) => {
      for (const r of fix.take(o)) row(r);
      opts.onProgress(done, total);
    },
  });
  const again = fix.rerun.map((id) => cases[id]!);
  if (again.length > 0) {
    const first = total;
    total += again.length;
    await runSimulations(again, {
      workers: Math.min(opts.workers, again.length),
      weather: opts.weather,
      groups: fix.rerun.map((id) => groups[id]!),
      onResult: (o, done) => {
        row({ ...o, estimate: false });
        opts.onProgress(first + done, total);
      },
    });
  }
  for (let i = 0; i < out.length; i++) out[i] ??= { id: i, ok: false, kind: 'internal', error: 'not run' };
  return { outcomes: out, baseFailure: fix.baseFailure };
}

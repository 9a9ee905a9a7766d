/**
 * Scoring a scenario against telemetry and calibrating it: the named parameters are varied within their
 * ranges (parameters.ts) by Nelder–Mead (nelderMead.ts) to minimise the mean over the measured series of
 * the hourly CV(RMSE) (metrics.ts; each series' CV is already normalised by its own mean, so series in
 * different units weigh alike). Each candidate goes through `setField` (unit strings), `loadScenario` and
 * `simulate` over the hours the telemetry covers.
 */
import { InputError } from '../errors';
import { loadScenario, setField } from '../models/scenario';
import { previewInput } from '../sim/previewCorrection';
import { RunCache } from '../sim/reprice';
import type { SimulationResult } from '../sim/simulate';
import type { SimulateOptions } from '../sim/types';
import type { WeatherYear } from '../weather/epw';
import type { Telemetry } from './import';
import { isCalibrated, type SeriesScore, scoreSeries } from './metrics';
import { nelderMead } from './nelderMead';
import { type FitParameter, fitParameters, formatValue } from './parameters';

/** Scores of every measured series against a simulation over the same weather rows. */
export function scoreRun(
  telemetry: Telemetry,
  result: Pick<SimulationResult, 'series' | 'hours'>,
  monthOf: ArrayLike<number>,
  p = 1,
): SeriesScore[] {
  return telemetry.series.map((m) => {
    const sim = result.series[m.series];
    if (!sim)
      throw new InputError(`column ${JSON.stringify(m.column)}`, m.series, 'a series the simulation outputs');
    const values = m.values.length > result.hours ? m.values.subarray(0, result.hours) : m.values;
    return scoreSeries({ ...m, values }, sim, monthOf, p);
  });
}

/** The calibration objective: mean hourly CV(RMSE) over the series (Infinity when none can be scored). */
export function objective(scores: readonly SeriesScore[]): number {
  let sum = 0;
  for (const s of scores) {
    if (!Number.isFinite(s.hourly.cvrmse)) return Infinity;
    sum += Math.abs(s.hourly.cvrmse);
  }
  return scores.length ? sum / scores.length : Infinity;
}

export interface CalibrateOptions {
  weather: WeatherYear;
  /** Most simulations per stage (default 20 + 40 per parameter, at most 150). */
  maxEvaluations?: number;
  /** Called after each simulation: evaluations done, budget, best objective so far. */
  onProgress?: (done: number, total: number, best: number) => void;
}

export interface CalibrationResult {
  parameters: FitParameter[];
  /** Fitted values as unit strings, by path. */
  fitted: Record<string, string>;
  /** The scenario input with the fitted values. */
  input: unknown;
  before: SeriesScore[];
  after: SeriesScore[];
  calibrated: boolean;
  evaluations: number;
  /** Candidates the scenario schema or the physics refused (counted as failed). */
  failures: number;
  converged: boolean;
  objectiveBefore: number;
  objectiveAfter: number;
}

/**
 * The search space of a calibration: positive parameters spanning a decade or more are searched on a log
 * scale (a 40 → 80 m² change matters as much as 400 → 800 m²); `withValues` writes a point into the input.
 */
function searchSpace(params: readonly FitParameter[], input: unknown) {
  const log = params.map((q) => q.lower > 0 && q.upper / q.lower >= 10);
  return {
    toT: (x: readonly number[]): number[] => x.map((v, i) => (log[i] ? Math.log(v) : v)),
    fromT: (t: readonly number[]): number[] => t.map((v, i) => (log[i] ? Math.exp(v) : v)),
    withValues: (x: readonly number[]): unknown =>
      params.reduce<unknown>((acc, q, i) => setField(acc, q.path, formatValue(q, x[i]!)), input),
  };
}

/** A point's memo key: the values to 9 significant digits. */
const keyOf = (x: readonly number[]): string => JSON.stringify(x.map((v) => +v.toPrecision(9)));

/**
 * The objective over parameter values, memoised: a point seen before is not simulated again, a candidate the
 * schema or the physics refuses scores Infinity (counted in `failures`), and the best candidate's scores are
 * kept so the result needs no extra simulation.
 */
class MemoObjective {
  readonly seen = new Map<string, number>();
  failures = 0;
  best: { key: string; f: number; scores: SeriesScore[] };

  constructor(
    private readonly score: (x: readonly number[]) => SeriesScore[],
    start: readonly number[],
    before: SeriesScore[],
  ) {
    // The start point was just simulated: the optimiser's first evaluation reuses it.
    this.seen.set(keyOf(start), objective(before));
    this.best = { key: keyOf(start), f: objective(before), scores: before };
  }

  at(x: readonly number[]): number {
    const key = keyOf(x);
    const known = this.seen.get(key);
    if (known !== undefined) return known;
    let f: number;
    try {
      const scores = this.score(x);
      f = objective(scores);
      if (f < this.best.f) this.best = { key, f, scores };
    } catch {
      this.failures++;
      f = Infinity;
    }
    this.seen.set(key, f);
    return f;
  }
}

/**
 * Stopping rules of both stages: 0.05 % of mean CV(RMSE) is far below G14's resolution (criteria of 10–30 %).
 */
const SEARCH = (p: number) => ({ fTolerance: 5e-4, xTolerance: 2e-3, stallWindow: 10 * (p + 1) });
/**
 * The polishing stage's first simplex, radians of the optimiser's sine map (≈ 2.5 % of a range near its middle):
 * the hourly-step optimum is close to the full model's (hourly steps give the pilot's demand ≈ 2 % low), and the
 * simplex expands if it is not.
 */
const POLISH_STEP = 0.05;

/**
 * The scenario on 1-h steps, taken without sub-steps (`coarse`): the first, cheap stage of a calibration — the
 * app's quick preview (sim/previewCorrection.ts).
 */
const hourly = previewInput;

/**
 * Fit `paths` of the scenario `input` to the telemetry. Two stages (multi-fidelity): Nelder–Mead on the model
 * with 1-h steps, then Nelder–Mead with the full model from that optimum with a small simplex. The full-model
 * runs are the `evaluations` reported; the first stage's cost a quarter each.
 */
export function calibrate(
  input: unknown,
  telemetry: Telemetry,
  paths: readonly string[],
  options: CalibrateOptions,
): CalibrationResult {
  const loaded = loadScenario(input);
  const params = fitParameters(input, loaded, paths);
  const p = params.length;
  const hours = Math.min(telemetry.lastRow + 1, options.weather.month.length);
  const { toT, fromT, withValues } = searchSpace(params, input);
  // Each candidate's run only scored, never kept: a recycling cache. Candidates that differ in plant parameters
  // only replay the greenhouse side of the first (greenhouseTrace.ts: the same result to the bit, ≈ 3.5× faster).
  const runs = new RunCache(2, 2, { recycle: true });
  const simulate = (candidate: unknown, o: SimulateOptions) => runs.run(loadScenario(candidate), o).result;
  const scoreInput = (candidate: unknown): SeriesScore[] =>
    scoreRun(telemetry, simulate(candidate, { weather: options.weather, hours }), options.weather.month, p);
  const start = params.map((q) => q.start);
  const before = scoreInput(withValues(start));
  const budget = options.maxEvaluations ?? Math.min(150, 20 + 40 * p);
  const lower = toT(params.map((q) => q.lower));
  const upper = toT(params.map((q) => q.upper));
  // Stage 1 on hourly steps (a quarter of the cost), stage 2 polishes with the full model from there.
  const coarseRun = { weather: options.weather, hours, coarse: true };
  const coarse = new MemoObjective(
    (x) => scoreRun(telemetry, simulate(hourly(withValues(x)), coarseRun), options.weather.month, p),
    start,
    before,
  );
  const first = nelderMead((t) => coarse.at(fromT(t)), {
    ...SEARCH(p),
    lower,
    upper,
    start: toT(start),
    maxEvaluations: budget,
  });
  const memo = new MemoObjective((x) => scoreInput(withValues(x)), start, before);
  const nm = nelderMead((t) => memo.at(fromT(t)), {
    ...SEARCH(p),
    lower,
    upper,
    start: first.x,
    step: POLISH_STEP,
    maxEvaluations: budget,
    onEvaluation: (k, _x, _f, best) => options.onProgress?.(k, budget, best),
  });
  const best = fromT(nm.x);
  const fittedInput = withValues(best);
  const reused = memo.best.key === keyOf(best);
  const after = reused ? memo.best.scores : scoreInput(fittedInput);
  const fitted: Record<string, string> = {};
  params.forEach((q, i) => {
    fitted[q.path] = formatValue(q, best[i]!);
  });
  return {
    parameters: params,
    fitted,
    input: fittedInput,
    before,
    after,
    calibrated: isCalibrated(after),
    evaluations: memo.seen.size + (reused ? 0 : 1),
    failures: memo.failures,
    converged: nm.converged,
    objectiveBefore: objective(before),
    objectiveAfter: objective(after),
  };
}

/** `{ "<series>": { hourly: { nmbe, cvrmse }, monthly: { nmbe, cvrmse } } }` (fractions; null when undefined). */
export function metricsJson(scores: readonly SeriesScore[]): Record<string, unknown> {
  const pick = (s: { nmbe: number; cvrmse: number } | undefined) =>
    s ? { nmbe: finiteOrNull(s.nmbe), cvrmse: finiteOrNull(s.cvrmse) } : null;
  return Object.fromEntries(
    scores.map((s) => [s.series, { hourly: pick(s.hourly), monthly: pick(s.monthly) }]),
  );
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? +x.toPrecision(6) : null);

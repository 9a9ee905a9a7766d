/**
 * Scoring a scenario against telemetry and calibrating it: the named parameters are varied within their
 * ranges (parameters.ts) by Nelder–Mead (nelderMead.ts) to minimise the mean over the measured series of
 * the hourly CV(RMSE) (metrics.ts; each series' CV is already normalised by its own mean, so series in
 * different units weigh alike). Each candidate goes through `setField` (unit strings), `loadScenario` and
 * `simulate` over the hours the telemetry covers.
 */
import { InputError } from '../errors';
import { loadScenario, setField } from '../models/scenario';
import { type SimulationResult, simulate } from '../sim/simulate';
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
  /** Most simulations (default 20 + 40 per parameter, at most 150). */
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

/** Fit `paths` of the scenario `input` to the telemetry. */
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
  const monthOf = options.weather.month;
  // Positive parameters spanning a decade or more are searched on a log scale (a 40 → 80 m² change
  // matters as much as 400 → 800 m²).
  const log = params.map((q) => q.lower > 0 && q.upper / q.lower >= 10);
  const toT = (x: readonly number[]): number[] => x.map((v, i) => (log[i] ? Math.log(v) : v));
  const fromT = (t: readonly number[]): number[] => t.map((v, i) => (log[i] ? Math.exp(v) : v));
  const withValues = (x: readonly number[]): unknown =>
    params.reduce<unknown>((acc, q, i) => setField(acc, q.path, formatValue(q, x[i]!)), input);
  const run = (candidate: unknown): SimulationResult =>
    simulate(loadScenario(candidate), { weather: options.weather, hours });
  const start = params.map((q) => q.start);
  const before = scoreRun(telemetry, run(withValues(start)), monthOf, p);
  const budget = options.maxEvaluations ?? Math.min(150, 20 + 40 * p);
  let failures = 0;
  // The start point was just simulated: the optimiser's first evaluation reuses it.
  const keyOf = (x: readonly number[]): string => JSON.stringify(x.map((v) => +v.toPrecision(9)));
  const seen = new Map<string, number>([[keyOf(start), objective(before)]]);
  // The scores of the best candidate so far, so the result needs no extra simulation.
  let bestSoFar = { key: keyOf(start), f: objective(before), scores: before };
  const nm = nelderMead(
    (t) => {
      const x = fromT(t);
      const key = keyOf(x);
      const known = seen.get(key);
      if (known !== undefined) return known;
      let f: number;
      try {
        const scores = scoreRun(telemetry, run(withValues(x)), monthOf, p);
        f = objective(scores);
        if (f < bestSoFar.f) bestSoFar = { key, f, scores };
      } catch {
        failures++;
        f = Infinity;
      }
      seen.set(key, f);
      return f;
    },
    {
      lower: toT(params.map((q) => q.lower)),
      upper: toT(params.map((q) => q.upper)),
      start: toT(start),
      maxEvaluations: budget,
      // 0.05 % of mean CV(RMSE) is far below G14's resolution (criteria of 10–30 %).
      fTolerance: 5e-4,
      xTolerance: 2e-3,
      stallWindow: 10 * (p + 1),
      onEvaluation: (k, _x, _f, best) => options.onProgress?.(k, budget, best),
    },
  );
  const best = fromT(nm.x);
  const fittedInput = withValues(best);
  const after =
    bestSoFar.key === keyOf(best) ? bestSoFar.scores : scoreRun(telemetry, run(fittedInput), monthOf, p);
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
    evaluations: seen.size + (bestSoFar.key === keyOf(best) ? 0 : 1),
    failures,
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

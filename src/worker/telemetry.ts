/**
 * Telemetry in the app's worker, as plain functions (testable in Node): import a measured file onto the
 * weather year, score a finished run against it (ASHRAE Guideline 14), and calibrate scenario parameters.
 * Nothing here touches the DOM; results are plain data with Float64Arrays (transferable).
 */
import { bundledWeather, parseEpw, type SeriesName, telemetry as T, type WeatherYear } from '../core';

export interface TelemetryImportRequest {
  /** The measured file's text (CSV or Home Assistant history CSV). */
  text: string;
  /** `Column header=series [unit][:cumulative|:interval]` lines. */
  map?: string[];
  /** IANA zone for local stamps with daylight saving. */
  tz?: string;
  /** EPW text of the measured year (default: the bundled Winnipeg year). */
  weatherText?: string;
}

export interface MeasuredSeriesOut {
  series: SeriesName;
  column: string;
  unit: string;
  siUnit: string;
  values: Float64Array;
  hours: number;
}

export interface TelemetryImportOutput {
  format: 'csv' | 'home-assistant';
  series: MeasuredSeriesOut[];
  coveredHours: number;
  hours: number;
  notes: string[];
}

/** One row of the G14 table (fractions). */
export interface ScoreRow {
  series: string;
  column: string;
  hourly: T.FitStats;
  monthly: T.FitStats | undefined;
  meetsHourly: boolean | undefined;
  meetsMonthly: boolean | undefined;
}

export interface CalibrateRequest extends TelemetryImportRequest {
  /** Scenario input (unit strings). */
  input: unknown;
  /** Scenario paths to fit. */
  paths: string[];
  maxEvaluations?: number;
}

export interface CalibrateOutput {
  fitted: Record<string, string>;
  /** The scenario input with the fitted values and a note in `assumptions`. */
  input: unknown;
  before: ScoreRow[];
  after: ScoreRow[];
  calibrated: boolean;
  evaluations: number;
  elapsedMs: number;
}

/** The parameters the app offers to fit, with their ranges. */
export function fitChoices(): { path: string; unit: string; lower: number; upper: number }[] {
  return Object.entries(T.FIT_RANGES).map(([path, r]) => ({
    path,
    unit: r.written ?? r.unit,
    lower: r.lower,
    upper: r.upper,
  }));
}

function weatherOf(text: string | undefined): WeatherYear {
  return text === undefined ? bundledWeather() : parseEpw(text, 'measured-year.epw');
}

function load(req: TelemetryImportRequest): { t: T.Telemetry; weather: WeatherYear } {
  const weather = weatherOf(req.weatherText);
  const t = T.readTelemetry(req.text, {
    weather,
    ...(req.map ? { map: req.map } : {}),
    ...(req.tz ? { tz: req.tz } : {}),
  });
  return { t, weather };
}

/** Import a measured file (throws the core's InputError with the column or line named). */
export function importTelemetry(req: TelemetryImportRequest): TelemetryImportOutput {
  const { t } = load(req);
  return {
    format: t.format,
    series: t.series.map((s) => ({
      series: s.series,
      column: s.column,
      unit: s.unit,
      siUnit: s.siUnit,
      values: s.values,
      hours: s.hours,
    })),
    coveredHours: t.coveredHours,
    hours: t.hours,
    notes: t.notes,
  };
}

const rows = (scores: readonly T.SeriesScore[]): ScoreRow[] =>
  scores.map((s) => ({
    series: s.series,
    column: s.column,
    hourly: s.hourly,
    monthly: s.monthly,
    meetsHourly: s.meetsHourly,
    meetsMonthly: s.meetsMonthly,
  }));

/** G14 scores of a finished run (its hourly series and calendar months) against a measured file. */
export function scoreTelemetry(
  req: TelemetryImportRequest,
  run: { series: Partial<Record<SeriesName, Float64Array>>; hours: number; month: ArrayLike<number> },
): { rows: ScoreRow[]; calibrated: boolean } {
  const { t } = load(req);
  const missing = t.series.find((s) => !run.series[s.series]);
  if (missing) throw new Error(`the run has no ${missing.series} series to compare with`);
  const scores = T.scoreRun(
    t,
    run as { series: Record<SeriesName, Float64Array>; hours: number },
    run.month,
    1,
  );
  return { rows: rows(scores), calibrated: T.isCalibrated(scores) };
}

/** Fit `paths` of the scenario to the measured file; progress as (done, total, best mean CV(RMSE)). */
export function calibrateTelemetry(
  req: CalibrateRequest,
  onProgress?: (done: number, total: number, best: number) => void,
): CalibrateOutput {
  const t0 = performance.now();
  const { t, weather } = load(req);
  const r = T.calibrate(req.input, t, req.paths, {
    weather,
    ...(req.maxEvaluations !== undefined ? { maxEvaluations: req.maxEvaluations } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const changes = r.parameters
    .map((p) => `${p.path} ${T.formatValue(p, p.start)} → ${r.fitted[p.path]}`)
    .join(', ');
  const base = r.input as Record<string, unknown>;
  const assumptions = Array.isArray(base.assumptions) ? (base.assumptions as unknown[]) : [];
  const input = {
    ...base,
    assumptions: [
      ...assumptions,
      `calibrated in the app against measured data (${t.series.map((s) => s.series).join(', ')}; ${t.coveredHours} h): ${changes}; mean hourly CV(RMSE) ${(r.objectiveBefore * 100).toFixed(1)} % → ${(r.objectiveAfter * 100).toFixed(1)} %.`,
    ],
  };
  return {
    fitted: r.fitted,
    input,
    before: rows(r.before),
    after: rows(r.after),
    calibrated: r.calibrated,
    evaluations: r.evaluations,
    elapsedMs: performance.now() - t0,
  };
}

/** The Float64Array buffers of an import (for a transfer list). */
export function telemetryTransferables(out: TelemetryImportOutput): ArrayBuffer[] {
  return out.series.map((s) => s.values.buffer as ArrayBuffer);
}

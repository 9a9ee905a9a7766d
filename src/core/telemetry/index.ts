/** Measured telemetry: import, hour alignment, ASHRAE Guideline 14 scores, calibration. */
export {
  type CalibrateOptions,
  type CalibrationResult,
  calibrate,
  metricsJson,
  objective,
  scoreRun,
} from './calibrate';
export { type ColumnSpec, columnSpec, parseMap } from './columns';
export {
  MAX_COLUMNS,
  MAX_ROWS,
  MAX_TEXT,
  MIN_HOURS,
  type MeasuredSeries,
  readTelemetry,
  type Telemetry,
  type TelemetryOptions,
} from './import';
export {
  type FitStats,
  fitStats,
  G14,
  isCalibrated,
  monthlyPairs,
  type SeriesScore,
  scoreSeries,
} from './metrics';
export { type NelderMeadOptions, type NelderMeadResult, nelderMead } from './nelderMead';
export { FIT_RANGES, type FitParameter, fitParameters, formatValue } from './parameters';
export { mulberry32, type SyntheticOptions, syntheticTelemetryCsv } from './synthetic';
export { parseStamp, ZoneClock } from './time';

/** Exports of simulation results: hourly and monthly CSV (RFC 4180), reproducible JSON result records. */
export { CSV_EOL, csvField, csvLine, fixed, parseCsv, toCsv } from './csv';
export { type HourlyColumn, type HourlyWeather, hourlyColumns, hourlyCsv, hourStartLabel } from './hourly';
export { MONTHLY_HEADER, type MonthlyRow, monthlyColumnInfo, monthlyCsv, monthlySummary } from './monthly';
export {
  RESULT_FORMAT,
  RESULT_FORMAT_VERSION,
  type ResultRecord,
  type ResultRecordInput,
  resultJson,
  resultRecord,
} from './result';

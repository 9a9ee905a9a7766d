/**
 * Shared pieces of the telemetry commands (`score`, `calibrate`): reading a telemetry file with its
 * options, and the ASHRAE Guideline 14 table.
 */
import { basename } from 'node:path';
import { telemetry as T, type WeatherYear } from '../core/index';
import { textTable } from './args';
import { readInput } from './files';
import { UsageError } from './io';

type SeriesScore = T.SeriesScore;

/** The options every telemetry command takes. */
export const TELEMETRY_OPTIONS = {
  measured: { type: 'string' },
  map: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  tz: { type: 'string' },
  'time-column': { type: 'string' },
  weather: { type: 'string' },
  set: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const TELEMETRY_HELP = `  --measured FILE      measured data: a CSV with a timestamp column and columns named by the hourly export's
                       ids (heatToGreenhouse_kW, backupHeat_kW, hxColdOutT_C, …) or "name [unit]", or a
                       Home Assistant history CSV (entity_id,state,last_changed); sub-hourly data are
                       averaged to clock hours, gaps stay gaps
  --map "COL=SERIES"   a column (or HA entity) is this series, e.g. --map "Heat meter 1 [MWh]=heatToGreenhouse"
                       or --map "sensor.boiler=backupHeat [kW]"; energy meters may add :cumulative or
                       :interval (default: detected); repeatable
  --skip COL           ignore a column (repeatable)
  --tz ZONE            local clock stamps follow this IANA zone's daylight saving (e.g. America/Winnipeg);
                       default: stamps without an offset are the weather file's standard time
  --time-column NAME   the timestamp column (default: time, timestamp, datetime, date, hourStart_local)
  --weather FILE       the weather of the measured year (an EPW; default: the scenario's weather). Data map
                       onto it by month, day and hour; 29 February is dropped unless the file has it
  --set PATH=VALUE     override a scenario field first (repeatable)
  --json               JSON output`;

/** Read and import `--measured` for `weather`. */
export function readMeasured(
  v: { measured?: string; map?: string[]; skip?: string[]; tz?: string; 'time-column'?: string },
  weather: WeatherYear,
): { telemetry: T.Telemetry; fileName: string } {
  if (v.measured === undefined) throw new UsageError('give the measured data: --measured FILE');
  const text = readInput(v.measured, '--measured', T.MAX_TEXT).toString('utf8');
  const telemetry = T.readTelemetry(text, {
    weather,
    ...(v.map ? { map: v.map } : {}),
    ...(v.skip ? { skip: v.skip } : {}),
    ...(v.tz !== undefined ? { tz: v.tz } : {}),
    ...(v['time-column'] !== undefined ? { timeColumn: v['time-column'] } : {}),
  });
  return { telemetry, fileName: basename(v.measured) };
}

/** One line describing the telemetry read. */
export function telemetrySummary(t: T.Telemetry, fileName: string): string[] {
  const years = t.years.length ? `, ${t.years.join('–')}` : '';
  const lines = [
    `Measured: ${fileName} (${t.format === 'csv' ? 'CSV' : 'Home Assistant history'}${years}): ${t.series.length} series, ${t.coveredHours} of ${t.hours} hours with data`,
  ];
  for (const s of t.series) {
    lines.push(
      `  ${s.series.padEnd(18)} ← ${JSON.stringify(s.column)} [${s.unit || '–'}]${s.energyMode ? ` ${s.energyMode} meter` : ''}, ${s.hours} h (${t.hours - s.hours} h gaps)`,
    );
  }
  for (const n of t.notes) lines.push(`  note: ${n}`);
  return lines;
}

const pct = (x: number | undefined): string =>
  x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1).replace(/^-(0\.0)$/, '$1')} %`;
const r2 = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(3));
const verdict = (s: SeriesScore): string => {
  if (s.meetsHourly === undefined) return 'n/a (temperature)';
  const h = s.meetsHourly ? 'hourly ✓' : 'hourly ✗';
  const m = s.meetsMonthly === undefined ? '' : s.meetsMonthly ? '  monthly ✓' : '  monthly ✗';
  return h + m;
};

/** The G14 table: one row per series (and per label when several runs are compared). */
export function scoreTable(runs: { label: string; scores: readonly SeriesScore[] }[], p: number): string[] {
  const rows: string[][] = [];
  const n = runs[0]?.scores.length ?? 0;
  for (let i = 0; i < n; i++) {
    for (const run of runs) {
      const s = run.scores[i]!;
      rows.push([
        runs.length > 1 ? `${s.series} (${run.label})` : s.series,
        String(s.hourly.n),
        pct(s.hourly.nmbe),
        pct(s.hourly.cvrmse),
        r2(s.hourly.r2),
        pct(s.monthly?.nmbe),
        pct(s.monthly?.cvrmse),
        verdict(s),
      ]);
    }
  }
  return [
    `ASHRAE Guideline 14-2014 (n − p with p = ${p}; criteria: hourly |NMBE| ≤ 10 %, CV(RMSE) ≤ 30 %; monthly ≤ 5 %, 15 %):`,
    ...textTable(['series', 'hours', 'NMBE', 'CV(RMSE)', 'R²', 'NMBE/mo', 'CV/mo', 'verdict'], rows),
    '  NMBE > 0: the model under-predicts. Temperatures are scored in °C; R² as in IPMVP (≥ 0.75 recommended).',
  ];
}

/**
 * Measured telemetry → hourly series on the weather year's rows.
 *
 * Formats:
 * - **Wide CSV** (RFC 4180, comma-separated): one timestamp column (`time`, `timestamp`, `datetime`,
 *   `date`, `hourStart_local`, `_time`, …, or named by `timeColumn`) and one column per measured series (see
 *   columns.ts for names, units and `--map`). Empty, `NaN`, `null`, `NA` and `-` cells are gaps.
 * - **Home Assistant history CSV** (the "Download data" export of the History panel: `entity_id,state,
 *   last_changed`): one row per state change; each entity is a column, mapped with `--map
 *   "sensor.heat_meter_power=heatToGreenhouse [kW]"` (HA's export has no units). Non-numeric states
 *   (`unavailable`, `unknown`) end the previous state (a gap).
 *
 * Hours map onto the weather year by local standard month-day-hour (the weather file's clock; EPW row hour
 * h covers (h−1):00–h:00); readings on 29 February are dropped unless the weather file has that day.
 * Data spanning more than a year are refused (split the file). Gaps stay gaps (NaN).
 *
 * Bounds: MAX_TEXT characters, MAX_ROWS rows, MAX_COLUMNS columns; every error names the line or column.
 */
import { InputError } from '../errors';
import { parseCsv } from '../export/csv';
import type { SeriesName } from '../sim/simulate';
import type { WeatherYear } from '../weather/epw';
import type { Reading } from './aggregate';
import { type ColumnSpec, columnSpec, isWeatherColumn, type MapEntry, parseMap, shown } from './columns';
import { layOut, MIN_HOURS } from './layout';
import { parseStamp, type StampContext, ZoneClock } from './time';

export const MAX_TEXT = 64 * 1024 * 1024;
export const MAX_ROWS = 2_000_000;
export const MAX_COLUMNS = 64;
export { MIN_HOURS };

export interface TelemetryOptions {
  /** The weather year the data are laid onto (its rows, and its standard UTC offset). */
  weather: Pick<WeatherYear, 'month' | 'day' | 'hour' | 'location'>;
  /** `Header=series [unit][:cumulative|:interval]` entries. */
  map?: readonly string[];
  /** Headers to ignore. */
  skip?: readonly string[];
  /** IANA zone for local clock stamps with daylight saving (else they are standard time). */
  tz?: string;
  /** Name of the timestamp column (default: detected). */
  timeColumn?: string;
}

export interface MeasuredSeries {
  series: SeriesName;
  /** The column (or entity) it came from. */
  column: string;
  /** Unit as written in the file or map. */
  unit: string;
  /** SI unit of `values`. */
  siUnit: string;
  /** One value per weather row, SI; NaN = no data. */
  values: Float64Array;
  /** Hours with data. */
  hours: number;
  energyMode?: 'interval' | 'cumulative';
}

export interface Telemetry {
  format: 'csv' | 'home-assistant';
  /** Weather rows (the length of every `values`). */
  hours: number;
  series: MeasuredSeries[];
  /** Data rows read. */
  rows: number;
  /** Calendar years the data fall in (local standard time; empty when the stamps have no year). */
  years: number[];
  /** First and last hour with data, as weather row indices. */
  firstRow: number;
  lastRow: number;
  /** Hours where at least one series has data. */
  coveredHours: number;
  /** Things the import did that the user should know (dropped leap day, meter resets, detected modes). */
  notes: string[];
}

export interface Column {
  spec: ColumnSpec;
  readings: Reading[];
}

const TIME_NAMES =
  /^(time|timestamp|date ?time|datetime|date|hourstart_local|_time|ts|time_local|local_time|date\/time)$/i;
const GAP = /^(|nan|null|na|n\/a|-|none)$/i;

/** Read telemetry text (CSV or Home Assistant history CSV). */
export function readTelemetry(text: string, options: TelemetryOptions): Telemetry {
  if (text.length > MAX_TEXT) {
    throw new InputError(
      'telemetry file',
      `${text.length} characters`,
      `at most ${MAX_TEXT} characters (split the file)`,
    );
  }
  const table = parseCsv(text.replace(/^\uFEFF/, ''));
  const header = table[0];
  if (!header || table.length < 2)
    throw new InputError('telemetry file', `${table.length} lines`, 'a header line and data rows');
  if (table.length - 1 > MAX_ROWS) {
    throw new InputError('telemetry file', `${table.length - 1} rows`, `at most ${MAX_ROWS} rows`);
  }
  if (header.length > MAX_COLUMNS) {
    throw new InputError('telemetry file', `${header.length} columns`, `at most ${MAX_COLUMNS} columns`);
  }
  const ctx: StampContext = {
    standardOffsetHours: options.weather.location.timeZone,
    ...(options.tz ? { zone: new ZoneClock(options.tz) } : {}),
  };
  const map = parseMap(options.map ?? []);
  const lower = header.map((h) => h.trim().toLowerCase());
  const ha = ['entity_id', 'state', 'last_changed'].every((h) => lower.includes(h));
  requireMappedNames(map, ha ? entityNames(table, lower.indexOf('entity_id')) : header.map((h) => h.trim()));
  const { columns, hasYear } = ha
    ? readHomeAssistant(table, lower, map, ctx, options)
    : readWide(table, map, ctx, options);
  return layOut(columns, ha ? 'home-assistant' : 'csv', table.length - 1, hasYear, options);
}

/** Every --map entry must name a column (or Home Assistant entity) of the file: a typo is refused, not ignored. */
function requireMappedNames(map: Map<string, MapEntry>, names: readonly string[]): void {
  const present = new Set(names);
  for (const key of map.keys()) {
    if (present.has(key)) continue;
    const list = names.slice(0, 8).map(shown).join(', ');
    throw new InputError(
      '--map',
      key.slice(0, 80),
      `a column of the file, spelt as in its header (${list}${names.length > 8 ? ', …' : ''})`,
    );
  }
}

/** The distinct entity ids of a Home Assistant history table. */
function entityNames(table: string[][], ie: number): string[] {
  const out = new Set<string>();
  for (let r = 1; r < table.length; r++) out.add((table[r]![ie] ?? '').trim());
  return [...out];
}

function readWide(
  table: string[][],
  map: Map<string, MapEntry>,
  ctx: StampContext,
  options: TelemetryOptions,
): { columns: Column[]; hasYear: boolean } {
  const header = table[0]!.map((h) => h.trim());
  const timeIndex =
    options.timeColumn !== undefined
      ? header.indexOf(options.timeColumn)
      : header.findIndex((h) => TIME_NAMES.test(h));
  if (timeIndex < 0) {
    throw new InputError(
      options.timeColumn !== undefined ? '--time-column' : 'telemetry header',
      options.timeColumn ?? header.slice(0, 8).join(',').slice(0, 120),
      'a timestamp column named time, timestamp, datetime, date or hourStart_local (or name it with --time-column)',
    );
  }
  const skip = new Set(options.skip ?? []);
  const columns: { index: number; col: Column }[] = [];
  const seen = new Map<SeriesName, string>();
  header.forEach((h, index) => {
    if (index === timeIndex || skip.has(h) || isWeatherColumn(h)) return;
    const spec = columnSpec(h, map, `column ${index + 1} ${shown(h)}`);
    const other = seen.get(spec.series);
    if (other !== undefined) {
      throw new InputError(
        `column ${index + 1} ${shown(h)}`,
        spec.series,
        `one column per series (${shown(other)} is ${spec.series} too)`,
      );
    }
    seen.set(spec.series, h);
    columns.push({ index, col: { spec, readings: [] } });
  });
  if (columns.length === 0) {
    throw new InputError(
      'telemetry header',
      header.join(',').slice(0, 120),
      'at least one measured column besides the time',
    );
  }
  let hasYear = true;
  const stampLines = new Map<number, number>();
  for (let r = 1; r < table.length; r++) {
    const row = table[r]!;
    if (row.length === 1 && row[0]!.trim() === '') continue;
    const line = `line ${r + 1}`;
    if (row.length !== header.length) {
      throw new InputError(line, `${row.length} fields`, `${header.length} fields, as in the header`);
    }
    const where = `${line}, column ${shown(header[timeIndex]!)}`;
    const stamp = parseStamp(row[timeIndex]!, ctx, where);
    refuseRepeat(stampLines, stamp.lsms, r + 1, where, row[timeIndex]!, ctx);
    hasYear &&= stamp.hasYear;
    for (const { index, col } of columns) {
      const cell = row[index]!.trim();
      if (GAP.test(cell)) continue;
      const x = Number(cell);
      if (!Number.isFinite(x) || cell.length > 40) {
        throw new InputError(
          `${line}, column ${shown(header[index]!)}`,
          cell.slice(0, 40),
          'a number, or empty / NaN for a gap',
        );
      }
      col.readings.push({ lsms: stamp.lsms, value: col.spec.toSI(x) });
    }
  }
  return { columns: columns.map((c) => c.col), hasYear };
}

/**
 * A wide CSV gives each time once: a second row at the same instant would be averaged with the first
 * unseen (or, for an energy meter, make a zero-length interval). Refused, naming both lines; a repeat with
 * no time zone given is most often the hour the clocks go back, which `--tz` tells apart.
 */
function refuseRepeat(
  seen: Map<number, number>,
  lsms: number,
  lineNo: number,
  where: string,
  text: string,
  ctx: StampContext,
): void {
  const first = seen.get(lsms);
  if (first === undefined) {
    seen.set(lsms, lineNo);
    return;
  }
  const clocks = ctx.zone
    ? ''
    : ' (if it is the hour the clocks go back, give the zone with --tz, e.g. --tz America/Winnipeg)';
  throw new InputError(
    where,
    text.trim().slice(0, 40),
    'a time not given before',
    `Line ${first} has the same time; remove one of the two rows${clocks}`,
  );
}

function readHomeAssistant(
  table: string[][],
  lower: string[],
  map: Map<string, MapEntry>,
  ctx: StampContext,
  options: TelemetryOptions,
): { columns: Column[]; hasYear: boolean } {
  const [ie, is, it] = ['entity_id', 'state', 'last_changed'].map((h) => lower.indexOf(h)) as [
    number,
    number,
    number,
  ];
  const skip = new Set(options.skip ?? []);
  const byEntity = new Map<string, Column>();
  const rows: { entity: string; lsms: number; state: string; line: number }[] = [];
  for (let r = 1; r < table.length; r++) {
    const row = table[r]!;
    if (row.length === 1 && row[0]!.trim() === '') continue;
    const line = `line ${r + 1}`;
    const entity = (row[ie] ?? '').trim();
    if (skip.has(entity)) continue;
    if (!byEntity.has(entity)) {
      if (byEntity.size >= MAX_COLUMNS)
        throw new InputError(line, entity.slice(0, 60), `at most ${MAX_COLUMNS} entities`);
      byEntity.set(entity, {
        spec: columnSpec(entity, map, `${line}, entity ${shown(entity)}`),
        readings: [],
      });
    }
    const stamp = parseStamp(row[it] ?? '', { ...ctx }, `${line}, column "last_changed"`);
    rows.push({ entity, lsms: stamp.lsms, state: (row[is] ?? '').trim(), line: r + 1 });
  }
  rows.sort((a, b) => a.lsms - b.lsms);
  for (const row of rows) {
    const col = byEntity.get(row.entity)!;
    const x = Number(row.state);
    const ok = row.state !== '' && row.state.length <= 40 && Number.isFinite(x);
    col.readings.push({ lsms: row.lsms, value: ok ? col.spec.toSI(x) : Number.NaN });
  }
  return { columns: [...byEntity.values()], hasYear: true };
}

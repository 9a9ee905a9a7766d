/**
 * Telemetry columns → hourly series on the weather year's rows (the last step of import.ts): each column's
 * readings are averaged per hour (aggregate.ts), placed on the weather row of the same local standard
 * month-day-hour, and checked (some readings, not constant); then the span (at most a year) and the coverage
 * (at least MIN_HOURS hours with data) of the whole file.
 */
import { InputError } from '../errors';
import { energyMeans, type HourMeans, looksCumulative, sampleMeans, stepMeans } from './aggregate';
import { type ColumnSpec, shown } from './columns';
import type { Column, MeasuredSeries, Telemetry, TelemetryOptions } from './import';
import { HOUR_MS, standardFields } from './time';

/** Fewest hours with data (any series) to score or fit: one week. */
export const MIN_HOURS = 168;

function hourMeans(
  col: Column,
  format: Telemetry['format'],
  notes: string[],
): { means: HourMeans; mode?: 'interval' | 'cumulative' } {
  const { spec, readings } = col;
  if (format === 'csv') readings.sort((a, b) => a.lsms - b.lsms);
  if (spec.kind === 'sample')
    return { means: format === 'csv' ? sampleMeans(readings) : stepMeans(readings) };
  const mode = spec.energyMode ?? (looksCumulative(readings) ? 'cumulative' : 'interval');
  if (!spec.energyMode) {
    notes.push(
      `${shown(spec.header)} [${spec.unit}] read as ${mode === 'cumulative' ? "a meter's running total (its readings never decrease)" : 'energy per interval'}; say ":cumulative" or ":interval" in --map to choose`,
    );
  }
  const { means, resets } = energyMeans(readings, mode === 'cumulative');
  if (resets > 0)
    notes.push(
      `${shown(spec.header)}: ${resets} meter reading(s) went backwards (resets), their differences dropped`,
    );
  return { means, mode };
}

/** What the columns placed so far span: hour keys, calendar years, leap-day hours dropped, rows with data. */
interface Span {
  minKey: number;
  maxKey: number;
  leap: number;
  years: Set<number>;
  anyData: Uint8Array;
}

/** Weather row of each local standard month-day-hour (key month·10⁴ + day·100 + hour, hour 0–23). */
function weatherRows(w: TelemetryOptions['weather']): Map<number, number> {
  const rowOf = new Map<number, number>();
  for (let i = 0; i < w.month.length; i++)
    rowOf.set(w.month[i]! * 10_000 + w.day[i]! * 100 + (w.hour[i]! - 1), i);
  return rowOf;
}

/** One column's hourly means on the weather rows (the first value wins where two hours share a row). */
function placeColumn(
  col: Column,
  format: Telemetry['format'],
  notes: string[],
  rowOf: Map<number, number>,
  span: Span,
  hasYear: boolean,
): MeasuredSeries {
  const { means, mode } = hourMeans(col, format, notes);
  const values = new Float64Array(span.anyData.length).fill(Number.NaN);
  let count = 0;
  for (const [key, v] of means) {
    const f = standardFields(key * HOUR_MS);
    const i = rowOf.get(f.month * 10_000 + f.day * 100 + f.hour);
    span.minKey = Math.min(span.minKey, key);
    span.maxKey = Math.max(span.maxKey, key);
    if (hasYear) span.years.add(f.year);
    if (i === undefined) {
      span.leap++;
      continue;
    }
    if (!Number.isNaN(values[i]!)) continue;
    values[i] = v;
    span.anyData[i] = 1;
    count++;
  }
  if (count === 0)
    throw new InputError(`column ${shown(col.spec.header)}`, 'no readings', 'numbers on at least some rows');
  checkVaries(values, col.spec);
  return {
    series: col.spec.series,
    column: col.spec.header,
    unit: col.spec.unit,
    siUnit: col.spec.siUnit,
    values,
    hours: count,
    ...(mode ? { energyMode: mode } : {}),
  };
}

/** Hours with data and the first and last of them; at least MIN_HOURS. */
function coverage(anyData: Uint8Array): { covered: number; firstRow: number; lastRow: number } {
  let covered = 0;
  let firstRow = -1;
  let lastRow = -1;
  for (let i = 0; i < anyData.length; i++) {
    if (!anyData[i]) continue;
    covered++;
    if (firstRow < 0) firstRow = i;
    lastRow = i;
  }
  if (covered < MIN_HOURS) {
    throw new InputError(
      'telemetry',
      `${covered} hours with data`,
      `at least ${MIN_HOURS} hours (one week) to score or calibrate`,
    );
  }
  return { covered, firstRow, lastRow };
}

/** The columns laid onto the weather year's rows (see the file comment). */
export function layOut(
  columns: Column[],
  format: Telemetry['format'],
  rows: number,
  hasYear: boolean,
  options: TelemetryOptions,
): Telemetry {
  const n = options.weather.month.length;
  const rowOf = weatherRows(options.weather);
  const notes: string[] = [];
  const span: Span = {
    minKey: Infinity,
    maxKey: -Infinity,
    leap: 0,
    years: new Set<number>(),
    anyData: new Uint8Array(n),
  };
  const series = columns.map((col) => placeColumn(col, format, notes, rowOf, span, hasYear));
  if (span.maxKey - span.minKey >= 366 * 24) {
    throw new InputError(
      'telemetry time span',
      `${Math.round((span.maxKey - span.minKey) / 24)} days`,
      'at most one year (split the file by year)',
    );
  }
  if (span.leap > 0)
    notes.push(`${span.leap} series-hours on 29 February dropped (the weather year has no such day)`);
  const { covered, firstRow, lastRow } = coverage(span.anyData);
  return {
    format,
    hours: n,
    series,
    rows,
    years: [...span.years].sort(),
    firstRow,
    lastRow,
    coveredHours: covered,
    notes,
  };
}

/** A series whose hourly values never change is a stuck sensor or the wrong column. */
function checkVaries(values: Float64Array, spec: ColumnSpec): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (hi - lo <= 1e-9 * Math.max(1, Math.abs(hi))) {
    throw new InputError(
      `column ${shown(spec.header)}`,
      `always ${+lo.toPrecision(6)} ${spec.siUnit || '(fraction)'} (SI)`,
      'a series that varies (a constant one is a stuck sensor or the wrong column, and cannot be scored)',
    );
  }
}

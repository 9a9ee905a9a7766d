/**
 * The CSV of `heat-twin sweep`: a header, then one row per finished case appended synchronously as it comes
 * (interrupting the sweep loses no finished row), units in the headers.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvLine, outputInfo, paramInfo, type Scenario } from '../core';
import { claimOutput, fileReason } from './files';
import { UsageError } from './io';
import { type Axis, show, valueAt } from './sweepAxes';
import type { SweepOutcome } from './sweepQuick';

/** A streamed CSV: the header now, each row appended (synchronously) as it comes. */
export class CsvStream {
  private readonly fd: number;
  constructor(
    readonly path: string,
    header: string[],
  ) {
    claimOutput(path, '--csv');
    try {
      this.fd = openSync(path, 'w');
    } catch (e) {
      throw new UsageError(`--csv: cannot write ${path}: ${fileReason(e)}`);
    }
    this.write(header);
  }
  write(fields: (string | number | undefined)[]): void {
    writeSync(this.fd, csvLine(fields));
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** Test hook: called after each CSV row is written (with the number of rows written so far). */
export const hooks: { afterCsvRow?: (rows: number, path: string) => void } = {};

/** The CSV's header: run, each swept field as typed and in SI, the KPIs, whether an estimate (--quick), error. */
export function csvHeader(
  axes: readonly Axis[],
  kpis: { outKpis: readonly string[]; currency: string | undefined },
  quick: boolean,
): string[] {
  return [
    'run',
    ...axes.flatMap((a) => [a.path, siHeader(a.path)]),
    ...kpis.outKpis.map((k) => csvKpiHeader(k, kpis.currency)),
    ...(quick ? ['estimate'] : []),
    'error',
  ];
}

/** One CSV row per finished case, in the order they finish. */
export class CsvRows {
  private rows = 0;
  constructor(
    readonly stream: CsvStream,
    private readonly c: {
      axes: readonly Axis[];
      combos: readonly unknown[][];
      scenarios: readonly Scenario[];
      outKpis: readonly string[];
      quick: boolean;
    },
  ) {}
  row(o: SweepOutcome): void {
    const { axes, outKpis } = this.c;
    const combo = this.c.combos[o.id]!;
    this.stream.write([
      o.id + 1,
      ...axes.flatMap((a, j) => [show(combo[j]), si(valueAt(this.c.scenarios[o.id], a.path))]),
      ...outKpis.map((k) => (o.ok ? (o.kpis[k] as number | string) : undefined)),
      ...(this.c.quick ? [o.estimate ? 1 : 0] : []),
      o.ok ? '' : o.error,
    ]);
    this.rows++;
    hooks.afterCsvRow?.(this.rows, this.stream.path);
  }
}

/**
 * The CSV header of a swept field's SI column: the path and the SI unit the values are in ("greenhouse.floorArea
 * [m^2]", a temperature in K), "[-]" for a number without a unit (a count, a fraction), "[as read]" for text.
 */
function siHeader(path: string): string {
  const info = paramInfo(path);
  if (info?.unit === undefined) return `${path} [as read]`;
  return `${path} [${info.unit === '' ? '-' : info.unit}]`;
}

/**
 * The CSV header of a KPI column: the id (its values are the raw numbers of --json), with the unit they are in
 * where the id does not carry one: heatCoverage [fraction] (0–1; the table shows %), npv [CAD], unmetHours [h].
 */
function csvKpiHeader(k: string, currency: string | undefined): string {
  const o = outputInfo(k, 'kpi');
  if (k.includes('_') || !o?.unit) return k;
  if (o.unit === '–') return `${k} [${o.display?.unit === '%' ? 'fraction' : '-'}]`;
  return `${k} [${o.unit.replace('$', currency ?? '$')}]`;
}

function si(v: unknown): string | number | undefined {
  if (typeof v === 'number' || typeof v === 'string') return v;
  return v === undefined ? undefined : JSON.stringify(v);
}

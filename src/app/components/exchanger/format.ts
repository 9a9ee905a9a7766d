/**
 * The exchanger panel's figures in the user's unit system (the app's display-unit vocabulary, lib/units.ts):
 * cell text, the warning sentence of a limit that is exceeded, and the design report as CSV.
 */
import { displayUnit, formatInput, formatNumber, toDisplay, type UnitSystem } from '../../lib/units';
import { docFormat } from '../proposal/format';
import { convertQuantities } from '../proposal/plain';
import { exceeded, limitOf, type Row, type Section, type Side } from './model';

/**
 * The sections with the quantities in their words (notes and warnings the core writes in SI, e.g. "the
 * scenario's 100 m² in plates") in `units`, through the proposal's one text converter (which leaves SI quantities as written).
 */
export function sectionsIn(sections: Section[], units: UnitSystem): Section[] {
  const f = docFormat(units, '');
  const text = <T extends string | undefined>(t: T): T =>
    t === undefined ? t : (convertQuantities(t, f) as T);
  return sections.map((s) => ({
    ...s,
    ...(s.note === undefined ? {} : { note: text(s.note) }),
    rows: s.rows.map((r) => ({
      ...r,
      ...(r.note === undefined ? {} : { note: text(r.note) }),
      ...(r.warn === undefined ? {} : { warn: text(r.warn) }),
    })),
  }));
}

/**
 * Display number of an SI value of `row`'s kind: temperatures to 0.1 (ΔT below 10 to 0.01), else rounded to
 * `digits` significant digits (default 4) with grouping — "2,311 kW", "9,456,000 BTU/h", "1.03 m/s".
 */
export function displayNumber(si: number, row: Pick<Row, 'kind' | 'digits'>, units: UnitSystem): string {
  if (!Number.isFinite(si)) return '–';
  const x = toDisplay(si, row.kind, units);
  if (row.kind === 'temperature') return x.toFixed(1);
  if (row.kind === 'temperatureDifference') return Math.abs(x) < 10 ? x.toFixed(2) : x.toFixed(1);
  const digits = row.digits ?? 4;
  return formatNumber(x === 0 ? 0 : Number(x.toPrecision(digits)), digits);
}

/** The unit label of `row` in `units` ('' for plain numbers). */
export function unitLabel(row: Pick<Row, 'kind'>, units: UnitSystem): string {
  return displayUnit(row.kind, units).label;
}

/** "144 kPa" — a value with its unit. */
export function withUnitText(si: number, row: Pick<Row, 'kind' | 'digits'>, units: UnitSystem): string {
  const u = unitLabel(row, units);
  return u ? `${displayNumber(si, row, units)} ${u}` : displayNumber(si, row, units);
}

/** The sentence for one side of a row above its limit ("hot-side pressure drop 144 kPa is above …"). */
export function limitWarning(row: Row, side: Side, units: UnitSystem): string {
  const v = row[side];
  const max = limitOf(row, side);
  if (typeof v !== 'number' || max === undefined) return '';
  const what = side === 'value' ? row.label : `${side}-side ${row.label.toLowerCase()}`;
  const limit = withUnitText(max, row, units);
  return `${what} ${withUnitText(v, row, units)} is above the ${limit} allowable${row.advice ? `: ${row.advice}` : ''}`;
}

/** The allowable column's text: "≤ 50 kPa", or "≤ 50 / 70 kPa" when the sides differ; '' when unchecked. */
export function limitText(row: Row, units: UnitSystem): string {
  if (row.max === undefined) return '';
  const hot = withUnitText(row.max, row, units);
  const cold = row.maxCold ?? row.max;
  if (cold === row.max || row.hot === undefined || row.cold === undefined) return `≤ ${hot}`;
  return `≤ ${displayNumber(row.max, row, units)} / ${withUnitText(cold, row, units)}`;
}

/** Every warning of the sections, in order: limits exceeded, then the rows' own warnings. */
export function allWarnings(sections: Section[], units: UnitSystem): { rowId: string; text: string }[] {
  const out: { rowId: string; text: string }[] = [];
  for (const s of sections) {
    for (const r of s.rows) {
      for (const side of exceeded(r)) out.push({ rowId: r.id, text: limitWarning(r, side, units) });
      if (r.warn) out.push({ rowId: r.id, text: r.warn });
    }
  }
  return out;
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The design report as CSV, one line per figure and side: section, quantity, side, value (6 significant
 * digits, in `units`), unit, allowable limit, status ("above limit", "warning" or empty), note.
 */
export function designCsv(sections: Section[], units: UnitSystem, title: string): string {
  const lines = [`# ${title}`, `# units: ${units}`, 'section,quantity,side,value,unit,limit,status,note'];
  for (const s of sections) {
    for (const r of s.rows) {
      const over = exceeded(r);
      const sides: Side[] = (['value', 'hot', 'cold'] as const).filter((k) => r[k] !== undefined);
      for (const side of sides) {
        const v = r[side];
        const label = side === 'value' ? '' : (s.columns?.[side === 'hot' ? 0 : 1] ?? side);
        const status = over.includes(side) ? 'above limit' : r.warn ? 'warning' : '';
        const max = limitOf(r, side);
        lines.push(
          [
            s.title,
            r.label,
            label,
            typeof v === 'number' ? formatInput(toDisplay(v, r.kind, units)) : '',
            unitLabel(r, units),
            max === undefined ? '' : formatInput(toDisplay(max, r.kind, units)),
            status,
            r.warn ?? r.note ?? '',
          ]
            .map(csvCell)
            .join(','),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

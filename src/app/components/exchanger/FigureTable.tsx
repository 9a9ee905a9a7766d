/**
 * One section of the exchanger panel: a table of figures with their units (one value, or hot and cold
 * columns; a single figure in a two-column section spans both), the allowable limit beside a checked figure,
 * a warning row under any figure that exceeds its limit or carries a warning, and the section's note.
 */
import type { UnitSystem } from '../../lib/units';
import { exceeded, type Row, type Section, type Side } from './model';
import { displayNumber, limitText, limitWarning, unitLabel } from './format';

function Cell(props: { row: Row; side: Side; units: UnitSystem; over: boolean; span?: number }) {
  const { row, side, units, over, span } = props;
  const v = row[side];
  if (v === undefined) return <td className="xp-num xp-empty" />;
  const unit = unitLabel(row, units);
  return (
    <td className={`xp-num${over ? ' xp-over' : ''}${span && span > 1 ? ' xp-span' : ''}`} colSpan={span}>
      {v === null ? '–' : displayNumber(v, row, units)}
      {unit && v !== null ? <span className="xp-unit"> {unit}</span> : null}
    </td>
  );
}

function FigureRow(props: { row: Row; paired: boolean; limits: boolean; units: UnitSystem }) {
  const { row, paired, limits, units } = props;
  const over = exceeded(row);
  const warnings = [...over.map((side) => limitWarning(row, side, units)), ...(row.warn ? [row.warn] : [])];
  const single = row.value !== undefined;
  return (
    <>
      <tr data-row={row.id} className={warnings.length ? 'xp-flag' : undefined}>
        <th scope="row">
          {row.label}
          {row.note ? <span className="xp-note">{row.note}</span> : null}
        </th>
        {paired && !single ? (
          <>
            <Cell row={row} side="hot" units={units} over={over.includes('hot')} />
            <Cell row={row} side="cold" units={units} over={over.includes('cold')} />
          </>
        ) : (
          <Cell row={row} side="value" units={units} over={over.includes('value')} span={paired ? 2 : 1} />
        )}
        {limits ? <td className="xp-limit">{limitText(row, units)}</td> : null}
      </tr>
      {warnings.map((w) => (
        <tr key={w} className="xp-warning" data-warning-for={row.id}>
          <td colSpan={(paired ? 3 : 2) + (limits ? 1 : 0)}>
            <span aria-hidden="true">⚠ </span>
            {w}
          </td>
        </tr>
      ))}
    </>
  );
}

export function FigureTable({ section, units }: { section: Section; units: UnitSystem }) {
  const paired = section.columns !== undefined;
  const hasLimits = section.rows.some((r) => r.max !== undefined);
  return (
    <div className="xp-block">
      <table className="xp-table" data-section={section.id}>
        <caption>{section.title}</caption>
        {paired || hasLimits ? (
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Quantity</span>
              </th>
              {paired ? (
                <>
                  <th scope="col">{section.columns![0]}</th>
                  <th scope="col">{section.columns![1]}</th>
                </>
              ) : (
                <th scope="col">
                  <span className="visually-hidden">Value</span>
                </th>
              )}
              {hasLimits ? <th scope="col">allowable</th> : null}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {section.rows.map((r) => (
            <FigureRow key={r.id} row={r} paired={paired} limits={hasLimits} units={units} />
          ))}
        </tbody>
      </table>
      {section.note ? <p className="xp-section-note">{section.note}</p> : null}
    </div>
  );
}

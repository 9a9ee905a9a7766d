/**
 * The ASHRAE Guideline 14 table: per measured series, hourly and monthly NMBE and CV(RMSE), R², and the
 * verdict against G14's criteria (hourly ±10 % / 30 %, monthly ±5 % / 15 %; temperatures get none).
 * With `after`, each series shows a before and an after row.
 */
import type { ScoreRow } from '../../../worker/telemetry';
import { channelLabel } from './labels';
import { percent } from './overlay';

export interface G14TableProps {
  before: ScoreRow[];
  after?: ScoreRow[] | undefined;
}

function verdict(r: ScoreRow): string {
  if (r.meetsHourly === undefined) return 'n/a (temperature)';
  const h = r.meetsHourly ? 'hourly ✓' : 'hourly ✗';
  const m = r.meetsMonthly === undefined ? '' : r.meetsMonthly ? ' · monthly ✓' : ' · monthly ✗';
  return h + m;
}

function Row({ r, label }: { r: ScoreRow; label: string | undefined }) {
  return (
    <tr>
      <th scope="row">
        {channelLabel(r.series)}
        {label ? ` (${label})` : ''}
      </th>
      <td>{r.hourly.n}</td>
      <td>{percent(r.hourly.nmbe)}</td>
      <td>{percent(r.hourly.cvrmse)}</td>
      <td>{Number.isFinite(r.hourly.r2) ? r.hourly.r2.toFixed(3) : '–'}</td>
      <td>{percent(r.monthly?.nmbe)}</td>
      <td>{percent(r.monthly?.cvrmse)}</td>
      <td>{verdict(r)}</td>
    </tr>
  );
}

export function G14Table({ before, after }: G14TableProps) {
  return (
    <table className="g14-table">
      <caption>
        ASHRAE Guideline 14-2014 — criteria: hourly |NMBE| ≤ 10 %, CV(RMSE) ≤ 30 %; monthly ≤ 5 %, 15 %. NMBE
        &gt; 0: the model under-predicts.
      </caption>
      <thead>
        <tr>
          <th scope="col">series</th>
          <th scope="col">hours</th>
          <th scope="col">NMBE</th>
          <th scope="col">CV(RMSE)</th>
          <th scope="col">R²</th>
          <th scope="col">NMBE / month</th>
          <th scope="col">CV / month</th>
          <th scope="col">verdict</th>
        </tr>
      </thead>
      <tbody>
        {before.flatMap((r, i) => {
          const a = after?.[i];
          return a
            ? [
                <Row key={`${r.series}-b`} r={r} label="before" />,
                <Row key={`${r.series}-a`} r={a} label="after" />,
              ]
            : [<Row key={r.series} r={r} label={undefined} />];
        })}
      </tbody>
    </table>
  );
}

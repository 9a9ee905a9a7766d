/**
 * Cash flow by year for each party (the core's economics: year 0 is the investment, years 1…N the net cash
 * flow), with the running total and the payback in words (the core's `paybackNote`, as the CLI prints it).
 */
import { paybackNote } from '../../../core';
import type { RunOutput } from '../../../worker/engine';
import type { DocFormat } from './format';
import { Refs } from './Refs';

type Economics = RunOutput['economics'];

function running(xs: number[]): number[] {
  let sum = 0;
  return xs.map((x) => {
    sum += x;
    return sum;
  });
}

export function paybackWords(e: Economics, role: 'host' | 'operator', currency: string): string {
  const p = e.parties[role];
  const horizon = e.cashFlows[role].length - 1;
  return paybackNote(p.paybackYears, horizon, p.capex, p.annualNet, currency);
}

export function CashFlowTable(props: {
  e: Economics;
  f: DocFormat;
  names: Record<'host' | 'operator', string>;
  refs: number[];
}) {
  const { e, f, names, refs } = props;
  const host = e.cashFlows.host;
  const operator = e.cashFlows.operator;
  const hostSum = running(host);
  const opSum = running(operator);
  const horizon = host.length - 1;
  // the operator's last year also holds the miners' resale (economics.minerSalvage): say so, or the jump reads as income
  const salvage = e.yearOne.salvage;
  return (
    <>
      <table className="pp-table pp-cash" data-cash-flow>
        <caption>
          Net cash flow by year, {f.currency} (year 0: investment; years 1–{horizon}: income less costs
          {salvage > 0
            ? `; year ${horizon} includes the miners’ resale value, ${f.moneyCell(salvage)}, to ${names.operator}`
            : ''}
          )
          <Refs n={refs} />
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Year
            </th>
            <th scope="colgroup" colSpan={2}>
              {names.host}
            </th>
            <th scope="colgroup" colSpan={2}>
              {names.operator}
            </th>
          </tr>
          <tr>
            <th scope="col">That year</th>
            <th scope="col">Running total</th>
            <th scope="col">That year</th>
            <th scope="col">Running total</th>
          </tr>
        </thead>
        <tbody>
          {host.map((x, year) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the year is the row's identity
            <tr key={year} data-year={year}>
              <th scope="row">{year}</th>
              <td>{f.moneyCell(x)}</td>
              <td>{f.moneyCell(hostSum[year] ?? 0)}</td>
              <td>{f.moneyCell(operator[year] ?? 0)}</td>
              <td>{f.moneyCell(opSum[year] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="pp-payback">
        <li data-payback="host">
          <strong>{names.host}:</strong> {paybackWords(e, 'host', f.currency)}.
        </li>
        <li data-payback="operator">
          <strong>{names.operator}:</strong> {paybackWords(e, 'operator', f.currency)}.
        </li>
      </ul>
    </>
  );
}

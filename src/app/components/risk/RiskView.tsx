/**
 * The business case under uncertainty (issue 17): a fan chart of the cumulative project cash flow over the
 * years (P10–P90 band, P50 line) and a histogram of the project NPV, from `heat-twin risk` / core `runRisk`.
 * Self-contained SVG; the parameters are edited in the scenario's economics.risk section (the editor).
 */
import type { RiskResult } from '../../../core';
import { OKABE_ITO } from '../Charts';
import { niceMax } from '../MonthlyBars';
import { money } from '../../lib/kpis';

export interface RiskViewProps {
  risk: RiskResult;
  width?: number;
  height?: number;
  /** Light ink for print. */
  light?: boolean;
}

const fmt = (x: number | null, cur: string) =>
  x === null ? '–' : `${Math.round(x).toLocaleString('en-US')} ${cur}`;
/**
 * A band's amount as the KPI cards write money, three significant figures ("−2.97 M USD", "272 k USD"): a
 * Monte Carlo percentile has no more, and the table then fits a phone.
 */
const band = (x: number | null, cur: string) => (x === null ? '–' : `${money(x)} ${cur}`);

/** A symmetric "nice" axis range covering [lo, hi]. */
function axis(lo: number, hi: number): [number, number] {
  const a = niceMax(Math.max(Math.abs(lo), Math.abs(hi)));
  return [lo < 0 ? -a : 0, hi > 0 ? a : 0];
}

export function RiskFan({ risk, width = 560, height = 240, light = false }: RiskViewProps) {
  const f = risk.fan;
  const m = { l: 84, r: 12, t: 12, b: 28 };
  const w = width - m.l - m.r;
  const h = height - m.t - m.b;
  const [lo, hi] = axis(Math.min(...f.p10), Math.max(...f.p90));
  const x = (y: number) => m.l + (f.years.length > 1 ? (y / (f.years.length - 1)) * w : w / 2);
  const yy = (v: number) => m.t + h - ((v - lo) / (hi - lo || 1)) * h;
  const ink = light ? '#333' : '#93a4b5';
  const band = [
    ...f.years.map((y, i) => `${x(y)},${yy(f.p90[i]!)}`),
    ...[...f.years].reverse().map((y) => `${x(y)},${yy(f.p10[f.years.indexOf(y)]!)}`),
  ].join(' ');
  const median = f.years.map((y, i) => `${x(y)},${yy(f.p50[i]!)}`).join(' ');
  const last = f.years.length - 1;
  return (
    <figure className="chart risk-fan">
      <figcaption>Cumulative project cash flow, P10–P90 ({risk.currency})</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Cumulative project cash flow after ${last} years: P10 ${fmt(f.p10[last]!, risk.currency)}, P50 ${fmt(f.p50[last]!, risk.currency)}, P90 ${fmt(f.p90[last]!, risk.currency)}`}
      >
        {[lo, (lo + hi) / 2, hi, 0].map((t) => (
          <g key={`t${t}`}>
            <line
              x1={m.l}
              x2={m.l + w}
              y1={yy(t)}
              y2={yy(t)}
              stroke={t === 0 ? ink : light ? '#ddd' : '#22303e'}
            />
            <text x={m.l - 6} y={yy(t) + 4} textAnchor="end" fontSize="11" fill={ink}>
              {Math.round(t).toLocaleString('en-US')}
            </text>
          </g>
        ))}
        <polygon points={band} fill={OKABE_ITO.sky} fillOpacity={0.35} />
        <polyline points={median} fill="none" stroke={OKABE_ITO.orange} strokeWidth={2} />
        {f.years.map((y, i) => (
          <text
            key={y}
            x={x(y)}
            y={height - 8}
            // The last year sits on the plot's right edge: end its label there so it is not cut off.
            textAnchor={i === last && i > 0 ? 'end' : 'middle'}
            fontSize="11"
            fill={ink}
          >
            {`year ${y}`}
          </text>
        ))}
      </svg>
    </figure>
  );
}

export function RiskHistogram({ risk, width = 560, height = 200, light = false }: RiskViewProps) {
  const { edges, counts } = risk.histogram;
  const m = { l: 40, r: 12, t: 12, b: 28 };
  const w = width - m.l - m.r;
  const h = height - m.t - m.b;
  const max = Math.max(1, ...counts);
  const bw = counts.length ? w / counts.length : w;
  const ink = light ? '#333' : '#93a4b5';
  const lo = edges[0] ?? 0;
  const hi = edges[edges.length - 1] ?? 1;
  const zeroX = m.l + ((0 - lo) / (hi - lo || 1)) * w;
  return (
    <figure className="chart risk-histogram">
      <figcaption>
        Project NPV over {risk.samples} samples ({risk.currency}); payback within {risk.horizonYears} years in{' '}
        {(risk.probabilityOfPayback * 100).toFixed(1)} %
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`NPV P10 ${fmt(risk.npv.p10, risk.currency)}, P50 ${fmt(risk.npv.p50, risk.currency)}, P90 ${fmt(risk.npv.p90, risk.currency)}`}
      >
        {counts.map((c, i) => (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: bins are positional
            key={i}
            x={m.l + i * bw + 1}
            y={m.t + h - (c / max) * h}
            width={Math.max(0, bw - 2)}
            height={(c / max) * h}
            fill={(edges[i + 1] ?? 0) <= 0 ? OKABE_ITO.vermillion : OKABE_ITO.green}
          />
        ))}
        {lo < 0 && hi > 0 && (
          <line x1={zeroX} x2={zeroX} y1={m.t} y2={m.t + h} stroke={ink} strokeDasharray="4 3" />
        )}
        {lo < 0 && hi > 0 && zeroX - m.l > 60 && m.l + w - zeroX > 60 && (
          <text x={zeroX} y={height - 8} textAnchor="middle" fontSize="11" fill={ink}>
            0
          </text>
        )}
        <text x={m.l} y={height - 8} fontSize="11" fill={ink}>
          {Math.round(lo).toLocaleString('en-US')}
        </text>
        <text x={m.l + w} y={height - 8} textAnchor="end" fontSize="11" fill={ink}>
          {Math.round(hi).toLocaleString('en-US')}
        </text>
      </svg>
    </figure>
  );
}

const pct = (x: number, digits = 0) => `${(x * 100).toFixed(digits)} %`;

/**
 * Why the year-1 bands differ from the Results cards, in the run's own numbers: the cards hold the hashprice at
 * its starting value all year on the scenario's availability and weather year; the samples start the market
 * moving from the first month (paths.ts).
 */
export function yearOneNote(r: RiskResult): string | undefined {
  const p = r.params;
  if (!(Number.isFinite(p?.difficultyGrowth) && Number.isFinite(p?.availability))) return undefined;
  const halving = p.yearsToHalving / (365.25 * 86400);
  const years = r.weatherYears.length;
  return (
    'Year 1 here is the first year of each sampled market, not the Results cards’ year. The cards hold the ' +
    'hashprice at its starting value all year, with the scenario’s availability, on one weather year. Here ' +
    `network difficulty grows ${pct(p.difficultyGrowth)} a year on average from the first month, the BTC price ` +
    `drifts ${pct(p.btcDrift)} a year with ${pct(p.btcVolatility)} volatility, availability is drawn around ` +
    `${pct(p.availability, 1)}, the next halving is ${halving.toFixed(2)} years away, and each sample takes ` +
    `${years === 1 ? 'the' : `one of ${years}`} weather year${years === 1 ? '' : 's'}. So the year-1 P50 sits ` +
    'below the cards when difficulty grows faster than the BTC price.'
  );
}

/** Fan chart, histogram and the P10/P50/P90 table of a risk result. */
export function RiskView(props: RiskViewProps) {
  const r = props.risk;
  const rows: [string, RiskResult['npv'], (x: number | null) => string][] = [
    ['Project NPV', r.npv, (x) => band(x, r.currency)],
    ['Payback (years)', r.paybackYears, (x) => (x === null ? `> ${r.horizonYears}` : x.toFixed(2))],
    ['Host net benefit, year 1', r.hostNetBenefit, (x) => band(x, r.currency)],
    ['Operator net benefit, year 1', r.operatorNetBenefit, (x) => band(x, r.currency)],
    ['Heat coverage', r.heatCoverage, (x) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`)],
  ];
  return (
    <section className="risk-view" aria-label="Business case under uncertainty">
      <table className="risk-bands">
        <thead>
          <tr>
            <th scope="col">{`${r.samples} samples, seed ${r.seed}`}</th>
            <th scope="col">P10</th>
            <th scope="col">P50</th>
            <th scope="col">P90</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, b, f]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{f(b.p10)}</td>
              <td>{f(b.p50)}</td>
              <td>{f(b.p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {yearOneNote(r) ? <p className="muted risk-note">{yearOneNote(r)}</p> : null}
      <RiskFan {...props} />
      <RiskHistogram {...props} />
    </section>
  );
}

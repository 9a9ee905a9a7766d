/**
 * Monthly stacked bars (SVG, prints crisply): miner heat to the greenhouse, backup heat, heat rejected.
 * The first two make up the greenhouse's heat; the rejected heat is stacked on top in a cooler colour.
 */
import { MONTHS, type Monthly } from '../lib/aggregate';
import { displayUnit, formatNumber, toDisplay, type UnitSystem } from '../lib/units';
import { OKABE_ITO } from './Charts';

const STACK = [
  { key: 'minerToGreenhouse', label: 'Miner heat → greenhouse', color: OKABE_ITO.orange },
  { key: 'backup', label: 'Backup heat → greenhouse', color: OKABE_ITO.purple },
  { key: 'rejected', label: 'Miner heat rejected', color: OKABE_ITO.sky },
] as const;

/** A "nice" axis maximum ≥ x (1, 2, 2.5, 5 × 10ⁿ). */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const e = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * e >= x) return m * e;
  return 10 * e;
}

export function MonthlyBars({
  monthly,
  units,
  width = 640,
  height = 240,
  light = false,
}: {
  monthly: Monthly;
  units: UnitSystem;
  width?: number;
  height?: number;
  light?: boolean;
}) {
  const u = displayUnit('energy', units).label;
  const conv = (mwh: number) => toDisplay(mwh, 'energy', units);
  const totals = MONTHS.map((_, i) => STACK.reduce((t, s) => t + conv(monthly[s.key][i]!), 0));
  const max = niceMax(Math.max(...totals));
  const m = { l: 64, r: 8, t: 10, b: 22 };
  const w = width - m.l - m.r;
  const h = height - m.t - m.b;
  const bw = (w / 12) * 0.7;
  const ink = light ? '#333' : '#93a4b5';
  const grid = light ? '#ddd' : '#22303e';
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const desc = MONTHS.map(
    (mo, i) =>
      `${mo}: ${STACK.map((s) => `${s.label} ${formatNumber(conv(monthly[s.key][i]!), 3)} ${u}`).join(', ')}`,
  ).join('; ');
  return (
    <figure className="chart monthly">
      <figcaption>Monthly heat ({u})</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Monthly heat in ${u}. ${desc}`}
        preserveAspectRatio="xMidYMid meet"
      >
        {ticks.map((t) => {
          const y = m.t + h - (t / max) * h;
          return (
            <g key={t}>
              <line x1={m.l} x2={m.l + w} y1={y} y2={y} stroke={grid} />
              <text x={m.l - 6} y={y + 4} textAnchor="end" fontSize="11" fill={ink}>
                {formatNumber(t, 3)}
              </text>
            </g>
          );
        })}
        {MONTHS.map((mo, i) => {
          const x = m.l + (w / 12) * i + (w / 12 - bw) / 2;
          let y0 = m.t + h;
          return (
            <g key={mo}>
              {STACK.map((s) => {
                const v = conv(monthly[s.key][i]!);
                const bh = (v / max) * h;
                y0 -= bh;
                return (
                  <rect key={s.key} x={x} y={y0} width={bw} height={Math.max(0, bh)} fill={s.color}>
                    <title>{`${mo} · ${s.label}: ${formatNumber(v, 3)} ${u}`}</title>
                  </rect>
                );
              })}
              <text x={x + bw / 2} y={m.t + h + 14} textAnchor="middle" fontSize="11" fill={ink}>
                {mo}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {STACK.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * Monthly bars (SVG, prints crisply). The stack is the greenhouse's heat demand: miner heat delivered,
 * heat-pump heat (with AI racks), backup heat and any unmet heat add up to it (the core's ledger identity). The miner heat rejected by the dry cooler is not part of
 * the demand: it is its own thinner bar beside the stack. Every bar part has a tooltip (SVG <title>).
 */
import { useRef } from 'react';
import { MONTHS, type Monthly } from '../lib/aggregate';
import { seriesCsv } from '../lib/chartText';
import { ExportButtons } from '../lib/exportButtons';
import { svgPng } from '../lib/svgPng';
import { displayUnit, formatNumber, toDisplay, type UnitSystem } from '../lib/units';
import { OKABE_ITO } from './Charts';

type Key = 'minerToGreenhouse' | 'heatPump' | 'backup' | 'unmet' | 'rejected';
/** The stack's parts from the bottom, then the rejected bar (always last). */
const SERIES: { key: Key; label: string; color: string }[] = [
  { key: 'minerToGreenhouse', label: 'Miner heat → greenhouse', color: OKABE_ITO.orange },
  { key: 'heatPump', label: 'Heat pump → greenhouse', color: OKABE_ITO.green },
  { key: 'backup', label: 'Backup heat → greenhouse', color: OKABE_ITO.purple },
  { key: 'unmet', label: 'Unmet demand', color: OKABE_ITO.vermillion },
  { key: 'rejected', label: 'Miner heat rejected (dry cooler, not in the demand)', color: OKABE_ITO.sky },
];
const STACK = SERIES.slice(0, -1);
/** Index of the rejected bar in SERIES order. */
const R = SERIES.length - 1;
const REJECTED = SERIES[R]!;

/** A "nice" axis maximum ≥ x (1, 2, 2.5, 5 × 10ⁿ). */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const e = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * e >= x) return m * e;
  return 10 * e;
}

/** The monthly values the chart shows, MWh (each the core's hourly series summed). */
export function monthlyStack(monthly: Monthly): Record<Key, number[]> {
  return {
    minerToGreenhouse: monthly.minerToGreenhouse,
    heatPump: monthly.heatPump,
    backup: monthly.backup,
    unmet: monthly.unmet,
    rejected: monthly.rejected,
  };
}

/** One month: the demand stack (miner, heat pump, backup, unmet) and the rejected bar beside it, with tooltips. */
function MonthBar(p: {
  mo: string;
  x: number;
  mid: number;
  base: number;
  bw: number;
  rw: number;
  /** In SERIES order, display units. */
  values: number[];
  y: (v: number) => number;
  fmt: (v: number) => string;
  ink: string;
  title: string;
  /** Compare mode: the pinned result A's values, SERIES order, display units (drawn as dashed outlines). */
  ghost?: number[] | undefined;
}) {
  const { mo, x, y, fmt } = p;
  let top = 0;
  const rejected = p.values[R]!;
  return (
    <g data-month={mo}>
      <title>{p.title}</title>
      {STACK.map((s, k) => {
        const v = p.values[k]!;
        const y1 = y(top + v);
        const bh = y(top) - y1;
        top += v;
        return (
          <rect key={s.key} x={x} y={y1} width={p.bw} height={Math.max(0, bh)} fill={s.color}>
            <title>{`${mo} · ${s.label}: ${fmt(v)}`}</title>
          </rect>
        );
      })}
      <rect
        x={x + p.bw + 2}
        y={y(rejected)}
        width={p.rw}
        height={Math.max(0, y(0) - y(rejected))}
        fill={REJECTED.color}
        fillOpacity={0.75}
      >
        <title>{`${mo} · ${REJECTED.label}: ${fmt(rejected)}`}</title>
      </rect>
      {p.ghost ? <Ghost {...p} ghost={p.ghost} /> : null}
      <text x={p.mid} y={p.base + 14} textAnchor="middle" fontSize="11" fill={p.ink}>
        {mo}
      </text>
    </g>
  );
}

/** A's month as dashed outlines: its demand (the stack's top), its miner heat delivered and its rejected heat. */
function Ghost(p: {
  mo: string;
  x: number;
  bw: number;
  rw: number;
  ghost: number[];
  y: (v: number) => number;
  fmt: (v: number) => string;
  ink: string;
}) {
  const { x, y, ghost } = p;
  const demand = STACK.reduce((t, _, k) => t + ghost[k]!, 0);
  const line = { fill: 'none', stroke: p.ink, strokeWidth: 1.25, strokeDasharray: '3 2' };
  return (
    <g data-ghost="A">
      <title>{`${p.mo} · A (pinned): demand ${p.fmt(demand)}, miner heat → greenhouse ${p.fmt(ghost[0]!)}, rejected ${p.fmt(ghost[R]!)}`}</title>
      <line x1={x - 2} x2={x + p.bw + 2} y1={y(demand)} y2={y(demand)} {...line} strokeWidth={2} />
      <rect x={x} y={y(ghost[0]!)} width={p.bw} height={Math.max(0, y(0) - y(ghost[0]!))} {...line} />
      <rect
        x={x + p.bw + 2}
        y={y(ghost[R]!)}
        width={p.rw}
        height={Math.max(0, y(0) - y(ghost[R]!))}
        {...line}
      />
    </g>
  );
}

/** The chart's scale and text in display units: stack totals, the y axis and its ticks, bar sizes, labels. */
function monthlyScale(
  monthly: Monthly,
  pinned: Monthly | undefined,
  units: UnitSystem,
  width: number,
  height: number,
) {
  const u = displayUnit('energy', units).label;
  const vals = monthlyStack(monthly);
  const conv = (k: Key, i: number) => toDisplay(vals[k][i]!, 'energy', units);
  const stackTotal = (i: number) => STACK.reduce((t, s) => t + conv(s.key, i), 0);
  const aVals = pinned ? monthlyStack(pinned) : undefined;
  /** A's month i in SERIES order, display units. */
  const ghost = aVals
    ? (i: number) => SERIES.map((s) => toDisplay(aVals[s.key][i]!, 'energy', units))
    : undefined;
  const highest = (i: number) => {
    const a = ghost?.(i) ?? SERIES.map(() => 0);
    return Math.max(
      stackTotal(i),
      conv('rejected', i),
      a.slice(0, R).reduce((t, v) => t + v, 0),
      a[R]!,
    );
  };
  const max = niceMax(Math.max(...MONTHS.map((_, i) => highest(i))));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const tickText = ticks.map((t) => formatNumber(t, 3));
  // Room for the longest tick label (about 6.5 px a character at 11 px).
  const m = { l: 12 + 6.5 * Math.max(...tickText.map((t) => t.length)), r: 8, t: 10, b: 22 };
  const w = width - m.l - m.r;
  const h = height - m.t - m.b;
  const slot = w / 12;
  const fmt = (v: number) => `${formatNumber(v, 3)} ${u}`;
  // Without a heat pump in either result its (zero) part is left out of the legend and the text.
  const hasHeatPump = [monthly, pinned].some((x) => x?.heatPump.some((v) => v > 0));
  const shown = (k: Key) => hasHeatPump || k !== 'heatPump';
  const monthText = (mo: string, i: number) =>
    `${mo}: demand ${fmt(stackTotal(i))} = ${STACK.filter((s) => shown(s.key))
      .map((s) => `${s.label} ${fmt(conv(s.key, i))}`)
      .join(' + ')}; ${REJECTED.label} ${fmt(conv('rejected', i))}`;
  const csv = () =>
    seriesCsv(
      ['month', ...SERIES.map((s) => `${s.label} (${u})`)],
      [MONTHS, ...SERIES.map((s) => MONTHS.map((_, i) => Number(conv(s.key, i).toPrecision(6))))],
    );
  const y = (v: number) => m.t + h - (v / max) * h;
  return {
    u,
    conv,
    ghost,
    ticks,
    tickText,
    m,
    w,
    h,
    slot,
    bw: slot * 0.5,
    rw: slot * 0.22,
    fmt,
    monthText,
    shown,
    csv,
    y,
  };
}

function Legend({ compare, shown }: { compare: boolean; shown: (k: Key) => boolean }) {
  return (
    <ul className="legend">
      {SERIES.filter((s) => shown(s.key)).map((s) => (
        <li key={s.key}>
          <span className="swatch" style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
      {compare ? (
        <li>
          <span className="swatch swatch-ghost" />A (pinned): demand, miner heat → greenhouse and rejected,
          dashed
        </li>
      ) : null}
    </ul>
  );
}

export function MonthlyBars({
  monthly,
  pinned,
  units,
  width = 640,
  height = 240,
  light = false,
}: {
  monthly: Monthly;
  /** Compare mode: the pinned result A's months, drawn as dashed outlines. */
  pinned?: Monthly | undefined;
  units: UnitSystem;
  width?: number;
  height?: number;
  light?: boolean;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const sc = monthlyScale(monthly, pinned, units, width, height);
  const { u, m, w, h, slot, bw, rw, y } = sc;
  const ink = light ? '#333' : '#93a4b5';
  const grid = light ? '#ddd' : '#22303e';
  return (
    <figure className="chart monthly">
      <figcaption>
        Monthly heat, typical year ({u})
        {light ? null : (
          <ExportButtons
            name="monthly-heat"
            png={() => (svg.current ? svgPng(svg.current) : '')}
            csv={sc.csv}
          />
        )}
      </figcaption>
      <svg
        ref={svg}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Monthly heat in ${u}. ${MONTHS.map(sc.monthText).join('; ')}`}
        preserveAspectRatio="xMidYMid meet"
      >
        {sc.ticks.map((t, k) => (
          <g key={t}>
            <line x1={m.l} x2={m.l + w} y1={y(t)} y2={y(t)} stroke={grid} />
            <text x={m.l - 6} y={y(t) + 4} textAnchor="end" fontSize="11" fill={ink}>
              {sc.tickText[k]}
            </text>
          </g>
        ))}
        {MONTHS.map((mo, i) => (
          <MonthBar
            key={mo}
            mo={mo}
            x={m.l + slot * i + (slot - bw - rw - 2) / 2}
            mid={m.l + slot * i + slot / 2}
            base={m.t + h}
            bw={bw}
            rw={rw}
            values={SERIES.map((sr) => sc.conv(sr.key, i))}
            y={y}
            fmt={sc.fmt}
            ink={ink}
            title={sc.monthText(mo, i)}
            ghost={sc.ghost?.(i)}
          />
        ))}
      </svg>
      <Legend compare={!!sc.ghost} shown={sc.shown} />
    </figure>
  );
}

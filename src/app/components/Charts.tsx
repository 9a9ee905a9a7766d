/**
 * Hourly charts (uPlot): loop temperatures, heat flows and the greenhouse climate (synced cursor and zoom:
 * drag to zoom, double-click to reset, click to pick the hour shown in the 3D twin), and the load-duration
 * curve. Colours: Okabe–Ito (colour-blind safe).
 */
import { useMemo } from 'react';
import uPlot from 'uplot';
import type { SeriesName } from '../../core';
import type { RunOutput } from '../../worker/engine';
import { durationCurve } from '../lib/aggregate';
import { displayUnit, formatNumber, type Kind, toDisplay, type UnitSystem } from '../lib/units';
import { dayMonthTime, seriesCsv, typicalYearTicks } from '../lib/chartText';
import { UPlotChart } from './UPlotChart';

/** Series labels with their unit, for the CSV header. */
function withUnits(o: Omit<uPlot.Options, 'width' | 'height'>, unit: string) {
  return { ...o, series: o.series.map((s, i) => (i ? { ...s, label: `${String(s.label)} (${unit})` } : s)) };
}

export const OKABE_ITO = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#BBBBBB',
};

/** A's colour in compare mode: the line's colour, lighter (hex colours at 55 % opacity). */
export function faded(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return color;
  const [r, g, b] = m.slice(1).map((h) => Number.parseInt(h, 16));
  return `rgba(${r},${g},${b},0.55)`;
}

/** A pinned run the charts can overlay: the same hours as the current one. */
export function comparable(run: RunOutput, pinned: RunOutput | null | undefined): RunOutput | null {
  return pinned && pinned.hours === run.hours ? pinned : null;
}

const A_DASH = [3, 3];

interface Line {
  name: SeriesName;
  label: string;
  color: string;
  dash?: number[];
  width?: number;
}

interface Panel {
  id: string;
  title: string;
  kind: Kind;
  lines: Line[];
}

const PANELS: Panel[] = [
  {
    id: 'temps',
    title: 'Loop temperatures',
    kind: 'temperature',
    lines: [
      { name: 'minerOutletT', label: 'Coolant leaving miners', color: OKABE_ITO.vermillion },
      { name: 'minerInletT', label: 'Coolant to miners', color: OKABE_ITO.orange },
      { name: 'supplyT', label: 'Greenhouse supply', color: OKABE_ITO.green },
      { name: 'preheatedT', label: 'Water after exchanger', color: OKABE_ITO.purple },
      { name: 'greenhouseReturnT', label: 'Greenhouse return', color: OKABE_ITO.blue },
    ],
  },
  {
    id: 'heat',
    title: 'Heat flows',
    kind: 'power',
    lines: [
      // Drawn in this order: the rejected heat first and translucent, so it never hides the miner heat.
      { name: 'dryCoolerDuty', label: 'Rejected (dry cooler)', color: 'rgba(86,180,233,0.55)', width: 1 },
      { name: 'greenhouseHeatDemand', label: 'Greenhouse heat', color: '#E6EDF3', width: 1.5 },
      { name: 'heatToGreenhouse', label: 'Miner heat to greenhouse', color: OKABE_ITO.orange },
      { name: 'backupHeat', label: 'Backup heat', color: OKABE_ITO.purple },
    ],
  },
  {
    id: 'climate',
    title: 'Greenhouse air vs set-point and outdoor',
    kind: 'temperature',
    lines: [
      { name: 'greenhouseAirT', label: 'Greenhouse air', color: OKABE_ITO.green },
      { name: 'setpointT', label: 'Heating set-point', color: OKABE_ITO.yellow, dash: [5, 4] },
      { name: 'outdoorT', label: 'Outdoor', color: OKABE_ITO.sky },
    ],
  },
];

/** Linear map SI → display (a·x + b), from two conversions through mathjs (exact for linear units). */
export function linearMap(kind: Kind, units: UnitSystem): [number, number] {
  const b = toDisplay(0, kind, units);
  const a = toDisplay(1, kind, units) - b;
  return [a, b];
}

function mapped(values: Float64Array, a: number, b: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = a * values[i]! + b;
  return out;
}

/**
 * Unix seconds (UTC) of the middle of each simulated hour, from the weather calendar. The weather is a
 * typical year (TMY): the calendar year below only places the days and is never shown.
 */
export function hourTimes(r: Pick<RunOutput, 'calendar' | 'hours'>): Float64Array {
  const year = r.calendar.leapYear ? 2024 : 2023;
  const t = new Float64Array(r.hours);
  for (let i = 0; i < r.hours; i++) {
    t[i] = Date.UTC(year, r.calendar.month[i]! - 1, r.calendar.day[i]!, r.calendar.hour[i]! - 1, 30) / 1000;
  }
  return t;
}

const AXIS = { stroke: '#93a4b5', grid: { stroke: '#22303e', width: 1 }, ticks: { stroke: '#22303e' } };

/** Room for the y tick labels (measured in the chart's font), so long imperial values never overlap. */
export function ySize(u: uPlot, values: string[] | null): number {
  if (!values?.length) return 50;
  u.ctx.font = '12px system-ui, sans-serif';
  const w = Math.max(...values.map((v) => u.ctx.measureText(v).width)) / devicePixelRatio;
  return Math.ceil(w) + 34; // ticks, gap and the rotated axis label
}

function baseOptions(yLabel: string, time: boolean): Omit<uPlot.Options, 'width' | 'height'> {
  const xAxis: uPlot.Axis = time
    ? {
        ...AXIS,
        label: 'Typical year (TMY)',
        labelSize: 20,
        values: (u, vals) =>
          typicalYearTicks(vals, ((u.scales.x!.max ?? 0) - (u.scales.x!.min ?? 0)) / 86400),
      }
    : { ...AXIS, label: 'Hours of the typical year, sorted by load', labelSize: 20 };
  return {
    title: undefined,
    scales: { x: { time } },
    ...(time ? { tzDate: (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC') } : {}),
    axes: [
      xAxis,
      { ...AXIS, label: yLabel, size: ySize, values: (_u, vals) => vals.map((v) => formatNumber(v, 3)) },
    ],
    legend: { live: true },
    series: [
      time
        ? { label: 'Time', value: (_u, v) => (v === null ? '–' : dayMonthTime(new Date(v * 1000))) }
        : { label: 'Hours' },
    ],
    cursor: { points: { size: 6 } },
    select: { show: true, left: 0, top: 0, width: 0, height: 0 },
    padding: [8, 8, 0, 0],
  };
}

/** CSV of a chart's data (x as day-month-time for the time series). */
function chartCsv(opts: Omit<uPlot.Options, 'width' | 'height'>, data: uPlot.AlignedData, time: boolean) {
  const headers = opts.series.map((s, i) =>
    i === 0 ? (time ? 'time (typical year)' : 'hour') : String(s.label),
  );
  const x = data[0] as ArrayLike<number>;
  const first = time ? Array.from(x, (v) => dayMonthTime(new Date(v * 1000))) : x;
  return seriesCsv(headers, [first, ...(data.slice(1) as ArrayLike<number>[])]);
}

/**
 * One hourly panel's uPlot options (A's lines first, dashed and lighter, so B draws over them). They depend on
 * the units and on whether a run is pinned, not on the run: a new result keeps the chart and only sets its data
 * (UPlotChart rebuilds the chart when its options change, which every result did while they were made with it).
 */
function panelOptions(p: Panel, compare: boolean, units: UnitSystem) {
  const u = displayUnit(p.kind, units);
  const opts = baseOptions(u.label, true);
  const value = (_u: uPlot, v: number | null) => (v === null ? '–' : `${formatNumber(v, 3)} ${u.label}`);
  const aLines = compare ? p.lines : [];
  opts.series = [
    opts.series[0]!,
    ...aLines.map((l) => ({
      label: `A · ${l.label}`,
      stroke: faded(l.color),
      width: 1,
      dash: A_DASH,
      value,
    })),
    ...p.lines.map((l) => ({
      label: compare ? `B · ${l.label}` : l.label,
      stroke: l.color,
      width: l.width ?? 1.25,
      ...(l.dash ? { dash: l.dash } : {}),
      value,
    })),
  ];
  return { p, opts, unit: u.label };
}

/** One hourly panel's data in the display units: the times, then A's lines when pinned, then the run's. */
function panelData(
  p: Panel,
  run: RunOutput,
  pinned: RunOutput | null,
  units: UnitSystem,
  times: Float64Array,
) {
  const [a, b] = linearMap(p.kind, units);
  const aLines = pinned ? p.lines : [];
  return [
    times,
    ...aLines.map((l) => mapped(pinned!.series[l.name], a, b)),
    ...p.lines.map((l) => mapped(run.series[l.name], a, b)),
  ] as unknown as uPlot.AlignedData;
}

export function TimeSeries({
  run,
  pinned,
  units,
  hour,
  onHour,
}: {
  run: RunOutput;
  /** Compare mode: the pinned run A, drawn dashed and lighter under the current one. */
  pinned?: RunOutput | null | undefined;
  units: UnitSystem;
  hour: number;
  onHour: (h: number) => void;
}) {
  const times = useMemo(() => hourTimes(run), [run]);
  const a = comparable(run, pinned);
  const compare = a !== null;
  const panels = useMemo(() => PANELS.map((p) => panelOptions(p, compare, units)), [compare, units]);
  const data = useMemo(() => PANELS.map((p) => panelData(p, run, a, units, times)), [run, a, units, times]);
  const marker = times[Math.min(hour, times.length - 1)];
  return (
    <div className="timeseries">
      {panels.map(({ p, opts, unit }, i) => (
        <UPlotChart
          fileName={`${p.id}-hourly`}
          csv={() => chartCsv(withUnits(opts, unit), data[i]!, true)}
          key={p.id}
          title={p.title}
          options={opts}
          data={data[i]!}
          height={200}
          marker={marker}
          onPick={onHour}
          group="hourly"
          summary={`${p.lines.map((l) => l.label).join(', ')}, hourly through the year${a ? ', with the pinned result A dashed' : ''}.`}
        />
      ))}
      <p className="hint">
        Drag across a chart to zoom (all three follow), double-click to zoom out, click to show that hour in
        the twin.
      </p>
    </div>
  );
}

/** The load-duration chart's options (A's demand and miner heat used dashed when a run is pinned). */
function durationOptions(compare: boolean, units: UnitSystem) {
  const u = displayUnit('power', units);
  const opts = baseOptions(u.label, false);
  const fmt = (_u: uPlot, v: number | null) => (v === null ? '–' : `${formatNumber(v, 3)} ${u.label}`);
  const B = compare ? 'B · ' : '';
  opts.series = [
    { label: 'Hours', value: (_u, v) => (v === null ? '–' : `${v} h`) },
    ...(compare
      ? [
          {
            label: 'A · Greenhouse heat demand',
            stroke: faded('#E6EDF3'),
            width: 1,
            dash: A_DASH,
            value: fmt,
          },
          {
            label: 'A · Miner heat used',
            stroke: faded(OKABE_ITO.orange),
            width: 1,
            dash: A_DASH,
            value: fmt,
          },
        ]
      : []),
    { label: `${B}Greenhouse heat demand`, stroke: '#E6EDF3', width: 1.5, value: fmt },
    { label: `${B}Miner heat available`, stroke: OKABE_ITO.vermillion, width: 1.5, value: fmt },
    { label: `${B}Miner heat used`, stroke: OKABE_ITO.orange, width: 1.5, dash: [5, 4], value: fmt },
  ];
  return opts;
}

/** The load-duration chart's data: hours 1…n, then A's curves when pinned, then the run's. */
function durationData(run: RunOutput, pinned: RunOutput | null, units: UnitSystem) {
  const [a, b] = linearMap('power', units);
  const n = run.hours;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = i + 1;
  const curve = (r: RunOutput, name: SeriesName) => mapped(durationCurve(r.series[name], n), a, b);
  const aData = pinned ? [curve(pinned, 'greenhouseHeatDemand'), curve(pinned, 'heatToGreenhouse')] : [];
  const bData = [
    curve(run, 'greenhouseHeatDemand'),
    curve(run, 'heatToCoolant'),
    curve(run, 'heatToGreenhouse'),
  ];
  return [x, ...aData, ...bData] as unknown as uPlot.AlignedData;
}

export function LoadDuration({
  run,
  pinned,
  units,
}: {
  run: RunOutput;
  pinned?: RunOutput | null | undefined;
  units: UnitSystem;
}) {
  const a = comparable(run, pinned);
  const compare = a !== null;
  const opts = useMemo(() => durationOptions(compare, units), [compare, units]);
  const data = useMemo(() => durationData(run, a, units), [run, a, units]);
  return (
    <UPlotChart
      fileName="load-duration"
      csv={() => chartCsv(withUnits(opts, displayUnit('power', units).label), data, false)}
      title="Load-duration curve"
      options={opts}
      data={data}
      height={220}
      summary="Greenhouse heat demand and miner heat available, each sorted from the highest hour to the lowest."
    />
  );
}

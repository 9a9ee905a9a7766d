/**
 * The sweep's chart (uPlot: each chosen KPI over the swept parameter, one y axis per unit, the scenario's
 * own value as the dashed marker line) and its table of points.
 */
import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { SweepPoint } from '../../../worker/sweep';
import {
  formatSweepValue,
  kpiShown,
  kpiUnit,
  paramUnit,
  type SweepKpi,
  type SweepParam,
  shownValue,
  sweepCsv,
} from '../../lib/sweep';
import { isScenarioValue } from '../../lib/sweepOrder';
import { formatNumber, type UnitSystem } from '../../lib/units';
import { OKABE_ITO } from '../Charts';
import { UPlotChart } from '../UPlotChart';

const COLORS = [OKABE_ITO.orange, OKABE_ITO.sky, OKABE_ITO.green];
const AXIS = { stroke: '#93a4b5', grid: { stroke: '#22303e', width: 1 }, ticks: { stroke: '#22303e' } };

export interface SweepViewProps {
  param: SweepParam;
  kpis: SweepKpi[];
  points: SweepPoint[];
  units: UnitSystem;
  /** The scenario's own value of the parameter (SI), marked on the chart and in the table. */
  current: number | undefined;
}

const withUnit = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);

function chartOptions(p: SweepViewProps, currency: string): Omit<uPlot.Options, 'width' | 'height'> {
  const units = [...new Set(p.kpis.map((k) => kpiUnit(k.info, p.units, currency)))];
  const xUnit = paramUnit(p.param, p.units);
  const fmt = (_u: uPlot, vals: number[]) => vals.map((v) => formatNumber(v, 3));
  return {
    scales: { x: { time: false }, ...Object.fromEntries(units.map((u) => [`y:${u}`, {}])) },
    axes: [
      { ...AXIS, label: withUnit(p.param.label, xUnit), labelSize: 20, values: fmt },
      ...units.map((u, i) => ({
        ...AXIS,
        scale: `y:${u}`,
        side: i % 2 ? 1 : 3,
        label: u || 'ratio',
        size: 70,
        values: fmt,
        ...(i ? { grid: { show: false } } : {}),
      })),
    ],
    legend: { live: true },
    series: [
      { label: withUnit(p.param.label, xUnit), value: (_u, v) => (v === null ? '–' : formatSweepValue(v)) },
      ...p.kpis.map((k, i) => {
        const unit = kpiUnit(k.info, p.units, currency);
        return {
          label: withUnit(k.label, unit),
          scale: `y:${unit}`,
          stroke: COLORS[i % COLORS.length]!,
          width: 2,
          points: { show: true, size: 7 },
          value: (_u: uPlot, v: number | null) => (v === null ? '–' : formatSweepValue(v)),
        };
      }),
    ],
    cursor: { points: { size: 8 } },
    padding: [12, 8, 0, 0],
  };
}

/** Points in the order of the parameter (uPlot needs x ascending), with their values as shown. */
function rowsOf(p: SweepViewProps) {
  return p.points
    .map((pt) => ({
      pt,
      x: shownValue(p.param, pt.value, p.units),
      ys: p.kpis.map((k) => (pt.kpis ? kpiShown(k, pt.kpis, p.units).value : null)),
    }))
    .sort((a, b) => a.x - b.x);
}

const isCurrent = (p: SweepViewProps, si: number) => isScenarioValue(si, p.current);

export function SweepChart(p: SweepViewProps) {
  const currency = String(p.points.find((pt) => pt.kpis)?.kpis?.currency ?? '');
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt when the chosen parameter, KPIs or units change
  const options = useMemo(() => chartOptions(p, currency), [p.param, p.kpis, p.units, currency]);
  const rows = rowsOf(p);
  const data = [
    rows.map((r) => r.x),
    ...p.kpis.map((_, i) => rows.map((r) => r.ys[i] ?? null)),
  ] as uPlot.AlignedData;
  const xUnit = paramUnit(p.param, p.units);
  const marker = p.current === undefined ? undefined : shownValue(p.param, p.current, p.units);
  const names = p.kpis.map((k) => k.label.toLowerCase()).join(', ');
  return (
    <>
      <UPlotChart
        title={`Sweep of ${p.param.label.toLowerCase()}: ${rows.length} point${rows.length > 1 ? 's' : ''}`}
        options={options}
        data={data}
        height={260}
        marker={marker}
        summary={`${names} for ${rows.length} values of ${p.param.label.toLowerCase()}${
          marker === undefined
            ? ''
            : `; the dashed line marks this scenario (${formatSweepValue(marker)} ${xUnit})`
        }`}
        csv={() => sweepCsv(p.param, p.kpis, p.points, p.units)}
        fileName={`sweep-${p.param.path}`}
      />
      {marker === undefined ? null : (
        <p className="sweep-note muted">
          Dashed line: this scenario ({formatSweepValue(marker)} {xUnit}).
        </p>
      )}
      <SweepTable {...p} rows={rows} currency={currency} />
    </>
  );
}

function SweepTable(p: SweepViewProps & { rows: ReturnType<typeof rowsOf>; currency: string }) {
  const xUnit = paramUnit(p.param, p.units);
  return (
    <table className="sweep-table">
      <caption className="visually-hidden">Sweep points</caption>
      <thead>
        <tr>
          <th scope="col">{withUnit(p.param.label, xUnit)}</th>
          {p.kpis.map((k) => (
            <th key={k.id} scope="col" title={k.info.definition}>
              {withUnit(k.label, kpiUnit(k.info, p.units, p.currency))}
            </th>
          ))}
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {p.rows.map((r) => (
          <tr key={r.pt.index} className={isCurrent(p, r.pt.value) ? 'sweep-current' : undefined}>
            <th scope="row">{formatSweepValue(r.x)}</th>
            {r.ys.map((y, i) => (
              <td key={p.kpis[i]!.id}>{y === null ? '–' : formatSweepValue(y)}</td>
            ))}
            <td className="sweep-notes">
              {[
                isCurrent(p, r.pt.value) ? 'this scenario' : '',
                r.pt.error ?? '',
                r.pt.warnings ? `${r.pt.warnings} warning${r.pt.warnings > 1 ? 's' : ''}` : '',
              ]
                .filter(Boolean)
                .join('; ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

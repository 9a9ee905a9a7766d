/**
 * The "Sweep" tab (a lazily loaded chunk): the full year of the open scenario for N values of one of its
 * numeric parameters, run point by point on the app's simulation workers (a point on each at once, the ends
 * of the range first: lib/sweepOrder.ts), with the chosen KPIs over the parameter (chart, table, CSV). The
 * form reads in the display units; a bad entry names the field, the value and the allowed range, and nothing
 * runs.
 */
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import type { Kpis, Scenario } from '../../../core';
import type { SimClient } from '../../../worker/client';
import { getPath, type ScenarioJson } from '../../lib/edit';
import {
  applicableKpis,
  defaultBounds,
  MAX_SWEEP_POINTS,
  MIN_SWEEP_POINTS,
  paramUnit,
  planSweep,
  type SweepForm,
  type SweepKpi,
  type SweepParam,
  rangeEnds,
  sweepKpis,
  sweepParams,
} from '../../lib/sweep';
import { planOrder } from '../../lib/sweepOrder';
import { formatNumber, type UnitSystem } from '../../lib/units';
import { SweepChart } from './SweepChart';
import { type SweepStatus, useSweep } from './useSweep';
import './sweep.css';

export interface SweepTabProps {
  /** The simulation workers the points run on (the first takes the first point). */
  clients: readonly SimClient[];
  input: ScenarioJson;
  /** The valid scenario of `input` (the parameter's current value, SI). */
  scenario: Scenario | null;
  weatherId?: string | undefined;
  units: UnitSystem;
  /** The full year of `input` the page has (not a preview), if any: the sweep's point at the scenario's own value. */
  year?: { kpis: Kpis; warnings: number } | undefined;
}

const PARAMS = sweepParams();
const KPIS = sweepKpis();
const DEFAULT_PARAM = 'greenhouse.floorArea';
const DEFAULT_KPIS = ['heatCoverage', 'backupHeat_MWh', ''];
/** The KPI choosers' fixed slots (keys). */
const SLOTS = ['kpi-1', 'kpi-2', 'kpi-3'];

function currentOf(scenario: Scenario | null, path: string): number | undefined {
  const v = scenario ? getPath(scenario, path) : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function statusText(s: SweepStatus): string {
  if (s.kind === 'running') {
    const first = Math.min(s.done + 1, s.total);
    const last = Math.min(s.done + s.at, s.total);
    return last > first
      ? `Running points ${first}–${last} of ${s.total}…`
      : `Running point ${first} of ${s.total}…`;
  }
  if (s.kind === 'done') return `${s.total} points in ${formatNumber(s.seconds, 2)} s.`;
  if (s.kind === 'cancelled') return `Stopped after ${s.done} of ${s.total} points: ${s.why}.`;
  if (s.kind === 'error') return `The sweep failed: ${s.message}`;
  return '';
}

export default function SweepTab({ clients, input, scenario, weatherId, units, year }: SweepTabProps) {
  const [path, setPath] = useState(DEFAULT_PARAM);
  const param = PARAMS.find((p) => p.path === path) ?? PARAMS[0]!;
  const current = currentOf(scenario, param.path);
  const [form, setForm] = useState<SweepForm>(() => ({
    ...defaultBounds(param, current, units),
    points: '5',
  }));
  const [tried, setTried] = useState(false);
  const [kpiIds, setKpiIds] = useState(DEFAULT_KPIS);
  const sweep = useSweep<{ param: SweepParam }>(clients, input, weatherId);

  // A new parameter or unit system: bounds around the scenario's value, in the units shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on a change of parameter or units (or once the scenario is known), not of the value
  useEffect(() => {
    setForm((f) => ({ ...f, ...defaultBounds(param, current, units) }));
    setTried(false);
  }, [param, units, current === undefined]);

  const plan = planSweep(form, param, units);
  const errors = tried && !plan.ok ? plan.errors : {};
  const kpis = useMemo(() => kpiIds.flatMap((id) => KPIS.filter((k) => k.id === id)), [kpiIds]);
  const offered = useMemo(
    () => applicableKpis(KPIS, scenario, param.path, kpiIds),
    [scenario, param, kpiIds],
  );

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (!plan.ok || !kpis.length) return;
    const { order, own } = planOrder(input, param.path, plan.values, current, scenario, year);
    sweep.start(param.path, plan.values, { param }, order, own);
  }

  const running = sweep.status.kind === 'running';
  const shown = sweep.run;
  return (
    <section className="sweep" aria-label="Sweep of one parameter">
      <p className="muted sweep-intro">
        The full year of this scenario for each value of one parameter, two points at once on the two
        simulation workers: about half a second per point that changes the greenhouse, about a fifth of a
        second for one that changes only the plant or the floor area (the greenhouse of an earlier point
        replayed). The ends of the range come first, then the middles of the gaps, so the curve spans the
        range after two points; this scenario's own value is the year on the Results tab. An edit of the
        scenario stops a running sweep (its numbers then wait for the points being computed, half a second at
        most).
      </p>
      <form className="sweep-form" onSubmit={onSubmit} noValidate>
        <ParamSelect value={param.path} onChange={setPath} units={units} />
        <BoundFields param={param} units={units} form={form} setForm={setForm} errors={errors} />
        <KpiSelects ids={kpiIds} onChange={setKpiIds} offered={offered} />
        <div className="sweep-actions">
          <button type="submit" className="primary" disabled={!clients.length}>
            {running ? 'Restart sweep' : 'Run sweep'}
          </button>
          {running ? (
            <button type="button" onClick={() => sweep.cancel('cancelled')}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
      <p className="sweep-status" role="status" aria-live="polite">
        {statusText(sweep.status)}
        {shown?.stale ? ' These points are from before the latest edit: run the sweep again.' : ''}
      </p>
      {shown?.points.length && kpis.length ? (
        <SweepChart
          param={shown.meta.param}
          kpis={kpis}
          points={shown.points}
          units={units}
          current={shown.stale ? undefined : currentOf(scenario, shown.meta.param.path)}
        />
      ) : null}
    </section>
  );
}

function ParamSelect({
  value,
  onChange,
  units,
}: {
  value: string;
  onChange(p: string): void;
  units: UnitSystem;
}) {
  const id = useId();
  const groups = [...new Set(PARAMS.map((p) => p.group))];
  const p = PARAMS.find((x) => x.path === value);
  const range = p ? rangeEnds(p, units) : undefined;
  return (
    <div className="sweep-field sweep-param">
      <label htmlFor={id}>Parameter</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-range`}
      >
        {groups.map((g) => (
          <optgroup key={g} label={g}>
            {PARAMS.filter((x) => x.group === g).map((x) => (
              <option key={x.path} value={x.path}>
                {x.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <span id={`${id}-range`} className="muted sweep-range">
        allowed {range ? `${range.lo}–${range.hi}${range.unit ? ` ${range.unit}` : ''}` : ''}
      </span>
    </div>
  );
}

/** From, To (in the parameter's display unit) and the number of points. */
function BoundFields(p: {
  param: SweepParam;
  units: UnitSystem;
  form: SweepForm;
  setForm(f: (old: SweepForm) => SweepForm): void;
  errors: Partial<SweepForm>;
}) {
  const unit = paramUnit(p.param, p.units);
  const common = { form: p.form, setForm: p.setForm };
  return (
    <>
      <NumberField name="from" label="From" unit={unit} error={p.errors.from} {...common} />
      <NumberField name="to" label="To" unit={unit} error={p.errors.to} {...common} />
      <NumberField
        name="points"
        label="Points"
        unit={`${MIN_SWEEP_POINTS}–${MAX_SWEEP_POINTS}`}
        error={p.errors.points}
        {...common}
      />
    </>
  );
}

function NumberField(p: {
  name: keyof SweepForm;
  label: string;
  unit: string;
  form: SweepForm;
  setForm(f: (old: SweepForm) => SweepForm): void;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`sweep-field${p.error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{p.label}</label>
      <span className="sweep-input">
        <input
          id={id}
          name={p.name}
          inputMode="decimal"
          value={p.form[p.name]}
          aria-invalid={!!p.error}
          aria-describedby={p.error ? `${id}-err` : undefined}
          onChange={(e) => {
            const v = e.target.value;
            p.setForm((f) => ({ ...f, [p.name]: v }));
          }}
        />
        {p.unit ? <span className="unit">{p.unit}</span> : null}
      </span>
      {p.error ? (
        <span id={`${id}-err`} className="sweep-error" role="alert">
          {p.error}
        </span>
      ) : null}
    </div>
  );
}

function KpiSelects({
  ids,
  onChange,
  offered,
}: {
  ids: string[];
  onChange(ids: string[]): void;
  /** The KPIs in the lists (applicableKpis: the ones the site and the swept parameter can move). */
  offered: readonly SweepKpi[];
}) {
  return (
    <fieldset className="sweep-kpis">
      <legend>KPIs to plot</legend>
      {ids.map((v, i) => (
        <label key={SLOTS[i]} className="sweep-kpi">
          <span className="visually-hidden">KPI {i + 1}</span>
          <select value={v} onChange={(e) => onChange(ids.map((x, j) => (j === i ? e.target.value : x)))}>
            {i ? <option value="">— none —</option> : null}
            {offered.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label} {k.info.display ? `(${k.info.display.unit})` : ''}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

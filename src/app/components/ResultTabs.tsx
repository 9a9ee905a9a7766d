/**
 * The results column's views as tabs (WAI-ARIA tabs pattern, automatic activation): "Results" (KPI cards,
 * 3D twin, charts, warnings — always mounted, hidden when another tab is shown, so the 3D view keeps its
 * state), "Exchanger" (the exchanger at the design day and at an hour of the run), "Telemetry" (measured data,
 * G14 scores, calibration), "Sweep" (one parameter over a range: the year per value) and "Risk & compare" (Monte Carlo business case, mining vs AI per MW). Each of the
 * last three is a lazily loaded chunk, mounted the first time its tab is chosen and kept afterwards.
 */
import {
  Component,
  type KeyboardEvent,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { Scenario, ScenarioIssue } from '../../core';
import type { SimClient } from '../../worker/client';
import type { RunOutput } from '../../worker/engine';
import type { Draft, ScenarioJson } from '../lib/edit';
import type { UnitSystem } from '../lib/units';

export type ResultTab = 'results' | 'exchanger' | 'sweep' | 'telemetry' | 'risk';

const ExchangerPanel = lazy(() => import('./exchanger/ExchangerPanel'));
const SweepTab = lazy(() => import('./sweep/SweepTab'));
const TelemetryTab = lazy(() => import('./telemetry/TelemetryTab'));
const RiskTab = lazy(() => import('./risk/RiskTab'));

const TABS: { id: ResultTab; label: string }[] = [
  { id: 'results', label: 'Results' },
  { id: 'exchanger', label: 'Exchanger' },
  { id: 'sweep', label: 'Sweep' },
  { id: 'telemetry', label: 'Telemetry' },
  { id: 'risk', label: 'Risk & compare' },
];

/** A saved or linked tab name, if this build has that tab. */
export function resultTabOf(name: unknown): ResultTab | undefined {
  return TABS.find((t) => t.id === name)?.id;
}

/** The open scenario and its edit path, for the tabs that read or change it. */
export interface TabContext {
  run: RunOutput | null;
  /** The run is the full year of the current valid input (not a preview, nothing newer running). */
  final: boolean;
  /** The latest full-year run (kept while a newer one computes). */
  fullRun: RunOutput | null;
  units: UnitSystem;
  input: ScenarioJson | undefined;
  /** The valid scenario of `input`. */
  scenario: Scenario | null;
  /** The simulation workers sweeps run on, and the uploaded weather file loaded there (if any). */
  sweepClients: readonly SimClient[];
  weatherId?: string | undefined;
  drafts: Record<string, Draft>;
  issues: ScenarioIssue[];
  onEdit(path: string, value: unknown, text: string, immediate: boolean): void;
  onEdits(edits: Record<string, Draft>): void;
  onNotice(text: string): void;
}

export interface ResultTabsProps {
  tab: ResultTab;
  onTab(tab: ResultTab): void;
  /** The Results tab's content. */
  results: ReactNode;
  ctx: TabContext;
}

/** A tab whose chunk or panel fails says so; the other tabs keep working. */
class TabBoundary extends Component<{ label: string; children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: (e as Error)?.message ?? String(e) };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <p role="alert" className="slot-fallback">
        The {this.props.label} view could not load ({this.state.error}). Reload the page to try again.
      </p>
    );
  }
}

function Loading({ what }: { what: string }) {
  return <p className="tab-loading muted">Loading {what}…</p>;
}

function panelOf(id: ResultTab, ctx: TabContext): ReactNode {
  const { run, input } = ctx;
  if (id === 'exchanger') {
    return run && input ? (
      <ExchangerPanel run={run} units={ctx.units} input={input} />
    ) : (
      <Loading what="the year's run" />
    );
  }
  if (id === 'sweep') {
    return input ? (
      <SweepTab
        clients={ctx.sweepClients}
        input={input}
        scenario={ctx.scenario}
        weatherId={ctx.weatherId}
        units={ctx.units}
        year={ctx.final && ctx.run ? { kpis: ctx.run.kpis, warnings: ctx.run.warnings.length } : undefined}
      />
    ) : null;
  }
  if (id === 'telemetry') {
    return input ? (
      <TelemetryTab
        input={input}
        run={ctx.fullRun}
        updating={!ctx.final}
        onEdits={ctx.onEdits}
        onNotice={ctx.onNotice}
        units={ctx.units}
      />
    ) : null;
  }
  if (id === 'risk') {
    return input ? (
      <RiskTab
        input={input}
        run={ctx.final ? run : null}
        drafts={ctx.drafts}
        issues={ctx.issues}
        onEdit={ctx.onEdit}
        units={ctx.units}
      />
    ) : null;
  }
  return null;
}

export function ResultTabs({ tab, onTab, results, ctx }: ResultTabsProps) {
  const shown = resultTabOf(tab) ?? 'results';
  // Tabs stay mounted once opened (a loaded telemetry file or a risk result survives switching).
  const [opened, setOpened] = useState<ReadonlySet<ResultTab>>(() => new Set([shown]));
  useEffect(() => setOpened((o) => (o.has(shown) ? o : new Set([...o, shown]))), [shown]);
  const buttons = useRef(new Map<ResultTab, HTMLButtonElement>());

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const i = TABS.findIndex((t) => t.id === shown);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const id = TABS[next]!.id;
    onTab(id);
    buttons.current.get(id)?.focus();
  }

  return (
    <>
      <div className="result-tabs" role="tablist" aria-label="Result views" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) buttons.current.set(t.id, el);
              else buttons.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === shown}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === shown ? 0 : -1}
            onClick={() => onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`panel-${t.id}`}
          aria-labelledby={`tab-${t.id}`}
          className={`tab-panel tab-panel-${t.id}`}
          hidden={t.id !== shown}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern makes a panel focusable when its content starts with none (KPI cards)
          tabIndex={0}
        >
          {t.id === 'results' ? (
            results
          ) : opened.has(t.id) ? (
            <TabBoundary label={t.label}>
              <Suspense fallback={<Loading what={t.label} />}>{panelOf(t.id, ctx)}</Suspense>
            </TabBoundary>
          ) : null}
        </div>
      ))}
    </>
  );
}

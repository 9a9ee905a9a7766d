/**
 * The Heat Reuse Twin web app: scenario editor (left); the results (right) — status, warnings by severity,
 * then tabs (ResultTabs): Results (KPI cards, the 3D twin (lazy) with its colour scale and time control, the
 * charts), Exchanger, Telemetry, Risk & compare (lazy chunks). The simulation runs
 * in Web Workers (a quick one-hour-step preview, then the full year); every valid edit reruns it. State
 * lives in hooks: useRuns (simulation), useDocument (edits, undo/redo), useLibraryActions, useWorkspace
 * (start-up, autosave) and useShare.
 */
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { catalog, coverPresets, type SimulationResult } from '../core';
import type { SimClient } from '../worker/client';
import { Editor } from './components/Editor';
import { HourBar } from './components/HourBar';
import { KpiCards } from './components/Kpis';
import { NoticeLine, ShareBox } from './components/Notices';
import { ResultTabs } from './components/ResultTabs';
import { type ResultState, RunStatus } from './components/RunStatus';
import { SceneBoundary } from './components/SceneBoundary';
import { TopBar } from './components/TopBar';
import { WarningStrip, Warnings } from './components/Warnings';
import { type Notice, useDocument } from './hooks/useDocument';
import { useFitHeight } from './hooks/useFitHeight';
import { useLibraryActions } from './hooks/useLibraryActions';
import { useResultTabs } from './hooks/useResultTabs';
import { useRuns } from './hooks/useRuns';
import { useShare } from './hooks/useShare';
import { useUndoKeys } from './hooks/useUndoKeys';
import { useWorkspace } from './hooks/useWorkspace';
import { hourlyCsv, monthlyCsv } from './lib/aggregate';
import { download, slug } from './lib/download';
import { editorGroups } from './lib/fields';
import { kpiCards } from './lib/kpis';
import type { Library } from './lib/storage';
import { sharedView } from './lib/share';
import { snapshotTwin } from './lib/snapshot';
import type { UnitSystem } from './lib/units';

const TwinScene = lazy(() => import('../scene/TwinScene'));
const Dashboard = lazy(() => import('./components/Dashboard'));
const Proposal = lazy(() => import('./components/Proposal').then((m) => ({ default: m.Proposal })));

export interface Services {
  library: Library;
  /** Worker for the quick preview (optional). */
  quick?: SimClient;
  /** Worker for the full-year run. */
  full: SimClient;
}

const GROUPS = editorGroups({
  miners: Object.values(catalog.miners).map((m) => ({ value: m.id, label: `${m.manufacturer} ${m.name}` })),
  dryCoolers: Object.values(catalog.dryCoolers).map((m) => ({ value: m.id, label: m.name })),
  plateExchangers: Object.values(catalog.plateExchangers).map((m) => ({ value: m.id, label: m.name })),
  covers: Object.values(coverPresets()).map((c) => ({ value: c.id, label: c.name })),
});

type ViewName = 'overview' | 'container' | 'exchanger' | 'drycooler' | 'greenhouse';
const VIEW_NAMES = new Set<string>(['overview', 'container', 'exchanger', 'drycooler', 'greenhouse']);

export function App({ services }: { services: Services }) {
  const { library } = services;
  const [notice, setNotice] = useState<Notice>(null);
  const [units, setUnits] = useState<UnitSystem>('SI');
  const [hour, setHour] = useState(0);
  const [view, setView] = useState<ViewName>(() => {
    const v = sharedView(location.hash).view;
    return v && VIEW_NAMES.has(v) ? (v as ViewName) : 'overview';
  });
  const [proposal, setProposal] = useState<{ snapshot: string | null } | null>(null);
  // 3D view on/off (?3d=off starts with it off; ?3d=low asks the scene for its light rendering mode).
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const [show3d, setShow3d] = useState(() => params.get('3d') !== 'off');
  const quality: 'high' | 'low' = params.get('3d') === 'low' || navigator.webdriver ? 'low' : 'high';

  const clients = useMemo(
    () => ({ full: services.full, ...(services.quick ? { quick: services.quick } : {}) }),
    [services],
  );
  const runs = useRuns(clients);
  const document = useDocument(library, clients, runs, setNotice);
  const lib = useLibraryActions(library, document, setNotice);
  const tabs = useResultTabs(runs, document, units, setNotice);
  const { saved, ready } = useWorkspace(
    library,
    document,
    { units, setUnits, hour, setHour, tab: tabs.tab, setTab: tabs.setTabName },
    lib.refreshList,
    setNotice,
  );
  const { run, busy, progress, error: runError } = runs;
  const hourShown = run ? Math.min(hour, run.hours - 1) : hour;
  const { share, makeShare, closeShare } = useShare(document.docRef, hourShown, view);
  useUndoKeys(document.undo, document.redo);

  const openProposal = useCallback(async () => setProposal({ snapshot: await snapshotTwin() }), []);

  const { doc, scenario, issues } = document;
  const cards = useMemo(() => (run ? kpiCards(run, units) : []), [run, units]);
  const runScenario = run ? (runs.scenarioOf(run.revision) ?? scenario) : scenario;
  const simResult = useMemo<SimulationResult | null>(
    () =>
      run && runScenario
        ? {
            scenario: runScenario,
            weather: run.weather,
            hours: run.hours,
            timeStep: run.timeStep,
            steps: run.steps,
            series: run.series,
            kpis: run.kpis,
            economics: run.economics,
            warnings: run.warnings,
          }
        : null,
    [run, runScenario],
  );
  const state: ResultState = !run ? 'none' : run.preview ? 'preview' : busy ? 'stale' : 'final';
  const edit = doc?.edit;
  const pendingEdits = Object.keys(edit?.drafts ?? {}).length;
  const weatherLabel = doc?.weather
    ? `${doc.weather.fileName} — ${doc.weather.location}`
    : 'Bundled typical year: Winnipeg The Forks (TMYx)';
  const name = slug(doc?.name ?? 'scenario');
  // The 3D view (with its colour scale and time control) ends at the bottom of the first screen.
  const twinRef = useRef<HTMLElement>(null);
  useFitHeight(twinRef, 380, 760);

  return (
    <div className="shell" data-autosave={saved} data-ready={ready ? 'yes' : 'no'}>
      <TopBar
        title={scenario ? scenario.name : 'Loading…'}
        doc={doc}
        lib={lib}
        canUndo={document.canUndo}
        canRedo={document.canRedo}
        onUndo={document.undo}
        onRedo={document.redo}
        show3d={show3d}
        onShow3d={setShow3d}
        units={units}
        onUnits={setUnits}
        hasRun={!!run && !!scenario}
        onShare={() => void makeShare()}
        onHourlyCsv={() => run && download(`${name}-hourly.csv`, hourlyCsv(run), 'text/csv')}
        onMonthlyCsv={() => run && download(`${name}-monthly.csv`, monthlyCsv(run), 'text/csv')}
        onProposal={() => void openProposal()}
      />
      {share ? <ShareBox share={share} onClose={closeShare} /> : null}
      {notice ? <NoticeLine notice={notice} onDismiss={() => setNotice(null)} /> : null}
      <div className="layout">
        <aside className="side" aria-label="Scenario">
          {pendingEdits ? (
            <p className="draft-note" role="status">
              {pendingEdits} edit{pendingEdits === 1 ? '' : 's'} not applied yet (marked in red): the results
              show the last valid scenario.
            </p>
          ) : null}
          {edit && scenario ? (
            <Editor
              groups={GROUPS}
              input={edit.input}
              scenario={scenario}
              drafts={edit.drafts}
              issues={issues}
              units={units}
              weatherLabel={weatherLabel}
              onEdit={document.onEdit}
              onCommit={runs.flush}
              onRevert={document.onRevert}
              onUndo={document.undo}
              onRedo={document.redo}
              onWeatherFile={(f) => void document.onWeatherFile(f)}
              onBundledWeather={document.onBundledWeather}
            />
          ) : (
            <p className="muted">Loading the scenario…</p>
          )}
        </aside>
        <main className="content">
          <div className="results-head">
            <h2>A typical year</h2>
            <RunStatus
              state={state}
              run={run}
              progress={progress}
              error={runError}
              busy={busy}
              pendingEdits={pendingEdits}
            />
          </div>
          {run ? <WarningStrip warnings={run.warnings} /> : null}
          <div data-revision={run?.revision ?? 0} data-state={state} className="results">
            <ResultTabs
              tab={tabs.tab}
              onTab={tabs.setTab}
              ctx={tabs.ctx}
              results={
                <>
                  <KpiCards cards={cards} state={state} />
                  {show3d ? (
                    <section className="twin-slot" data-twin aria-label="3D twin" ref={twinRef}>
                      {scenario ? (
                        <SceneBoundary>
                          <Suspense fallback={<div className="slot-loading">Loading the 3D twin…</div>}>
                            <TwinScene
                              scenario={runScenario ?? scenario}
                              result={simResult}
                              hour={hourShown}
                              onHourChange={setHour}
                              units={units}
                              quality={quality}
                              initialView={view}
                              onViewChange={setView}
                            />
                          </Suspense>
                        </SceneBoundary>
                      ) : null}
                    </section>
                  ) : (
                    <HourBar run={run} hour={hourShown} onHour={setHour} />
                  )}
                  {run ? (
                    <Suspense fallback={<div className="charts-loading">Loading charts…</div>}>
                      <Dashboard run={run} units={units} hour={hourShown} onHour={setHour} />
                    </Suspense>
                  ) : null}
                  {run ? <Warnings warnings={run.warnings} /> : null}
                </>
              }
            />
          </div>
        </main>
      </div>
      {proposal && run && runScenario && edit ? (
        <Suspense fallback={null}>
          <Proposal
            scenario={runScenario}
            assumptions={(edit.input.assumptions as string[] | undefined) ?? []}
            sources={(edit.input.sources as Record<string, string> | undefined) ?? {}}
            run={run}
            units={units}
            snapshot={proposal.snapshot}
            onClose={() => setProposal(null)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

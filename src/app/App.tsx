/**
 * The Heat Reuse Twin web app: scenario editor (left); the results (right) — status, warnings by severity,
 * then tabs (ResultTabs): Results (KPI cards, the 3D twin (lazy) with its colour scale and time control, the
 * charts), Exchanger, Sweep, Telemetry, Risk & compare (lazy chunks). The simulation runs
 * in Web Workers (a quick one-hour-step preview, then the full year); every valid edit reruns it. State
 * lives in hooks: useRuns (simulation), useDocument (edits, undo/redo), useLibraryActions, useWorkspace
 * (start-up, autosave) and useShare.
 */
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { catalog, coverPresets, type Scenario, type SimulationResult } from '../core';
import type { RunOutput } from '../worker/engine';
import type { SimClient } from '../worker/client';
import { type QualityRequest, qualityParam } from '../scene/three/renderer';
import { PinButton } from './components/CompareBar';
import { NoticeLine, ShareBox } from './components/Notices';
import { ResultsPane, type ViewName } from './components/ResultsPane';
import { ResultTabs } from './components/ResultTabs';
import { type ResultState, RunStatus } from './components/RunStatus';
import { SidePane } from './components/SidePane';
import { TopBar } from './components/TopBar';
import { WarningStrip } from './components/Warnings';
import { type Notice, useDocument } from './hooks/useDocument';
import { useLibraryActions } from './hooks/useLibraryActions';
import { type CompareState, useCompare } from './hooks/usePin';
import { useResultTabs } from './hooks/useResultTabs';
import { useRuns } from './hooks/useRuns';
import { useShare } from './hooks/useShare';
import { useUndoKeys } from './hooks/useUndoKeys';
import { useWorkspace } from './hooks/useWorkspace';
import { hourlyCsv, monthlyCsv } from './lib/aggregate';
import { download, slug } from './lib/download';
import type { ScenarioJson } from './lib/edit';
import { editorGroups } from './lib/fields';
import { kpiCards } from './lib/kpis';
import { sharedView } from './lib/share';
import { snapshotTwin } from './lib/snapshot';
import type { Library } from './lib/storage';
import { type TwinInputs, twinInputs } from './lib/twinInputs';
import type { UnitSystem } from './lib/units';

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

const VIEW_NAMES = new Set<string>(['overview', 'container', 'exchanger', 'drycooler', 'greenhouse']);

/** The viewpoint named in a share link, else the overview. */
function linkedView(): ViewName {
  const v = sharedView(location.hash).view;
  return v && VIEW_NAMES.has(v) ? (v as ViewName) : 'overview';
}

/** The run as the core's SimulationResult (for the 3D twin), with the scenario it was run for. */
function useSimResult(run: RunOutput | null, runScenario: Scenario | null) {
  return useMemo<SimulationResult | null>(
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
}

/**
 * The page's view settings: units, hour, viewpoint, 3D on/off (?3d=off starts off; ?3d=low asks for light
 * rendering, ?3d=high for full quality even in software WebGL; otherwise the twin decides, and automation draws light).
 */
function useViewSettings() {
  const [units, setUnits] = useState<UnitSystem>('SI');
  const [hour, setHour] = useState(0);
  const [view, setView] = useState<ViewName>(linkedView);
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const [show3d, setShow3d] = useState(() => params.get('3d') !== 'off');
  const asked = qualityParam(params.get('3d'));
  const quality: QualityRequest = asked === 'auto' && navigator.webdriver ? 'low' : asked;
  return { units, setUnits, hour, setHour, view, setView, show3d, setShow3d, quality };
}

/** The state of the open document, its runs, the library, the tabs, the workspace and the share link. */
function useAppState(services: Services) {
  const { library } = services;
  const [notice, setNotice] = useState<Notice>(null);
  const v = useViewSettings();
  const clients = useMemo(
    () => ({ full: services.full, ...(services.quick ? { quick: services.quick } : {}) }),
    [services],
  );
  const runs = useRuns(clients);
  const document = useDocument(library, clients, runs, setNotice);
  const lib = useLibraryActions(library, document, setNotice);
  // Sweeps run on both workers, the full year's first: it holds the traces a plant sweep replays (a sweep
  // point delays an edit's numbers by half a second at most; edits stop sweeps).
  const sweepClients = useMemo(
    () => (services.quick ? [services.full, services.quick] : [services.full]),
    [services],
  );
  const tabs = useResultTabs(runs, document, v.units, setNotice, sweepClients);
  const ws = useWorkspace(
    library,
    document,
    {
      units: v.units,
      setUnits: v.setUnits,
      hour: v.hour,
      setHour: v.setHour,
      tab: tabs.tab,
      setTab: tabs.setTabName,
    },
    lib.refreshList,
    setNotice,
  );
  const { run } = runs;
  const hourShown = run ? Math.min(v.hour, run.hours - 1) : v.hour;
  const share = useShare(document.docRef, hourShown, v.view, tabs.tab, v.units);
  useUndoKeys(document.undo, document.redo);
  return { notice, setNotice, v, runs, document, lib, tabs, ws, hourShown, share };
}

/** What the Results tab shows of the latest run: KPI cards, its scenario, its state and the 3D twin's input. */
function useResultView(
  runs: ReturnType<typeof useRuns>,
  scenario: Scenario | null,
  v: ReturnType<typeof useViewSettings>,
) {
  const { run, busy, seed } = runs;
  // The build's KPIs of the default document stand until the worker's full year for it (or later) arrives.
  const showSeed = seed !== null && !(run && !run.preview && run.revision >= seed.revision);
  const cards = useMemo(
    () => (showSeed && seed ? kpiCards(seed, v.units) : run ? kpiCards(run, v.units) : []),
    [showSeed, seed, run, v.units],
  );
  const runScenario = run ? (runs.scenarioOf(run.revision) ?? scenario) : scenario;
  const simResult = useSimResult(run, runScenario);
  // kept across an economics-only edit (same series) and a quick preview: the 3D view is not rebuilt for them
  const lastTwin = useRef<TwinInputs | null>(null);
  const twinIn = useMemo(() => {
    const t = twinInputs(
      lastTwin.current,
      { scenario: runScenario, result: simResult },
      !!run?.repriced,
      !!run?.preview,
    );
    lastTwin.current = t;
    return t;
  }, [run, runScenario, simResult]);
  const state: ResultState = showSeed
    ? 'build'
    : !run
      ? 'none'
      : run.preview
        ? 'preview'
        : busy
          ? 'stale'
          : 'final';
  const twin = v.show3d
    ? {
        scenario: twinIn.scenario ?? scenario,
        result: twinIn.result,
        quality: v.quality,
        view: v.view,
        onView: v.setView,
      }
    : null;
  return { cards, runScenario, state, twin };
}

/** The results' heading, the run status and the strip of warnings. */
function ResultsHead({
  runs,
  state,
  pendingEdits,
  compare,
  units,
}: {
  runs: ReturnType<typeof useRuns>;
  state: ResultState;
  pendingEdits: number;
  compare: CompareState;
  units: UnitSystem;
}) {
  const { run, busy, progress, error, seed } = runs;
  // the build's warnings with its KPIs (state 'build'), then the run's
  const strip = state === 'build' && seed ? seed.warnings : (run?.warnings ?? null);
  return (
    <>
      <div className="results-head">
        <h2>A typical year</h2>
        {compare.pinned ? null : <PinButton canPin={compare.canPin} onPin={compare.pin} />}
        <RunStatus
          state={state}
          run={run}
          progress={progress}
          error={error}
          busy={busy}
          pendingEdits={pendingEdits}
          units={units}
        />
      </div>
      {strip ? <WarningStrip warnings={strip} settling={state === 'preview' || state === 'stale'} /> : null}
    </>
  );
}

/** The host proposal (a lazy chunk) over the page. */
function ProposalOverlay(p: {
  scenario: Scenario;
  input: ScenarioJson;
  run: RunOutput;
  units: UnitSystem;
  snapshot: string | null;
  onClose(): void;
}) {
  return (
    <Suspense fallback={null}>
      <Proposal
        scenario={p.scenario}
        assumptions={(p.input.assumptions as string[] | undefined) ?? []}
        sources={(p.input.sources as Record<string, string> | undefined) ?? {}}
        run={p.run}
        units={p.units}
        snapshot={p.snapshot}
        onClose={p.onClose}
      />
    </Suspense>
  );
}

export function App({ services }: { services: Services }) {
  const { notice, setNotice, v, runs, document, lib, tabs, ws, hourShown, share } = useAppState(services);
  const { units } = v;
  const [proposal, setProposal] = useState<{ snapshot: string | null } | null>(null);
  const openProposal = useCallback(async () => setProposal({ snapshot: await snapshotTwin() }), []);
  const { run } = runs;
  const { doc, scenario } = document;
  const { cards, runScenario, state, twin } = useResultView(runs, scenario, v);
  const compare = useCompare(run, state === 'final', doc?.name ?? 'Scenario', cards, units);
  const edit = doc?.edit;
  const pendingEdits = Object.keys(edit?.drafts ?? {}).length;
  const name = slug(doc?.name ?? 'scenario');

  return (
    <div className="shell" data-autosave={ws.saved} data-ready={ws.ready ? 'yes' : 'no'}>
      <TopBar
        title={scenario ? scenario.name : 'Loading…'}
        doc={doc}
        lib={lib}
        canUndo={document.canUndo}
        canRedo={document.canRedo}
        onUndo={document.undo}
        onRedo={document.redo}
        show3d={v.show3d}
        onShow3d={v.setShow3d}
        units={units}
        onUnits={v.setUnits}
        hasRun={!!run && !!scenario}
        onShare={() => void share.makeShare()}
        onHourlyCsv={() => run && download(`${name}-hourly.csv`, hourlyCsv(run), 'text/csv')}
        onMonthlyCsv={() => run && download(`${name}-monthly.csv`, monthlyCsv(run), 'text/csv')}
        onProposal={() => void openProposal()}
      />
      {share.share ? <ShareBox share={share.share} onClose={share.closeShare} /> : null}
      {notice ? <NoticeLine notice={notice} onDismiss={() => setNotice(null)} /> : null}
      <div className="layout">
        <SidePane groups={GROUPS} document={document} units={units} onCommit={runs.flush} />
        <main className="content">
          <ResultsHead
            runs={runs}
            state={state}
            pendingEdits={pendingEdits}
            compare={compare}
            units={units}
          />
          <div data-revision={run?.revision ?? 0} data-state={state} className="results">
            <ResultTabs
              tab={tabs.tab}
              onTab={tabs.setTab}
              ctx={tabs.ctx}
              results={
                <ResultsPane
                  run={run}
                  cards={cards}
                  state={state}
                  units={units}
                  hour={hourShown}
                  onHour={v.setHour}
                  twin={twin}
                  compare={compare}
                />
              }
            />
          </div>
        </main>
      </div>
      {proposal && run && runScenario && edit ? (
        <ProposalOverlay
          scenario={runScenario}
          input={edit.input}
          run={run}
          units={units}
          snapshot={proposal.snapshot}
          onClose={() => setProposal(null)}
        />
      ) : null}
    </div>
  );
}

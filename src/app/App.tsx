/**
 * The Heat Reuse Twin web app: scenario editor (left), the 3D twin (lazy) with the hour shown, KPI cards and
 * charts (right), scenario library, import/export, share link, CSV and the host proposal. The simulation runs
 * in Web Workers (a quick one-hour-step preview, then the full year); every valid edit reruns it.
 */
import {
  Component,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { catalog, coverPresets, type Scenario, type ScenarioIssue, type SimulationResult } from '../core';
import type { SimClient } from '../worker/client';
import type { RunOutput } from '../worker/engine';
import { Editor } from './components/Editor';
import { KpiCards } from './components/Kpis';
import { Warnings } from './components/Warnings';
import { hourlyCsv, MONTHS, monthlyCsv } from './lib/aggregate';
import { applyEdit, draftIssues, type EditState, revertDraft, type ScenarioJson, validate } from './lib/edit';
import { editorGroups } from './lib/fields';
import { kpiCards } from './lib/kpis';
import { migrate } from './lib/migrate';
import { PRESETS, presetInput } from './lib/presets';
import { type RunEvent, Runner } from './lib/runner';
import { decodeScenario, sharedPayload, shareUrl } from './lib/share';
import { type DocMeta, type Library, newId, type ScenarioDoc, type WeatherRef } from './lib/storage';
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

const BUNDLED = 'bundled:winnipeg-tmyx';
/** Pause after a keystroke before the simulation reruns (Enter, blur and selects run at once). */
const TYPING_DEBOUNCE_MS = 150;
const AUTOSAVE_MS = 250;

interface Timing {
  revision: number;
  editAt: number;
  previewAt?: number;
  finalAt?: number;
  workerPreviewMs?: number;
  workerFinalMs?: number;
}
declare global {
  interface Window {
    __twin?: { timings: Timing[]; saves: number };
  }
}
const probe = (): NonNullable<Window['__twin']> => {
  window.__twin ??= { timings: [], saves: 0 };
  return window.__twin;
};

type Notice = { kind: 'info' | 'error'; text: string; details?: string[] } | null;

function newDoc(input: ScenarioJson, name?: string): ScenarioDoc {
  return {
    id: newId(),
    name: name ?? String(input.name ?? 'Scenario'),
    edit: { input, drafts: {} },
    savedAt: Date.now(),
  };
}

function issueLines(issues: ScenarioIssue[]): string[] {
  return issues.map(
    (i) => `${i.path} = ${i.value === undefined ? '(missing)' : JSON.stringify(i.value)}: ${i.message}`,
  );
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'scenario'
  );
}

class SceneBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: unknown) {
    return { error: (e as Error)?.message ?? String(e) };
  }
  override render() {
    if (this.state.error) {
      return (
        <div className="slot-fallback">
          The 3D view could not start ({this.state.error}). The numbers below are unaffected.
        </div>
      );
    }
    return this.props.children;
  }
}

export function App({ services }: { services: Services }) {
  const { library } = services;
  const [doc, setDocState] = useState<ScenarioDoc | null>(null);
  const docRef = useRef<ScenarioDoc | null>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [issues, setIssues] = useState<ScenarioIssue[]>([]);
  const [units, setUnits] = useState<UnitSystem>('SI');
  const [hour, setHour] = useState(0);
  const [run, setRun] = useState<RunOutput | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [runError, setRunError] = useState<string | null>(null);
  const [docs, setDocs] = useState<DocMeta[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [share, setShare] = useState<{ url: string; copied: boolean } | null>(null);
  const [proposal, setProposal] = useState<{ snapshot: string | null } | null>(null);
  const [saved, setSaved] = useState<'saved' | 'pending' | 'off'>('pending');
  const [ready, setReady] = useState(false);
  // 3D view on/off (?3d=off starts with it off; ?3d=low asks the scene for its light rendering mode).
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const [show3d, setShow3d] = useState(() => params.get('3d') !== 'off');
  const quality: 'high' | 'low' = params.get('3d') === 'low' || navigator.webdriver ? 'low' : 'high';

  const revision = useRef(0);
  const lastEditAt = useRef(0);
  const scenarios = useRef(new Map<number, Scenario>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ input: ScenarioJson; scenario: Scenario } | null>(null);

  const setDoc = useCallback((d: ScenarioDoc) => {
    docRef.current = d;
    setDocState(d);
  }, []);

  // ── Simulation runner ─────────────────────────────────────────────────────────────────────────────
  const runner = useMemo(() => {
    const onEvent = (e: RunEvent) => {
      if (e.type === 'result') {
        const t = probe().timings.find((x) => x.revision === e.output.revision);
        if (t) {
          if (e.output.preview) t.workerPreviewMs = e.latencyMs;
          else t.workerFinalMs = e.latencyMs;
        }
        setRun(e.output);
        setRunError(null);
        if (!e.output.preview) setProgress(null);
      } else if (e.type === 'progress') {
        if (e.revision === revision.current) setProgress(e.fraction);
      } else if (e.type === 'error') {
        setRunError(e.message);
        setProgress(null);
      } else setBusy(!e.idle);
    };
    return new Runner({ ...(services.quick ? { quick: services.quick } : {}), full: services.full }, onEvent);
  }, [services]);

  const submit = useCallback(
    (input: ScenarioJson, sc: Scenario) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      pending.current = null;
      const rev = ++revision.current;
      scenarios.current.set(rev, sc);
      for (const k of scenarios.current.keys()) if (k < rev - 8) scenarios.current.delete(k);
      probe().timings.push({ revision: rev, editAt: lastEditAt.current || performance.now() });
      const weatherId = docRef.current?.weather?.id;
      runner.submit({ input, revision: rev, ...(weatherId ? { weatherId } : {}) });
    },
    [runner],
  );

  const schedule = useCallback(
    (input: ScenarioJson, sc: Scenario, immediate: boolean) => {
      pending.current = { input, scenario: sc };
      clearTimeout(timer.current);
      if (immediate) submit(input, sc);
      else timer.current = setTimeout(() => submit(input, sc), TYPING_DEBOUNCE_MS);
    },
    [submit],
  );

  const flush = useCallback(() => {
    const p = pending.current;
    if (p && timer.current !== undefined) submit(p.input, p.scenario);
  }, [submit]);

  // Record when each result is on screen (for the edit → update measurement).
  useEffect(() => {
    if (!run) return;
    const t = probe().timings.find((x) => x.revision === run.revision);
    if (!t) return;
    const now = performance.now();
    if (run.preview) t.previewAt ??= now;
    else t.finalAt ??= now;
  }, [run]);

  // ── Opening a document ────────────────────────────────────────────────────────────────────────────
  const loadWeatherInWorkers = useCallback(
    async (ref: WeatherRef, text: string) => {
      await Promise.all(
        [services.full, services.quick]
          .filter(Boolean)
          .map((c) => c!.loadWeather(ref.id, text, ref.fileName)),
      );
    },
    [services],
  );

  const open = useCallback(
    async (d: ScenarioDoc) => {
      let doc = d;
      if (doc.weather) {
        const text = await library.weatherText(doc.weather.id).catch(() => undefined);
        if (text) {
          try {
            await loadWeatherInWorkers(doc.weather, text);
          } catch {
            doc = { ...doc, weather: undefined } as ScenarioDoc;
          }
        } else {
          setNotice({
            kind: 'info',
            text: `The weather file ${doc.weather.fileName} is not on this device: using the bundled Winnipeg year.`,
          });
          const { weather: _w, ...rest } = doc;
          doc = {
            ...rest,
            edit: {
              ...doc.edit,
              input: { ...doc.edit.input, site: { ...(doc.edit.input.site as object), weather: BUNDLED } },
            },
          };
        }
      }
      const v = validate(doc.edit.input);
      if (!v.ok) {
        setNotice({
          kind: 'error',
          text: 'The saved scenario no longer validates; opened the Manitoba pilot instead.',
          details: issueLines(v.issues),
        });
        doc = newDoc(presetInput('manitoba-pilot'));
      }
      const sc = v.ok ? v.scenario : (validate(doc.edit.input) as { ok: true; scenario: Scenario }).scenario;
      setDoc(doc);
      setScenario(sc);
      setIssues(draftIssues(doc.edit));
      setShare(null);
      lastEditAt.current = performance.now();
      submit(doc.edit.input, sc);
    },
    [library, loadWeatherInWorkers, setDoc, submit],
  );

  const refreshList = useCallback(async () => {
    try {
      setDocs(await library.list());
    } catch {
      // storage unavailable: the list stays as it is
    }
  }, [library]);

  // ── Start-up: shared link, else the saved workspace, else the Manitoba pilot ─────────────────────────
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let start: ScenarioDoc | undefined;
      const payload = sharedPayload(location.hash);
      if (payload) {
        try {
          const json = migrate(await decodeScenario(payload));
          const v = validate(json);
          if (!v.ok)
            throw Object.assign(new Error('The shared scenario is not valid'), {
              details: issueLines(v.issues),
            });
          start = newDoc(json);
          setNotice({
            kind: 'info',
            text: `Opened the shared scenario “${start.name}” (saved to this browser).`,
          });
        } catch (e) {
          setNotice({
            kind: 'error',
            text: (e as Error).message,
            details: (e as { details?: string[] }).details,
          });
        }
        history.replaceState(null, '', location.pathname + location.search);
      }
      let ws: Awaited<ReturnType<Library['workspace']>>;
      try {
        ws = await library.workspace();
        if (!start && ws) start = await library.load(ws.activeId);
      } catch {
        setSaved('off');
        setNotice({ kind: 'info', text: 'This browser does not allow local storage: autosave is off.' });
      }
      if (cancelled) return;
      if (ws) {
        setUnits(ws.units);
        setHour(ws.hour);
      }
      await open(start ?? newDoc(presetInput('manitoba-pilot')));
      setReady(true);
      void refreshList();
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  // ── Autosave ──────────────────────────────────────────────────────────────────────────────────────
  const storageOff = saved === 'off';
  useEffect(() => {
    if (!ready || !doc || storageOff) return;
    setSaved('pending');
    const t = setTimeout(async () => {
      try {
        const d = { ...doc, savedAt: Date.now() };
        await library.save(d);
        await library.saveWorkspace({ version: 1, activeId: d.id, units, hour });
        probe().saves++;
        setSaved('saved');
        void refreshList();
      } catch {
        setSaved('off');
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [doc, units, hour, ready, library, refreshList, storageOff]);

  // ── Editing ───────────────────────────────────────────────────────────────────────────────────────
  const applyState = useCallback(
    (
      next: EditState,
      sc: Scenario | undefined,
      newIssues: ScenarioIssue[],
      immediate: boolean,
      rerun = true,
    ) => {
      const d = docRef.current;
      if (!d) return;
      const changed = next.input !== d.edit.input;
      setDoc({ ...d, edit: next, name: String(next.input.name ?? d.name) });
      setIssues(newIssues);
      if (changed && sc) {
        setScenario(sc);
        if (rerun) schedule(next.input, sc, immediate);
      }
    },
    [schedule, setDoc],
  );

  const onEdit = useCallback(
    (path: string, value: unknown, text: string, immediate: boolean) => {
      const d = docRef.current;
      if (!d) return;
      lastEditAt.current = performance.now();
      const r = applyEdit(d.edit, path, value, text);
      applyState(r.state, r.scenario, r.issues, immediate, path !== 'name' && path !== 'site.name');
    },
    [applyState],
  );

  const onRevert = useCallback(
    (path: string) => {
      const d = docRef.current;
      if (!d) return;
      const next = revertDraft(d.edit, path);
      setDoc({ ...d, edit: next });
      setIssues(draftIssues(next));
    },
    [setDoc],
  );

  const onWeatherFile = useCallback(
    async (file: File) => {
      const text = await file.text();
      const id = newId();
      try {
        const [info] = await Promise.all(
          [services.full, services.quick].filter(Boolean).map((c) => c!.loadWeather(id, text, file.name)),
        );
        await library.saveWeather(id, text).catch(() => undefined);
        const d = docRef.current!;
        setDoc({ ...d, weather: { id, fileName: file.name, location: info!.location } });
        setNotice({ kind: 'info', text: `Weather: ${file.name} (${info!.location}, ${info!.hours} hours).` });
        onEdit('site.weather', file.name, file.name, true);
      } catch (e) {
        setNotice({
          kind: 'error',
          text: `The weather file ${file.name} could not be read; nothing was changed.`,
          details: [(e as Error).message],
        });
      }
    },
    [library, onEdit, services, setDoc],
  );

  const onBundledWeather = useCallback(() => {
    const d = docRef.current!;
    const { weather: _w, ...rest } = d;
    setDoc(rest as ScenarioDoc);
    onEdit('site.weather', BUNDLED, BUNDLED, true);
  }, [onEdit, setDoc]);

  // ── Library, import/export, share, CSV ─────────────────────────────────────────────────────────────
  const switchTo = useCallback(
    async (id: string) => {
      const d = await library.load(id);
      if (d) await open(d);
    },
    [library, open],
  );

  const fromPreset = useCallback(
    async (id: string) => {
      const p = PRESETS.find((x) => x.id === id);
      if (!p) return;
      await open(newDoc(presetInput(id)));
      setNotice({ kind: 'info', text: `New scenario from the preset “${p.label}”.` });
    },
    [open],
  );

  const duplicate = useCallback(async () => {
    const d = docRef.current;
    if (!d) return;
    const name = `${d.name} (copy)`;
    const input = { ...structuredClone(d.edit.input), name };
    await open({
      ...newDoc(input, name),
      ...(d.weather ? { weather: d.weather } : {}),
      edit: { input, drafts: structuredClone(d.edit.drafts) },
    });
  }, [open]);

  const remove = useCallback(async () => {
    const d = docRef.current;
    if (!d || !window.confirm(`Delete the saved scenario “${d.name}”?`)) return;
    await library.remove(d.id).catch(() => undefined);
    const rest = (await library.list().catch(() => [])).filter((x) => x.id !== d.id);
    const next = rest[0] ? await library.load(rest[0].id) : undefined;
    await open(next ?? newDoc(presetInput('manitoba-pilot')));
    void refreshList();
  }, [library, open, refreshList]);

  const importFile = useCallback(
    async (file: File) => {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (e) {
        setNotice({
          kind: 'error',
          text: `${file.name} is not a JSON file; nothing was replaced.`,
          details: [(e as Error).message],
        });
        return;
      }
      let input: ScenarioJson;
      try {
        input = migrate(json);
      } catch (e) {
        setNotice({
          kind: 'error',
          text: `${file.name} is not a scenario file; nothing was replaced.`,
          details: [(e as Error).message],
        });
        return;
      }
      const v = validate(input);
      if (!v.ok) {
        setNotice({
          kind: 'error',
          text: `${file.name} has ${v.issues.length} invalid field${v.issues.length === 1 ? '' : 's'}; nothing was replaced.`,
          details: issueLines(v.issues),
        });
        return;
      }
      await open(newDoc(input));
      setNotice({ kind: 'info', text: `Imported “${String(input.name)}” from ${file.name}.` });
    },
    [open],
  );

  const exportJson = useCallback(() => {
    const d = docRef.current;
    if (d) download(`${slug(d.name)}.json`, `${JSON.stringify(d.edit.input, null, 2)}\n`, 'application/json');
  }, []);

  const makeShare = useCallback(async () => {
    const d = docRef.current;
    if (!d) return;
    const url = await shareUrl(d.edit.input, location.href);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // clipboard refused (permissions, insecure context): the link stays selectable in the box
    }
    setShare({ url, copied });
  }, []);

  const openProposal = useCallback(async () => {
    // 3D snapshot: the twin's WebGL canvas, read inside an animation frame (right after the scene has
    // drawn it, before the browser clears the drawing buffer). Blank or unreadable → the empty slot.
    const canvas = document.querySelector<HTMLCanvasElement>('[data-twin] canvas');
    let snapshot: string | null = null;
    if (canvas) {
      snapshot = await new Promise<string | null>((resolve) =>
        requestAnimationFrame(() => {
          try {
            resolve(canvas.toDataURL('image/jpeg', 0.85));
          } catch {
            resolve(null);
          }
        }),
      );
      if (snapshot && snapshot.length < 20000) snapshot = null; // a blank frame compresses to almost nothing
    }
    setProposal({ snapshot });
  }, []);

  // ── Derived views ─────────────────────────────────────────────────────────────────────────────────
  const cards = useMemo(() => (run ? kpiCards(run, units) : []), [run, units]);
  const runScenario = run ? (scenarios.current.get(run.revision) ?? scenario) : scenario;
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
  const hourShown = run ? Math.min(hour, run.hours - 1) : hour;
  const state = !run ? 'none' : run.preview ? 'preview' : busy ? 'stale' : 'final';

  const edit = doc?.edit;
  const weatherLabel = doc?.weather
    ? `${doc.weather.fileName} — ${doc.weather.location}`
    : 'Bundled typical year: Winnipeg The Forks (TMYx)';

  return (
    <div className="shell" data-autosave={saved} data-ready={ready ? 'yes' : 'no'}>
      <header className="top">
        <div className="brand">
          <h1>Heat Reuse Twin</h1>
          <p className="tag">{scenario ? scenario.name : 'Loading…'}</p>
        </div>
        <div className="toolbar" role="toolbar" aria-label="Scenario">
          <label className="tool">
            <span>Scenario</span>
            <select
              aria-label="Saved scenarios"
              value={doc?.id ?? ''}
              onChange={(e) => void switchTo(e.target.value)}
            >
              {doc && !docs.some((x) => x.id === doc.id) ? <option value={doc.id}>{doc.name}</option> : null}
              {docs.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.id === doc?.id ? doc.name : x.name}
                </option>
              ))}
            </select>
          </label>
          <label className="tool">
            <span>New from preset</span>
            <select
              aria-label="New scenario from preset"
              value=""
              onChange={(e) => void fromPreset(e.target.value)}
            >
              <option value="">Choose a site…</option>
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void duplicate()}>
            Duplicate
          </button>
          <button type="button" onClick={() => void remove()} disabled={docs.length <= 1}>
            Delete
          </button>
        </div>
        <label className="switch">
          <input type="checkbox" checked={show3d} onChange={(e) => setShow3d(e.target.checked)} />
          3D view
        </label>
        <fieldset className="units" aria-label="Units">
          <legend className="visually-hidden">Units</legend>
          {(['SI', 'imperial'] as const).map((u) => (
            <label key={u} className={units === u ? 'on' : ''}>
              <input type="radio" name="units" value={u} checked={units === u} onChange={() => setUnits(u)} />
              {u === 'SI' ? 'SI' : 'Imperial'}
            </label>
          ))}
        </fieldset>
        <div className="toolbar" role="toolbar" aria-label="Files and sharing">
          <label className="button" htmlFor="import-json">
            Import
          </label>
          <input
            id="import-json"
            className="visually-hidden"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void importFile(f);
              e.target.value = '';
            }}
          />
          <button type="button" onClick={exportJson}>
            Export
          </button>
          <button type="button" onClick={() => void makeShare()}>
            Share link
          </button>
          <button
            type="button"
            disabled={!run}
            onClick={() =>
              run && download(`${slug(doc?.name ?? 'scenario')}-hourly.csv`, hourlyCsv(run), 'text/csv')
            }
          >
            Hourly CSV
          </button>
          <button
            type="button"
            disabled={!run}
            onClick={() =>
              run && download(`${slug(doc?.name ?? 'scenario')}-monthly.csv`, monthlyCsv(run), 'text/csv')
            }
          >
            Monthly CSV
          </button>
          <button
            type="button"
            className="primary"
            disabled={!run || !scenario}
            onClick={() => void openProposal()}
          >
            Host proposal
          </button>
        </div>
      </header>
      {share ? (
        <div className="notice info share" role="status">
          <label htmlFor="share-url">{share.copied ? 'Link copied. ' : ''}Share link:</label>
          <input id="share-url" readOnly value={share.url} onFocus={(e) => e.target.select()} />
          <button type="button" className="icon" aria-label="Close share link" onClick={() => setShare(null)}>
            ×
          </button>
        </div>
      ) : null}
      {notice ? (
        <div
          className={`notice ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-notice={notice.kind}
        >
          <p>{notice.text}</p>
          {notice.details?.length ? (
            <ul>
              {notice.details.slice(0, 12).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="icon" aria-label="Dismiss message" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      ) : null}
      <div className="layout">
        <aside className="side">
          {edit && scenario ? (
            <Editor
              groups={GROUPS}
              input={edit.input}
              scenario={scenario}
              drafts={edit.drafts}
              issues={issues}
              units={units}
              weatherLabel={weatherLabel}
              onEdit={onEdit}
              onCommit={flush}
              onRevert={onRevert}
              onWeatherFile={(f) => void onWeatherFile(f)}
              onBundledWeather={onBundledWeather}
            />
          ) : (
            <p className="muted">Loading the scenario…</p>
          )}
          {Object.keys(edit?.drafts ?? {}).length ? (
            <p className="draft-note" role="status">
              {Object.keys(edit!.drafts).length} edit(s) not applied yet: the results show the last valid
              scenario.
            </p>
          ) : null}
        </aside>
        <main className="content">
          {show3d ? (
            <section className="twin-slot" data-twin aria-label="3D twin">
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
                    />
                  </Suspense>
                </SceneBoundary>
              ) : null}
            </section>
          ) : (
            <HourBar run={run} hour={hourShown} onHour={setHour} />
          )}
          <div className="results-head">
            <h2>A typical year</h2>
            <RunStatus state={state} run={run} progress={progress} error={runError} busy={busy} />
          </div>
          <div data-revision={run?.revision ?? 0} data-state={state} className="results">
            <KpiCards cards={cards} state={state} />
            {run ? (
              <Suspense fallback={<div className="charts-loading">Loading charts…</div>}>
                <Dashboard run={run} units={units} hour={hourShown} onHour={setHour} />
              </Suspense>
            ) : null}
            {run ? <Warnings warnings={run.warnings} /> : null}
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

function RunStatus({
  state,
  run,
  progress,
  error,
  busy,
}: {
  state: string;
  run: RunOutput | null;
  progress: number | null;
  error: string | null;
  busy: boolean;
}) {
  if (error) {
    return (
      <p className="run-status error" role="alert">
        The simulation failed: {error}. The results shown are from the last run that worked.
      </p>
    );
  }
  const pct = progress === null ? null : Math.round(progress * 100);
  return (
    <div className="run-status" aria-live="polite">
      {busy || state === 'preview' || !run ? (
        <>
          <span>
            {!run
              ? 'Simulating the year…'
              : state === 'preview'
                ? 'Quick preview (1-hour steps) — refining…'
                : 'Updating…'}
          </span>
          <progress max={100} value={pct ?? undefined} aria-label="Simulation progress" />
        </>
      ) : (
        <span className="ok">
          Up to date · {run.hours.toLocaleString('en-US')} h at {run.timeStep / 60}-min steps in{' '}
          {Math.round(run.elapsedMs)} ms
        </span>
      )}
    </div>
  );
}

function HourBar({
  run,
  hour,
  onHour,
}: {
  run: RunOutput | null;
  hour: number;
  onHour: (h: number) => void;
}) {
  const n = run?.hours ?? 8760;
  const label = run
    ? `${MONTHS[run.calendar.month[hour]! - 1]} ${run.calendar.day[hour]}, ${String(run.calendar.hour[hour]! - 1).padStart(2, '0')}:00–${String(run.calendar.hour[hour]!).padStart(2, '0')}:00`
    : '';
  return (
    <div className="hourbar">
      <label htmlFor="hour">Hour shown</label>
      <input
        id="hour"
        type="range"
        min={0}
        max={n - 1}
        step={1}
        value={hour}
        aria-valuetext={label}
        onChange={(e) => onHour(Number(e.target.value))}
      />
      <output htmlFor="hour">{label}</output>
    </div>
  );
}

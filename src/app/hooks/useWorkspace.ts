/**
 * Start-up (a shared link, else the saved workspace, else the Manitoba pilot) and autosave of the open
 * document, the unit system, the hour shown and the results tab.
 */
import { useEffect, useState } from 'react';
import { validate } from '../lib/edit';
import { migrate } from '../lib/migrate';
import { presetInput } from '../lib/presets';
import { decodeShared, sharedPayload, sharedView } from '../lib/share';
import type { Library, ScenarioDoc, Workspace } from '../lib/storage';
import type { UnitSystem } from '../lib/units';
import { probe } from './probe';
import { type DocumentState, issueLines, type Notice, newDoc } from './useDocument';

const AUTOSAVE_MS = 250;

export interface WorkspaceView {
  units: UnitSystem;
  setUnits(u: UnitSystem): void;
  hour: number;
  setHour(h: number): void;
  /** Viewpoint named in a shared link (read once at start). */
  sharedViewName?: string;
  /** The results tab shown (saved with the workspace; `setTab` gets the saved name, unchecked). */
  tab?: string;
  setTab?(name: string): void;
}

/** The saved workspace with the results tab (an optional field older saves do not have). */
type SavedWorkspace = Workspace & { tab?: string };

interface Shared {
  start?: ScenarioDoc;
  hour?: number;
  tab?: string;
  units?: 'SI' | 'imperial';
}

/** The scenario of a share link in the page's hash (then removed from the address), its hour, tab and units. */
async function openShared(setNotice: (n: Notice) => void): Promise<Shared> {
  const payload = sharedPayload(location.hash);
  if (!payload) return {};
  const out: Shared = {};
  try {
    const json = migrate(await decodeShared(payload));
    const v = validate(json);
    if (!v.ok)
      throw Object.assign(new Error('The shared scenario is not valid'), {
        details: issueLines(v.issues),
      });
    out.start = newDoc(json);
    const { hour, tab, units } = sharedView(location.hash);
    if (hour !== undefined) out.hour = hour;
    if (tab !== undefined) out.tab = tab;
    if (units !== undefined) out.units = units;
    setNotice({
      kind: 'info',
      text: `Opened the shared scenario “${out.start.name}” (saved to this browser).`,
    });
  } catch (e) {
    setNotice({
      kind: 'error',
      text: (e as Error).message,
      details: (e as { details?: string[] }).details,
    });
  }
  history.replaceState(null, '', location.pathname + location.search);
  return out;
}

/** The open document and the workspace saved a moment after each change (storage refused: autosave off). */
function useAutosave(
  library: Library,
  doc: ScenarioDoc | null,
  view: WorkspaceView,
  ready: boolean,
  refreshList: () => Promise<void>,
) {
  const [saved, setSaved] = useState<'saved' | 'pending' | 'off'>('pending');
  const { units, hour, tab } = view;
  const storageOff = saved === 'off';
  useEffect(() => {
    if (!ready || !doc || storageOff) return;
    setSaved('pending');
    const t = setTimeout(async () => {
      try {
        const d = { ...doc, savedAt: Date.now() };
        await library.save(d);
        const ws: SavedWorkspace = { version: 1, activeId: d.id, units, hour, ...(tab ? { tab } : {}) };
        await library.saveWorkspace(ws);
        probe().saves++;
        setSaved('saved');
        void refreshList();
      } catch {
        setSaved('off');
      }
    }, AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [doc, units, hour, tab, ready, library, refreshList, storageOff]);
  return [saved, setSaved] as const;
}

export function useWorkspace(
  library: Library,
  document: DocumentState,
  view: WorkspaceView,
  refreshList: () => Promise<void>,
  setNotice: (n: Notice) => void,
) {
  const [ready, setReady] = useState(false);
  const { doc, open } = document;
  const { setUnits, setHour, setTab } = view;
  const [saved, setSaved] = useAutosave(library, doc, view, ready, refreshList);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const shared = await openShared(setNotice);
      let start = shared.start;
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
        const savedTab = (ws as SavedWorkspace).tab;
        if (typeof savedTab === 'string') setTab?.(savedTab);
      }
      if (shared.hour !== undefined) setHour(shared.hour);
      // A link made in imperial opens in imperial (a demo sent to a US host); one without keeps the reader's own.
      if (shared.units !== undefined) setUnits(shared.units);
      // A link opens on its tab; one without (older links, or made on Results) on Results.
      if (shared.start) setTab?.(shared.tab ?? 'results');
      await open(start ?? newDoc(presetInput('manitoba-pilot')));
      setReady(true);
      void refreshList();
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  return { saved, ready };
}

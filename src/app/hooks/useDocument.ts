/**
 * The open scenario document: its edit state (last valid input + drafts), the validated scenario, the
 * drafts' issues, opening documents, editing with undo/redo, and the weather file. Runs go through `runs`.
 */
import { useCallback, useRef, useState } from 'react';
import type { Scenario, ScenarioIssue } from '../../core';
import {
  applyEdit,
  applyEdits,
  draftIssues,
  type EditState,
  revertDraft,
  type ScenarioJson,
  validate,
} from '../lib/edit';
import { presetInput } from '../lib/presets';
import { type Library, newId, type ScenarioDoc, type WeatherRef } from '../lib/storage';
import { emptyHistory, type History, record, redo as redoStep, undo as undoStep } from './history';
import type { RunClients, Runs } from './useRuns';

export const BUNDLED = 'bundled:winnipeg-tmyx';

export type Notice = { kind: 'info' | 'error'; text: string; details?: string[] } | null;

export function newDoc(input: ScenarioJson, name?: string): ScenarioDoc {
  return {
    id: newId(),
    name: name ?? String(input.name ?? 'Scenario'),
    edit: { input, drafts: {} },
    savedAt: Date.now(),
  };
}

export function issueLines(issues: ScenarioIssue[]): string[] {
  return issues.map(
    (i) => `${i.path} = ${i.value === undefined ? '(missing)' : JSON.stringify(i.value)}: ${i.message}`,
  );
}

/** Paths that do not change the simulation (renaming reruns nothing). */
const NO_RERUN = new Set(['name', 'site.name']);

export function useDocument(
  library: Library,
  clients: RunClients,
  runs: Runs,
  setNotice: (n: Notice) => void,
) {
  const [doc, setDocState] = useState<ScenarioDoc | null>(null);
  const docRef = useRef<ScenarioDoc | null>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [issues, setIssues] = useState<ScenarioIssue[]>([]);
  const [history, setHistoryState] = useState<History>(emptyHistory);
  const historyRef = useRef<History>(history);
  const { schedule, submit, markEdit } = runs;

  const setDoc = useCallback((d: ScenarioDoc) => {
    docRef.current = d;
    setDocState(d);
  }, []);
  const setHistory = useCallback((h: History) => {
    historyRef.current = h;
    setHistoryState(h);
  }, []);

  const loadWeatherInWorkers = useCallback(
    async (ref: WeatherRef, text: string) => {
      await Promise.all(
        [clients.full, clients.quick].filter(Boolean).map((c) => c!.loadWeather(ref.id, text, ref.fileName)),
      );
    },
    [clients],
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
      let v = validate(doc.edit.input);
      if (!v.ok) {
        setNotice({
          kind: 'error',
          text: 'The saved scenario no longer validates; opened the Manitoba pilot instead.',
          details: issueLines(v.issues),
        });
        doc = newDoc(presetInput('manitoba-pilot'));
        v = validate(doc.edit.input);
      }
      const sc = (v as { ok: true; scenario: Scenario }).scenario;
      setDoc(doc);
      setScenario(sc);
      setIssues(draftIssues(doc.edit));
      setHistory(emptyHistory());
      markEdit();
      submit(doc.edit.input, sc, doc.weather?.id);
    },
    [library, loadWeatherInWorkers, setDoc, submit, markEdit, setNotice, setHistory],
  );

  /** Show `next` as the edit state; rerun when the valid input changed. */
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
        if (rerun) schedule(next.input, sc, immediate, d.weather?.id);
      }
    },
    [schedule, setDoc],
  );

  const onEdit = useCallback(
    (path: string, value: unknown, text: string, immediate: boolean) => {
      const d = docRef.current;
      if (!d) return;
      markEdit();
      const r = applyEdit(d.edit, path, value, text);
      setHistory(record(historyRef.current, d.edit, path, performance.now()));
      applyState(r.state, r.scenario, r.issues, immediate, !NO_RERUN.has(path));
    },
    [applyState, markEdit, setHistory],
  );

  /** Several edits as one step (one undo), run at once. */
  const onEdits = useCallback(
    (edits: Record<string, { value: unknown; text: string }>) => {
      const d = docRef.current;
      if (!d) return;
      markEdit();
      const r = applyEdits(d.edit, edits);
      setHistory(record(historyRef.current, d.edit, Object.keys(edits).join(','), performance.now()));
      applyState(r.state, r.scenario, r.issues, true);
    },
    [applyState, markEdit, setHistory],
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

  /** Show a remembered edit state (undo/redo): its drafts come back with their messages. */
  const restore = useCallback(
    (state: EditState) => {
      const d = docRef.current;
      if (!d) return;
      const v = validate(state.input);
      if (!v.ok) return;
      markEdit();
      applyState(state, v.scenario, draftIssues(state), true);
    },
    [applyState, markEdit],
  );

  const undo = useCallback(() => {
    const d = docRef.current;
    const step = d && undoStep(historyRef.current, d.edit);
    if (!step) return;
    setHistory(step.history);
    restore(step.state);
  }, [restore, setHistory]);

  const redo = useCallback(() => {
    const d = docRef.current;
    const step = d && redoStep(historyRef.current, d.edit);
    if (!step) return;
    setHistory(step.history);
    restore(step.state);
  }, [restore, setHistory]);

  const onWeatherFile = useCallback(
    async (file: File) => {
      const text = await file.text();
      const id = newId();
      try {
        const [info] = await Promise.all(
          [clients.full, clients.quick].filter(Boolean).map((c) => c!.loadWeather(id, text, file.name)),
        );
        await library.saveWeather(id, text).catch(() => undefined);
        const d = docRef.current!;
        setDoc({ ...d, weather: { id, fileName: file.name, location: info!.location } });
        // Loaded on demand: the percentile reads the whole file, and most sessions never upload one.
        const { siteFromWeather } = await import('../lib/weatherSite');
        const { edits, text: changed } = siteFromWeather(info!, text, d.edit.input);
        setNotice({
          kind: 'info',
          text: `Weather: ${file.name} (${info!.location}, ${info!.hours} hours). ${changed} (one edit: Undo puts the previous values back)`,
        });
        onEdits(edits);
      } catch (e) {
        setNotice({
          kind: 'error',
          text: `The weather file ${file.name} could not be read; nothing was changed.`,
          details: [(e as Error).message],
        });
      }
    },
    [library, onEdits, clients, setDoc, setNotice],
  );

  const onBundledWeather = useCallback(() => {
    const d = docRef.current!;
    const { weather: _w, ...rest } = d;
    setDoc(rest as ScenarioDoc);
    onEdit('site.weather', BUNDLED, BUNDLED, true);
  }, [onEdit, setDoc]);

  return {
    doc,
    docRef,
    scenario,
    issues,
    open,
    onEdit,
    onEdits,
    onRevert,
    undo,
    redo,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    onWeatherFile,
    onBundledWeather,
  };
}

export type DocumentState = ReturnType<typeof useDocument>;

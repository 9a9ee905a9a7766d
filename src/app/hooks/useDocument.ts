/**
 * The open scenario document: its edit state (last valid input + drafts), the validated scenario, the
 * drafts' issues, opening documents (openDoc.ts), editing with undo/redo, and the weather file
 * (useWeatherActions). Runs go through `runs`.
 */
import { useCallback, useRef, useState } from 'react';
import type { Scenario, ScenarioIssue } from '../../core';
import { applyEdit, applyEdits, draftIssues, type EditState, revertDraft, validate } from '../lib/edit';
import type { Library, ScenarioDoc } from '../lib/storage';
import { emptyHistory, type History, record, redo as redoStep, undo as undoStep } from './history';
import { type Notice, restoreWeather, validOrPilot } from './openDoc';
import type { RunClients, Runs } from './useRuns';
import { useWeatherActions } from './useWeatherActions';

export { BUNDLED, issueLines, type Notice, newDoc } from './openDoc';

/** Paths that do not change the simulation (renaming reruns nothing). */
const NO_RERUN = new Set(['name', 'site.name']);

/** A state with a ref that always holds its latest value (read by callbacks without re-creating them). */
function useRefState<T>(initial: T) {
  const [value, setState] = useState<T>(initial);
  const ref = useRef<T>(value);
  const set = useCallback((v: T) => {
    ref.current = v;
    setState(v);
  }, []);
  return [value, ref, set] as const;
}

/** Undo and redo over `history`: `restore` shows the remembered edit state. */
function useUndoRedo(
  docRef: { current: ScenarioDoc | null },
  historyRef: { current: History },
  setHistory: (h: History) => void,
  restore: (state: EditState) => void,
) {
  const step = useCallback(
    (move: typeof undoStep) => {
      const d = docRef.current;
      const s = d && move(historyRef.current, d.edit);
      if (!s) return;
      setHistory(s.history);
      restore(s.state);
    },
    [docRef, historyRef, restore, setHistory],
  );
  return { undo: useCallback(() => step(undoStep), [step]), redo: useCallback(() => step(redoStep), [step]) };
}

/** The document's state; the doc and the history also as refs for the callbacks. */
function useDocState() {
  const [doc, docRef, setDoc] = useRefState<ScenarioDoc | null>(null);
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const [issues, setIssues] = useState<ScenarioIssue[]>([]);
  const [history, historyRef, setHistory] = useRefState<History>(emptyHistory());
  return { doc, docRef, setDoc, scenario, setScenario, issues, setIssues, history, historyRef, setHistory };
}

type DocStore = ReturnType<typeof useDocState>;

/** Editing: one field, several at once (one undo step), reverting a draft, and showing a remembered state. */
function useEdits(store: DocStore, runs: Runs) {
  const { docRef, setDoc, setIssues, setScenario, historyRef, setHistory } = store;
  const { schedule, markEdit } = runs;

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
    [schedule, setDoc, docRef, setIssues, setScenario],
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
    [applyState, markEdit, setHistory, docRef, historyRef],
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
    [applyState, markEdit, setHistory, docRef, historyRef],
  );

  const onRevert = useCallback(
    (path: string) => {
      const d = docRef.current;
      if (!d) return;
      const next = revertDraft(d.edit, path);
      setDoc({ ...d, edit: next });
      setIssues(draftIssues(next));
    },
    [setDoc, docRef, setIssues],
  );

  /** Show a remembered edit state (undo/redo): its drafts come back with their messages. */
  const restore = useCallback(
    (state: EditState) => {
      if (!docRef.current) return;
      const v = validate(state.input);
      if (!v.ok) return;
      markEdit();
      applyState(state, v.scenario, draftIssues(state), true);
    },
    [applyState, markEdit, docRef],
  );
  return { onEdit, onEdits, onRevert, restore };
}

export function useDocument(
  library: Library,
  clients: RunClients,
  runs: Runs,
  setNotice: (n: Notice) => void,
) {
  const store = useDocState();
  const { doc, docRef, setDoc, scenario, setScenario, issues, setIssues, history, historyRef, setHistory } =
    store;
  const { submit, markEdit } = runs;

  const open = useCallback(
    async (d: ScenarioDoc) => {
      const v = validOrPilot(await restoreWeather(d, library, clients, setNotice), setNotice);
      setDoc(v.doc);
      setScenario(v.scenario);
      setIssues(draftIssues(v.doc.edit));
      setHistory(emptyHistory());
      markEdit();
      submit(v.doc.edit.input, v.scenario, v.doc.weather?.id);
    },
    [library, clients, setDoc, submit, markEdit, setNotice, setHistory, setScenario, setIssues],
  );

  const { onEdit, onEdits, onRevert, restore } = useEdits(store, runs);
  const { undo, redo } = useUndoRedo(docRef, historyRef, setHistory, restore);
  const weather = useWeatherActions(library, clients, docRef, setDoc, { onEdit, onEdits }, setNotice);

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
    ...weather,
  };
}

export type DocumentState = ReturnType<typeof useDocument>;

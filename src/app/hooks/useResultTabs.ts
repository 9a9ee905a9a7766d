/**
 * The results tab shown (saved with the workspace by useWorkspace) and what the tabs read from the open
 * document and its runs: the latest run, whether it is the full year of the current input, and the edit path.
 */
import { useCallback, useMemo, useState } from 'react';
import { type ResultTab, resultTabOf, type TabContext } from '../components/ResultTabs';
import type { UnitSystem } from '../lib/units';
import type { DocumentState, Notice } from './useDocument';
import type { Runs } from './useRuns';

export function useResultTabs(
  runs: Runs,
  document: DocumentState,
  units: UnitSystem,
  setNotice: (n: Notice) => void,
) {
  const [tab, setTab] = useState<ResultTab>('results');
  /** A saved tab name; one this build does not have shows Results. */
  const setTabName = useCallback((name: string) => setTab(resultTabOf(name) ?? 'results'), []);
  const { run, busy } = runs;
  const { doc, issues, onEdit, onEdits } = document;
  const ctx = useMemo<TabContext>(
    () => ({
      run,
      final: !!run && !run.preview && !busy,
      units,
      input: doc?.edit.input,
      drafts: doc?.edit.drafts ?? {},
      issues,
      onEdit,
      onEdits,
      onNotice: (text) => setNotice({ kind: 'info', text }),
    }),
    [run, busy, units, doc, issues, onEdit, onEdits, setNotice],
  );
  return { tab, setTab, setTabName, ctx };
}

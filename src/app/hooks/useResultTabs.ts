/**
 * The results tab shown (saved with the workspace by useWorkspace) and what the tabs read from the open
 * document and its runs: the latest run, whether it is the full year of the current input, and the edit path.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SimClient } from '../../worker/client';
import type { RunOutput } from '../../worker/engine';
import { type ResultTab, resultTabOf, type TabContext } from '../components/ResultTabs';
import type { UnitSystem } from '../lib/units';
import type { DocumentState, Notice } from './useDocument';
import type { Runs } from './useRuns';

export function useResultTabs(
  runs: Runs,
  document: DocumentState,
  units: UnitSystem,
  setNotice: (n: Notice) => void,
  sweepClients: readonly SimClient[] = [],
) {
  const [tab, setTab] = useState<ResultTab>('results');
  /** A saved tab name; one this build does not have shows Results. */
  const setTabName = useCallback((name: string) => setTab(resultTabOf(name) ?? 'results'), []);
  const { run, busy } = runs;
  // The last full-year run stays on show while a newer one computes (no flash of empty charts).
  const [fullRun, setFullRun] = useState<RunOutput | null>(null);
  useEffect(() => {
    if (run && !run.preview) setFullRun(run);
  }, [run]);
  const { doc, issues, onEdit, onEdits, scenario } = document;
  const ctx = useMemo<TabContext>(
    () => ({
      run,
      final: !!run && !run.preview && !busy,
      fullRun,
      units,
      input: doc?.edit.input,
      scenario,
      sweepClients,
      weatherId: doc?.weather?.id,
      drafts: doc?.edit.drafts ?? {},
      issues,
      onEdit,
      onEdits,
      onNotice: (text) => setNotice({ kind: 'info', text }),
    }),
    [run, busy, fullRun, units, doc, issues, onEdit, onEdits, setNotice, scenario, sweepClients],
  );
  return { tab, setTab, setTabName, ctx };
}

/** The simulation's state beside the results, honest about edits that are not applied yet. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RunOutput } from '../../worker/engine';
import { fieldWords } from '../lib/fieldWords';
import type { ProgressStore } from '../lib/progressStore';
import type { UnitSystem } from '../lib/units';
import { warningText } from '../lib/warningText';

/** `build`: the KPI cards show the figures the build computed for this exact document (lib/buildKpis.ts). */
export type ResultState = 'none' | 'build' | 'preview' | 'stale' | 'final';

export function RunStatus({
  state,
  run,
  progress,
  error,
  busy,
  pendingEdits,
  units = 'SI',
}: {
  state: ResultState;
  run: RunOutput | null;
  progress: ProgressStore;
  error: string | null;
  busy: boolean;
  /** Edits that do not validate yet (the results show the last valid scenario). */
  pendingEdits: number;
  /** The page's unit system: the failure's quantities in it, its field paths in the editor's words (as warnings). */
  units?: UnitSystem;
}) {
  if (error) {
    return (
      <p className="run-status error" role="alert">
        The simulation failed: {fieldWords(warningText(error, units))}. The results shown are from the last
        run that worked.
      </p>
    );
  }
  const held =
    pendingEdits > 0 ? (
      <span className="held" data-held={pendingEdits}>
        {pendingEdits} edit{pendingEdits === 1 ? '' : 's'} not applied — fix the marked field
        {pendingEdits === 1 ? '' : 's'}; results show the last valid scenario
      </span>
    ) : null;
  return (
    <div className="run-status" aria-live="polite" data-held={pendingEdits}>
      {busy || state === 'preview' || state === 'build' || !run ? (
        <>
          <span>
            {state === 'build'
              ? 'Figures computed at build for this scenario · full year running…'
              : !run
                ? 'Simulating the year…'
                : state === 'preview'
                  ? run.correctedFrom !== undefined
                    ? 'Quick preview (1-hour steps, corrected by a year computed exactly) — refining…'
                    : 'Quick preview (1-hour steps) — refining…'
                  : 'Updating…'}
          </span>
          <RunProgress store={progress} />
        </>
      ) : held ? null : (
        <span className="ok">
          Up to date · {run.hours.toLocaleString('en-US')} h at {run.timeStep / 60}-min steps
          {/* an undo or an economics edit is answered from a year the worker has: not a simulation's time; a
              plant or floor-area edit from its greenhouse side, with the plant simulated */}
          {run.repriced
            ? ' · from a year already simulated, in '
            : run.replayed
              ? ' · the greenhouse from a year already simulated, the plant in '
              : ' in '}
          {Math.round(run.elapsedMs)} ms
        </span>
      )}
      {held}
    </div>
  );
}

/**
 * How long a run goes before its bar is drawn, ms. A plant or economics edit is answered sooner: a bar drawn
 * for it would only flash, and it costs the answer time. An indeterminate bar is redrawn every frame (so is
 * one fed a report every 5 %); in software rendering those frames take CPU from the simulation's worker (a
 * 50-ms half-year replay reached the page at 75 ms, the page busy painting the bar).
 */
export const PROGRESS_DELAY_MS = 200;

/**
 * The full year's progress bar, drawn from PROGRESS_DELAY_MS into the run (an empty box of its size until then,
 * so nothing moves): the only subscriber of the progress store (see lib/progressStore.ts).
 */
export function RunProgress({ store }: { store: ProgressStore }) {
  const fraction = useSyncExternalStore(store.subscribe, store.get, store.get);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(t);
  }, []);
  if (!shown) return <span className="progress-wait" aria-hidden="true" />;
  const pct = fraction === null ? undefined : Math.round(fraction * 100);
  return <progress max={100} value={pct} aria-label="Simulation progress" />;
}

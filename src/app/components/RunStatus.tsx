/** The simulation's state beside the results, honest about edits that are not applied yet. */
import type { RunOutput } from '../../worker/engine';

/** `build`: the KPI cards show the figures the build computed for this exact document (lib/buildKpis.ts). */
export type ResultState = 'none' | 'build' | 'preview' | 'stale' | 'final';

export function RunStatus({
  state,
  run,
  progress,
  error,
  busy,
  pendingEdits,
}: {
  state: ResultState;
  run: RunOutput | null;
  progress: number | null;
  error: string | null;
  busy: boolean;
  /** Edits that do not validate yet (the results show the last valid scenario). */
  pendingEdits: number;
}) {
  if (error) {
    return (
      <p className="run-status error" role="alert">
        The simulation failed: {error}. The results shown are from the last run that worked.
      </p>
    );
  }
  const pct = progress === null ? null : Math.round(progress * 100);
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
                  ? 'Quick preview (1-hour steps) — refining…'
                  : 'Updating…'}
          </span>
          <progress max={100} value={pct ?? undefined} aria-label="Simulation progress" />
        </>
      ) : held ? null : (
        <span className="ok">
          Up to date · {run.hours.toLocaleString('en-US')} h at {run.timeStep / 60}-min steps in{' '}
          {Math.round(run.elapsedMs)} ms
        </span>
      )}
      {held}
    </div>
  );
}

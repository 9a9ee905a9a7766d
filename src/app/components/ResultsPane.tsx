/**
 * The Results tab: the compare bar while a result A is pinned (Unpin), KPI cards (with deltas B − A when
 * pinned), the 3D twin (lazy, with its colour scale and time control; the page's hour
 * bar when the 3D view is off), the charts (lazy: the latest full year, not a quick preview after it) and the
 * warnings.
 */
import { lazy, memo, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario, SimulationResult } from '../../core';
import type { RunOutput } from '../../worker/engine';
import type { QualityRequest } from '../../scene/three/renderer';
import { useFitHeight } from '../hooks/useFitHeight';
import type { CompareState } from '../hooks/usePin';
import type { Card } from '../lib/kpis';
import type { UnitSystem } from '../lib/units';
import { CompareBar } from './CompareBar';
import { HourBar } from './HourBar';
import { KpiCards } from './Kpis';
import type { ResultState } from './RunStatus';
import { SceneBoundary } from './SceneBoundary';
import { Warnings } from './Warnings';

// Memoised: a new run with the same twin inputs (an economics-only edit, App's twinInputs) re-renders nothing
// of the 3D view.
const TwinScene = memo(lazy(() => import('../../scene/TwinScene')));
// Memoised, and given a deferred run (below): a new result paints the KPI cards first and the charts in a
// following, interruptible render, so the numbers and the input never wait for the charts.
const Dashboard = memo(lazy(() => import('./Dashboard')));

export type ViewName = 'overview' | 'container' | 'exchanger' | 'drycooler' | 'greenhouse';

export interface TwinProps {
  scenario: Scenario | null;
  result: SimulationResult | null;
  quality: QualityRequest;
  view: ViewName;
  onView(v: ViewName): void;
}

export interface ResultsPaneProps {
  run: RunOutput | null;
  cards: Card[];
  state: ResultState;
  units: UnitSystem;
  hour: number;
  onHour(h: number): void;
  /** The 3D twin, or null when the 3D view is off. */
  twin: TwinProps | null;
  /** Compare mode: the pinned result A and the deltas against it. */
  compare: CompareState;
}

/** The 3D twin; it ends at the bottom of the first screen. */
function TwinSlot({
  twin,
  units,
  hour,
  onHour,
}: { twin: TwinProps } & Pick<ResultsPaneProps, 'units' | 'hour' | 'onHour'>) {
  const twinRef = useRef<HTMLElement>(null);
  useFitHeight(twinRef, 380, 760);
  // The twin follows a new run after the KPI cards, like the charts, and takes its scenario (the plant's layout)
  // and result in the same render: one redraw of the scene, not a new layout with the old colours first and the
  // new colours after it (each frame is 0.3 s of main thread in software WebGL; issue 13).
  const shown = useDeferredValue(
    useMemo(() => ({ scenario: twin.scenario, result: twin.result }), [twin.scenario, twin.result]),
  );
  const { scenario, result } = shown;
  return (
    <section className="twin-slot" data-twin aria-label="3D twin" ref={twinRef}>
      {scenario ? (
        <SceneBoundary>
          <Suspense fallback={<div className="slot-loading">Loading the 3D twin…</div>}>
            <TwinScene
              scenario={scenario}
              result={result}
              hour={hour}
              onHourChange={onHour}
              units={units}
              quality={twin.quality}
              initialView={twin.view}
              onViewChange={twin.onView}
            />
          </Suspense>
        </SceneBoundary>
      ) : null}
    </section>
  );
}

/**
 * The run the charts draw: the latest full year once there is one, not a quick preview after it (as the 3D
 * twin: lib/twinInputs.ts). A one-hour preview's hourly flows are not the year's — the valve catches up on the
 * hour, so the pilot's preview drew the greenhouse heat in spikes to 9 MW against a year whose hourly peak is
 * 4 MW — and only its KPIs are corrected (lib/previewBases.ts); the charts wait the few hundred ms for the year
 * and are drawn once per edit, not twice. The first preview after load, with no year yet, is drawn.
 */
export function useChartsRun(run: RunOutput | null): RunOutput | null {
  const [year, setYear] = useState<RunOutput | null>(null);
  useEffect(() => {
    if (run && !run.preview) setYear(run);
  }, [run]);
  return run?.preview && year ? year : run;
}

export function ResultsPane({ run, cards, state, units, hour, onHour, twin, compare }: ResultsPaneProps) {
  const pinned = compare.pinned?.run ?? null;
  const chartsRun = useDeferredValue(useChartsRun(run));
  return (
    <>
      {compare.pinned ? <CompareBar pinned={compare.pinned} onUnpin={compare.unpin} /> : null}
      <KpiCards cards={cards} state={state} deltas={compare.deltas} />
      {twin ? (
        <TwinSlot twin={twin} units={units} hour={hour} onHour={onHour} />
      ) : (
        <HourBar run={run} hour={hour} onHour={onHour} />
      )}
      {chartsRun ? (
        <Suspense fallback={<div className="charts-loading">Loading charts…</div>}>
          <Dashboard run={chartsRun} pinned={pinned} units={units} hour={hour} onHour={onHour} />
        </Suspense>
      ) : null}
      {run ? <Warnings warnings={run.warnings} units={units} /> : null}
    </>
  );
}

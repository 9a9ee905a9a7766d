/**
 * Simulation runs for the app: one Runner (quick preview + full year on two workers), the debounce after a
 * keystroke, and the results on screen (with the scenario each revision was computed from).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../core';
import type { SimClient } from '../../worker/client';
import type { RunOutput } from '../../worker/engine';
import { type BuildKpis, buildKpisFor } from '../lib/buildKpis';
import { createProgressStore, type ProgressStore } from '../lib/progressStore';
import type { ScenarioJson } from '../lib/edit';
import { type LastJob, lanes, noJob, noteFullResult } from '../lib/lanes';
import { type RunEvent, Runner } from '../lib/runner';
import { probe } from './probe';

/** Pause after a keystroke before the simulation reruns (Enter, blur and selects run at once). */
const TYPING_DEBOUNCE_MS = 150;

export interface RunClients {
  quick?: SimClient;
  full: SimClient;
}

export interface Runs {
  run: RunOutput | null;
  busy: boolean;
  /** The full year's progress: read by the status line alone (a report does not re-render the page). */
  progress: ProgressStore;
  error: string | null;
  /** Run now (cancels a pending debounced run). */
  submit(input: ScenarioJson, sc: Scenario, weatherId?: string): void;
  /** Run after the typing pause, or now when `immediate`. */
  schedule(input: ScenarioJson, sc: Scenario, immediate: boolean, weatherId?: string): void;
  /** Run a pending debounced edit now. */
  flush(): void;
  /** Note the time of an edit (for the edit → result measurement). */
  markEdit(): void;
  /** The scenario a revision was computed from. */
  scenarioOf(revision: number): Scenario | undefined;
  /**
   * The build's KPIs (lib/buildKpis.ts) when the latest submitted input is exactly the document the build
   * computed them from, with that revision; null otherwise.
   */
  seed: (BuildKpis & { revision: number }) | null;
}

/** Record when each result is on screen (for the edit → update measurement). */
function useShownTimes(run: RunOutput | null): void {
  useEffect(() => {
    if (!run) return;
    const t = probe().timings.find((x) => x.revision === run.revision);
    if (!t) return;
    const now = performance.now();
    const demand = run.kpis?.greenhouseHeatDemand_MWh;
    if (run.preview) {
      t.previewAt ??= now;
      t.previewDemand ??= demand;
      t.previewCorrected ??= run.correctedFrom !== undefined;
    } else {
      t.finalAt ??= now;
      t.finalDemand ??= demand;
    }
  }, [run]);
}

/** A result's worker latency into the edit timings, and what the full worker now keeps (`lanes`). */
function noteResult(out: RunOutput, latencyMs: number, last: LastJob): void {
  const t = probe().timings.find((x) => x.revision === out.revision);
  if (t) {
    if (out.preview) t.workerPreviewMs = latencyMs;
    else t.workerFinalMs = latencyMs;
  }
  if (!out.preview) noteFullResult(last, out.revision, out.greenhouseKept);
}

export function useRuns(clients: RunClients): Runs {
  const [run, setRun] = useState<RunOutput | null>(null);
  const [busy, setBusy] = useState(false);
  const progress = useMemo(createProgressStore, []);
  const [error, setError] = useState<string | null>(null);
  const [seed, setSeed] = useState<Runs['seed']>(null);
  const revision = useRef(0);
  const lastEditAt = useRef(0);
  const scenarios = useRef(new Map<number, Scenario>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastJob = useRef<LastJob>(noJob());
  const pending = useRef<{ input: ScenarioJson; scenario: Scenario; weatherId?: string } | null>(null);

  const runner = useMemo(() => {
    const onEvent = (e: RunEvent) => {
      if (e.type === 'result') {
        noteResult(e.output, e.latencyMs, lastJob.current);
        setRun(e.output);
        setError(null);
        if (!e.output.preview) progress.set(null);
      } else if (e.type === 'progress') {
        if (e.revision === revision.current) progress.set(e.fraction);
      } else if (e.type === 'error') {
        setError(e.message);
        progress.set(null);
      } else setBusy(!e.idle);
    };
    return new Runner({ ...(clients.quick ? { quick: clients.quick } : {}), full: clients.full }, onEvent);
  }, [clients.quick, clients.full, progress]);

  const submit = useCallback(
    (input: ScenarioJson, sc: Scenario, weatherId?: string) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      pending.current = null;
      const rev = ++revision.current;
      scenarios.current.set(rev, sc);
      for (const k of scenarios.current.keys()) if (k < rev - 8) scenarios.current.delete(k);
      const now = performance.now();
      probe().timings.push({ revision: rev, editAt: lastEditAt.current || now, commitAt: now });
      const build = buildKpisFor(input, weatherId);
      setSeed(build ? { ...build, revision: rev } : null);
      runner.submit(
        { input, revision: rev, ...(weatherId ? { weatherId } : {}) },
        lanes(lastJob.current, sc, weatherId, rev),
      );
    },
    [runner],
  );

  const schedule = useCallback(
    (input: ScenarioJson, sc: Scenario, immediate: boolean, weatherId?: string) => {
      pending.current = { input, scenario: sc, ...(weatherId ? { weatherId } : {}) };
      clearTimeout(timer.current);
      if (immediate) submit(input, sc, weatherId);
      else timer.current = setTimeout(() => submit(input, sc, weatherId), TYPING_DEBOUNCE_MS);
    },
    [submit],
  );

  const flush = useCallback(() => {
    const p = pending.current;
    if (p && timer.current !== undefined) submit(p.input, p.scenario, p.weatherId);
  }, [submit]);

  const markEdit = useCallback(() => {
    lastEditAt.current = performance.now();
  }, []);

  const scenarioOf = useCallback((rev: number) => scenarios.current.get(rev), []);

  useShownTimes(run);

  return { run, busy, progress, error, submit, schedule, flush, markEdit, scenarioOf, seed };
}

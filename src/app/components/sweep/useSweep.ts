/**
 * Running a one-parameter sweep on the app's simulation workers (both, a point on each at once:
 * lib/sweepQueue.ts), the values farthest first from the scenario's own (lib/sweepOrder.ts), the scenario's
 * own value taken from the year the page has: each point is shown as it finishes; a new sweep supersedes the
 * one running (the workers stop it at their next point), as does an edit of the scenario (the sweep's points
 * would mix two scenarios) and the Cancel button. Points of an older sweep are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SimClient } from '../../../worker/client';
import type { SweepPoint } from '../../../worker/sweep';
import type { ScenarioJson } from '../../lib/edit';
import { type OwnYear, startOf } from '../../lib/sweepOrder';
import { sweepJobsOnWorkers } from '../../lib/sweepQueue';

export type SweepStatus =
  | { kind: 'idle' }
  /** `done` points finished, `at` computing at once (one per worker). */
  | { kind: 'running'; done: number; total: number; at: number }
  | { kind: 'done'; total: number; seconds: number }
  | { kind: 'cancelled'; done: number; total: number; why: string }
  | { kind: 'error'; message: string };

export interface SweepRun<M> {
  /** What the sweep was asked for (parameter, KPIs, values shown…), kept with its points. */
  meta: M;
  points: SweepPoint[];
  /** The scenario changed after the sweep started. */
  stale: boolean;
}

/** Sweep ids increase over the page's life (a remounted tab never reuses one the worker may still run). */
let lastId = 0;

export function useSweep<M>(
  clients: readonly SimClient[],
  input: ScenarioJson | undefined,
  weatherId?: string,
) {
  const [run, setRun] = useState<SweepRun<M> | null>(null);
  const [status, setStatus] = useState<SweepStatus>({ kind: 'idle' });
  const current = useRef(0);
  const running = useRef(false);

  const cancel = useCallback(
    (why: string) => {
      if (!running.current) return;
      running.current = false;
      for (const c of clients) void c.cancelSweep(current.current);
      setStatus((s) => (s.kind === 'running' ? { kind: 'cancelled', done: s.done, total: s.total, why } : s));
    },
    [clients],
  );

  /**
   * Sweep `path` over `values`, in the order of the indices `order` (every index once); `own`: the value that
   * is the open scenario itself, with that scenario's year, shown at once instead of computed (lib/sweepOrder.ts).
   */
  const start = useCallback(
    (path: string, values: number[], meta: M, order: readonly number[], own?: OwnYear) => {
      if (!clients.length || !input) return;
      const id = ++lastId;
      current.current = id;
      running.current = true;
      const total = values.length;
      const { jobs, first } = startOf(id, values, order, own);
      const at = Math.min(clients.length, jobs.length);
      const t0 = performance.now();
      setRun({ meta, points: first, stale: false });
      setStatus({ kind: 'running', done: first.length, total, at });
      const onPoint = (p: SweepPoint) => {
        // in the order of the values (the table's CSV keeps it); two workers finish out of order
        setRun((r) => (r ? { ...r, points: [...r.points, p].sort((a, b) => a.index - b.index) } : r));
        setStatus((s) => (s.kind === 'running' ? { ...s, done: s.done + 1 } : s));
      };
      const req = { id, input, path, values, ...(weatherId ? { weatherId } : {}) };
      sweepJobsOnWorkers(clients, req, jobs, () => id === current.current && running.current, onPoint).then(
        (out) => {
          if (id !== current.current || out.cancelled) return;
          running.current = false;
          setStatus({ kind: 'done', total, seconds: (performance.now() - t0) / 1000 });
        },
        (e: unknown) => {
          if (id !== current.current) return;
          running.current = false;
          for (const c of clients) void c.cancelSweep(id);
          setStatus({ kind: 'error', message: (e as Error)?.message ?? String(e) });
        },
      );
    },
    [clients, input, weatherId],
  );

  // An edit of the scenario stops a running sweep and marks the points shown as the old scenario's.
  const seen = useRef(input);
  useEffect(() => {
    if (seen.current === input) return;
    seen.current = input;
    cancel('the scenario was edited');
    setRun((r) => (r && !r.stale ? { ...r, stale: true } : r));
  }, [input, cancel]);

  // Leaving the page (or the tab's unmount) stops the sweep.
  useEffect(() => () => cancel('closed'), [cancel]);

  return { run, status, start, cancel };
}

/**
 * Running a one-parameter sweep on the app's simulation worker: each point is shown as it finishes; a new
 * sweep supersedes the one running (the worker stops it at its next point), as does an edit of the scenario
 * (the sweep's points would mix two scenarios) and the Cancel button. Points of an older sweep are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SimClient } from '../../../worker/client';
import type { SweepPoint } from '../../../worker/sweep';
import type { ScenarioJson } from '../../lib/edit';

export type SweepStatus =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
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
  client: SimClient | undefined,
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
      void client?.cancelSweep(current.current);
      setStatus((s) => (s.kind === 'running' ? { kind: 'cancelled', done: s.done, total: s.total, why } : s));
    },
    [client],
  );

  const start = useCallback(
    (path: string, values: number[], meta: M) => {
      if (!client || !input) return;
      const id = ++lastId;
      current.current = id;
      running.current = true;
      const total = values.length;
      const t0 = performance.now();
      setRun({ meta, points: [], stale: false });
      setStatus({ kind: 'running', done: 0, total });
      const onPoint = (p: SweepPoint) => {
        if (p.sweep !== current.current) return;
        setRun((r) => (r ? { ...r, points: [...r.points, p] } : r));
        setStatus((s) => (s.kind === 'running' ? { ...s, done: p.index + 1 } : s));
      };
      const req = { id, input, path, values, ...(weatherId ? { weatherId } : {}) };
      client.sweep(req, onPoint).then(
        (out) => {
          if (out.id !== current.current || out.cancelled) return;
          running.current = false;
          setStatus({ kind: 'done', total, seconds: (performance.now() - t0) / 1000 });
        },
        (e: unknown) => {
          if (id !== current.current) return;
          running.current = false;
          setStatus({ kind: 'error', message: (e as Error)?.message ?? String(e) });
        },
      );
    },
    [client, input, weatherId],
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

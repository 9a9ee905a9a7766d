/// <reference lib="webworker" />
/**
 * The simulation Web Worker: exposes the Engine through comlink. Results come back with their
 * Float64Arrays transferred (no copy); progress is reported through a proxied callback, thinned (progress.ts).
 */
import * as Comlink from 'comlink';
import type { GreenhouseTrace } from '../core';
import { Engine, type RunRequest, transferables } from './engine';
import { thinProgress } from './progress';
import { WARM_UP_BUDGET_MS, WarmUps } from './warmUp';
import type { SweepPoint, SweepRequest } from './sweep';
import { compactTrace, traceBuffers } from './traceBuffers';

const engine = new Engine();

/** A warm-up run after the first run of each kind, in a task of its own (warmUp.ts). */
const warmUps = new WarmUps((req, hours) =>
  setTimeout(() => engine.warmUp(req, hours, WARM_UP_BUDGET_MS), 0),
);

const api = {
  loadWeather(id: string, text: string, fileName: string) {
    return engine.loadWeather(id, text, fileName);
  },
  hasWeather(id: string) {
    return engine.hasWeather(id);
  },
  run(req: RunRequest, onProgress?: (fraction: number) => void) {
    const out = engine.run(req, onProgress ? thinProgress((f) => void onProgress(f)) : undefined);
    warmUps.after(req);
    return Comlink.transfer(out, transferables(out));
  },
  /** A one-parameter sweep; each finished point goes to `onPoint` (proxied) as it comes. */
  sweep(req: SweepRequest, onPoint?: (p: SweepPoint) => void) {
    return engine.sweep(req, onPoint ? (p) => void onPoint(p) : undefined);
  },
  cancelSweep(id: number) {
    engine.cancelSweep(id);
  },
  /** The trace a sweep's first point would replay here: a compact copy, its arrays transferred. */
  sweepTrace(req: SweepRequest) {
    const t = engine.sweepTrace(req);
    if (!t) return undefined;
    const copy = compactTrace(t);
    return Comlink.transfer(copy, traceBuffers(copy));
  },
  adoptSweepTrace(req: SweepRequest, trace: GreenhouseTrace) {
    engine.adoptSweepTrace(req, trace);
  },
};

export type SimApi = typeof api;

Comlink.expose(api);

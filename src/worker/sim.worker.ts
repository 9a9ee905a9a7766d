/// <reference lib="webworker" />
/**
 * The simulation Web Worker: exposes the Engine through comlink. Results come back with their
 * Float64Arrays transferred (no copy); progress is reported through a proxied callback, thinned (progress.ts).
 */
import * as Comlink from 'comlink';
import { Engine, type RunRequest, transferables } from './engine';
import { thinProgress } from './progress';
import type { SweepPoint, SweepRequest } from './sweep';

const engine = new Engine();

const api = {
  loadWeather(id: string, text: string, fileName: string) {
    return engine.loadWeather(id, text, fileName);
  },
  hasWeather(id: string) {
    return engine.hasWeather(id);
  },
  run(req: RunRequest, onProgress?: (fraction: number) => void) {
    const out = engine.run(req, onProgress ? thinProgress((f) => void onProgress(f)) : undefined);
    return Comlink.transfer(out, transferables(out));
  },
  /** A one-parameter sweep; each finished point goes to `onPoint` (proxied) as it comes. */
  sweep(req: SweepRequest, onPoint?: (p: SweepPoint) => void) {
    return engine.sweep(req, onPoint ? (p) => void onPoint(p) : undefined);
  },
  cancelSweep(id: number) {
    engine.cancelSweep(id);
  },
};

export type SimApi = typeof api;

Comlink.expose(api);

/**
 * The app's handle on a simulation worker (comlink). `./local.ts` runs the same Engine in-process (tests,
 * and a fallback where module workers are unavailable); it is kept apart so the main bundle does not
 * carry the simulation core.
 */
import * as Comlink from 'comlink';
import type { GreenhouseTrace } from '../core';
import type { RunOutput, RunRequest, WeatherInfo } from './engine';
import type { SimApi } from './sim.worker';
import type { SweepOutput, SweepPoint, SweepRequest } from './sweep';
import { traceBuffers } from './traceBuffers';

export interface SimClient {
  run(req: RunRequest, onProgress?: (fraction: number) => void): Promise<RunOutput>;
  loadWeather(id: string, text: string, fileName: string): Promise<WeatherInfo>;
  hasWeather(id: string): Promise<boolean>;
  /** Run a one-parameter sweep (supersedes any older sweep on this worker). */
  sweep(req: SweepRequest, onPoint?: (p: SweepPoint) => void): Promise<SweepOutput>;
  /** Stop sweep `id` at its next point. */
  cancelSweep(id: number): Promise<void>;
  /** The greenhouse trace the sweep's first point would replay in this worker (Engine.sweepTrace), a copy. */
  sweepTrace(req: SweepRequest): Promise<GreenhouseTrace | undefined>;
  /** Keep another worker's trace for this worker's sweep points (Engine.adoptSweepTrace). */
  adoptSweepTrace(req: SweepRequest, trace: GreenhouseTrace): Promise<void>;
  terminate(): void;
}

/** A client on a new module Web Worker. */
export function createWorkerClient(): SimClient {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), {
    type: 'module',
    name: 'simulation',
  });
  const api = Comlink.wrap<SimApi>(worker);
  return {
    run: (req, onProgress) => api.run(req, onProgress ? Comlink.proxy(onProgress) : undefined),
    loadWeather: (id, text, fileName) => api.loadWeather(id, text, fileName),
    hasWeather: (id) => api.hasWeather(id),
    sweep: (req, onPoint) => api.sweep(req, onPoint ? Comlink.proxy(onPoint) : undefined),
    cancelSweep: (id) => api.cancelSweep(id),
    sweepTrace: (req) => api.sweepTrace(req),
    // transferred: the queue hands each trace to one worker
    adoptSweepTrace: (req, trace) => api.adoptSweepTrace(req, Comlink.transfer(trace, traceBuffers(trace))),
    terminate: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

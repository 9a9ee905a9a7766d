import type { SimClient } from './client';
import { Engine } from './engine';
import { compactTrace } from './traceBuffers';

/** The simulation API running in this thread (no isolation: blocks while it runs). Tests and fallback. */
export function createLocalClient(engine = new Engine()): SimClient {
  return {
    run: async (req, onProgress) => engine.run(req, onProgress),
    loadWeather: async (id, text, fileName) => engine.loadWeather(id, text, fileName),
    hasWeather: async (id) => engine.hasWeather(id),
    sweep: (req, onPoint) => engine.sweep(req, onPoint),
    cancelSweep: async (id) => engine.cancelSweep(id),
    // a copy, as from a worker: two local engines never share a trace's arrays
    sweepTrace: async (req) => {
      const t = engine.sweepTrace(req);
      return t && compactTrace(t);
    },
    adoptSweepTrace: async (req, trace) => engine.adoptSweepTrace(req, trace),
    terminate: () => {},
  };
}

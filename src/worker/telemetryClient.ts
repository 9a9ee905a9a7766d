/**
 * The app's handle on the telemetry worker (comlink), or the same functions in-process (tests, and where
 * module workers are unavailable: pass `local: true`).
 */
import * as Comlink from 'comlink';
import type {
  CalibrateOutput,
  CalibrateRequest,
  ScoreRow,
  TelemetryImportOutput,
  TelemetryImportRequest,
} from './telemetry';
import type { TelemetryApi } from './telemetry.worker';

export interface TelemetryClient {
  fitChoices(): Promise<{ path: string; unit: string; lower: number; upper: number }[]>;
  importTelemetry(req: TelemetryImportRequest): Promise<TelemetryImportOutput>;
  scoreTelemetry(
    req: TelemetryImportRequest,
    run: { series: Record<string, Float64Array>; hours: number; month: ArrayLike<number> },
  ): Promise<{ rows: ScoreRow[]; calibrated: boolean }>;
  calibrateTelemetry(
    req: CalibrateRequest,
    onProgress?: (done: number, total: number, best: number) => void,
  ): Promise<CalibrateOutput>;
  terminate(): void;
}

/** A client on a new module Web Worker. */
export function createTelemetryClient(): TelemetryClient {
  const worker = new Worker(new URL('./telemetry.worker.ts', import.meta.url), {
    type: 'module',
    name: 'telemetry',
  });
  const api = Comlink.wrap<TelemetryApi>(worker);
  return {
    fitChoices: () => api.fitChoices(),
    importTelemetry: (req) => api.importTelemetry(req),
    scoreTelemetry: (req, run) => api.scoreTelemetry(req, run),
    calibrateTelemetry: (req, onProgress) =>
      api.calibrateTelemetry(req, onProgress ? Comlink.proxy(onProgress) : undefined),
    terminate: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** The same API in-process (lazy import keeps the core out of the main bundle). */
export function createLocalTelemetryClient(): TelemetryClient {
  const mod = import('./telemetry');
  return {
    fitChoices: async () => (await mod).fitChoices(),
    importTelemetry: async (req) => (await mod).importTelemetry(req),
    scoreTelemetry: async (req, run) => (await mod).scoreTelemetry(req, run),
    calibrateTelemetry: async (req, onProgress) => (await mod).calibrateTelemetry(req, onProgress),
    terminate: () => {},
  };
}

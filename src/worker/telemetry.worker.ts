/// <reference lib="webworker" />
/**
 * A Web Worker for telemetry (import, G14 scores, calibration) through comlink, apart from the simulation
 * worker so a calibration (minutes) never blocks a preview run. Progress is proxied, at most every 2 %.
 */
import * as Comlink from 'comlink';
import {
  type CalibrateRequest,
  calibrateTelemetry,
  fitChoices,
  importTelemetry,
  scoreTelemetry,
  type TelemetryImportRequest,
  telemetryTransferables,
} from './telemetry';

const api = {
  fitChoices,
  importTelemetry(req: TelemetryImportRequest) {
    const out = importTelemetry(req);
    return Comlink.transfer(out, telemetryTransferables(out));
  },
  scoreTelemetry,
  calibrateTelemetry(
    req: CalibrateRequest,
    onProgress?: (done: number, total: number, best: number) => void,
  ) {
    let next = 0;
    return calibrateTelemetry(
      req,
      onProgress
        ? (done, total, best) => {
            if (done / total >= next || done === total) {
              next = done / total + 0.02;
              void onProgress(done, total, best);
            }
          }
        : undefined,
    );
  },
};

export type TelemetryApi = typeof api;
Comlink.expose(api);

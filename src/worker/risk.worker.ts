/// <reference lib="webworker" />
/**
 * A Web Worker for the business case under uncertainty (the Monte Carlo and the per-MW comparison, which
 * simulates two preset sites), apart from the simulation workers so it never delays a preview or a full
 * run. Progress is proxied, at most every 5 %.
 */
import * as Comlink from 'comlink';
import { compareWithPresets, type RiskRequest, riskOfRun } from './risk';

const api = {
  riskOfRun,
  compareWithPresets(req: RiskRequest, onProgress?: (fraction: number) => void) {
    let next = 0;
    return compareWithPresets(
      req,
      onProgress
        ? (f) => {
            if (f >= next || f === 1) {
              next = f + 0.05;
              void onProgress(f);
            }
          }
        : undefined,
    );
  },
};

export type RiskApi = typeof api;
Comlink.expose(api);

/**
 * The app's handle on the risk worker (comlink), or the same functions in-process (tests, and where module
 * workers are unavailable).
 */
import * as Comlink from 'comlink';
import type { RiskResult } from '../core';
import type { CompareOutput, RiskRequest } from './risk';
import type { RiskApi } from './risk.worker';

export type { CompareOutput, RiskRequest };

export interface RiskClient {
  riskOfRun(req: RiskRequest): Promise<RiskResult>;
  compareWithPresets(req: RiskRequest, onProgress?: (fraction: number) => void): Promise<CompareOutput>;
  terminate(): void;
}

/** A client on a new module Web Worker. */
export function createRiskClient(): RiskClient {
  const worker = new Worker(new URL('./risk.worker.ts', import.meta.url), { type: 'module', name: 'risk' });
  const api = Comlink.wrap<RiskApi>(worker);
  return {
    riskOfRun: (req) => api.riskOfRun(req),
    compareWithPresets: (req, onProgress) =>
      api.compareWithPresets(req, onProgress ? Comlink.proxy(onProgress) : undefined),
    terminate: () => {
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** The same API in-process (lazy import keeps the core out of the main bundle). */
export function createLocalRiskClient(): RiskClient {
  const mod = import('./risk');
  return {
    riskOfRun: async (req) => (await mod).riskOfRun(req),
    compareWithPresets: async (req, onProgress) => (await mod).compareWithPresets(req, onProgress),
    terminate: () => {},
  };
}

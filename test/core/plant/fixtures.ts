/**
 * Shared by the plant tests: the pilot scenario (optionally edited, fields as in the scenario file), the
 * relative difference, and counterflow effectiveness written out independently of src/core/hx.
 */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../../src/core/models/scenario';
import { buildPlant, type Plant } from '../../../src/core/plant/plant';

export const RAW = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

/** The pilot's scenario with optional edits to its file form. */
export function pilotScenario(edit?: (j: typeof RAW) => void) {
  const j = structuredClone(RAW);
  edit?.(j);
  return loadScenario(j);
}

/** The pilot's plant with optional edits (built fresh per call, so per-test coverage sees build.ts). */
export const pilot = (edit?: (j: typeof RAW) => void): Plant => buildPlant(pilotScenario(edit));

/** |a − b| / max(1, |b|). */
export const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(1, Math.abs(b));

/** Counterflow effectiveness (Incropera 7th ed., Table 11.3, eqs. 11.29a/11.30a). */
export function epsCounterflow(ntu: number, cr: number): number {
  if (Math.abs(1 - cr) < 1e-12) return ntu / (1 + ntu);
  const e = Math.exp(-ntu * (1 - cr));
  return (1 - e) / (1 - cr * e);
}

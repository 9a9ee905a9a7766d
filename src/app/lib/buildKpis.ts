/**
 * The first KPIs on screen: the figures the build computed for the default document
 * (vite.config.ts, plugin default-kpis), shown only while the open document is exactly that one — same
 * fingerprint, on the bundled weather year — and only until the worker's own result arrives. A shared link,
 * an autosaved edit or an uploaded weather file never shows them.
 */
import buildKpis from 'virtual:default-kpis';
import type { SimulationWarning } from '../../core';
import type { RunOutput } from '../../worker/engine';
import type { ScenarioJson } from './edit';
import { documentFingerprint } from './fingerprint';

export type BuildKpis = {
  kpis: RunOutput['kpis'];
  hours: number;
  timeStep: number;
  /** The year's warnings (empty when the build did not write them). */
  warnings: SimulationWarning[];
  /** The payback in words, for the payback card's note (absent when the build did not write it). */
  economics?: { payback: { project: string; operator: string; host: string } };
};

type Source = typeof buildKpis;

/** The build's KPIs with the non-finite numbers it wrote as words turned back into numbers. */
function revive(src: NonNullable<Source>): BuildKpis {
  const kpis: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src.kpis))
    kpis[k] = v === 'NaN' || v === 'Infinity' || v === '-Infinity' ? Number(v) : v;
  return {
    kpis: kpis as unknown as RunOutput['kpis'],
    hours: src.hours,
    timeStep: src.timeStep,
    warnings: (src.warnings ?? []) as SimulationWarning[],
    ...(src.economics ? { economics: { payback: src.economics.payback } } : {}),
  };
}

/**
 * The build's KPIs when `input` on `weatherId` (undefined: the scenario's own, bundled year) is exactly the
 * document they were computed from, else null. `source` is for tests.
 */
export function buildKpisFor(
  input: ScenarioJson,
  weatherId: string | undefined,
  source: Source = buildKpis,
): BuildKpis | null {
  if (!source || weatherId !== undefined) return null;
  return documentFingerprint(input) === source.documentFingerprint ? revive(source) : null;
}

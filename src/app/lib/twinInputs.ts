/**
 * The 3D twin's inputs across runs: a repriced run (an economics-only edit, core/sim/reprice.ts) has the same
 * series and physics as the run before it, so the twin keeps the objects it has and its scene is not rebuilt
 * or redrawn for an edit it cannot show. A quick preview (1-hour steps) does not reach a twin that already
 * shows a year: the twin waits for the exact year, so the preview's numbers and then the exact ones are not
 * held up by a scene rebuild and redraw (~0.3–0.5 s of main thread per frame in software WebGL; issue 13).
 */
import { physicsKey, type Scenario, type SimulationResult } from '../../core';

export interface TwinInputs {
  scenario: Scenario | null;
  result: SimulationResult | null;
}

/** Every series of `b` equal to `a`'s, value by value (a year is ~0.3 M numbers: well under a millisecond). */
export function sameSeries(a: SimulationResult['series'], b: SimulationResult['series']): boolean {
  const keys = Object.keys(a) as (keyof typeof a)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (!y || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  }
  return true;
}

/**
 * `prev` when `next` comes from a repriced run with the same physics and series (the twin shows nothing else
 * of a run: its tour reads only energy KPIs, equal for the same series), or from a quick preview while the
 * twin already has a result; else `next`.
 */
export function twinInputs(
  prev: TwinInputs | null,
  next: TwinInputs,
  repriced: boolean,
  preview = false,
): TwinInputs {
  if (preview && prev?.scenario && prev.result) return prev;
  if (!repriced || !prev?.scenario || !prev.result || !next.scenario || !next.result) return next;
  const key = physicsKey(next.scenario);
  if (key === undefined || key !== physicsKey(prev.scenario)) return next;
  return prev.result.hours === next.result.hours && sameSeries(prev.result.series, next.result.series)
    ? prev
    : next;
}

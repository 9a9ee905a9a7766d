/**
 * A greenhouse trace on its way between the simulation workers: a compact copy (a kept trace's series are views
 * of the recording run's whole block) and the ArrayBuffers to transfer instead of copying them again. Types only
 * from the core, so the page's bundle does not carry it.
 */
import type { GreenhouseTrace } from '../core';

/** A copy of `t` whose every array has a buffer of its own (the size of the array). */
export function compactTrace(t: GreenhouseTrace): GreenhouseTrace {
  return {
    ...t,
    steps: t.steps.slice(),
    series: t.series.map((a) => a.slice()),
    shortBy: t.shortBy.slice(),
  };
}

/** The ArrayBuffers of a compact trace (`compactTrace`), to transfer. */
export function traceBuffers(t: GreenhouseTrace): ArrayBuffer[] {
  return [t.steps, ...t.series, t.shortBy].map((a) => a.buffer as ArrayBuffer);
}

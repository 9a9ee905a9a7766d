/**
 * The ArrayBuffers of a greenhouse trace, to transfer between the page and the simulation workers instead of
 * copying them (the trace must be a compact copy: each array its own buffer). Types only from the core, so the
 * page's bundle does not carry it.
 */
import type { GreenhouseTrace } from '../core';

export function traceBuffers(t: GreenhouseTrace): ArrayBuffer[] {
  return [t.steps, ...t.series, t.shortBy].map((a) => a.buffer as ArrayBuffer);
}

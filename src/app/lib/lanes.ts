/**
 * Which workers a submitted job needs (hooks/useRuns.ts): the quick preview is skipped when the full worker will
 * answer at once anyway.
 */
import { greenhouseKey, physicsKey, type Scenario } from '../../core';

/** The physics and greenhouse keys and the weather of the last job submitted. */
export interface LastJob {
  key: string | undefined;
  greenhouse: string | undefined;
  weatherId: string | undefined;
  /**
   * The greenhouse key and weather of the latest job's full result when the full worker kept that greenhouse
   * for replay; cleared when a job with another greenhouse or weather is submitted (the worker will record
   * that one instead).
   */
  kept: string | undefined;
  keptWeather?: string | undefined;
}

/** No job submitted yet. */
export function noJob(): LastJob {
  return { key: undefined, greenhouse: undefined, weatherId: undefined, kept: undefined };
}

/**
 * The lanes a job needs: not the preview for an edit of the economics only (the same physics and weather as
 * the last job), which the full worker reprices from its last year in milliseconds (core/models/physicsKey.ts,
 * core/sim/reprice.ts), nor for an edit of the plant only (the same greenhouse) when the full worker keeps that
 * greenhouse (its last result says so): it replays it (core/sim/greenhouseTrace.ts) in about a third of a
 * year's time, and a preview would only take a core from it. Records the job in `last`.
 */
export function lanes(last: LastJob, sc: Scenario, weatherId: string | undefined): { preview?: boolean } {
  const key = physicsKey(sc);
  const greenhouse = greenhouseKey(sc);
  const sameWeather = weatherId === last.weatherId;
  const economicsOnly = key !== undefined && key === last.key && sameWeather;
  const plantOnly =
    greenhouse === last.greenhouse &&
    greenhouse === last.kept &&
    sameWeather &&
    last.keptWeather === weatherId;
  if (greenhouse !== last.kept || weatherId !== last.keptWeather) last.kept = undefined;
  last.key = key;
  last.greenhouse = greenhouse;
  last.weatherId = weatherId;
  return economicsOnly || plantOnly ? { preview: false } : {};
}

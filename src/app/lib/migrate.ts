/**
 * Scenario file versions. Every saved, imported or shared scenario passes through `migrate` before it is
 * validated: a file written by an older version of the app is brought up to the current `schemaVersion`
 * step by step. Add a step to MIGRATIONS when the schema changes (key = the version it upgrades from).
 */
import { SCHEMA_VERSION } from '../../core';
import type { ScenarioJson } from './edit';

export const CURRENT_VERSION: number = SCHEMA_VERSION;

type Step = (s: ScenarioJson) => ScenarioJson;

/**
 * Upgrade steps, keyed by the version they start from. Version 0 is the pre-release draft format (no
 * `schemaVersion` field, greenhouse area as `greenhouse.area`); it is kept as the example of a step.
 */
export const MIGRATIONS: Record<number, Step> = {
  0: (s) => {
    const out: ScenarioJson = { ...s, schemaVersion: 1 };
    const gh = s.greenhouse as Record<string, unknown> | undefined;
    if (gh && gh.floorArea === undefined && gh.area !== undefined) {
      const { area, ...rest } = gh;
      out.greenhouse = { ...rest, floorArea: area };
    }
    return out;
  },
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Bring a parsed scenario file up to the current schema version (returns a new object). */
export function migrate(json: unknown, steps: Record<number, Step> = MIGRATIONS): ScenarioJson {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new MigrationError('a scenario file must hold a JSON object');
  }
  let s = json as ScenarioJson;
  const raw = s.schemaVersion === undefined ? 0 : s.schemaVersion;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) {
    throw new MigrationError(`schemaVersion ${JSON.stringify(raw)} is not a version number`);
  }
  let v: number = raw;
  if (v > CURRENT_VERSION) {
    throw new MigrationError(
      `schemaVersion ${v} is newer than this app understands (${CURRENT_VERSION}): update the app`,
    );
  }
  while (v < CURRENT_VERSION) {
    const step = steps[v];
    if (!step) throw new MigrationError(`no migration from schemaVersion ${v}`);
    s = step(s);
    const next = s.schemaVersion;
    if (typeof next !== 'number' || next <= v)
      throw new MigrationError(`migration from ${v} did not advance`);
    v = next;
  }
  return s;
}

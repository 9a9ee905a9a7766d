/**
 * The scenario's parameter declarations, one file per section. To add a field, add it to its section file;
 * to add a section, create a file with `section(...)` and list it in `SECTIONS` below (scenario.ts builds the
 * schema from this list, so nothing else changes).
 */
import { aiRacks } from './aiRacks';
import type { Param, ParamMeta, Section } from './declare';
import { backupHeater } from './backupHeater';
import { bufferTank } from './bufferTank';
import { control } from './control';
import { dryCooler } from './dryCooler';
import { greenhouse } from './greenhouse';
import { greenhouseLoop } from './greenhouseLoop';
import { heatExchanger } from './heatExchanger';
import { heatPump } from './heatPump';
import { minerLoop } from './minerLoop';
import { miners } from './miners';
import { simulation } from './simulation';
import { site } from './site';

export type { Param, ParamKind, ParamMeta, Section } from './declare';

/** Every section, in the order of the scenario file. */
export const SECTIONS = {
  site,
  miners,
  minerLoop,
  heatExchanger,
  dryCooler,
  greenhouseLoop,
  greenhouse,
  bufferTank,
  backupHeater,
  aiRacks,
  heatPump,
  control,
  simulation,
} as const;

type Sections = typeof SECTIONS;

/** The zod schema of every section, keyed by section name (spread into the scenario schema). */
export const SECTION_SCHEMAS = Object.fromEntries(
  Object.entries(SECTIONS).map(([k, s]) => [k, s.schema]),
) as { [K in keyof Sections]: Sections[K]['schema'] };

/** A declared parameter with its dotted path. */
export interface ParamInfo extends ParamMeta {
  path: string;
}

function collect(): ReadonlyMap<string, ParamInfo> {
  const m = new Map<string, ParamInfo>();
  for (const s of Object.values(SECTIONS) as Section<Record<string, Param>>[]) {
    for (const [k, p] of Object.entries(s.fields))
      m.set(`${s.name}.${k}`, { path: `${s.name}.${k}`, ...p.meta });
  }
  return m;
}

/** Every declared parameter by dotted path ("greenhouse.floorArea"). */
export const PARAMS: ReadonlyMap<string, ParamInfo> = collect();

/** The declaration of one parameter, or undefined for an unknown path. */
export function paramInfo(path: string): ParamInfo | undefined {
  return PARAMS.get(path);
}

/**
 * Field paths in the core's messages ("raise backupHeater.capacity") in the editor's words: the group and
 * the field's label, as the side pane shows them ("raise “Backup heater › Capacity”"). The labels are the
 * editor's one declaration (lib/fields.ts); a scenario parameter the editor does not show gets its declared
 * description and its path (`declared`); any other dotted text is left as written.
 */
import { paramInfo } from '../../core';
import { FIELDS_BY_PATH } from './fields';

/** A dotted path: a lower-case word, then one or more ".name" parts (not a number, not a file name's). */
const PATH = /\b[a-z][A-Za-z]*(?:\.[A-Za-z][A-Za-z0-9]*)+\b/g;

/** The editor group of each scenario section (the group of its fields in the side pane). */
const SECTION_GROUP = new Map<string, string>();
for (const [path, f] of FIELDS_BY_PATH) SECTION_GROUP.set(path.split('.')[0]!, f.group);

export function fieldWords(text: string): string {
  return text.replace(PATH, (p) => {
    const f = FIELDS_BY_PATH.get(p);
    if (f) return `“${f.group} › ${f.def.label}”`;
    return declared(p) ?? p;
  });
}

/**
 * A scenario parameter the editor does not show (a roof slope, the AI racks' heat pump): its declared
 * description, in its section's group where the editor has one, and the path to set in the scenario file —
 * "“Greenhouse › Slope of the gable roof” (greenhouse.roofSlope in the scenario file)". Undefined otherwise.
 */
function declared(p: string): string | undefined {
  const doc = paramInfo(p)?.doc; // a Map: no inherited keys
  if (!doc) return undefined;
  const short = doc.split(/ \(|: |; /)[0]!.trim();
  const group = SECTION_GROUP.get(p.split('.')[0]!);
  return `“${group ? `${group} › ` : ''}${short}” (${p} in the scenario file)`;
}

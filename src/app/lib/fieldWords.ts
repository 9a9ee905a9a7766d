/**
 * Field paths in the core's messages ("raise backupHeater.capacity") in the editor's words: the group and
 * the field's label, as the side pane shows them ("raise “Backup heater › Capacity”"). The labels are the
 * editor's one declaration (lib/fields.ts); a path the editor does not show is left as written.
 */
import { FIELDS_BY_PATH } from './fields';

/** A dotted path: a lower-case word, then one or more ".name" parts (not a number, not a file name's). */
const PATH = /\b[a-z][A-Za-z]*(?:\.[A-Za-z][A-Za-z0-9]*)+\b/g;

export function fieldWords(text: string): string {
  return text.replace(PATH, (p) => {
    const f = FIELDS_BY_PATH.get(p);
    return f ? `“${f.group} › ${f.def.label}”` : p;
  });
}

/** Scenario library actions: switch, new from preset, duplicate, delete, import and export JSON. */
import { useCallback, useState } from 'react';
import { download, slug } from '../lib/download';
import { type ScenarioJson, validate } from '../lib/edit';
import { migrate } from '../lib/migrate';
import { PRESETS, presetInput } from '../lib/presets';
import type { DocMeta, Library } from '../lib/storage';
import { type DocumentState, issueLines, type Notice, newDoc } from './useDocument';

/** An imported file as a valid scenario input, or the notice that says why nothing was replaced. */
export async function readScenarioFile(file: File): Promise<{ input: ScenarioJson } | { notice: Notice }> {
  const refuse = (what: string, details: string[]) => ({
    notice: { kind: 'error' as const, text: `${file.name} ${what}; nothing was replaced.`, details },
  });
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (e) {
    return refuse('is not a JSON file', [(e as Error).message]);
  }
  let input: ScenarioJson;
  try {
    input = migrate(json);
  } catch (e) {
    return refuse('is not a scenario file', [(e as Error).message]);
  }
  const v = validate(input);
  if (!v.ok) {
    const n = v.issues.length;
    return refuse(`has ${n} invalid field${n === 1 ? '' : 's'}`, issueLines(v.issues));
  }
  return { input };
}

export function useLibraryActions(library: Library, document: DocumentState, setNotice: (n: Notice) => void) {
  const { open, docRef } = document;
  const [docs, setDocs] = useState<DocMeta[]>([]);

  const refreshList = useCallback(async () => {
    try {
      setDocs(await library.list());
    } catch {
      // storage unavailable: the list stays as it is
    }
  }, [library]);

  const switchTo = useCallback(
    async (id: string) => {
      const d = await library.load(id);
      if (d) await open(d);
    },
    [library, open],
  );

  const fromPreset = useCallback(
    async (id: string) => {
      const p = PRESETS.find((x) => x.id === id);
      if (!p) return;
      await open(newDoc(presetInput(id)));
      setNotice({ kind: 'info', text: `New scenario from the preset “${p.label}”.` });
    },
    [open, setNotice],
  );

  const duplicate = useCallback(async () => {
    const d = docRef.current;
    if (!d) return;
    const name = `${d.name} (copy)`;
    const input = { ...structuredClone(d.edit.input), name };
    await open({
      ...newDoc(input, name),
      ...(d.weather ? { weather: d.weather } : {}),
      edit: { input, drafts: structuredClone(d.edit.drafts) },
    });
  }, [open, docRef]);

  const remove = useCallback(async () => {
    const d = docRef.current;
    if (!d || !window.confirm(`Delete the saved scenario “${d.name}”?`)) return;
    await library.remove(d.id).catch(() => undefined);
    const rest = (await library.list().catch(() => [])).filter((x) => x.id !== d.id);
    const next = rest[0] ? await library.load(rest[0].id) : undefined;
    await open(next ?? newDoc(presetInput('manitoba-pilot')));
    void refreshList();
  }, [library, open, refreshList, docRef]);

  const importFile = useCallback(
    async (file: File) => {
      const r = await readScenarioFile(file);
      if ('notice' in r) return setNotice(r.notice);
      await open(newDoc(r.input));
      setNotice({ kind: 'info', text: `Imported “${String(r.input.name)}” from ${file.name}.` });
    },
    [open, setNotice],
  );

  const exportJson = useCallback(() => {
    const d = docRef.current;
    if (d) download(`${slug(d.name)}.json`, `${JSON.stringify(d.edit.input, null, 2)}\n`, 'application/json');
  }, [docRef]);

  return { docs, refreshList, switchTo, fromPreset, duplicate, remove, importFile, exportJson };
}

export type LibraryActions = ReturnType<typeof useLibraryActions>;

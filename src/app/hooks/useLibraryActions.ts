/** Scenario library actions: switch, new from preset, duplicate, delete, import and export JSON. */
import { useCallback, useState } from 'react';
import { download, slug } from '../lib/download';
import { type ScenarioJson, validate } from '../lib/edit';
import { migrate } from '../lib/migrate';
import { PRESETS, presetInput } from '../lib/presets';
import type { DocMeta, Library } from '../lib/storage';
import { type DocumentState, issueLines, type Notice, newDoc } from './useDocument';

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
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch (e) {
        setNotice({
          kind: 'error',
          text: `${file.name} is not a JSON file; nothing was replaced.`,
          details: [(e as Error).message],
        });
        return;
      }
      let input: ScenarioJson;
      try {
        input = migrate(json);
      } catch (e) {
        setNotice({
          kind: 'error',
          text: `${file.name} is not a scenario file; nothing was replaced.`,
          details: [(e as Error).message],
        });
        return;
      }
      const v = validate(input);
      if (!v.ok) {
        setNotice({
          kind: 'error',
          text: `${file.name} has ${v.issues.length} invalid field${v.issues.length === 1 ? '' : 's'}; nothing was replaced.`,
          details: issueLines(v.issues),
        });
        return;
      }
      await open(newDoc(input));
      setNotice({ kind: 'info', text: `Imported “${String(input.name)}” from ${file.name}.` });
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

/** The editor's weather actions: upload a weather file (one undoable edit of the site), or go back to the bundled year. */
import { type RefObject, useCallback } from 'react';
import { type Library, newId, type ScenarioDoc } from '../lib/storage';
import { BUNDLED, loadWeatherInWorkers, type Notice } from './openDoc';
import type { RunClients } from './useRuns';

type Edits = Record<string, { value: unknown; text: string }>;

export function useWeatherActions(
  library: Library,
  clients: RunClients,
  docRef: RefObject<ScenarioDoc | null>,
  setDoc: (d: ScenarioDoc) => void,
  edit: {
    onEdit(path: string, value: unknown, text: string, immediate: boolean): void;
    onEdits(edits: Edits): void;
  },
  setNotice: (n: Notice) => void,
) {
  const { onEdit, onEdits } = edit;
  const onWeatherFile = useCallback(
    async (file: File) => {
      const text = await file.text();
      const id = newId();
      try {
        const [info] = await loadWeatherInWorkers(clients, id, text, file.name);
        await library.saveWeather(id, text).catch(() => undefined);
        const d = docRef.current!;
        setDoc({ ...d, weather: { id, fileName: file.name, location: info!.location } });
        // Loaded on demand: the percentile reads the whole file, and most sessions never upload one.
        const { siteFromWeather } = await import('../lib/weatherSite');
        const { edits, text: changed } = siteFromWeather(info!, text, d.edit.input);
        setNotice({
          kind: 'info',
          text: `Weather: ${file.name} (${info!.location}, ${info!.hours} hours). ${changed} (one edit: Undo puts the previous values back)`,
        });
        onEdits(edits);
      } catch (e) {
        setNotice({
          kind: 'error',
          text: `The weather file ${file.name} could not be read; nothing was changed.`,
          details: [(e as Error).message],
        });
      }
    },
    [library, onEdits, clients, docRef, setDoc, setNotice],
  );

  const onBundledWeather = useCallback(() => {
    const d = docRef.current!;
    const { weather: _w, ...rest } = d;
    setDoc(rest as ScenarioDoc);
    onEdit('site.weather', BUNDLED, BUNDLED, true);
  }, [onEdit, docRef, setDoc]);

  return { onWeatherFile, onBundledWeather };
}

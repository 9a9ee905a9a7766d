/**
 * Opening a saved document: its uploaded weather file back into the workers (or the bundled year when the
 * file is not on this device), and a scenario that no longer validates replaced by the Manitoba pilot.
 */
import type { Scenario, ScenarioIssue } from '../../core';
import { type ScenarioJson, validate } from '../lib/edit';
import { presetInput } from '../lib/presets';
import { type Library, newId, type ScenarioDoc, type WeatherRef } from '../lib/storage';
import type { RunClients } from './useRuns';

export const BUNDLED = 'bundled:winnipeg-tmyx';

export type Notice = { kind: 'info' | 'error'; text: string; details?: string[] } | null;

export function newDoc(input: ScenarioJson, name?: string): ScenarioDoc {
  return {
    id: newId(),
    name: name ?? String(input.name ?? 'Scenario'),
    edit: { input, drafts: {} },
    savedAt: Date.now(),
  };
}

export function issueLines(issues: ScenarioIssue[]): string[] {
  return issues.map(
    (i) => `${i.path} = ${i.value === undefined ? '(missing)' : JSON.stringify(i.value)}: ${i.message}`,
  );
}

/** Load a weather file into every worker; resolves to each worker's answer (the full worker's first). */
export function loadWeatherInWorkers(clients: RunClients, id: string, text: string, fileName: string) {
  return Promise.all(
    [clients.full, clients.quick].filter(Boolean).map((c) => c!.loadWeather(id, text, fileName)),
  );
}

/** The document without its uploaded weather, on the bundled year. */
function onBundledYear(doc: ScenarioDoc): ScenarioDoc {
  const { weather: _w, ...rest } = doc;
  const site = { ...(doc.edit.input.site as object), weather: BUNDLED };
  return { ...rest, edit: { ...doc.edit, input: { ...doc.edit.input, site } } };
}

/** The document with its weather file loaded in the workers, or on the bundled year when it is gone. */
export async function restoreWeather(
  doc: ScenarioDoc,
  library: Library,
  clients: RunClients,
  setNotice: (n: Notice) => void,
): Promise<ScenarioDoc> {
  const ref: WeatherRef | undefined = doc.weather;
  if (!ref) return doc;
  const text = await library.weatherText(ref.id).catch(() => undefined);
  if (!text) {
    setNotice({
      kind: 'info',
      text: `The weather file ${ref.fileName} is not on this device: using the bundled Winnipeg year.`,
    });
    return onBundledYear(doc);
  }
  try {
    await loadWeatherInWorkers(clients, ref.id, text, ref.fileName);
    return doc;
  } catch {
    return { ...doc, weather: undefined } as ScenarioDoc;
  }
}

/** The document and its scenario; one that no longer validates is replaced by the Manitoba pilot. */
export function validOrPilot(
  doc: ScenarioDoc,
  setNotice: (n: Notice) => void,
): { doc: ScenarioDoc; scenario: Scenario } {
  const v = validate(doc.edit.input);
  if (v.ok) return { doc, scenario: v.scenario };
  setNotice({
    kind: 'error',
    text: 'The saved scenario no longer validates; opened the Manitoba pilot instead.',
    details: issueLines(v.issues),
  });
  const pilot = newDoc(presetInput('manitoba-pilot'));
  const again = validate(pilot.edit.input) as { ok: true; scenario: Scenario };
  return { doc: pilot, scenario: again.scenario };
}

/** Built-in site presets (models/sites/*.json): the Manitoba pilot and two contrasting sites. */
import large from '../../../models/sites/large-glasshouse-buffer.json';
import manitoba from '../../../models/sites/manitoba-pilot.json';
import small from '../../../models/sites/small-36-s21-greenhouse.json';
import type { ScenarioJson } from './edit';

export interface Preset {
  id: string;
  label: string;
  input: ScenarioJson;
}

export const PRESETS: readonly Preset[] = [
  { id: 'manitoba-pilot', label: 'Manitoba pilot (360 × A1566HA, 2 ha)', input: manitoba as ScenarioJson },
  { id: 'small-36-s21', label: 'Small farm (36 × S21 Hydro, 0.2 ha)', input: small as ScenarioJson },
  {
    id: 'large-glasshouse',
    label: 'Large glasshouse + buffer tank (1,080 miners, 8 ha)',
    input: large as ScenarioJson,
  },
];

/** A deep copy of a preset's input (presets are never mutated). */
export function presetInput(id: string): ScenarioJson {
  const p = PRESETS.find((x) => x.id === id) ?? PRESETS[0]!;
  return structuredClone(p.input);
}

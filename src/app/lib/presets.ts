/** Built-in site presets (models/sites/*.json): the Manitoba pilot and two contrasting sites. */
import large from '../../../models/sites/large-glasshouse-buffer.json';
import manitoba from '../../../models/sites/manitoba-pilot.json';
import small from '../../../models/sites/small-36-s21-greenhouse.json';
import type { ScenarioJson } from './edit';
import { formatNumber, formatSignificant, toDisplay, type UnitSystem } from './units';

export interface Preset {
  id: string;
  /** The site and its miners; the floor area follows in the unit system shown (`presetLabel`). */
  label: string;
  /** Greenhouse floor area, m² (as the preset's file gives it). */
  floorArea: number;
  input: ScenarioJson;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'manitoba-pilot',
    label: 'Manitoba pilot (360 × A1566HA',
    floorArea: 2e4,
    input: manitoba as ScenarioJson,
  },
  { id: 'small-36-s21', label: 'Small farm (36 × S21 Hydro', floorArea: 2e3, input: small as ScenarioJson },
  {
    id: 'large-glasshouse',
    label: 'Large glasshouse + buffer tank (1,080 miners',
    floorArea: 8e4,
    input: large as ScenarioJson,
  },
];

/** A preset's label with its floor area in the unit system shown: "…, 2 ha)" or "…, 215,000 ft²)". */
export function presetLabel(p: Preset, units: UnitSystem): string {
  const area =
    units === 'imperial'
      ? `${formatSignificant(toDisplay(p.floorArea, 'area', units), 3)} ft²`
      : `${formatNumber(p.floorArea / 1e4, 3)} ha`;
  return `${p.label}, ${area})`;
}

/** A deep copy of a preset's input (presets are never mutated). */
export function presetInput(id: string): ScenarioJson {
  const p = PRESETS.find((x) => x.id === id) ?? PRESETS[0]!;
  return structuredClone(p.input);
}

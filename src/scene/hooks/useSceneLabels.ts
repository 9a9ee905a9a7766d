/** The in-scene labels: name and one live number of each labelled part, with its temperature swatch. */
import { useMemo } from 'react';
import type { Scenario, SimulationResult } from '../../core';
import { type TemperatureScale, temperatureColor, toHex } from '../model/colormap';
import type { ComponentId } from '../model/components';
import type { Units } from '../model/format';
import type { PlantLayout } from '../model/layout';
import { labelContent } from '../model/live';
import type { LabelSpec } from '../three/labels';

/** Parts that carry a label, most important first (a label lower in this list yields when two collide). */
export const LABELLED: ComponentId[] = [
  'miners',
  'hx',
  'heatPump',
  'aiRacks',
  'dryCooler',
  'boiler',
  'bufferTank',
  'greenhouse',
];

export function sceneLabels(
  layout: PlantLayout,
  result: SimulationResult | null,
  scenario: Scenario,
  hour: number,
  units: Units,
  scale: TemperatureScale,
): LabelSpec[] {
  return LABELLED.filter((id) => layout.anchors[id]).map((id) => {
    const c = labelContent(result, scenario, id, hour, units);
    const T = c.swatch && result ? result.series[c.swatch][hour]! : Number.NaN;
    return {
      component: id,
      anchor: layout.anchors[id]!,
      title: c.title,
      value: c.value,
      swatch: Number.isFinite(T) && T > 0 ? toHex(temperatureColor(scale, T)) : null,
    };
  });
}

export function useSceneLabels(
  layout: PlantLayout,
  result: SimulationResult | null,
  scenario: Scenario,
  hour: number,
  units: Units,
  scale: TemperatureScale,
): LabelSpec[] {
  return useMemo(
    () => sceneLabels(layout, result, scenario, hour, units, scale),
    [layout, result, scenario, hour, units, scale],
  );
}

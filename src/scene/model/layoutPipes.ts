/** The shared parts list every layout step adds to, and a shorthand for one pipe run. */
import type { ComponentId, FlowLoop, TemperatureSeries } from './components';
import type { PickBox, PipeRun, Vec3 } from './layoutTypes';

/** Pipes, pick boxes, label anchors and concrete pads, filled in order by the layout steps. */
export interface SiteParts {
  pipes: PipeRun[];
  pick: PickBox[];
  anchors: Partial<Record<ComponentId, Vec3>>;
  /** Concrete pads: [x0, z0, x1, z1]. */
  pads: [number, number, number, number][];
}

export function emptySite(): SiteParts {
  return { pipes: [], pick: [], anchors: {}, pads: [] };
}

/** One pipe run (fields in PipeRun's order; `tempEnd` only when the temperature changes along it). */
export function pipeRun(
  component: ComponentId,
  points: Vec3[],
  radius: number,
  temp: TemperatureSeries,
  loop: FlowLoop | null,
  insulated: boolean,
  tempEnd?: TemperatureSeries,
): PipeRun {
  return tempEnd
    ? { component, points, radius, temp, tempEnd, loop, insulated }
    : { component, points, radius, temp, loop, insulated };
}

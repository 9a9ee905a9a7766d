import type { Scenario, SimulationResult } from '../core';
import type { ViewName } from './model/live';
import type { QualityRequest } from './three/renderer';

/** Props of the 3D twin (src/scene/TwinScene.tsx, default export), rendered lazily by the app. */
export interface TwinSceneProps {
  /** The validated scenario (SI units): the scene is generated from it (miner count, modules, greenhouse size…). */
  scenario: Scenario;
  /** The annual result whose hourly series drive colours, flows and fans; null while the first run is computing. */
  result: SimulationResult | null;
  /** Hour of the year shown (0 … result.hours − 1). */
  hour: number;
  onHourChange(hour: number): void;
  /** Display units for labels and tooltips. */
  units: 'SI' | 'imperial';
  /** Show the scene's own time bar (scrub, play, jumps); default true. Hide it when the page has its own. */
  showTimeControl?: boolean;
  /** Viewpoint to start from; default 'overview'. */
  initialView?: ViewName;
  /** Called when the person picks another viewpoint (the app keeps it for share links). */
  onViewChange?(view: ViewName): void;
  /**
   * 'high': antialiasing, sun shadows, up to 2× pixel ratio. 'low': none of these, for weak GPUs and headless
   * tests. 'auto' (default): 'high' on a graphics card, 'low' where WebGL is drawn in software (three/renderer.ts).
   */
  quality?: QualityRequest;
}

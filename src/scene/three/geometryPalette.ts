/** Colours and shared constants of the plant geometry. */
import { TID, type TemperatureSeries } from '../model/components';
import type { Vec3 } from '../model/layout';

export const C = {
  containerWall: [0.84, 0.85, 0.82] as Vec3,
  containerFrame: [0.3, 0.32, 0.35] as Vec3,
  containerFloor: [0.2, 0.21, 0.23] as Vec3,
  rack: [0.16, 0.17, 0.19] as Vec3,
  cabinet: [0.55, 0.57, 0.6] as Vec3,
  steel: [0.42, 0.44, 0.47] as Vec3,
  galvanised: [0.74, 0.76, 0.78] as Vec3,
  frame: [0.33, 0.36, 0.4] as Vec3,
  concrete: [0.6, 0.6, 0.58] as Vec3,
  gravel: [0.52, 0.5, 0.47] as Vec3,
  white: [0.88, 0.89, 0.88] as Vec3,
  foliage: [0.25, 0.44, 0.15] as Vec3,
  neutralPipe: [0.55, 0.57, 0.6] as Vec3,
  rubber: [0.08, 0.08, 0.09] as Vec3,
};
export const INDOOR = 32;
export const tid = (t: TemperatureSeries) => TID[t];

/**
 * The yard east of the headers: the plate exchanger with the hot main over its pipe bridge, the backup
 * boilers in a row south of the exchanger's axis, the mixing valve and the buffer tank when there is one.
 */
import { plateExchangerModel, type Scenario } from '../../core';
import type { Headers } from './layoutHeaders';
import { catalogSafe } from './layoutMath';
import { pipeRun, type SiteParts } from './layoutPipes';
import { PLATE_PITCH, type PlantLayout, type PlateExchangerLayout, type Vec3 } from './layoutTypes';

/** Height of the pipe bridge from the headers to the exchanger and of the mixing valve, m. */
export const Y_BRIDGE = 3.6;

/** Place the plate exchanger, its pick box, anchor and pad, and the hot main to its inlet. */
export function plateExchanger(
  s: Scenario,
  site: SiteParts,
  h: Headers,
  xEnd: number,
  rMain: number,
): PlateExchangerLayout {
  const hxModel = catalogSafe(() =>
    s.heatExchanger.model ? plateExchangerModel(s.heatExchanger.model) : undefined,
  );
  const plateArea = hxModel?.plateArea ?? 1.5;
  const hxArea =
    s.heatExchanger.area ?? hxModel?.area ?? (s.heatExchanger.ua ? s.heatExchanger.ua / 4500 : 80);
  const plates = Math.min(400, Math.ceil(hxArea / plateArea) + 2);
  const packLength = Math.min(6, Math.max(0.4, plates * PLATE_PITCH));
  const x = h.xCold + 11;
  const z = 0;
  const fixedPlateX = x - packLength / 2 - 0.12;
  const nozzles = {
    hotIn: [fixedPlateX - 0.25, 2.05, z - 0.3] as Vec3,
    hotOut: [fixedPlateX - 0.25, 0.55, z - 0.3] as Vec3,
    coldIn: [fixedPlateX - 0.25, 0.55, z + 0.3] as Vec3,
    coldOut: [fixedPlateX - 0.25, 2.05, z + 0.3] as Vec3,
  };
  const hx = { x, z, plates, packLength, plateHeight: 2.1, plateWidth: 0.85, fixedPlateX, nozzles };
  site.pick.push({ component: 'hx', center: [x - 0.1, 1.4, z], size: [packLength + 1.2, 2.8, 1.4] });
  site.anchors.hx = [x, 3.4, z];
  site.pads.push([xEnd + 0.5, h.zHeadN - 4, x + packLength / 2 + 3, h.zHeadS + 4]);
  // Hot main: header → pipe bridge → exchanger hot inlet (top).
  const points: Vec3[] = [
    [h.xHot, h.yHot, -0.3],
    [h.xHot, Y_BRIDGE, -0.3],
    [nozzles.hotIn[0] - 0.6, Y_BRIDGE, -0.3],
    [nozzles.hotIn[0] - 0.6, nozzles.hotIn[1], -0.3],
    nozzles.hotIn,
  ];
  site.pipes.push(pipeRun('hotHeader', points, rMain, 'minerOutletT', 'miner', true));
  return hx;
}

/** The boilers, the mixing valve and the buffer tank, with where the greenhouse loop meets them. */
export interface YardLayout {
  boilers: PlantLayout['boilers'];
  nBoilers: number;
  /** x of the mixing valve, of the first boiler and just past the last one; z of the boiler row. */
  xMix: number;
  bx0: number;
  bxEnd: number;
  bz: number;
  mixValve: Vec3;
  tank: PlantLayout['tank'];
}

/** Place the backup boilers (one per 2 MW, up to 8), the mixing valve and the buffer tank (if any). */
export function boilersAndTank(s: Scenario, site: SiteParts, hx: PlateExchangerLayout): YardLayout {
  const nBoilers =
    s.backupHeater.capacity > 0 ? Math.max(1, Math.min(8, Math.ceil(s.backupHeater.capacity / 2e6))) : 0;
  const xMix = hx.x + hx.packLength / 2 + 5;
  const bx0 = xMix + 3;
  const bz = 2.2;
  const boilers = Array.from({ length: nBoilers }, (_, i) => ({
    x: bx0 + i * 2.2,
    z: bz,
    radius: 0.7,
    height: 2.6,
  }));
  const bxEnd = nBoilers ? boilers[nBoilers - 1]!.x + 1.5 : bx0;
  if (nBoilers) {
    const xc = (bx0 + bxEnd - 1.5) / 2;
    site.pick.push({ component: 'boiler', center: [xc, 1.3, bz], size: [bxEnd - bx0 + 1.5, 2.8, 1.8] });
    site.anchors.boiler = [xc, 5.2, bz];
  }
  const mixValve: Vec3 = [xMix, Y_BRIDGE, 1.0];
  const tank = bufferTank(s, site, xMix);
  site.pads.push([xMix - 1.5, -1.5 - (tank ? 2 * tank.radius + 3 : 0), bxEnd + 1, bz + 3]);
  return { boilers, nBoilers, xMix, bx0, bxEnd, bz, mixValve, tank };
}

/** The buffer tank north-east of the mixing valve, only when the scenario has one. */
function bufferTank(s: Scenario, site: SiteParts, xMix: number): PlantLayout['tank'] {
  if (!(s.bufferTank.volume > 0)) return null;
  const h = s.bufferTank.height;
  const radius = Math.sqrt(s.bufferTank.volume / (Math.PI * h));
  const tank = { x: xMix + 1.5 + radius, z: -3 - radius, radius, height: h };
  site.pick.push({
    component: 'bufferTank',
    center: [tank.x, h / 2, tank.z],
    size: [2 * radius, h, 2 * radius],
  });
  site.anchors.bufferTank = [tank.x, h + 1.5, tank.z];
  return tank;
}

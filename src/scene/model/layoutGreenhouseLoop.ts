/**
 * The greenhouse loop's pipes: return and supply between the plate exchanger, the mixing valve, the backup
 * boilers and the buffer tank; inside the greenhouse the distribution and return headers along the west wall
 * and the pipe rails between the crop rows.
 */
import type { ComponentId } from './components';
import type { PickBox, PipeRun, PlantLayout, Vec3 } from './layoutTypes';

/** What the greenhouse loop connects to (placed earlier by buildLayout). */
export interface LoopSite {
  pipes: PipeRun[];
  pick: PickBox[];
  anchors: Partial<Record<ComponentId, Vec3>>;
  nozzles: { hotIn: Vec3; hotOut: Vec3; coldIn: Vec3; coldOut: Vec3 };
  mixValve: Vec3;
  xMix: number;
  yBridge: number;
  boilers: PlantLayout['boilers'];
  nBoilers: number;
  bx0: number;
  bxEnd: number;
  bz: number;
  tank: PlantLayout['tank'];
  pumps: PlantLayout['pumps'];
  rGh: number;
  gx0: number;
  rows: number[];
  rowPitch: number;
  rowX0: number;
  rowX1: number;
}

/** Add the greenhouse loop's pipes (and its pumps' pick boxes and anchors) to the site. */
export function greenhouseLoop(site: LoopSite): void {
  const { pipes, pick, anchors, nozzles, mixValve, xMix, yBridge, boilers, nBoilers, bx0, bxEnd, bz } = site;
  const { tank, pumps, rGh, gx0, rows, rowPitch, rowX0, rowX1 } = site;
  // ---- Greenhouse loop.
  const zRet = 4.6;
  const zSup = 3.4;
  const xRetHx = nozzles.coldIn[0] - 1.4;
  pipes.push({
    component: 'ghReturn',
    points: [
      [gx0 + 1.6, 0.8, zRet],
      [xRetHx, 0.8, zRet],
      [xRetHx, 0.8, nozzles.coldIn[2]],
      [xRetHx, nozzles.coldIn[1], nozzles.coldIn[2]],
      nozzles.coldIn,
    ],
    radius: rGh,
    temp: 'greenhouseReturnT',
    loop: 'greenhouse',
    insulated: true,
  });
  pipes.push({
    component: 'hxColdOut',
    points: [
      nozzles.coldOut,
      [nozzles.coldOut[0] - 0.55, nozzles.coldOut[1], nozzles.coldOut[2]],
      [nozzles.coldOut[0] - 0.55, yBridge, nozzles.coldOut[2]],
      [nozzles.coldOut[0] - 0.55, yBridge, mixValve[2]],
      mixValve,
    ],
    radius: rGh,
    temp: 'hxColdOutT',
    loop: 'hxCold',
    insulated: true,
  });
  pipes.push({
    component: 'bypass',
    points: [[xMix, 0.8, zRet], [xMix, yBridge, zRet], mixValve],
    radius: rGh * 0.9,
    temp: 'greenhouseReturnT',
    loop: 'bypass',
    insulated: true,
  });
  const yFeed = 0.5;
  const zFeed = bz - 1.2;
  const ySup = 3.2;
  if (nBoilers) {
    pipes.push({
      component: 'preheat',
      points: [
        mixValve,
        [xMix + 1.2, yBridge, mixValve[2]],
        [xMix + 1.2, yFeed, mixValve[2]],
        [xMix + 1.2, yFeed, zFeed],
        [bxEnd - 1.5, yFeed, zFeed],
      ],
      radius: rGh,
      temp: 'preheatedT',
      loop: 'greenhouse',
      insulated: true,
    });
    for (const b of boilers) {
      pipes.push({
        component: 'preheat',
        points: [
          [b.x, yFeed, zFeed],
          [b.x, yFeed, b.z - b.radius + 0.05],
        ],
        radius: rGh * 0.5,
        temp: 'preheatedT',
        loop: 'greenhouse',
        insulated: false,
      });
      pipes.push({
        component: 'supply',
        points: [
          [b.x, b.height - 0.1, b.z],
          [b.x, ySup, b.z],
        ],
        radius: rGh * 0.5,
        temp: 'supplyT',
        loop: 'greenhouse',
        insulated: false,
      });
    }
    pipes.push({
      component: 'supply',
      points: [
        [bx0, ySup, bz],
        [bxEnd, ySup, bz],
        [bxEnd, ySup, zSup],
        [gx0 + 1.0, ySup, zSup],
        [gx0 + 1.0, 0.8, zSup],
      ],
      radius: rGh,
      temp: 'supplyT',
      loop: 'greenhouse',
      insulated: true,
    });
  } else {
    pipes.push({
      component: 'supply',
      points: [
        mixValve,
        [gx0 + 1.0, yBridge, mixValve[2]],
        [gx0 + 1.0, yBridge, zSup],
        [gx0 + 1.0, 0.8, zSup],
      ],
      radius: rGh,
      temp: 'supplyT',
      loop: 'greenhouse',
      insulated: true,
    });
  }
  if (tank) {
    const t = tank;
    pipes.push({
      component: 'bufferTank',
      points: [
        [xMix + 0.6, yBridge, mixValve[2]],
        [xMix + 0.6, yBridge, t.z],
        [t.x - t.radius, yBridge, t.z],
      ],
      radius: rGh * 0.7,
      temp: 'tankTopT',
      loop: 'hxCold',
      insulated: true,
    });
    pipes.push({
      component: 'bufferTank',
      points: [
        [t.x - t.radius, 0.5, t.z],
        [xRetHx + 0.6, 0.5, t.z],
        [xRetHx + 0.6, 0.5, zRet - 0.01],
      ],
      radius: rGh * 0.7,
      temp: 'tankBottomT',
      loop: 'hxCold',
      insulated: true,
    });
  }
  pumps.push({ component: 'minerPump', position: [xRetHx + 3, 0.8, zRet + 1.1], temp: 'greenhouseReturnT' });
  pick.push({ component: 'minerPump', center: [xRetHx + 3, 0.8, zRet + 1.1], size: [1.4, 1.3, 1.4] });
  anchors.supply = [gx0 - 4, ySup + 1.2, zSup];

  // Inside the greenhouse: distribution header (after the mixing valve) and return header along the west wall,
  // and the pipe-rail loops: out along one pipe between two rows and back along the other.
  const hz0 = rows[0]! - rowPitch / 2;
  const hz1 = rows[rows.length - 1]! + rowPitch / 2;
  const hx0 = gx0 + 1.0;
  pipes.push({
    component: 'rails',
    points: [
      [hx0, 0.8, zSup],
      [hx0, 0.35, zSup],
    ],
    radius: 0.09,
    temp: 'pipeInletT',
    loop: 'rails',
    insulated: false,
  });
  pipes.push({
    component: 'rails',
    points: [
      [hx0, 0.35, hz0],
      [hx0, 0.35, hz1],
    ],
    radius: 0.09,
    temp: 'pipeInletT',
    loop: null,
    insulated: false,
  });
  pipes.push({
    component: 'ghReturn',
    points: [
      [hx0 + 0.6, 0.2, hz0],
      [hx0 + 0.6, 0.2, hz1],
    ],
    radius: 0.09,
    temp: 'pipeOutletT',
    loop: null,
    insulated: false,
  });
  pipes.push({
    component: 'ghReturn',
    points: [
      [hx0 + 0.6, 0.2, zRet],
      [hx0 + 0.6, 0.8, zRet],
    ],
    radius: 0.09,
    temp: 'pipeOutletT',
    loop: 'rails',
    insulated: false,
  });
  const railR = 0.0255; // Ø 51 mm (Vanthoor 2011, PhD thesis, Wageningen, pipe-rail heating)
  const railStride = Math.max(1, Math.ceil(rows.length / 200));
  for (let r = 0; r < rows.length - 1; r += railStride) {
    const zPath = rows[r]! + rowPitch / 2;
    pipes.push({
      component: 'rails',
      points: [
        [hx0, 0.35, zPath - 0.28],
        [rowX0, 0.1, zPath - 0.28],
        [rowX1, 0.1, zPath - 0.28],
        [rowX1, 0.1, zPath + 0.28],
        [rowX0, 0.1, zPath + 0.28],
        [hx0 + 0.6, 0.2, zPath + 0.28],
      ],
      radius: railR,
      temp: 'pipeInletT',
      tempEnd: 'pipeOutletT',
      loop: 'rails',
      insulated: false,
    });
  }
}

/**
 * The greenhouse loop's pipes: return and supply between the plate exchanger, the mixing valve, the backup
 * boilers and the buffer tank; inside the greenhouse the distribution and return headers along the west wall
 * and the pipe rails between the crop rows.
 */
import type { ComponentId } from './components';
import { pipeRun } from './layoutPipes';
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

/** Return and supply heights and lanes of the loop in the yard, m. */
const Z_RET = 4.6;
const Z_SUP = 3.4;
const Y_FEED = 0.5;
const Y_SUP = 3.2;

/** Add the greenhouse loop's pipes (and its pumps' pick boxes and anchors) to the site. */
export function greenhouseLoop(site: LoopSite): void {
  const { pipes, pick, anchors, nozzles, pumps, gx0 } = site;
  const xRetHx = nozzles.coldIn[0] - 1.4;
  exchangerAndBypass(site, xRetHx);
  if (site.nBoilers) boilerSupply(site);
  else {
    const { mixValve, yBridge } = site;
    const points: Vec3[] = [
      mixValve,
      [gx0 + 1.0, yBridge, mixValve[2]],
      [gx0 + 1.0, yBridge, Z_SUP],
      [gx0 + 1.0, 0.8, Z_SUP],
    ];
    pipes.push(pipeRun('supply', points, site.rGh, 'supplyT', 'greenhouse', true));
  }
  if (site.tank) tankPipes(site, site.tank, xRetHx);
  pumps.push({ component: 'minerPump', position: [xRetHx + 3, 0.8, Z_RET + 1.1], temp: 'greenhouseReturnT' });
  pick.push({ component: 'minerPump', center: [xRetHx + 3, 0.8, Z_RET + 1.1], size: [1.4, 1.3, 1.4] });
  anchors.supply = [gx0 - 4, Y_SUP + 1.2, Z_SUP];
  indoorHeaders(site);
  pipeRails(site);
}

/** Greenhouse return to the exchanger's cold inlet, its cold outlet to the mixing valve, and the bypass. */
function exchangerAndBypass(site: LoopSite, xRetHx: number): void {
  const { pipes, nozzles, mixValve, xMix, yBridge, rGh, gx0 } = site;
  const ret: Vec3[] = [
    [gx0 + 1.6, 0.8, Z_RET],
    [xRetHx, 0.8, Z_RET],
    [xRetHx, 0.8, nozzles.coldIn[2]],
    [xRetHx, nozzles.coldIn[1], nozzles.coldIn[2]],
    nozzles.coldIn,
  ];
  pipes.push(pipeRun('ghReturn', ret, rGh, 'greenhouseReturnT', 'greenhouse', true));
  const out = nozzles.coldOut;
  const coldOut: Vec3[] = [
    out,
    [out[0] - 0.55, out[1], out[2]],
    [out[0] - 0.55, yBridge, out[2]],
    [out[0] - 0.55, yBridge, mixValve[2]],
    mixValve,
  ];
  pipes.push(pipeRun('hxColdOut', coldOut, rGh, 'hxColdOutT', 'hxCold', true));
  const bypass: Vec3[] = [[xMix, 0.8, Z_RET], [xMix, yBridge, Z_RET], mixValve];
  pipes.push(pipeRun('bypass', bypass, rGh * 0.9, 'greenhouseReturnT', 'bypass', true));
}

/** Mixing valve → feed under the boilers → each boiler → supply header over them → greenhouse. */
function boilerSupply(site: LoopSite): void {
  const { pipes, mixValve, xMix, yBridge, boilers, bx0, bxEnd, bz, rGh, gx0 } = site;
  const zFeed = bz - 1.2;
  const feed: Vec3[] = [
    mixValve,
    [xMix + 1.2, yBridge, mixValve[2]],
    [xMix + 1.2, Y_FEED, mixValve[2]],
    [xMix + 1.2, Y_FEED, zFeed],
    [bxEnd - 1.5, Y_FEED, zFeed],
  ];
  pipes.push(pipeRun('preheat', feed, rGh, 'preheatedT', 'greenhouse', true));
  for (const b of boilers) {
    const inlet: Vec3[] = [
      [b.x, Y_FEED, zFeed],
      [b.x, Y_FEED, b.z - b.radius + 0.05],
    ];
    pipes.push(pipeRun('preheat', inlet, rGh * 0.5, 'preheatedT', 'greenhouse', false));
    const outlet: Vec3[] = [
      [b.x, b.height - 0.1, b.z],
      [b.x, Y_SUP, b.z],
    ];
    pipes.push(pipeRun('supply', outlet, rGh * 0.5, 'supplyT', 'greenhouse', false));
  }
  const supply: Vec3[] = [
    [bx0, Y_SUP, bz],
    [bxEnd, Y_SUP, bz],
    [bxEnd, Y_SUP, Z_SUP],
    [gx0 + 1.0, Y_SUP, Z_SUP],
    [gx0 + 1.0, 0.8, Z_SUP],
  ];
  pipes.push(pipeRun('supply', supply, rGh, 'supplyT', 'greenhouse', true));
}

/** Buffer tank: charged at the top from the exchanger's outlet, drawn at the bottom into the return. */
function tankPipes(site: LoopSite, t: NonNullable<PlantLayout['tank']>, xRetHx: number): void {
  const { pipes, mixValve, xMix, yBridge, rGh } = site;
  const top: Vec3[] = [
    [xMix + 0.6, yBridge, mixValve[2]],
    [xMix + 0.6, yBridge, t.z],
    [t.x - t.radius, yBridge, t.z],
  ];
  pipes.push(pipeRun('bufferTank', top, rGh * 0.7, 'tankTopT', 'hxCold', true));
  const bottom: Vec3[] = [
    [t.x - t.radius, 0.5, t.z],
    [xRetHx + 0.6, 0.5, t.z],
    [xRetHx + 0.6, 0.5, Z_RET - 0.01],
  ];
  pipes.push(pipeRun('bufferTank', bottom, rGh * 0.7, 'tankBottomT', 'hxCold', true));
}

/** Inside the greenhouse: distribution header (after the mixing valve) and return header along the west wall. */
function indoorHeaders(site: LoopSite): void {
  const { pipes, rows, rowPitch, gx0 } = site;
  const hz0 = rows[0]! - rowPitch / 2;
  const hz1 = rows[rows.length - 1]! + rowPitch / 2;
  const hx0 = gx0 + 1.0;
  const seg = (x: number, y0: number, z0: number, y1: number, z1: number): Vec3[] => [
    [x, y0, z0],
    [x, y1, z1],
  ];
  pipes.push(pipeRun('rails', seg(hx0, 0.8, Z_SUP, 0.35, Z_SUP), 0.09, 'pipeInletT', 'rails', false));
  pipes.push(pipeRun('rails', seg(hx0, 0.35, hz0, 0.35, hz1), 0.09, 'pipeInletT', null, false));
  pipes.push(pipeRun('ghReturn', seg(hx0 + 0.6, 0.2, hz0, 0.2, hz1), 0.09, 'pipeOutletT', null, false));
  pipes.push(
    pipeRun('ghReturn', seg(hx0 + 0.6, 0.2, Z_RET, 0.8, Z_RET), 0.09, 'pipeOutletT', 'rails', false),
  );
}

/** The pipe-rail loops: out along one pipe between two rows and back along the other. */
function pipeRails(site: LoopSite): void {
  const { pipes, rows, rowPitch, rowX0, rowX1, gx0 } = site;
  const hx0 = gx0 + 1.0;
  const railR = 0.0255; // Ø 51 mm (Vanthoor 2011, PhD thesis, Wageningen, pipe-rail heating)
  const railStride = Math.max(1, Math.ceil(rows.length / 200));
  for (let r = 0; r < rows.length - 1; r += railStride) {
    const zPath = rows[r]! + rowPitch / 2;
    const points: Vec3[] = [
      [hx0, 0.35, zPath - 0.28],
      [rowX0, 0.1, zPath - 0.28],
      [rowX1, 0.1, zPath - 0.28],
      [rowX1, 0.1, zPath + 0.28],
      [rowX0, 0.1, zPath + 0.28],
      [hx0 + 0.6, 0.2, zPath + 0.28],
    ];
    pipes.push(pipeRun('rails', points, railR, 'pipeInletT', 'rails', false, 'pipeOutletT'));
  }
}

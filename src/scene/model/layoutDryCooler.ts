/**
 * The dry-cooler branch, north of the yard: units of fans in rows (from the catalog's fan count), the
 * exchanger's hot outlet to the inlet manifold, the outlet manifold through the miner pump to the cold header.
 */
import { dryCoolerModel, type Scenario } from '../../core';
import type { ComponentId } from './components';
import { catalogSafe } from './layoutMath';
import { pipeRun } from './layoutPipes';
import {
  type DryCoolerLayout,
  FANS_PER_UNIT,
  type PickBox,
  type PipeRun,
  type PlantLayout,
  type Vec3,
} from './layoutTypes';

/** What the dry-cooler branch connects to (placed earlier by buildLayout). */
export interface DryCoolerSite {
  pipes: PipeRun[];
  pick: PickBox[];
  anchors: Partial<Record<ComponentId, Vec3>>;
  pads: [number, number, number, number][];
  nozzles: { hotIn: Vec3; hotOut: Vec3; coldIn: Vec3; coldOut: Vec3 };
  rMain: number;
  xCold: number;
  yCold: number;
  zHeadN: number;
  zN: number;
  xW: number;
}

const UNIT_W = 2.4;
const UNIT_H = 2.7;
const FAN_PITCH = 1.95;

/** Place the dry cooler and its pipes; returns what the rest of the layout needs. */
export function dryCoolerBranch(s: Scenario, site: DryCoolerSite) {
  const { zN, xW } = site;
  const dcZ0 = zN - 12;
  const dcX0 = xW + 1;
  const dryCoolerLayout = dryCoolerUnits(s, site, dcX0, dcZ0);
  const { units } = dryCoolerLayout;
  const dcXmax = units.length ? Math.max(...units.map((u) => u.x + u.length / 2)) - 0.8 : dcX0 + 10;
  const pumps = dryCoolerPipes(site, units, dcX0, dcZ0, dcXmax);
  return { dryCoolerLayout, units, dcX0, dcZ0, dcXmax, pumps };
}

/** Units of fans in rows of six (the catalog's fan count × units), their pick boxes, anchor and pad. */
function dryCoolerUnits(s: Scenario, site: DryCoolerSite, dcX0: number, dcZ0: number): DryCoolerLayout {
  const dcModel = catalogSafe(() => dryCoolerModel(s.dryCooler.model));
  const fanTotal = Math.max(0, (dcModel?.fans.count ?? 12) * s.dryCooler.count);
  const unitCount = fanTotal === 0 ? 0 : Math.min(48, Math.ceil(fanTotal / FANS_PER_UNIT));
  const fansPerUnit = unitCount === 0 ? 0 : Math.ceil(fanTotal / unitCount);
  const unitLen = Math.ceil(fansPerUnit / 2) * FAN_PITCH + 0.8;
  const perRow = 6;
  const units: DryCoolerLayout['units'] = [];
  const fanPos: number[] = [];
  for (let u = 0; u < unitCount; u++) {
    const row = Math.floor(u / perRow);
    const x = dcX0 + (u % perRow) * (unitLen + 1.6) + unitLen / 2;
    const z = dcZ0 - row * (UNIT_W + 4);
    units.push({ x, z, length: unitLen, width: UNIT_W, height: UNIT_H });
    for (let f = 0; f < fansPerUnit && fanPos.length / 3 < fanTotal; f++) {
      const col = Math.floor(f / 2);
      const fx = x - unitLen / 2 + 0.4 + (col + 0.5) * FAN_PITCH;
      fanPos.push(fx, UNIT_H + 0.08, z + (f % 2 === 0 ? -0.55 : 0.55));
    }
    site.pick.push({
      component: 'dryCooler',
      center: [x, UNIT_H / 2, z],
      size: [unitLen, UNIT_H + 0.4, UNIT_W],
    });
  }
  if (units.length) {
    const xs = units.map((u) => u.x);
    const zMin = Math.min(...units.map((u) => u.z));
    site.anchors.dryCooler = [(Math.min(...xs) + Math.max(...xs)) / 2, UNIT_H + 2.2, (zMin + dcZ0) / 2];
    const east = Math.max(...xs) + unitLen / 2 + 1.5;
    site.pads.push([dcX0 - 1.5, zMin - UNIT_W / 2 - 1.5, east, dcZ0 + UNIT_W / 2 + 4.5]);
  }
  return { units, fans: new Float32Array(fanPos), fanCount: fanPos.length / 3, fanRadius: 0.455 };
}

/** Exchanger hot out → dry cooler inlet manifold; outlet manifold → pump → cold header. Returns the pump. */
function dryCoolerPipes(
  site: DryCoolerSite,
  units: DryCoolerLayout['units'],
  dcX0: number,
  dcZ0: number,
  dcXmax: number,
): PlantLayout['pumps'] {
  const { pipes, nozzles, rMain, xCold, yCold, zHeadN } = site;
  const dcInZ = dcZ0 + UNIT_W / 2 + 1.0;
  const dcOutZ = dcZ0 + UNIT_W / 2 + 2.0;
  const dcXmin = units.length ? dcX0 + 0.8 : dcX0;
  const xToDc = nozzles.hotOut[0] - 1.0;
  const yDcOut = 1.15;
  const xPump = xCold + 4.2;
  const zPump = zHeadN - 2;
  const toCooler: Vec3[] = [nozzles.hotOut, [xToDc, nozzles.hotOut[1], -0.3], [xToDc, 0.55, dcInZ]];
  pipes.push(pipeRun('hxToCooler', toCooler, rMain, 'hxHotOutT', 'miner', true));
  const inlet: Vec3[] = [
    [Math.max(dcXmax, xToDc), 0.55, dcInZ],
    [dcXmin, 0.55, dcInZ],
  ];
  pipes.push(pipeRun('hxToCooler', inlet, rMain * 0.85, 'hxHotOutT', 'miner', true));
  const outlet: Vec3[] = [
    [dcXmin, yDcOut, dcOutZ],
    [Math.max(dcXmax, xPump), yDcOut, dcOutZ],
  ];
  pipes.push(pipeRun('coldHeader', outlet, rMain * 0.85, 'minerInletT', 'miner', true));
  const toHeader: Vec3[] = [
    [xPump, yDcOut, dcOutZ],
    [xPump, yDcOut, zPump],
    [xPump, yCold, zPump],
    [xCold, yCold, zPump],
  ];
  pipes.push(pipeRun('coldHeader', toHeader, rMain, 'minerInletT', 'miner', true));
  for (const u of units) unitConnections(pipes, u, dcInZ, dcOutZ, yDcOut, rMain);
  site.pick.push({ component: 'minerPump', center: [xPump, 0.55, zPump + 1.2], size: [1.4, 1.3, 1.4] });
  return [{ component: 'minerPump', position: [xPump, 0.55, zPump + 1.2], temp: 'minerInletT' }];
}

/** One unit's inlet (west end) and outlet (east end) connections to the manifolds. */
function unitConnections(
  pipes: PipeRun[],
  u: DryCoolerLayout['units'][number],
  dcInZ: number,
  dcOutZ: number,
  yDcOut: number,
  rMain: number,
): void {
  for (const [z, y, temp, comp] of [
    [dcInZ, 0.55, 'hxHotOutT', 'hxToCooler'],
    [dcOutZ, yDcOut, 'minerInletT', 'coldHeader'],
  ] as const) {
    const xs = z === dcInZ ? u.x - u.length / 2 + 0.5 : u.x + u.length / 2 - 0.5;
    const pts: Vec3[] = [
      [xs, y, z],
      [xs, y, u.z + u.width / 2 - 0.1],
      [xs, 1.5, u.z + u.width / 2 - 0.1],
    ];
    const points = comp === 'coldHeader' ? pts.reverse() : pts;
    pipes.push(pipeRun(comp, points, Math.max(0.06, rMain * 0.45), temp, 'miner', true));
  }
}

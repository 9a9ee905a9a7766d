/**
 * The dry-cooler branch, north of the yard: units of fans in rows (from the catalog's fan count), the
 * exchanger's hot outlet to the inlet manifold, the outlet manifold through the miner pump to the cold header.
 */
import { dryCoolerModel, type Scenario } from '../../core';
import type { ComponentId } from './components';
import { catalogSafe } from './layoutMath';
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

/** Place the dry cooler and its pipes; returns what the rest of the layout needs. */
export function dryCoolerBranch(s: Scenario, site: DryCoolerSite) {
  const { pipes, pick, anchors, pads, nozzles, rMain, xCold, yCold, zHeadN, zN, xW } = site;
  // ---- Dry cooler units, north of the yard.
  const dcModel = catalogSafe(() => dryCoolerModel(s.dryCooler.model));
  const fanTotal = Math.max(0, (dcModel?.fans.count ?? 12) * s.dryCooler.count);
  const unitCount = fanTotal === 0 ? 0 : Math.min(48, Math.ceil(fanTotal / FANS_PER_UNIT));
  const fansPerUnit = unitCount === 0 ? 0 : Math.ceil(fanTotal / unitCount);
  const fanPitch = 1.95;
  const unitLen = Math.ceil(fansPerUnit / 2) * fanPitch + 0.8;
  const unitW = 2.4;
  const unitH = 2.7;
  const perRow = 6;
  const dcZ0 = zN - 12;
  const dcX0 = xW + 1;
  const units: DryCoolerLayout['units'] = [];
  const fanPos: number[] = [];
  for (let u = 0; u < unitCount; u++) {
    const row = Math.floor(u / perRow);
    const x = dcX0 + (u % perRow) * (unitLen + 1.6) + unitLen / 2;
    const z = dcZ0 - row * (unitW + 4);
    units.push({ x, z, length: unitLen, width: unitW, height: unitH });
    for (let f = 0; f < fansPerUnit && fanPos.length / 3 < fanTotal; f++) {
      const col = Math.floor(f / 2);
      fanPos.push(
        x - unitLen / 2 + 0.4 + (col + 0.5) * fanPitch,
        unitH + 0.08,
        z + (f % 2 === 0 ? -0.55 : 0.55),
      );
    }
    pick.push({ component: 'dryCooler', center: [x, unitH / 2, z], size: [unitLen, unitH + 0.4, unitW] });
  }
  const dryCoolerLayout: DryCoolerLayout = {
    units,
    fans: new Float32Array(fanPos),
    fanCount: fanPos.length / 3,
    fanRadius: 0.455,
  };
  if (units.length) {
    const xs = units.map((u) => u.x);
    const zMin = Math.min(...units.map((u) => u.z));
    anchors.dryCooler = [(Math.min(...xs) + Math.max(...xs)) / 2, unitH + 2.2, (zMin + dcZ0) / 2];
    pads.push([
      dcX0 - 1.5,
      zMin - unitW / 2 - 1.5,
      Math.max(...xs) + unitLen / 2 + 1.5,
      dcZ0 + unitW / 2 + 4.5,
    ]);
  }
  // Exchanger hot out → dry cooler inlet manifold; outlet manifold → pump → cold header.
  const dcInZ = dcZ0 + unitW / 2 + 1.0;
  const dcOutZ = dcZ0 + unitW / 2 + 2.0;
  const dcXmax = units.length ? Math.max(...units.map((u) => u.x + u.length / 2)) - 0.8 : dcX0 + 10;
  const dcXmin = units.length ? dcX0 + 0.8 : dcX0;
  const xToDc = nozzles.hotOut[0] - 1.0;
  const yDcOut = 1.15;
  const xPump = xCold + 4.2;
  const zPump = zHeadN - 2;
  pipes.push({
    component: 'hxToCooler',
    points: [nozzles.hotOut, [xToDc, nozzles.hotOut[1], -0.3], [xToDc, 0.55, dcInZ]],
    radius: rMain,
    temp: 'hxHotOutT',
    loop: 'miner',
    insulated: true,
  });
  pipes.push({
    component: 'hxToCooler',
    points: [
      [Math.max(dcXmax, xToDc), 0.55, dcInZ],
      [dcXmin, 0.55, dcInZ],
    ],
    radius: rMain * 0.85,
    temp: 'hxHotOutT',
    loop: 'miner',
    insulated: true,
  });
  pipes.push({
    component: 'coldHeader',
    points: [
      [dcXmin, yDcOut, dcOutZ],
      [Math.max(dcXmax, xPump), yDcOut, dcOutZ],
    ],
    radius: rMain * 0.85,
    temp: 'minerInletT',
    loop: 'miner',
    insulated: true,
  });
  pipes.push({
    component: 'coldHeader',
    points: [
      [xPump, yDcOut, dcOutZ],
      [xPump, yDcOut, zPump],
      [xPump, yCold, zPump],
      [xCold, yCold, zPump],
    ],
    radius: rMain,
    temp: 'minerInletT',
    loop: 'miner',
    insulated: true,
  });
  for (const u of units) {
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
      pipes.push({
        component: comp,
        points: comp === 'coldHeader' ? pts.reverse() : pts,
        radius: Math.max(0.06, rMain * 0.45),
        temp,
        loop: 'miner',
        insulated: true,
      });
    }
  }
  const pumps: PlantLayout['pumps'] = [
    { component: 'minerPump', position: [xPump, 0.55, zPump + 1.2], temp: 'minerInletT' },
  ];
  pick.push({ component: 'minerPump', center: [xPump, 0.55, zPump + 1.2], size: [1.4, 1.3, 1.4] });

  return { dryCoolerLayout, units, dcX0, dcZ0, dcXmax, pumps };
}

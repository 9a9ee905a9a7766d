/**
 * The plant's layout, generated from the scenario (no hand-placed model files): container modules with racks
 * holding every miner, headers and insulated mains to the plate exchanger, the dry cooler with its fans, the
 * backup boilers, the buffer tank when there is one, and the greenhouse sized from its floor area. Pure
 * numbers (metres; x east, y up, z south) so it can be tested without a browser; src/scene/three turns it
 * into meshes.
 *
 * Reading order (west → east): miners → exchanger → boilers → greenhouse, with the dry-cooler branch to the
 * north of the yard. Dimensions: 40-ft ISO container 12.192 × 2.438 × 2.896 m (ISO 668); miner size from the
 * catalog; plate count = ceil(area / plate area) + 2 (the catalog's rule); pipe bores for 1.5 m/s at the
 * nominal flow (a usual design velocity for water mains, e.g. ASHRAE Handbook — Fundamentals ch. 22) plus
 * 60 mm of insulation; Venlo greenhouse spans of 8 m with two 4 m roof bays and crop rows at 1.6 m. The plate
 * pack is drawn with 25 mm between plates (real packs: ≈ 3–4 mm) so that it reads as a pack.
 */
import { plateExchangerModel, type Scenario } from '../../core';
import type { ComponentId } from './components';
import { containersAndMiners } from './layoutContainers';
import { dryCoolerBranch } from './layoutDryCooler';
import { greenhouseLoop } from './layoutGreenhouseLoop';
import { catalogSafe, greenhousePlan, mainRadius } from './layoutMath';
import {
  type GreenhouseLayout,
  type PickBox,
  type PipeRun,
  PLATE_PITCH,
  type PlantLayout,
  type PlateExchangerLayout,
  ROW_PITCH,
  type Vec3,
  type Viewpoint,
} from './layoutTypes';
import type { ViewName } from './live';

export * from './layoutMath';
export * from './layoutTypes';

/** Build the layout of a scenario. */
export function buildLayout(s: Scenario): PlantLayout {
  const pipes: PipeRun[] = [];
  const pick: PickBox[] = [];
  const anchors: Partial<Record<ComponentId, Vec3>> = {};
  const pads: [number, number, number, number][] = [];
  const { containers, minerLayout, L, W, H, zPitch, xEnd, zN, zS, xW, count, modules } = containersAndMiners(
    s,
    pick,
  );

  // ---- Nominal flows → pipe sizes.
  const Qminer = count * s.minerLoop.flowPerMiner;
  const Qgh = s.greenhouseLoop.flow;
  const rMain = mainRadius(Qminer);
  const rStub = mainRadius(Qminer / modules);
  const rGh = mainRadius(Qgh);

  // ---- Site headers (between the containers' east ends and the exchanger).
  const xHot = xEnd + 1.6;
  const xCold = xEnd + 2.8;
  const yHot = 1.7;
  const yCold = 0.6;
  for (const c of containers) {
    const col = Math.round((xEnd - c.x1) / (L + 7));
    const hot: Vec3[] = [
      [c.x1 - 1.2, yHot, c.z - 0.45],
      [c.x1 + 0.5, yHot, c.z - 0.45],
    ];
    // Cold stubs are listed from the header into the container (the direction of flow).
    const cold: Vec3[] = [
      [c.x1 - 1.2, yCold, c.z + 0.45],
      [c.x1 + 0.5, yCold, c.z + 0.45],
    ];
    if (col > 0) {
      const zGap = c.z + zPitch / 2;
      hot.push([c.x1 + 0.5, yHot, zGap - 0.4], [xHot, yHot, zGap - 0.4]);
      cold.push([c.x1 + 0.5, yCold, zGap + 0.4], [xCold, yCold, zGap + 0.4]);
    } else {
      hot.push([xHot, yHot, c.z - 0.45]);
      cold.push([xCold, yCold, c.z + 0.45]);
    }
    pipes.push({
      component: 'hotHeader',
      points: hot,
      radius: rStub,
      temp: 'minerOutletT',
      loop: 'miner',
      insulated: true,
    });
    pipes.push({
      component: 'coldHeader',
      points: cold.reverse(),
      radius: rStub,
      temp: 'minerInletT',
      loop: 'miner',
      insulated: true,
    });
    // Inside: manifolds along each rack row (hot at the top, cold at the bottom) back to the equipment end.
    for (const side of [-1, 1]) {
      const zRow = c.z + side * (W / 2 - 0.1);
      pipes.push({
        component: 'hotHeader',
        points: [
          [c.x0 + 0.6, 2.45, zRow],
          [c.x1 - 1.2, 2.45, zRow],
          [c.x1 - 1.2, yHot, c.z - 0.45],
        ],
        radius: 0.05,
        temp: 'minerOutletT',
        loop: 'miner',
        insulated: false,
      });
      pipes.push({
        component: 'coldHeader',
        points: [
          [c.x1 - 1.2, yCold, c.z + 0.45],
          [c.x1 - 1.2, 0.18, zRow],
          [c.x0 + 0.6, 0.18, zRow],
        ],
        radius: 0.05,
        temp: 'minerInletT',
        loop: 'miner',
        insulated: false,
      });
    }
  }
  const zHeadN = Math.min(...containers.map((c) => c.z)) - 1.5;
  const zHeadS = Math.max(...containers.map((c) => c.z)) + 1.5;
  pipes.push({
    component: 'hotHeader',
    points: [
      [xHot, yHot, zHeadN],
      [xHot, yHot, zHeadS],
    ],
    radius: rMain,
    temp: 'minerOutletT',
    loop: 'miner',
    insulated: true,
  });
  pipes.push({
    component: 'coldHeader',
    points: [
      [xCold, yCold, zHeadN - 2],
      [xCold, yCold, zHeadS],
    ],
    radius: rMain,
    temp: 'minerInletT',
    loop: 'miner',
    insulated: true,
  });

  // ---- Plate exchanger.
  const hxModel = catalogSafe(() =>
    s.heatExchanger.model ? plateExchangerModel(s.heatExchanger.model) : undefined,
  );
  const plateArea = hxModel?.plateArea ?? 1.5;
  const hxArea =
    s.heatExchanger.area ?? hxModel?.area ?? (s.heatExchanger.ua ? s.heatExchanger.ua / 4500 : 80);
  const plates = Math.min(400, Math.ceil(hxArea / plateArea) + 2);
  const packLength = Math.min(6, Math.max(0.4, plates * PLATE_PITCH));
  const hxX = xCold + 11;
  const hxZ = 0;
  const fixedPlateX = hxX - packLength / 2 - 0.12;
  const nozzles = {
    hotIn: [fixedPlateX - 0.25, 2.05, hxZ - 0.3] as Vec3,
    hotOut: [fixedPlateX - 0.25, 0.55, hxZ - 0.3] as Vec3,
    coldIn: [fixedPlateX - 0.25, 0.55, hxZ + 0.3] as Vec3,
    coldOut: [fixedPlateX - 0.25, 2.05, hxZ + 0.3] as Vec3,
  };
  const hx: PlateExchangerLayout = {
    x: hxX,
    z: hxZ,
    plates,
    packLength,
    plateHeight: 2.1,
    plateWidth: 0.85,
    fixedPlateX,
    nozzles,
  };
  pick.push({ component: 'hx', center: [hxX - 0.1, 1.4, hxZ], size: [packLength + 1.2, 2.8, 1.4] });
  anchors.hx = [hxX, 3.4, hxZ];
  pads.push([xEnd + 0.5, zHeadN - 4, hxX + packLength / 2 + 3, zHeadS + 4]);

  // Hot main: header → pipe bridge at 3.4 m → exchanger hot inlet (top).
  const yBridge = 3.6;
  pipes.push({
    component: 'hotHeader',
    points: [
      [xHot, yHot, -0.3],
      [xHot, yBridge, -0.3],
      [nozzles.hotIn[0] - 0.6, yBridge, -0.3],
      [nozzles.hotIn[0] - 0.6, nozzles.hotIn[1], -0.3],
      nozzles.hotIn,
    ],
    radius: rMain,
    temp: 'minerOutletT',
    loop: 'miner',
    insulated: true,
  });

  const { dryCoolerLayout, units, dcX0, dcZ0, dcXmax, pumps } = dryCoolerBranch(s, {
    pipes,
    pick,
    anchors,
    pads,
    nozzles,
    rMain,
    xCold,
    yCold,
    zHeadN,
    zN,
    xW,
  });

  // ---- Backup boilers (electric or fired), a row along x south of the exchanger's axis.
  const nBoilers =
    s.backupHeater.capacity > 0 ? Math.max(1, Math.min(8, Math.ceil(s.backupHeater.capacity / 2e6))) : 0;
  const xMix = hxX + packLength / 2 + 5;
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
    pick.push({
      component: 'boiler',
      center: [(bx0 + bxEnd - 1.5) / 2, 1.3, bz],
      size: [bxEnd - bx0 + 1.5, 2.8, 1.8],
    });
    anchors.boiler = [(bx0 + bxEnd - 1.5) / 2, 5.2, bz];
  }
  const mixValve: Vec3 = [xMix, yBridge, 1.0];

  // ---- Buffer tank (only when the scenario has one).
  let tank: PlantLayout['tank'] = null;
  if (s.bufferTank.volume > 0) {
    const h = s.bufferTank.height;
    const radius = Math.sqrt(s.bufferTank.volume / (Math.PI * h));
    tank = { x: xMix + 1.5 + radius, z: -3 - radius, radius, height: h };
    pick.push({
      component: 'bufferTank',
      center: [tank.x, h / 2, tank.z],
      size: [2 * radius, h, 2 * radius],
    });
    anchors.bufferTank = [tank.x, h + 1.5, tank.z];
  }
  const plantEast = Math.max(bxEnd, tank ? tank.x + tank.radius : 0, units.length ? dcXmax + 2 : 0) + 2;
  pads.push([xMix - 1.5, -1.5 - (tank ? 2 * tank.radius + 3 : 0), bxEnd + 1, bz + 3]);

  // ---- Greenhouse east of the yard.
  const plan = greenhousePlan(s.greenhouse.floorArea);
  const gx0 = plantEast + 14;
  const gz0 = -plan.width / 2;
  const gutterHeight = Math.max(2.2, s.greenhouse.height - 0.4);
  const ridgeHeight = gutterHeight + (plan.spanWidth / 4) * Math.tan((22 * Math.PI) / 180);
  const rowCount = Math.max(1, Math.min(400, Math.floor((plan.width - 1) / ROW_PITCH)));
  const rowPitch = (plan.width - 1) / rowCount;
  const rows = Array.from({ length: rowCount }, (_, i) => gz0 + 0.5 + (i + 0.5) * rowPitch);
  const rowX0 = gx0 + Math.min(4, plan.length * 0.2);
  const rowX1 = gx0 + plan.length - Math.min(1, plan.length * 0.05);
  const postLines = plan.spans + 1;
  const postSpacing = Math.max(4.5, (postLines * plan.length) / 3000);
  const greenhouse: GreenhouseLayout = {
    x0: gx0,
    x1: gx0 + plan.length,
    z0: gz0,
    z1: gz0 + plan.width,
    length: plan.length,
    width: plan.width,
    area: s.greenhouse.floorArea,
    spans: plan.spans,
    spanWidth: plan.spanWidth,
    gutterHeight,
    ridgeHeight,
    rows,
    rowX0,
    rowX1,
    postSpacing,
  };
  pick.push({
    component: 'greenhouse',
    center: [gx0 + plan.length / 2, ridgeHeight / 2, 0],
    size: [plan.length, ridgeHeight, plan.width],
  });
  pick.push({
    component: 'rails',
    center: [(rowX0 + rowX1) / 2, 0.12, 0],
    size: [rowX1 - rowX0, 0.24, plan.width - 1],
  });
  pick.push({
    component: 'screen',
    center: [gx0 + plan.length / 2, gutterHeight - 0.12, 0],
    size: [plan.length, 0.04, plan.width],
  });
  anchors.greenhouse = [
    gx0 + Math.min(plan.length / 2, 28),
    ridgeHeight + 3,
    gz0 + Math.min(plan.width / 2, 22),
  ];
  anchors.miners = [(xW + xEnd) / 2, H + 2.2, zN];

  greenhouseLoop({
    pipes,
    pick,
    anchors,
    nozzles,
    mixValve,
    xMix,
    yBridge,
    boilers,
    nBoilers,
    bx0,
    bxEnd,
    bz,
    tank,
    pumps,
    rGh,
    gx0,
    rows,
    rowPitch,
    rowX0,
    rowX1,
  });

  // ---- Bounds and viewpoints.
  const xmin = Math.min(xW, dcX0) - 4;
  const xmax = greenhouse.x1 + 4;
  const zmin = Math.min(gz0, units.length ? Math.min(...units.map((u) => u.z - u.width / 2)) : zN) - 4;
  const zmax = Math.max(greenhouse.z1, zS) + 4;
  const yardSpan = plantEast - xW;
  const c0 = containers[0]!;
  const zPathMid = rows[Math.floor(rows.length / 2)]! + rowPitch / 2;
  const views: Record<ViewName, Viewpoint> = {
    overview: {
      label: 'Overview',
      target: [xW + yardSpan * 0.62, 0, 0],
      position: [xW - yardSpan * 0.25, Math.max(40, yardSpan * 0.75), zS + Math.max(60, yardSpan * 1.05)],
    },
    container: {
      label: 'Inside a container',
      position: [c0.x0 + 0.45, 1.55, c0.z + 0.1],
      target: [c0.x0 + Math.min(6, c0.length * 0.5), 1.05, c0.z - 0.25],
    },
    exchanger: {
      label: 'Exchanger',
      position: [hxX - 5.5, 3.6, hxZ + 7.5],
      target: [hxX - 0.6, 1.3, hxZ],
    },
    drycooler: {
      label: 'Dry cooler',
      position: units.length ? [units[0]!.x - 8, 11, dcZ0 + 20] : [xW, 12, zN + 10],
      target: units.length ? [(dcX0 + dcXmax) / 2, 1.5, dcZ0] : [xW, 0, zN],
    },
    greenhouse: {
      label: 'Greenhouse',
      position: [rowX0 + 0.6, 2.3, zPathMid + 0.1],
      target: [rowX0 + Math.min(30, plan.length * 0.5), 0.9, zPathMid + 0.3],
    },
  };
  return {
    containers,
    miners: minerLayout,
    minerCount: count,
    hx,
    dryCooler: dryCoolerLayout,
    boilers,
    tank,
    pumps,
    mixValve,
    pipes,
    greenhouse,
    pads,
    pick,
    anchors,
    views,
    bounds: [xmin, zmin, xmax, zmax],
  };
}

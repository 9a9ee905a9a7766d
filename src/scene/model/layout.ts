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
import { dryCoolerModel, minerModel, plateExchangerModel, type Scenario } from '../../core';
import type { ComponentId, FlowLoop, TemperatureSeries } from './components';
import type { ViewName } from './live';

export type Vec3 = [number, number, number];

/** 40-ft ISO container (ISO 668 1AA), m. */
export const CONTAINER = { length: 12.192, width: 2.438, height: 2.896 } as const;
/** More miner boxes than this are drawn as one box per ⌈count / MAX_DRAWN_MINERS⌉ miners. */
export const MAX_DRAWN_MINERS = 20_000;
/** Fans per dry-cooler unit drawn (2 rows of 6, a common V-type block). */
export const FANS_PER_UNIT = 12;
/** Visual spacing between plates of the drawn plate pack, m. */
export const PLATE_PITCH = 0.025;
export const SPAN_WIDTH = 8;
export const ROW_PITCH = 1.6;

export interface ContainerLayout {
  index: number;
  x0: number;
  x1: number;
  z: number;
  length: number;
  width: number;
  height: number;
  /** Miners inside (scenario count, not drawn boxes). */
  miners: number;
  racksPerSide: number;
  slotsPerRack: number;
  /** Rack centres along x, the two rack rows' z (north, south) and the racks' height, m. */
  rackX: number[];
  rackZ: [number, number];
  rackHeight: number;
}

export interface MinerLayout {
  /** Miner boxes drawn. */
  drawn: number;
  /** Scenario miners per drawn box (1 unless the count exceeds MAX_DRAWN_MINERS). */
  perBox: number;
  /** Box size (x = rack width, y = height, z = depth), m. */
  size: Vec3;
  /** Box centres, xyz per box. */
  positions: Float32Array;
  /** +1 when the front faces +z, −1 when it faces −z. */
  facing: Float32Array;
  /** Container index of each box. */
  container: Uint16Array;
  /** Order in which boxes are shown off when uptime < 1 (rank < off count ⇒ off). A fixed permutation. */
  offRank: Uint32Array;
}

export interface PipeRun {
  component: ComponentId;
  points: Vec3[];
  /** Outer radius (with insulation), m. */
  radius: number;
  /** Temperature at the start; `tempEnd` when it changes along the run (heating rails). */
  temp: TemperatureSeries;
  tempEnd?: TemperatureSeries;
  loop: FlowLoop | null;
  /** Insulated (aluminium-clad) mains vs bare steel pipe. */
  insulated: boolean;
}

export interface PlateExchangerLayout {
  x: number;
  z: number;
  plates: number;
  packLength: number;
  plateHeight: number;
  plateWidth: number;
  /** x of the fixed frame plate (nozzles face west from it). */
  fixedPlateX: number;
  /** Nozzle centres: hot in (top), hot out (bottom), cold in (bottom), cold out (top). */
  nozzles: { hotIn: Vec3; hotOut: Vec3; coldIn: Vec3; coldOut: Vec3 };
}

export interface DryCoolerLayout {
  units: { x: number; z: number; length: number; width: number; height: number }[];
  /** Fan centres (top of the units), xyz per fan. */
  fans: Float32Array;
  fanCount: number;
  fanRadius: number;
}

export interface GreenhouseLayout {
  x0: number;
  x1: number;
  z0: number;
  z1: number;
  length: number;
  width: number;
  area: number;
  spans: number;
  spanWidth: number;
  gutterHeight: number;
  ridgeHeight: number;
  /** z of each crop row's centre. */
  rows: number[];
  rowX0: number;
  rowX1: number;
  /** Post spacing along the gutters, m. */
  postSpacing: number;
}

export interface PickBox {
  component: ComponentId;
  center: Vec3;
  size: Vec3;
  /** Container index for the miners' boxes. */
  container?: number;
}

export interface Viewpoint {
  position: Vec3;
  target: Vec3;
  label: string;
}

export interface PlantLayout {
  containers: ContainerLayout[];
  miners: MinerLayout;
  minerCount: number;
  hx: PlateExchangerLayout;
  dryCooler: DryCoolerLayout;
  boilers: { x: number; z: number; radius: number; height: number }[];
  tank: { x: number; z: number; radius: number; height: number } | null;
  pumps: { component: ComponentId; position: Vec3; temp: TemperatureSeries }[];
  /** The mixing point of bypass and exchanger water (3-way valve). */
  mixValve: Vec3;
  pipes: PipeRun[];
  greenhouse: GreenhouseLayout;
  /** Concrete pads: [x0, z0, x1, z1]. */
  pads: [number, number, number, number][];
  pick: PickBox[];
  anchors: Partial<Record<ComponentId, Vec3>>;
  views: Record<ViewName, Viewpoint>;
  /** Axis-aligned bounds of everything: [xmin, zmin, xmax, zmax]. */
  bounds: [number, number, number, number];
}

/** Outer radius of an insulated main for volume flow Q (m³/s) at 1.5 m/s plus 60 mm insulation. */
export function mainRadius(Q: number): number {
  const bore = Math.sqrt((4 * Math.max(Q, 1e-6)) / (Math.PI * 1.5));
  return Math.min(0.6, Math.max(0.05, bore / 2 + 0.06));
}

/** Deterministic permutation of 0…n−1 (Fisher–Yates with a 32-bit LCG, Numerical Recipes constants). */
export function permutation(n: number, seed = 12345): Uint32Array {
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    const t = p[i]!;
    p[i] = p[j]!;
    p[j] = t;
  }
  return p;
}

/** Split `count` into `parts` near-equal whole numbers (the first ones one larger). */
export function split(count: number, parts: number): number[] {
  const base = Math.floor(count / parts);
  const extra = count - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

/** Rack arrangement inside one module for `m` miners of height `h` (m). */
export function rackArrangement(
  m: number,
  h: number,
): { racksPerSide: number; slotsPerRack: number; length: number } {
  const pitchMin = h + 0.045;
  const slotsMax = Math.max(1, Math.floor(2.1 / pitchMin));
  const rackPitch = 0.62;
  const racksFit = Math.floor((CONTAINER.length - 3) / rackPitch); // 40 ft: equipment end + door clearance
  let racksPerSide = Math.max(1, Math.min(racksFit, Math.ceil(m / 2 / 4)));
  let slotsPerRack = Math.ceil(m / (2 * racksPerSide));
  if (slotsPerRack > slotsMax) {
    slotsPerRack = slotsMax;
    racksPerSide = Math.ceil(m / (2 * slotsMax));
  }
  racksPerSide = Math.max(1, Math.min(racksPerSide, Math.ceil(m / (2 * slotsPerRack)) || 1));
  const length = Math.max(CONTAINER.length, racksPerSide * rackPitch + 3);
  return { racksPerSide, slotsPerRack, length };
}

/** Greenhouse plan: spans of 8 m across z, length along x, area = length × width. */
export function greenhousePlan(area: number): {
  spans: number;
  spanWidth: number;
  width: number;
  length: number;
} {
  const spanWidth = Math.min(SPAN_WIDTH, Math.sqrt(area));
  const spans = Math.max(1, Math.round(Math.sqrt(area / 1.25) / spanWidth));
  const width = spans * spanWidth;
  return { spans, spanWidth, width, length: area / width };
}

function catalogSafe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Build the layout of a scenario. */
export function buildLayout(s: Scenario): PlantLayout {
  const minerDims = catalogSafe(() => minerModel(s.miners.model).physical);
  const mW = minerDims?.width ?? 0.4826;
  const mD = minerDims?.depth ?? 0.556;
  const mH = minerDims?.height ?? 0.086;
  const count = s.miners.count;
  const modules = Math.max(1, s.miners.modules);
  const perModule = split(count, modules);
  const pipes: PipeRun[] = [];
  const pick: PickBox[] = [];
  const anchors: Partial<Record<ComponentId, Vec3>> = {};
  const pads: [number, number, number, number][] = [];

  // ---- Container modules: columns of up to 12 along z, further columns to the west.
  const arrangement = rackArrangement(Math.max(...perModule), mH);
  const L = arrangement.length;
  const W = CONTAINER.width;
  const H = CONTAINER.height;
  const zPitch = W + 3.2;
  const perColumn = 12;
  const xEnd = 0; // east ends of the first column
  const containers: ContainerLayout[] = [];
  for (let c = 0; c < modules; c++) {
    const col = Math.floor(c / perColumn);
    const inCol = Math.min(perColumn, modules - col * perColumn);
    const r = c % perColumn;
    const z = (r - (inCol - 1) / 2) * zPitch;
    const x1 = xEnd - col * (L + 7);
    const m = perModule[c]!;
    const a = rackArrangement(m, mH);
    containers.push({
      index: c,
      x0: x1 - L,
      x1,
      z,
      length: L,
      width: W,
      height: H,
      miners: m,
      racksPerSide: a.racksPerSide,
      slotsPerRack: a.slotsPerRack,
      rackX: [],
      rackZ: [z - W / 2 + 0.16 + mD / 2, z + W / 2 - 0.16 - mD / 2],
      rackHeight: 2.4,
    });
    pick.push({ component: 'miners', center: [x1 - L / 2, H / 2, z], size: [L, H, W], container: c });
  }
  const zN = Math.min(...containers.map((c) => c.z)) - W / 2;
  const zS = Math.max(...containers.map((c) => c.z)) + W / 2;
  const xW = Math.min(...containers.map((c) => c.x0));

  // ---- Miner boxes: racks along both long walls, fronts to the aisle.
  const perBox = Math.max(1, Math.ceil(count / MAX_DRAWN_MINERS));
  const drawnPer = perModule.map((m) => Math.ceil(m / perBox));
  const drawn = drawnPer.reduce((a, b) => a + b, 0);
  const positions = new Float32Array(drawn * 3);
  const facing = new Float32Array(drawn);
  const containerOf = new Uint16Array(drawn);
  let k = 0;
  for (const c of containers) {
    const n = drawnPer[c.index]!;
    const a = rackArrangement(n, mH);
    const racks = a.racksPerSide;
    const slots = a.slotsPerRack;
    const usable = c.length - 3;
    const rackPitch = Math.min(0.62 * 1.6, usable / racks);
    const rowStart = c.x0 + 0.8 + (usable - racks * rackPitch) / 2;
    const pitchY = Math.min(0.3, 2.05 / slots);
    const y0 = 0.3 + mH / 2;
    c.rackX = Array.from({ length: racks }, (_, r) => rowStart + (r + 0.5) * rackPitch);
    c.rackHeight = Math.min(2.55, y0 + (slots - 1) * pitchY + mH / 2 + 0.25);
    for (let j = 0; j < n; j++) {
      const side = j % 2; // alternate sides so partial racks stay balanced
      const idx = Math.floor(j / 2);
      const rack = Math.floor(idx / slots);
      const slot = idx % slots;
      const x = rowStart + (rack + 0.5) * rackPitch;
      const zFace = side === 0 ? c.z - W / 2 + 0.16 + mD / 2 : c.z + W / 2 - 0.16 - mD / 2;
      positions[k * 3] = x;
      positions[k * 3 + 1] = y0 + slot * pitchY;
      positions[k * 3 + 2] = zFace;
      facing[k] = side === 0 ? 1 : -1;
      containerOf[k] = c.index;
      k++;
    }
  }
  const minerLayout: MinerLayout = {
    drawn,
    perBox,
    size: [mW, mH, mD],
    positions,
    facing,
    container: containerOf,
    offRank: (() => {
      const perm = permutation(drawn);
      const rank = new Uint32Array(drawn);
      for (let i = 0; i < drawn; i++) rank[perm[i]!] = i;
      return rank;
    })(),
  };

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
  const railR = 0.0255; // Ø 51 mm (Vanthoor 2011, FACTS.md)
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

/**
 * Container modules (columns of up to 12 along z, further columns to the west) and the miners in them: racks
 * along both long walls, fronts to the aisle; above MAX_DRAWN_MINERS one drawn box stands for several miners.
 */
import type { Scenario } from '../../core';
import { catalogSafe, permutation, rackArrangement, split } from './layoutMath';
import {
  CONTAINER,
  type ContainerLayout,
  MAX_DRAWN_MINERS,
  type MinerLayout,
  type PickBox,
  type Vec3,
} from './layoutTypes';
import { minerModel } from '../../core';

/** Place the containers and the miners; returns what the rest of the layout needs. */
export function containersAndMiners(s: Scenario, pick: PickBox[]) {
  const minerDims = catalogSafe(() => minerModel(s.miners.model).physical);
  const mW = minerDims?.width ?? 0.4826;
  const mD = minerDims?.depth ?? 0.556;
  const mH = minerDims?.height ?? 0.086;
  const count = s.miners.count;
  const modules = Math.max(1, s.miners.modules);
  const perModule = split(count, modules);
  const L = rackArrangement(Math.max(...perModule), mH).length;
  const W = CONTAINER.width;
  const H = CONTAINER.height;
  const zPitch = W + 3.2;
  const xEnd = 0; // east ends of the first column
  const containers = placeContainers(perModule, { L, zPitch, xEnd, mH, mD }, pick);
  const zN = Math.min(...containers.map((c) => c.z)) - W / 2;
  const zS = Math.max(...containers.map((c) => c.z)) + W / 2;
  const xW = Math.min(...containers.map((c) => c.x0));
  const minerLayout = placeMiners(containers, perModule, [mW, mH, mD]);
  return { containers, minerLayout, L, W, H, zPitch, xEnd, zN, zS, xW, count, modules };
}

/** Container modules: columns of up to 12 along z, further columns to the west. */
function placeContainers(
  perModule: number[],
  g: { L: number; zPitch: number; xEnd: number; mH: number; mD: number },
  pick: PickBox[],
): ContainerLayout[] {
  const { L, zPitch, xEnd, mH, mD } = g;
  const { width: W, height: H } = CONTAINER;
  const modules = perModule.length;
  const perColumn = 12;
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
  return containers;
}

/** Miner boxes: racks along both long walls, fronts to the aisle (sets each container's rack positions). */
function placeMiners(containers: ContainerLayout[], perModule: number[], size: Vec3): MinerLayout {
  const count = perModule.reduce((a, b) => a + b, 0);
  const perBox = Math.max(1, Math.ceil(count / MAX_DRAWN_MINERS));
  const drawnPer = perModule.map((m) => Math.ceil(m / perBox));
  const drawn = drawnPer.reduce((a, b) => a + b, 0);
  const positions = new Float32Array(drawn * 3);
  const facing = new Float32Array(drawn);
  const containerOf = new Uint16Array(drawn);
  let k = 0;
  for (const c of containers) {
    const n = drawnPer[c.index]!;
    for (const [x, y, z, face] of minerSlots(c, n, size)) {
      positions[k * 3] = x;
      positions[k * 3 + 1] = y;
      positions[k * 3 + 2] = z;
      facing[k] = face;
      containerOf[k] = c.index;
      k++;
    }
  }
  return {
    drawn,
    perBox,
    size,
    positions,
    facing,
    container: containerOf,
    offRank: rankOf(permutation(drawn)),
  };
}

/** Centres and facing of `n` boxes in container `c`, alternating sides so partial racks stay balanced. */
function minerSlots(c: ContainerLayout, n: number, [, mH, mD]: Vec3): [number, number, number, number][] {
  const W = c.width;
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
  const out: [number, number, number, number][] = [];
  for (let j = 0; j < n; j++) {
    const side = j % 2;
    const idx = Math.floor(j / 2);
    const x = rowStart + (Math.floor(idx / slots) + 0.5) * rackPitch;
    const zFace = side === 0 ? c.z - W / 2 + 0.16 + mD / 2 : c.z + W / 2 - 0.16 - mD / 2;
    out.push([x, y0 + (idx % slots) * pitchY, zFace, side === 0 ? 1 : -1]);
  }
  return out;
}

/** Rank of each index in a permutation (the order boxes are shown off when uptime < 1). */
function rankOf(perm: Uint32Array): Uint32Array {
  const rank = new Uint32Array(perm.length);
  for (let i = 0; i < perm.length; i++) rank[perm[i]!] = i;
  return rank;
}

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

  return { containers, minerLayout, L, W, H, zPitch, xEnd, zN, zS, xW, count, modules };
}

/**
 * AI racks and heat pump (issue 17): when the scenario has AI racks, their hall stands south of the yard
 * beyond the road, cabinets in two rows facing a cold aisle; when it has a heat pump, its skid stands between
 * the greenhouse loop's return lane and the road, the racks' water piped to its evaporator and its condenser
 * on the boilers' feed line (in series after the exchanger, before the boilers — as the core models it).
 * Cabinet size of a rack-scale system (NVIDIA GB200 NVL72: 600 × 1068 × 2236 mm, vendor data sheet).
 */
import type { Scenario } from '../../core';
import { pipeRun, type SiteParts } from './layoutPipes';
import { type AiHallLayout, type HeatPumpLayout, MAX_DRAWN_RACKS, type Vec3 } from './layoutTypes';

const RACK: Vec3 = [0.6, 2.24, 1.07];
const RACKS_PER_ROW = 20;
const RACK_GAP = 0.02;

/** Place the AI hall (or nothing without racks), its pick box and label anchor. */
export function aiHall(s: Scenario, site: SiteParts, xMix: number, zS: number): AiHallLayout | null {
  const racks = s.aiRacks.count;
  if (!(racks > 0)) return null;
  const drawn = Math.min(racks, MAX_DRAWN_RACKS);
  const perRow = Math.min(RACKS_PER_ROW, Math.ceil(drawn / 2));
  const pairs = Math.ceil(drawn / (2 * perRow));
  const pitch = RACK[0] + RACK_GAP;
  const pairDepth = 2 * RACK[2] + 1.2; // two rows and the cold aisle between their fronts
  const length = perRow * pitch + 4;
  const width = pairs * (pairDepth + 1.2) + 1.6;
  const xCentre = xMix + 3.05; // under the heat pump
  const x0 = xCentre - length / 2;
  const z0 = zS + 14;
  const positions: number[] = [];
  const facing: number[] = [];
  for (let k = 0; k < drawn; k++) {
    const pair = Math.floor(k / (2 * perRow));
    const inPair = k % (2 * perRow);
    const row = inPair % 2; // alternate rows so a partial pair stays balanced
    const col = Math.floor(inPair / 2);
    const zPair = z0 + 1.4 + pair * (pairDepth + 1.2);
    const z = row === 0 ? zPair + RACK[2] / 2 : zPair + pairDepth - RACK[2] / 2;
    positions.push(x0 + 2 + (col + 0.5) * pitch, 0, z);
    facing.push(row === 0 ? 1 : -1);
  }
  const hall = {
    x0,
    x1: x0 + length,
    z0,
    z1: z0 + width,
    height: 3.6,
    racks,
    drawn,
    rackSize: RACK,
    positions,
    facing,
  };
  site.pick.push({
    component: 'aiRacks',
    center: [xCentre, 1.8, z0 + width / 2],
    size: [length, 3.6, width],
  });
  site.anchors.aiRacks = [xCentre, 3.6 + 2.2, z0 + width / 2];
  return hall;
}

/** Place the heat pump skid and its pipes (or nothing without a heat pump). */
export function heatPumpSkid(
  s: Scenario,
  site: SiteParts,
  at: { xMix: number; zFeed: number; rGh: number },
  hall: AiHallLayout | null,
): HeatPumpLayout | null {
  const capacity = s.heatPump.capacity;
  if (!(capacity > 0)) return null;
  // Condenser on the boilers' feed line: water in west of the first boiler, out (at the supply set-point)
  // in the gap before the second; over the supply lane and under the pipe bridge to the skid.
  const { xMix, zFeed, rGh } = at;
  const xIn = xMix + 2.0;
  const xOut = xMix + 4.1;
  const x = (xIn + xOut) / 2;
  const length = xOut - xIn + 1.2;
  const width = 1.8;
  const height = 2.2;
  const z = 6.8;
  const zN = z - width / 2;
  const r = Math.max(0.08, rGh * 0.6);
  const inlet: Vec3[] = [
    [xIn, 0.5, zFeed],
    [xIn, 2.0, zFeed],
    [xIn, 2.0, zN - 0.3],
    [xIn, 1.2, zN - 0.3],
    [xIn, 1.2, zN + 0.1],
  ];
  const outlet: Vec3[] = [
    [xOut, 1.7, zN + 0.1],
    [xOut, 1.7, zN - 0.3],
    [xOut, 2.4, zN - 0.3],
    [xOut, 2.4, zFeed],
    [xOut, 0.5, zFeed],
  ];
  site.pipes.push(pipeRun('heatPump', inlet, r, 'preheatedT', 'greenhouse', true));
  site.pipes.push(pipeRun('heatPump', outlet, r, 'supplyT', 'greenhouse', true));
  // Evaporator: the racks' water from and back to the hall (buried under the road, up at both ends).
  const yBuried = -0.4;
  const sourcePipes: Vec3[][] = [];
  if (hall) {
    for (const [dx, y] of [
      [-0.35, 0.7],
      [0.35, 1.1],
    ] as const) {
      const xs = x + dx;
      sourcePipes.push([
        [xs, y, z + width / 2 - 0.1],
        [xs, y, z + width / 2 + 0.5],
        [xs, yBuried, z + width / 2 + 0.5],
        [xs, yBuried, hall.z0 - 0.5],
        [xs, y, hall.z0 - 0.5],
        [xs, y, hall.z0 + 0.2],
      ]);
    }
  }
  site.pick.push({ component: 'heatPump', center: [x, height / 2, z], size: [length, height + 0.3, width] });
  site.anchors.heatPump = [x, height + 1.6, z];
  return { x, z, length, width, height, capacity, sourcePipes };
}

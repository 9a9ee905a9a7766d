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
import type { Scenario } from '../../core';
import { aiHall, heatPumpSkid } from './layoutAi';
import { containersAndMiners } from './layoutContainers';
import { dryCoolerBranch } from './layoutDryCooler';
import { greenhouseHall } from './layoutGreenhouse';
import { greenhouseLoop } from './layoutGreenhouseLoop';
import { siteHeaders } from './layoutHeaders';
import { mainRadius } from './layoutMath';
import { emptySite } from './layoutPipes';
import type { PlantLayout } from './layoutTypes';
import { layoutBounds, viewpoints } from './layoutViews';
import { boilersAndTank, plateExchanger, Y_BRIDGE } from './layoutYard';

export * from './layoutMath';
export * from './layoutTypes';

/** A layout with its JSON text (its identity for `layoutFor`). */
export interface KeyedLayout {
  layout: PlantLayout;
  key: string;
}

/**
 * The layout of `s`, or `prev` itself when the new layout is the same plant number for number: an edit of a
 * set-point, the weather or the controls draws the same plant, and the scene keeps its geometry (~10⁵ vertices,
 * rebuilt and uploaded otherwise: tens of ms of main thread after every such edit; issue 13) and its selection.
 * The JSON of a layout is ~80 KB: well under a millisecond to write and compare.
 */
export function layoutFor(s: Scenario, prev: KeyedLayout | null): KeyedLayout {
  const layout = buildLayout(s);
  const key = JSON.stringify(layout);
  return prev !== null && prev.key === key ? prev : { layout, key };
}

/** Build the layout of a scenario: each step places its parts and adds to the shared lists, in this order. */
export function buildLayout(s: Scenario): PlantLayout {
  const site = emptySite();
  const { pipes, pick, anchors, pads } = site;
  const block = containersAndMiners(s, pick);
  const { containers, minerLayout, H, xEnd, zN, zS, xW, count, modules } = block;

  // Nominal flows → pipe sizes.
  const Qminer = count * s.minerLoop.flowPerMiner;
  const rMain = mainRadius(Qminer);
  const rGh = mainRadius(s.greenhouseLoop.flow);
  const headers = siteHeaders(pipes, block, rMain, mainRadius(Qminer / modules));
  const hx = plateExchanger(s, site, headers, xEnd, rMain);
  const { xCold, yCold, zHeadN } = headers;
  const dc = dryCoolerBranch(s, { ...site, nozzles: hx.nozzles, rMain, xCold, yCold, zHeadN, zN, xW });
  const { units, dcXmax, pumps } = dc;
  const yard = boilersAndTank(s, site, hx);
  const { boilers, tank, mixValve } = yard;
  const plantEast = Math.max(yard.bxEnd, tank ? tank.x + tank.radius : 0, units.length ? dcXmax + 2 : 0) + 2;
  const { greenhouse, rowPitch } = greenhouseHall(s, site, plantEast + 14);
  anchors.miners = [(xW + xEnd) / 2, H + 2.2, zN];
  const { rows, rowX0, rowX1, x0: gx0 } = greenhouse;
  greenhouseLoop({
    ...site,
    ...yard,
    nozzles: hx.nozzles,
    yBridge: Y_BRIDGE,
    pumps,
    rGh,
    gx0,
    rows,
    rowPitch,
    rowX0,
    rowX1,
  });

  const v = { ...dc, containers, hx, greenhouse, rowPitch, xW, zN, zS, plantEast };
  // AI racks and heat pump last (issue 17): the rest of the plant is placed as without them.
  const aiHallLayout = aiHall(s, site, yard.xMix, zS);
  const heatPump = heatPumpSkid(s, site, { xMix: yard.xMix, zFeed: yard.bz - 1.2, rGh }, aiHallLayout);
  const bounds = layoutBounds(v);
  if (aiHallLayout) bounds[3] = Math.max(bounds[3], aiHallLayout.z1 + 4);
  return {
    containers,
    miners: minerLayout,
    minerCount: count,
    hx,
    dryCooler: dc.dryCoolerLayout,
    boilers,
    tank,
    pumps,
    mixValve,
    pipes,
    greenhouse,
    pads,
    pick,
    anchors,
    views: viewpoints(v),
    aiHall: aiHallLayout,
    heatPump,
    bounds,
  };
}

/**
 * The greenhouse east of the yard: a Venlo block sized from the floor area (spans of 8 m, roof pitch 22°),
 * crop rows at ≈ 1.6 m and posts along the gutters; its pick boxes (house, rails, screen) and label anchor.
 */
import type { Scenario } from '../../core';
import { greenhousePlan } from './layoutMath';
import type { SiteParts } from './layoutPipes';
import { type GreenhouseLayout, ROW_PITCH } from './layoutTypes';

/** The greenhouse's plan starting `gx0` east, and the actual pitch of its crop rows. */
export function greenhouseHall(
  s: Scenario,
  site: SiteParts,
  gx0: number,
): { greenhouse: GreenhouseLayout; rowPitch: number } {
  const plan = greenhousePlan(s.greenhouse.floorArea);
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
  greenhousePicks(site, greenhouse);
  return { greenhouse, rowPitch };
}

/** Pick boxes of the house, the pipe rails and the screen; the label anchor over the south-west part. */
function greenhousePicks(site: SiteParts, g: GreenhouseLayout): void {
  const { pick } = site;
  pick.push({
    component: 'greenhouse',
    center: [g.x0 + g.length / 2, g.ridgeHeight / 2, 0],
    size: [g.length, g.ridgeHeight, g.width],
  });
  pick.push({
    component: 'rails',
    center: [(g.rowX0 + g.rowX1) / 2, 0.12, 0],
    size: [g.rowX1 - g.rowX0, 0.24, g.width - 1],
  });
  pick.push({
    component: 'screen',
    center: [g.x0 + g.length / 2, g.gutterHeight - 0.12, 0],
    size: [g.length, 0.04, g.width],
  });
  site.anchors.greenhouse = [
    g.x0 + Math.min(g.length / 2, 28),
    g.ridgeHeight + 3,
    g.z0 + Math.min(g.width / 2, 22),
  ];
}

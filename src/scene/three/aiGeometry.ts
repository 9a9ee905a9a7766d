/**
 * Geometry of the AI racks' hall and the heat pump (issue 17): drawn only when the layout has them. The hall
 * is a slab with a light steel frame and low walls (no roof, so the racks read from above); rack cabinets are
 * tall graphite boxes with a teal front (distinct from the miners' yellow-lit boxes), with a coolant
 * distribution unit at each row's end. The heat pump: base frame, evaporator and condenser shells (the
 * condenser coloured by the greenhouse water it heats), compressor and control box.
 */
import { CID } from '../model/components';
import type { AiHallLayout, HeatPumpLayout, PlantLayout, Vec3 } from '../model/layout';
import { MAT, type MatKind, type MeshBuilder } from './builder';
import { C, INDOOR, tid } from './geometryPalette';

const RACK_BODY: Vec3 = [0.12, 0.13, 0.15];
const RACK_FRONT: Vec3 = [0.1, 0.52, 0.5];
const CDU: Vec3 = [0.62, 0.66, 0.7];

export function aiPlant(b: MeshBuilder, L: PlantLayout) {
  if (L.aiHall) {
    hallShell(b, L.aiHall);
    rackCabinets(b, L.aiHall);
  }
  if (L.heatPump) heatPumpSkid(b, L.heatPump);
}

/** Floor slab, corner and side posts, eaves beams and low walls. */
function hallShell(b: MeshBuilder, h: AiHallLayout) {
  const cid = CID.aiRacks;
  const { x0, x1, z0, z1, height: H } = h;
  b.reset({ color: C.concrete, cid, mat: MAT.concrete }).boxMinMax(
    [x0 - 0.3, 0, z0 - 0.3],
    [x1 + 0.3, 0.15, z1 + 0.3],
  );
  b.reset({ color: C.containerFloor, cid, mat: (MAT.paint + INDOOR) as MatKind }).boxMinMax(
    [x0, 0.15, z0],
    [x1, 0.2, z1],
  );
  b.reset({ color: C.frame, cid, mat: MAT.metal });
  const nx = Math.max(1, Math.round((x1 - x0) / 4));
  for (let i = 0; i <= nx; i++) {
    const x = Math.min(x1 - 0.1, Math.max(x0 + 0.1, x0 + ((x1 - x0) * i) / nx));
    for (const z of [z0 + 0.1, z1 - 0.1]) b.box([x, H / 2, z], [0.2, H, 0.2]);
  }
  for (const z of [z0 + 0.1, z1 - 0.1]) b.box([(x0 + x1) / 2, H - 0.1, z], [x1 - x0, 0.2, 0.2]);
  for (const x of [x0 + 0.1, x1 - 0.1]) b.box([x, H - 0.1, (z0 + z1) / 2], [0.2, 0.2, z1 - z0]);
  // Low walls (a parapet) so that the hall reads as a building without hiding the racks.
  b.reset({ color: C.containerWall, cid, mat: MAT.corrugated });
  b.boxMinMax([x0, 0.2, z0], [x1, 1.0, z0 + 0.08]);
  b.boxMinMax([x0, 0.2, z1 - 0.08], [x1, 1.0, z1]);
  b.boxMinMax([x0, 0.2, z0], [x0 + 0.08, 1.0, z1]);
  b.boxMinMax([x1 - 0.08, 0.2, z0], [x1, 1.0, z1]);
}

/** Rack cabinets with a teal front panel, and a coolant distribution unit at the west end of each row. */
function rackCabinets(b: MeshBuilder, h: AiHallLayout) {
  const cid = CID.aiRacks;
  const [w, ht, d] = h.rackSize;
  const rows = new Map<number, number>();
  for (let i = 0; i < h.drawn; i++) {
    const x = h.positions[i * 3]!;
    const z = h.positions[i * 3 + 2]!;
    const face = h.facing[i]!;
    b.reset({ color: RACK_BODY, cid, mat: (MAT.paint + INDOOR) as MatKind }).box(
      [x, 0.2 + ht / 2, z],
      [w - 0.02, ht, d],
    );
    b.reset({ color: RACK_FRONT, cid, mat: (MAT.plate + INDOOR) as MatKind }).box(
      [x, 0.2 + ht / 2, z + face * (d / 2 + 0.01)],
      [w - 0.1, ht - 0.2, 0.02],
    );
    rows.set(z, Math.min(rows.get(z) ?? x, x));
  }
  b.reset({ color: CDU, cid, mat: (MAT.paint + INDOOR) as MatKind });
  for (const [z, xMin] of rows) b.box([xMin - w / 2 - 0.7, 0.2 + 0.9, z], [0.8, 1.8, d]);
}

/** Base frame, evaporator (racks' water, not coloured) and condenser (greenhouse water) shells, compressor. */
function heatPumpSkid(b: MeshBuilder, p: HeatPumpLayout) {
  const cid = CID.heatPump;
  const { x, z, length: l, width: w, height: h } = p;
  b.reset({ color: C.frame, cid, mat: MAT.paint }).box([x, 0.1, z], [l, 0.2, w]);
  const r = Math.min(0.42, w / 4);
  const xa = x - l / 2 + 0.2;
  const xb = x + l / 2 - 0.2;
  b.reset({
    color: C.neutralPipe,
    cid,
    tidA: tid('preheatedT'),
    tidB: tid('supplyT'),
    mat: MAT.insulated,
    gradient: (q) => (q[0] - xa) / (xb - xa),
  }).cylinder([xa, 0.2 + r + 0.9, z - w / 4], [xb, 0.2 + r + 0.9, z - w / 4], r, 18);
  b.reset({ color: [0.35, 0.5, 0.62], cid, mat: MAT.insulated }).cylinder(
    [xa, 0.2 + r, z + w / 4],
    [xb, 0.2 + r, z + w / 4],
    r,
    18,
  );
  // Compressor and the control cabinet at the east end.
  b.reset({ color: [0.22, 0.24, 0.27], cid, mat: MAT.metal }).box([x, 0.2 + 0.35, z], [0.8, 0.7, 0.5]);
  b.reset({ color: C.cabinet, cid, mat: MAT.paint }).box(
    [xb - 0.2, h / 2 + 0.1, z + w / 2 - 0.25],
    [0.5, h, 0.45],
  );
  // The racks' water to and from the evaporator: grey cladding, not temperature-coloured.
  b.reset({ color: [0.62, 0.66, 0.7], cid: CID.aiRacks, mat: MAT.insulated });
  for (const pts of p.sourcePipes) b.tube(pts, 0.11, { segments: 10, caps: true });
}

import { CID, CID_NONE } from '../model/components';
import type { PlantLayout, Vec3 } from '../model/layout';
import { MAT, type MatKind, type MeshBuilder } from './builder';
import { C, INDOOR, tid } from './geometryPalette';

/** The dry cooler's units (frame, V coils, casing) and the fan shrouds on their top decks. */
export function dryCooler(b: MeshBuilder, L: PlantLayout) {
  for (const u of L.dryCooler.units) {
    const box: UnitBox = {
      x0: u.x - u.length / 2,
      x1: u.x + u.length / 2,
      z: u.z,
      hw: u.width / 2,
      yTop: u.height,
    };
    unitFrame(b, box, u.length);
    unitCoils(b, box);
    unitCasing(b, box);
  }
  fanShrouds(b, L);
}

/** A dry-cooler unit's extent: x ends, centre z, half width, top height (legs are 0.9 m). */
interface UnitBox {
  x0: number;
  x1: number;
  z: number;
  hw: number;
  yTop: number;
}
const Y_LEG = 0.9;

/** Legs and base frame. */
function unitFrame(b: MeshBuilder, { x0, x1, z, hw }: UnitBox, length: number) {
  b.reset({ color: C.galvanised, cid: CID.dryCooler, mat: MAT.metal });
  for (let x = x0; x <= x1 + 1e-6; x += Math.max(2, length / Math.ceil(length / 4))) {
    for (const s of [-1, 1])
      b.box(
        [Math.min(x1 - 0.06, Math.max(x0 + 0.06, x)), Y_LEG / 2, z + s * (hw - 0.06)],
        [0.12, Y_LEG, 0.12],
      );
  }
  b.boxMinMax([x0, Y_LEG - 0.1, z - hw], [x1, Y_LEG, z - hw + 0.12]);
  b.boxMinMax([x0, Y_LEG - 0.1, z + hw - 0.12], [x1, Y_LEG, z + hw]);
}

/** V coils: two inclined finned panels, glycol in at the west end, out at the east end. */
function unitCoils(b: MeshBuilder, { x0, x1, z, hw, yTop }: UnitBox) {
  b.reset({
    color: C.galvanised,
    cid: CID.dryCooler,
    tidA: tid('hxHotOutT'),
    tidB: tid('minerInletT'),
    mat: MAT.coil,
    gradient: (p) => (p[0] - x0) / (x1 - x0),
  });
  for (const s of [-1, 1]) {
    const zb = z + s * 0.22;
    const zt = z + s * (hw - 0.12);
    const th = 0.14 * s;
    const yb = Y_LEG + 0.05;
    const yt = yTop - 0.12;
    // Bottom face then top face; the inner and outer edges swap with the side so the faces point outwards.
    const [zbA, zbB, ztA, ztB] = s > 0 ? [zb + th, zb, zt + th, zt] : [zb, zb + th, zt, zt + th];
    const corners: Vec3[] = [
      [x0 + 0.2, yb, zbA],
      [x1 - 0.2, yb, zbA],
      [x1 - 0.2, yb, zbB],
      [x0 + 0.2, yb, zbB],
      [x0 + 0.2, yt, ztA],
      [x1 - 0.2, yt, ztA],
      [x1 - 0.2, yt, ztB],
      [x0 + 0.2, yt, ztB],
    ];
    b.hexa(corners);
  }
}

/** Casing: end panels, top deck, and the inlet and outlet headers. */
function unitCasing(b: MeshBuilder, { x0, x1, z, hw, yTop }: UnitBox) {
  const cid = CID.dryCooler;
  b.reset({ color: C.galvanised, cid, mat: MAT.metal });
  for (const x of [x0, x1 - 0.08]) {
    b.hexa([
      [x, Y_LEG, z + 0.3],
      [x + 0.08, Y_LEG, z + 0.3],
      [x + 0.08, Y_LEG, z - 0.3],
      [x, Y_LEG, z - 0.3],
      [x, yTop, z + hw],
      [x + 0.08, yTop, z + hw],
      [x + 0.08, yTop, z - hw],
      [x, yTop, z - hw],
    ]);
  }
  b.reset({ color: [0.58, 0.6, 0.62], cid, mat: MAT.metal }).boxMinMax(
    [x0, yTop - 0.08, z - hw],
    [x1, yTop, z + hw],
  );
  for (const [x, series] of [
    [x0 + 0.5, 'hxHotOutT'],
    [x1 - 0.5, 'minerInletT'],
  ] as const) {
    b.reset({ color: C.neutralPipe, cid, tidA: tid(series), mat: MAT.bare }).cylinder(
      [x, 1.0, z + hw - 0.1],
      [x, yTop - 0.2, z + hw - 0.1],
      0.1,
      10,
    );
  }
}

/** Fan shrouds (rings) on the top deck, each with a motor bracket across the opening. */
function fanShrouds(b: MeshBuilder, L: PlantLayout) {
  const f = L.dryCooler.fans;
  const r = L.dryCooler.fanRadius;
  b.reset({ color: [0.3, 0.32, 0.35], cid: CID.dryCooler, mat: MAT.paint });
  for (let i = 0; i < L.dryCooler.fanCount; i++) {
    const x = f[i * 3]!;
    const z = f[i * 3 + 2]!;
    const y = f[i * 3 + 1]!;
    const axis: Vec3[] = [
      [x, y - 0.1, z],
      [x, y + 0.22, z],
    ];
    b.tube(axis, r + 0.06, { segments: 20, bend: 0 });
    b.tube(axis, r + 0.02, { segments: 20, bend: 0, inward: true });
    b.annulus([x, y + 0.22, z], r + 0.02, r + 0.06);
    b.box([x, y + 0.16, z], [2 * r + 0.06, 0.04, 0.06]);
  }
}

export function boilersAndTank(b: MeshBuilder, L: PlantLayout) {
  for (const bo of L.boilers) {
    b.reset({
      color: C.neutralPipe,
      cid: CID.boiler,
      tidA: tid('preheatedT'),
      tidB: tid('supplyT'),
      mat: MAT.insulated,
    });
    b.cylinder([bo.x, 0.25, bo.z], [bo.x, bo.height, bo.z], bo.radius, 24);
    b.reset({ color: C.frame, cid: CID.boiler, mat: MAT.paint });
    b.box([bo.x, 0.12, bo.z], [bo.radius * 2.2, 0.24, bo.radius * 2.2]);
    b.box([bo.x, 1.1, bo.z + bo.radius + 0.45], [0.9, 1.9, 0.45]);
    b.reset({ color: [0.2, 0.2, 0.22], cid: CID.boiler, mat: MAT.rubber }).cylinder(
      [bo.x, bo.height, bo.z],
      [bo.x, bo.height + 0.12, bo.z],
      bo.radius * 0.55,
      16,
    );
  }
  const t = L.tank;
  if (t) {
    b.reset({
      color: C.neutralPipe,
      cid: CID.bufferTank,
      tidA: tid('tankBottomT'),
      tidB: tid('tankTopT'),
      mat: MAT.insulated,
    });
    b.cylinder([t.x, 0.3, t.z], [t.x, t.height, t.z], t.radius, 32);
    b.reset({ color: C.concrete, cid: CID.bufferTank, mat: MAT.concrete }).box(
      [t.x, 0.15, t.z],
      [t.radius * 2.3, 0.3, t.radius * 2.3],
    );
  }
}

/** The greenhouse: floor and kneewall, steel structure, ridge bars and the crop rows. */
export function greenhouse(b: MeshBuilder, L: PlantLayout) {
  const g = L.greenhouse;
  floorAndKneewall(b, g);
  structure(b, g);
  for (const z of g.rows) cropRow(b, g, z);
}

type Greenhouse = PlantLayout['greenhouse'];

/** Floor: white ground cloth, tinted by the air temperature; concrete service path and foundation kneewall. */
function floorAndKneewall(b: MeshBuilder, g: Greenhouse) {
  const cid = CID.greenhouse;
  b.reset({ color: C.white, cid, tidA: tid('greenhouseAirT'), mat: (MAT.floorCover + INDOOR) as MatKind });
  b.boxMinMax([g.x0, 0, g.z0], [g.x1, 0.03, g.z1]);
  b.reset({ color: C.concrete, cid, mat: (MAT.concrete + INDOOR) as MatKind }).boxMinMax(
    [g.x0 + 0.1, 0, g.z0 + 0.1],
    [g.rowX0 - 0.3, 0.045, g.z1 - 0.1],
  );
  b.reset({ color: C.concrete, cid, mat: MAT.concrete });
  b.boxMinMax([g.x0 - 0.15, 0, g.z0 - 0.15], [g.x1 + 0.15, 0.4, g.z0]);
  b.boxMinMax([g.x0 - 0.15, 0, g.z1], [g.x1 + 0.15, 0.4, g.z1 + 0.15]);
  b.boxMinMax([g.x0 - 0.15, 0, g.z0], [g.x0, 0.4, g.z1]);
  b.boxMinMax([g.x1, 0, g.z0], [g.x1 + 0.15, 0.4, g.z1]);
}

/** Structure: posts on every gutter line, gutters, trusses, ridge bars. */
function structure(b: MeshBuilder, g: Greenhouse) {
  b.reset({ color: C.galvanised, cid: CID.greenhouse, mat: MAT.metal });
  const nx = Math.max(1, Math.round(g.length / g.postSpacing));
  const dx = g.length / nx;
  for (let s = 0; s <= g.spans; s++) {
    const z = g.z0 + s * g.spanWidth;
    const zc = Math.min(g.z1 - 0.06, Math.max(g.z0 + 0.06, z));
    for (let i = 0; i <= nx; i++) {
      const x = Math.min(g.x1 - 0.06, Math.max(g.x0 + 0.06, g.x0 + i * dx));
      b.box([x, g.gutterHeight / 2, zc], [0.1, g.gutterHeight, 0.1]);
    }
    b.box([(g.x0 + g.x1) / 2, g.gutterHeight + 0.06, zc], [g.length, 0.14, 0.3], 0, {});
  }
  for (let i = 0; i <= nx; i++) truss(b, g, Math.min(g.x1 - 0.04, Math.max(g.x0 + 0.04, g.x0 + i * dx)));
  const bays = g.spans * 2;
  const bayW = g.width / bays;
  for (let k = 0; k < bays; k++) {
    const zm = g.z0 + (k + 0.5) * bayW;
    b.box([(g.x0 + g.x1) / 2, g.ridgeHeight, zm], [g.length, 0.06, 0.08]);
  }
}

/** A lattice truss across the house at `x`: bottom and top chords, diagonals in every span. */
function truss(b: MeshBuilder, g: Greenhouse, x: number) {
  const yLow = g.gutterHeight - 0.25;
  const yHigh = g.gutterHeight - 0.02;
  b.box([x, yLow, (g.z0 + g.z1) / 2], [0.06, 0.06, g.width]);
  b.box([x, yHigh, (g.z0 + g.z1) / 2], [0.05, 0.05, g.width]);
  for (let s = 0; s < g.spans; s++) {
    const za = g.z0 + s * g.spanWidth;
    for (let k = 0; k < 4; k++) {
      const z0 = za + (k * g.spanWidth) / 4;
      const z1 = z0 + g.spanWidth / 4;
      const up = k % 2 === 0;
      const ends: Vec3[] = [
        [x, up ? yLow : yHigh, z0],
        [x, up ? yHigh : yLow, z1],
      ];
      b.tube(ends, 0.015, { segments: 4, bend: 0 });
    }
  }
}

/** A crop row (high-wire tomatoes) on a hanging substrate gutter; the pipe rails between rows are pipes. */
function cropRow(b: MeshBuilder, g: Greenhouse, z: number) {
  const cid = CID.greenhouse;
  b.reset({ color: C.white, cid, mat: (MAT.paint + INDOOR) as MatKind }).boxMinMax(
    [g.rowX0, 0.42, z - 0.14],
    [g.rowX1, 0.5, z + 0.14],
  );
  b.reset({ color: C.foliage, cid, mat: (MAT.foliage + INDOOR) as MatKind });
  const top = Math.min(3.0, g.gutterHeight - 1.1);
  const mid = 0.6 + (top - 0.6) * 0.45;
  // Canopy: a frustum widening to mid height, then narrowing to the top.
  const slab = (y: number, hw: number): Vec3[] => [
    [g.rowX0, y, z + hw],
    [g.rowX1, y, z + hw],
    [g.rowX1, y, z - hw],
    [g.rowX0, y, z - hw],
  ];
  b.hexa([...slab(0.6, 0.12), ...slab(mid, 0.3)], { top: false });
  b.hexa([...slab(mid, 0.3), ...slab(top, 0.16)], { bottom: false });
}

export function yard(b: MeshBuilder, L: PlantLayout) {
  b.reset({ color: C.concrete, cid: CID_NONE, mat: MAT.concrete });
  for (const [x0, z0, x1, z1] of L.pads) b.boxMinMax([x0, 0, z0], [x1, 0.06, z1]);
  for (const c of L.containers)
    b.boxMinMax([c.x0 - 1, 0, c.z - c.width / 2 - 1], [c.x1 + 1, 0.07, c.z + c.width / 2 + 1]);
  // Gravel road south of the yard to the greenhouse's west door.
  const zS = Math.max(...L.containers.map((c) => c.z + c.width / 2));
  const [xmin] = L.bounds;
  b.reset({ color: C.gravel, cid: CID_NONE, mat: MAT.gravel });
  b.boxMinMax([xmin - 30, 0, zS + 7], [L.greenhouse.x0 - 0.5, 0.05, zS + 12]);
}

/** Miner box with a front panel (+z) carrying panel coordinates for the shader's bezel, grille and LED. */

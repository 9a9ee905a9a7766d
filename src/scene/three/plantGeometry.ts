/**
 * Geometry of the twin from its layout: one merged mesh for every static part (containers, racks, pipes,
 * exchanger, dry-cooler casings and coils, boilers, tank, pumps, greenhouse structure, crop, floor), plus the
 * separate meshes that need their own material: miners (instanced), fan rotors (instanced), cover, screen.
 */
import { BufferAttribute, BufferGeometry, InstancedBufferAttribute } from 'three';
import { CID, CID_NONE, type ComponentId, LOOP, TID, type TemperatureSeries } from '../model/components';
import type { PlantLayout, Vec3 } from '../model/layout';
import { MAT, type MatKind, MeshBuilder } from './builder';

const C = {
  containerWall: [0.84, 0.85, 0.82] as Vec3,
  containerFrame: [0.3, 0.32, 0.35] as Vec3,
  containerFloor: [0.2, 0.21, 0.23] as Vec3,
  rack: [0.16, 0.17, 0.19] as Vec3,
  cabinet: [0.55, 0.57, 0.6] as Vec3,
  steel: [0.42, 0.44, 0.47] as Vec3,
  galvanised: [0.74, 0.76, 0.78] as Vec3,
  frame: [0.33, 0.36, 0.4] as Vec3,
  concrete: [0.6, 0.6, 0.58] as Vec3,
  gravel: [0.52, 0.5, 0.47] as Vec3,
  white: [0.88, 0.89, 0.88] as Vec3,
  foliage: [0.25, 0.44, 0.15] as Vec3,
  neutralPipe: [0.55, 0.57, 0.6] as Vec3,
  rubber: [0.08, 0.08, 0.09] as Vec3,
};
const INDOOR = 32;
const tid = (t: TemperatureSeries) => TID[t];

/** Build the merged static plant geometry and the see-through container shells. */
export function buildPlantGeometry(L: PlantLayout): { plant: BufferGeometry; shells: BufferGeometry } {
  const b = new MeshBuilder();
  const shells = new MeshBuilder();
  containers(b, shells, L);
  pipes(b, L);
  exchanger(b, L);
  dryCooler(b, L);
  boilersAndTank(b, L);
  greenhouse(b, L);
  yard(b, L);
  return { plant: b.toGeometry(), shells: shells.toGeometry() };
}

function containers(b: MeshBuilder, shell: MeshBuilder, L: PlantLayout) {
  const cid = CID.miners;
  for (const c of L.containers) {
    const { x0, x1, z, width: W, height: H } = c;
    const t = 0.05;
    // Floor (inside) and base frame.
    b.reset({ color: C.containerFloor, cid, mat: (MAT.paint + INDOOR) as MatKind }).boxMinMax(
      [x0, 0, z - W / 2],
      [x1, 0.15, z + W / 2],
    );
    // Walls and roof: corrugated steel, drawn see-through (their own mesh) so the miners stay visible.
    shell.reset({ color: C.containerWall, cid, mat: MAT.corrugated });
    shell.boxMinMax([x0, 0.15, z - W / 2], [x1, H - 0.12, z - W / 2 + t]);
    shell.boxMinMax([x0, 0.15, z + W / 2 - t], [x1, H - 0.12, z + W / 2]);
    shell.boxMinMax([x0, 0.15, z - W / 2 + t], [x0 + t, H - 0.12, z + W / 2 - t]);
    shell.boxMinMax([x1 - t, 0.15, z - W / 2 + t], [x1, H - 0.12, z + W / 2 - t]);
    shell.boxMinMax([x0 + 0.12, H - 0.1, z - W / 2 + 0.12], [x1 - 0.12, H - 0.04, z + W / 2 - 0.12]);
    b.style({ color: C.containerFrame, mat: MAT.paint });
    for (const zz of [z - W / 2, z + W / 2 - 0.12]) b.boxMinMax([x0, H - 0.14, zz], [x1, H, zz + 0.12]);
    for (const xx of [x0, x1 - 0.12]) b.boxMinMax([xx, H - 0.14, z - W / 2], [xx + 0.12, H, z + W / 2]);
    for (const [xx, zz] of [
      [x0, z - W / 2],
      [x1 - 0.16, z - W / 2],
      [x0, z + W / 2 - 0.16],
      [x1 - 0.16, z + W / 2 - 0.16],
    ] as const) {
      b.boxMinMax([xx, 0, zz], [xx + 0.16, H, zz + 0.16]);
    }
    for (let xx = x0 + 2.4; xx < x1 - 1; xx += 2.4)
      b.boxMinMax([xx, H - 0.1, z - W / 2], [xx + 0.06, H - 0.04, z + W / 2]);
    // Racks (indoor).
    b.style({ color: C.rack, mat: (MAT.metal + INDOOR) as MatKind });
    const rw = 0.56;
    for (const zr of c.rackZ) {
      for (const xr of c.rackX) {
        const h = c.rackHeight;
        for (const dx of [-rw / 2, rw / 2 - 0.04]) {
          for (const dz of [-0.3, 0.26])
            b.boxMinMax([xr + dx, 0.15, zr + dz], [xr + dx + 0.04, 0.15 + h, zr + dz + 0.04]);
        }
        b.boxMinMax([xr - rw / 2, 0.15 + h - 0.05, zr - 0.3], [xr + rw / 2, 0.15 + h, zr + 0.3]);
        b.boxMinMax([xr - rw / 2, 0.16, zr - 0.3], [xr + rw / 2, 0.24, zr + 0.3]);
      }
    }
    // Equipment end: coolant distribution unit and switchgear cabinet.
    b.style({ color: C.cabinet, mat: (MAT.paint + INDOOR) as MatKind });
    b.boxMinMax([x1 - 2.0, 0.15, z - W / 2 + 0.1], [x1 - 1.35, 2.2, z - 0.2]);
    b.style({ color: [0.36, 0.38, 0.42], mat: (MAT.paint + INDOOR) as MatKind });
    b.boxMinMax([x1 - 2.0, 0.15, z + 0.5], [x1 - 1.35, 2.3, z + W / 2 - 0.1]);
  }
}

function pipeStyle(
  b: MeshBuilder,
  component: ComponentId,
  temp: TemperatureSeries,
  tempEnd: TemperatureSeries | undefined,
  loop: number,
  insulated: boolean,
  indoor: boolean,
) {
  b.reset({
    color: C.neutralPipe,
    cid: CID[component],
    tidA: tid(temp),
    tidB: tempEnd ? tid(tempEnd) : -1,
    loop,
    mat: ((insulated ? MAT.insulated : MAT.bare) + (indoor ? INDOOR : 0)) as MatKind,
  });
}

function pipes(b: MeshBuilder, L: PlantLayout) {
  const g = L.greenhouse;
  const indoor = (p: Vec3) => p[0] > g.x0 && p[0] < g.x1 && p[2] > g.z0 && p[2] < g.z1;
  for (const run of L.pipes) {
    const inside =
      run.points.every(indoor) ||
      L.containers.some((c) =>
        run.points.every((p) => p[0] >= c.x0 && p[0] <= c.x1 - 1 && Math.abs(p[2] - c.z) < c.width / 2),
      );
    pipeStyle(
      b,
      run.component,
      run.temp,
      run.tempEnd,
      run.loop === null ? -1 : LOOP[run.loop],
      run.insulated,
      inside,
    );
    const segments = run.radius < 0.04 ? 6 : run.radius < 0.12 ? 10 : 14;
    b.tube(run.points, run.radius, { segments, caps: true });
    // Supports under elevated outdoor mains: steel posts every 5 m (sleepers when low).
    if (!run.insulated || inside) continue;
    b.reset({ color: C.steel, cid: CID_NONE, mat: MAT.metal });
    for (let i = 0; i + 1 < run.points.length; i++) {
      const p = run.points[i]!;
      const q = run.points[i + 1]!;
      if (Math.abs(p[1] - q[1]) > 1e-6 || p[1] < 0.3) continue;
      const len = Math.hypot(q[0] - p[0], q[2] - p[2]);
      const n = Math.floor(len / 5);
      for (let k = 1; k <= n; k++) {
        const f = k / (n + 1);
        const x = p[0] + (q[0] - p[0]) * f;
        const z = p[2] + (q[2] - p[2]) * f;
        const top = p[1] - run.radius;
        if (top < 0.05) continue;
        b.box([x, top / 2, z], [0.12, top, 0.12]);
        b.box([x, top - 0.03, z], [run.radius * 2.4, 0.06, run.radius * 2.4]);
      }
    }
  }
  // Pumps: base, volute (fluid temperature) and motor.
  for (const p of L.pumps) {
    const [x, y, z] = p.position;
    b.reset({ color: C.frame, cid: CID[p.component], mat: MAT.paint }).box([x, 0.08, z], [1.3, 0.16, 0.8]);
    b.reset({ color: C.neutralPipe, cid: CID[p.component], tidA: tid(p.temp), mat: MAT.bare }).cylinder(
      [x - 0.15, y, z - 0.25],
      [x - 0.15, y, z + 0.25],
      0.32,
      16,
    );
    b.reset({ color: [0.18, 0.3, 0.45], cid: CID[p.component], mat: MAT.paint }).cylinder(
      [x + 0.05, y, z],
      [x + 0.65, y, z],
      0.22,
      14,
    );
  }
  // Three-way mixing valve with its actuator.
  const [mx, my, mz] = L.mixValve;
  b.reset({ color: C.neutralPipe, cid: CID.bypass, tidA: tid('preheatedT'), mat: MAT.bare }).box(
    [mx, my, mz],
    [0.55, 0.55, 0.55],
  );
  b.reset({ color: [0.2, 0.22, 0.25], cid: CID.bypass, mat: MAT.paint }).cylinder(
    [mx, my + 0.27, mz],
    [mx, my + 0.7, mz],
    0.12,
    10,
  );
}

function exchanger(b: MeshBuilder, L: PlantLayout) {
  const h = L.hx;
  const cid = CID.hx;
  const y0 = 0.35;
  const y1 = y0 + h.plateHeight;
  const xp0 = h.x - h.packLength / 2;
  const xp1 = h.x + h.packLength / 2;
  const n = h.plates;
  const pitch = h.packLength / n;
  // Plates: hot (glycol) and cold (water) channels alternate; hot runs top → bottom, water bottom → top
  // (counterflow), so each plate's colour changes along its height.
  const grad = (p: Vec3) => (p[1] - y0) / (y1 - y0);
  for (let i = 0; i < n; i++) {
    const hot = i % 2 === 0;
    b.reset({
      color: C.galvanised,
      cid,
      tidA: hot ? tid('hxHotOutT') : tid('greenhouseReturnT'),
      tidB: hot ? tid('minerOutletT') : tid('hxColdOutT'),
      mat: MAT.plate,
      gradient: grad,
    });
    const x = xp0 + (i + 0.5) * pitch;
    b.box([x, (y0 + y1) / 2, h.z], [pitch * 0.62, y1 - y0, h.plateWidth]);
  }
  // Frame: fixed plate (nozzles), pressure plate, support column, carrying and guide bars, tie bolts, feet.
  b.reset({ color: C.frame, cid, mat: MAT.paint });
  const fy = (y0 + y1) / 2;
  b.box([h.fixedPlateX, fy, h.z], [0.16, y1 - y0 + 0.5, h.plateWidth + 0.3]);
  b.box([xp1 + 0.08, fy, h.z], [0.14, y1 - y0 + 0.4, h.plateWidth + 0.22]);
  const xs = xp1 + 0.75;
  b.box([xs, (y1 + 0.35) / 2, h.z], [0.18, y1 + 0.35, 0.22]);
  b.box([(h.fixedPlateX + xs) / 2, y1 + 0.22, h.z], [xs - h.fixedPlateX, 0.14, 0.1]);
  b.box([(h.fixedPlateX + xs) / 2, y0 - 0.12, h.z], [xs - h.fixedPlateX, 0.1, 0.08]);
  b.box([h.fixedPlateX, 0.05, h.z], [0.5, 0.1, h.plateWidth + 0.4]);
  b.box([xs, 0.05, h.z], [0.4, 0.1, 0.4]);
  b.reset({ color: [0.62, 0.63, 0.66], cid, mat: MAT.metal });
  for (const yy of [y0 + 0.12, y1 - 0.12]) {
    for (const zz of [h.z - h.plateWidth / 2 - 0.08, h.z + h.plateWidth / 2 + 0.08]) {
      b.cylinder([h.fixedPlateX - 0.12, yy, zz], [xp1 + 0.3, yy, zz], 0.025, 8);
    }
  }
  // Nozzle flanges.
  for (const [p, t] of [
    [h.nozzles.hotIn, 'minerOutletT'],
    [h.nozzles.hotOut, 'hxHotOutT'],
    [h.nozzles.coldIn, 'greenhouseReturnT'],
    [h.nozzles.coldOut, 'hxColdOutT'],
  ] as const) {
    b.reset({ color: C.steel, cid, tidA: tid(t), mat: MAT.bare });
    b.cylinder([h.fixedPlateX - 0.08, p[1], p[2]], [p[0] + 0.05, p[1], p[2]], 0.16, 14);
    b.reset({ color: C.steel, cid, mat: MAT.metal });
    b.cylinder([p[0] + 0.02, p[1], p[2]], [p[0] + 0.08, p[1], p[2]], 0.24, 14);
  }
}

function dryCooler(b: MeshBuilder, L: PlantLayout) {
  const cid = CID.dryCooler;
  for (const u of L.dryCooler.units) {
    const x0 = u.x - u.length / 2;
    const x1 = u.x + u.length / 2;
    const yLeg = 0.9;
    const yTop = u.height;
    const hw = u.width / 2;
    // Legs and base frame.
    b.reset({ color: C.galvanised, cid, mat: MAT.metal });
    for (let x = x0; x <= x1 + 1e-6; x += Math.max(2, u.length / Math.ceil(u.length / 4))) {
      for (const s of [-1, 1])
        b.box(
          [Math.min(x1 - 0.06, Math.max(x0 + 0.06, x)), yLeg / 2, u.z + s * (hw - 0.06)],
          [0.12, yLeg, 0.12],
        );
    }
    b.boxMinMax([x0, yLeg - 0.1, u.z - hw], [x1, yLeg, u.z - hw + 0.12]);
    b.boxMinMax([x0, yLeg - 0.1, u.z + hw - 0.12], [x1, yLeg, u.z + hw]);
    // V coils: two inclined finned panels, glycol in at the west end, out at the east end.
    b.reset({
      color: C.galvanised,
      cid,
      tidA: tid('hxHotOutT'),
      tidB: tid('minerInletT'),
      mat: MAT.coil,
      gradient: (p) => (p[0] - x0) / (x1 - x0),
    });
    for (const s of [-1, 1]) {
      const zb = u.z + s * 0.22;
      const zt = u.z + s * (hw - 0.12);
      const th = 0.14 * s;
      const yb = yLeg + 0.05;
      const yt = yTop - 0.12;
      const corners: Vec3[] =
        s > 0
          ? [
              [x0 + 0.2, yb, zb + th],
              [x1 - 0.2, yb, zb + th],
              [x1 - 0.2, yb, zb],
              [x0 + 0.2, yb, zb],
              [x0 + 0.2, yt, zt + th],
              [x1 - 0.2, yt, zt + th],
              [x1 - 0.2, yt, zt],
              [x0 + 0.2, yt, zt],
            ]
          : [
              [x0 + 0.2, yb, zb],
              [x1 - 0.2, yb, zb],
              [x1 - 0.2, yb, zb + th],
              [x0 + 0.2, yb, zb + th],
              [x0 + 0.2, yt, zt],
              [x1 - 0.2, yt, zt],
              [x1 - 0.2, yt, zt + th],
              [x0 + 0.2, yt, zt + th],
            ];
      b.hexa(corners);
    }
    // Casing: end panels, top deck, headers.
    b.reset({ color: C.galvanised, cid, mat: MAT.metal });
    for (const x of [x0, x1 - 0.08]) {
      b.hexa([
        [x, yLeg, u.z + 0.3],
        [x + 0.08, yLeg, u.z + 0.3],
        [x + 0.08, yLeg, u.z - 0.3],
        [x, yLeg, u.z - 0.3],
        [x, yTop, u.z + hw],
        [x + 0.08, yTop, u.z + hw],
        [x + 0.08, yTop, u.z - hw],
        [x, yTop, u.z - hw],
      ]);
    }
    b.reset({ color: [0.58, 0.6, 0.62], cid, mat: MAT.metal }).boxMinMax(
      [x0, yTop - 0.08, u.z - hw],
      [x1, yTop, u.z + hw],
    );
    b.reset({ color: C.neutralPipe, cid, tidA: tid('hxHotOutT'), mat: MAT.bare }).cylinder(
      [x0 + 0.5, 1.0, u.z + hw - 0.1],
      [x0 + 0.5, yTop - 0.2, u.z + hw - 0.1],
      0.1,
      10,
    );
    b.reset({ color: C.neutralPipe, cid, tidA: tid('minerInletT'), mat: MAT.bare }).cylinder(
      [x1 - 0.5, 1.0, u.z + hw - 0.1],
      [x1 - 0.5, yTop - 0.2, u.z + hw - 0.1],
      0.1,
      10,
    );
  }
  // Fan shrouds (rings) on the top deck.
  const f = L.dryCooler.fans;
  const r = L.dryCooler.fanRadius;
  b.reset({ color: [0.3, 0.32, 0.35], cid, mat: MAT.paint });
  for (let i = 0; i < L.dryCooler.fanCount; i++) {
    const x = f[i * 3]!;
    const z = f[i * 3 + 2]!;
    const y = f[i * 3 + 1]!;
    b.tube(
      [
        [x, y - 0.1, z],
        [x, y + 0.22, z],
      ],
      r + 0.06,
      { segments: 20, bend: 0 },
    );
    b.tube(
      [
        [x, y - 0.1, z],
        [x, y + 0.22, z],
      ],
      r + 0.02,
      { segments: 20, bend: 0, inward: true },
    );
    b.annulus([x, y + 0.22, z], r + 0.02, r + 0.06);
    // Motor bracket across the opening.
    b.box([x, y + 0.16, z], [2 * r + 0.06, 0.04, 0.06]);
  }
}

function boilersAndTank(b: MeshBuilder, L: PlantLayout) {
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

function greenhouse(b: MeshBuilder, L: PlantLayout) {
  const g = L.greenhouse;
  const cid = CID.greenhouse;
  // Floor: white ground cloth, tinted by the air temperature; concrete service path along the west wall.
  b.reset({ color: C.white, cid, tidA: tid('greenhouseAirT'), mat: (MAT.floorCover + INDOOR) as MatKind });
  b.boxMinMax([g.x0, 0, g.z0], [g.x1, 0.03, g.z1]);
  b.reset({ color: C.concrete, cid, mat: (MAT.concrete + INDOOR) as MatKind }).boxMinMax(
    [g.x0 + 0.1, 0, g.z0 + 0.1],
    [g.rowX0 - 0.3, 0.045, g.z1 - 0.1],
  );
  // Foundation kneewall.
  b.reset({ color: C.concrete, cid, mat: MAT.concrete });
  b.boxMinMax([g.x0 - 0.15, 0, g.z0 - 0.15], [g.x1 + 0.15, 0.4, g.z0]);
  b.boxMinMax([g.x0 - 0.15, 0, g.z1], [g.x1 + 0.15, 0.4, g.z1 + 0.15]);
  b.boxMinMax([g.x0 - 0.15, 0, g.z0], [g.x0, 0.4, g.z1]);
  b.boxMinMax([g.x1, 0, g.z0], [g.x1 + 0.15, 0.4, g.z1]);
  // Structure: posts on every gutter line, gutters, trusses, ridge bars.
  b.reset({ color: C.galvanised, cid, mat: MAT.metal });
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
  for (let i = 0; i <= nx; i++) {
    const x = Math.min(g.x1 - 0.04, Math.max(g.x0 + 0.04, g.x0 + i * dx));
    b.box([x, g.gutterHeight - 0.25, (g.z0 + g.z1) / 2], [0.06, 0.06, g.width]);
    b.box([x, g.gutterHeight - 0.02, (g.z0 + g.z1) / 2], [0.05, 0.05, g.width]);
    // Lattice truss diagonals every span.
    for (let s = 0; s < g.spans; s++) {
      const za = g.z0 + s * g.spanWidth;
      for (let k = 0; k < 4; k++) {
        const z0 = za + (k * g.spanWidth) / 4;
        const z1 = z0 + g.spanWidth / 4;
        const up = k % 2 === 0;
        b.tube(
          [
            [x, up ? g.gutterHeight - 0.25 : g.gutterHeight - 0.02, z0],
            [x, up ? g.gutterHeight - 0.02 : g.gutterHeight - 0.25, z1],
          ],
          0.015,
          { segments: 4, bend: 0 },
        );
      }
    }
  }
  const bays = g.spans * 2;
  const bayW = g.width / bays;
  for (let k = 0; k < bays; k++) {
    const zm = g.z0 + (k + 0.5) * bayW;
    b.box([(g.x0 + g.x1) / 2, g.ridgeHeight, zm], [g.length, 0.06, 0.08]);
  }
  // Crop rows (high-wire tomatoes) on hanging substrate gutters, with the pipe rails between them (pipes).
  for (const z of g.rows) {
    b.reset({ color: C.white, cid, mat: (MAT.paint + INDOOR) as MatKind }).boxMinMax(
      [g.rowX0, 0.42, z - 0.14],
      [g.rowX1, 0.5, z + 0.14],
    );
    b.reset({ color: C.foliage, cid, mat: (MAT.foliage + INDOOR) as MatKind });
    const top = Math.min(3.0, g.gutterHeight - 1.1);
    const mid = 0.6 + (top - 0.6) * 0.45;
    b.hexa(
      [
        [g.rowX0, 0.6, z + 0.12],
        [g.rowX1, 0.6, z + 0.12],
        [g.rowX1, 0.6, z - 0.12],
        [g.rowX0, 0.6, z - 0.12],
        [g.rowX0, mid, z + 0.3],
        [g.rowX1, mid, z + 0.3],
        [g.rowX1, mid, z - 0.3],
        [g.rowX0, mid, z - 0.3],
      ],
      { top: false },
    );
    b.hexa(
      [
        [g.rowX0, mid, z + 0.3],
        [g.rowX1, mid, z + 0.3],
        [g.rowX1, mid, z - 0.3],
        [g.rowX0, mid, z - 0.3],
        [g.rowX0, top, z + 0.16],
        [g.rowX1, top, z + 0.16],
        [g.rowX1, top, z - 0.16],
        [g.rowX0, top, z - 0.16],
      ],
      { bottom: false },
    );
  }
}

function yard(b: MeshBuilder, L: PlantLayout) {
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
export function buildMinerGeometry(size: Vec3): BufferGeometry {
  const [w, h, d] = [size[0] * 0.98, size[1] * 0.92, size[2]];
  const pos: number[] = [];
  const nor: number[] = [];
  const face: number[] = [];
  const panel: number[] = [];
  const idx: number[] = [];
  const quad = (a: Vec3, bb: Vec3, c: Vec3, dd: Vec3, n: Vec3, front: boolean) => {
    const i = pos.length / 3;
    for (const [p, uv] of [
      [a, [0, 0]],
      [bb, [1, 0]],
      [c, [1, 1]],
      [dd, [0, 1]],
    ] as const) {
      pos.push(...p);
      nor.push(...n);
      face.push(front ? 1 : 0);
      panel.push(uv[0], uv[1]);
    }
    idx.push(i, i + 1, i + 2, i, i + 2, i + 3);
  };
  const X = w / 2;
  const Y = h / 2;
  const Z = d / 2;
  quad([-X, -Y, Z], [X, -Y, Z], [X, Y, Z], [-X, Y, Z], [0, 0, 1], true);
  quad([X, -Y, -Z], [-X, -Y, -Z], [-X, Y, -Z], [X, Y, -Z], [0, 0, -1], false);
  quad([-X, Y, Z], [X, Y, Z], [X, Y, -Z], [-X, Y, -Z], [0, 1, 0], false);
  quad([-X, -Y, -Z], [X, -Y, -Z], [X, -Y, Z], [-X, -Y, Z], [0, -1, 0], false);
  quad([X, -Y, Z], [X, -Y, -Z], [X, Y, -Z], [X, Y, Z], [1, 0, 0], false);
  quad([-X, -Y, -Z], [-X, -Y, Z], [-X, Y, Z], [-X, Y, -Z], [-1, 0, 0], false);
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(nor), 3));
  g.setAttribute('aFace', new BufferAttribute(new Float32Array(face), 1));
  g.setAttribute('aPanel', new BufferAttribute(new Float32Array(panel), 2));
  g.setIndex(idx);
  return g;
}

/** Per-instance miner attributes (status 0 running / 1 throttled / 2 off; a fixed brightness seed). */
export function minerInstanceAttributes(drawn: number): {
  status: InstancedBufferAttribute;
  seed: InstancedBufferAttribute;
} {
  const seed = new Float32Array(drawn);
  let s = 2463534242;
  for (let i = 0; i < drawn; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    seed[i] = ((s >>> 0) % 1000) / 1000;
  }
  return {
    status: new InstancedBufferAttribute(new Float32Array(drawn), 1),
    seed: new InstancedBufferAttribute(seed, 1),
  };
}

/** Fan rotor: hub and five pitched blades, in the xz plane, radius r. */
export function buildFanGeometry(r: number): BufferGeometry {
  const b = new MeshBuilder();
  b.reset({ color: [0.2, 0.2, 0.22], mat: MAT.metal });
  b.cylinder([0, -0.05, 0], [0, 0.08, 0], r * 0.2, 14);
  const blades = 5;
  for (let i = 0; i < blades; i++) {
    const a = (i / blades) * Math.PI * 2;
    const ca = Math.cos(a);
    const sa = Math.sin(a);
    const pitch = 0.45;
    const at = (rad: number, chord: number, lift: number): Vec3 => {
      // Point at radius `rad` along the blade, `chord` across it (tilted by the pitch), `lift` up.
      const x = rad;
      const z = chord * Math.cos(pitch);
      const y = chord * Math.sin(pitch) + lift;
      return [x * ca - z * sa, y, x * sa + z * ca];
    };
    const r0 = r * 0.18;
    const r1 = r * 0.97;
    const c0 = 0.1;
    const c1 = 0.16;
    b.quad(at(r0, -c0, 0), at(r1, -c1, 0), at(r1, c1, 0), at(r0, c0, 0));
    b.quad(at(r0, c0, -0.01), at(r1, c1, -0.01), at(r1, -c1, -0.01), at(r0, -c0, -0.01));
  }
  const g = new BufferGeometry();
  const src = b.toGeometry();
  g.setAttribute('position', src.getAttribute('position'));
  g.setAttribute('normal', src.getAttribute('normal'));
  g.setIndex(src.getIndex());
  return g;
}

/** Transparent cover: Venlo roof (two 4 m bays per span), gables and side walls. */
export function buildCoverGeometry(L: PlantLayout): BufferGeometry {
  const g = L.greenhouse;
  const pos: number[] = [];
  const nor: number[] = [];
  const idx: number[] = [];
  const quad = (a: Vec3, b: Vec3, c: Vec3, d: Vec3) => {
    const ux = b[0] - a[0];
    const uy = b[1] - a[1];
    const uz = b[2] - a[2];
    const vx = d[0] - a[0];
    const vy = d[1] - a[1];
    const vz = d[2] - a[2];
    let n: Vec3 = [uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx];
    const l = Math.hypot(...n) || 1;
    n = [n[0] / l, n[1] / l, n[2] / l];
    const i = pos.length / 3;
    for (const p of [a, b, c, d]) {
      pos.push(...p);
      nor.push(...n);
    }
    idx.push(i, i + 1, i + 2, i, i + 2, i + 3);
  };
  const tri = (a: Vec3, b: Vec3, c: Vec3) => quad(a, b, c, c);
  const bays = g.spans * 2;
  const bw = g.width / bays;
  const y0 = 0.4;
  for (let k = 0; k < bays; k++) {
    const za = g.z0 + k * bw;
    const zb = za + bw;
    const zm = za + bw / 2;
    quad(
      [g.x0, g.gutterHeight, za],
      [g.x0, g.ridgeHeight, zm],
      [g.x1, g.ridgeHeight, zm],
      [g.x1, g.gutterHeight, za],
    );
    quad(
      [g.x1, g.gutterHeight, zb],
      [g.x1, g.ridgeHeight, zm],
      [g.x0, g.ridgeHeight, zm],
      [g.x0, g.gutterHeight, zb],
    );
    tri([g.x0, g.gutterHeight, za], [g.x0, g.gutterHeight, zb], [g.x0, g.ridgeHeight, zm]);
    tri([g.x1, g.gutterHeight, zb], [g.x1, g.gutterHeight, za], [g.x1, g.ridgeHeight, zm]);
  }
  quad([g.x0, y0, g.z0], [g.x0, y0, g.z1], [g.x0, g.gutterHeight, g.z1], [g.x0, g.gutterHeight, g.z0]);
  quad([g.x1, y0, g.z1], [g.x1, y0, g.z0], [g.x1, g.gutterHeight, g.z0], [g.x1, g.gutterHeight, g.z1]);
  quad([g.x1, y0, g.z0], [g.x0, y0, g.z0], [g.x0, g.gutterHeight, g.z0], [g.x1, g.gutterHeight, g.z0]);
  quad([g.x0, y0, g.z1], [g.x1, y0, g.z1], [g.x1, g.gutterHeight, g.z1], [g.x0, g.gutterHeight, g.z1]);
  const geo = new BufferGeometry();
  geo.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  geo.setAttribute('normal', new BufferAttribute(new Float32Array(nor), 3));
  geo.setIndex(idx);
  return geo;
}

/** Thermal screen: one sheet just under the gutters. */
export function buildScreenGeometry(L: PlantLayout): BufferGeometry {
  const g = L.greenhouse;
  const y = g.gutterHeight - 0.32;
  const pos = new Float32Array([g.x0, y, g.z0, g.x0, y, g.z1, g.x1, y, g.z1, g.x1, y, g.z0]);
  const nor = new Float32Array([0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0]);
  const geo = new BufferGeometry();
  geo.setAttribute('position', new BufferAttribute(pos, 3));
  geo.setAttribute('normal', new BufferAttribute(nor, 3));
  geo.setIndex([0, 1, 2, 0, 2, 3]);
  return geo;
}

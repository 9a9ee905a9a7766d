/**
 * Geometry of the twin from its layout: one merged mesh for every static part (containers, racks, pipes,
 * exchanger, dry-cooler casings and coils, boilers, tank, pumps, greenhouse structure, crop, floor), plus the
 * separate meshes that need their own material: miners (instanced), fan rotors (instanced), cover, screen.
 */
import type { BufferGeometry } from 'three';
import { CID, CID_NONE, type ComponentId, LOOP, type TemperatureSeries } from '../model/components';
import type { PlantLayout, Vec3 } from '../model/layout';
import { MAT, type MatKind, MeshBuilder } from './builder';

export {
  buildCoverGeometry,
  buildFanGeometry,
  buildMinerGeometry,
  buildScreenGeometry,
  minerInstanceAttributes,
} from './partGeometry';

import { C, INDOOR, tid } from './geometryPalette';
import { aiPlant } from './aiGeometry';
import { boilersAndTank, dryCooler, greenhouse, yard } from './siteGeometry';

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
  aiPlant(b, L);
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

/** Geometry drawn apart from the merged plant: instanced miners and fan rotors, the cover and the screen. */
import { BufferAttribute, BufferGeometry, InstancedBufferAttribute } from 'three';
import type { PlantLayout, Vec3 } from '../model/layout';
import { MAT, MeshBuilder } from './builder';

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

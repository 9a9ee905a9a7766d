/**
 * Merged static geometry: every static part of the plant goes into one BufferGeometry (one draw call) with,
 * per vertex, its base colour, the component it belongs to (highlight/picking), the temperature slots that
 * colour it (two slots and a mix for gradients along pipes, plates and coils), the flow loop and distance
 * along the pipe (flow stripes) and a material kind (roughness, metalness, procedural detail).
 */
import { BufferAttribute, BufferGeometry } from 'three';
import { srgbToLinear } from '../model/colormap';
import type { Vec3 } from '../model/layout';
import { add, cross, dot, norm, perpendicular, pipeCenterline, scale, sub } from './centerline';
import { COLUMNS, type ColumnName, FREE, type Storage, storage, WIDTH } from './meshStorage';

export { pipeCenterline };

/** Material kinds understood by the plant shader (src/scene/three/materials.ts). */
export const MAT = {
  paint: 0,
  metal: 1,
  corrugated: 2,
  concrete: 3,
  foliage: 4,
  insulated: 5,
  bare: 6,
  floorCover: 7,
  plate: 8,
  coil: 9,
  rubber: 10,
  gravel: 11,
} as const;
export type MatKind = (typeof MAT)[keyof typeof MAT];

export interface Style {
  /** Base colour, sRGB 0–1 (ignored where a temperature colours the surface). */
  color: Vec3;
  cid: number;
  /** Temperature slots (−1 = not temperature-coloured). */
  tidA: number;
  tidB: number;
  /** Flow loop (−1 = none). */
  loop: number;
  mat: MatKind;
  /** Per-vertex mix between tidA and tidB from the vertex position (default 0). */
  gradient: ((p: Vec3) => number) | null;
}

const DEFAULT_STYLE: Style = {
  color: [0.7, 0.7, 0.7],
  cid: 0,
  tidA: -1,
  tidB: -1,
  loop: -1,
  mat: MAT.paint,
  gradient: null,
};

type V = Vec3;

/**
 * Builds merged geometry into Float32 columns grown by doubling (the GPU's own format: `toGeometry` copies
 * them out as they are). JavaScript arrays grown by `push`, converted at the end, took 2.4 µs per vertex in
 * Node (230 ms per plant; issue 13).
 */
export class MeshBuilder {
  private nv = 0;
  private ni = 0;
  private s: Storage = FREE.pop() ?? storage(64, 6 * 64);
  private st: Style = { ...DEFAULT_STYLE };
  private lin: V = [0, 0, 0];

  /** Per-vertex columns and the triangle indices written so far (views, valid until the next primitive). */
  get pos(): Float32Array {
    return this.view('pos');
  }
  get nor(): Float32Array {
    return this.view('nor');
  }
  get col(): Float32Array {
    return this.view('col');
  }
  get info(): Float32Array {
    return this.view('info');
  }
  get flow(): Float32Array {
    return this.view('flow');
  }
  get mat(): Float32Array {
    return this.view('mat');
  }
  get idx(): Uint32Array {
    return this.s.idx.subarray(0, this.ni);
  }

  private view(c: ColumnName): Float32Array {
    return this.s.cols[c].subarray(0, WIDTH[c] * this.nv);
  }

  /** Room for `n` more vertices. */
  private reserve(n: number): void {
    const s = this.s;
    if (this.nv + n <= s.room) return;
    s.room = Math.max(2 * s.room, this.nv + n);
    for (const c of COLUMNS) {
      const d = new Float32Array(WIDTH[c] * s.room);
      d.set(this.view(c));
      s.cols[c] = d;
    }
  }

  /** Room for `n` more indices; returns the position of the first. */
  private reserveIndices(n: number): number {
    const at = this.ni;
    const s = this.s;
    if (at + n > s.idx.length) {
      const d = new Uint32Array(Math.max(2 * s.idx.length, at + n));
      d.set(s.idx.subarray(0, at));
      s.idx = d;
    }
    this.ni = at + n;
    return at;
  }

  /** Append the triangle (a, b, c). */
  private index3(a: number, b: number, c: number): void {
    const at = this.reserveIndices(3);
    const x = this.s.idx;
    x[at] = a;
    x[at + 1] = b;
    x[at + 2] = c;
  }

  /** Append the two triangles (a, b, c) and (d, e, f). */
  private index6(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const at = this.reserveIndices(6);
    const x = this.s.idx;
    x[at] = a;
    x[at + 1] = b;
    x[at + 2] = c;
    x[at + 3] = d;
    x[at + 4] = e;
    x[at + 5] = f;
  }

  /** Set the style for the following primitives (unspecified fields keep their values). */
  style(s: Partial<Style>): this {
    this.st = { ...this.st, ...s };
    const c = this.st.color;
    this.lin = [srgbToLinear(c[0]), srgbToLinear(c[1]), srgbToLinear(c[2])];
    return this;
  }

  /** Reset to defaults, then apply `s`. */
  reset(s: Partial<Style> = {}): this {
    this.st = { ...DEFAULT_STYLE };
    return this.style(s);
  }

  get vertexCount(): number {
    return this.nv;
  }

  vertex(p: V, n: V, along = 0, tmix?: number): number {
    const st = this.st;
    const v = this.nv;
    if (v === this.s.room) this.reserve(1);
    const c = this.s.cols;
    const i3 = 3 * v;
    c.pos[i3] = p[0];
    c.pos[i3 + 1] = p[1];
    c.pos[i3 + 2] = p[2];
    c.nor[i3] = n[0];
    c.nor[i3 + 1] = n[1];
    c.nor[i3 + 2] = n[2];
    c.col[i3] = this.lin[0];
    c.col[i3 + 1] = this.lin[1];
    c.col[i3 + 2] = this.lin[2];
    const m = tmix ?? (st.gradient ? st.gradient(p) : 0);
    const i4 = 4 * v;
    c.info[i4] = st.tidA;
    c.info[i4 + 1] = st.tidB >= 0 ? st.tidB : st.tidA;
    c.info[i4 + 2] = Math.min(1, Math.max(0, m));
    c.info[i4 + 3] = st.cid;
    c.flow[2 * v] = st.loop;
    c.flow[2 * v + 1] = along;
    c.mat[v] = st.mat;
    this.nv = v + 1;
    return v;
  }

  /** Flat quad a-b-c-d (counter-clockwise seen from the front). */
  quad(a: V, b: V, c: V, d: V): this {
    const n = norm(cross(sub(b, a), sub(d, a)));
    const i = this.vertex(a, n);
    this.vertex(b, n);
    this.vertex(c, n);
    this.vertex(d, n);
    this.index6(i, i + 1, i + 2, i, i + 2, i + 3);
    return this;
  }

  /** Flat triangle a-b-c (counter-clockwise seen from the front). */
  tri(a: V, b: V, c: V): this {
    const n = norm(cross(sub(b, a), sub(c, a)));
    const i = this.vertex(a, n);
    this.vertex(b, n);
    this.vertex(c, n);
    this.index3(i, i + 1, i + 2);
    return this;
  }

  /**
   * Hexahedron from its 8 corners: bottom face 0-1-2-3 and top face 4-5-6-7, both counter-clockwise seen
   * from above, corner k + 4 above corner k.
   */
  hexa(c: V[], faces: { top?: boolean; bottom?: boolean } = {}): this {
    const [a, b, cc, d, e, f, g, h] = c as [V, V, V, V, V, V, V, V];
    if (faces.bottom !== false) this.quad(a, d, cc, b);
    if (faces.top !== false) this.quad(e, f, g, h);
    this.quad(a, b, f, e);
    this.quad(b, cc, g, f);
    this.quad(cc, d, h, g);
    this.quad(d, a, e, h);
    return this;
  }

  /** Axis-aligned box from its centre and size, optionally turned by `rotY` radians about its centre. */
  box(center: V, size: V, rotY = 0, faces: { top?: boolean; bottom?: boolean } = {}): this {
    const [hx, hy, hz] = [size[0] / 2, size[1] / 2, size[2] / 2];
    const cs = Math.cos(rotY);
    const sn = Math.sin(rotY);
    const at = (x: number, y: number, z: number): V => [
      center[0] + x * cs + z * sn,
      center[1] + y,
      center[2] - x * sn + z * cs,
    ];
    return this.hexa(
      [
        at(-hx, -hy, hz),
        at(hx, -hy, hz),
        at(hx, -hy, -hz),
        at(-hx, -hy, -hz),
        at(-hx, hy, hz),
        at(hx, hy, hz),
        at(hx, hy, -hz),
        at(-hx, hy, -hz),
      ],
      faces,
    );
  }

  /** Box between two corners. */
  boxMinMax(min: V, max: V): this {
    return this.box(
      [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2],
      [max[0] - min[0], max[1] - min[1], max[2] - min[2]],
    );
  }

  /**
   * Pipe (or any swept circle) through `points` with rounded corners; `along` is the distance from the first
   * point and, without a style gradient, the temperature mix runs 0 → 1 from start to end.
   * `inward` flips the normals (the inside of a shroud); `caps` closes both ends.
   */
  tube(
    points: V[],
    radius: number,
    opts: { segments?: number; bend?: number; caps?: boolean; inward?: boolean } = {},
  ): this {
    const segs = opts.segments ?? 12;
    const { pts, along } = pipeCenterline(points, opts.bend ?? Math.max(radius * 2.5, 0.15));
    if (pts.length < 2) return this;
    const total = along[along.length - 1]!;
    const sign = opts.inward ? -1 : 1;
    let t = norm(sub(pts[1]!, pts[0]!));
    let n = perpendicular(t);
    const rings: number[] = [];
    for (let i = 0; i < pts.length; i++) {
      const tNext =
        i === 0
          ? t
          : i === pts.length - 1
            ? norm(sub(pts[i]!, pts[i - 1]!))
            : norm(add(norm(sub(pts[i]!, pts[i - 1]!)), norm(sub(pts[i + 1]!, pts[i]!))));
      // Parallel transport: remove the new tangent's component from the previous normal.
      n = norm(sub(n, scale(tNext, dot(n, tNext))));
      t = tNext;
      const b = cross(t, n);
      // Mitre at joints: widen the ring so the straight parts keep their radius.
      const prevDir = i > 0 ? norm(sub(pts[i]!, pts[i - 1]!)) : t;
      const mitre = 1 / Math.max(0.5, dot(prevDir, t));
      rings.push(this.vertexCount);
      const tmix = this.st.gradient ? undefined : total > 0 ? along[i]! / total : 0;
      for (let k = 0; k <= segs; k++) {
        const a = (k / segs) * Math.PI * 2;
        const dir = add(scale(n, Math.cos(a)), scale(b, Math.sin(a)));
        this.vertex(add(pts[i]!, scale(dir, radius * mitre)), scale(dir, sign), along[i]!, tmix);
      }
    }
    for (let i = 0; i + 1 < rings.length; i++) {
      const r0 = rings[i]!;
      const r1 = rings[i + 1]!;
      for (let k = 0; k < segs; k++) {
        if (sign > 0) this.index6(r0 + k, r0 + k + 1, r1 + k + 1, r0 + k, r1 + k + 1, r1 + k);
        else this.index6(r0 + k, r1 + k + 1, r0 + k + 1, r0 + k, r1 + k, r1 + k + 1);
      }
    }
    if (opts.caps) {
      this.cap(pts[0]!, norm(sub(pts[0]!, pts[1]!)), radius, segs, 0);
      this.cap(
        pts[pts.length - 1]!,
        norm(sub(pts[pts.length - 1]!, pts[pts.length - 2]!)),
        radius,
        segs,
        total,
      );
    }
    return this;
  }

  /** Disc of radius r at `center` facing `normal`. */
  cap(center: V, normal: V, r: number, segs = 12, along = 0): this {
    const n = perpendicular(normal);
    const b = cross(normal, n);
    const tm = this.st.gradient ? undefined : along > 0 ? 1 : 0;
    const c = this.vertex(center, normal, along, tm);
    for (let k = 0; k <= segs; k++) {
      const a = (k / segs) * Math.PI * 2;
      this.vertex(add(center, add(scale(n, r * Math.cos(a)), scale(b, r * Math.sin(a)))), normal, along, tm);
    }
    for (let k = 0; k < segs; k++) this.index3(c, c + 1 + k, c + 2 + k);
    return this;
  }

  /** Flat ring facing up (+y) at `center`, between radii rIn and rOut. */
  annulus(center: V, rIn: number, rOut: number, segs = 20): this {
    const base = this.vertexCount;
    for (let k = 0; k <= segs; k++) {
      const a = (k / segs) * Math.PI * 2;
      const c = Math.cos(a);
      const s = Math.sin(a);
      this.vertex([center[0] + rIn * c, center[1], center[2] + rIn * s], [0, 1, 0]);
      this.vertex([center[0] + rOut * c, center[1], center[2] + rOut * s], [0, 1, 0]);
    }
    for (let k = 0; k < segs; k++) {
      const i = base + 2 * k;
      this.index6(i, i + 3, i + 1, i, i + 2, i + 3);
    }
    return this;
  }

  /** Cylinder between two points (a vessel, a post); caps on by default. */
  cylinder(a: V, b: V, r: number, segments = 16, caps = true): this {
    return this.tube([a, b], r, { segments, caps, bend: 0 });
  }

  /** Append another builder's geometry. */
  append(o: MeshBuilder): this {
    const base = this.nv;
    this.reserve(o.nv);
    for (const c of COLUMNS) this.s.cols[c].set(o.view(c), WIDTH[c] * base);
    this.nv = base + o.nv;
    const at = this.reserveIndices(o.ni);
    const x = this.s.idx;
    const from = o.s.idx;
    for (let k = 0; k < o.ni; k++) x[at + k] = from[k]! + base;
    return this;
  }

  /** The geometry built (copies of the columns); the builder is then empty and its storage reused by the next. */
  toGeometry(): BufferGeometry {
    const g = new BufferGeometry();
    const n = this.nv;
    const cols = this.s.cols;
    g.setAttribute('position', new BufferAttribute(cols.pos.slice(0, 3 * n), 3));
    g.setAttribute('normal', new BufferAttribute(cols.nor.slice(0, 3 * n), 3));
    g.setAttribute('color', new BufferAttribute(cols.col.slice(0, 3 * n), 3));
    g.setAttribute('aInfo', new BufferAttribute(cols.info.slice(0, 4 * n), 4));
    g.setAttribute('aFlow', new BufferAttribute(cols.flow.slice(0, 2 * n), 2));
    g.setAttribute('aMat', new BufferAttribute(cols.mat.slice(0, n), 1));
    const idx = this.idx;
    g.setIndex(new BufferAttribute(n > 65535 ? idx.slice() : Uint16Array.from(idx), 1));
    g.computeBoundingSphere();
    g.computeBoundingBox();
    if (FREE.length < 2) FREE.push(this.s);
    this.s = storage(64, 6 * 64);
    this.nv = 0;
    this.ni = 0;
    return g;
  }
}

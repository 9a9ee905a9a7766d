import { describe, expect, it } from 'vitest';
import { MAT, MeshBuilder, pipeCenterline } from '../../../src/scene/three/builder';

describe('pipe centre line', () => {
  it('rounds an L-shaped run with a quadratic Bézier bend (length checked by hand)', () => {
    // (0,0,0) → (10,0,0) → (10,0,5), bend radius 1: straight parts 9 m and 4 m; the corner becomes the
    // quadratic Bézier from (9,0,0) over the corner to (10,0,1). Its length ∫₀¹ 2√(2t² − 2t + 1) dt
    // = 2√2 · 2 · [(b/2)√(b² + a²) + (a²/2) ln((b + √(b² + a²))/a)] with a = b = ½ = 1.6232 m; the six-chord
    // polyline drawn is a little shorter, and every chord is shorter than the curve.
    const { along } = pipeCenterline(
      [
        [0, 0, 0],
        [10, 0, 0],
        [10, 0, 5],
      ],
      1,
    );
    const total = along[along.length - 1]!;
    expect(total).toBeLessThan(13 + 1.6232);
    expect(total).toBeGreaterThan(13 + 1.6232 - 0.01);
  });
  it('drops repeated points and keeps straight runs straight', () => {
    const { pts, along } = pipeCenterline(
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 2, 0],
        [0, 5, 0],
      ],
      0.5,
    );
    expect(pts).toHaveLength(2);
    expect(along[1]).toBeCloseTo(5, 12);
  });
});

describe('mesh builder', () => {
  it('a box has 24 vertices, 12 triangles and outward unit normals', () => {
    const b = new MeshBuilder().reset({ mat: MAT.paint });
    b.box([1, 2, 3], [2, 4, 6]);
    expect(b.vertexCount).toBe(24);
    expect(b.idx).toHaveLength(36);
    for (let i = 0; i < 24; i++) {
      const n = [b.nor[i * 3]!, b.nor[i * 3 + 1]!, b.nor[i * 3 + 2]!];
      const p = [b.pos[i * 3]! - 1, b.pos[i * 3 + 1]! - 2, b.pos[i * 3 + 2]! - 3];
      expect(Math.hypot(n[0]!, n[1]!, n[2]!)).toBeCloseTo(1, 12);
      expect(n[0]! * p[0]! + n[1]! * p[1]! + n[2]! * p[2]!).toBeGreaterThan(0);
    }
    // Triangles wind counter-clockwise seen from outside: (b − a) × (c − a) points along the normal.
    for (let t = 0; t < 12; t++) {
      const [i, j, k] = [b.idx[t * 3]!, b.idx[t * 3 + 1]!, b.idx[t * 3 + 2]!];
      const at = (v: number) => [b.pos[v * 3]!, b.pos[v * 3 + 1]!, b.pos[v * 3 + 2]!];
      const [a, bb, c] = [at(i), at(j), at(k)];
      const u = [bb[0]! - a[0]!, bb[1]! - a[1]!, bb[2]! - a[2]!];
      const w = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
      const cr = [
        u[1]! * w[2]! - u[2]! * w[1]!,
        u[2]! * w[0]! - u[0]! * w[2]!,
        u[0]! * w[1]! - u[1]! * w[0]!,
      ];
      const n = [b.nor[i * 3]!, b.nor[i * 3 + 1]!, b.nor[i * 3 + 2]!];
      expect(cr[0]! * n[0]! + cr[1]! * n[1]! + cr[2]! * n[2]!).toBeGreaterThan(0);
    }
  });
  it('a pipe carries its temperature slots, loop, distance along and a 0 → 1 mix', () => {
    const b = new MeshBuilder().reset({ tidA: 3, tidB: 7, loop: 2, cid: 5, mat: MAT.insulated });
    b.tube(
      [
        [0, 0, 0],
        [4, 0, 0],
      ],
      0.2,
      { segments: 8 },
    );
    const n = b.vertexCount;
    expect(n).toBe(2 * 9); // two rings of segments + 1 vertices
    const along = Array.from({ length: n }, (_, i) => b.flow[i * 2 + 1]!);
    expect(Math.min(...along)).toBe(0);
    expect(Math.max(...along)).toBeCloseTo(4, 12);
    for (let i = 0; i < n; i++) {
      expect(b.info[i * 4]).toBe(3);
      expect(b.info[i * 4 + 1]).toBe(7);
      expect(b.info[i * 4 + 2]).toBeCloseTo(b.flow[i * 2 + 1]! / 4, 12);
      expect(b.info[i * 4 + 3]).toBe(5);
      expect(b.flow[i * 2]).toBe(2);
      // Every ring vertex sits on the radius, to the builder's Float32 storage (the GPU's precision: 2⁻²⁴ relative).
      expect(Math.abs(Math.hypot(b.pos[i * 3 + 1]!, b.pos[i * 3 + 2]!) - 0.2)).toBeLessThan(0.2 * 2 ** -22);
    }
  });
  it('produces a BufferGeometry with the shader’s attributes', () => {
    const g = new MeshBuilder().reset().box([0, 0, 0], [1, 1, 1]).toGeometry();
    for (const a of ['position', 'normal', 'color', 'aInfo', 'aFlow', 'aMat'])
      expect(g.getAttribute(a)).toBeDefined();
    expect(g.getIndex()!.count).toBe(36);
  });
});

describe('mesh builder storage', () => {
  it('gives the same geometry from reused storage as from fresh (toGeometry hands its columns to the next builder)', () => {
    const draw = () =>
      new MeshBuilder()
        .reset({ tidA: 1, loop: 0 })
        .tube(
          [
            [0, 0, 0],
            [3, 0, 0],
            [3, 2, 1],
          ],
          0.1,
          { caps: true },
        )
        .box([1, 2, 3], [0.5, 0.4, 0.3], 0.3)
        .toGeometry();
    const names = ['position', 'normal', 'color', 'aInfo', 'aFlow', 'aMat'];
    const first = draw();
    // a bigger build in between grows the storage that the next builder takes
    const big = new MeshBuilder();
    for (let i = 0; i < 300; i++) big.box([i, 0, 0], [0.5, 0.5, 0.5]);
    expect(big.toGeometry().getAttribute('position').count).toBe(300 * 24);
    const again = draw();
    for (const a of names) {
      expect(Array.from(again.getAttribute(a).array)).toEqual(Array.from(first.getAttribute(a).array));
    }
    expect(Array.from(again.getIndex()!.array)).toEqual(Array.from(first.getIndex()!.array));
  });
});

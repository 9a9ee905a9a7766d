import { describe, expect, it } from 'vitest';
import { stepped } from '../../src/scene/hooks/useCamera';
import type { PlantLayout } from '../../src/scene/model/layout';

/** Only the bounds matter to a camera step (the orbit's maximum distance is 2.2 × the larger side). */
const layout = { bounds: [0, 0, 100, 50] } as unknown as PlantLayout;
const target = { x: 10, y: 0, z: 10 };
const dist = (p: number[]) => Math.hypot(p[0]! - target.x, p[1]! - target.y, p[2]! - target.z);

describe('keyboard steps of the orbit camera', () => {
  const pos = { x: 10, y: 30, z: 50 }; // 50 m from the target

  it('zoom in and out by 0.75 along the line of sight, within the orbit limits', () => {
    const inn = stepped(pos, target, 'in', layout);
    expect(dist(inn)).toBeCloseTo(37.5, 9);
    expect(inn[1] / (inn[2] - target.z)).toBeCloseTo(30 / 40, 9); // same direction
    expect(dist(stepped(pos, target, 'out', layout))).toBeCloseTo(50 / 0.75, 9);
    expect(dist(stepped({ x: 10, y: 1, z: 10 }, target, 'in', layout))).toBeCloseTo(1.5, 9); // minDistance
    expect(dist(stepped({ x: 10, y: 200, z: 10 }, target, 'out', layout))).toBeCloseTo(220, 9); // maxDistance
  });

  it('turn 20° about the vertical through the target, keeping distance and height', () => {
    const left = stepped(pos, target, 'left', layout);
    const right = stepped(pos, target, 'right', layout);
    for (const p of [left, right]) {
      expect(dist(p)).toBeCloseTo(50, 9);
      expect(p[1]).toBeCloseTo(30, 9);
    }
    const angle = (p: number[]) => Math.atan2(p[2]! - target.z, p[0]! - target.x);
    expect(((angle(right) - angle(left)) * 180) / Math.PI).toBeCloseTo(40, 9);
  });
});

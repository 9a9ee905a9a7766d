import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  declutter,
  type LabelBox,
  LABEL_GAP,
  labelRect,
  overlaps,
  viewportEdges,
} from '../../../src/scene/model/declutter';

const box = (x: number, y: number, width = 160, height = 44): LabelBox => ({
  anchor: { x, y },
  width,
  height,
});

describe('label decluttering', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(declutter([box(100, 300), box(400, 300)])).toEqual([
      { visible: true, lift: 0, shift: 0 },
      { visible: true, lift: 0, shift: 0 },
    ]);
  });
  it('lifts the lower-priority label just above the one in the way', () => {
    // First label: y from 300 − 6 − 44 = 250 to 294. Second (anchor 20 px lower) would span 270–314: lifted so
    // that its bottom sits LABEL_GAP above 250 → bottom 247 → lift = 320 − 6 − 247 = 67.
    const [a, b] = declutter([box(200, 300), box(260, 320)]);
    expect(a).toEqual({ visible: true, lift: 0, shift: 0 });
    expect(b).toEqual({ visible: true, lift: 320 - 6 - (250 - LABEL_GAP), shift: 0 });
  });
  it('hides a label that would have to move too far, and labels behind the camera', () => {
    const p = declutter([box(200, 300), box(200, 300, 160, 44)], 10);
    expect(p[1]).toEqual({ visible: false, lift: 0, shift: 0 });
    expect(declutter([{ anchor: null, width: 100, height: 44 }])[0]!.visible).toBe(false);
  });
  it('steps sideways out from under a screen panel, and stays inside the screen', () => {
    // Label 160 px wide at x 1000 spans 920–1080; a panel from x 1050: move left by 1080 − 1050 + 3 = 33 px.
    const panel = { x0: 1050, y0: 0, x1: 1280, y1: 400 };
    expect(declutter([box(1000, 300)], undefined, [panel])).toEqual([{ visible: true, lift: 0, shift: -33 }]);
    // 20 px off the left edge (anchor 60, half width 80): in by 20 + LABEL_GAP; at anchor 5 it would need 78 px,
    // more than 160 / 2 − 12 = 68: hidden.
    expect(declutter([box(60, 300)], undefined, viewportEdges(1280, 800))[0]).toEqual({
      visible: true,
      lift: 0,
      shift: 20 + LABEL_GAP,
    });
    expect(declutter([box(5, 300)], undefined, viewportEdges(1280, 800))[0]!.visible).toBe(false);
    // Cut by the top edge: hidden.
    expect(declutter([box(600, 30)], undefined, viewportEdges(1280, 800))[0]!.visible).toBe(false);
  });
  it('never leaves two visible labels overlapping (property)', () => {
    const arb = fc.array(
      fc.record({
        x: fc.integer({ min: 0, max: 1440 }),
        y: fc.integer({ min: 0, max: 900 }),
        w: fc.integer({ min: 60, max: 320 }),
      }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(arb, (ls) => {
        const boxes = ls.map((l) => box(l.x, l.y, l.w));
        const walls = [...viewportEdges(1440, 900), { x0: 1100, y0: 0, x1: 1440, y1: 200 }];
        const p = declutter(boxes, undefined, walls);
        const rects = boxes.map((b, i) => (p[i]!.visible ? labelRect(b, p[i]!.lift, p[i]!.shift) : null));
        for (const r of rects) if (r && walls.some((w) => overlaps(r, w))) return false;
        for (let i = 0; i < rects.length; i++)
          for (let j = i + 1; j < rects.length; j++)
            if (rects[i] && rects[j] && overlaps(rects[i]!, rects[j]!)) return false;
        return true;
      }),
    );
  });
});

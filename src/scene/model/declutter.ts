/**
 * Screen-space decluttering of the in-scene labels (issue 15): labels are placed one by one in priority
 * order; a label whose rectangle would overlap one already placed is lifted just above it (its stem then
 * hangs from a thin leader down to the anchor), at most a couple of label heights, else hidden. Pure and
 * allocation-light: it runs each rendered frame for a handful of labels (camera moves re-place them).
 */

/** One label on screen: its anchor in CSS px (y down; null when behind the camera) and its size. */
export interface LabelBox {
  /** Anchor on screen, CSS px from the canvas's top-left, or null when not drawable (behind the camera). */
  anchor: { x: number; y: number } | null;
  width: number;
  height: number;
}

/** Where a label is drawn: shown or not, lifted `lift` px above its resting place, moved `shift` px right. */
export interface Placement {
  visible: boolean;
  lift: number;
  shift: number;
}

/** Screen rectangle (CSS px, y down). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Gap between the anchor and the label's stem tip, px (the label shader's constant). */
export const STEM_GAP = 6;
/** Space kept between two labels, px. */
export const LABEL_GAP = 3;

/** The rectangle a label covers when lifted `lift` px and moved `shift` px sideways. */
export function labelRect(b: LabelBox, lift: number, shift = 0): Rect | null {
  if (!b.anchor) return null;
  const y1 = b.anchor.y - STEM_GAP - lift;
  const x = b.anchor.x + shift;
  return { x0: x - b.width / 2, y0: y1 - b.height, x1: x + b.width / 2, y1 };
}

/** How far a label may move sideways (its anchor stays under it, 12 px in from its edge). */
const maxShift = (b: LabelBox) => Math.max(0, b.width / 2 - 12);

/** The smaller sideways move that clears `hit`, or null when neither fits within maxShift. */
function sideStep(b: LabelBox, r: Rect, hit: Rect): number | null {
  const left = hit.x0 - LABEL_GAP - r.x1;
  const right = hit.x1 + LABEL_GAP - r.x0;
  const dx = Math.abs(left) <= Math.abs(right) ? left : right;
  return Math.abs(dx) <= maxShift(b) ? dx : null;
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/**
 * Place labels in priority order (index 0 first). `maxLift` caps how far a label may move from its anchor
 * (default two of its heights); a label that would need more, or whose lifted top leaves the screen, is hidden.
 * `obstacles` (screen panels over the canvas, the screen's edges) are kept clear too: a label under one first
 * steps sideways (its anchor staying under it), then up like for another label.
 */
export function declutter(boxes: LabelBox[], maxLift?: number, obstacles: readonly Rect[] = []): Placement[] {
  const placed: Rect[] = [];
  const hidden = { visible: false, lift: 0, shift: 0 };
  return boxes.map((b) => {
    let lift = 0;
    let shift = 0;
    const cap = maxLift ?? 2 * (b.height + LABEL_GAP);
    for (let tries = 0; tries <= boxes.length + obstacles.length + 1; tries++) {
      const r = labelRect(b, lift, shift);
      if (!r || !b.anchor) return hidden;
      const wall = obstacles.find((o) => overlaps(r, o));
      const hit = wall ?? placed.find((p) => overlaps(r, p, LABEL_GAP));
      if (!hit) {
        if (lift > 0 && r.y0 < 0) break;
        placed.push(r);
        return { visible: true, lift, shift };
      }
      const dx = wall && shift === 0 && lift === 0 ? sideStep(b, r, wall) : null;
      if (dx !== null) {
        shift = dx;
        continue;
      }
      // Just above the rectangle in the way.
      lift = b.anchor.y - STEM_GAP - (hit.y0 - LABEL_GAP);
      if (lift > cap) break;
    }
    return hidden;
  });
}

/** The screen's edges as obstacles (labels stay inside a width × height viewport). */
export function viewportEdges(width: number, height: number): Rect[] {
  const far = 1e6;
  return [
    { x0: -far, y0: -far, x1: 0, y1: far },
    { x0: width, y0: -far, x1: far, y1: far },
    { x0: -far, y0: -far, x1: far, y1: 0 },
    { x0: -far, y0: height, x1: far, y1: far },
  ];
}

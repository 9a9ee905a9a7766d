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

/** Where a label is drawn: shown or not, and lifted `lift` px above its resting place. */
export interface Placement {
  visible: boolean;
  lift: number;
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

/** The rectangle a label covers when lifted `lift` px. */
export function labelRect(b: LabelBox, lift: number): Rect | null {
  if (!b.anchor) return null;
  const y1 = b.anchor.y - STEM_GAP - lift;
  return { x0: b.anchor.x - b.width / 2, y0: y1 - b.height, x1: b.anchor.x + b.width / 2, y1 };
}

export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/**
 * Place labels in priority order (index 0 first). `maxLift` caps how far a label may move from its anchor
 * (default two of its heights); a label that would need more, or whose lifted top leaves the screen, is hidden.
 */
export function declutter(boxes: LabelBox[], maxLift?: number): Placement[] {
  const placed: Rect[] = [];
  return boxes.map((b) => {
    let lift = 0;
    const cap = maxLift ?? 2 * (b.height + LABEL_GAP);
    for (let tries = 0; tries <= boxes.length; tries++) {
      const r = labelRect(b, lift);
      if (!r) return { visible: false, lift: 0 };
      const hit = placed.find((p) => overlaps(r, p, LABEL_GAP));
      if (!hit) {
        if (lift > 0 && r.y0 < 0) break;
        placed.push(r);
        return { visible: true, lift };
      }
      // Just above the label in the way.
      lift = (b.anchor?.y ?? 0) - STEM_GAP - (hit.y0 - LABEL_GAP);
      if (lift > cap) break;
    }
    return { visible: false, lift: 0 };
  });
}

/**
 * Label atlas: the in-scene name tags (name, one live number, a swatch of the part's temperature colour)
 * drawn into one canvas; src/scene/three/World.tsx shows them as instanced screen-space quads (one draw call).
 */
import type { ComponentId } from '../model/components';
import type { Vec3 } from '../model/layout';

export interface LabelSpec {
  component: ComponentId;
  anchor: Vec3;
  title: string;
  value: string;
  /** CSS colour of the swatch (temperature colour), or null. */
  swatch: string | null;
}

export interface AtlasItem {
  component: ComponentId;
  anchor: Vec3;
  /** Texture rectangle (0–1, v up). */
  u: number;
  v: number;
  w: number;
  h: number;
  /** Size on screen, CSS px. */
  width: number;
  height: number;
}

const SCALE = 2;
const PAD_X = 10;
const HEIGHT = 44;
export const ATLAS_SIZE = 1024;
/** A small solid patch in the atlas's bottom-right corner: the leaders of lifted labels sample it. */
const LEADER_PATCH = 8;
const TITLE_FONT = `600 ${13 * SCALE}px system-ui, "Liberation Sans", sans-serif`;
const VALUE_FONT = `${12 * SCALE}px system-ui, "Liberation Sans", sans-serif`;

/** Texture rectangle (0–1, v up) of the leader patch's centre. */
export interface LeaderRect {
  u: number;
  v: number;
  w: number;
  h: number;
}

/** Draw the labels into `canvas` (resized as needed) and return where each one is. */
export function drawLabelAtlas(
  canvas: HTMLCanvasElement,
  labels: LabelSpec[],
): { items: AtlasItem[]; leader: LeaderRect } {
  const W = ATLAS_SIZE;
  const H = ATLAS_SIZE;
  const leader = { u: (W - LEADER_PATCH / 2 - 1) / W, v: (LEADER_PATCH / 2 - 1) / H, w: 2 / W, h: 2 / H };
  const ctx = canvas.getContext('2d');
  if (!ctx) return { items: [], leader };
  const widths = labels.map((l) => labelWidth(ctx, l));
  const pos = packRows(widths, W);
  // Fixed size: the GPU texture is allocated once (three.js keeps its storage; resizing the canvas later
  // would garble the labels). Room for ~20 rows of labels.
  if (canvas.width !== W || canvas.height !== H) {
    canvas.width = W;
    canvas.height = H;
  }
  ctx.clearRect(0, 0, W, H);
  ctx.fillStyle = 'rgba(225, 233, 241, 0.75)';
  ctx.fillRect(W - LEADER_PATCH, H - LEADER_PATCH, LEADER_PATCH, LEADER_PATCH);
  const items: AtlasItem[] = [];
  labels.forEach((l, i) => {
    const w = widths[i]!;
    const { x: px, y: py } = pos[i]!;
    if (py + HEIGHT * SCALE > H - LEADER_PATCH) return; // no room (not with the plant's handful of labels)
    drawLabel(ctx, l, px, py, w * SCALE);
    items.push({
      component: l.component,
      anchor: l.anchor,
      u: px / W,
      v: 1 - (py + HEIGHT * SCALE) / H,
      w: (w * SCALE) / W,
      h: (HEIGHT * SCALE) / H,
      width: w,
      height: HEIGHT,
    });
  });
  return { items, leader };
}

/** Width of a label on screen, CSS px: the wider of its title and its value line (with the swatch). */
function labelWidth(ctx: CanvasRenderingContext2D, l: LabelSpec): number {
  ctx.font = TITLE_FONT;
  const a = ctx.measureText(l.title).width;
  ctx.font = VALUE_FONT;
  const b = ctx.measureText(l.value).width + (l.swatch ? 16 * SCALE : 0);
  return Math.ceil(Math.max(a, b) / SCALE) + 2 * PAD_X;
}

/** Pack labels of these widths (CSS px) into rows of the atlas; top-left corners in atlas px. */
function packRows(widths: number[], W: number): { x: number; y: number }[] {
  const pos: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const w of widths) {
    if (x + w * SCALE > W) {
      x = 0;
      y += (HEIGHT + 4) * SCALE;
    }
    pos.push({ x, y });
    x += (w + 4) * SCALE;
  }
  return pos;
}

/** One label at (px, py) in the atlas, `bw` atlas px wide: box with a stem, title, swatch and value. */
function drawLabel(ctx: CanvasRenderingContext2D, l: LabelSpec, px: number, py: number, bw: number) {
  const bh = (HEIGHT - 8) * SCALE;
  // Box with a little stem pointing at the anchor.
  ctx.fillStyle = 'rgba(12, 19, 27, 0.84)';
  roundRect(ctx, px, py, bw, bh, 7 * SCALE);
  ctx.fill();
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.22)';
  ctx.lineWidth = SCALE;
  ctx.stroke();
  ctx.fillStyle = 'rgba(12, 19, 27, 0.84)';
  ctx.beginPath();
  ctx.moveTo(px + bw / 2 - 6 * SCALE, py + bh);
  ctx.lineTo(px + bw / 2 + 6 * SCALE, py + bh);
  ctx.lineTo(px + bw / 2, py + (HEIGHT - 1) * SCALE);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#f2f6fa';
  ctx.font = TITLE_FONT;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(l.title, px + PAD_X * SCALE, py + 16 * SCALE);
  let vx = px + PAD_X * SCALE;
  if (l.swatch) {
    ctx.fillStyle = l.swatch;
    roundRect(ctx, vx, py + 21 * SCALE, 11 * SCALE, 9 * SCALE, 2 * SCALE);
    ctx.fill();
    vx += 16 * SCALE;
  }
  ctx.fillStyle = '#b9c6d3';
  ctx.font = VALUE_FONT;
  ctx.fillText(l.value, vx, py + 30 * SCALE);
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

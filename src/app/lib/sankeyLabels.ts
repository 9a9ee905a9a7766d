/**
 * Where the energy-flow diagram's node labels go (Sankey.tsx): each label right of its node, on one line
 * ("Miners · 25,400") when it fits before the next column, else its name wrapped on words above its number; in
 * each column the labels keep their nodes' order and are pushed apart so that no two overlap (a thin leader
 * joins a label moved off its node). Pure: the text widths come from `measure`.
 */

/** A laid-out node: its name, figure and box (d3-sankey's x0, x1, y0, y1). */
export interface LabelNode {
  name: string;
  value: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PlacedLabel {
  name: string;
  lines: string[];
  /** Left edge and top of the label's box. */
  x: number;
  top: number;
  width: number;
  height: number;
  /** The node's vertical centre (where a leader starts when the label moved). */
  anchorY: number;
}

export interface LabelStyle {
  fontSize: number;
  /** Line height, px. */
  lineHeight: number;
  /** Space between a node and its label, and between two labels. */
  gap: number;
  measure(text: string): number;
}

/** The font size and line height of the labels in a chart `width` px wide (smaller on a phone). */
export function labelFont(width: number): Pick<LabelStyle, 'fontSize' | 'lineHeight'> {
  const fontSize = width < 560 ? 10 : 11;
  return { fontSize, lineHeight: Math.ceil(fontSize * 1.25) };
}

/** The label on one line. */
export const oneLine = (n: Pick<LabelNode, 'name' | 'value'>): string => `${n.name} · ${n.value}`;

/** Words of `text` in lines no wider than `max` (a longer word keeps a line of its own). */
export function wrapWords(text: string, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The lines of a label with `room` px of width: one line if it fits, else the name wrapped, then the figure. */
export function labelLines(
  n: Pick<LabelNode, 'name' | 'value'>,
  room: number,
  measure: (s: string) => number,
) {
  const one = oneLine(n);
  return measure(one) <= room ? [one] : [...wrapWords(n.name, room, measure), n.value];
}

/**
 * Width to keep right of the last column for its labels: their one-line width in a wide chart, their widest
 * word or figure (they wrap) in a narrow one; at most a third of the chart.
 */
export function labelReserve(
  sinks: Pick<LabelNode, 'name' | 'value'>[],
  width: number,
  style: Pick<LabelStyle, 'gap' | 'measure'>,
): number {
  const { measure } = style;
  const widths = sinks.map((n) =>
    width < 560 ? Math.max(measure(n.value), ...n.name.split(/\s+/).map(measure)) : measure(oneLine(n)),
  );
  return Math.min(width / 3, Math.max(40, ...widths) + 2 * style.gap);
}

/** Stack labels (sorted by where they want to be) top to bottom within [0, height], `gap` apart. */
function stack(col: PlacedLabel[], height: number, gap: number): void {
  let floor = 0;
  for (const l of col) {
    l.top = Math.max(l.top, floor);
    floor = l.top + l.height + gap;
  }
  let ceiling = height;
  for (let i = col.length - 1; i >= 0; i--) {
    const l = col[i]!;
    l.top = Math.max(0, Math.min(l.top, ceiling - l.height));
    ceiling = l.top - gap;
  }
}

/**
 * The labels of the nodes in a chart `width` × `height`, and the height the chart needs for every column's
 * labels to fit without overlapping (more than `height` when a column has more labels than room).
 */
export function placeLabels(
  nodes: LabelNode[],
  width: number,
  height: number,
  style: LabelStyle,
): { labels: PlacedLabel[]; height: number } {
  const xs = [...new Set(nodes.map((n) => Math.round(n.x0)))].sort((a, b) => a - b);
  const columns = new Map<number, PlacedLabel[]>();
  for (const n of nodes) {
    const col = xs.indexOf(Math.round(n.x0));
    const right = col + 1 < xs.length ? xs[col + 1]! - style.gap : width;
    const x = n.x1 + style.gap;
    const lines = labelLines(n, right - x, style.measure);
    const h = lines.length * style.lineHeight;
    const anchorY = (n.y0 + n.y1) / 2;
    const label = {
      name: n.name,
      lines,
      x,
      top: anchorY - h / 2,
      width: Math.max(...lines.map(style.measure)),
      height: h,
      anchorY,
    };
    columns.set(col, [...(columns.get(col) ?? []), label]);
  }
  let needed = height;
  for (const col of columns.values()) {
    col.sort((a, b) => a.anchorY - b.anchorY);
    stack(col, height, style.gap);
    needed = Math.max(
      needed,
      col.reduce((t, l) => t + l.height + style.gap, 0),
    );
  }
  return { labels: [...columns.values()].flat(), height: Math.ceil(needed) };
}

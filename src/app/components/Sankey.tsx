/**
 * The year's energy as a Sankey diagram (d3-sankey layout, drawn as SVG). Its figures follow the KPI cards'
 * one precision rule (`figure`), so a node and the card of the same quantity read the same; the energy unit
 * is in the caption. Labels are placed by lib/sankeyLabels (no two overlap, wrapped in a narrow chart).
 */
import { sankey, sankeyLinkHorizontal, sankeyLeft } from 'd3-sankey';
import { useMemo, useRef } from 'react';
import { BACKUP_INPUT, BACKUP_LOSSES, type Flow, nodeFlow } from '../lib/aggregate';
import { seriesCsv } from '../lib/chartText';
import { ExportButtons } from '../lib/exportButtons';
import { figure } from '../lib/kpis';
import { type LabelStyle, labelFont, labelReserve, type PlacedLabel, placeLabels } from '../lib/sankeyLabels';
import { svgPng } from '../lib/svgPng';
import { displayUnit, toDisplay, type UnitSystem } from '../lib/units';
import { OKABE_ITO } from './Charts';

const NODE_COLORS: Record<string, string> = {
  Electricity: OKABE_ITO.yellow,
  Miners: OKABE_ITO.vermillion,
  'Coolant loop': OKABE_ITO.orange,
  'Container air': OKABE_ITO.grey,
  Greenhouse: OKABE_ITO.green,
  'Dry cooler': OKABE_ITO.sky,
  'Other losses': OKABE_ITO.grey,
  [BACKUP_INPUT]: OKABE_ITO.purple,
  [BACKUP_LOSSES]: OKABE_ITO.grey,
  'Backup heater': OKABE_ITO.purple,
  'Pumps & fans': OKABE_ITO.blue,
  'AI racks': OKABE_ITO.blue,
  'Heat pump': OKABE_ITO.green,
  'AI dry coolers': OKABE_ITO.sky,
  'AI hall air': OKABE_ITO.grey,
  'Tank losses': OKABE_ITO.grey,
  'Stored in tank': OKABE_ITO.orange,
  'Unmet demand': OKABE_ITO.vermillion,
};

interface N {
  name: string;
}
interface L {
  source: number;
  target: number;
  value: number;
}

type Layout = ReturnType<ReturnType<typeof sankey<N, L>>>;

/**
 * The d3-sankey layout of the flows in a `width` × `height` box (the right `reserve` px left for labels),
 * nodes `padding` px apart in a column.
 */
function layoutOf(flows: Flow[], width: number, height: number, reserve: number, padding: number): Layout {
  const names = [...new Set(flows.flatMap((f) => [f.source, f.target]))];
  const nodes: N[] = names.map((name) => ({ name }));
  const links: L[] = flows.map((f) => ({
    source: names.indexOf(f.source),
    target: names.indexOf(f.target),
    value: f.value,
  }));
  const gen = sankey<N, L>()
    .nodeWidth(12)
    .nodePadding(padding)
    .nodeAlign(sankeyLeft)
    .extent([
      [4, 6],
      [width - reserve, height - 6],
    ]);
  return gen({ nodes: nodes.map((n) => ({ ...n })), links: links.map((l) => ({ ...l })) });
}

/** The flows as CSV (from, to, energy in the display unit). */
function flowsCsv(flows: Flow[], units: UnitSystem, u: string): string {
  return seriesCsv(
    ['from', 'to', `energy (${u})`],
    [
      flows.map((f) => f.source),
      flows.map((f) => f.target),
      flows.map((f) => Number(toDisplay(f.value, 'energy', units).toPrecision(6))),
    ],
  );
}

function SankeyLinks({ layout, fmt }: { layout: Layout; fmt: (mwh: number) => string }) {
  const path = sankeyLinkHorizontal();
  return (
    <g fill="none">
      {layout.links.map((l) => {
        const src = l.source as unknown as N;
        return (
          <path
            key={`${src.name}-${(l.target as unknown as N).name}`}
            d={path(l) ?? undefined}
            stroke={NODE_COLORS[src.name] ?? OKABE_ITO.grey}
            strokeOpacity={0.45}
            strokeWidth={Math.max(1, l.width ?? 1)}
          >
            <title>{`${src.name} → ${(l.target as unknown as N).name}: ${fmt(l.value)}`}</title>
          </path>
        );
      })}
    </g>
  );
}

/** Text width at the labels' font: measured on a canvas in the browser, estimated elsewhere. */
function textMeasure(fontSize: number): (text: string) => number {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  } catch {
    ctx = null;
  }
  if (!ctx) return (t) => t.length * fontSize * 0.62;
  ctx.font = `${fontSize}px ${getComputedStyle(document.body).fontFamily}`;
  const c = ctx;
  return (t) => c.measureText(t).width * 1.04;
}

export interface Drawing {
  layout: Layout;
  labels: PlacedLabel[];
  height: number;
  style: LabelStyle;
}

/** Layout and labels (exported for tests); the chart grows taller when a column's labels need more room than `height`. */
export function draw(flows: Flow[], width: number, height: number, fig: (mwh: number) => string): Drawing {
  const style: LabelStyle = { ...labelFont(width), gap: 4, measure: textMeasure(labelFont(width).fontSize) };
  const sinks = [...new Set(flows.map((f) => f.target))]
    .filter((n) => !flows.some((f) => f.source === n))
    .map((name) => ({ name, value: fig(nodeFlow(flows, name, 'in')) }));
  const reserve = labelReserve(sinks, width, style);
  // small nodes about a two-line label apart where labels wrap, so that each stays by its node
  const padding = width < 560 ? 2 * style.lineHeight : 14;
  let h = height;
  for (;;) {
    const layout = layoutOf(flows, width, h, reserve, padding);
    const nodes = layout.nodes.map((n) => ({
      name: n.name,
      value: fig(n.value ?? 0),
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
    }));
    const placed = placeLabels(nodes, width, h, style);
    if (placed.height <= h || h > 4 * height) return { layout, labels: placed.labels, height: h, style };
    h = placed.height + 12;
  }
}

function SankeyNodes({ layout, fmt }: { layout: Layout; fmt: (mwh: number) => string }) {
  return layout.nodes.map((n) => (
    <rect
      key={n.name}
      x={n.x0}
      y={n.y0}
      width={(n.x1 ?? 0) - (n.x0 ?? 0)}
      height={Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0))}
      fill={NODE_COLORS[n.name] ?? OKABE_ITO.grey}
    >
      <title>{`${n.name}: ${fmt(n.value ?? 0)}`}</title>
    </rect>
  ));
}

/**
 * The node labels, each line a tspan; a label moved off its node's centre gets a short leader in the node's
 * colour (an explicit colour: the PNG export inlines only the text's CSS).
 */
function SankeyLabels({ labels, style }: { labels: PlacedLabel[]; style: LabelStyle }) {
  const { fontSize, lineHeight } = style;
  return labels.map((l) => {
    const mid = l.top + l.height / 2;
    return (
      <g key={l.name} data-node={l.name}>
        {Math.abs(mid - l.anchorY) > 2 ? (
          <path
            d={`M${l.x - style.gap + 1},${l.anchorY}L${l.x - 1},${mid}`}
            stroke={NODE_COLORS[l.name] ?? OKABE_ITO.grey}
            fill="none"
          />
        ) : null}
        <text x={l.x} y={l.top + 0.96 * fontSize} fontSize={fontSize} className="sankey-label">
          {l.lines.map((line, i) => (
            <tspan key={line} x={l.x} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    );
  });
}

export function EnergySankey({
  flows,
  units,
  width = 640,
  height = 300,
}: {
  flows: Flow[];
  units: UnitSystem;
  width?: number;
  height?: number;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const u = displayUnit('energy', units).label;
  const fig = (mwh: number) => figure(toDisplay(mwh, 'energy', units));
  const fmt = (mwh: number) => `${fig(mwh)} ${u}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: fig follows units
  const drawing = useMemo(() => draw(flows, width, height, fig), [flows, width, height, units]);
  const desc = flows.map((f) => `${f.source} to ${f.target}: ${fmt(f.value)}`).join('; ');
  return (
    <figure className="chart sankey">
      <figcaption>
        Energy over the typical year ({u})
        <ExportButtons
          name="energy-flows"
          png={() => (svg.current ? svgPng(svg.current) : '')}
          csv={() => flowsCsv(flows, units, u)}
        />
      </figcaption>
      <svg
        ref={svg}
        viewBox={`0 0 ${width} ${drawing.height}`}
        width="100%"
        role="img"
        aria-label={`Energy flows. ${desc}`}
      >
        <SankeyLinks layout={drawing.layout} fmt={fmt} />
        <SankeyNodes layout={drawing.layout} fmt={fmt} />
        <g className="sankey-labels">
          <SankeyLabels labels={drawing.labels} style={drawing.style} />
        </g>
      </svg>
    </figure>
  );
}

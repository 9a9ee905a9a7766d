/** The year's energy as a Sankey diagram (d3-sankey layout, drawn as SVG). */
import { sankey, sankeyLinkHorizontal, sankeyLeft } from 'd3-sankey';
import { useMemo, useRef } from 'react';
import type { Flow } from '../lib/aggregate';
import { seriesCsv } from '../lib/chartText';
import { ExportButtons } from '../lib/exportButtons';
import { svgPng } from '../lib/svgPng';
import { displayUnit, formatNumber, toDisplay, type UnitSystem } from '../lib/units';
import { OKABE_ITO } from './Charts';

const NODE_COLORS: Record<string, string> = {
  Electricity: OKABE_ITO.yellow,
  Miners: OKABE_ITO.vermillion,
  'Coolant loop': OKABE_ITO.orange,
  'Container air': OKABE_ITO.grey,
  Greenhouse: OKABE_ITO.green,
  'Dry cooler': OKABE_ITO.sky,
  'Other losses': OKABE_ITO.grey,
  'Backup energy': OKABE_ITO.purple,
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

/** The d3-sankey layout of the flows in a `width` × `height` box (the right 175 px left for the labels). */
function layoutOf(flows: Flow[], width: number, height: number): Layout {
  const names = [...new Set(flows.flatMap((f) => [f.source, f.target]))];
  const nodes: N[] = names.map((name) => ({ name }));
  const links: L[] = flows.map((f) => ({
    source: names.indexOf(f.source),
    target: names.indexOf(f.target),
    value: f.value,
  }));
  const gen = sankey<N, L>()
    .nodeWidth(12)
    .nodePadding(14)
    .nodeAlign(sankeyLeft)
    .extent([
      [4, 6],
      [width - 175, height - 6],
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

function SankeyNodes({ layout, fmt }: { layout: Layout; fmt: (mwh: number) => string }) {
  return layout.nodes.map((n) => (
    <g key={n.name}>
      <rect
        x={n.x0}
        y={n.y0}
        width={(n.x1 ?? 0) - (n.x0 ?? 0)}
        height={Math.max(1, (n.y1 ?? 0) - (n.y0 ?? 0))}
        fill={NODE_COLORS[n.name] ?? OKABE_ITO.grey}
      >
        <title>{`${n.name}: ${fmt(n.value ?? 0)}`}</title>
      </rect>
      <text
        x={(n.x1 ?? 0) + 5}
        y={((n.y0 ?? 0) + (n.y1 ?? 0)) / 2}
        dy="0.35em"
        fontSize="11"
        className="sankey-label"
      >
        {n.name} · {fmt(n.value ?? 0)}
      </text>
    </g>
  ));
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
  const layout = useMemo(() => layoutOf(flows, width, height), [flows, width, height]);
  const fmt = (mwh: number) => `${formatNumber(toDisplay(mwh, 'energy', units), 3)} ${u}`;
  const desc = flows.map((f) => `${f.source} to ${f.target}: ${fmt(f.value)}`).join('; ');
  return (
    <figure className="chart sankey">
      <figcaption>
        Energy over the typical year
        <ExportButtons
          name="energy-flows"
          png={() => (svg.current ? svgPng(svg.current) : '')}
          csv={() => flowsCsv(flows, units, u)}
        />
      </figcaption>
      <svg
        ref={svg}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={`Energy flows. ${desc}`}
      >
        <SankeyLinks layout={layout} fmt={fmt} />
        <SankeyNodes layout={layout} fmt={fmt} />
      </svg>
    </figure>
  );
}

/**
 * A React wrapper around uPlot: builds the chart when the options change, updates data in place (keeping
 * the zoom while the length is the same), resizes with its box, marks the selected hour and reports clicks.
 * Charts with the same `group` share the cursor and the x zoom.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { ExportButtons } from '../lib/exportButtons';

const groups = new Map<string, Set<uPlot>>();

export interface ChartProps {
  title: string;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height: number;
  /** x value of the marker line (e.g. the selected hour), or undefined. */
  marker?: number | undefined;
  /** Click (without drag) on the plot: the data index under the cursor. */
  onPick?: ((index: number) => void) | undefined;
  group?: string;
  /** Text alternative (a summary of what the chart shows). */
  summary: string;
  /** The plotted series as CSV (the chart's "CSV" button); without it the button is not shown. */
  csv?: (() => string) | undefined;
  /** File name stem of the exports. */
  fileName?: string | undefined;
}

/** The chart's canvas on the page background, as a PNG data URL. */
function canvasPng(u: uPlot): string {
  const src = u.ctx.canvas;
  const c = document.createElement('canvas');
  c.width = src.width;
  c.height = src.height;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#0f1720'; // the page background (--bg): the canvas itself is transparent
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.drawImage(src, 0, 0);
  return c.toDataURL('image/png');
}

/** Draw hook: the dashed marker line at x = `markerRef.current`, when it is inside the plot. */
function drawMarker(markerRef: { current: number | undefined }) {
  return (u: uPlot) => {
    const m = markerRef.current;
    if (m === undefined) return;
    const x = u.valToPos(m, 'x', true);
    if (!(x >= u.bbox.left && x <= u.bbox.left + u.bbox.width)) return;
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = '#f0e442';
    ctx.lineWidth = 2 * devicePixelRatio;
    ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
  };
}

/** setScale hook: the other charts of `group` follow this chart's x zoom. */
function syncZoom(group: string | undefined) {
  return (u: uPlot, key: string) => {
    if (key !== 'x' || !group) return;
    const { min, max } = u.scales.x!;
    if (min === undefined || max === undefined) return;
    for (const other of groups.get(group) ?? []) {
      if (other === u) continue;
      const o = other.scales.x!;
      if (o.min !== min || o.max !== max) other.setScale('x', { min, max });
    }
  };
}

/** The full uPlot options: the caller's, sized, with x-drag zoom, cursor sync, the marker and zoom sync. */
function fullOptions(
  options: ChartProps['options'],
  size: { width: number; height: number },
  group: string | undefined,
  markerRef: { current: number | undefined },
): uPlot.Options {
  return {
    ...options,
    ...size,
    cursor: {
      ...(options.cursor ?? {}),
      ...(group ? { sync: { key: group, setSeries: false } } : {}),
      drag: { x: true, y: false, setScale: true },
    },
    hooks: {
      ...(options.hooks ?? {}),
      draw: [...(options.hooks?.draw ?? []), drawMarker(markerRef)],
      setScale: [...(options.hooks?.setScale ?? []), syncZoom(group)],
    },
  };
}

/** A click (not a drag) on the plot reports the data index under the cursor; returns the detach function. */
function onClickIndex(u: uPlot, pick: (idx: number) => void): () => void {
  let down = 0;
  const onDown = (e: MouseEvent) => {
    down = e.clientX;
  };
  const onUp = (e: MouseEvent) => {
    if (Math.abs(e.clientX - down) > 3) return; // a drag (zoom), not a click
    const idx = u.cursor.idx;
    if (idx !== null && idx !== undefined) pick(idx);
  };
  u.over.addEventListener('mousedown', onDown);
  u.over.addEventListener('mouseup', onUp);
  return () => {
    u.over.removeEventListener('mousedown', onDown);
    u.over.removeEventListener('mouseup', onUp);
  };
}

/** A ref that always holds the latest `value` (read by uPlot's hooks without rebuilding the chart). */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}

export function UPlotChart(props: ChartProps) {
  const { title, options, data, height, marker, onPick, group, summary } = props;
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const markerRef = useLatest(marker);
  const pickRef = useLatest(onPick);
  const dataRef = useLatest(data);

  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt only when options or height change
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(200, el.clientWidth);
    const u = new uPlot(fullOptions(options, { width, height }, group, markerRef), dataRef.current, el);
    plot.current = u;
    if (group) {
      if (!groups.has(group)) groups.set(group, new Set());
      groups.get(group)!.add(u);
    }
    onClickIndex(u, (idx) => pickRef.current?.(idx));
    const ro = new ResizeObserver(() => {
      const w = Math.max(200, el.clientWidth);
      if (Math.abs(w - u.width) > 1) u.setSize({ width: w, height });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      groups.get(group ?? '')?.delete(u);
      u.destroy();
      plot.current = null;
    };
  }, [options, height]);

  // New data is drawn in a task of its own: a result's commit updates every chart's data at once, and drawing
  // them all in React's effect flush made one long task (≈ 50–65 ms for the dashboard's 8,760-hour charts in
  // Chromium on 2 cores) in which a keystroke waited.
  useEffect(() => {
    const t = setTimeout(() => {
      const u = plot.current;
      if (!u) return;
      if (u.data?.[0]?.length !== data[0]?.length) {
        u.setData(data);
        return;
      }
      // the same hours: keep the x range (a zoom), and set it again so that the y ranges follow the new data
      // and the chart redraws (uPlot's setData(data, false) alone neither rescales nor draws)
      const { min, max } = u.scales.x!;
      u.setData(data, false);
      if (min !== undefined && max !== undefined) u.setScale('x', { min, max });
      else u.redraw();
    }, 0);
    return () => clearTimeout(t);
  }, [data]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: redraw (the marker is read in the draw hook) when it moves
  useEffect(() => {
    plot.current?.redraw(false, false);
  }, [marker]);

  return (
    <figure className="chart">
      <figcaption>
        {title}
        <ExportButtons
          name={props.fileName ?? title}
          png={() => (plot.current ? canvasPng(plot.current) : '')}
          csv={props.csv}
        />
      </figcaption>
      <div ref={box} className="chart-box" role="img" aria-label={`${title}. ${summary}`} />
    </figure>
  );
}

/**
 * The 3D twin (issue 6): a scene generated from the scenario and driven by the simulation's hourly state,
 * with time control, named viewpoints, hover tooltips, an inspect panel showing the core's numbers, heat-path
 * highlight and a guided tour. Rendered lazily by the app with `TwinSceneProps`.
 */
import { Canvas } from '@react-three/fiber';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NeutralToneMapping } from 'three';
import { coldestNight, dateLabel, hourInfo, summerAfternoon, timeLabel } from './model/calendar';
import { temperatureColor, temperatureScale, toHex } from './model/colormap';
import type { ComponentId } from './model/components';
import { formatQuantity } from './model/format';
import { buildLayout } from './model/layout';
import { computeLive, flowReferences, labelContent, tourSteps, type ViewName } from './model/live';
import { TwinController } from './three/controller';
import { Bridge, type BridgeRef, useTwinDebug } from './three/debug';
import type { LabelSpec } from './three/labels';
import { World } from './three/World';
import type { TwinSceneProps } from './types';
import { Headline, InspectPanel, Legend, Tooltip, TourCaption } from './ui/Panels';
import { TimeControl } from './ui/TimeControl';
import './scene.css';

const VIEWS: ViewName[] = ['overview', 'container', 'exchanger', 'drycooler', 'greenhouse'];
const LABELLED: ComponentId[] = ['miners', 'hx', 'dryCooler', 'boiler', 'bufferTank', 'greenhouse'];
const TOUR_STEP_SECONDS = 9;

export default function TwinScene({
  scenario,
  result,
  hour: hourProp,
  onHourChange,
  units,
  showTimeControl = true,
  initialView = 'overview',
  onViewChange,
  quality = 'high',
}: TwinSceneProps) {
  const layout = useMemo(() => buildLayout(scenario), [scenario]);
  const scale = useMemo(() => temperatureScale(scenario), [scenario]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one controller for the component's life
  const ctrl = useMemo(() => {
    const c = new TwinController();
    c.view = initialView;
    return c;
  }, []);
  ctrl.layout = layout;
  ctrl.scale = scale;
  const flowRef = useMemo(() => (result ? flowReferences(result) : null), [result]);
  const hours = result?.hours ?? 0;
  const hour = hours ? Math.min(hours - 1, Math.max(0, Math.floor(hourProp) || 0)) : 0;
  const leap = result?.weather.hours === 8784;

  // Live state: written into the controller's uniforms synchronously with the hour.
  // (Idempotent writes into the controller's own uniforms, so doing it while rendering is safe.)
  computeLive(ctrl.live, result, scale, hour, flowRef);
  ctrl.applyLive();

  const [selected, setSelected] = useState<ComponentId | null>(null);
  const [container, setContainer] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const [view, setView] = useState<ViewName>(initialView);
  const [tour, setTour] = useState<{ index: number; paused: boolean } | null>(null);
  const labelHitRef = useRef<((x: number, y: number) => ComponentId | null) | null>(null);
  const bridge = useRef<BridgeRef>({
    camera: null,
    target: null,
    project: null,
  });

  const select = useCallback(
    (id: ComponentId | null, c?: number) => {
      setSelected(id);
      setContainer(id === 'miners' && c !== undefined ? c : null);
      ctrl.select(id);
    },
    [ctrl],
  );

  const goTo = useCallback(
    (v: ViewName) => {
      setView(v);
      onViewChange?.(v);
      ctrl.view = v;
      const vp = layout.views[v];
      const b = bridge.current;
      if (b.camera && b.target) ctrl.flyTo(b.camera.position, b.target, vp.position, vp.target);
    },
    [ctrl, layout, onViewChange],
  );

  const focus = useCallback(
    (id: ComponentId) => {
      const boxes = layout.pick.filter((p) => p.component === id);
      const pipes = layout.pipes.filter((p) => p.component === id).flatMap((p) => p.points);
      const pts = [...boxes.map((b) => b.center), ...pipes];
      if (!pts.length) return;
      const c = pts.reduce(
        (a, p) => [a[0] + p[0] / pts.length, a[1] + p[1] / pts.length, a[2] + p[2] / pts.length],
        [0, 0, 0],
      );
      const span = Math.max(
        6,
        ...boxes.map((b) => Math.max(b.size[0], b.size[2])),
        ...pipes.map((p) => Math.hypot(p[0] - c[0], p[2] - c[2]) * 2),
      );
      const d = Math.min(span * 1.1, 320);
      const b = bridge.current;
      if (b.camera && b.target)
        ctrl.flyTo(
          b.camera.position,
          b.target,
          [c[0] - d * 0.45, c[1] + d * 0.55, c[2] + d * 0.8],
          [c[0], c[1], c[2]],
        );
    },
    [ctrl, layout],
  );

  // Reset the selection when the plant changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the layout changes
  useEffect(() => {
    ctrl.select(null);
    setSelected(null);
    setContainer(null);
  }, [ctrl, layout]);

  // Guided tour.
  const touring = tour !== null;
  const steps = useMemo(
    () => (result && touring ? tourSteps(result, scenario, hour, units) : []),
    [result, scenario, hour, units, touring],
  );
  const tourIndex = tour?.index ?? -1;
  // biome-ignore lint/correctness/useExhaustiveDependencies: move the camera only when the step changes
  useEffect(() => {
    if (tourIndex < 0) return;
    const s = steps[tourIndex];
    if (!s) return;
    goTo(s.view);
    select(s.select);
  }, [tourIndex]);
  useEffect(() => {
    if (!tour || tour.paused) return;
    const t = setTimeout(() => {
      setTour((cur) => (cur && cur.index + 1 < steps.length ? { ...cur, index: cur.index + 1 } : null));
    }, TOUR_STEP_SECONDS * 1000);
    return () => clearTimeout(t);
  }, [tour, steps.length]);

  // Jumps.
  const coldest = useMemo(
    () => (result ? coldestNight(result.series.outdoorT, result.series.isDay) : null),
    [result],
  );
  const summer = useMemo(
    () => (result ? summerAfternoon(result.series.outdoorT, leap) : null),
    [result, leap],
  );

  // In-scene labels (name + one live number).
  const labels: LabelSpec[] = useMemo(
    () =>
      LABELLED.filter((id) => layout.anchors[id]).map((id) => {
        const c = labelContent(result, scenario, id, hour, units);
        const T = c.swatch && result ? result.series[c.swatch][hour]! : Number.NaN;
        return {
          component: id,
          anchor: layout.anchors[id]!,
          title: c.title,
          value: c.value,
          swatch: Number.isFinite(T) && T > 0 ? toHex(temperatureColor(scale, T)) : null,
        };
      }),
    [layout, result, scenario, hour, units, scale],
  );

  useTwinDebug(ctrl, bridge);

  // Render on demand: a few frames after every change shown (hour, result, selection, labels), continuous
  // frames only while playing or touring.
  ctrl.animating = playing || (tour !== null && !tour.paused);
  useEffect(() => {
    ctrl.requestFrames(3);
  });

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const tag = (e.target as HTMLElement).tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    if (e.key === ' ' && hours > 1) {
      e.preventDefault();
      setPlaying((p) => !p);
    } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && hours > 1) {
      e.preventDefault();
      const d = (e.key === 'ArrowRight' ? 1 : -1) * (e.shiftKey ? 24 : 1);
      onHourChange(Math.min(hours - 1, Math.max(0, hour + d)));
    } else if (e.key === 'Escape') {
      select(null);
      setTour(null);
    } else if (/^[1-5]$/.test(e.key)) {
      goTo(VIEWS[Number(e.key) - 1]!);
    }
  };

  const info = hourInfo(hour, leap);
  const s = result?.series;
  const sunUp = ctrl.live.sun.elevation > 0;
  const step = tour ? steps[tour.index] : undefined;
  return (
    <section
      className="twin"
      onKeyDown={onKey}
      data-view={view}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focus target for the twin's keyboard shortcuts
      tabIndex={0}
      aria-label="3D twin. Keys: space play or pause, arrows step an hour (shift: a day), 1–5 viewpoints, Esc clears the selection."
    >
      <Canvas
        className="twin-canvas"
        style={{ position: 'absolute', inset: 0 }}
        key={quality}
        frameloop="demand"
        shadows={quality === 'high' ? 'percentage' : false}
        dpr={quality === 'high' ? [1, 2] : 1}
        gl={{ antialias: quality === 'high', powerPreference: 'high-performance' }}
        camera={{ fov: 42, near: 0.1, far: 8000, position: layout.views.overview.position }}
        onCreated={({ gl }) => {
          gl.toneMapping = NeutralToneMapping;
          gl.toneMappingExposure = 1.0;
        }}
        onPointerMissed={(e) => {
          const hit = labelHitRef.current?.(e.offsetX, e.offsetY);
          if (hit) select(hit);
          else if (e.type === 'click') select(null);
        }}
        aria-label="3D view of the plant. Use the Inspect list to reach each part with the keyboard."
      >
        <Bridge bridge={bridge} />
        <World
          ctrl={ctrl}
          layout={layout}
          live={ctrl.live}
          labels={labels}
          onSelect={select}
          labelHitRef={labelHitRef}
        />
      </Canvas>

      <header className="twin-top">
        <div className="twin-title twin-panel">
          <div className="twin-when-big">
            <span className="twin-date">{dateLabel(info)}</span>
            <span className="twin-hour">{timeLabel(info)}</span>
          </div>
          <div className="twin-weather">
            <span aria-hidden="true">{sunUp ? '☀' : '☾'}</span>{' '}
            {s ? (
              <>
                Outside <strong>{formatQuantity(s.outdoorT[hour]!, 'temperature', units)}</strong>
                {' · '}sun {Math.round(ctrl.live.sun.elevation)}°{' · '}
                {Math.round(s.globalHorizontal[hour]!)} W/m²
              </>
            ) : (
              'Simulating the year…'
            )}
          </div>
          <div className="twin-site">{result?.weather.location ?? scenario.site.name}</div>
        </div>
        <Headline result={result} hour={hour} units={units} />
      </header>

      <div className="twin-right">
        <nav className="twin-views twin-panel" aria-label="Viewpoints">
          {VIEWS.map((v, i) => (
            <button
              key={v}
              type="button"
              className="twin-btn"
              aria-pressed={view === v}
              title={`${layout.views[v].label} (${i + 1})`}
              onClick={() => goTo(v)}
            >
              {layout.views[v].label}
            </button>
          ))}
          <button
            type="button"
            className="twin-btn twin-primary"
            disabled={!result}
            aria-pressed={tour !== null}
            onClick={() => setTour(tour ? null : { index: 0, paused: false })}
          >
            {tour ? 'End tour' : 'Guided tour'}
          </button>
        </nav>
        <InspectPanel
          result={result}
          scale={scale}
          selected={selected}
          container={container}
          hour={hour}
          units={units}
          minerCount={scenario.miners.count}
          modules={scenario.miners.modules}
          onSelect={(id) => select(id)}
          onFocus={focus}
        />
      </div>
      <Legend scale={scale} units={units} />
      <Tooltip ctrl={ctrl} result={result} hour={hour} units={units} />
      {step && tour && (
        <TourCaption
          step={step}
          index={tour.index}
          count={steps.length}
          paused={tour.paused}
          onPause={(paused) => setTour({ ...tour, paused })}
          onPrev={() => setTour({ ...tour, index: Math.max(0, tour.index - 1) })}
          onNext={() => setTour(tour.index + 1 < steps.length ? { ...tour, index: tour.index + 1 } : null)}
          onExit={() => setTour(null)}
        />
      )}
      {!result && <div className="twin-busy">Simulating the year…</div>}
      {showTimeControl && (
        <TimeControl
          hours={hours}
          hour={hour}
          leapYear={leap}
          onHourChange={onHourChange}
          coldestNight={coldest}
          summerAfternoon={summer}
          playing={playing}
          onPlayingChange={setPlaying}
          speed={speed}
          onSpeedChange={setSpeed}
        />
      )}
    </section>
  );
}

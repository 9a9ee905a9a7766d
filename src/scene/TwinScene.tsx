/**
 * The 3D twin (issue 6): a scene generated from the scenario and driven by the simulation's hourly state,
 * with time control, named viewpoints, hover tooltips, an inspect panel showing the core's numbers, heat-path
 * highlight and a guided tour. Rendered lazily by the app with `TwinSceneProps`.
 */
import { Canvas } from '@react-three/fiber';
import { type KeyboardEvent, type MutableRefObject, useEffect, useMemo, useRef, useState } from 'react';
import { NeutralToneMapping } from 'three';
import { type CameraStep, useCamera } from './hooks/useCamera';
import { useLabelObstacles } from './hooks/useLabelObstacles';
import { useSceneLabels } from './hooks/useSceneLabels';
import { useTour } from './hooks/useTour';
import { useSelection, useTwinModel } from './hooks/useTwinModel';
import { COMPONENT_IDS, type ComponentId } from './model/components';
import type { PlantLayout } from './model/layout';
import type { ViewName } from './model/live';
import type { TwinController } from './three/controller';
import { Bridge, type BridgeRef, useTwinDebug } from './three/debug';
import type { LabelSpec } from './three/labels';
import { drawQuality, type QualityRequest, rendererName } from './three/renderer';
import { World } from './three/World';
import type { TwinSceneProps } from './types';
import { InspectPanel, Legend, Tooltip, TourCaption } from './ui/Panels';
import { TimeControl } from './ui/TimeControl';
import { TopBar, VIEWS, ViewNav } from './ui/TwinChrome';
import './styles/overlay.css';
import './styles/panels.css';
import './styles/hints.css';

export default function TwinScene({
  scenario,
  result,
  hour: hourProp,
  onHourChange,
  units,
  showTimeControl = true,
  initialView = 'overview',
  onViewChange,
  quality: asked = 'auto',
}: TwinSceneProps) {
  const { quality, lowered } = useDrawQuality(asked);
  const { layout, scale, ctrl, hours, hour, leap, coldest, summer } = useTwinModel(
    scenario,
    result,
    hourProp,
    initialView,
  );
  const { selected, container, select } = useSelection(ctrl, layout);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const labelHitRef = useRef<((x: number, y: number) => ComponentId | null) | null>(null);
  const bridge = useRef<BridgeRef>({ camera: null, target: null, project: null });
  const { view, goTo, focus, nudge } = useCamera(ctrl, layout, bridge, initialView, onViewChange);
  const { tour, setTour, steps } = useTour(result, scenario, hour, units, goTo, select);
  const labels = useSceneLabels(layout, result, scenario, hour, units, scale);
  ctrl.stats.quality = quality;
  ctrl.stats.lowered = lowered;

  useTwinDebug(ctrl, bridge);
  const sectionRef = useRef<HTMLElement>(null);
  useLabelObstacles(ctrl, sectionRef);

  useFrameRequests(ctrl, playing || (tour !== null && !tour.paused));

  const togglePlay = () => setPlaying((p) => !p);
  const clear = () => {
    select(null);
    setTour(null);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) =>
    handleKey(e, { hours, hour, onHourChange, togglePlay, escape: clear, goTo, nudge });

  return (
    <section
      ref={sectionRef}
      className="twin"
      onKeyDown={onKey}
      data-view={view}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focus target for the twin's keyboard shortcuts
      tabIndex={0}
      aria-label="3D twin. Keys: space play or pause, arrows step an hour (shift: a day), 1–5 viewpoints, + and − zoom, [ and ] turn, Esc clears the selection."
    >
      <TwinCanvas {...{ quality, layout, ctrl, labels, bridge, labelHitRef, select }} />
      <TopBar {...{ result, scenario, hour, leap, units }} sunElevation={ctrl.live.sun.elevation} />
      <TwinRight
        {...{ layout, view, goTo, result, tour, setTour, scale, selected, container, hour, units }}
        {...{ scenario, select, focus, nudge }}
      />
      <Legend scale={scale} units={units} lowered={lowered} />
      <Tooltip ctrl={ctrl} result={result} hour={hour} units={units} />
      <TourOverlay tour={tour} setTour={setTour} steps={steps} />
      {!result && <div className="twin-busy">Simulating the year…</div>}
      {showTimeControl && (
        <TimeControl
          {...{ hours, hour, onHourChange, playing, speed }}
          leapYear={leap}
          coldestNight={coldest}
          summerAfternoon={summer}
          onPlayingChange={setPlaying}
          onSpeedChange={setSpeed}
        />
      )}
    </section>
  );
}

/** The right-hand column: viewpoint buttons and the inspect panel. */
function TwinRight(p: {
  layout: PlantLayout;
  view: ViewName;
  goTo: (v: ViewName) => void;
  result: TwinSceneProps['result'];
  tour: { index: number; paused: boolean } | null;
  setTour: (t: { index: number; paused: boolean } | null) => void;
  scale: Parameters<typeof InspectPanel>[0]['scale'];
  selected: ComponentId | null;
  container: number | null;
  hour: number;
  units: TwinSceneProps['units'];
  scenario: TwinSceneProps['scenario'];
  select: (id: ComponentId | null) => void;
  focus: Parameters<typeof InspectPanel>[0]['onFocus'];
  nudge: (step: CameraStep) => void;
}) {
  const { layout, result, tour, setTour, scale, selected, container, hour, units, scenario } = p;
  return (
    <div className="twin-right">
      <ViewNav
        layout={layout}
        view={p.view}
        goTo={p.goTo}
        canTour={!!result}
        touring={tour !== null}
        onTour={() => setTour(tour ? null : { index: 0, paused: false })}
        onStep={p.nudge}
      />
      <InspectPanel
        {...{ result, scale, selected, container, hour, units }}
        minerCount={scenario.miners.count}
        modules={scenario.miners.modules}
        parts={layoutParts(layout)}
        onSelect={(id) => p.select(id)}
        onFocus={p.focus}
      />
    </div>
  );
}

/**
 * Render on demand: one frame after every render of the twin (a change of hour, result, selection or labels:
 * the labels are placed in the frame itself and the panels they avoid measured in a layout effect before it),
 * asked for by the canvas's own tree once it has committed (FrameLoop in three/interaction.tsx); three at the
 * start (the first frames compile the shaders; the debug handle's `ready` counts them), continuous frames only
 * while `animating` (playing or touring). Three frames per render made an edit cost 7–8 frames, 0.3–0.5 s each
 * in software WebGL; asked for here, before the canvas's tree had taken the new plant, an edit drew one frame
 * with the old plant and another with the new.
 */
function useFrameRequests(ctrl: TwinController, animating: boolean): void {
  ctrl.animating = animating;
  useEffect(() => ctrl.requestFrames(3), [ctrl]);
}

/**
 * The quality to draw at: 'high' and 'low' as asked; 'auto' full quality unless the renderer is software (probed
 * once; three/renderer.ts), when `lowered` says the light quality was chosen for it.
 */
function useDrawQuality(asked: QualityRequest): { quality: 'high' | 'low'; lowered: boolean } {
  return useMemo(() => {
    if (asked !== 'auto') return { quality: asked, lowered: false };
    const quality = drawQuality(asked, rendererName());
    return { quality, lowered: quality === 'low' };
  }, [asked]);
}

/** Keyboard shortcuts: space play/pause, ←/→ an hour (shift: a day), Esc clears, 1–5 viewpoints, +/− zoom, [/] turn. */
function handleKey(
  e: KeyboardEvent<HTMLDivElement>,
  k: {
    hours: number;
    hour: number;
    onHourChange(hour: number): void;
    togglePlay(): void;
    escape(): void;
    goTo(v: ViewName): void;
    nudge(step: CameraStep): void;
  },
) {
  const tag = (e.target as HTMLElement).tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
  if (e.key === ' ' && k.hours > 1) {
    e.preventDefault();
    k.togglePlay();
  } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && k.hours > 1) {
    e.preventDefault();
    const d = (e.key === 'ArrowRight' ? 1 : -1) * (e.shiftKey ? 24 : 1);
    k.onHourChange(Math.min(k.hours - 1, Math.max(0, k.hour + d)));
  } else if (e.key === 'Escape') {
    k.escape();
  } else if (/^[1-5]$/.test(e.key)) {
    k.goTo(VIEWS[Number(e.key) - 1]!);
  } else if (e.key in ORBIT_KEYS) {
    e.preventDefault();
    k.nudge(ORBIT_KEYS[e.key]!);
  }
}

const ORBIT_KEYS: Record<string, CameraStep> = {
  '+': 'in',
  '=': 'in',
  '-': 'out',
  '[': 'left',
  ']': 'right',
};

/** The WebGL canvas: on-demand frames, tone mapping, the world, and clicks on labels or empty space. */
function TwinCanvas(p: {
  quality: 'high' | 'low';
  layout: PlantLayout;
  ctrl: TwinController;
  labels: LabelSpec[];
  bridge: MutableRefObject<BridgeRef>;
  labelHitRef: MutableRefObject<((x: number, y: number) => ComponentId | null) | null>;
  select(id: ComponentId | null, c?: number): void;
}) {
  const { quality, layout, ctrl, labelHitRef, select } = p;
  return (
    <Canvas
      className="twin-canvas"
      style={{ position: 'absolute', inset: 0 }}
      key={quality}
      frameloop="demand"
      // Measured on resize only: by default the canvas re-measures its page offset on every scroll of any
      // ancestor (the editor's too) and redraws for it, though nothing it draws depends on that offset (picking
      // reads the event's offsetX/Y, the labels canvas coordinates): a 0.3–0.5 s frame in software WebGL.
      resize={{ scroll: false }}
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
      <Bridge bridge={p.bridge} />
      <World
        ctrl={ctrl}
        layout={layout}
        live={ctrl.live}
        labels={p.labels}
        onSelect={select}
        labelHitRef={labelHitRef}
      />
    </Canvas>
  );
}

/** The tour's caption with its pause, previous, next and exit buttons. */
function TourOverlay({ tour, setTour, steps }: ReturnType<typeof useTour>) {
  const step = tour ? steps[tour.index] : undefined;
  if (!step || !tour) return null;
  return (
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
  );
}

/** The parts this plant has (a pick box or a pipe run in its layout), in the inspect list's order. */
function layoutParts(layout: PlantLayout): ComponentId[] {
  const present = new Set<ComponentId>([
    ...layout.pick.map((p) => p.component),
    ...layout.pipes.map((p) => p.component),
  ]);
  return COMPONENT_IDS.filter((id) => present.has(id));
}

/**
 * Camera actions of the twin: the viewpoint chosen and flying to it, frame one component (its boxes and pipes),
 * or a keyboard step of the orbit (zoom in/out, turn left/right about the orbit target), which the mouse
 * otherwise drives.
 */
import { type MutableRefObject, useCallback, useState } from 'react';
import type { ComponentId } from '../model/components';
import type { PlantLayout } from '../model/layout';
import type { ViewName } from '../model/live';
import type { TwinController } from '../three/controller';
import type { BridgeRef } from '../three/debug';

export function useCamera(
  ctrl: TwinController,
  layout: PlantLayout,
  bridge: MutableRefObject<BridgeRef>,
  initialView: ViewName,
  onViewChange: ((v: ViewName) => void) | undefined,
) {
  const [view, setView] = useState<ViewName>(initialView);
  const goTo = useCallback(
    (v: ViewName) => {
      setView(v);
      onViewChange?.(v);
      ctrl.view = v;
      const vp = layout.views[v];
      const b = bridge.current;
      if (b.camera && b.target) ctrl.flyTo(b.camera.position, b.target, vp.position, vp.target);
    },
    [ctrl, layout, onViewChange, bridge],
  );
  const focus = useCallback(
    (id: ComponentId) => {
      const frame = framing(layout, id);
      const b = bridge.current;
      if (frame && b.camera && b.target)
        ctrl.flyTo(b.camera.position, b.target, frame.position, frame.target);
    },
    [ctrl, layout, bridge],
  );
  const nudge = useCallback(
    (step: CameraStep) => {
      const b = bridge.current;
      if (!b.camera || !b.target) return;
      const to = stepped(b.camera.position, b.target, step, layout);
      ctrl.flyTo(b.camera.position, b.target, to, [b.target.x, b.target.y, b.target.z], 0.45);
    },
    [ctrl, layout, bridge],
  );
  return { view, goTo, focus, nudge };
}

/** A keyboard step of the orbit camera. */
export type CameraStep = 'in' | 'out' | 'left' | 'right';

type Vec = { x: number; y: number; z: number };

/** The camera position after `step`: distance × 0.75 or ÷ 0.75 (within the orbit's limits), or 20° around the vertical. */
export function stepped(
  pos: Vec,
  target: Vec,
  step: CameraStep,
  layout: PlantLayout,
): [number, number, number] {
  let dx = pos.x - target.x;
  let dy = pos.y - target.y;
  let dz = pos.z - target.z;
  if (step === 'in' || step === 'out') {
    const d = Math.hypot(dx, dy, dz) || 1;
    const [x0, z0, x1, z1] = layout.bounds;
    const max = Math.max(x1 - x0, z1 - z0) * 2.2; // CameraRig's maxDistance
    const k = Math.min(max, Math.max(1.5, d * (step === 'in' ? 0.75 : 1 / 0.75))) / d;
    dx *= k;
    dy *= k;
    dz *= k;
  } else {
    const a = ((step === 'left' ? -20 : 20) * Math.PI) / 180;
    [dx, dz] = [dx * Math.cos(a) - dz * Math.sin(a), dx * Math.sin(a) + dz * Math.cos(a)];
  }
  return [target.x + dx, target.y + dy, target.z + dz];
}

/** A viewpoint framing a component: its centre seen from the south-west, from a distance set by its span. */
function framing(
  layout: PlantLayout,
  id: ComponentId,
): { position: [number, number, number]; target: [number, number, number] } | null {
  const boxes = layout.pick.filter((p) => p.component === id);
  const pipes = layout.pipes.filter((p) => p.component === id).flatMap((p) => p.points);
  const pts = [...boxes.map((b) => b.center), ...pipes];
  if (!pts.length) return null;
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
  return {
    position: [c[0] - d * 0.45, c[1] + d * 0.55, c[2] + d * 0.8],
    target: [c[0], c[1], c[2]],
  };
}

/**
 * Interaction inside the canvas: picking proxies, the camera rig and the frame loop (the in-scene labels are
 * in SceneLabels.tsx).
 */
import { OrbitControls } from '@react-three/drei';
import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, type Mesh, MeshBasicMaterial } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { ComponentId } from '../model/components';
import type { PlantLayout, Vec3 } from '../model/layout';
import type { TwinController } from './controller';

import type { WorldProps } from './World';

const pickGeometry = new BoxGeometry(1, 1, 1);
const pickMaterial = new MeshBasicMaterial({ visible: false });

export function Picking({
  ctrl,
  layout,
  onSelect,
  labelHitRef,
}: {
  ctrl: TwinController;
  layout: PlantLayout;
  onSelect: WorldProps['onSelect'];
  labelHitRef: WorldProps['labelHitRef'];
}) {
  const boxes = useMemo(() => {
    const out: { id: string; component: ComponentId; container?: number; center: Vec3; size: Vec3 }[] =
      layout.pick.map((p, i) => ({ ...p, id: `box-${i}` }));
    // Pipes: one thick box per straight segment (easier to hover than the pipe itself).
    layout.pipes.forEach((run, r) => {
      if (run.component === 'rails') return;
      for (let i = 0; i + 1 < run.points.length; i++) {
        const a = run.points[i]!;
        const b = run.points[i + 1]!;
        const t = Math.max(0.35, run.radius * 3);
        const size: [number, number, number] = [
          Math.abs(b[0] - a[0]) + t,
          Math.abs(b[1] - a[1]) + t,
          Math.abs(b[2] - a[2]) + t,
        ];
        out.push({
          component: run.component,
          center: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2],
          size,
          id: `pipe-${r}-${i}`,
        });
      }
    });
    return out;
  }, [layout]);
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    const ud = (e.object as Mesh).userData as { component: ComponentId; container?: number };
    const hit = labelHitRef.current?.(e.nativeEvent.offsetX, e.nativeEvent.offsetY);
    ctrl.setHover({
      component: hit ?? ud.component,
      container: hit ? undefined : ud.container,
      x: e.nativeEvent.offsetX,
      y: e.nativeEvent.offsetY,
    });
  };
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    const ud = (e.object as Mesh).userData as { component: ComponentId; container?: number };
    const hit = labelHitRef.current?.(e.nativeEvent.offsetX, e.nativeEvent.offsetY);
    if (hit) onSelect(hit);
    else onSelect(ud.component, ud.container);
  };
  return (
    <group name="pick">
      {boxes.map((b) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a three.js mesh (picking proxy), not a DOM element
        <mesh
          key={b.id}
          geometry={pickGeometry}
          material={pickMaterial}
          position={b.center}
          scale={b.size}
          userData={{ component: b.component, container: b.container }}
          onPointerMove={onMove}
          onPointerOut={() => ctrl.setHover(null)}
          onClick={onClick}
        />
      ))}
    </group>
  );
}

export function CameraRig({ ctrl, layout }: { ctrl: TwinController; layout: PlantLayout }) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  const v = layout.views[ctrl.view];
  useLayoutEffect(() => {
    camera.position.set(v.position[0], v.position[1], v.position[2]);
    controls.current?.target.set(v.target[0], v.target[1], v.target[2]);
    controls.current?.update();
  }, [camera, v]);
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const stop = () => {
      ctrl.cam.active = false;
    };
    c.addEventListener('start', stop);
    return () => c.removeEventListener('start', stop);
  }, [ctrl]);
  useFrame((_, dt) => {
    const c = ctrl.cam;
    const oc = controls.current;
    if (!c.active || !oc) return;
    c.t = Math.min(1, c.t + dt / c.duration);
    const e = c.t < 0.5 ? 4 * c.t * c.t * c.t : 1 - (-2 * c.t + 2) ** 3 / 2;
    camera.position.lerpVectors(c.fromPos, c.toPos, e);
    oc.target.lerpVectors(c.fromTarget, c.toTarget, e);
    oc.update();
    if (c.t >= 1) c.active = false;
  });
  const [x0, z0, x1, z1] = layout.bounds;
  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.12}
      maxPolarAngle={Math.PI * 0.495}
      minDistance={1.5}
      maxDistance={Math.max(x1 - x0, z1 - z0) * 2.2}
    />
  );
}

export function FrameLoop({ ctrl }: { ctrl: TwinController }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    ctrl.setInvalidate(invalidate);
    return () => ctrl.setInvalidate(null);
  }, [ctrl, invalidate]);
  // One frame after every commit of the canvas's tree (every render of the twin re-renders it: TwinScene.tsx
  // useFrameRequests), so the frame draws what that commit built; a layout effect, so the request joins the
  // invalidation of the props the commit changed in the same frame (a passive effect could run after it).
  useLayoutEffect(() => {
    ctrl.requestFrames(1);
  });
  useFrame((state, dt) => {
    ctrl.tick(dt, state.clock.elapsedTime * 1000);
    if (ctrl.wantsNextFrame()) invalidate();
    // Counters of the previous frame (the renderer resets them at each render).
    ctrl.stats.drawCalls = gl.info.render.calls;
    ctrl.stats.triangles = gl.info.render.triangles;
    ctrl.stats.frames++;
  });
  return null;
}

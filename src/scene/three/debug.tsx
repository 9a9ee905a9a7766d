/**
 * The twin's read-only debug handle (`window.heatTwinDebug`) for tests and people, and the bridge that gives
 * the DOM side access to the camera, the orbit target and a projector (for flights and tests).
 */
import { useThree } from '@react-three/fiber';
import { type MutableRefObject, useEffect } from 'react';
import { Vector3 } from 'three';
import type { ComponentId } from '../model/components';
import type { ViewName } from '../model/live';
import type { PlacedLabel, TwinController } from './controller';

/** Debug view of the scene for tests and people: `window.heatTwinDebug` (read-only). */
export interface HeatTwinDebug {
  readonly drawCalls: number;
  readonly triangles: number;
  readonly miners: number;
  readonly hour: number;
  readonly instances: number;
  readonly frames: number;
  readonly frameTime: number;
  readonly ready: boolean;
  readonly selected: ComponentId | null;
  readonly view: ViewName;
  /** True while the camera flies to a viewpoint. */
  readonly flying: boolean;
  /** The quality drawn at; `lowered`: a software renderer lowered it from 'high' (three/renderer.ts). */
  readonly quality: 'high' | 'low';
  readonly lowered: boolean;
  /** Distance from the camera to the orbit target (m), or null before the first frame. */
  cameraDistance(): number | null;
  /** Ask the on-demand renderer for `n` more frames (tests wait for frames). */
  redraw(n?: number): void;
  /** CSS-pixel position (relative to the canvas) of a component's centre, or null when off screen. */
  screenPosition(id: ComponentId): { x: number; y: number } | null;
  /** The in-scene labels as drawn in the last frame: text, shown or not, screen rectangle (CSS px). */
  labels(): PlacedLabel[];
}

export interface BridgeRef {
  camera: { position: Vector3 } | null;
  target: Vector3 | null;
  project: ((p: [number, number, number]) => { x: number; y: number } | null) | null;
}

/** Publish `window.heatTwinDebug` for the life of the scene. */
export function useTwinDebug(ctrl: TwinController, bridge: MutableRefObject<BridgeRef>): void {
  useEffect(() => {
    const dbg: HeatTwinDebug = Object.freeze({
      get drawCalls() {
        return ctrl.stats.drawCalls;
      },
      get triangles() {
        return ctrl.stats.triangles;
      },
      get miners() {
        return ctrl.layout?.minerCount ?? 0;
      },
      get hour() {
        return ctrl.live.hour;
      },
      get instances() {
        return ctrl.layout?.miners.drawn ?? 0;
      },
      get frames() {
        return ctrl.stats.frames;
      },
      get frameTime() {
        return ctrl.stats.frameTime;
      },
      get ready() {
        return ctrl.stats.frames > 2 && ctrl.live.hasData;
      },
      get selected() {
        return ctrl.selected;
      },
      get view() {
        return ctrl.view;
      },
      get flying() {
        return ctrl.cam.active;
      },
      get quality() {
        return ctrl.stats.quality;
      },
      get lowered() {
        return ctrl.stats.lowered;
      },
      cameraDistance() {
        const { camera, target } = bridge.current;
        return camera && target ? camera.position.distanceTo(target) : null;
      },
      redraw(n = 2) {
        ctrl.requestFrames(n);
      },
      labels() {
        return ctrl.labels.map((l) => ({ ...l, rect: l.rect ? { ...l.rect } : null }));
      },
      screenPosition(id: ComponentId) {
        const L = ctrl.layout;
        const project = bridge.current.project;
        if (!L || !project) return null;
        const box = L.pick.find((p) => p.component === id);
        const anchor = box?.center ?? L.anchors[id];
        return anchor ? project(anchor) : null;
      },
    });
    Object.defineProperty(window, 'heatTwinDebug', {
      value: dbg,
      writable: false,
      configurable: true,
      enumerable: false,
    });
    return () => {
      delete (window as unknown as Record<string, unknown>).heatTwinDebug;
    };
  }, [ctrl, bridge]);
}

/** Gives the DOM side access to the camera, the orbit target and a projector (for flights and tests). */
export function Bridge({ bridge }: { bridge: MutableRefObject<BridgeRef> }) {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as { target: Vector3 } | null;
  const size = useThree((s) => s.size);
  useEffect(() => {
    const v = new Vector3();
    bridge.current.camera = camera;
    bridge.current.target = controls?.target ?? null;
    bridge.current.project = (p) => {
      v.set(p[0], p[1], p[2]).project(camera);
      if (v.z > 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return null;
      return { x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height };
    };
  }, [bridge, camera, controls, size]);
  return null;
}

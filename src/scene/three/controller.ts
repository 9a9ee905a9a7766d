/**
 * The bridge between the React UI and the three.js world: owns the shared uniforms, the live state of the
 * hour, the selection, the camera goal and the debug counters. Hour changes write numbers into existing
 * uniforms and attributes; the per-frame work (time, flow phases, fan angle, camera easing, counters) is
 * done in `tick` without allocating.
 */
import { type InstancedBufferAttribute, Vector3 } from 'three';
import type { TemperatureScale } from '../model/colormap';
import {
  CID,
  COMPONENT_IDS,
  type ComponentId,
  COMPONENTS,
  LOOP_COUNT,
  TID,
  TID_COUNT,
} from '../model/components';
import type { Rect } from '../model/declutter';
import type { PlantLayout, Vec3 } from '../model/layout';
import { createLiveState, type LiveState, minerStatus, type ViewName } from '../model/live';
import { createUniforms, type TwinUniforms } from './materials';

/** Period of the flow stripes along a pipe, m (must match the plant shader). */
export const STRIPE_PERIOD = 2.4;
/** Fan rotor speed drawn at 100 % fan speed, revolutions per second (slowed from ≈ 12 rev/s so it reads). */
export const FAN_REV_PER_S = 1.6;

export interface HoverInfo {
  component: ComponentId;
  container?: number;
  x: number;
  y: number;
}

export interface DebugStats {
  drawCalls: number;
  triangles: number;
  frames: number;
  /** Mean frame interval over the last 60 frames, ms. */
  frameTime: number;
  /** The quality drawn at, and whether a software renderer lowered it from 'high' (three/renderer.ts). */
  quality: 'high' | 'low';
  lowered: boolean;
}

/** A label as placed on screen in the last frame (for the click hit test and the debug handle). */
export interface PlacedLabel {
  component: ComponentId;
  title: string;
  value: string;
  visible: boolean;
  /** Screen rectangle, CSS px from the canvas's top-left (y down); null when hidden. */
  rect: Rect | null;
}

type Listener = () => void;

export class TwinController {
  readonly uniforms: TwinUniforms = createUniforms();
  readonly live: LiveState = createLiveState();
  layout: PlantLayout | null = null;
  scale: TemperatureScale | null = null;
  selected: ComponentId | null = null;
  view: ViewName = 'overview';
  readonly stats: DebugStats = {
    drawCalls: 0,
    triangles: 0,
    frames: 0,
    frameTime: 0,
    quality: 'high',
    lowered: false,
  };
  minerStatusAttr: InstancedBufferAttribute | null = null;
  /** The in-scene labels as placed in the last frame (empty while hidden). */
  labels: PlacedLabel[] = [];
  /** Screen panels over the canvas (CSS px from its top-left) that labels keep clear of. */
  labelObstacles: Rect[] = [];
  private statusKey = '';
  private frameTimes = new Float64Array(60);
  private frameIdx = 0;
  private lastStamp = -1;

  /** Camera animation (positions in scene metres). */
  readonly cam = {
    active: false,
    t: 0,
    duration: 1.4,
    fromPos: new Vector3(),
    fromTarget: new Vector3(),
    toPos: new Vector3(),
    toTarget: new Vector3(),
  };

  private hoverListeners = new Set<Listener>();
  hover: HoverInfo | null = null;

  subscribeHover(l: Listener): () => void {
    this.hoverListeners.add(l);
    return () => this.hoverListeners.delete(l);
  }

  setHover(h: HoverInfo | null): void {
    const a = this.hover;
    if (
      a === h ||
      (a && h && a.component === h.component && a.container === h.container && a.x === h.x && a.y === h.y)
    )
      return;
    this.hover = h;
    for (const l of this.hoverListeners) l();
  }

  /** Push the live state into uniforms and instance attributes (call after `computeLive`). */
  applyLive(): void {
    const u = this.uniforms;
    const L = this.live;
    for (let k = 0; k < TID_COUNT; k++) u.uTemp.value[k] = L.tpos[k]!;
    u.uMinerT.value = L.tpos[TID.chipT]!;
    u.uSnow.value = L.snow;
    u.uGreen.value = L.greenness;
    u.uIndoor.value = L.sun.elevation < -4 ? 0.35 : L.sun.elevation < 4 ? 0.15 : 0;
    u.uScreen.value = L.screenClosed ? (this.selected === 'screen' ? 2 : 1) : 0;
    for (let l = 0; l < LOOP_COUNT; l++) u.uFlowOn.value[l] = Math.min(1, L.flowSpeed[l]! / 0.15);
    this.applyMinerStatus();
  }

  private applyMinerStatus(): void {
    const attr = this.minerStatusAttr;
    const layout = this.layout;
    if (!attr || !layout) return;
    const m = layout.miners;
    const st = minerStatus(this.live.uptime, this.live.powerLimit, m.drawn);
    const key = `${st.off}|${st.throttled}|${m.drawn}`;
    if (key === this.statusKey) return;
    this.statusKey = key;
    const arr = attr.array as Float32Array;
    const running = st.throttled ? 1 : 0;
    for (let i = 0; i < m.drawn; i++) arr[i] = m.offRank[i]! < st.off ? 2 : running;
    attr.needsUpdate = true;
  }

  /** Force the miner status to be rewritten (after the instanced mesh is rebuilt). */
  resetMinerStatus(attr: InstancedBufferAttribute | null): void {
    this.minerStatusAttr = attr;
    this.statusKey = '';
    this.applyMinerStatus();
  }

  select(id: ComponentId | null): void {
    this.selected = id;
    const u = this.uniforms;
    u.uHiActive.value = id ? 1 : 0;
    const path = id ? COMPONENTS[id].path : [];
    for (const c of COMPONENT_IDS) u.uHi.value[CID[c]] = path.includes(c) ? 1 : 0;
    u.uMinerHi.value = path.includes('miners') ? 1 : 0;
    u.uScreen.value = this.live.screenClosed ? (id === 'screen' ? 2 : 1) : 0;
  }

  /** Start a camera flight from the current camera to `pos` looking at `target`. */
  flyTo(fromPos: Vector3, fromTarget: Vector3, pos: Vec3, target: Vec3, duration = 1.4): void {
    const c = this.cam;
    c.fromPos.copy(fromPos);
    c.fromTarget.copy(fromTarget);
    c.toPos.set(pos[0], pos[1], pos[2]);
    c.toTarget.set(target[0], target[1], target[2]);
    c.t = 0;
    c.duration = duration;
    c.active = true;
    this.requestFrames(2);
  }

  /** Continuous animation wanted (playing, touring): frames keep coming without requests. */
  animating = false;
  private pendingFrames = 0;
  private invalidateFn: (() => void) | null = null;

  /** The canvas's `invalidate` (the scene renders on demand, frameloop="demand"). */
  setInvalidate(fn: (() => void) | null): void {
    this.invalidateFn = fn;
    if (fn && this.pendingFrames > 0) fn();
  }

  /** Ask for at least `n` more frames (after a change of state, hour or camera). */
  requestFrames(n = 2): void {
    this.pendingFrames = Math.max(this.pendingFrames, n);
    this.invalidateFn?.();
  }

  /** Whether another frame should follow the one just drawn (flight, animation or requested frames). */
  wantsNextFrame(): boolean {
    if (this.pendingFrames > 0) this.pendingFrames--;
    return this.cam.active || this.animating || this.pendingFrames > 0;
  }

  /** Per-frame update: animation clocks and counters. No allocation. */
  tick(dt: number, now: number): void {
    const u = this.uniforms;
    const d = Math.min(dt, 0.1);
    u.uTime.value = (u.uTime.value + d) % 3600;
    const phase = u.uPhase.value;
    for (let l = 0; l < LOOP_COUNT; l++) phase[l] = (phase[l]! + this.live.flowSpeed[l]! * d) % STRIPE_PERIOD;
    u.uFanAngle.value =
      (u.uFanAngle.value + this.live.fanSpeed * FAN_REV_PER_S * 2 * Math.PI * d) % (2 * Math.PI);
    if (this.lastStamp >= 0) {
      this.frameTimes[this.frameIdx % 60] = now - this.lastStamp;
      this.frameIdx++;
      const n = Math.min(60, this.frameIdx);
      let s = 0;
      for (let i = 0; i < n; i++) s += this.frameTimes[i]!;
      this.stats.frameTime = s / n;
    }
    this.lastStamp = now;
  }
}

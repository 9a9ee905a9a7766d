/**
 * The in-scene labels: one instanced draw of screen-space quads from the label atlas (labels.ts), decluttered
 * every rendered frame (model/declutter.ts): a label that would overlap a more important one is lifted above
 * it with a thin leader down to its anchor, or hidden. Hidden too while the camera is inside a container or
 * the greenhouse. The placements feed the click hit test and the debug handle.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { type MutableRefObject, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  type Camera,
  CanvasTexture,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  LinearFilter,
  type Mesh,
  PlaneGeometry,
  SRGBColorSpace,
  Vector2,
  Vector3,
} from 'three';
import type { ComponentId } from '../model/components';
import { declutter, type LabelBox, labelRect, type Rect, viewportEdges } from '../model/declutter';
import type { PlantLayout } from '../model/layout';
import type { PlacedLabel, TwinController } from './controller';
import { ATLAS_SIZE, type AtlasItem, drawLabelAtlas, type LabelSpec, type LeaderRect } from './labels';
import { createLabelMaterial } from './materials';

type LabelHit = MutableRefObject<((x: number, y: number) => ComponentId | null) | null>;

export function Labels(p: {
  ctrl: TwinController;
  layout: PlantLayout;
  labels: LabelSpec[];
  labelHitRef: LabelHit;
}) {
  const size = useThree((s) => s.size);
  const camera = useThree((s) => s.camera);
  const { texture, atlas } = useLabelAtlas(p.labels);
  const resolution = useMemo(() => new Vector2(1, 1), []);
  const material = useMemo(() => createLabelMaterial(texture, resolution), [texture, resolution]);
  resolution.set(size.width, size.height);
  const geometry = useMemo(() => labelGeometry(atlas.items, atlas.leader), [atlas]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const placed = useRef<PlacedLabel[]>([]);
  useLabelHit(p.labelHitRef, placed);
  const ref = useRef<Mesh>(null);
  const scratch = useMemo(() => new Vector3(), []);
  useFrame(() => {
    const inside = cameraInside(camera.position, p.layout);
    if (ref.current) ref.current.visible = !inside;
    const walls = [...viewportEdges(size.width, size.height), ...p.ctrl.labelObstacles];
    placed.current = inside ? [] : placeLabels(atlas.items, p.labels, camera, size, geometry, scratch, walls);
    p.ctrl.labels = placed.current;
  });
  return (
    <mesh
      ref={ref}
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={10}
      name="labels"
    />
  );
}

/** The atlas canvas and its texture (allocated once), redrawn when the labels' text changes. */
function useLabelAtlas(labels: LabelSpec[]) {
  const canvas = useMemo(() => {
    const c = document.createElement('canvas');
    c.width = ATLAS_SIZE;
    c.height = ATLAS_SIZE;
    return c;
  }, []);
  const texture = useMemo(() => {
    const t = new CanvasTexture(canvas);
    t.colorSpace = SRGBColorSpace;
    t.generateMipmaps = false;
    t.minFilter = LinearFilter;
    return t;
  }, [canvas]);
  const atlas = useMemo(() => drawLabelAtlas(canvas, labels), [canvas, labels]);
  useLayoutEffect(() => {
    if (atlas.items.length >= 0) texture.needsUpdate = true;
  }, [atlas, texture]);
  return { texture, atlas };
}

/**
 * Instances 0…n−1: the leaders (a thin quad from the anchor up to a lifted label, hidden while the label
 * rests on its anchor); n…2n−1: the labels. One draw call; leaders first so the labels cover them.
 */
function labelGeometry(items: AtlasItem[], leader: LeaderRect): InstancedBufferGeometry {
  const g = new InstancedBufferGeometry();
  const plane = new PlaneGeometry(1, 1);
  g.index = plane.index;
  g.setAttribute('position', plane.getAttribute('position'));
  const n = items.length;
  const anchor = new Float32Array(2 * n * 3);
  const rect = new Float32Array(2 * n * 4);
  const sz = new Float32Array(2 * n * 2);
  const shift = new Float32Array(2 * n * 3);
  items.forEach((it, i) => {
    anchor.set(it.anchor, i * 3);
    anchor.set(it.anchor, (n + i) * 3);
    rect.set([leader.u, leader.v, leader.w, leader.h], i * 4);
    rect.set([it.u, it.v, it.w, it.h], (n + i) * 4);
    sz.set([1.5, 0], i * 2);
    sz.set([it.width, it.height], (n + i) * 2);
    shift.set([0, 0, 0], i * 3);
    shift.set([0, 0, 1], (n + i) * 3);
  });
  g.setAttribute('aAnchor', new InstancedBufferAttribute(anchor, 3));
  g.setAttribute('aRect', new InstancedBufferAttribute(rect, 4));
  g.setAttribute('aSize', new InstancedBufferAttribute(sz, 2));
  g.setAttribute('aShift', new InstancedBufferAttribute(shift, 3));
  g.instanceCount = 2 * n;
  return g;
}

/** Project the anchors, declutter, and write each label's lift and visibility (and its leader) when changed. */
function placeLabels(
  items: AtlasItem[],
  specs: LabelSpec[],
  camera: Camera,
  size: { width: number; height: number },
  g: InstancedBufferGeometry,
  v: Vector3,
  walls: Rect[],
): PlacedLabel[] {
  camera.updateMatrixWorld();
  const boxes: LabelBox[] = items.map((it) => {
    v.set(it.anchor[0], it.anchor[1], it.anchor[2]).project(camera);
    const anchor = v.z > 1 ? null : { x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height };
    return { anchor, width: it.width, height: it.height };
  });
  const placements = declutter(boxes, undefined, walls);
  const n = items.length;
  const shift = g.getAttribute('aShift') as InstancedBufferAttribute;
  const sz = g.getAttribute('aSize') as InstancedBufferAttribute;
  const set = (a: InstancedBufferAttribute, i: number, c: number, x: number) => {
    if (a.array[i * a.itemSize + c] !== x) {
      a.array[i * a.itemSize + c] = x;
      a.needsUpdate = true;
    }
  };
  placements.forEach((pl, i) => {
    const lift = Math.round(pl.lift);
    set(shift, n + i, 0, Math.round(pl.shift));
    set(shift, n + i, 1, lift);
    set(shift, n + i, 2, pl.visible ? 1 : 0);
    set(sz, i, 1, lift);
    set(shift, i, 2, pl.visible && lift > 0 ? 1 : 0);
  });
  return items.map((it, i) => {
    const spec = specs.find((s) => s.component === it.component);
    const pl = placements[i]!;
    return {
      component: it.component,
      title: spec?.title ?? '',
      value: spec?.value ?? '',
      visible: pl.visible,
      rect: pl.visible ? labelRect(boxes[i]!, Math.round(pl.lift), Math.round(pl.shift)) : null,
    };
  });
}

/** Click hit test in CSS pixels against the labels as placed in the last frame (topmost first). */
function useLabelHit(labelHitRef: LabelHit, placed: MutableRefObject<PlacedLabel[]>) {
  useEffect(() => {
    labelHitRef.current = (x: number, y: number) => {
      const list = placed.current;
      for (let i = list.length - 1; i >= 0; i--) {
        const r = list[i]!.rect;
        if (r && x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1) return list[i]!.component;
      }
      return null;
    };
    return () => {
      labelHitRef.current = null;
    };
  }, [labelHitRef, placed]);
}

/** True while the camera is inside the greenhouse or a container (labels would clutter the view there). */
function cameraInside(p: Vector3, layout: PlantLayout): boolean {
  const g = layout.greenhouse;
  let inside = p.x > g.x0 && p.x < g.x1 && p.z > g.z0 && p.z < g.z1 && p.y < g.ridgeHeight;
  for (let i = 0; !inside && i < layout.containers.length; i++) {
    const c = layout.containers[i]!;
    inside = p.x > c.x0 && p.x < c.x1 && Math.abs(p.z - c.z) < c.width / 2 && p.y < c.height;
  }
  return inside;
}

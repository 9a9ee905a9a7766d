/**
 * The three.js world of the twin (inside react-three-fiber's <Canvas>): plant, miners, fans, greenhouse
 * cover and screen, ground, sky and sun, labels, picking proxies, camera rig and the per-frame loop.
 * Draw calls: sky, ground, plant, miners, fans, cover, screen (when closed), labels, stars (at night), plus
 * the shadow pass of the plant and the miners — about a dozen, whatever the miner count.
 */
import { OrbitControls, Sky, Stars } from '@react-three/drei';
import { type ThreeEvent, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  BoxGeometry,
  CanvasTexture,
  type DirectionalLight,
  Fog,
  type HemisphereLight,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  type InstancedMesh,
  LinearFilter,
  Matrix4,
  type Mesh,
  MeshBasicMaterial,
  Object3D,
  PlaneGeometry,
  SRGBColorSpace,
  Vector2,
  Vector3,
} from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { ComponentId } from '../model/components';
import type { PlantLayout, Vec3 } from '../model/layout';
import type { LiveState } from '../model/live';
import type { LabelSpec } from './labels';
import { ATLAS_SIZE, drawLabelAtlas } from './labels';
import {
  createCoverMaterial,
  createFanMaterial,
  createGroundMaterial,
  createLabelMaterial,
  createMinerMaterial,
  createPlantMaterial,
  createScreenMaterial,
  createShellMaterial,
} from './materials';
import {
  buildCoverGeometry,
  buildFanGeometry,
  buildMinerGeometry,
  buildPlantGeometry,
  buildScreenGeometry,
  minerInstanceAttributes,
} from './plantGeometry';
import type { TwinController } from './controller';

export interface WorldProps {
  ctrl: TwinController;
  layout: PlantLayout;
  live: LiveState;
  labels: LabelSpec[];
  onSelect(id: ComponentId | null, container?: number): void;
  /** Screen-space label hit test (CSS px inside the canvas) → component. */
  labelHitRef: React.MutableRefObject<((x: number, y: number) => ComponentId | null) | null>;
}

export function World({ ctrl, layout, live, labels, onSelect, labelHitRef }: WorldProps) {
  return (
    <>
      <SkyAndLights layout={layout} live={live} />
      <Ground ctrl={ctrl} layout={layout} />
      <Plant ctrl={ctrl} layout={layout} />
      <Miners ctrl={ctrl} layout={layout} />
      <Fans ctrl={ctrl} layout={layout} />
      <Cover layout={layout} />
      <Screen ctrl={ctrl} layout={layout} visible={live.screenClosed} />
      <Labels layout={layout} labels={labels} labelHitRef={labelHitRef} />
      <Picking ctrl={ctrl} layout={layout} onSelect={onSelect} labelHitRef={labelHitRef} />
      <CameraRig ctrl={ctrl} layout={layout} />
      <FrameLoop ctrl={ctrl} />
    </>
  );
}

function Plant({ ctrl, layout }: { ctrl: TwinController; layout: PlantLayout }) {
  const geometry = useMemo(() => buildPlantGeometry(layout), [layout]);
  const material = useMemo(() => createPlantMaterial(ctrl.uniforms), [ctrl]);
  const shellMaterial = useMemo(() => createShellMaterial(ctrl.uniforms), [ctrl]);
  useEffect(
    () => () => {
      geometry.plant.dispose();
      geometry.shells.dispose();
    },
    [geometry],
  );
  useEffect(() => () => material.dispose(), [material]);
  return (
    <>
      <mesh geometry={geometry.plant} material={material} castShadow receiveShadow name="plant" />
      <mesh geometry={geometry.shells} material={shellMaterial} renderOrder={1} name="container-shells" />
    </>
  );
}

const tmpMatrix = new Matrix4();
const tmpObject = new Object3D();

function Miners({ ctrl, layout }: { ctrl: TwinController; layout: PlantLayout }) {
  const ref = useRef<InstancedMesh>(null);
  const m = layout.miners;
  const geometry = useMemo(() => {
    const g = buildMinerGeometry(m.size);
    const a = minerInstanceAttributes(m.drawn);
    g.setAttribute('aStatus', a.status);
    g.setAttribute('aSeed', a.seed);
    return g;
  }, [m]);
  const material = useMemo(() => createMinerMaterial(ctrl.uniforms), [ctrl]);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    for (let i = 0; i < m.drawn; i++) {
      tmpObject.position.set(m.positions[i * 3]!, m.positions[i * 3 + 1]!, m.positions[i * 3 + 2]!);
      tmpObject.rotation.set(0, m.facing[i]! > 0 ? 0 : Math.PI, 0);
      tmpObject.updateMatrix();
      mesh.setMatrixAt(i, tmpObject.matrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
    ctrl.resetMinerStatus(geometry.getAttribute('aStatus') as InstancedBufferAttribute);
    return () => ctrl.resetMinerStatus(null);
  }, [m, geometry, ctrl]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);
  return (
    <instancedMesh
      ref={ref}
      args={[geometry, material, m.drawn]}
      castShadow
      receiveShadow
      name="miners"
      key={m.drawn}
    />
  );
}

function Fans({ ctrl, layout }: { ctrl: TwinController; layout: PlantLayout }) {
  const ref = useRef<InstancedMesh>(null);
  const f = layout.dryCooler;
  const geometry = useMemo(() => {
    const g = buildFanGeometry(f.fanRadius);
    const phase = new Float32Array(f.fanCount);
    for (let i = 0; i < f.fanCount; i++) phase[i] = (i * 2.399) % (2 * Math.PI);
    g.setAttribute('aPhase', new InstancedBufferAttribute(phase, 1));
    return g;
  }, [f]);
  const material = useMemo(() => createFanMaterial(ctrl.uniforms), [ctrl]);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    for (let i = 0; i < f.fanCount; i++) {
      tmpMatrix.makeTranslation(f.fans[i * 3]!, f.fans[i * 3 + 1]! + 0.05, f.fans[i * 3 + 2]!);
      mesh.setMatrixAt(i, tmpMatrix);
    }
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [f]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  if (f.fanCount === 0) return null;
  return <instancedMesh ref={ref} args={[geometry, material, f.fanCount]} name="fans" key={f.fanCount} />;
}

function Cover({ layout }: { layout: PlantLayout }) {
  const geometry = useMemo(() => buildCoverGeometry(layout), [layout]);
  const material = useMemo(() => createCoverMaterial(), []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return <mesh geometry={geometry} material={material} renderOrder={2} name="cover" />;
}

function Screen({ ctrl, layout, visible }: { ctrl: TwinController; layout: PlantLayout; visible: boolean }) {
  const geometry = useMemo(() => buildScreenGeometry(layout), [layout]);
  const material = useMemo(() => createScreenMaterial(ctrl.uniforms), [ctrl]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return <mesh geometry={geometry} material={material} visible={visible} renderOrder={1} name="screen" />;
}

function Ground({ ctrl, layout }: { ctrl: TwinController; layout: PlantLayout }) {
  const material = useMemo(() => createGroundMaterial(ctrl.uniforms), [ctrl]);
  const [x0, z0, x1, z1] = layout.bounds;
  const size = Math.max(x1 - x0, z1 - z0) * 8 + 2000;
  const geometry = useMemo(() => new PlaneGeometry(size, size).rotateX(-Math.PI / 2), [size]);
  return (
    <mesh
      geometry={geometry}
      material={material}
      position={[(x0 + x1) / 2, -0.01, (z0 + z1) / 2]}
      receiveShadow
      name="ground"
    />
  );
}

/** Sky colours by sun elevation (degrees): night, twilight, day (sRGB hex). */
function skyPalette(elev: number): { sky: string; ground: string; fog: string; hemi: number } {
  if (elev < -8) return { sky: '#3a4560', ground: '#15171b', fog: '#0c121b', hemi: 0.42 };
  if (elev < 2) return { sky: '#7d8aa6', ground: '#3b3630', fog: '#5d6882', hemi: 0.7 };
  return { sky: '#c4d8ea', ground: '#6a5d4a', fog: '#c9d7e4', hemi: 1.05 };
}

function SkyAndLights({ layout, live }: { layout: PlantLayout; live: LiveState }) {
  const sun = useRef<DirectionalLight>(null);
  const hemi = useRef<HemisphereLight>(null);
  const scene = useThree((s) => s.scene);
  const [x0, z0, x1, z1] = layout.bounds;
  const cx = (x0 + x1) / 2;
  const cz = (z0 + z1) / 2;
  const extent = Math.max(x1 - x0, z1 - z0) * 0.62 + 10;
  const e = live.sun.elevation;
  const az = (live.sun.azimuth * Math.PI) / 180;
  const el = (Math.max(e, -10) * Math.PI) / 180;
  const dir = useMemo(() => new Vector3(), []);
  const gh = live.globalHorizontal;
  const snow = live.snow;
  const day = e > -2;
  const pal = skyPalette(e);
  useLayoutEffect(() => {
    if (!scene.fog) scene.fog = new Fog(pal.fog, 300, 2600);
    (scene.fog as Fog).color.set(pal.fog);
    const fog = scene.fog as Fog;
    fog.near = Math.max(250, extent * 1.2);
    fog.far = Math.max(1800, extent * 9);
    const light = sun.current;
    const h = hemi.current;
    if (day) dir.set(Math.cos(el) * Math.sin(az), Math.sin(Math.max(el, 0.04)), -Math.cos(el) * Math.cos(az));
    else dir.set(-0.35, 0.8, 0.45).normalize(); // moonlight from a fixed direction
    if (light) {
      light.position.set(cx + dir.x * 400, dir.y * 400, cz + dir.z * 400);
      light.target.position.set(cx, 0, cz);
      light.target.updateMatrixWorld();
      const sinE = Math.sin(Math.max(el, 0));
      const clear = sinE > 0.02 ? Math.min(1, Math.max(0.3, gh / (950 * sinE))) : 0.3;
      const intensity = day ? 3.2 * Math.min(1, Math.max(0, (e + 2) / 12)) * (0.35 + 0.65 * clear) : 0.32;
      light.intensity = intensity;
      if (day) light.color.setHSL(0.09, e < 12 ? 0.75 : 0.25, e < 12 ? 0.72 : 0.93);
      else light.color.set('#c9d4ee');
      const cam = light.shadow.camera;
      cam.left = -extent;
      cam.right = extent;
      cam.top = extent;
      cam.bottom = -extent;
      cam.near = 10;
      cam.far = 1200;
      cam.updateProjectionMatrix();
    }
    if (h) {
      h.color.set(pal.sky);
      h.groundColor.set(snow > 0.5 ? (day ? '#8d96a6' : '#2a2e36') : pal.ground);
      h.intensity = pal.hemi;
    }
  }, [day, e, el, az, gh, snow, cx, cz, extent, pal.fog, pal.sky, pal.ground, pal.hemi, scene, dir]);
  const sunPos = useMemo(
    () => new Vector3(Math.cos(el) * Math.sin(az), Math.sin(el), -Math.cos(el) * Math.cos(az)),
    [el, az],
  );
  return (
    <>
      <color attach="background" args={[pal.fog]} />
      {e > -9 && (
        <Sky
          distance={4000}
          sunPosition={sunPos}
          turbidity={6}
          rayleigh={e < 4 ? 2.2 : 1.2}
          mieCoefficient={0.004}
          mieDirectionalG={0.82}
        />
      )}
      {e < -4 && <Stars radius={1500} depth={200} count={2500} factor={40} saturation={0} fade speed={0} />}
      <hemisphereLight ref={hemi} args={['#bcd5ec', '#6a5d4a', 1]} />
      <directionalLight
        ref={sun}
        castShadow
        shadow-mapSize-width={2048}
        shadow-mapSize-height={2048}
        shadow-bias={-0.0004}
        shadow-normalBias={0.06}
      />
    </>
  );
}

function Labels({
  layout,
  labels,
  labelHitRef,
}: {
  layout: PlantLayout;
  labels: LabelSpec[];
  labelHitRef: WorldProps['labelHitRef'];
}) {
  const size = useThree((s) => s.size);
  const camera = useThree((s) => s.camera);
  const resolution = useMemo(() => new Vector2(1, 1), []);
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
  const material = useMemo(() => createLabelMaterial(texture, resolution), [texture, resolution]);
  const atlas = useMemo(() => drawLabelAtlas(canvas, labels), [canvas, labels]);
  useLayoutEffect(() => {
    if (atlas.items.length >= 0) texture.needsUpdate = true;
  }, [atlas, texture]);
  resolution.set(size.width, size.height);
  const geometry = useMemo(() => {
    const g = new InstancedBufferGeometry();
    const plane = new PlaneGeometry(1, 1);
    g.index = plane.index;
    g.setAttribute('position', plane.getAttribute('position'));
    const n = atlas.items.length;
    const anchor = new Float32Array(n * 3);
    const rect = new Float32Array(n * 4);
    const sz = new Float32Array(n * 2);
    atlas.items.forEach((it, i) => {
      anchor.set(it.anchor, i * 3);
      rect.set([it.u, it.v, it.w, it.h], i * 4);
      sz.set([it.width, it.height], i * 2);
    });
    g.setAttribute('aAnchor', new InstancedBufferAttribute(anchor, 3));
    g.setAttribute('aRect', new InstancedBufferAttribute(rect, 4));
    g.setAttribute('aSize', new InstancedBufferAttribute(sz, 2));
    g.instanceCount = n;
    return g;
  }, [atlas]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  // Click hit test in CSS pixels (only on clicks: allocation is fine here).
  useEffect(() => {
    const v = new Vector3();
    labelHitRef.current = (x: number, y: number) => {
      for (let i = atlas.items.length - 1; i >= 0; i--) {
        const it = atlas.items[i]!;
        v.set(it.anchor[0], it.anchor[1], it.anchor[2]).project(camera);
        if (v.z > 1) continue;
        const sx = ((v.x + 1) / 2) * size.width;
        const sy = ((1 - v.y) / 2) * size.height;
        if (x >= sx - it.width / 2 && x <= sx + it.width / 2 && y <= sy - 6 && y >= sy - 6 - it.height)
          return it.component;
      }
      return null;
    };
    return () => {
      labelHitRef.current = null;
    };
  }, [atlas, camera, size, labelHitRef]);
  // Hide the labels while the camera is inside a container or the greenhouse (they would clutter the view).
  const ref = useRef<Mesh>(null);
  useFrame(() => {
    const p = camera.position;
    const g = layout.greenhouse;
    let inside = p.x > g.x0 && p.x < g.x1 && p.z > g.z0 && p.z < g.z1 && p.y < g.ridgeHeight;
    for (let i = 0; !inside && i < layout.containers.length; i++) {
      const c = layout.containers[i]!;
      inside = p.x > c.x0 && p.x < c.x1 && Math.abs(p.z - c.z) < c.width / 2 && p.y < c.height;
    }
    if (ref.current) ref.current.visible = !inside;
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

const pickGeometry = new BoxGeometry(1, 1, 1);
const pickMaterial = new MeshBasicMaterial({ visible: false });

function Picking({
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

function CameraRig({ ctrl, layout }: { ctrl: TwinController; layout: PlantLayout }) {
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

function FrameLoop({ ctrl }: { ctrl: TwinController }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    ctrl.setInvalidate(invalidate);
    return () => ctrl.setInvalidate(null);
  }, [ctrl, invalidate]);
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

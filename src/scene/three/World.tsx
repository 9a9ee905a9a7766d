/**
 * The three.js world of the twin (inside react-three-fiber's <Canvas>): plant, miners, fans, greenhouse
 * cover and screen, ground, sky and sun, labels, picking proxies, camera rig and the per-frame loop.
 * Draw calls: sky, ground, plant, miners, fans, cover, screen (when closed), labels, stars (at night), plus
 * the shadow pass of the plant and the miners — about a dozen, whatever the miner count.
 */
import { Sky, Stars } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  type DirectionalLight,
  Fog,
  type HemisphereLight,
  InstancedBufferAttribute,
  type InstancedMesh,
  Matrix4,
  Object3D,
  PlaneGeometry,
  Vector3,
} from 'three';
import type { ComponentId } from '../model/components';
import type { PlantLayout } from '../model/layout';
import type { LiveState } from '../model/live';
import type { LabelSpec } from './labels';
import {
  createCoverMaterial,
  createFanMaterial,
  createGroundMaterial,
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

import { CameraRig, FrameLoop, Picking } from './interaction';
import { Labels } from './SceneLabels';

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
      <Picking ctrl={ctrl} layout={layout} onSelect={onSelect} labelHitRef={labelHitRef} />
      <CameraRig ctrl={ctrl} layout={layout} />
      {/* After the camera rig: labels are placed for the camera of this frame. */}
      <Labels ctrl={ctrl} layout={layout} labels={labels} labelHitRef={labelHitRef} />
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
  const e = live.sun.elevation;
  const az = (live.sun.azimuth * Math.PI) / 180;
  const el = (Math.max(e, -10) * Math.PI) / 180;
  const pal = skyPalette(e);
  useLighting(layout, live, sun, hemi);
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

/** Fog, sun (or moon) and sky light for the hour: set on the scene's objects, nothing re-created. */
function useLighting(
  layout: PlantLayout,
  live: LiveState,
  sun: RefObject<DirectionalLight | null>,
  hemi: RefObject<HemisphereLight | null>,
) {
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
    if (day) dir.set(Math.cos(el) * Math.sin(az), Math.sin(Math.max(el, 0.04)), -Math.cos(el) * Math.cos(az));
    else dir.set(-0.35, 0.8, 0.45).normalize(); // moonlight from a fixed direction
    if (sun.current) placeSun(sun.current, { dir, cx, cz, extent, day, e, el, gh });
    const h = hemi.current;
    if (h) {
      h.color.set(pal.sky);
      h.groundColor.set(snow > 0.5 ? (day ? '#8d96a6' : '#2a2e36') : pal.ground);
      h.intensity = pal.hemi;
    }
  }, [
    day,
    e,
    el,
    az,
    gh,
    snow,
    cx,
    cz,
    extent,
    pal.fog,
    pal.sky,
    pal.ground,
    pal.hemi,
    scene,
    dir,
    sun,
    hemi,
  ]);
}

/** Sun (by day, dimmed by clouds from the irradiance) or moon: direction, colour and the shadow box. */
function placeSun(
  light: DirectionalLight,
  p: {
    dir: Vector3;
    cx: number;
    cz: number;
    extent: number;
    day: boolean;
    e: number;
    el: number;
    gh: number;
  },
) {
  const { dir, cx, cz, extent, day, e, el, gh } = p;
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

/**
 * Materials of the twin: three's physically based MeshStandardMaterial, extended (onBeforeCompile) to read
 * the live state from uniforms so that a change of hour only rewrites a few numbers — no geometry or
 * material is rebuilt and nothing is allocated per frame.
 *
 *  - plant: temperature colour (cividis, two slots mixed per vertex), flow stripes moving at each loop's
 *    speed, heat-path highlight, snow on up-facing outdoor surfaces, procedural detail per material kind;
 *  - miners (instanced): temperature colour, status LED (Okabe–Ito: running / throttled / off);
 *  - fans (instanced): rotor turned in the vertex shader by one angle uniform;
 *  - cover: glazing with bars and a Fresnel rise of opacity; screen; ground (grass / dormant / snow).
 *
 * Value noise hash: the "hash without sine" construction (D. Hoskins, 2014), written out here.
 */
import {
  Color,
  DoubleSide,
  MeshStandardMaterial,
  ShaderMaterial,
  type Texture,
  type Vector2,
  Vector3,
  type WebGLProgramParametersWithUniforms,
} from 'three';
import { CIVIDIS_STEP, CIVIDIS_STOPS } from '../model/colormap';
import { CID_COUNT, LOOP_COUNT, TID_COUNT } from '../model/components';

/** Uniforms shared by all twin materials (one object: updating it updates every material). */
export interface TwinUniforms {
  uTemp: { value: Float32Array };
  uPhase: { value: Float32Array };
  /** 0–1 per loop: how visible the flow stripes are (0 when the loop does not flow). */
  uFlowOn: { value: Float32Array };
  uHi: { value: Float32Array };
  uHiActive: { value: number };
  uSnow: { value: number };
  uGreen: { value: number };
  uTime: { value: number };
  uStops: { value: Vector3[] };
  uMinerT: { value: number };
  uMinerHi: { value: number };
  uFanAngle: { value: number };
  uScreen: { value: number };
  /** Work lights inside the containers and the greenhouse at night (emissive fill), 0–1. */
  uIndoor: { value: number };
}

export function createUniforms(): TwinUniforms {
  return {
    uTemp: { value: new Float32Array(TID_COUNT).fill(-1) },
    uPhase: { value: new Float32Array(LOOP_COUNT) },
    uFlowOn: { value: new Float32Array(LOOP_COUNT) },
    uHi: { value: new Float32Array(CID_COUNT) },
    uHiActive: { value: 0 },
    uSnow: { value: 0 },
    uGreen: { value: 0.5 },
    uTime: { value: 0 },
    uStops: { value: CIVIDIS_STOPS.map((c) => new Vector3(c[0], c[1], c[2])) },
    uMinerT: { value: -1 },
    uMinerHi: { value: 0 },
    uFanAngle: { value: 0 },
    uScreen: { value: 0 },
    uIndoor: { value: 0 },
  };
}

const COMMON_GLSL = /* glsl */ `
uniform vec3 uStops[${CIVIDIS_STOPS.length}];
uniform float uTime;
uniform float uHiActive;
uniform float uSnow;
vec3 twSrgbToLinear(vec3 c) {
  return mix(c / 12.92, pow((c + 0.055) / 1.055, vec3(2.4)), step(vec3(0.04045), c));
}
// cividis (matplotlib table, every 8th entry), interpolated in sRGB, returned in linear light.
vec3 twCividis(float t) {
  float x = clamp(t, 0.0, 1.0) * 255.0;
  float i = min(floor(x / ${CIVIDIS_STEP}.0), ${CIVIDIS_STOPS.length - 2}.0);
  float i0 = i * ${CIVIDIS_STEP}.0;
  float i1 = min(i0 + ${CIVIDIS_STEP}.0, 255.0);
  int k = int(i);
  return twSrgbToLinear(mix(uStops[k], uStops[k + 1], clamp((x - i0) / (i1 - i0), 0.0, 1.0)));
}
float twHash(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}
float twNoise(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  vec2 u = f * f * (3.0 - 2.0 * f);
  return mix(mix(twHash(i), twHash(i + vec2(1.0, 0.0)), u.x), mix(twHash(i + vec2(0.0, 1.0)), twHash(i + vec2(1.0, 1.0)), u.x), u.y);
}
float twLuma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }
`;

type Shader = WebGLProgramParametersWithUniforms;

function bind(shader: Shader, u: TwinUniforms, names: (keyof TwinUniforms)[]) {
  for (const n of names) shader.uniforms[n] = u[n];
}

/** The merged static plant. */
export function createPlantMaterial(u: TwinUniforms): MeshStandardMaterial {
  const m = new MeshStandardMaterial({ vertexColors: true, roughness: 0.72, metalness: 0.05 });
  m.customProgramCacheKey = () => 'twin-plant-1';
  m.onBeforeCompile = (shader) => {
    bind(shader, u, [
      'uTemp',
      'uPhase',
      'uFlowOn',
      'uHi',
      'uHiActive',
      'uSnow',
      'uTime',
      'uStops',
      'uIndoor',
    ]);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute vec4 aInfo;
attribute vec2 aFlow;
attribute float aMat;
uniform float uTemp[${TID_COUNT}];
uniform float uPhase[${LOOP_COUNT}];
uniform float uFlowOn[${LOOP_COUNT}];
uniform float uHi[${CID_COUNT}];
varying float vTpos;
varying float vFlow;
varying float vHasFlow;
varying float vAlong;
varying float vMat;
varying float vHi;
varying vec3 vWPos;
varying vec3 vWNormal;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
if (aInfo.x < -0.5) {
  vTpos = -1.0;
} else {
  float ta = uTemp[int(aInfo.x + 0.5)];
  float tb = uTemp[int(aInfo.y + 0.5)];
  vTpos = (ta < 0.0 || tb < 0.0) ? max(ta, tb) : mix(ta, tb, aInfo.z);
}
vHasFlow = aFlow.x < -0.5 ? 0.0 : uFlowOn[int(aFlow.x + 0.5)];
vFlow = aFlow.y - (aFlow.x < -0.5 ? 0.0 : uPhase[int(aFlow.x + 0.5)]);
vAlong = aFlow.y;
vMat = aMat;
vHi = uHi[int(aInfo.w + 0.5)];
vWPos = (modelMatrix * vec4(transformed, 1.0)).xyz;
vWNormal = normalize(mat3(modelMatrix) * objectNormal);`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
${COMMON_GLSL}
uniform float uIndoor;
varying float vTpos;
varying float vFlow;
varying float vHasFlow;
varying float vAlong;
varying float vMat;
varying float vHi;
varying vec3 vWPos;
varying vec3 vWNormal;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
float twRaw = floor(vMat + 0.5);
float twIndoor = twRaw >= 32.0 ? 1.0 : 0.0;
float twK = twRaw - 32.0 * twIndoor;
vec3 twBase = diffuseColor.rgb;
float twEmis = 0.0;
float twRough = roughness;
float twMetal = metalness;
float twSnowable = 1.0 - twIndoor;
if (twK == 1.0) { twRough = 0.38; twMetal = 0.75; }
else if (twK == 2.0) {
  float coord = abs(vWNormal.z) > 0.5 ? vWPos.x : vWPos.z;
  twBase *= 0.84 + 0.16 * sin(coord * 6.2831853 / 0.28);
  twRough = 0.55; twMetal = 0.3;
}
else if (twK == 3.0) {
  float n = twNoise(vWPos.xz * 1.7) * 0.6 + twNoise(vWPos.xz * 9.0) * 0.4;
  twBase *= 0.82 + 0.26 * n;
  twRough = 0.95;
}
else if (twK == 4.0) {
  // Crop: layered leaf noise on the row's sides, strings every 0.5 m, tomato trusses at 0.8–1.9 m.
  float along = abs(vWNormal.z) > 0.5 ? vWPos.x : vWPos.z;
  vec2 q = abs(vWNormal.y) > 0.6 ? vWPos.xz * vec2(1.0, 2.5) : vec2(along, vWPos.y);
  float n = twNoise(q * vec2(5.0, 7.0)) * 0.5 + twNoise(q * vec2(13.0, 17.0) + 5.0) * 0.3 + twNoise(q * 31.0) * 0.2;
  twBase *= 0.45 + 1.0 * n;
  float stem = 1.0 - smoothstep(0.0, 0.015, abs(fract(along / 0.5) - 0.5) - 0.485);
  twBase *= 1.0 - 0.35 * stem;
  vec2 cell = vec2(along / 0.25, vWPos.y / 0.22);
  vec2 ci = floor(cell);
  vec2 cf = fract(cell) - 0.5;
  float h = twHash(ci + floor(vWPos.z * 3.0));
  if (vWPos.y > 0.8 && vWPos.y < 1.9 && h > 0.7 && abs(vWNormal.y) < 0.6) {
    float r = length(cf + (vec2(twHash(ci + 3.1), twHash(ci + 7.7)) - 0.5) * 0.3);
    float fruit = 1.0 - smoothstep(0.16, 0.23, r);
    vec3 tom = twSrgbToLinear(h > 0.95 ? vec3(0.55, 0.62, 0.16) : vec3(0.72, 0.1, 0.05));
    twBase = mix(twBase, tom * (0.75 + 0.5 * (0.23 - r) / 0.23), fruit);
  }
  twRough = 0.95; twMetal = 0.0; twSnowable = 0.0;
}
else if (twK == 10.0) { twRough = 0.9; twMetal = 0.0; }
else if (twK == 11.0) {
  float n = twHash(floor(vWPos.xz * 14.0));
  twBase *= 0.75 + 0.4 * n;
  twRough = 1.0;
}
if (vTpos >= 0.0) {
  vec3 tc = twCividis(vTpos);
  if (twK == 7.0) {
    twBase = mix(twBase, tc * 1.3, 0.25) * 1.15;
    twSnowable = 0.0;
  } else {
    twBase = tc;
    twEmis = 0.32;
    if (twK == 5.0) {
      float band = 1.0 - smoothstep(0.0, 0.03, abs(fract(vAlong / 1.2) - 0.5) - 0.46);
      twBase *= 1.0 - 0.22 * band;
      twRough = 0.32; twMetal = 0.3;
    } else {
      twSnowable = 0.0;
    }
    if (twK == 8.0) { twRough = 0.28; twMetal = 0.55; }
    if (twK == 9.0) {
      twBase *= 0.72 + 0.28 * step(0.5, fract(vWPos.x / 0.06));
      twRough = 0.6; twMetal = 0.4;
    }
    if (vHasFlow > 0.01) {
      // Short bright dashes moving with the flow (period 2.4 m); fwidth keeps their edges crisp.
      float s = fract(vFlow / 2.4);
      float aa = fwidth(vFlow / 2.4) * 1.5 + 0.004;
      float dash = smoothstep(0.0, aa, s) * (1.0 - smoothstep(0.14 - aa, 0.14, s));
      dash *= vHasFlow;
      twBase = mix(twBase, min(twBase * 1.7 + 0.12, vec3(1.0)), dash * 0.8);
      twEmis += dash * 0.25;
    }
  }
}
twEmis += uIndoor * twIndoor * 0.45;
float twUp = smoothstep(0.55, 0.85, vWNormal.y);
twBase = mix(twBase, vec3(0.86, 0.89, 0.94), twUp * uSnow * twSnowable);
if (uHiActive > 0.5) {
  if (vHi > 0.5) {
    twEmis += 0.22 + 0.12 * sin(uTime * 3.0);
  } else {
    twBase = mix(vec3(twLuma(twBase)), twBase, 0.2) * 0.55;
    twEmis *= 0.25;
  }
}
diffuseColor.rgb = twBase;`,
      )
      .replace('#include <roughnessmap_fragment>', 'float roughnessFactor = twRough;')
      .replace('#include <metalnessmap_fragment>', 'float metalnessFactor = twMetal;')
      .replace(
        '#include <normal_fragment_maps>',
        `#include <normal_fragment_maps>
if (twK == 4.0) {
  // Leafy relief: tilt the shading normal by two octaves of noise (no extra geometry).
  vec2 lq = vec2(vWPos.x + vWPos.z, vWPos.y) * 9.0;
  normal = normalize(normal + 0.3 * vec3(twNoise(lq) - 0.5, twNoise(lq + 17.0) - 0.5, 0.0) + 0.18 * vec3(twNoise(lq * 3.1) - 0.5, twNoise(lq * 2.7 + 5.0) - 0.5, 0.0));
}`,
      )
      .replace(
        '#include <emissivemap_fragment>',
        `#include <emissivemap_fragment>
totalEmissiveRadiance += twBase * twEmis;`,
      );
  };
  return m;
}

/** Instanced miners: one colour (chip temperature), status LED on the front panel. */
export function createMinerMaterial(u: TwinUniforms): MeshStandardMaterial {
  const m = new MeshStandardMaterial({ color: 0xffffff, roughness: 0.45, metalness: 0.55 });
  m.customProgramCacheKey = () => 'twin-miner-1';
  m.onBeforeCompile = (shader) => {
    bind(shader, u, ['uMinerT', 'uMinerHi', 'uHiActive', 'uTime', 'uStops', 'uSnow', 'uIndoor']);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute float aFace;
attribute vec2 aPanel;
attribute float aStatus;
attribute float aSeed;
varying float vFace;
varying vec2 vPanel;
varying float vStatus;
varying float vSeed;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
vFace = aFace; vPanel = aPanel; vStatus = aStatus; vSeed = aSeed;`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
${COMMON_GLSL}
uniform float uMinerT;
uniform float uMinerHi;
uniform float uIndoor;
varying float vFace;
varying vec2 vPanel;
varying float vStatus;
varying float vSeed;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
float mStatus = floor(vStatus + 0.5);
vec3 mBase = uMinerT >= 0.0 ? twCividis(uMinerT) : vec3(0.35);
float mEmis = 0.3 + 0.3 * uIndoor;
mBase *= 0.92 + 0.16 * vSeed;
if (mStatus > 1.5) { mBase = vec3(0.045, 0.05, 0.055); mEmis = 0.0; }
if (vFace > 0.5) {
  vec2 p = vPanel;
  float bezel = step(0.06, p.x) * step(p.x, 0.94) * step(0.14, p.y) * step(p.y, 0.86);
  mBase *= mix(0.45, 1.0, bezel);
  float grille = step(0.3, p.x) * step(p.x, 0.78) * step(0.3, p.y) * step(p.y, 0.7) * step(0.5, fract(p.x * 22.0));
  mBase *= 1.0 - 0.35 * grille;
  float led = 1.0 - smoothstep(0.035, 0.055, length((p - vec2(0.88, 0.5)) * vec2(1.0, 0.25)));
  vec3 ledC = mStatus < 0.5 ? vec3(0.0, 0.62, 0.45) : (mStatus < 1.5 ? vec3(0.9, 0.62, 0.0) : vec3(0.84, 0.37, 0.0));
  float blink = mStatus > 0.5 && mStatus < 1.5 ? 0.35 + 0.65 * step(0.5, fract(uTime * 0.8 + vSeed)) : (mStatus > 1.5 ? 0.5 : 1.0);
  mBase = mix(mBase, twSrgbToLinear(ledC) * 1.5, led);
  mEmis += led * 2.2 * blink;
}
if (uHiActive > 0.5) {
  if (uMinerHi > 0.5) mEmis += 0.22 + 0.12 * sin(uTime * 3.0);
  else { mBase = mix(vec3(twLuma(mBase)), mBase, 0.2) * 0.55; mEmis *= 0.25; }
}
diffuseColor.rgb = mBase;`,
      )
      .replace(
        '#include <emissivemap_fragment>',
        `#include <emissivemap_fragment>
totalEmissiveRadiance += mBase * mEmis;`,
      );
  };
  return m;
}

/** Instanced fan rotors, turned by one angle (plus a per-fan phase) in the vertex shader. */
export function createFanMaterial(u: TwinUniforms): MeshStandardMaterial {
  const m = new MeshStandardMaterial({ color: 0x2b3036, roughness: 0.5, metalness: 0.4 });
  m.customProgramCacheKey = () => 'twin-fan-1';
  m.onBeforeCompile = (shader) => {
    bind(shader, u, ['uFanAngle']);
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
uniform float uFanAngle;
attribute float aPhase;`,
      )
      .replace(
        '#include <beginnormal_vertex>',
        `#include <beginnormal_vertex>
float fanA = uFanAngle + aPhase;
mat2 fanR = mat2(cos(fanA), -sin(fanA), sin(fanA), cos(fanA));
objectNormal.xz = fanR * objectNormal.xz;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
transformed.xz = fanR * transformed.xz;`,
      );
  };
  return m;
}

/** Greenhouse cover: clear film/glass with glazing bars; opacity rises at grazing angles (Fresnel-like). */
export function createCoverMaterial(): MeshStandardMaterial {
  const m = new MeshStandardMaterial({
    color: new Color('#e4f1f6'),
    roughness: 0.12,
    metalness: 0.0,
    transparent: true,
    opacity: 0.12,
    side: DoubleSide,
    depthWrite: false,
  });
  m.forceSinglePass = true;
  m.customProgramCacheKey = () => 'twin-cover-1';
  m.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vCWPos;\nvarying vec3 vCWN;')
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\nvCWPos = (modelMatrix * vec4(transformed, 1.0)).xyz;\nvCWN = normalize(mat3(modelMatrix) * objectNormal);',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nvarying vec3 vCWPos;\nvarying vec3 vCWN;\nfloat cBar = 0.0;',
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
float coord = abs(vCWN.x) > 0.7 ? vCWPos.z : vCWPos.x;
float bw = fwidth(coord) * 1.2 + 0.025;
cBar = 1.0 - smoothstep(0.0, bw, abs(fract(coord / 1.25 + 0.5) - 0.5) * 1.25);
if (abs(vCWN.x) < 0.7 && abs(vCWN.y) < 0.3) {
  float h = vCWPos.y;
  cBar = max(cBar, 1.0 - smoothstep(0.0, fwidth(h) * 1.2 + 0.02, abs(fract(h / 1.5) - 0.5) * 1.5 - 0.0));
}
diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.55, 0.58, 0.6), cBar);`,
      )
      .replace(
        '#include <opaque_fragment>',
        `float fres = pow(1.0 - abs(dot(normalize(normal), normalize(vViewPosition))), 3.0);
diffuseColor.a = clamp(opacity + 0.55 * fres, 0.0, 0.75);
diffuseColor.a = mix(diffuseColor.a, 0.85, cBar);
#include <opaque_fragment>`,
      );
  };
  return m;
}

/** See-through container shells: corrugated walls and roof with a Fresnel rise of opacity. */
export function createShellMaterial(u: TwinUniforms): MeshStandardMaterial {
  const m = new MeshStandardMaterial({
    color: new Color('#dfe3e6'),
    roughness: 0.5,
    metalness: 0.2,
    transparent: true,
    opacity: 0.2,
    side: DoubleSide,
    depthWrite: false,
  });
  m.forceSinglePass = true;
  m.customProgramCacheKey = () => 'twin-shell-1';
  m.onBeforeCompile = (shader) => {
    bind(shader, u, ['uSnow', 'uHiActive', 'uMinerHi']);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vHWPos;\nvarying vec3 vHWN;')
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\nvHWPos = (modelMatrix * vec4(transformed, 1.0)).xyz;\nvHWN = normalize(mat3(modelMatrix) * objectNormal);',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nvarying vec3 vHWPos;\nvarying vec3 vHWN;\nuniform float uSnow;\nuniform float uHiActive;\nuniform float uMinerHi;',
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
float coord = abs(vHWN.z) > 0.5 ? vHWPos.x : vHWPos.z;
float rib = 0.5 + 0.5 * sin(coord * 6.2831853 / 0.28);
diffuseColor.rgb *= 0.8 + 0.2 * rib;
float up = smoothstep(0.6, 0.9, vHWN.y);
diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.9, 0.92, 0.95), up * uSnow);
if (uHiActive > 0.5 && uMinerHi < 0.5) diffuseColor.rgb *= 0.55;`,
      )
      .replace(
        '#include <opaque_fragment>',
        `float fres = pow(1.0 - abs(dot(normalize(normal), normalize(vViewPosition))), 2.0);
float upS = smoothstep(0.6, 0.9, vHWN.y);
diffuseColor.a = clamp(opacity + 0.45 * fres + 0.5 * upS * uSnow, 0.0, 0.8);
#include <opaque_fragment>`,
      );
  };
  return m;
}

/** Thermal screen (energy curtain), drawn when the core reports it closed. */
export function createScreenMaterial(u: TwinUniforms): MeshStandardMaterial {
  const m = new MeshStandardMaterial({
    color: new Color('#efe8d8'),
    roughness: 0.92,
    metalness: 0,
    transparent: true,
    opacity: 0.9,
    side: DoubleSide,
  });
  m.customProgramCacheKey = () => 'twin-screen-1';
  m.onBeforeCompile = (shader) => {
    bind(shader, u, ['uHiActive', 'uTime', 'uScreen']);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vSWPos;')
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\nvSWPos = (modelMatrix * vec4(transformed, 1.0)).xyz;',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nvarying vec3 vSWPos;\nuniform float uScreen;\nuniform float uHiActive;\nuniform float uTime;',
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
diffuseColor.rgb *= 0.86 + 0.14 * sin(vSWPos.z * 6.2831853 / 0.45);
if (uHiActive > 0.5 && uScreen > 1.5) diffuseColor.rgb *= 1.0 + 0.25 * sin(uTime * 3.0);`,
      );
  };
  return m;
}

/** Ground: grass that greens with the season, snow cover from the live snow cue. */
export function createGroundMaterial(u: TwinUniforms): MeshStandardMaterial {
  const m = new MeshStandardMaterial({ color: 0xffffff, roughness: 0.97, metalness: 0 });
  m.customProgramCacheKey = () => 'twin-ground-1';
  m.onBeforeCompile = (shader) => {
    bind(shader, u, ['uSnow', 'uGreen', 'uStops', 'uTime', 'uHiActive']);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vGWPos;')
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\nvGWPos = (modelMatrix * vec4(transformed, 1.0)).xyz;',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>\n${COMMON_GLSL}\nuniform float uGreen;\nvarying vec3 vGWPos;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
vec2 gp = vGWPos.xz;
float n1 = twNoise(gp * 0.05);
float n2 = twNoise(gp * 0.6 + 7.0);
float n3 = twNoise(gp * 3.5 + 3.0);
vec3 dormant = twSrgbToLinear(vec3(0.47, 0.42, 0.31));
vec3 green = twSrgbToLinear(vec3(0.30, 0.44, 0.19));
vec3 g = mix(dormant, green, clamp(uGreen + (n1 - 0.5) * 0.4, 0.0, 1.0));
g *= 0.78 + 0.2 * n2 + 0.12 * n3;
float snowEdge = smoothstep(0.0, 0.25, uSnow * 1.15 - (n1 * 0.35 + n3 * 0.1));
vec3 snow = twSrgbToLinear(vec3(0.9, 0.92, 0.96)) * (0.93 + 0.07 * n2);
diffuseColor.rgb = mix(g, snow, snowEdge);`,
      );
  };
  return m;
}

/**
 * Screen-space labels: instanced quads anchored at 3D points, a fixed size in pixels, always on top,
 * reading their text from one atlas texture.
 */
export function createLabelMaterial(atlas: Texture, resolution: Vector2): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { uAtlas: { value: atlas }, uResolution: { value: resolution } },
    transparent: true,
    depthTest: false,
    depthWrite: false,
    vertexShader: /* glsl */ `
attribute vec3 aAnchor;
attribute vec4 aRect;
attribute vec2 aSize;
uniform vec2 uResolution;
varying vec2 vUv;
void main() {
  vec4 clip = projectionMatrix * viewMatrix * vec4(aAnchor, 1.0);
  vec2 px = vec2(position.x * aSize.x, (position.y + 0.5) * aSize.y + 6.0);
  clip.xy += px * 2.0 / uResolution * clip.w;
  if (clip.w <= 0.0) clip = vec4(2.0, 2.0, 2.0, 1.0);
  gl_Position = clip;
  vUv = vec2(aRect.x + (position.x + 0.5) * aRect.z, aRect.y + (position.y + 0.5) * aRect.w);
}`,
    fragmentShader: /* glsl */ `
uniform sampler2D uAtlas;
varying vec2 vUv;
void main() {
  vec4 c = texture2D(uAtlas, vUv);
  if (c.a < 0.01) discard;
  gl_FragColor = c;
  #include <colorspace_fragment>
}`,
  });
}

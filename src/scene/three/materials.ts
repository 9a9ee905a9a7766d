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
import { MeshStandardMaterial } from 'three';
import { CID_COUNT, LOOP_COUNT, TID_COUNT } from '../model/components';
import { bind, COMMON_GLSL, type TwinUniforms } from './shaderCommon';

export { createUniforms, type TwinUniforms } from './shaderCommon';
export {
  createCoverMaterial,
  createFanMaterial,
  createGroundMaterial,
  createLabelMaterial,
  createScreenMaterial,
  createShellMaterial,
} from './surfaceMaterials';

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

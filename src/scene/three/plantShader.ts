/**
 * GLSL of the merged static plant's material (src/scene/three/materials.ts, createPlantMaterial), one
 * constant per job: the vertex stage's attributes and varyings, then the fragment stage's per-kind surface
 * detail, temperature colour with flow dashes, and snow plus heat-path highlight.
 */
import { CID_COUNT, LOOP_COUNT, TID_COUNT } from '../model/components';

/** Vertex attributes (temperature slots, flow, material kind), uniforms and varyings. */
export const PLANT_VERTEX_DECL = `attribute vec4 aInfo;
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
varying vec3 vWNormal;`;

/** Vertex: temperature position, flow phase, material kind, highlight, world position and normal. */
export const PLANT_VERTEX_BEGIN = `if (aInfo.x < -0.5) {
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
vWNormal = normalize(mat3(modelMatrix) * objectNormal);`;

/** Fragment uniforms and varyings (after the shared GLSL). */
export const PLANT_FRAGMENT_DECL = `uniform float uIndoor;
varying float vTpos;
varying float vFlow;
varying float vHasFlow;
varying float vAlong;
varying float vMat;
varying float vHi;
varying vec3 vWPos;
varying vec3 vWNormal;`;

/** Decode the material kind (+32: indoor) and start from the vertex colour. */
export const PLANT_KIND_SETUP = `float twRaw = floor(vMat + 0.5);
float twIndoor = twRaw >= 32.0 ? 1.0 : 0.0;
float twK = twRaw - 32.0 * twIndoor;
vec3 twBase = diffuseColor.rgb;
float twEmis = 0.0;
float twRough = roughness;
float twMetal = metalness;
float twSnowable = 1.0 - twIndoor;`;

/** Procedural detail per material kind: metal, cladding, concrete, crop, soil, gravel. */
export const PLANT_KIND_DETAIL = `if (twK == 1.0) { twRough = 0.38; twMetal = 0.75; }
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
}`;

/** Temperature colour (cividis) of the parts that carry water, with flow dashes moving with the flow. */
export const PLANT_TEMPERATURE = `if (vTpos >= 0.0) {
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
}`;

/** Indoor glow, snow on up-facing outdoor surfaces, heat-path highlight; write the colour. */
export const PLANT_FINISH = `twEmis += uIndoor * twIndoor * 0.45;
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
diffuseColor.rgb = twBase;`;

/** Leafy relief of the crop: the shading normal tilted by noise. */
export const PLANT_NORMAL = `if (twK == 4.0) {
  // Leafy relief: tilt the shading normal by two octaves of noise (no extra geometry).
  vec2 lq = vec2(vWPos.x + vWPos.z, vWPos.y) * 9.0;
  normal = normalize(normal + 0.3 * vec3(twNoise(lq) - 0.5, twNoise(lq + 17.0) - 0.5, 0.0) + 0.18 * vec3(twNoise(lq * 3.1) - 0.5, twNoise(lq * 2.7 + 5.0) - 0.5, 0.0));
}`;

/** Uniforms shared by every twin material and the GLSL they have in common (see materials.ts). */
import { Vector3, type WebGLProgramParametersWithUniforms } from 'three';
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

export const COMMON_GLSL = /* glsl */ `
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

export type Shader = WebGLProgramParametersWithUniforms;

export function bind(shader: Shader, u: TwinUniforms, names: (keyof TwinUniforms)[]) {
  for (const n of names) shader.uniforms[n] = u[n];
}

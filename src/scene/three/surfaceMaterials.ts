/** Fan rotors, greenhouse cover, container shells, thermal screen, ground and in-scene labels (see materials.ts). */
import { Color, DoubleSide, MeshStandardMaterial, ShaderMaterial, type Texture, type Vector2 } from 'three';
import { bind, COMMON_GLSL, type TwinUniforms } from './shaderCommon';

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
// Decluttering: screen offset in px (x right, y up) and visibility (0 hides the instance).
attribute vec3 aShift;
uniform vec2 uResolution;
varying vec2 vUv;
void main() {
  vec4 clip = projectionMatrix * viewMatrix * vec4(aAnchor, 1.0);
  vec2 px = vec2(position.x * aSize.x + aShift.x, (position.y + 0.5) * aSize.y + 6.0 + aShift.y);
  clip.xy += px * 2.0 / uResolution * clip.w;
  if (clip.w <= 0.0 || aShift.z < 0.5) clip = vec4(2.0, 2.0, 2.0, 1.0);
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

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
import {
  PLANT_FINISH,
  PLANT_FRAGMENT_DECL,
  PLANT_KIND_DETAIL,
  PLANT_KIND_SETUP,
  PLANT_NORMAL,
  PLANT_TEMPERATURE,
  PLANT_VERTEX_BEGIN,
  PLANT_VERTEX_DECL,
} from './plantShader';
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
      .replace('#include <common>', `#include <common>\n${PLANT_VERTEX_DECL}`)
      .replace('#include <begin_vertex>', `#include <begin_vertex>\n${PLANT_VERTEX_BEGIN}`);
    const surface = [PLANT_KIND_SETUP, PLANT_KIND_DETAIL, PLANT_TEMPERATURE, PLANT_FINISH].join('\n');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${COMMON_GLSL}\n${PLANT_FRAGMENT_DECL}`)
      .replace('#include <color_fragment>', `#include <color_fragment>\n${surface}`)
      .replace('#include <roughnessmap_fragment>', 'float roughnessFactor = twRough;')
      .replace('#include <metalnessmap_fragment>', 'float metalnessFactor = twMetal;')
      .replace('#include <normal_fragment_maps>', `#include <normal_fragment_maps>\n${PLANT_NORMAL}`)
      .replace(
        '#include <emissivemap_fragment>',
        `#include <emissivemap_fragment>\ntotalEmissiveRadiance += twBase * twEmis;`,
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

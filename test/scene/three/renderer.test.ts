/** The software-renderer check (src/scene/three/renderer.ts) on real renderer names. */
import { describe, expect, it } from 'vitest';
import { drawQuality, isSoftwareRenderer, qualityParam } from '../../../src/scene/three/renderer';

// Names as browsers report them (UNMASKED_RENDERER_WEBGL): Debian's Chromium here, Mesa on Linux, Windows VMs,
// and hardware for contrast.
const SOFTWARE = [
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.6, 256 bits)',
  'softpipe',
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
];
const HARDWARE = [
  'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Apple M2',
  'Mesa Intel(R) Xe Graphics (TGL GT2)',
  'AMD Radeon Pro 5500M OpenGL Engine',
];

describe('software renderers draw the twin at the light quality unless full quality is asked for', () => {
  it.each(SOFTWARE)('%s is software: auto → low; high and low as asked', (name) => {
    expect(isSoftwareRenderer(name)).toBe(true);
    expect(drawQuality('auto', name)).toBe('low');
    expect(drawQuality('high', name)).toBe('high');
    expect(drawQuality('low', name)).toBe('low');
  });
  it.each(HARDWARE)('%s is hardware: auto → high; high and low as asked', (name) => {
    expect(isSoftwareRenderer(name)).toBe(false);
    expect(drawQuality('auto', name)).toBe('high');
    expect(drawQuality('high', name)).toBe('high');
    expect(drawQuality('low', name)).toBe('low');
  });
  it('an unknown renderer draws auto at full quality', () => {
    expect(drawQuality('auto', null)).toBe('high');
  });
  it('a URL parameter asks for high or low by name only', () => {
    expect(qualityParam('high')).toBe('high');
    expect(qualityParam('low')).toBe('low');
    for (const v of [null, 'off', 'HIGH', '', 'ultra']) expect(qualityParam(v)).toBe('auto');
  });
});

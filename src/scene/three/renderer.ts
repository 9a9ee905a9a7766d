/**
 * Which rasteriser draws the twin. Without a graphics card the browser draws WebGL in software (Chromium's
 * SwiftShader, Mesa's llvmpipe or softpipe, Windows' Basic Render Driver): a frame of the twin at full quality
 * then takes ~1.6 s of main thread on 2 cores, and ~0.5 s at the light quality (README, benchmarks: the scene
 * row), in which nothing on the page answers. So where the renderer is software the twin draws at the light
 * quality (no shadows, no antialiasing, 1× pixel ratio) and says so, unless full quality was asked for by name
 * (`?3d=high`, or the scene bench's `quality=high`).
 */

/** The quality asked for: 'auto' is full quality on a graphics card and light in software; the others are kept. */
export type QualityRequest = 'auto' | 'high' | 'low';

/** Renderer names of software rasterisers (WEBGL_debug_renderer_info's unmasked name, or the plain one). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export function isSoftwareRenderer(name: string | null): boolean {
  return name !== null && SOFTWARE.test(name);
}

/**
 * The WebGL renderer's name from a throw-away context (released at once; ~15–35 ms in SwiftShader), or null
 * where WebGL or the name is unavailable.
 */
export function rendererName(): string | null {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const name = gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** The quality to draw at: 'auto' is 'low' on a software renderer and 'high' elsewhere; 'high' and 'low' are kept. */
export function drawQuality(asked: QualityRequest, renderer: string | null): 'high' | 'low' {
  if (asked !== 'auto') return asked;
  return isSoftwareRenderer(renderer) ? 'low' : 'high';
}

/** A URL parameter's quality: 'high' or 'low' by name, anything else (absent, 'off', a typo) 'auto'. */
export function qualityParam(value: string | null): QualityRequest {
  return value === 'high' || value === 'low' ? value : 'auto';
}

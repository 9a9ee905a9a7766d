/**
 * Which rasteriser draws the twin. Without a graphics card the browser draws WebGL in software (Chromium's
 * SwiftShader, Mesa's llvmpipe or softpipe, Windows' Basic Render Driver): a frame of the twin at full quality
 * then takes ~1.3 s of main thread on 2 cores, and ~0.9 s at the light quality (README, benchmarks: the scene
 * row), in which nothing on the page answers. So where the renderer is software the twin draws at the light
 * quality (no shadows, no antialiasing, 1× pixel ratio) and says so.
 */

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

/** The quality to draw at: the one asked for, lowered to 'low' on a software renderer. */
export function drawQuality(asked: 'high' | 'low', renderer: string | null): 'high' | 'low' {
  return asked === 'high' && isSoftwareRenderer(renderer) ? 'low' : asked;
}

// Helpers shared by the 3D twin's browser tests (test/e2e/scene*.e2e.mjs).
import { decodePng } from './png.mjs';

/** Open the scene harness (`/#scene-harness`) with URL parameters; collects console errors. */
export async function openHarness(browser, url, query = '', viewport = { width: 1024, height: 640 }) {
  const page = await browser.newPage({ viewport });
  // Software rendering (SwiftShader) draws a frame in 0.3–2 s on a shared CPU: give actions time.
  page.setDefaultTimeout(120_000);
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const base = url.endsWith('/') ? url : `${url}/`;
  await page.goto(`${base}${query ? `?${query}` : ''}#scene-harness`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.heatTwinDebug?.ready === true, null, { timeout: 180_000 });
  return { page, errors };
}

/** Wait until the scene has rendered `n` more frames. */
export async function waitFrames(page, n = 2) {
  // The scene renders on demand: ask for the frames, then wait for them.
  const f0 = await page.evaluate((k) => {
    window.heatTwinDebug.redraw?.(k);
    return window.heatTwinDebug.frames;
  }, n);
  await page.waitForFunction((f) => window.heatTwinDebug.frames >= f, f0 + n, { timeout: 180_000 });
}

/** Wait for the camera flight to end, then for two more frames. */
export async function settle(page) {
  await page.waitForFunction(() => !window.heatTwinDebug.flying, null, { timeout: 180_000 });
  await waitFrames(page, 2);
}

/** The debug counters. */
export function debug(page) {
  return page.evaluate(() => {
    const d = window.heatTwinDebug;
    return {
      drawCalls: d.drawCalls,
      triangles: d.triangles,
      miners: d.miners,
      hour: d.hour,
      instances: d.instances,
    };
  });
}

/** Screenshot of the WebGL canvas, decoded. */
export async function canvasImage(page) {
  return decodePng(await page.locator('canvas').first().screenshot());
}

/** Load the core (TypeScript) in Node through tsx, independently of the page. */
export async function loadCore() {
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('../../src/core/index.ts', import.meta.url);
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

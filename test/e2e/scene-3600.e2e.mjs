// The 3,600-miner budget: one instanced mesh, still ≤ 50 draw calls for the whole scene.
import { assert, canvasImage, debug, openHarness, waitFrames } from '../scene/e2e-helpers.mjs';
import { pixelStats } from '../scene/png.mjs';

export const name = 'scene: 3,600 miners render within 50 draw calls';

export async function run({ browser, url, shot }) {
  const { page, errors } = await openHarness(browser, url, 'miners=3600');
  try {
    await waitFrames(page, 2);
    const d = await debug(page);
    assert(d.miners === 3600 && d.instances === 3600, `expected 3600 miners, got ${JSON.stringify(d)}`);
    assert(d.drawCalls > 0 && d.drawCalls <= 50, `draw calls ${d.drawCalls} not within 1…50`);
    const st = pixelStats(await canvasImage(page));
    assert(st.nonBackground > 0.3 && st.distinct > 500, `canvas looks blank: ${JSON.stringify(st)}`);
    await shot(page, 'scene-3600-overview');
    await page.getByRole('button', { name: 'Inside a container' }).click();
    await page.waitForFunction(() => !window.heatTwinDebug.flying, null, { timeout: 180_000 });
    await waitFrames(page, 2);
    const d2 = await debug(page);
    assert(d2.drawCalls <= 50, `draw calls ${d2.drawCalls} above 50 inside a container`);
    await shot(page, 'scene-3600-inside-container');
    if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  } finally {
    await page.close();
  }
}

// Without a graphics card the twin draws at its light quality and says so (src/scene/three/renderer.ts): headless
// Chromium here draws WebGL in SwiftShader. The app asks for the light quality itself under automation
// (navigator.webdriver), so this page hides that flag to see what a person's browser would do. Full quality asked
// for by name (?3d=high) is kept: the scene bench's high-quality row needs it, and so may a demo machine.

export const name =
  'scene: a software renderer draws the twin at the light quality and the legend says so; ?3d=high keeps full quality';

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

export async function run({ browser, url, shot }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }),
  );
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.heatTwinDebug?.ready, null, { timeout: 180_000 });
    const d = await page.evaluate(() => ({
      webdriver: navigator.webdriver,
      quality: window.heatTwinDebug.quality,
      lowered: window.heatTwinDebug.lowered,
    }));
    assert(d.webdriver === false, 'navigator.webdriver is still set');
    assert(d.quality === 'low' && d.lowered, `SwiftShader drew at ${d.quality} (lowered: ${d.lowered})`);
    const note = await page.textContent('.twin-legend-note');
    assert(/software rendering/i.test(note ?? ''), `legend note: ${note}`);
    await shot(page, 'scene-software-renderer');
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}3d=high`);
    await page.waitForFunction(() => window.heatTwinDebug?.ready, null, { timeout: 180_000 });
    const h = await page.evaluate(() => ({
      quality: window.heatTwinDebug.quality,
      lowered: window.heatTwinDebug.lowered,
      note: document.querySelector('.twin-legend-note')?.textContent ?? null,
    }));
    assert(h.quality === 'high' && !h.lowered, `?3d=high drew at ${h.quality} (lowered: ${h.lowered})`);
    assert(h.note === null || !/software rendering/i.test(h.note), `?3d=high legend note: ${h.note}`);
    assert(errors.length === 0, `page errors: ${errors.join('\n')}`);
  } finally {
    await ctx.close();
  }
}

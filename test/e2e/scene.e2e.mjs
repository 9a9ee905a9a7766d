// The 3D twin renders, stays within its draw-call budget with 360 miners, and its colours follow the hour.
import {
  assert,
  canvasImage,
  debug,
  loadCore,
  openHarness,
  settle,
  waitFrames,
} from '../scene/e2e-helpers.mjs';
import { meanDifference, pixelStats } from '../scene/png.mjs';

export const name = 'scene: 360 miners render within budget; coldest night and summer afternoon differ';

export async function run({ browser, url, shot }) {
  // The hours to expect, from the core run independently in Node.
  const core = await loadCore();
  const pilot = (await import('../../models/sites/manitoba-pilot.json', { with: { type: 'json' } })).default;
  const r = core.simulate(core.loadScenario(pilot));
  const T = r.series.outdoorT;
  let coldest = -1;
  for (let i = 0; i < r.hours; i++)
    if (r.series.isDay[i] < 0.5 && (coldest < 0 || T[i] < T[coldest])) coldest = i;

  const { page, errors } = await openHarness(browser, url);
  try {
    await waitFrames(page, 2);
    const d = await debug(page);
    assert(d.miners === 360 && d.instances === 360, `expected 360 miners, got ${JSON.stringify(d)}`);
    assert(d.drawCalls > 0 && d.drawCalls <= 50, `draw calls ${d.drawCalls} not within 1…50`);
    const img = await canvasImage(page);
    const st = pixelStats(img);
    assert(st.nonBackground > 0.3 && st.distinct > 500, `canvas looks blank: ${JSON.stringify(st)}`);
    await shot(page, 'scene-overview-january-evening');

    // Debug handle is read-only.
    const writable = await page.evaluate(() => {
      try {
        window.heatTwinDebug.drawCalls = 1e9;
      } catch {}
      try {
        window.heatTwinDebug = {};
      } catch {}
      return (
        window.heatTwinDebug.drawCalls === 1e9 || typeof window.heatTwinDebug.screenPosition !== 'function'
      );
    });
    assert(!writable, 'window.heatTwinDebug can be modified');

    // Same viewpoint, two hours: the coldest night and a summer afternoon.
    await page.getByRole('button', { name: 'Exchanger', exact: true }).click();
    await page.getByTestId('jump-coldest').click();
    await page.waitForFunction((h) => window.heatTwinDebug.hour === h, coldest);
    await settle(page);
    const night = await canvasImage(page);
    await shot(page, 'scene-exchanger-coldest-night');
    await page.getByTestId('jump-summer').click();
    await page.waitForFunction((h) => window.heatTwinDebug.hour !== h, coldest);
    const summerHour = await page.evaluate(() => window.heatTwinDebug.hour);
    assert(
      T[summerHour] > 273.15 + 25,
      `summer afternoon hour ${summerHour} is not warm (${T[summerHour] - 273.15} °C)`,
    );
    await settle(page);
    const summer = await canvasImage(page);
    await shot(page, 'scene-exchanger-summer-afternoon');
    const diff = meanDifference(night, summer);
    assert(
      diff > 12,
      `colours barely change between the coldest night and a summer afternoon (mean |Δ| ${diff.toFixed(1)})`,
    );

    // The greenhouse loop's label swatch follows the core: water out of the exchanger is hotter on the coldest
    // night than on the summer afternoon (greenhouse return only).
    assert(
      r.series.hxColdOutT[coldest] > r.series.hxColdOutT[summerHour] + 20,
      'core: expected a hot exchanger outlet in winter',
    );

    // Keyboard: → steps one hour.
    await page.locator('.twin').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((h) => window.heatTwinDebug.hour === h + 1, summerHour);
    assert((await debug(page)).drawCalls <= 50, 'draw calls above 50 in the exchanger view');
    if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  } finally {
    await page.close();
  }
}

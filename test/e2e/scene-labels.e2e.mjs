// Issue 15: the 3D view's labels never overlap (decluttered in screen space, again when the camera moves), at
// 1280×800 and 1440×900; with imperial units every label shows imperial units.
import { assert, openHarness, settle } from '../scene/e2e-helpers.mjs';

export const name = 'scene: labels do not overlap (1280×800, 1440×900, after orbiting); imperial labels';

const SI_UNITS = /°C|\bha\b|m²|m³|\bMW\b|\bkW\b|\d W\b|kg\/s|GWh|MWh/;

function overlapping(labels) {
  const shown = labels.filter((l) => l.visible && l.rect);
  const pairs = [];
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i].rect;
      const b = shown[j].rect;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
        pairs.push(`${shown[i].component} × ${shown[j].component}`);
    }
  return pairs;
}

async function checkView(page, view, where) {
  await page.locator('.twin').focus();
  await page.keyboard.press(String(['overview', 'container', 'exchanger', 'drycooler'].indexOf(view) + 1));
  await settle(page);
  const labels = await page.evaluate(() => window.heatTwinDebug.labels());
  const pairs = overlapping(labels);
  assert(!pairs.length, `${where} ${view}: overlapping labels ${pairs.join(', ')}`);
  return labels;
}

export async function run({ browser, url, shot }) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    const where = `${viewport.width}×${viewport.height}`;
    const { page, errors } = await openHarness(browser, url, 'hour=451&quality=low', viewport);
    try {
      const labels = await checkView(page, 'overview', where);
      const shown = labels.filter((l) => l.visible);
      assert(shown.length >= 4, `${where}: only ${shown.length} labels shown: ${JSON.stringify(labels)}`);
      await shot(page, `scene-labels-overview-${viewport.width}`);
      await checkView(page, 'exchanger', where);
      await checkView(page, 'drycooler', where);
      // Orbit from the overview: the labels are placed again for the new camera.
      await checkView(page, 'overview', where);
      const box = await page.locator('canvas').first().boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 260, box.y + box.height / 2 + 40, { steps: 6 });
      await page.mouse.up();
      await settle(page);
      const after = await page.evaluate(() => window.heatTwinDebug.labels());
      const pairs = overlapping(after);
      assert(!pairs.length, `${where} after orbiting: overlapping labels ${pairs.join(', ')}`);
      if (viewport.width === 1280) await shot(page, 'scene-labels-orbited-1280');
      if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
    } finally {
      await page.close();
    }
  }

  const { page, errors } = await openHarness(browser, url, 'hour=451&quality=low&units=imperial', {
    width: 1280,
    height: 800,
  });
  try {
    const labels = await checkView(page, 'overview', 'imperial');
    for (const l of labels)
      assert(!SI_UNITS.test(`${l.title} ${l.value}`), `imperial label in SI units: ${l.title} · ${l.value}`);
    const gh = labels.find((l) => l.component === 'greenhouse');
    assert(gh && /ft²/.test(gh.title), `greenhouse label: ${gh?.title}`);
    const top = await page.textContent('.twin-weather');
    assert(!SI_UNITS.test(top) && !/W\/m²/.test(top), `top bar in SI units: ${top}`);
    await shot(page, 'scene-labels-imperial-1280');
    if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  } finally {
    await page.close();
  }
}

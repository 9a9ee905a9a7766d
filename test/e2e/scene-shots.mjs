// Screenshots of the 3D twin (the scene harness) for people to compare before and after a scene change:
//   node test/e2e/scene-shots.mjs <folder> [width]x[height]
// Builds into E2E_OUT_DIR (default dist) unless a build is there, and writes one PNG per viewpoint and
// scenario to <folder>. Not a test (nothing is asserted); run.mjs does not pick it up.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { settle, waitFrames } from '../scene/e2e-helpers.mjs';
import { launch, serve } from './browser.mjs';

const out = process.argv[2] ?? 'test/e2e/screenshots/scene-shots';
const [width, height] = (process.argv[3] ?? '1440x900').split('x').map(Number);
const only = process.argv[4];
mkdirSync(out, { recursive: true });

const CASES = [
  ['pilot', 'hour=451', ['overview', 'exchanger', 'drycooler', 'container', 'greenhouse']],
  ['pilot-imperial', 'hour=451&units=imperial', ['overview']],
  ['pilot-tank-5ha', 'hour=451&tank=50&area=5ha', ['overview']],
  [
    'ai-racks',
    'hour=451&site=ai-racks-heat-pump',
    ['overview', 'container', 'exchanger', 'heatPump', 'aiRacks'],
  ],
  ['ai-mix', 'hour=451&site=ai-mining-mix', ['overview', 'container']],
];

const { url, close } = await serve();
const browser = await launch();
try {
  for (const [name, query, views] of CASES) {
    if (only && !name.includes(only)) continue;
    const page = await browser.newPage({ viewport: { width, height } });
    page.setDefaultTimeout(180_000);
    await page.goto(`${url}?${query}&quality=low#scene-harness`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.heatTwinDebug?.ready === true, null, { timeout: 180_000 });
    await page.waitForFunction(() => !document.querySelector('.twin-busy'), null, { timeout: 180_000 });
    for (const v of views) {
      const viewIndex = ['overview', 'container', 'exchanger', 'drycooler', 'greenhouse'].indexOf(v);
      if (viewIndex < 0) {
        // A part: pick it in the inspect list and fly to it.
        await page.getByLabel('Component to inspect').selectOption(v);
        await page.getByRole('button', { name: 'Fly to it' }).click();
      } else {
        await page.locator('.twin').focus();
        await page.keyboard.press(String(viewIndex + 1));
      }
      await settle(page);
      await waitFrames(page, 2);
      await page.screenshot({ path: join(out, `${name}-${v}-${width}x${height}.png`) });
      console.log(`${name} ${v}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await close();
}

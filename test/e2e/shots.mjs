// Screenshots of the app at the four reference sizes (npm run test:e2e does not run this file; run it with
// `node test/e2e/shots.mjs [outDir]` after a build to look at the layout). Reports the time to the first
// KPI card and whether the key elements are above the fold.
import { launch, serve } from './browser.mjs';

const out = process.argv[2] ?? 'test/e2e/screenshots';
const sizes = [
  [1920, 1080],
  [1440, 900],
  [1280, 800],
  [390, 844],
];
const { url, close } = await serve();
const browser = await launch();
for (const [width, height] of sizes) {
  const page = await browser.newPage({ viewport: { width, height } });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('.kpi .num', { timeout: 120000 });
  const firstKpi = Date.now() - t0;
  await page.waitForSelector('.results[data-state="final"]', { timeout: 120000 });
  await page
    .waitForFunction(() => window.heatTwinDebug?.ready === true, null, { timeout: 120000 })
    .catch(() => 0);
  await page.waitForTimeout(1500);
  const fold = await page.evaluate(() => {
    const seen = (sel) => {
      const e = document.querySelector(sel);
      if (!e) return 'missing';
      const r = e.getBoundingClientRect();
      return r.bottom <= innerHeight && r.top >= 0 && r.height > 0 ? 'visible' : `at ${Math.round(r.top)}`;
    };
    return {
      kpis: seen('.kpis'),
      scale: seen('[aria-label="Temperature scale"]'),
      time: seen('.twin-time, .hourbar'),
      twin: seen('[data-twin]'),
      pageWidth: document.documentElement.scrollWidth,
    };
  });
  console.log(`${width}×${height}: first KPI ${firstKpi} ms`, JSON.stringify(fold));
  await page.screenshot({ path: `${out}/layout-${width}x${height}.png` });
  await page.close();
}
await browser.close();
await close();

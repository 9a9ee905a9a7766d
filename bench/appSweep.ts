/**
 * The app's Sweep tab in headless Chromium (part of `npm run bench app`): the time from "Run sweep" to "N points
 * in …" for a greenhouse parameter (night set-point: every point a new year), a plant parameter (plate area:
 * the greenhouse replayed) and the floor area (replayed per m² while the plant keeps up), each run twice on
 * the same page — the first sweep after load (the workers' code for a sweep not yet optimised) and again with
 * other values — and when each point reached the table and when the table first spanned the range (the ends are
 * computed first: app/lib/sweepOrder.ts); and the plate areas once more right after a greenhouse
 * edit (the new greenhouse's trace handed from the full-year worker to the other). Prints figures; never fails
 * on them.
 */
import type { Browser, Page } from 'playwright-core';

const CASES = [
  ['Night set-point', ['15', '18', '8'], ['15.1', '18.1', '8']],
  ['Plate area', ['60', '120', '15'], ['61', '121', '15']],
  ['Floor area', ['10000', '30000', '5'], ['10500', '30500', '5']],
] as const;

/**
 * In the page: the time each new table row appears, from the click, and when the table first spans the range
 * (its first and last rows the From and To values) — a string: tsx helpers are not in the page.
 */
const watchRows = (from: string, to: string) => `(() => {
  window.__rows = [];
  window.__span = undefined;
  window.__t0 = performance.now();
  const cells = () => [...document.querySelectorAll('.sweep-table tbody tr th')].map((t) => Number(t.textContent.replace(/,/g, '')));
  window.__rowObserver?.disconnect();
  window.__rowObserver = new MutationObserver(() => {
    const v = cells();
    while (v.length > window.__rows.length) window.__rows.push(Math.round(performance.now() - window.__t0));
    if (window.__span === undefined && v.length >= 2 && v[0] === ${Number(from)} && v[v.length - 1] === ${Number(to)})
      window.__span = Math.round(performance.now() - window.__t0);
  });
  window.__rowObserver.observe(document.body, { childList: true, subtree: true });
})()`;

async function sweepOnce(
  page: Page,
  from: string,
  to: string,
  points: string,
): Promise<{ rows: number[]; span: number }> {
  await page.fill('input[name="from"]', from);
  await page.fill('input[name="to"]', to);
  await page.fill('input[name="points"]', points);
  await page.evaluate(watchRows(from, to));
  await page.click('.sweep-actions button[type="submit"]');
  await page.waitForFunction(
    `/^${points} points in/.test(document.querySelector('.sweep-status')?.textContent ?? '') && window.__rows.length >= ${points}`,
    null,
    { timeout: 300_000, polling: 20 },
  );
  return page.evaluate<{ rows: number[]; span: number }>('({ rows: window.__rows, span: window.__span })');
}

/** Commit a night set-point (°C) in the editor and wait for its full-year result. */
async function nightSetpoint(page: Page, value: string): Promise<void> {
  const field = page.locator('[data-path="greenhouse.nightSetpoint"]');
  await field.evaluate((el) => {
    const d = el.closest('details');
    if (d) d.open = true;
  });
  const before = Number(await page.getAttribute('.results', 'data-revision'));
  await field.locator('input').fill(value);
  await field.locator('input').press('Enter');
  await page.waitForFunction(
    `Number(document.querySelector('.results')?.getAttribute('data-revision')) > ${before} && document.querySelector('.results')?.getAttribute('data-state') === 'final'`,
    null,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(1000);
}

export async function measureSweeps(browser: Browser, url: string): Promise<void> {
  console.log('\n## Web app: the Sweep tab (headless Chromium, default scenario, 3D view off)');
  for (const [param, first, again] of CASES) {
    // bypassCSP: the probes are strings (tsx's helpers are not in the page) and the app's CSP forbids eval
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    try {
      await page.goto(`${url}?3d=off`);
      await page.waitForSelector('.results[data-state="final"]', { timeout: 60_000 });
      await page.waitForTimeout(1500);
      await page.click('#tab-sweep');
      await page.waitForSelector('.sweep-form', { timeout: 60_000 });
      await page.locator('.sweep-param select').selectOption({ label: param });
      for (const [when, [from, to, n]] of [
        ['first sweep after load', first],
        ['again, other values', again],
      ] as const) {
        const { rows, span } = await sweepOnce(page, from, to, n);
        console.log(
          `- ${param}, ${n} points, ${when}: ${(rows.at(-1)! / 1000).toFixed(2)} s (first point on screen at ${rows[0]} ms; both ends at ${span} ms; each point at ${rows.join(', ')} ms)`,
        );
      }
      if (param === 'Plate area') {
        // a new greenhouse: the full-year worker records it and hands its trace to the other before the sweep
        await nightSetpoint(page, '16.4');
        const { rows } = await sweepOnce(page, first[0], first[1], first[2]);
        console.log(
          `- ${param}, ${first[2]} points, right after a greenhouse edit (night set-point): ${(rows.at(-1)! / 1000).toFixed(2)} s`,
        );
      }
    } finally {
      await page.close();
    }
  }
}

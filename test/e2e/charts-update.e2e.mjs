// A new result updates the dashboard's charts in place (issue 13: charts update after the numbers, without
// janking the input). Their uPlot options used to be rebuilt with every result, so each chart was destroyed and
// built again (its zoom lost, one long task for all of them); now the same charts take the new data. Checked
// structurally, not by timing: the chart elements after an edit are the ones from before it, and the heat-flow
// chart's picture changed with the greenhouse's size. A units switch (new options) still rebuilds them.

import { commitEdit } from './edit.mjs';

export const name = 'charts: a new result updates the charts in place; a units switch rebuilds them';

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

/** Tag every chart element; how many carry the tag. */
const tag = (page) =>
  page.$$eval('.chart-box .uplot', (xs) => {
    for (const x of xs) x.dataset.kept = 'yes';
    return xs.length;
  });
const tagged = (page) => page.$$eval('.chart-box .uplot[data-kept="yes"]', (xs) => xs.length);
/** The heat-flow chart's canvas as a data URL (what it draws). */
const heatPicture = (page) =>
  page.$eval('.timeseries .chart:nth-of-type(2) canvas', (c) =>
    /** @type {HTMLCanvasElement} */ (c).toDataURL(),
  );

export async function run({ browser, url }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    const u = new URL(url);
    u.searchParams.set('3d', 'off');
    await page.goto(u.toString());
    await page.waitForSelector('.results[data-state="final"]', { timeout: 180_000 });
    await page.waitForSelector('.chart-box .uplot', { timeout: 60_000 });
    await page.locator('[data-path="greenhouse.floorArea"]').evaluate((el) => {
      const d = el.closest('details');
      if (d) d.open = true;
    });
    await page.waitForTimeout(500);
    const n = await tag(page);
    assert(n === 4, `expected 4 hourly and load-duration charts, found ${n}`);
    const before = await heatPicture(page);
    await commitEdit(page, 'greenhouse.floorArea', '3 ha');
    // the charts draw their new data in tasks of their own after the result's render
    await page.waitForFunction(
      (b) => {
        const c = document.querySelector('.timeseries .chart:nth-of-type(2) canvas');
        return c && c.toDataURL() !== b;
      },
      before,
      { timeout: 10_000 },
    );
    const kept = await tagged(page);
    assert(kept === 4, `${4 - kept} of 4 charts were rebuilt by a new result (expected all kept)`);
    await page.check('input[name="units"][value="imperial"]');
    await page.waitForFunction(
      () => document.querySelectorAll('.chart-box .uplot:not([data-kept])').length === 4,
      null,
      {
        timeout: 10_000,
      },
    );
    assert(errors.length === 0, `page errors: ${errors.join('\n')}`);
  } finally {
    await ctx.close();
  }
}

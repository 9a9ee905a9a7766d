// The 3D twin redraws once per new result (issue 13: charts and 3D update after the numbers, without janking
// the input). In software WebGL a frame of the app's twin holds the main thread for 0.3–0.5 s, so each extra
// frame is input lag: an edit used to draw 3–5 (a frame with the new plant and the old colours, one with both,
// one for the canvas's own commit). A physics edit must draw exactly one frame, an economics-only edit none.
// A count, not a timing: it does not depend on how fast this machine is.

import { commitEdit } from './edit.mjs';

export const name = 'scene: an edit redraws the 3D twin once, an economics-only edit not at all';

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const frames = (page) => page.evaluate(() => window.heatTwinDebug.frames);

/** Wait until no frame has been drawn for `quiet` ms (the on-demand renderer has nothing left to draw). */
async function settle(page, quiet = 1500) {
  let last = await frames(page);
  let since = Date.now();
  for (const end = Date.now() + 60_000; Date.now() < end; ) {
    await page.waitForTimeout(250);
    const n = await frames(page);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= quiet) return n;
  }
  throw new Error('the 3D twin kept drawing frames for a minute without an animation');
}

export async function run({ browser, url }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await page.waitForSelector('.results[data-state="final"]', { timeout: 180_000 });
    await page.waitForFunction(() => window.heatTwinDebug?.ready, null, { timeout: 180_000 });
    // open the editor groups of the fields first (the page's layout moves; the twin may redraw for that)
    for (const path of ['heatExchanger.area', 'economics.discountRate']) {
      await page.locator(`[data-path="${path}"]`).evaluate((el) => {
        const d = el.closest('details');
        if (d) d.open = true;
      });
    }
    await settle(page);
    const drawn = [];
    // plant-only edits (the greenhouse replayed): a new result and a new exchanger in the twin
    for (const area of ['90 m^2', '100 m^2']) {
      const n0 = await frames(page);
      await commitEdit(page, 'heatExchanger.area', area);
      drawn.push((await settle(page)) - n0);
    }
    assert(
      drawn.every((n) => n === 1),
      `frames drawn per exchanger edit: ${drawn.join(', ')} (one expected: the twin takes the new plant and its result in one render)`,
    );
    const n0 = await frames(page);
    await commitEdit(page, 'economics.discountRate', '9 %');
    const repriced = (await settle(page)) - n0;
    assert(repriced === 0, `an economics-only edit drew ${repriced} frames of the 3D twin (none expected)`);
    assert(errors.length === 0, `page errors: ${errors.join('\n')}`);
  } finally {
    await ctx.close();
  }
}

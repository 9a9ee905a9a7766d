// Browser check of Compare / Pin (issue 15 item 4): "Pin as A" keeps the result; an edit of the floor area
// shows each KPI card's delta B − A with its unit, sign and a better/worse colour, A dashed on the hourly,
// load-duration and monthly charts; Unpin returns to the plain view. Screenshots at 1440×900 and 1280×800:
// test/e2e/screenshots/app-compare-*.png.
export const name = 'app-compare: pin a result, edit, see the deltas and A on the charts';

const LONG = 240000;

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

async function waitFinal(page, after) {
  await page.waitForFunction(
    (b) => {
      const r = document.querySelector('.results');
      return Number(r?.getAttribute('data-revision')) > b && r?.getAttribute('data-state') === 'final';
    },
    after,
    { timeout: LONG },
  );
}

const revision = async (page) => Number(await page.getAttribute('.results', 'data-revision'));
const delta = async (page, id) =>
  `${(await page.textContent(`[data-kpi="${id}"] .kpi-delta-value`))?.trim()} | ${(await page.textContent(`[data-kpi="${id}"] .kpi-delta-a`))?.trim()}`;
const tone = (page, id) => page.getAttribute(`[data-kpi="${id}"]`, 'data-tone');

export async function run({ browser, url, shot }) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const u = new URL(url);
  u.searchParams.set('3d', 'off');
  await page.goto(u.toString());
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout: LONG });
  await page.waitForSelector('.results[data-state="final"]', { timeout: LONG });
  await page.waitForSelector('.chart-box .uplot', { timeout: LONG });
  assert((await page.$$('.kpi-delta')).length === 0, 'no deltas before pinning');

  await page.click('button:has-text("Pin as A")');
  await page.waitForSelector('.compare-bar[data-compare="on"]');
  // Pinned, nothing edited: every delta is "no change".
  assert(/no change/.test(await delta(page, 'coverage')), `unchanged: ${await delta(page, 'coverage')}`);

  // Edit the floor area (2 ha → 3 ha): more demand, less of it covered by the miners.
  const before = await revision(page);
  const area = page.locator('[data-path="greenhouse.floorArea"] input').first();
  await area.fill('3 ha');
  await area.press('Enter');
  await waitFinal(page, before);
  await page.waitForFunction(() =>
    /^[+−]/.test(document.querySelector('[data-kpi="demand"] .kpi-delta')?.textContent ?? ''),
  );
  const cov = await delta(page, 'coverage');
  const demand = await delta(page, 'demand');
  const backup = await delta(page, 'backup');
  console.log(`  deltas: coverage ${cov} | demand ${demand} | backup ${backup}`);
  assert(/^−[\d.,]+ pp \| A [\d.,]+ %$/.test(cov), `coverage delta: ${cov}`);
  assert((await tone(page, 'coverage')) === 'worse', 'less coverage is worse');
  assert(/^\+[\d.,]+ MWh\/yr \| A [\d.,]+ MWh\/yr$/.test(demand), `demand delta: ${demand}`);
  assert((await tone(page, 'demand')) === 'neutral', 'demand is neither better nor worse');
  assert(/^\+[\d.,]+ MWh\/yr \| A /.test(backup), `backup delta: ${backup}`);
  assert((await tone(page, 'backup')) === 'worse', 'more backup heat is worse');
  const delivered = await tone(page, 'delivered');
  assert(delivered === 'better' || delivered === 'same', `miner heat delivered: ${delivered}`);
  const colours = await page.$$eval(
    '[data-tone="worse"] .kpi-delta-value, [data-tone="better"] .kpi-delta-value',
    (els) => [...new Set(els.map((e) => getComputedStyle(e).color))],
  );
  assert(colours.length === 2, `better and worse in two colours: ${colours}`);

  // A on the charts: dashed series in the hourly and load-duration legends, dashed outlines on the monthly bars.
  const legends = await page.$$eval('.uplot .u-legend', (els) => els.map((e) => e.textContent ?? ''));
  assert(
    legends.length >= 4 && legends.every((t) => /A · /.test(t) && /B · /.test(t)),
    'A and B in every uPlot legend',
  );
  assert((await page.$$('.monthly [data-ghost="A"]')).length === 12, 'A outlined on the twelve months');
  await shot(page, 'app-compare-1440');
  await page.locator('.charts').scrollIntoViewIfNeeded();
  await shot(page, 'app-compare-1440-charts');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await shot(page, 'app-compare-1280');

  // Unpin: back to the plain view.
  await page.click('button:has-text("Unpin")');
  await page.waitForSelector('button:has-text("Pin as A")');
  assert((await page.$$('.compare-bar')).length === 0, 'no compare bar after unpinning');
  assert((await page.$$('.kpi-delta')).length === 0, 'no deltas after unpinning');
  assert((await page.$$('.monthly [data-ghost="A"]')).length === 0, 'no A outlines after unpinning');
  const after = await page.$$eval('.uplot .u-legend', (els) => els.map((e) => e.textContent ?? ''));
  assert(
    after.every((t) => !/A · /.test(t)),
    'no A series after unpinning',
  );

  assert(errors.length === 0, `console errors:\n${errors.join('\n')}`);
  await ctx.close();
}

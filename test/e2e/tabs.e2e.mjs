// Browser check of the results tabs (issues 15–17): the tablist works by keyboard; each tab shows real
// content — Telemetry its file loader and, with the bundled example year, the Guideline 14 table; Risk &
// compare the P10/P50/P90 bands after the run and the per-MW table of three sites; Exchanger its design-day
// figures; a risk parameter edit goes through the scenario edit path (rerun, Undo);
// the chosen tab survives a reload. Screenshots: test/e2e/screenshots/tabs-*.png. Fit is not run here (a
// calibration takes minutes on two shared cores).
export const name = 'tabs: results, exchanger, telemetry, risk & compare';

const VIEW = { width: 1280, height: 800 };
const LONG = 240000;

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

async function ready(page) {
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout: LONG });
  await page.waitForSelector('.results[data-state="final"]', { timeout: LONG });
}

const selected = (page) => page.getAttribute('[role="tab"][aria-selected="true"]', 'id');

export async function run({ browser, url, shot }) {
  const ctx = await browser.newContext({ viewport: VIEW });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const u = new URL(url);
  u.searchParams.set('3d', 'off'); // software WebGL is slow; the tabs do not depend on the 3D view
  await page.goto(u.toString());
  await ready(page);

  // Keyboard: the selected tab is the one tab stop; arrows move and select, Home/End jump.
  const tabs = await page.$$eval('[role="tab"]', (els) => els.map((e) => e.textContent));
  assert(
    tabs[0] === 'Results' && tabs.includes('Telemetry') && tabs.includes('Risk & compare'),
    `tabs ${tabs}`,
  );
  assert((await selected(page)) === 'tab-results', 'Results is the first tab shown');
  await page.focus('#tab-results');
  await page.keyboard.press('ArrowRight');
  const second = await selected(page);
  assert(
    second === `tab-${tabs[1] === 'Exchanger' ? 'exchanger' : 'telemetry'}`,
    `ArrowRight selected ${second}`,
  );
  assert((await page.evaluate(() => document.activeElement?.id)) === second, 'focus follows the selection');
  await page.keyboard.press('End');
  assert((await selected(page)) === 'tab-risk', 'End selects the last tab');
  await page.keyboard.press('Home');
  assert((await selected(page)) === 'tab-results', 'Home selects the first tab');
  assert(await page.isVisible('.kpis'), 'Results shows the KPI cards');
  assert(await page.isHidden('#panel-risk'), 'other panels are hidden');

  // Exchanger: the design-day figures.
  assert(tabs[1] === 'Exchanger', `second tab ${tabs[1]}`);
  {
    await page.click('#tab-exchanger');
    await page.waitForFunction(
      () => (document.querySelector('#panel-exchanger')?.textContent ?? '').includes('design'),
      null,
      { timeout: LONG },
    );
    const text = await page.textContent('#panel-exchanger');
    assert(!/could not load/.test(text), `exchanger panel failed: ${text.slice(0, 200)}`);
    await shot(page, 'tabs-exchanger');
  }

  // Telemetry: the file loader, then the example year scored (Guideline 14 table).
  await page.click('#tab-telemetry');
  await page.waitForSelector('#panel-telemetry input[type="file"]', { timeout: LONG });
  await page.click('#panel-telemetry button:has-text("Load the example year")');
  await page.waitForSelector('#panel-telemetry table.g14-table', { timeout: LONG });
  const g14 = await page.textContent('#panel-telemetry table.g14-table');
  assert(/Miner heat to greenhouse/.test(g14) && /%/.test(g14), `G14 table: ${g14.slice(0, 200)}`);
  assert((await page.$$('#panel-telemetry .uplot')).length >= 1, 'measured-over-simulated charts drawn');
  await shot(page, 'tabs-telemetry');

  // Risk & compare: P10/P50/P90 numbers after the run, the fan chart, the per-MW table of three sites.
  await page.click('#tab-risk');
  await page.waitForSelector('#panel-risk .risk-bands', { timeout: LONG });
  const heads = await page.$$eval('#panel-risk .risk-bands thead th', (els) => els.map((e) => e.textContent));
  assert(heads.slice(1).join() === 'P10,P50,P90', `band headings ${heads}`);
  const npv = await page.$$eval('#panel-risk .risk-bands tbody tr:first-child td', (els) =>
    els.map((e) => e.textContent),
  );
  // three significant figures, as the KPI cards write money ("-2.97 M USD", "272 k USD")
  assert(npv.length === 3 && npv.every((t) => /^-?[\d.,]+( [kM])? USD$/.test(t)), `NPV bands ${npv}`);
  assert(await page.isVisible('#panel-risk svg polygon'), 'fan chart drawn');
  await page.waitForSelector('#panel-risk .compare-per-mw', { timeout: LONG });
  const cols = await page.$$eval('#panel-risk .compare-per-mw thead th', (els) => els.length);
  assert(cols === 4, `compare table has ${cols - 1} sites`);
  await shot(page, 'tabs-risk');

  // A risk parameter edit is a scenario edit: it reruns the year, and Undo takes it back.
  const rev = Number(await page.getAttribute('.results', 'data-revision'));
  await page.fill('#risk-btcVolatility', '80 %');
  await page.waitForFunction(
    (r) => Number(document.querySelector('.results')?.getAttribute('data-revision')) > r,
    rev,
    { timeout: LONG },
  );
  assert(await page.isEnabled('button:has-text("Undo")'), 'Undo enabled after a risk edit');
  await page.click('button:has-text("Undo")');
  await page.waitForFunction(() => document.querySelector('#risk-btcVolatility')?.value === '', null, {
    timeout: LONG,
  });

  // The tab survives a reload (saved with the workspace).
  await page.waitForSelector('.shell[data-autosave="saved"]', { timeout: LONG });
  await page.reload();
  await ready(page);
  assert((await selected(page)) === 'tab-risk', `after reload: ${await selected(page)}`);
  await page.waitForSelector('#panel-risk .risk-bands', { timeout: LONG });

  assert(errors.length === 0, `console errors:\n${errors.join('\n')}`);
  await ctx.close();
}

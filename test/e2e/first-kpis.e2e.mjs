// First KPIs from the build (issue 13): on the default document the KPI cards show the figures the build
// computed from the model (state "build") before the worker's year is done, and those texts are exactly the
// worker's final ones; a document that is not the default (an autosaved edit, reopened) never shows them.
// Timings are not asserted here (bench/app.bench.ts prints the time to the first KPI).

export const name =
  'first KPIs: the build’s figures on the default document equal the worker’s; none elsewhere';

const VIEW = { width: 1280, height: 800 };

function lite(url) {
  const u = new URL(url);
  u.searchParams.set('3d', 'off');
  return u.toString();
}

/** Record, from the first DOM change on, whether the KPI cards ever showed the build's figures. */
function watchBuildState() {
  window.__sawBuild = false;
  new MutationObserver(() => {
    if (document.querySelector('.kpis[data-state="build"] .kpi .num')) window.__sawBuild = true;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

/** Every card's value, unit and note, by card id. */
const cardTexts = (page) =>
  page.$$eval('.kpis .kpi', (cards) =>
    Object.fromEntries(
      cards.map((c) => [
        c.getAttribute('data-kpi'),
        [
          c.querySelector('.num')?.textContent,
          c.querySelector('.kpi-unit')?.textContent,
          c.querySelector('.kpi-note')?.textContent,
        ].join(' | '),
      ]),
    ),
  );

export async function run({ browser, url, shot }) {
  const ctx = await browser.newContext({ viewport: VIEW });
  await ctx.addInitScript(watchBuildState);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(lite(url));

  // 1. The default document: build figures first, then the worker's — the same texts.
  await page.waitForSelector('.kpis[data-state="build"] .kpi .num', { timeout: 30000 });
  const early = await cardTexts(page);
  const status = await page.textContent('.run-status');
  if (!/computed at build/i.test(status ?? ''))
    throw new Error(`status does not say the figures are the build's: ${status}`);
  await shot(page, 'first-kpis-build');
  await page.waitForSelector('.results[data-state="final"]', { timeout: 60000 });
  const final = await cardTexts(page);
  // The watcher that must stay silent below saw the build's figures here.
  if (!(await page.evaluate(() => window.__sawBuild))) throw new Error('the build-state watcher saw nothing');
  if (Object.keys(final).length < 7) throw new Error(`expected the KPI cards, got ${JSON.stringify(final)}`);
  const differ = Object.keys(final).filter((k) => early[k] !== final[k]);
  if (differ.length || Object.keys(early).length !== Object.keys(final).length)
    throw new Error(
      `build figures differ from the worker's: ${differ.map((k) => `${k}: "${early[k]}" vs "${final[k]}"`).join('; ')}`,
    );

  // 2. An edited document (autosaved, then the page reopened): never the build's figures.
  const area = page.locator('[data-path="greenhouse.floorArea"] input').first();
  await area.fill('2.2 ha');
  await area.press('Enter');
  await page.waitForFunction(
    () => Number(document.querySelector('.results')?.getAttribute('data-revision')) >= 2,
  );
  await page.waitForSelector('.results[data-state="final"]', { timeout: 60000 });
  await page.waitForSelector('.shell[data-autosave="saved"]', { timeout: 10000 });
  await page.reload();
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout: 30000 });
  await page.waitForSelector('.results[data-state="final"]', { timeout: 60000 });
  const reopened = await page.inputValue('[data-path="greenhouse.floorArea"] input');
  if (!/^(2\.2|22,?000)$/.test(reopened.trim()))
    throw new Error(`the autosaved edit did not come back: floor area "${reopened}"`);
  if (await page.evaluate(() => window.__sawBuild))
    throw new Error('the edited document showed the build’s figures');
  const coverageEdited = await page.textContent('[data-kpi="coverage"] .num');
  if (coverageEdited === final.coverage?.split(' | ')[0])
    throw new Error('the edit did not change the coverage card');
  if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  await ctx.close();
}

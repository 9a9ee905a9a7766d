// Browser check of issue 15 item 10: a share link keeps the result tab. A link made on the Exchanger tab opens
// (in a fresh browser context, no saved workspace) on the Exchanger tab; the same link with its `&t=` removed
// (as older links are) opens on Results; a link made in imperial opens in imperial. Screenshot: test/e2e/screenshots/tabs-share-opened.png.
export const name = 'tabs-share: a share link opens on the tab it was made on';

const VIEW = { width: 1280, height: 800 };
const LONG = 240000;

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

async function open(browser, url) {
  const ctx = await browser.newContext({ viewport: VIEW });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  const u = new URL(url);
  u.searchParams.set('3d', 'off');
  await page.goto(u.toString());
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout: LONG });
  await page.waitForSelector('.results[data-state="final"]', { timeout: LONG });
  return { ctx, page, errors };
}

const selected = (page) => page.getAttribute('[role="tab"][aria-selected="true"]', 'id');

export async function run({ browser, url, shot }) {
  const a = await open(browser, url);
  await a.page.click('#tab-exchanger');
  await a.page.click('button:has-text("Share link")');
  const link = await a.page.inputValue('#share-url');
  assert(/&t=exchanger$/.test(link), `share link made on Exchanger: ${link}`);
  console.log(`  share link on the Exchanger tab: ${link.length} characters (${new URL(link).hash})`);

  const b = await open(browser, link);
  assert((await selected(b.page)) === 'tab-exchanger', `opened on ${await selected(b.page)}`);
  assert(await b.page.isVisible('#panel-exchanger'), 'the Exchanger panel is shown');
  assert(await b.page.isHidden('.kpis'), 'the Results panel is hidden');
  await b.page.waitForFunction(
    () => (document.querySelector('#panel-exchanger')?.textContent ?? '').includes('design'),
    null,
    { timeout: LONG },
  );
  assert(/Opened the shared scenario/.test(await b.page.textContent('.notice')), 'shared-scenario notice');
  await shot(b.page, 'tabs-share-opened');

  // An older link (no t=) opens on Results, even in a browser whose saved workspace was on another tab.
  await b.page.waitForSelector('.shell[data-autosave="saved"]', { timeout: LONG });
  const u = new URL(link.replace(/&t=exchanger$/, ''));
  u.searchParams.set('3d', 'off');
  await b.page.goto('about:blank');
  await b.page.goto(u.toString());
  await b.page.waitForSelector('.shell[data-ready="yes"]', { timeout: LONG });
  await b.page.waitForSelector('.results[data-state="final"]', { timeout: LONG });
  assert((await selected(b.page)) === 'tab-results', `older link opened on ${await selected(b.page)}`);

  // A link made in imperial opens in imperial in a fresh browser (a review: it opened in SI).
  await a.page.click('.units label:has-text("Imperial")');
  await a.page.click('button:has-text("Share link")');
  // the link is made asynchronously (compressed): wait for the box to show the new one
  await a.page
    .waitForFunction(() => /&u=imperial$/.test(document.querySelector('#share-url')?.value ?? ''), null, {
      timeout: 20000,
    })
    .catch(() => 0);
  const imperial = await a.page.inputValue('#share-url');
  assert(/&u=imperial$/.test(imperial), `share link made in imperial: ${imperial}`);
  const c = await open(browser, imperial);
  await c.page.waitForFunction(
    () => document.querySelector('[data-path="greenhouse.floorArea"] .unit')?.textContent === 'ft²',
    null,
    { timeout: LONG },
  );

  const errors = [...a.errors, ...b.errors, ...c.errors];
  assert(errors.length === 0, `console errors:\n${errors.join('\n')}`);
  await a.ctx.close();
  await b.ctx.close();
  await c.ctx.close();
}

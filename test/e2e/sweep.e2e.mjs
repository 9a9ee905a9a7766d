// Browser check of the Sweep tab (issue 15 item 4): a bad "To" shows a message naming the field, the value and
// the allowed range, and nothing runs; a 3-point sweep of the greenhouse floor area (10 000–30 000 m²) on the
// simulation worker fills the table and the chart (the scenario's own 20 000 m² marked), and the numbers of
// one point are those of the core run in Node (`heat-twin simulate --set`) at the precision displayed; the
// scenario's own value is on the table at once (the year the page has) while the ends are computed; an edit
// of the scenario stops a running sweep. Screenshots: test/e2e/screenshots/sweep-*.png (1280×800, 1440×900).
import { execFileSync } from 'node:child_process';

export const name = 'sweep: one parameter over a range from the UI, checked against the core in Node';

const LONG = 240000;

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

/** The app's formatNumber(x, 4) (src/app/lib/units.ts): 4 significant digits, en-US grouping. */
function shown(x) {
  const a = Math.abs(x);
  const maxFrac = a === 0 ? 0 : Math.max(0, Math.min(6, 3 - Math.floor(Math.log10(a))));
  return x.toLocaleString('en-US', { maximumFractionDigits: maxFrac, minimumFractionDigits: 0 });
}

/** The year of the pilot with one floor area, by the core in Node (the CLI's --json). */
function coreKpis(area) {
  const out = execFileSync(
    process.execPath,
    [
      'src/cli/heat-twin.mjs',
      'simulate',
      'models/sites/manitoba-pilot.json',
      '--set',
      `greenhouse.floorArea=${area}`,
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  return JSON.parse(out).kpis;
}

const tableRows = (page) =>
  page.$$eval('.sweep-table tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
  );

async function openSweep(page, url) {
  const u = new URL(url);
  u.searchParams.set('3d', 'off');
  await page.goto(u.toString());
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout: LONG });
  await page.waitForSelector('.results[data-state="final"]', { timeout: LONG });
  await page.click('#tab-sweep');
  await page.waitForSelector('.sweep-form', { timeout: LONG });
}

async function badTo(page, shot) {
  const param = await page.$eval('.sweep-param select', (s) => s.selectedOptions[0].textContent);
  assert(param === 'Floor area', `default parameter ${param}`);
  await page.fill('input[name="from"]', '10000');
  await page.fill('input[name="to"]', '20000000');
  await page.fill('input[name="points"]', '3');
  await page.click('.sweep-actions button[type="submit"]');
  const msg = await page.textContent('.sweep-error');
  console.log(`  bad To: ${msg}`);
  assert(
    /^To = "20000000" m²: Floor area must be between 10 m² and 10,000,000 m²$/.test(msg),
    `message: ${msg}`,
  );
  assert((await page.getAttribute('input[name="to"]', 'aria-invalid')) === 'true', 'To marked invalid');
  await page.waitForTimeout(1500);
  assert((await page.textContent('.sweep-status')).trim() === '', 'nothing ran (no status)');
  assert((await page.$$('.sweep-table')).length === 0, 'nothing ran (no table)');
  await shot(page, 'sweep-bad-to-1280x800');
}

export async function run({ browser, url, shot }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await openSweep(page, url);
  await badTo(page, shot);

  await page.fill('input[name="to"]', '30000');
  // the table as it first appears: the scenario's own 20 000 m², from the year the page has, while the
  // workers compute the ends (app/lib/sweepOrder.ts)
  await page.evaluate(() => {
    window.__firstTable = undefined;
    const obs = new MutationObserver(() => {
      const ths = [...document.querySelectorAll('.sweep-table tbody tr th')].map((t) => t.textContent.trim());
      if (!ths.length) return;
      window.__firstTable = { rows: ths, status: document.querySelector('.sweep-status')?.textContent ?? '' };
      obs.disconnect();
    });
    obs.observe(document.body, { childList: true, subtree: true });
  });
  const t0 = Date.now();
  await page.click('.sweep-actions button[type="submit"]');
  await page.waitForFunction(
    () => /3 points in/.test(document.querySelector('.sweep-status')?.textContent ?? ''),
    null,
    { timeout: LONG },
  );
  console.log(`  3 points in ${Date.now() - t0} ms`);
  const firstTable = await page.evaluate(() => window.__firstTable);
  console.log(`  first table: ${JSON.stringify(firstTable)}`);
  assert(
    firstTable?.rows.join() === '20,000' && /Running points 2–3 of 3/.test(firstTable.status),
    `the scenario's own value first, from the page's year: ${JSON.stringify(firstTable)}`,
  );
  assert((await page.$$('.sweep-error')).length === 0, 'the message went once the value was fixed');
  const head = await page.$$eval('.sweep-table thead th', (ths) => ths.map((t) => t.textContent.trim()));
  const rows = await tableRows(page);
  console.log(`  ${head.join(' | ')}\n  ${rows.map((r) => r.join(' | ')).join('\n  ')}`);
  assert(head[0] === 'Floor area (m²)' && /\(%\)$/.test(head[1]) && /\(MWh\)$/.test(head[2]), `head ${head}`);
  assert(rows.map((r) => r[0]).join() === '10,000,20,000,30,000', `values ${rows.map((r) => r[0])}`);
  assert(/this scenario/.test(rows[1].at(-1)), `the 2 ha row is marked: ${rows[1]}`);
  assert((await page.$$('.sweep .uplot')).length === 1, 'the chart is drawn');

  const core = coreKpis(30000);
  const want = [shown(core.heatCoverage * 100), shown(core.backupHeat_MWh)];
  assert(
    rows[2][1] === want[0] && rows[2][2] === want[1],
    `30 000 m²: app ${rows[2].slice(1, 3)} vs core in Node ${want}`,
  );
  const csvButton = await page.$('.sweep button[aria-label$="as CSV"]');
  assert(csvButton, 'CSV export button');
  await shot(page, 'sweep-1280x800');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.$eval('.sweep-table', (t) => t.scrollIntoView({ block: 'end' }));
  await page.waitForTimeout(500);
  await shot(page, 'sweep-1440x900');

  // An edit stops a running sweep.
  await page.fill('input[name="points"]', '8');
  await page.click('.sweep-actions button[type="submit"]');
  await page.waitForFunction(() =>
    /Running point/.test(document.querySelector('.sweep-status')?.textContent ?? ''),
  );
  await page.click('#tab-results');
  const areaField = page.locator('[data-path="greenhouse.floorArea"] input').first();
  await areaField.fill('2.5 ha');
  await areaField.press('Enter');
  await page.click('#tab-sweep');
  await page.waitForFunction(
    () =>
      /Stopped after \d of 8 points: the scenario was edited/.test(
        document.querySelector('.sweep-status')?.textContent ?? '',
      ),
    null,
    { timeout: LONG },
  );
  assert(errors.length === 0, `console errors: ${errors.join('\n')}`);
  await ctx.close();
}

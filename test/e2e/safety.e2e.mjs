// Safe inputs in the browser (issue 11): the built app runs under its Content-Security-Policy with no
// violation (app, worker run, charts, 3D view); a deflate-bomb share link and a share link whose quantity is a
// mathjs `createUnit(...)` injection are refused with a message, and the app keeps working.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';

export const name = 'safety: CSP without violations, bomb and injection share links refused';

const link = (url, json) => {
  const u = new URL(url);
  u.hash = `s=${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
  return u.toString();
};

async function open(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const csp = [];
  const errors = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) csp.push(m.text());
    else if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout: 60000 });
  await page.waitForSelector('.results[data-state="final"]', { timeout: 60000 });
  return { page, csp, errors };
}

async function noViolations(page, csp, where) {
  const events = await page.evaluate(() => window.__csp);
  if (csp.length || events.length)
    throw new Error(`CSP violations (${where}):\n${[...csp, ...events].join('\n')}`);
}

export async function run({ browser, url, shot }) {
  // 1. The app with its 3D view, a worker run and the charts, under the policy.
  const a = await open(browser, url);
  await a.page.waitForSelector('.chart-box .uplot', { timeout: 60000 });
  await a.page.waitForTimeout(3000);
  await shot(a.page, 'safety-csp');
  await noViolations(a.page, a.csp, 'app');
  await a.page.close();

  // 2. A 5 MB deflate bomb (≈ 5 KB in the link): refused while inflating, the app opens its own scenario.
  const bomb = await open(browser, link(url, `{"name":"${' '.repeat(5_000_000)}"}`));
  const bombText = await bomb.page.textContent('[data-notice="error"]');
  if (!/inflates to more than 256 KB/.test(bombText ?? '')) throw new Error(`bomb link notice: ${bombText}`);
  await noViolations(bomb.page, bomb.csp, 'bomb link');
  await bomb.page.close();

  // 3. An injection: floor area `createUnit("ha", …)`. Refused naming the field; "ha" is not redefined.
  const s = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
  s.greenhouse.floorArea = 'createUnit("ha", "5000 m^2", {override: true})';
  const inj = await open(browser, link(url, JSON.stringify(s)));
  const injText = await inj.page.textContent('[data-notice="error"]');
  if (!/not valid/.test(injText ?? '')) throw new Error(`injection link notice: ${injText}`);
  const details = await inj.page.textContent('.notice.error');
  if (!/greenhouse\.floorArea/.test(details ?? '')) throw new Error(`injection details: ${details}`);
  await shot(inj.page, 'safety-injection');
  await noViolations(inj.page, inj.csp, 'injection link');
  if (inj.errors.length) throw new Error(`console errors:\n${inj.errors.join('\n')}`);
  await inj.page.close();
}

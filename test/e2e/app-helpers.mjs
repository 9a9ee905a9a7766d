// Helpers of the web app's browser tests (app*.e2e.mjs): opening the page, waiting for its results, editing a
// field and reading KPI cards. Each check runs in a fresh browser context (its own IndexedDB).
import { commitEdit } from './edit.mjs';

export const VIEW = { width: 1280, height: 900 };

/** Most checks run with the 3D view off (`?3d=off`): software WebGL in headless Chromium is slow. */
export function lite(url) {
  const u = new URL(url);
  u.searchParams.set('3d', 'off');
  return u.toString();
}

export async function open(browser, url, { context, threeD = false } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport: VIEW }));
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(threeD ? url : lite(url));
  await ready(page, threeD ? 180000 : 30000);
  return { ctx, page, errors };
}

export async function ready(page, timeout = 30000) {
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout });
  await page.waitForSelector('.results[data-state="final"]', { timeout });
  await page.waitForSelector('.chart-box .uplot', { timeout });
}

export const revision = async (page) => Number(await page.getAttribute('.results', 'data-revision'));
export const kpi = async (page, id) => (await page.textContent(`[data-kpi="${id}"] .num`))?.trim();
export const num = (text) => Number(String(text).replace(/[^0-9.-]/g, ''));
export const field = (page, path) => page.locator(`[data-path="${path}"] input`).first();

/** Type a value into a field, press Enter, wait for the full-year result of that edit; returns its timing. */
export async function edit(page, path, text) {
  const t = await commitEdit(page, path, text, 30000);
  await page.waitForSelector('.results[data-state="final"]');
  return t;
}

export function noErrors(errors, where) {
  if (errors.length) throw new Error(`console errors (${where}):\n${errors.join('\n')}`);
}

export function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

export const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
};

/**
 * Run each check of a file in turn (APP_E2E_ONLY: only the checks whose title contains it), every one even after
 * a failure; throws with all failures at the end.
 */
export async function runChecks(checks, { browser, url, shot }) {
  const only = process.env.APP_E2E_ONLY;
  const failures = [];
  for (const [title, check] of Object.entries(checks)) {
    if (only && !title.includes(only)) continue;
    const t0 = Date.now();
    try {
      await check({ browser, url, shot });
      console.log(`  ✓ ${title} (${Date.now() - t0} ms)`);
    } catch (e) {
      failures.push(`${title}: ${e?.stack ?? e}`);
      console.log(`  ✗ ${title}`);
    }
  }
  if (failures.length) throw new Error(failures.join('\n\n'));
}

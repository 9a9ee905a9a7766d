// Keyboard and contrast (issue 15 item 11), in Chromium at 1280×800 with the 3D view on:
// - Tab from the top of the page through every focusable element: each shows a focus indicator (an outline
//   of at least 2 px, or a box-shadow ring) whose colour has at least 3:1 against the background beside it
//   (WCAG 2.1 SC 2.4.7 Focus Visible, SC 1.4.11 Non-text Contrast); the sequence reaches the 3D view and its
//   controls (viewpoints, zoom and turn, inspect list, time control). On the focused 3D view, keys change
//   the viewpoint (1–5), the hour (arrows), zoom (+/−) and turn ([ ]).
// - Contrast of the text actually rendered (getComputedStyle) in the top bar, editor, results, 3D overlays
//   and the Sweep tab: ≥ 4.5:1 for normal text, ≥ 3:1 for large text (≥ 24 px, or ≥ 18.66 px bold), WCAG 2.1
//   SC 1.4.3 Contrast (Minimum); disabled controls are exempt as the SC says. Colours are composited over
//   their ancestors' backgrounds; over the 3D canvas, whose pixels change with the view, the worse of a white
//   and a black backdrop is taken.
// Screenshots: test/e2e/screenshots/a11y-focus-*.png.
import { contrastAudit, focusInfo, inPage } from './a11y-helpers.mjs';

export const name = 'a11y-focus: visible focus everywhere, 3D controls by keyboard, text contrast';

const LONG = 240000;

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

async function tabThrough(page) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.mouse.click(2, 2); // focus the document, no element
  const seen = [];
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(inPage(focusInfo));
    if (!f) continue;
    if (seen.length && f.key === seen[0].key) break;
    seen.push(f);
  }
  return seen;
}

function checkVisible(seen) {
  const bad = seen.filter((f) => f.onScreen && !f.ok);
  for (const f of bad) console.log(`  no visible focus: ${f.what} — ${f.why}`);
  assert(bad.length === 0, `${bad.length} of ${seen.length} focused elements show no visible focus`);
}

function checkFocus(seen) {
  checkVisible(seen);
  const names = seen.map((f) => f.what).join('\n');
  for (const want of [
    /section "3D twin\. Keys/,
    /button "Overview/,
    /button "Zoom in"/,
    /button "Turn left"/,
    /select "Component to inspect"/,
    /button "Play"/,
    /input "Hour of the year"/,
  ]) {
    assert(want.test(names), `Tab does not reach ${want}:\n${names}`);
  }
}

async function keysOnTwin(page) {
  await page.focus('.twin');
  await page.keyboard.press('3');
  await page.waitForFunction(
    () => document.querySelector('.twin')?.getAttribute('data-view') === 'exchanger',
  );
  const hour = () => page.$eval('input[aria-label="Hour of the year"]', (i) => Number(i.value));
  const h0 = await hour();
  await page.keyboard.press('ArrowRight');
  assert((await hour()) === h0 + 1, 'ArrowRight on the 3D view steps an hour');
  const dist = () => page.evaluate(() => window.heatTwinDebug?.cameraDistance?.() ?? null);
  const d0 = await dist();
  await page.keyboard.press('+');
  await page.waitForTimeout(900);
  const d1 = await dist();
  assert(d0 !== null && d1 < d0 * 0.95, `+ zooms in (camera distance ${d0} → ${d1})`);
  await page.keyboard.press('1');
}

/** Waits until every running CSS transition on the page has finished. */
async function settled(page) {
  await page.evaluate(async () => {
    // two frames first, so that a state change React has just committed has started its transitions
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => undefined)),
    );
  });
}

export async function run({ browser, url, shot }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout: LONG });
  await page.waitForSelector('.results[data-state="final"]', { timeout: LONG });
  await page.waitForSelector('[data-twin] canvas', { timeout: LONG });
  await page.waitForFunction(() => window.heatTwinDebug?.ready === true, null, { timeout: LONG });

  const seen = await tabThrough(page);
  console.log(`  Tab reached ${seen.length} elements; ${seen.filter((f) => f.inTwin).length} in the 3D view`);
  checkFocus(seen);

  await page.focus('button[aria-label="Zoom in"]');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await shot(page, 'a11y-focus-twin-1280x800');
  await keysOnTwin(page);

  // Colours are read after the view buttons' pressed-state transitions end (the keys above just switched views):
  // mid-transition a button's text and background are between their two states.
  await settled(page);
  const low = await page.evaluate(inPage(contrastAudit));
  await page.click('#tab-sweep');
  await page.waitForSelector('.sweep-form', { timeout: LONG });
  const inSweep = await tabThrough(page);
  checkVisible(inSweep);
  assert(
    inSweep.some((f) => /button "Run sweep"/.test(f.what)),
    'Tab reaches Run sweep',
  );
  await page.click('.sweep-actions button[type="submit"]');
  await page.focus('.sweep-form select');
  await shot(page, 'a11y-focus-sweep-1280x800');
  await settled(page);
  low.push(...(await page.evaluate(inPage(contrastAudit))));
  for (const l of low)
    console.log(`  low contrast ${l.ratio}:1 (need ${l.need}) ${l.color} on ${l.bg}: ${l.what}`);
  assert(low.length === 0, `${low.length} text elements below the WCAG 2.1 contrast minimum`);
  assert(errors.length === 0, `page errors: ${errors.join('\n')}`);
  await ctx.close();
}

// Browser check that the scenario editor fits its column: at a laptop (1280×800) and on a phone (390×844),
// with every editor group open (the heating curve's point rows included), no field, unit or button reaches past
// the editor's right edge and the page does not scroll sideways. (A UI review found the heating-curve box 494 px
// wide in the 340 px sidebar, its "Remove point" buttons out of sight, and on a phone every input's unit cut off.)
// Screenshots: test/e2e/screenshots/layout-*.png.
export const name = 'layout: the editor fits its column at 1280 and 390 px';

const LONG = 240000;

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

/** Elements inside the editor whose right edge passes the editor's content box (1 px slack), as text. */
function overflowing() {
  const side = document.querySelector('.side');
  if (!side) return ['no .side'];
  const s = side.getBoundingClientRect();
  const right = s.right - Number.parseFloat(getComputedStyle(side).paddingRight) + 1;
  const out = [];
  // the page may clip what sticks out (overflow-x: hidden), so the editor is also held to the window
  const view = document.documentElement.clientWidth;
  if (s.left < -1 || s.right > view + 1)
    out.push(`editor spans ${Math.round(s.left)}–${Math.round(s.right)} px of a ${view} px window`);
  for (const el of side.querySelectorAll('input, select, button, .unit, fieldset, label')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > right) {
      const what = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 30) || el.tagName;
      out.push(`${el.tagName.toLowerCase()} "${what}" right ${Math.round(r.right)} > ${Math.round(right)}`);
    }
  }
  if (side.scrollWidth > side.clientWidth + 1)
    out.push(`editor scrolls sideways: ${side.scrollWidth} > ${side.clientWidth}`);
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1)
    out.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
  return out;
}

export async function run({ browser, url, shot }) {
  for (const [label, viewport] of [
    ['laptop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ]) {
    const ctx = await browser.newContext({ viewport });
    const page = await ctx.newPage();
    const u = new URL(url);
    u.searchParams.set('3d', 'off'); // the editor does not depend on the 3D view
    await page.goto(u.toString());
    await page.waitForSelector('.shell[data-ready="yes"]', { timeout: LONG });
    await page.waitForSelector('.side .group', { timeout: LONG });
    await page.$$eval('.side details.group', (els) => {
      for (const d of els) d.open = true;
    });
    await page.waitForSelector('.side fieldset.curve .curve-row', { timeout: LONG });
    const bad = await page.evaluate(overflowing);
    const curve = await page.$('.side fieldset.curve');
    await curve.scrollIntoViewIfNeeded();
    await shot(page, `layout-${label}-heating-curve`);
    assert(bad.length === 0, `${label} ${viewport.width}×${viewport.height}: ${bad.slice(0, 8).join('; ')}`);
    await ctx.close();
  }
}

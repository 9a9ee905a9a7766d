// Browser check that the scenario editor fits its column: at a laptop (1280×800) and on a phone (390×844),
// with every editor group open (the heating curve's point rows included), no field, unit or button reaches past
// the editor's right edge and the page does not scroll sideways. (A UI review found the heating-curve box 494 px
// wide in the 340 px sidebar, its "Remove point" buttons out of sight, and on a phone every input's unit cut off.)
// The results (a later review): at 1280 px no KPI card's text passes its card's edge; on a phone (390 px) the KPI
// cards come before the 3D view, the 3D view's viewpoint and camera buttons are all on screen, and no two labels
// of the energy-flow (Sankey) diagram overlap (nor at 1280 px).
// Screenshots: test/e2e/screenshots/layout-*.png.
export const name =
  'layout: the editor fits its column, KPI cards, 3D buttons and Sankey labels fit, 1280 and 390 px';

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

/** KPI cards with text (measured per text node, so a long word in a wrapping heading counts) past their edges. */
function kpiOverflow() {
  const out = document.querySelectorAll('.kpi').length < 7 ? ['fewer than 7 KPI cards'] : [];
  for (const card of document.querySelectorAll('.kpi')) {
    const c = card.getBoundingClientRect();
    const cs = getComputedStyle(card);
    const left = c.left + Number.parseFloat(cs.borderLeftWidth) - 0.5;
    const right = c.right - Number.parseFloat(cs.borderRightWidth) + 0.5;
    if (card.scrollWidth > card.clientWidth + 1)
      out.push(`${card.dataset.kpi} scrolls: ${card.scrollWidth} > ${card.clientWidth}`);
    const walk = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      if (!t.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue; // hidden (a note in its tooltip)
      if (r.right > right || r.left < left)
        out.push(
          `${card.dataset.kpi} "${t.textContent.trim()}" ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(left)}–${Math.round(right)}`,
        );
    }
  }
  return out;
}

/** Pairs of Sankey labels whose boxes overlap, and labels outside the diagram. */
function sankeyLabelClashes() {
  const svg = document.querySelector('.sankey svg');
  if (!svg) return ['no Sankey'];
  const s = svg.getBoundingClientRect();
  const labels = [...svg.querySelectorAll('.sankey-label')].map((t) => ({
    text: t.textContent,
    r: t.getBoundingClientRect(),
  }));
  if (labels.length < 5) return [`${labels.length} Sankey labels`];
  const out = [];
  for (const { text, r } of labels)
    if (r.left < s.left - 0.5 || r.right > s.right + 0.5 || r.top < s.top - 0.5 || r.bottom > s.bottom + 0.5)
      out.push(`"${text}" outside the diagram`);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i].r;
      const b = labels[j].r;
      if (
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5
      )
        out.push(`"${labels[i].text}" overlaps "${labels[j].text}"`);
    }
  return out;
}

/** The results at 1280 px (KPI cards, Sankey) and on a phone with the 3D view (order, buttons, Sankey). */
async function results({ browser, url, shot }) {
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let page = await laptop.newPage();
  const u = new URL(url);
  u.searchParams.set('3d', 'off');
  await page.goto(u.toString());
  await page.waitForSelector('.results[data-state="final"]', { timeout: LONG });
  await page.waitForSelector('.sankey .sankey-label', { timeout: LONG });
  const cards = await page.evaluate(kpiOverflow);
  await shot(page, 'layout-laptop-kpis');
  assert(cards.length === 0, `1280×800 KPI cards: ${cards.slice(0, 8).join('; ')}`);
  const wide = await page.evaluate(sankeyLabelClashes);
  assert(wide.length === 0, `1280×800 Sankey labels: ${wide.slice(0, 8).join('; ')}`);
  await laptop.close();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  page = await phone.newPage();
  await page.goto(url); // with the 3D view
  await page.waitForSelector('.results[data-state="final"]', { timeout: LONG });
  await page.waitForSelector('.twin-views .twin-orbit-btn', { timeout: LONG });
  const order = await page.evaluate(() => {
    const k = document.querySelector('.kpis').getBoundingClientRect();
    const t = document.querySelector('[data-twin]').getBoundingClientRect();
    return { kpiBottom: k.bottom, twinTop: t.top };
  });
  assert(
    order.kpiBottom <= order.twinTop,
    `390×844: the 3D view (top ${order.twinTop}) before the KPI cards end (${order.kpiBottom})`,
  );
  await page.$eval('[data-twin]', (el) => el.scrollIntoView({ block: 'start' }));
  const off = await page.evaluate(() => {
    const out = [];
    const views = document.querySelectorAll('.twin-views button');
    if (views.length < 9) out.push(`${views.length} viewpoint and camera buttons`);
    for (const b of views) {
      const r = b.getBoundingClientRect();
      const what = b.getAttribute('aria-label') || b.textContent.trim();
      if (r.width === 0 || r.left < 0 || r.right > innerWidth || r.top < 0 || r.bottom > innerHeight)
        out.push(
          `"${what}" at ${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}`,
        );
      // not clipped by its panel (a row that scrolls sideways hid the camera buttons)
      const p = b.closest('.twin-views').getBoundingClientRect();
      if (r.left < p.left - 0.5 || r.right > p.right + 0.5 || r.bottom > p.bottom + 0.5)
        out.push(`"${what}" clipped by the viewpoints panel`);
    }
    return out;
  });
  await shot(page, 'layout-phone-twin');
  assert(off.length === 0, `390×844 3D buttons off screen: ${off.join('; ')}`);
  await page.waitForSelector('.sankey .sankey-label', { timeout: LONG });
  const clashes = await page.evaluate(sankeyLabelClashes);
  await (await page.$('.sankey')).scrollIntoViewIfNeeded();
  await shot(page, 'layout-phone-sankey');
  assert(clashes.length === 0, `390×844 Sankey labels: ${clashes.slice(0, 8).join('; ')}`);
  await phone.close();
}

export async function run({ browser, url, shot }) {
  await results({ browser, url, shot });
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

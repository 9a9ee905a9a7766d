// Browser tests of the web app's layout: every control labelled and reachable with the keyboard; the first screen
// of a 1280×800 laptop and of a 390×844 phone. Screenshots: test/e2e/screenshots/app-*.png.
import { assert, edit, noErrors, open, ready, runChecks } from './app-helpers.mjs';

export const name = 'app: keyboard, laptop and phone layouts';

const checks = {
  async 'every control is labelled and reachable with the keyboard'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    await page.click('summary:has-text("Economics")');
    const unlabelled = await page.evaluate(() => {
      const bad = [];
      for (const el of document.querySelectorAll(
        '.top input, .top select, .top button, .side input, .side select, .side button, .content input, .content select, .content button',
      )) {
        const named =
          (el.labels && el.labels.length > 0) ||
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          (el.tagName === 'BUTTON' && el.textContent.trim());
        if (!named) bad.push(el.outerHTML.slice(0, 80));
      }
      return bad;
    });
    assert(unlabelled.length === 0, `controls without a label:\n${unlabelled.join('\n')}`);
    // Tab from the top of the page: the header controls come first, then the editor fields. Opening the
    // Economics group above moved the focus-navigation starting point into the editor: start again at the top.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('afterbegin', '<span id="kb-start" tabindex="-1"></span>');
      document.getElementById('kb-start')?.focus();
    });
    await page.keyboard.press('Tab');
    const seen = [];
    for (let i = 0; i < 30; i++) {
      seen.push(
        await page.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ||
            document.activeElement?.labels?.[0]?.textContent?.trim() ||
            document.activeElement?.textContent?.trim(),
        ),
      );
      await page.keyboard.press('Tab');
    }
    for (const want of [
      'Saved scenarios',
      'Duplicate',
      'SI', // the units radio group (its checked radio is the tab stop; arrow keys choose Imperial)
      'Import',
      'Share link',
      'Host proposal',
      'Scenario name',
    ]) {
      assert(
        seen.some((x) => x?.includes(want)),
        `Tab never reached "${want}" (saw ${seen.join(' | ')})`,
      );
    }
    await page.keyboard.press('Tab');
    await shot(page, 'app-keyboard');
    noErrors(errors, 'keyboard');
    await ctx.close();
  },

  async 'laptop 1280×800: KPIs, 3D with its temperature scale and the time control on the first screen'({
    browser,
    url,
    shot,
  }) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(url);
    await ready(page, 180000);
    await page.getByRole('region', { name: 'Temperature scale' }).waitFor({ timeout: 120000 });
    const seen = await page.evaluate(() => {
      const inView = (el) => {
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
      };
      const box = (el) => el && JSON.stringify(el.getBoundingClientRect());
      return {
        scaleBox: box(document.querySelector('[aria-label="Temperature scale"]')) ?? 'missing',
        kpis: inView(document.querySelector('.kpis')),
        scale: inView(document.querySelector('[aria-label="Temperature scale"]')),
        time: inView(document.querySelector('[aria-label="Time control"]')),
        warnings: inView(document.querySelector('.warning-strip')),
      };
    });
    await shot(page, 'app-laptop-1280x800');
    for (const [k, v] of Object.entries(seen))
      if (k !== 'scaleBox') assert(v, `${k} not on the first screen at 1280×800: ${JSON.stringify(seen)}`);
    const order = await page.$$eval('.warning-strip li', (li) => li.map((x) => x.dataset.severity));
    const rank = { danger: 0, warning: 1, note: 2 };
    assert(
      order.every((x, i) => i === 0 || rank[order[i - 1]] <= rank[x]),
      `warnings by severity: ${order}`,
    );
    await shot(page, 'app-laptop-1280x800');
    // While an edit is refined (the quick preview on screen, the exact year running) the 3D view neither moves
    // nor resizes: the warning strip above it keeps its height (a shorter preview list moved it up by a line
    // and the exact result back down, resizing the canvas twice per edit).
    await page.evaluate(() => {
      const slot = document.querySelector('.twin-slot');
      const results = document.querySelector('.results');
      window.__slot = [];
      const sample = () => {
        const r = slot.getBoundingClientRect();
        const state = results.getAttribute('data-state');
        if (state !== 'final') window.__slot.push(`${state} ${r.top + scrollY} ${r.height}`);
        if (window.__slot.length < 5000) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    const before = await page.evaluate(() => {
      const r = document.querySelector('.twin-slot').getBoundingClientRect();
      return `${r.top + scrollY} ${r.height}`;
    });
    await edit(page, 'greenhouse.floorArea', '2.2 ha');
    const during = await page.evaluate(() => window.__slot.splice(0));
    assert(
      during.some((x) => x.startsWith('preview')),
      `no preview seen: ${during.slice(0, 5)}`,
    );
    const moved = during.filter((x) => !x.endsWith(before));
    assert(moved.length === 0, `the 3D view moved while refining (was ${before}): ${moved.slice(0, 5)}`);
    await ctx.close();
  },

  async 'phone 390×844: one column, no sideways scroll, the KPI cards on the first screen, the 3D view after them'({
    browser,
    url,
    shot,
  }) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await ctx.newPage();
    await page.goto(url);
    await ready(page, 180000);
    const m = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      kpiTop: document.querySelector('.kpis')?.getBoundingClientRect().top ?? 1e9,
      kpiBottom: document.querySelector('.kpis')?.getBoundingClientRect().bottom ?? 1e9,
      twinTop: document.querySelector('[data-twin]')?.getBoundingClientRect().top ?? -1,
    }));
    assert(m.width <= 390, `page is ${m.width} px wide`);
    // on a phone the numbers come first (a UI review: the 3D view filled the first screen, the cards under it)
    assert(m.kpiTop < 844, `KPI cards start at ${m.kpiTop} px`);
    assert(m.kpiBottom <= m.twinTop, `3D view (top ${m.twinTop}) before the KPI cards' end (${m.kpiBottom})`);
    // The 3D view's panels (date card, viewpoints + inspect, colour scale, time control) do not cover each other.
    await page.waitForSelector('.twin-legend', { timeout: 120000 });
    const hits = await page.evaluate(() => {
      const sels = ['.twin-top', '.twin-right', '.twin-legend', '.twin-time'];
      const rs = sels.map((s) => document.querySelector(s)?.getBoundingClientRect());
      const out = [];
      for (let i = 0; i < rs.length; i++)
        for (let j = i + 1; j < rs.length; j++) {
          const a = rs[i];
          const b = rs[j];
          if (!a || !b) out.push(`${sels[i]} or ${sels[j]} missing`);
          else if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            out.push(`${sels[i]} overlaps ${sels[j]}`);
        }
      return out;
    });
    assert(hits.length === 0, hits.join('; '));
    await shot(page, 'app-phone-390x844');
    await ctx.close();
  },
};

export const run = (ctx) => runChecks(checks, ctx);

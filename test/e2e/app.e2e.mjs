// Browser tests of the web app (issue 5, "Done when"): default scenario and KPIs; editing the greenhouse
// area moves coverage the right way (and the edit → update time); an invalid value shows its message and
// keeps the results; a malformed import replaces nothing; reload restores the edit; the share link
// round-trips; the unit switch changes units, not results; EPW upload; presets; the printable proposal.
// Each check runs in a fresh browser context (its own IndexedDB). Screenshots: test/e2e/screenshots/app-*.png.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitEdit } from './edit.mjs';

export const name = 'app: editor, runs, dashboard, persistence, sharing, units, proposal';

const VIEW = { width: 1280, height: 900 };

/** Most checks run with the 3D view off (`?3d=off`): software WebGL in headless Chromium is slow. */
function lite(url) {
  const u = new URL(url);
  u.searchParams.set('3d', 'off');
  return u.toString();
}

async function open(browser, url, { context, threeD = false } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport: VIEW }));
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(threeD ? url : lite(url));
  await ready(page, threeD ? 180000 : 30000);
  return { ctx, page, errors };
}

async function ready(page, timeout = 30000) {
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout });
  await page.waitForSelector('.results[data-state="final"]', { timeout });
  await page.waitForSelector('.chart-box .uplot', { timeout });
}

const revision = async (page) => Number(await page.getAttribute('.results', 'data-revision'));
const kpi = async (page, id) => (await page.textContent(`[data-kpi="${id}"] .num`))?.trim();
const num = (text) => Number(String(text).replace(/[^0-9.-]/g, ''));
const field = (page, path) => page.locator(`[data-path="${path}"] input`).first();

/** Type a value into a field, press Enter, wait for the full-year result of that edit; returns its timing. */
async function edit(page, path, text) {
  const t = await commitEdit(page, path, text, 30000);
  await page.waitForSelector('.results[data-state="final"]');
  return t;
}

function noErrors(errors, where) {
  if (errors.length) throw new Error(`console errors (${where}):\n${errors.join('\n')}`);
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
};

const checks = {
  async 'default scenario loads and shows KPIs (with the 3D twin)'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url, { threeD: true });
    await page.waitForSelector('[data-twin] canvas', { timeout: 30000 });
    const cov = num(await kpi(page, 'coverage'));
    assert(cov > 10 && cov <= 100, `coverage ${cov} % is not a share`);
    for (const id of [
      'delivered',
      'backup',
      'demand',
      'rejected',
      'erf',
      'costAvoided',
      'co2',
      'revenue',
      'payback',
    ]) {
      assert(await page.isVisible(`[data-kpi="${id}"]`), `KPI card ${id} missing`);
    }
    assert(
      (await page.locator('.chart-box .uplot').count()) === 4,
      'expected 3 time-series charts + load-duration curve',
    );
    assert(await page.isVisible('figure.monthly svg rect'), 'monthly bars missing');
    assert((await page.locator('figure.sankey svg path').count()) >= 5, 'sankey missing');
    assert(await page.isVisible('.warnings'), 'warnings section missing');
    assert((await page.textContent('h1'))?.includes('Heat Reuse Twin'), 'heading');
    await shot(page, 'app-default');
    await page.screenshot({ path: join('test/e2e/screenshots', 'app-default-full.png'), fullPage: true });
    noErrors(errors, 'default');
    await ctx.close();
  },

  async 'editing greenhouse area changes coverage the right way; edit → update time'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    const base = num(await kpi(page, 'coverage'));
    const bigger = await edit(page, 'greenhouse.floorArea', '4 ha');
    const covBig = num(await kpi(page, 'coverage'));
    assert(covBig < base, `a 4 ha greenhouse should have lower coverage than 2 ha (${covBig} vs ${base})`);
    await edit(page, 'greenhouse.floorArea', '1 ha');
    const covSmall = num(await kpi(page, 'coverage'));
    assert(
      covSmall > base,
      `a 1 ha greenhouse should have higher coverage than 2 ha (${covSmall} vs ${base})`,
    );
    await shot(page, 'app-edited-area');
    // Edit → updated numbers, default scenario: alternate 2 ha / 2.1 ha a few times.
    const timings = [bigger];
    for (let i = 0; i < 5; i++)
      timings.push(await edit(page, 'greenhouse.floorArea', i % 2 ? '2 ha' : '2.1 ha'));
    const preview = timings.map((t) => t.previewAt - t.editAt).filter(Number.isFinite);
    const final = timings.map((t) => t.finalAt - t.editAt);
    console.log(
      `  edit → preview numbers: median ${median(preview).toFixed(0)} ms (${preview.map((x) => x.toFixed(0)).join(', ')}); ` +
        `edit → full-year numbers: median ${median(final).toFixed(0)} ms (${final.map((x) => x.toFixed(0)).join(', ')})`,
    );
    // A plant-only edit (the exchanger's area) replays the last run's greenhouse (greenhouseTrace.ts) in the
    // worker: printed beside the greenhouse edits above, never asserted (timings).
    const plant = [];
    await page.click('summary:has-text("Plate exchanger")');
    for (let i = 0; i < 5; i++)
      plant.push(await edit(page, 'heatExchanger.area', i % 2 ? '100 m^2' : '90 m^2'));
    const plantFinal = plant.map((t) => t.finalAt - t.editAt);
    const plantCommit = plant.map((t) => t.finalAt - t.commitAt);
    console.log(
      `  plant edit (exchanger area) → full-year numbers: median ${median(plantFinal).toFixed(0)} ms (${plantFinal.map((x) => x.toFixed(0)).join(', ')}); from the field's commit: median ${median(plantCommit).toFixed(0)} ms`,
    );
    noErrors(errors, 'edit');
    await ctx.close();
  },

  async 'a greenhouse edit’s quick preview is corrected by an exact year, and close to the new year'({
    browser,
    url,
  }) {
    const { ctx, page, errors } = await open(browser, url);
    await page.locator('[data-path="greenhouse.nightSetpoint"]').evaluate((el) => {
      const d = el.closest('details');
      if (d) d.open = true;
    });
    const shown = [];
    for (const v of ['18', '17.5', '16.5', '16']) {
      const t = await edit(page, 'greenhouse.nightSetpoint', v);
      if (t.previewAt !== undefined) shown.push({ v, ...t });
    }
    assert(shown.length > 0, 'no quick preview reached the screen before its exact year in four edits');
    for (const t of shown) {
      const err = Math.abs(t.previewDemand - t.finalDemand) / t.finalDemand;
      assert(t.previewCorrected === true, `the preview of ${t.v} °C was not corrected: ${JSON.stringify(t)}`);
      // raw one-hour previews are 1.6–2 % low on this house; corrected 0.03–0.63 % here (0.5–1 K edits, deterministic)
      assert(err < 0.01, `preview of ${t.v} °C: heat demand ${t.previewDemand} against ${t.finalDemand} MWh`);
    }
    console.log(
      `  corrected previews: ${shown.map((t) => `${t.v} °C ${((100 * (t.previewDemand - t.finalDemand)) / t.finalDemand).toFixed(2)} %`).join(', ')}`,
    );
    noErrors(errors, 'preview');
    await ctx.close();
  },

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

  async 'an invalid value shows a message and keeps the previous results'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    const rev = await revision(page);
    const cov = await kpi(page, 'coverage');
    await field(page, 'greenhouse.floorArea').fill('-5 ha');
    await field(page, 'greenhouse.floorArea').press('Enter');
    const msg = page.locator('[data-path="greenhouse.floorArea"] .field-error');
    await msg.waitFor();
    const text = await msg.textContent();
    assert(
      /Floor area/.test(text) && /-5 ha/.test(text) && /between 10 m² and 10,000,000 m²/.test(text),
      `message: ${text}`,
    );
    assert(
      (await field(page, 'greenhouse.floorArea').getAttribute('aria-invalid')) === 'true',
      'aria-invalid',
    );
    await field(page, 'miners.count').fill('many');
    await page.locator('[data-path="miners.count"] .field-error').waitFor();
    await page.waitForTimeout(800);
    assert((await revision(page)) === rev, 'an invalid edit must not start a new run');
    assert((await kpi(page, 'coverage')) === cov, 'the previous results must stay');
    assert(await page.isVisible('.draft-note'), 'the "not applied" note');
    const status = await page.textContent('.run-status');
    assert(/2 edits not applied/.test(status) && !/Up to date/.test(status), `honest status: ${status}`);
    await shot(page, 'app-invalid');
    // A valid edit elsewhere still applies while the invalid drafts wait.
    await edit(page, 'greenhouse.daySetpoint', '22');
    assert(await page.isVisible('[data-path="greenhouse.floorArea"] .field-error'), 'draft message stays');
    noErrors(errors, 'invalid');
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

  async 'undo and redo: buttons, Ctrl+Z / Ctrl+Shift+Z, and Ctrl+Z inside a field'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    const area = field(page, 'greenhouse.floorArea');
    const start = await area.inputValue();
    const startCoverage = await kpi(page, 'coverage');
    await edit(page, 'greenhouse.floorArea', '3 ha');
    await edit(page, 'miners.count', '300');
    // Inside a field, Ctrl+Z first undoes the field's own typing (not the browser's confused undo).
    await area.click();
    await area.press('End');
    await area.type('5');
    assert((await area.inputValue()) === '300005', `typed: ${await area.inputValue()}`);
    await area.press('Control+z');
    assert((await area.inputValue()) === '30000', `field undo: ${await area.inputValue()}`);
    await area.press('Enter');
    await page.locator('h2:has-text("A typical year")').click();
    // App level: Ctrl+Z outside a field, then the button.
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      () => document.querySelector('[data-path="miners.count"] input').value === '360',
    );
    const before = await revision(page);
    await page.click('button:has-text("Undo")');
    await page.waitForFunction(
      (v) => document.querySelector('[data-path="greenhouse.floorArea"] input').value === v,
      start,
    );
    // Back to the scenario the page opened with: the full worker still has that year (worker/keep.ts), so it
    // answers with the same numbers before any preview could (a new year would come after its preview).
    await page.waitForFunction((b) => {
      const t = window.__twin?.timings.at(-1);
      return t && t.revision > b && t.finalAt !== undefined;
    }, before);
    const undone = await page.evaluate(() => window.__twin.timings.at(-1));
    assert(undone.previewAt === undefined, `a preview came for the undo: ${JSON.stringify(undone)}`);
    assert(
      (await kpi(page, 'coverage')) === startCoverage,
      `coverage after the undo ${await kpi(page, 'coverage')}, at start ${startCoverage}`,
    );
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(
      () => document.querySelector('[data-path="greenhouse.floorArea"] input').value === '30000',
    );
    await page.click('button:has-text("Redo")');
    await page.waitForFunction(
      () => document.querySelector('[data-path="miners.count"] input').value === '300',
    );
    await page.waitForSelector('.results[data-state="final"]');
    await shot(page, 'app-undo');
    noErrors(errors, 'undo');
    await ctx.close();
  },

  async 'import of a malformed file leaves the current scenario intact'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    const name = await page.textContent('.tag');
    const rev = await revision(page);
    const cov = await kpi(page, 'coverage');
    await page.setInputFiles('#import-json', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "schemaVersion": 1, "name": '),
    });
    await page.waitForSelector('[data-notice="error"]');
    assert(
      /not a JSON file; nothing was replaced/.test(await page.textContent('[data-notice="error"]')),
      'JSON error',
    );
    const bad = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
    bad.name = 'Should not appear';
    bad.greenhouse.floorArea = '-3 ha';
    bad.miners.count = 'lots';
    await page.setInputFiles('#import-json', {
      name: 'invalid-fields.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    await page.waitForFunction(() =>
      /invalid-fields\.json has 2 invalid fields/.test(
        document.querySelector('[data-notice="error"]')?.textContent ?? '',
      ),
    );
    const t = await page.textContent('[data-notice="error"]');
    assert(t.includes('greenhouse.floorArea') && t.includes('miners.count'), `issues listed: ${t}`);
    await page.waitForTimeout(500);
    assert((await page.textContent('.tag')) === name, 'scenario name unchanged');
    assert((await revision(page)) === rev && (await kpi(page, 'coverage')) === cov, 'results unchanged');
    await shot(page, 'app-import-error');
    // A good file imports as a new scenario.
    const good = JSON.parse(readFileSync('models/sites/small-36-s21-greenhouse.json', 'utf8'));
    await page.setInputFiles('#import-json', {
      name: 'small.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    await page.waitForFunction((n) => document.querySelector('.tag')?.textContent === n, good.name);
    await ready(page);
    noErrors(errors, 'import');
    await ctx.close();
  },

  async 'reload restores the edited scenario'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    const saves = () => page.evaluate(() => window.__twin.saves);
    // each change waits for a save after it (every change restarts the autosave's timer, so the save that
    // follows holds it): waiting only for "saved" after the last one could see the state the edit left
    await edit(page, 'greenhouse.floorArea', '3 ha');
    await page.waitForSelector('.shell[data-autosave="saved"]');
    const s0 = await saves();
    await page.click('.units label:has-text("Imperial")');
    await page.waitForFunction((s) => window.__twin.saves > s, s0);
    const s1 = await saves();
    await page.fill('#hour', '500');
    await page.waitForFunction((s) => window.__twin.saves > s, s1);
    await page.waitForSelector('.shell[data-autosave="saved"]');
    const cov = await kpi(page, 'coverage');
    const area = await field(page, 'greenhouse.floorArea').inputValue();
    await page.reload();
    await ready(page);
    assert((await field(page, 'greenhouse.floorArea').inputValue()) === area, 'area restored');
    assert((await page.textContent('[data-path="greenhouse.floorArea"] .unit')) === 'ft²', 'units restored');
    assert((await page.inputValue('#hour')) === '500', 'hour restored');
    assert(
      (await kpi(page, 'coverage')) === cov,
      `same results after reload (${await kpi(page, 'coverage')} vs ${cov})`,
    );
    await shot(page, 'app-reloaded');
    noErrors(errors, 'reload');
    await ctx.close();
  },

  async 'a share link round-trips'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    await edit(page, 'greenhouse.floorArea', '2.5 ha');
    await edit(page, 'miners.count', '300');
    const cov = await kpi(page, 'coverage');
    await page.locator('#hour').fill('4000');
    await page.click('button:has-text("Share link")');
    const link = await page.inputValue('#share-url');
    assert(/#p=manitoba-pilot~[A-Za-z0-9_-]+&h=4000(&v=overview)?$/.test(link), `share link: ${link}`);
    assert(link.length < 400, `share link of ${link.length} characters`);
    console.log(`  share link: ${link.length} characters`);
    assert(/copied|Copy this link/.test(await page.textContent('.share')), 'copy confirmation');
    await shot(page, 'app-share');
    // Somewhere else: a fresh context (no IndexedDB content).
    const other = await open(browser, link);
    assert((await field(other.page, 'miners.count').inputValue()) === '300', 'miner count from the link');
    assert((await field(other.page, 'greenhouse.floorArea').inputValue()) === '25000', 'area from the link');
    assert((await kpi(other.page, 'coverage')) === cov, 'same results from the link');
    assert(!other.page.url().includes('#p='), 'the hash is cleared after opening');
    assert((await other.page.inputValue('#hour')) === '4000', 'the hour from the link');
    assert(/Opened the shared scenario/.test(await other.page.textContent('.notice')), 'notice');
    await other.page.screenshot({ path: 'test/e2e/screenshots/app-share-opened.png' });
    noErrors([...errors, ...other.errors], 'share');
    await other.ctx.close();
    await ctx.close();
  },

  async 'the unit switch changes displayed units and not results'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    const rev = await revision(page);
    const cov = await kpi(page, 'coverage');
    const si = {
      area: await field(page, 'greenhouse.floorArea').inputValue(),
      day: await field(page, 'greenhouse.daySetpoint').inputValue(),
    };
    assert(si.area === '20000' && si.day === '21', `SI values ${JSON.stringify(si)}`);
    await page.click('.units label:has-text("Imperial")');
    await page.waitForFunction(
      () => document.querySelector('[data-path="greenhouse.floorArea"] .unit')?.textContent === 'ft²',
    );
    const area = Number(await field(page, 'greenhouse.floorArea').inputValue());
    const day = Number(await field(page, 'greenhouse.daySetpoint').inputValue());
    // 20 000 m² / 0.09290304 m²/ft² = 215 278.2 ft², shown to 4 significant digits in imperial (the scenario
    // keeps 20 000 m² until the field is edited); 21 °C × 9/5 + 32 = 69.8 °F (exact definitions).
    assert(area === 215300, `area in ft²: ${area}`);
    assert(Math.abs(day - 69.8) < 1e-6, `day set-point in °F: ${day}`);
    assert((await page.textContent('[data-path="greenhouse.daySetpoint"] .unit')) === '°F', '°F label');
    assert((await page.textContent('[data-path="greenhouseLoop.flow"] .unit')) === 'gpm', 'gpm label');
    assert((await page.textContent('[data-path="backupHeater.capacity"] .unit')) === 'BTU/h', 'BTU/h label');
    assert((await page.textContent('[data-kpi="delivered"] .kpi-unit')).includes('MMBtu'), 'energy in MMBtu');
    await page.waitForTimeout(500);
    assert((await revision(page)) === rev, 'switching units must not rerun the simulation');
    assert((await kpi(page, 'coverage')) === cov, 'coverage unchanged');
    await shot(page, 'app-imperial');
    // Typing a bare number in imperial stores it in the shown unit: 100 000 ft² = 9 290.304 m².
    await edit(page, 'greenhouse.floorArea', '100000');
    await page.click('.units label:has-text("SI")');
    const back = Number(await field(page, 'greenhouse.floorArea').inputValue());
    assert(Math.abs(back - 9290.304) < 0.01, `ft² → m²: ${back}`); // shown to 6 significant digits
    noErrors(errors, 'units');
    await ctx.close();
  },

  async 'EPW upload and presets'({ browser, url, shot }) {
    const { ctx, page, errors } = await open(browser, url);
    const epw = 'models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw';
    const rev = await revision(page);
    await page.setInputFiles('[data-path="site.weather"] input[type="file"]', {
      name: 'bad.epw',
      mimeType: 'text/plain',
      buffer: Buffer.from('LOCATION,Nowhere\nnot an epw\n'),
    });
    await page.waitForSelector('[data-notice="error"]');
    assert((await revision(page)) === rev, 'a bad EPW changes nothing');
    await page.setInputFiles('[data-path="site.weather"] input[type="file"]', epw);
    await page.waitForFunction(() =>
      /Weather: CAN_MB_Winnipeg/.test(document.querySelector('.notice')?.textContent ?? ''),
    );
    await page.waitForFunction(
      (r) => Number(document.querySelector('.results')?.getAttribute('data-revision')) > r,
      rev,
    );
    await ready(page);
    assert((await page.textContent('.weather-name')).includes('Winnipeg'), 'uploaded weather shown');
    // The file's name for the place and its ASHRAE heating design dry bulb (−28.1 °C) fill the site fields.
    assert((await field(page, 'site.name').inputValue()).includes('Winnipeg'), 'site name from the EPW');
    assert(
      (await field(page, 'site.designOutdoorTemperature').inputValue()) === '-28.1',
      'design temperature from the EPW',
    );
    // Presets.
    for (const [id, shotName] of [
      ['small-36-s21', 'app-preset-small'],
      ['large-glasshouse', 'app-preset-large'],
    ]) {
      await page.selectOption('select[aria-label="New scenario from preset"]', id);
      await page.waitForFunction(
        () => document.querySelector('.results')?.getAttribute('data-state') !== 'final',
      );
      await ready(page);
      await shot(page, shotName);
    }
    assert(
      (await page.locator('select[aria-label="Saved scenarios"] option').count()) >= 3,
      'several named scenarios',
    );
    noErrors(errors, 'presets');
    await ctx.close();
  },

  async 'the host proposal: parties, one unit system, cash flow by year, plain text, A4 and Letter'({
    browser,
    url,
    shot,
  }) {
    const { ctx, page, errors } = await open(browser, url, { threeD: true });
    await page.waitForSelector('[data-twin] canvas', { timeout: 30000 });
    await page.waitForTimeout(1500);
    await openProposal(page);
    assert(await page.isVisible('.pp-doc .pp-snapshot img'), 'the 3D snapshot is in the proposal');
    // The parties typed on the proposal screen are printed in the header, with a logo; a big file is refused.
    await page.fill('[data-party="host"] input[type=text]', 'Prairie Greens Ltd.');
    await page.fill('[data-party="operator"] input[type=text]', 'Northern Hash Inc.');
    const header = await page.textContent('.pp-header');
    assert(
      header.includes('Prairie Greens Ltd.') && header.includes('Northern Hash Inc.'),
      `header: ${header}`,
    );
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    await page.setInputFiles('[data-party="host"] input[type=file]', {
      name: 'host.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await page.waitForSelector('.pp-header img[data-logo="host"]');
    const big = { name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(210 * 1024, 1) };
    await page.setInputFiles('[data-party="operator"] input[type=file]', big);
    const refusal = await page.textContent('[data-party="operator"] [role="alert"]');
    assert(/210 KB.*at most 200 KB/.test(refusal), `logo refusal: ${refusal}`);
    assert(!(await page.isVisible('.pp-header img[data-logo="operator"]')), 'the big logo is not used');
    await checkProposalText(page, 'SI');
    await checkProposalTables(page);
    await shot(page, 'app-proposal');
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(`test/e2e/screenshots/app-proposal-${format}.pdf`, pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert(pages >= 3 && pages <= 8, `the proposal prints on ${pages} ${format} pages`);
    }
    await page.emulateMedia({ media: 'print' });
    assert(!(await page.isVisible('.pp-parties')), 'the party fields are not printed');
    assert(!(await page.isVisible('.proposal-bar')), 'the toolbar is not printed');
    await page.emulateMedia({ media: 'screen' });
    // Imperial: the same document in ft², °F and MMBtu, the names kept.
    await page.click('button:has-text("Back to the twin")');
    await page.check('.units input[value="imperial"]');
    await openProposal(page);
    assert((await page.textContent('.pp-header')).includes('Prairie Greens Ltd.'), 'names kept on reopening');
    await checkProposalText(page, 'imperial');
    await page.click('button:has-text("Back to the twin")');
    noErrors(errors, 'proposal');
    await ctx.close();
  },
};

async function openProposal(page) {
  await page.click('button:has-text("Host proposal")');
  await page.waitForSelector('.pp-doc .pp-card');
  await page.waitForSelector('.pp-annex table');
}

/** No developer text; the floor area and every area in one unit; money in one currency. */
async function checkProposalText(page, units) {
  const text = (await page.innerText('.pp-doc')).replace(/\u00a0/g, ' ');
  for (const [what, re] of [
    ['a source path', /src\//],
    ['a file name', /\.(json|ts|tsx|md)\b/],
    ['FACTS', /FACTS/],
    ['a camelCase field name', /\b[a-z]{2,}(?:[A-Z][a-z0-9]+)+\b/],
    ['a dotted field path', /\b[a-z]+\.[a-z]+[A-Z]\w*/],
    ['JSON', /[{}]|"\w+":/],
    ['a [facts] mark', /\[facts\]/i],
  ]) {
    const m = text.match(re);
    assert(
      !m,
      `${what} in the proposal (${units}): …${m && text.slice(Math.max(0, m.index - 60), m.index + 60)}…`,
    );
  }
  const floor = (await page.textContent('[data-floor-area]')).replace(/\u00a0/g, ' ');
  const [unit, other] = units === 'SI' ? ['m²', /\d\s*(?:ft²|ha\b|acres?\b)/] : ['ft²', /\d\s*(?:m²|ha\b)/];
  assert(floor.includes(unit), `floor area in ${unit}: ${floor}`);
  const m = text.match(other);
  assert(
    !m,
    `an area in another unit (${units}): …${m && text.slice(Math.max(0, m.index - 60), m.index + 20)}…`,
  );
  const temp = units === 'SI' ? /\d\s*°F/ : /\d\s*°C/;
  assert(!temp.test(text), `a temperature in the other unit (${units})`);
  if (units === 'imperial') {
    // heat in MMBtu, U-values and UA in BTU/h units (electric power stays in MW: see proposal/plain.ts)
    const si = text.match(/\d\s*(?:MWh|W\/m²\s*·?\s*K|kW\/K)/);
    assert(
      !si,
      `an SI heat unit in the imperial proposal: …${si && text.slice(Math.max(0, si.index - 60), si.index + 20)}…`,
    );
  }
  assert(!/CAD|€/.test(text.replace(/\d+(\.\d+)? CAD\/USD/g, '')), 'one currency (USD) in the document');
}

/** The ledger sums; the cash-flow table has one row per year of the term; payback in words. */
async function checkProposalTables(page) {
  const cell = async (id) => num(await page.textContent(`[data-ledger="${id}"] td`));
  const [d, r, l, c] = [
    await cell('delivered'),
    await cell('rejected'),
    await cell('lost'),
    await cell('captured'),
  ];
  assert(d + r + l === c, `ledger ${d} + ${r} + ${l} = ${c}`);
  const years = await page.$$eval('[data-cash-flow] tbody tr', (rows) => rows.map((r) => r.dataset.year));
  const caption = await page.textContent('[data-cash-flow] caption');
  const horizon = Number(caption.match(/years 1–(\d+)/)?.[1]);
  // The pilot's economics: a 24-month term.
  assert(horizon === 2, `term in the caption: ${caption}`);
  assert(years.join() === Array.from({ length: horizon + 1 }, (_, i) => String(i)).join(), `rows ${years}`);
  const operator = await page.textContent('[data-payback="operator"]');
  assert(/pays back|no payback within the 2-year term: net benefit .* USD\/yr/.test(operator), operator);
  const recovered = await page.textContent('[data-card="recovered"]');
  assert(/comes back as heat to the coolant/.test(recovered), recovered);
}

export async function run({ browser, url, shot }) {
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

// Browser tests of the web app (issue 5, "Done when"): the default scenario and its KPIs; editing the greenhouse
// area moves coverage the right way (and the edit → update time); the quick preview corrected by an exact year; an
// invalid value shows its message and keeps the results; undo and redo. Screenshots: test/e2e/screenshots/app-*.png.
import { join } from 'node:path';
import {
  assert,
  edit,
  field,
  kpi,
  median,
  noErrors,
  num,
  open,
  revision,
  runChecks,
} from './app-helpers.mjs';

export const name = 'app: default scenario, edits and runs, invalid values, undo';

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
};

export const run = (ctx) => runChecks(checks, ctx);

// Browser tests of the web app's scenarios in and out: a malformed import replaces nothing; reload restores the
// edit; the share link round-trips; the unit switch changes units, not results; EPW upload and presets.
// Screenshots: test/e2e/screenshots/app-*.png.
import { readFileSync } from 'node:fs';
import { assert, edit, field, kpi, noErrors, open, ready, revision, runChecks } from './app-helpers.mjs';

export const name = 'app: import, reload, share link, units, EPW upload, presets';

const checks = {
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
};

export const run = (ctx) => runChecks(checks, ctx);

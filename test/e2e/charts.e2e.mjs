// Charts people can read and the economics editor (issue 15, items 7 and 8): the economics group shows
// labelled fields and choices (no JSON to type), loading an EPW fills the site name and design temperature
// as one undoable edit, the monthly bars have tooltips, no chart label shows a calendar year. Screenshots of
// the dashboard and the economics editor at 1440×900 and 1280×800, SI and imperial.
export const name = 'charts and economics editor: labels, choices, EPW site, tooltips, typical year';

const EPW = 'models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw';

function assert(ok, msg) {
  if (!ok) throw new Error(msg);
}

function lite(url) {
  const u = new URL(url);
  u.searchParams.set('3d', 'off');
  return u.toString();
}

async function ready(page) {
  await page.waitForSelector('.shell[data-ready="yes"]', { timeout: 60000 });
  await page.waitForSelector('.results[data-state="final"]', { timeout: 60000 });
  await page.waitForSelector('.chart-box .uplot', { timeout: 60000 });
}

const revision = async (page) => Number(await page.getAttribute('.results', 'data-revision'));

async function shots(page, shot, tag) {
  await page.locator('.chart.monthly').scrollIntoViewIfNeeded();
  await shot(page, `charts-${tag}`);
  await page.locator('[data-group="economics"]').scrollIntoViewIfNeeded();
  await shot(page, `charts-econ-${tag}`);
}

export async function run({ browser, url, shot }) {
  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
  ]) {
    const ctx = await browser.newContext({ viewport: { width, height } });
    const page = await ctx.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(lite(url));
    await ready(page);
    await page.click('summary:has-text("Economics")');

    // Economics: labelled fields and choices, no JSON text anywhere in the group.
    const econ = await page.textContent('[data-group="economics"]');
    assert(
      !econ.includes('{'),
      `JSON text in the economics editor: ${econ.slice(econ.indexOf('{') - 60, econ.indexOf('{') + 60)}`,
    );
    assert(/How the host pays for the heat/.test(econ), 'heat contract choice shown');
    const values = await page.$$eval('[data-group="economics"] input', (xs) => xs.map((x) => x.value));
    assert(
      !values.some((v) => v.includes('{')),
      `JSON in an economics input: ${values.filter((v) => v.includes('{'))}`,
    );
    // Pick "a fixed price per MWh": its price field appears; an out-of-range price is named with the range;
    // switching back to free and to the price again keeps what was typed.
    await page.getByRole('radio', { name: 'A fixed price per MWh' }).check();
    const price = page.locator('[data-path="economics.heatContract.price"] input');
    await price.waitFor();
    await price.fill('99999 CAD/MWh');
    await price.press('Enter');
    await page.waitForSelector('[data-path="economics.heatContract.price"] .field-error');
    const msg = await page.textContent('[data-path="economics.heatContract.price"] .field-error');
    assert(/Heat price/.test(msg) && /99999/.test(msg) && /2000|range/.test(msg), `message: ${msg}`);
    await price.fill('25 CAD/MWh');
    await price.press('Enter');
    await page.getByRole('radio', { name: 'Heat given free' }).check();
    await page.getByRole('radio', { name: 'A fixed price per MWh' }).check();
    assert((await price.inputValue()) === '25 CAD/MWh', 'the typed heat price is kept across choices');
    await page.getByRole('radio', { name: 'Time of use (peak / off-peak)' }).first().check();
    await page.locator('[data-path="economics.electricityPrice.peak"] input').waitFor();

    // Monthly bars: a tooltip on every bar part; no calendar year in any chart label.
    await ready(page);
    const titles = await page.$$eval('.chart.monthly svg rect title', (xs) => xs.map((x) => x.textContent));
    assert(
      titles.length >= 48 && titles.every((t) => /MWh|MBtu|MMBtu|kBtu|therm/i.test(t)),
      `bar tooltips: ${titles.slice(0, 3)}`,
    );
    assert((await page.$$('.chart.sankey path title')).length > 3, 'Sankey link tooltips');
    const labels = await page.$$eval(
      '.charts figcaption, .charts .u-axis, .charts svg text, .charts .u-legend',
      (xs) => xs.map((x) => x.textContent).join(' '),
    );
    assert(
      !/\b20\d\d\b/.test(labels),
      `a calendar year in the chart labels: ${labels.match(/.{30}\b20\d\d\b.{10}/)?.[0]}`,
    );
    assert(/typical year/i.test(labels), 'the typical year is named');
    assert(!/\b\d{1,2}\/\d{1,2}\b/.test(labels), 'no US month/day dates');
    assert((await page.$$('.charts .chart-export button')).length >= 8, 'PNG and CSV on each chart');
    await shots(page, shot, `${width}x${height}-si`);
    await page.getByRole('radio', { name: 'Imperial' }).check();
    await ready(page);
    await shots(page, shot, `${width}x${height}-imperial`);

    if (width === 1440) {
      // The EPW fills the site name and design temperature in one edit; Undo puts both back.
      const before = await page.inputValue('[data-path="site.name"] input');
      const rev = await revision(page);
      await page.setInputFiles('[data-path="site.weather"] input[type="file"]', EPW);
      await page.waitForFunction(() =>
        /Set site name/.test(document.querySelector('.notice')?.textContent ?? ''),
      );
      await page.waitForFunction(
        (r) => Number(document.querySelector('.results')?.getAttribute('data-revision')) > r,
        rev,
      );
      const notice = await page.textContent('.notice');
      assert(/coldest 0\.4 % of hours/.test(notice), `notice: ${notice}`);
      assert(
        (await page.inputValue('[data-path="site.name"] input')) === 'Winnipeg The Forks, MB, CAN',
        'site name from the EPW',
      );
      await page.getByRole('button', { name: 'Undo' }).click();
      await page.waitForFunction(
        (b) => document.querySelector('[data-path="site.name"] input')?.value === b,
        before,
      );
    }
    if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
    await ctx.close();
  }
}

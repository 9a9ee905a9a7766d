// Clicking the exchanger shows exactly the core's numbers for that hour; hovering shows a tooltip.
import { assert, loadCore, openHarness, settle } from '../scene/e2e-helpers.mjs';

export const name = 'scene: clicking the exchanger shows the core’s values for the hour';

export async function run({ browser, url, shot }) {
  const core = await loadCore();
  const pilot = (await import('../../models/sites/manitoba-pilot.json', { with: { type: 'json' } })).default;
  const r = core.simulate(core.loadScenario(pilot));
  const hour = 18 * 24 + 7; // 19 January, 07:00–08:00

  const { page, errors } = await openHarness(browser, url, `hour=${hour}&quality=low`);
  try {
    await page.getByRole('button', { name: 'Exchanger', exact: true }).click();
    await settle(page);
    const p = await page.evaluate(() => window.heatTwinDebug.screenPosition('hx'));
    assert(p, 'the exchanger is not on screen');
    const box = await page.locator('canvas').first().boundingBox();
    await page.mouse.move(box.x + p.x, box.y + p.y);
    await page.waitForSelector('.twin-tooltip', { timeout: 60_000 });
    const tip = await page.textContent('.twin-tooltip');
    assert(tip.startsWith('Plate heat exchanger'), `tooltip: ${tip}`);
    await page.mouse.click(box.x + p.x, box.y + p.y);
    await page.waitForSelector('[data-component="hx"]', { timeout: 60_000 });
    assert((await page.evaluate(() => window.heatTwinDebug.selected)) === 'hx', 'exchanger not selected');
    await shot(page, 'scene-exchanger-inspect');

    const rows = await page.$$eval('[data-component="hx"] tr[data-series]', (trs) =>
      trs.map((tr) => ({
        series: tr.dataset.series,
        si: tr.dataset.si,
        kind: tr.dataset.kind,
        text: tr.querySelector('td').textContent,
      })),
    );
    const want = [
      'hxDuty',
      'minerOutletT',
      'hxHotOutT',
      'greenhouseReturnT',
      'hxColdOutT',
      'minerFlow',
      'hxColdFlow',
      'hxUA',
    ];
    assert(
      JSON.stringify(rows.map((x) => x.series)) === JSON.stringify(want),
      `rows: ${rows.map((x) => x.series)}`,
    );
    for (const row of rows) {
      const v = r.series[row.series][hour];
      // The core's number: the page runs the same core on its own JavaScript engine, so the last bits may
      // differ from this Node run (different V8 builds' Math.exp/pow/log): equal to 1e-12 relative, and the
      // text shows it rounded in its unit.
      assert(
        Math.abs(Number(row.si) - v) <= 1e-12 * Math.max(1, Math.abs(v)),
        `${row.series}: panel ${row.si} ≠ core ${v}`,
      );
      if (row.kind === 'temperature') {
        const expected = `${(v - 273.15).toFixed(1)} °C`;
        assert(row.text === expected, `${row.series}: "${row.text}" ≠ "${expected}"`);
      }
      if (row.kind === 'massFlow')
        assert(row.text === `${v.toFixed(1)} kg/s`, `${row.series}: "${row.text}"`);
      if (row.kind === 'power') {
        const expected =
          v >= 1e6
            ? `${(v / 1e6).toFixed(2)} MW`
            : v >= 1e3
              ? `${(v / 1e3).toFixed(1)} kW`
              : `${v.toFixed(0)} W`;
        assert(row.text === expected, `${row.series}: "${row.text}" ≠ "${expected}"`);
      }
    }
    // The hour in the panel follows the time control.
    await page.getByRole('button', { name: 'One hour forward' }).click();
    await page.waitForFunction(
      ([h, v]) =>
        window.heatTwinDebug.hour === h &&
        Math.abs(
          Number(document.querySelector('[data-component="hx"] tr[data-series="hxColdOutT"]')?.dataset.si) -
            v,
        ) < 1e-9,
      [hour + 1, r.series.hxColdOutT[hour + 1]],
      { timeout: 60_000 },
    );
    if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  } finally {
    await page.close();
  }
}

// The core gives the same year in the browser's JavaScript engine as in Node's: every hourly series within 1e-9
// of its scale (its largest magnitude over the year) and every KPI within 1e-10, the Manitoba pilot run in a
// page and here from one esbuild bundle of src/core. The engines' Math.exp/pow/log may differ in the last bit;
// an iterative solve that accepts a result anywhere inside a loose tolerance band turns that bit into a visible
// difference (a predicted screen trial once moved hourly duties by 1.6e-3), while round-off alone stays near
// 1e-12. What the panel shows for an hour (scene-inspect) and the CLI computes must not depend on the engine.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const name = 'core: the same year in Chromium as in Node (every series to 1e-9 of its scale)';

export async function run({ browser }) {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../../src/core/index.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: 'HeatTwinCore',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].text;
  const pilot = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../models/sites/manitoba-pilot.json', import.meta.url)), 'utf8'),
  );
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>core</title>');
    await page.addScriptTag({ content: code });
    const web = await page.evaluate((j) => {
      const r = globalThis.HeatTwinCore.simulate(globalThis.HeatTwinCore.loadScenario(j));
      const series = {};
      for (const k of Object.keys(r.series)) series[k] = Array.from(r.series[k]);
      return { series, kpis: r.kpis, steps: r.steps };
    }, pilot);
    const core = await import(
      `data:text/javascript;base64,${Buffer.from(`${code}\nexport default HeatTwinCore;`).toString('base64')}`
    );
    const r = core.default.simulate(core.default.loadScenario(pilot));
    if (web.steps !== r.steps) throw new Error(`steps: page ${web.steps} ≠ node ${r.steps}`);
    const names = Object.keys(r.series);
    if (JSON.stringify(Object.keys(web.series)) !== JSON.stringify(names)) throw new Error('series differ');
    for (const k of names) {
      const a = r.series[k];
      const w = web.series[k];
      let scale = 0;
      for (let i = 0; i < a.length; i++) scale = Math.max(scale, Math.abs(a[i]));
      for (let i = 0; i < a.length; i++) {
        if (!(Math.abs(a[i] - w[i]) <= 1e-9 * scale)) {
          throw new Error(`${k}[${i}]: page ${w[i]} ≠ node ${a[i]} (scale ${scale})`);
        }
      }
    }
    for (const [k, v] of Object.entries(r.kpis)) {
      if (typeof v !== 'number') continue;
      const w = web.kpis[k];
      if (!(Math.abs(v - w) <= 1e-10 * Math.max(1, Math.abs(v))))
        throw new Error(`kpi ${k}: page ${w} ≠ node ${v}`);
    }
  } finally {
    await page.close();
  }
}

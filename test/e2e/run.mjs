// Browser tests (npm run test:e2e): each *.e2e.mjs file in this folder exports `name` and
// `run({ browser, url, shot })`, throwing on failure. Screenshots go to test/e2e/screenshots/ for people to look at.
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, 'screenshots');
mkdirSync(shots, { recursive: true });
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.mjs') && (!filter || f.includes(filter)))
  .sort();

const { url, close } = await serve();
const browser = await launch();
let passed = 0;
let failed = 0;
for (const f of files) {
  const mod = await import(join(here, f));
  const t0 = Date.now();
  try {
    await mod.run({
      browser,
      url,
      shot: (page, name) => page.screenshot({ path: join(shots, `${name}.png`) }),
    });
    passed++;
    console.log(`✓ ${mod.name ?? f} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`✗ ${mod.name ?? f}\n  ${e?.stack || e}`);
  }
}
await browser.close();
await close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

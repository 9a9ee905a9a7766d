export const name = 'smoke: the app loads with no console errors';

export async function run({ browser, url, shot }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: 'networkidle' });
  const title = await page.textContent('h1');
  if (!title?.includes('Heat Reuse Twin')) throw new Error(`unexpected heading: ${title}`);
  await shot(page, 'smoke');
  if (errors.length) throw new Error(`console errors:\n${errors.join('\n')}`);
  await page.close();
}

// Browser test of the printable host proposal: parties, one unit system, the cash flow by year, plain text, A4 and
// Letter PDFs. Screenshots: test/e2e/screenshots/app-proposal*.
import { writeFileSync } from 'node:fs';
import { assert, noErrors, num, open, runChecks } from './app-helpers.mjs';

export const name = 'app: the host proposal';

const checks = {
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
  // The rendered text, one block per line: textContent glues a heading to the next paragraph's first word, which the
  // camelCase check below reads as a field name.
  // biome-ignore lint/performance/useDomNodeTextContent: rendered text wanted (above)
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

export const run = (ctx) => runChecks(checks, ctx);

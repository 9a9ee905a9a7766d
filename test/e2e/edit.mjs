// Shared by the browser tests: commit a value into an editor field and wait for that edit's full-year result.

/**
 * Type `text` into the field at `path`, press Enter and wait until the probe's latest timing is a newer revision
 * with its full-year result on screen; returns that timing (`window.__twin.timings`: commitAt, finalAt, …).
 */
export async function commitEdit(page, path, text, timeout = 120_000) {
  const before = Number(await page.getAttribute('.results', 'data-revision'));
  const input = page.locator(`[data-path="${path}"] input`).first();
  await input.fill(text);
  await input.press('Enter');
  await page.waitForFunction(
    (b) => {
      const t = window.__twin?.timings.at(-1);
      return t && t.revision > b && t.finalAt !== undefined;
    },
    before,
    { timeout },
  );
  return page.evaluate(() => window.__twin.timings.at(-1));
}

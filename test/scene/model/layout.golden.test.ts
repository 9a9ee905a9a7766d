// Golden test of the whole layout: buildLayout's output for every bundled scenario (models/sites/*.json),
// written before the layout code was split into smaller functions (issue 14), so that refactors of
// src/scene/model cannot move a pipe, a miner or a viewpoint unnoticed. Regenerate with `npx vitest run
// test/scene/model/layout.golden -u` only for an intended change of the drawn plant.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core';
import { buildLayout } from '../../../src/scene/model/layout';

const sites = join(__dirname, '../../../models/sites');
const files = readdirSync(sites)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Typed arrays as plain arrays so that the snapshot is readable JSON. */
const plain = (_k: string, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Float32Array) : v);

describe('buildLayout golden output of the bundled scenarios', () => {
  it.each(files)('%s', async (f) => {
    const scenario = loadScenario(JSON.parse(readFileSync(join(sites, f), 'utf8')));
    const json = JSON.stringify(buildLayout(scenario), plain, 1);
    await expect(json).toMatchFileSnapshot(join(__dirname, 'golden', f.replace(/\.json$/, '.layout.snap')));
  });
});

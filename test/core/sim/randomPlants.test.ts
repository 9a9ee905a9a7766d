/**
 * Heat accounting over random plants (issue 10 item 7), a seeded sample: the first-law residual ≤ 1e-9, every
 * hour demand = miner heat to the greenhouse + backup + unmet, nothing negative, coverage in [0, 1], and the
 * heat ledger closing. The full 1,000 plants: `npm run fuzz:plants`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlant, plantArb } from './randomPlants';

describe('random plants: the heat accounting always closes', () => {
  it('seeded sample of 24 plants (24–48 h, all time steps)', () => {
    const plants = fc.sample(plantArb(48), { seed: 20261204, numRuns: 24 });
    let worst = 0;
    for (const p of plants) {
      const c = checkPlant(p);
      if (c.refused) continue;
      const tag = JSON.stringify(p);
      expect(c.residual, tag).toBeLessThanOrEqual(1e-9);
      expect(c.identity, tag).toBeLessThanOrEqual(1e-9);
      expect(c.negative, tag).toBeLessThanOrEqual(1e-9);
      expect(c.ledger, tag).toBeLessThanOrEqual(1e-9);
      expect(c.coverage, tag).toBeGreaterThanOrEqual(0);
      expect(c.coverage, tag).toBeLessThanOrEqual(1);
      worst = Math.max(worst, c.residual);
    }
    expect(worst).toBeLessThanOrEqual(1e-9);
  }, 120_000);
});

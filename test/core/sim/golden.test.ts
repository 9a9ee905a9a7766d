/**
 * Golden test: the Manitoba pilot's energy KPIs stay the same to the last digits while code is moved
 * (issue 14). This is a regression check of our own output, not a validation: when the physics changes on
 * purpose, regenerate golden/manitoba.json (`GOLDEN_WRITE=1 npx vitest run test/core/sim/golden.test.ts`)
 * and say why in the commit message.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENERGY_KPI_OUTPUTS } from '../../../src/core/sim/outputs';
import { simulate } from '../../../src/core/sim/simulate';

const FILE = 'test/core/sim/golden/manitoba.json';
const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

describe('golden: the Manitoba pilot, full year', () => {
  it('energy KPIs unchanged (relative 1e-9)', () => {
    const k = simulate(manitoba).kpis as unknown as Record<string, number>;
    const now = Object.fromEntries(Object.keys(ENERGY_KPI_OUTPUTS).map((id) => [id, k[id]]));
    if (process.env.GOLDEN_WRITE) writeFileSync(FILE, `${JSON.stringify(now, null, 2)}\n`);
    const gold = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, number>;
    // every energy KPI is pinned: a KPI added or renamed without a golden rewrite (and its reason) fails here
    expect(Object.keys(gold).sort()).toEqual(Object.keys(now).sort());
    for (const [id, v] of Object.entries(gold)) {
      if (id === 'energyBalanceResidual') expect(now[id], id).toBeLessThan(1e-9);
      else expect(Math.abs(now[id]! - v), id).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
    }
  }, 60_000);
});

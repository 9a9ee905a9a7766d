import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SimulationPool } from '../../src/cli/sweep';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

describe('sweep: a dead worker (issue 11)', () => {
  it('is replaced and its task retried once; a task that kills it twice is recorded as failed', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'heat-twin-retry-')), 'crashed');
    const pool = new SimulationPool({ workers: 1 });
    try {
      const out = await pool.run([
        { id: 1, input: manitoba, hours: 24, crashWorker: { once: marker } },
        { id: 2, input: manitoba, hours: 24, crashWorker: {} },
      ]);
      expect(out.map((o) => o.ok)).toEqual([true, false]);
      const failed = out[1]!;
      expect(failed.ok === false && failed.error).toMatch(/worker died twice \(exit code 3\)/);
      expect(pool.size).toBe(1);
    } finally {
      await pool.close();
    }
  }, 120_000);
});

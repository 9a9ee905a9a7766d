/**
 * `heat-twin sweep --quick` (src/cli/sweepQuick.ts): cases at one-hour steps corrected by the base scenario's
 * error; a case the correction does not trust, or one that fails at one-hour steps, is run exactly.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { QuickCorrector, quickInput } from '../../src/cli/sweepQuick';
import type { SimOutcome } from '../../src/cli/sweepWorker';
import { parseCsv } from '../../src/core/export/csv';
import { setField } from '../../src/core/models/scenario';
import { simulate } from '../../src/core/sim/simulate';

const SCENARIO = 'models/sites/manitoba-pilot.json';
const manitoba = JSON.parse(readFileSync(SCENARIO, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'heat-twin-quick-'));
const HOURS = 720;

const ok = (id: number, toGh: number): SimOutcome => ({
  id,
  ok: true,
  kpis: { heatToGreenhouse_MWh: toGh, greenhouseHeatDemand_MWh: toGh, backupHeat_MWh: 0, unmetHeat_MWh: 0 },
  warnings: [],
});

describe('QuickCorrector', () => {
  it('holds cases until both base runs are in, then corrects them; reruns what it does not trust', () => {
    const q = new QuickCorrector(3, 8760);
    expect(q.take(ok(0, 1000))).toEqual([]);
    expect(q.take(ok(1, 2000))).toEqual([]); // twice the base's heat: beyond the trust
    expect(q.take(ok(3, 1030))).toEqual([]); // the base, exact
    const ready = q.take(ok(4, 1000)); // the base, one-hour steps
    expect(ready.map((o) => o.id)).toEqual([0]);
    expect(ready[0]!.estimate).toBe(true);
    expect(ready[0]!.ok && ready[0]!.kpis.heatToGreenhouse_MWh).toBeCloseTo(1030, 9);
    expect(q.take({ id: 2, ok: false, kind: 'physics', error: 'froze' })).toEqual([]);
    expect(q.rerun).toEqual([1, 2]);
  });

  it('runs every case exactly when the base fails', () => {
    const q = new QuickCorrector(2, 8760);
    q.take(ok(0, 1000));
    q.take({ id: 2, ok: false, kind: 'physics', error: 'froze' });
    q.take(ok(3, 1000));
    q.take(ok(1, 1000));
    expect(q.rerun).toEqual([0, 1]);
    expect(q.baseFailure).toMatch(/the base scenario failed at its own step \(froze\)/);
  });
});

describe('heat-twin sweep --quick', () => {
  it('estimates near cases, runs a far one exactly, and says which in the table, the CSV and --json', async () => {
    const csv = join(dir, 'quick.csv');
    const lines: string[] = [];
    const errors: string[] = [];
    const io: CliIo = { out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
    const args = ['sweep', SCENARIO, '--vary', 'greenhouse.nightSetpoint=16degC,17degC,18degC'];
    const code = await main([...args, '--hours', String(HOURS), '--workers', '1', '--quick'], io);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/3 runs \(first 720 h of each run\); 3 estimated from 1-hour steps, 0 exact/);
    const exact = (night: string) =>
      simulate(setField(manitoba, 'greenhouse.nightSetpoint', night), { hours: HOURS }).kpis;
    const coarse = (night: string) =>
      simulate(quickInput(setField(manitoba, 'greenhouse.nightSetpoint', night)), {
        hours: HOURS,
        coarse: true,
      }).kpis;
    // the base's own case is its exact year; the others are within 1 % of theirs and nearer than the raw preview
    const r = await main(
      [...args, '--hours', String(HOURS), '--workers', '2', '--quick', '--json', '--csv', csv],
      {
        out: (s) => lines.push(s),
        err: (s) => errors.push(s),
        isTTY: false,
      },
    );
    expect(r).toBe(0);
    const json = JSON.parse(lines.at(-1)!) as { rows: { kpis: Record<string, number>; estimate: boolean }[] };
    expect(json.rows.map((x) => x.estimate)).toEqual([true, true, true]);
    const id = 'greenhouseHeatDemand_MWh';
    const e17 = exact('17 degC')[id];
    expect(Math.abs(json.rows[1]!.kpis[id]! - e17) / e17).toBeLessThan(1e-12);
    for (const [i, night] of [
      [0, '16 degC'],
      [2, '18 degC'],
    ] as const) {
      const e = exact(night)[id];
      const est = json.rows[i]!.kpis[id]!;
      expect(Math.abs(est - e) / e).toBeLessThan(0.01);
      expect(Math.abs(est - e)).toBeLessThan(Math.abs(coarse(night)[id] - e));
    }
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    const col = rows[0]!.indexOf('estimate');
    expect(col).toBeGreaterThan(0);
    expect(rows.slice(1).map((x) => x[col])).toEqual(['1', '1', '1']);
  });

  it('a case far from the base is run at its own step, bit for bit the exact run', async () => {
    const lines: string[] = [];
    const io: CliIo = { out: (s) => lines.push(s), err: () => {}, isTTY: false };
    const code = await main(
      [
        'sweep',
        SCENARIO,
        '--vary',
        'greenhouse.floorArea=2ha,6ha',
        '--hours',
        String(HOURS),
        '--workers',
        '1',
        '--quick',
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(lines.at(-1)!) as { rows: { kpis: Record<string, number>; estimate: boolean }[] };
    expect(json.rows.map((x) => x.estimate)).toEqual([true, false]);
    const far = simulate(setField(manitoba, 'greenhouse.floorArea', '6 ha'), { hours: HOURS }).kpis;
    expect(json.rows[1]!.kpis.heatCoverage).toBe(far.heatCoverage);
  });
});

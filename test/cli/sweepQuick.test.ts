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
import { CHAIN_CASES, oneHourTasks } from '../../src/cli/sweepQuick';
import { runChain } from '../../src/cli/sweepWorker';
import {
  correctFromNearest,
  farthestPoints,
  type Kpis,
  previewInput,
  type ScreenTrail,
} from '../../src/core';
import { parseCsv } from '../../src/core/export/csv';
import { setField } from '../../src/core/models/scenario';
import { simulate } from '../../src/core/sim/simulate';

const SCENARIO = 'models/sites/manitoba-pilot.json';
const manitoba = JSON.parse(readFileSync(SCENARIO, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'heat-twin-quick-'));
const HOURS = 720;

const k = (demand: number, toGh: number) =>
  ({
    greenhouseHeatDemand_MWh: demand,
    heatToGreenhouse_MWh: toGh,
    backupHeat_MWh: demand - toGh,
  }) as unknown as Kpis;

describe('anchors', () => {
  it('farthest-point picks spread over the range, never a point on the start', () => {
    const pts = [
      [1, 1],
      [0.8, 0.8],
      [1.2, 1.2],
      [0.9, 0.9],
      [1.1, 1.1],
    ];
    expect(farthestPoints(pts, [1, 1], 2)).toEqual([1, 2]);
    expect(farthestPoints([[1, 1]], [1, 1], 3)).toEqual([]);
  });

  it('corrects from the nearest anchor and refuses what none trusts', () => {
    const base = { coarse: k(1000, 900), exact: k(1020, 930) };
    const low = { coarse: k(800, 700), exact: k(790, 705) };
    const near = correctFromNearest(k(810, 710), [base, low], 8760)!;
    expect(near.anchor).toBe(1);
    expect(near.kpis.heatToGreenhouse_MWh).toBeCloseTo(715, 9); // 710 + (705 − 700), from the low anchor
    expect(correctFromNearest(k(2000, 1900), [base, low], 8760)).toBeUndefined();
    expect(correctFromNearest(k(1000, 900), [], 8760)).toBeUndefined();
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
    // one anchor for three cases (besides the base, 17 °C): the case farthest from the base runs exactly
    expect(lines[0]).toMatch(/3 runs \(first 720 h of each run\); 2 estimated from 1-hour steps, 1 exact/);
    const exact = (night: string) =>
      simulate(setField(manitoba, 'greenhouse.nightSetpoint', night), { hours: HOURS }).kpis;
    const coarse = (night: string) =>
      simulate(previewInput(setField(manitoba, 'greenhouse.nightSetpoint', night)), {
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
    const how = json.rows.map((x) => x.estimate);
    expect(how[1]).toBe(true);
    expect(how.filter((x) => !x)).toHaveLength(1);
    const id = 'greenhouseHeatDemand_MWh';
    const e17 = exact('17 degC')[id];
    expect(Math.abs(json.rows[1]!.kpis[id]! - e17) / e17).toBeLessThan(1e-12);
    for (const [i, night] of [
      [0, '16 degC'],
      [2, '18 degC'],
    ] as const) {
      const e = exact(night)[id];
      const est = json.rows[i]!.kpis[id]!;
      if (!how[i]) {
        expect(est).toBe(e); // the anchor: its exact run
        continue;
      }
      expect(Math.abs(est - e) / e).toBeLessThan(0.01);
      expect(Math.abs(est - e)).toBeLessThan(Math.abs(coarse(night)[id] - e));
    }
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    const col = rows[0]!.indexOf('estimate');
    expect(col).toBeGreaterThan(0);
    expect(
      rows
        .slice(1)
        .map((x) => x[col])
        .sort(),
    ).toEqual(['0', '1', '1']);
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
    // 2 ha is the base (an estimate equal to its exact year); 6 ha is the anchor, run exactly
    expect(json.rows.map((x) => x.estimate)).toEqual([true, false]);
    const far = simulate(setField(manitoba, 'greenhouse.floorArea', '6 ha'), { hours: HOURS }).kpis;
    expect(json.rows[1]!.kpis.heatCoverage).toBe(far.heatCoverage);
  });
});

describe('chains of one-hour runs (sweepQuick.ts oneHourTasks, sweepWorker.ts runChain)', () => {
  const cases = (n: number) => Array.from({ length: n }, (_, id) => ({ id, input: { id } }));

  it('chains consecutive cases of their own greenhouses, fixed by the cases alone', () => {
    const n = 20;
    const groups = Array.from({ length: n }, (_, i) => i);
    // chains of max(4, ⌈20 / 8⌉) = 4; case 5 has the base's greenhouse: a chain of its own
    const q = oneHourTasks(cases(n), groups, 5);
    expect(q.chained).toBe(true);
    const chains = q.tasks.map((t) => [t.id, ...(t.followers ?? []).map((x) => x.id)]);
    expect(chains).toEqual([
      [0, 1, 2, 3],
      [4],
      [5],
      [6, 7, 8, 9],
      [10, 11, 12, 13],
      [14, 15, 16, 17],
      [18, 19],
    ]);
    expect(q.groups).toEqual([0, 4, 5, 6, 10, 14, 18]);
    expect(q.tasks.every((t) => t.coarse && (t.followers ?? []).every((x) => x.coarse && !x.followers))).toBe(
      true,
    );
    // 1,000 cases: chains of CHAIN_CASES
    const big = oneHourTasks(
      cases(1000),
      Array.from({ length: 1000 }, (_, i) => i),
      undefined,
    );
    expect(big.tasks).toHaveLength(1000 / CHAIN_CASES);
    // cases that share a greenhouse replay it from the cache: no chains
    const shared = oneHourTasks(cases(4), [0, 1, 1, 2], undefined);
    expect(shared.chained).toBe(false);
    expect(shared.tasks.every((t) => t.followers === undefined)).toBe(true);
  });

  it("a chain's runs: the head following its own first run, each case the one before", () => {
    const at = (night: string) => previewInput(setField(manitoba, 'greenhouse.nightSetpoint', night));
    const opts = { hours: HOURS, coarse: true } as const;
    const task = {
      id: 0,
      input: at('16 degC'),
      hours: HOURS,
      coarse: true,
      followers: [{ id: 1, input: at('16.5 degC'), hours: HOURS, coarse: true }],
    };
    const o = runChain(task, undefined);
    const first: ScreenTrail = {};
    simulate(task.input, { ...opts, screenTrail: first });
    const head: ScreenTrail = { follow: first.recorded };
    const headKpis = simulate(task.input, { ...opts, screenTrail: head }).kpis;
    const next = simulate(task.followers[0]!.input, { ...opts, screenTrail: { follow: head.recorded } }).kpis;
    expect(o.ok && o.kpis).toEqual(headKpis);
    expect(o.followers).toHaveLength(1);
    expect(o.followers![0]!.ok && o.followers![0]!.kpis).toEqual(next);
  });

  it('gives the same rows on one worker and on two', async () => {
    const json = async (workers: string) => {
      const lines: string[] = [];
      const io: CliIo = { out: (s) => lines.push(s), err: () => {}, isTTY: false };
      const args = ['sweep', SCENARIO, '--vary', 'greenhouse.nightSetpoint=15degC..19degC:13'];
      const code = await main(
        [...args, '--hours', String(HOURS), '--workers', workers, '--quick', '--json'],
        io,
      );
      expect(code).toBe(0);
      return JSON.parse(lines.at(-1)!) as { rows: { kpis: Record<string, number>; estimate: boolean }[] };
    };
    const one = await json('1');
    expect(one.rows.filter((r) => r.estimate).length).toBeGreaterThan(8);
    expect(await json('2')).toEqual(one);
  });
});

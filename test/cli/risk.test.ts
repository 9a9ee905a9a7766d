import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
}
async function runCli(cmd: string, args: string[]) {
  const io = capture();
  const code = await main([cmd, ...args], io);
  return { code, out: io.lines.join('\n'), err: io.errors.join('\n') };
}
const PILOT = 'models/sites/manitoba-pilot.json';
// Two weeks of January keep the test short; the economics annualise them.
const SHORT = ['--hours', '336'];

describe('heat-twin risk', () => {
  it('--json gives the bands and the probability of payback; the same seed gives identical output', async () => {
    const a = await runCli('risk', [PILOT, '--samples', '200', '--seed', '42', '--json', ...SHORT]);
    const b = await runCli('risk', [PILOT, '--samples', '200', '--seed', '42', '--json', ...SHORT]);
    const c = await runCli('risk', [PILOT, '--samples', '200', '--seed', '43', '--json', ...SHORT]);
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
    const j = JSON.parse(a.out);
    for (const k of ['npv', 'paybackYears', 'hostNetBenefit', 'operatorNetBenefit', 'heatCoverage']) {
      expect(Object.keys(j[k])).toEqual(['p10', 'p50', 'p90']);
    }
    expect(j.probabilityOfPayback).toBeGreaterThanOrEqual(0);
    expect(j.probabilityOfPayback).toBeLessThanOrEqual(1);
    expect(j.npv.p10).toBeLessThan(j.npv.p90);
    expect(JSON.parse(c.out).npv.p50).not.toBe(j.npv.p50);
  }, 120_000);
  it('prints the table', async () => {
    const r = await runCli('risk', [PILOT, '--samples', '50', ...SHORT]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/project NPV \(USD\)/);
    expect(r.out).toMatch(/Probability of payback within 2 years/);
  }, 120_000);
  it('bad arguments: one line naming the flag, exit 2', async () => {
    const r = await runCli('risk', [PILOT, '--samples', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--samples/);
    const s = await runCli('risk', [PILOT, '--seed', '-3']);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/--seed/);
  });
});

describe('heat-twin compare', () => {
  it('prints per-MW figures of each site with the bands', async () => {
    const r = await runCli('compare', [PILOT, PILOT, '--samples', '50', '--json', ...SHORT]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.sites).toHaveLength(2);
    const s = j.sites[0];
    expect(s.nameplateMW).toBeCloseTo((360 * 8064) / 1e6, 9);
    expect(s.perMw.revenue).toBeCloseTo(s.perMw.miningRevenue + s.perMw.hostingRevenue, 6);
    expect(s.bands.margin.p10).toBeLessThan(s.bands.margin.p90);
  }, 240_000);
  it('needs at least one scenario', async () => {
    const r = await runCli('compare', []);
    expect(r.code).toBe(2);
  });
});

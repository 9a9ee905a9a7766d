import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

async function runCli(args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const io: CliIo = { out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
  const code = await main(['design', ...args], io);
  return { code, out: lines.join('\n'), err: errors.join('\n') };
}

const FILE = 'models/sites/manitoba-pilot.json';

describe('heat-twin design', () => {
  beforeAll(() => import('../../src/cli/design'), 120_000);

  it('--json: the core report, SI numbers', async () => {
    const r = await runCli([FILE, '--hours', '48', '--cooling-design', '30.8 degC', '--json']);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(j.conditions.outdoorT).toBeCloseTo(241.15, 9);
    expect(j.dryCooler.designAmbientT).toBeCloseTo(303.95, 9);
    for (const k of ['uaInstalled', 'approach', 'lmtd', 'ntu', 'effectiveness']) {
      expect(typeof j.exchanger[k]).toBe('number');
    }
    expect(j.plate.hot.pressureDrop).toBeGreaterThan(0);
    expect(j.pumps.minerLoop.head).toBeGreaterThan(0);
  }, 120_000);

  it('the exchanger in the pumps: what the hot side leaves of the miner loop’s allowance, and a warning', async () => {
    const r = await runCli([FILE, '--hours', '48', '--cooling-design', '30.8 degC']);
    expect(r.code).toBe(0);
    const m =
      /hot side ([\d.]+) kPa of the miner loop's allowance outside the miners, leaving ([\d.-]+) kPa/.exec(
        r.out,
      );
    expect(m).not.toBeNull();
    // the scenario allows 150 kPa outside the miners (piping, exchanger, dry cooler), at the nominal flow
    expect(Number(m![1]) + Number(m![2])).toBeCloseTo(150, 0);
    expect(r.out).toMatch(/warning: the exchanger takes most of minerLoop\.externalPressureDrop/);
    expect(r.out).toMatch(/greenhouse-loop rise with it [\d.]+ kPa \(the annual pump energy leaves it out\)/);
  }, 120_000);

  it('text in imperial units', async () => {
    const r = await runCli([FILE, '--hours', '48', '--units', 'imperial']);
    expect(r.code).toBe(0);
    // −32 °C = −25.6 °F; 85 °C = 185.0 °F.
    expect(r.out).toMatch(/outdoor\s+-25\.6 °F/);
    expect(r.out).toMatch(/185\.0 °F/);
    for (const u of ['MBH', 'psi', 'ft of head', 'hp', 'ft/s']) expect(r.out).toContain(u);
  }, 120_000);

  it('a scenario file is required; bad options say so in one line', async () => {
    expect((await runCli([])).err).toMatch(/give a scenario file/);
    expect((await runCli([FILE, '--plat', 'large'])).err).toMatch(/did you mean --plate\?/);
    expect((await runCli([FILE, '--plate', 'huge'])).err).toMatch(/--plate "huge" is not a preset/);
  });

  it('--cooling-design outside −100…70 °C: the flag and the text as typed, not the plant’s ambientT in K', async () => {
    for (const t of ['200 degC', '-150 degC', '170 degF']) {
      const r = await runCli([FILE, '--hours', '48', '--cooling-design', t]);
      expect(r.code, t).toBe(2);
      expect(r.err, t).toBe(
        `heat-twin design: --cooling-design = "${t}" is not allowed: an outdoor temperature between −100 °C and 70 °C`,
      );
    }
    // 70 °C itself is inside (158 °F)
    expect((await runCli([FILE, '--hours', '48', '--cooling-design', '158 degF'])).code).toBe(0);
  });
});

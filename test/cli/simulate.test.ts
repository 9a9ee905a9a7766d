import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { parseCsv } from '../../src/core/export/csv';
import { simulate } from '../../src/core/sim/simulate';

const SCENARIO = 'models/sites/manitoba-pilot.json';
const manitoba = JSON.parse(readFileSync(SCENARIO, 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'heat-twin-simulate-'));

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
}
async function runCli(args: string[]) {
  const io = capture();
  const code = await main(['simulate', ...args], io);
  return { code, out: io.lines.join('\n'), err: io.errors.join('\n'), errors: io.errors };
}

// The real bin, started at load so its tsx start-up overlaps the in-process tests.
const binRun = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
  execFile(
    process.execPath,
    ['src/cli/heat-twin.mjs', 'simulate', SCENARIO, '--json', '--hours', '24'],
    { encoding: 'utf8', timeout: 60000 },
    (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
  );
});

// The real bin on a scenario with a missing section and values of the wrong kind: the compiled CLI keeps the
// core's zod configuration (zodSetup.ts) that words these for a scenario's author.
const kindsFile = join(dir, 'kinds.json');
writeFileSync(kindsFile, JSON.stringify({ ...manitoba, name: 3, miners: 5, greenhouseLoop: undefined }));
const kindsRun = new Promise<{ stderr: string }>((resolve) => {
  execFile(
    process.execPath,
    ['src/cli/heat-twin.mjs', 'simulate', kindsFile],
    { encoding: 'utf8', timeout: 60000 },
    (_error, _stdout, stderr) => resolve({ stderr }),
  );
});

describe('heat-twin simulate', () => {
  it('the real bin words a missing section and a wrong kind for the scenario’s author', async () => {
    const { stderr } = await kindsRun;
    expect(stderr).toContain('• name = 3: expected a text, not a number');
    expect(stderr).toContain('• miners = 5: expected a section { … }, not a number');
    expect(stderr).toContain('• greenhouseLoop = (missing): required: a section { … }');
    expect(stderr).not.toMatch(/Invalid input/);
  });

  it('--json prints exactly { kpis, warnings }, equal to the library result', async () => {
    const r = await runCli([SCENARIO, '--json', '--hours', '48']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['kpis', 'warnings']);
    const lib = simulate(manitoba, { hours: 48 });
    expect(j.kpis).toEqual(lib.kpis);
    expect(j.warnings).toEqual(lib.warnings);
  });

  it('default output: a KPI table with units and the warnings', async () => {
    const r = await runCli([SCENARIO, '--hours', '48']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/KPIs:/);
    expect(r.out).toMatch(/heatCoverage\s+[\d.]+ %/);
    expect(r.out).toMatch(/minerElectricity_MWh\s+[\d,.]+ MWh\s+miner electricity/);
    expect(r.out).toMatch(/maxCoolantTemp_C\s+[\d.]+ °C/);
    expect(r.out).toMatch(/hashrateAverage_THs\s+[\d,]+ TH\/s/);
    expect(r.out).toMatch(/Warnings( \(\d+\):|: none)/);
    expect(r.out).toContain('first 48 of 8760 h');
    expect(r.out).toContain('Climate.OneBuilding.org'); // bundled weather attribution
  });

  it('--set overrides fields (unit strings and JSON values), as setField on the input would', async () => {
    const r = await runCli([
      SCENARIO,
      '--json',
      '--hours',
      '48',
      '--set',
      'greenhouse.floorArea=1ha', // glued unit: spaced to "1 ha"
      '--set',
      'control.dispatch=heat-led',
      '--set',
      'miners.count=180',
      '--set',
      'miners.modules=2',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    let input = { ...manitoba };
    input = { ...input, greenhouse: { ...input.greenhouse, floorArea: '1 ha' } };
    input = { ...input, control: { ...input.control, dispatch: 'heat-led' } };
    input = { ...input, miners: { ...input.miners, count: 180, modules: 2 } };
    expect(j.kpis).toEqual(simulate(input, { hours: 48 }).kpis);
  });

  it('--set of the same path twice is refused, naming both (which was meant is a guess)', async () => {
    const r = await runCli([
      SCENARIO,
      '--hours',
      '24',
      '--set',
      'miners.count=180',
      '--set',
      'miners.count=200',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /--set = "miners\.count=200" is not allowed: each path once: miners\.count is already set \(--set miners\.count=180\)/,
    );
    expect(r.out).toBe('');
    // a field after its whole section is applied in order, as before
    const ok = await runCli([
      SCENARIO,
      '--json',
      '--hours',
      '24',
      '--set',
      `miners=${JSON.stringify({ ...manitoba.miners, count: 180, modules: 2 })}`,
      '--set',
      'miners.count=360',
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).kpis).toEqual(
      simulate({ ...manitoba, miners: { ...manitoba.miners, count: 360, modules: 2 } }, { hours: 24 }).kpis,
    );
  });

  it('writes the hourly CSV, monthly CSV and a reproducible JSON result', async () => {
    const csv = join(dir, 'hourly.csv');
    const monthly = join(dir, 'monthly.csv');
    const result = join(dir, 'result.json');
    const r = await runCli([
      SCENARIO,
      '--hours',
      '72',
      '--csv',
      csv,
      '--monthly',
      monthly,
      '--result',
      result,
      '--set',
      'greenhouse.floorArea="1.5 ha"',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Wrote ${csv}, ${monthly}, ${result}`);
    const hourly = parseCsv(readFileSync(csv, 'utf8'));
    expect(hourly).toHaveLength(73);
    expect(hourly[0]).toContain('supplyT_C');
    const m = parseCsv(readFileSync(monthly, 'utf8'));
    expect(m.map((x) => x[0])).toEqual(['month', '1', 'year']);
    const rec = JSON.parse(readFileSync(result, 'utf8'));
    expect(rec.software.version).toBe(pkg.version);
    expect(rec.scenario.greenhouse.floorArea).toBe('1.5 ha');
    const epw = readFileSync('models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw');
    expect(rec.weather.sha256).toBe(createHash('sha256').update(epw).digest('hex'));
    // Reproduce from the record alone.
    expect(simulate(rec.scenario, { hours: rec.run.hours }).kpis).toEqual(rec.kpis);
    // Monthly year row = KPIs (MWh with 6 decimals).
    expect(Number(m[2]![3])).toBeCloseTo(rec.kpis.minerElectricity_MWh, 5);
  });

  it('--weather reads an EPW file and records its own name and sha256', async () => {
    const epwPath = join(dir, 'copy.epw');
    const text = readFileSync('models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw');
    writeFileSync(epwPath, text);
    const result = join(dir, 'result-w.json');
    const r = await runCli([SCENARIO, '--weather', epwPath, '--hours', '24', '--result', result, '--json']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(readFileSync(result, 'utf8'));
    expect(rec.weather.fileName).toBe('copy.epw');
    expect(rec.weather.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    // Same data as the bundled year → same KPIs.
    expect(JSON.parse(r.out).kpis).toEqual(simulate(manitoba, { hours: 24 }).kpis);
  });

  it('an invalid scenario: exit 2 and every bad field listed with its path and allowed range', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...manitoba, greenhouse: { ...manitoba.greenhouse, floorArea: '2 kg' } }),
    );
    const r = await runCli([bad, '--set', 'miners.count=-3', '--json']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.errors[0]).toMatch(/heat-twin simulate: .*bad\.json: 2 invalid fields:/);
    expect(r.err).toMatch(/miners\.count = -3: a whole number between 1 and/);
    expect(r.err).toMatch(/greenhouse\.floorArea = "2 kg":.*allowed: between 0\.001 ha and 1000 ha/);
  });

  it('bad arguments exit 2 with one line naming the argument', async () => {
    const cases: [string[], RegExp][] = [
      [[], /give a scenario file/],
      [['missing.json'], /scenario file: cannot read missing\.json: no such file/],
      [[SCENARIO, '--set', 'floorArea'], /--set = "floorArea".*path=value/],
      [[SCENARIO, '--set', 'greenhouse.nope=3', '--hours', '2'], /greenhouse.*nope/],
      [[SCENARIO, '--weather', 'nowhere.epw'], /--weather: cannot read nowhere\.epw: no such file/],
      [[SCENARIO, '--hours', '0'], /--hours = "0"/],
      [[SCENARIO, '--colour'], /unknown option '?--colour/i],
      [[SCENARIO, SCENARIO], /Unexpected argument/],
      [[SCENARIO, '--json', '--json'], /--json is given more than once/],
      [
        [SCENARIO, '--hours', '2', '--csv', join(dir, 'no', 'such', 'dir.csv')],
        /--csv: cannot write .*: no such file/,
      ],
    ];
    for (const [args, re] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(re);
    }
    const notJson = join(dir, 'x.json');
    writeFileSync(notJson, '{ nope');
    const r = await runCli([notJson]);
    expect(r.code).toBe(2);
    expect(r.errors).toHaveLength(1);
    expect(r.err).toMatch(/x\.json is not JSON/);
  });

  it('--help prints the usage', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: heat-twin simulate');
  });

  it('the installed bin runs simulate --json end to end (child process)', async () => {
    const { code, stdout, stderr } = await binRun;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const j = JSON.parse(stdout);
    expect(Object.keys(j)).toEqual(['kpis', 'warnings']);
    expect(j.kpis).toEqual(simulate(manitoba, { hours: 24 }).kpis);
  });
});

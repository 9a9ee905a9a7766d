import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { formatDuration, progressBar, renderProgress } from '../../src/cli/progress';
import { normaliseQuantityText } from '../../src/cli/args';
import { combinations, hooks, parseVary } from '../../src/cli/sweep';
import { parseCsv } from '../../src/core/export/csv';
import { setField } from '../../src/core/models/scenario';
import { simulate } from '../../src/core/sim/simulate';

const SCENARIO = 'models/sites/manitoba-pilot.json';
const manitoba = JSON.parse(readFileSync(SCENARIO, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'heat-twin-sweep-'));

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
}
async function runCli(args: string[]) {
  const io = capture();
  const code = await main(['sweep', ...args], io);
  return { code, out: io.lines.join('\n'), err: io.errors.join('\n'), errors: io.errors };
}

/**
 * Interrupt test on the real bin with two worker threads, started at load (its start-up overlaps the other
 * tests): 40 short runs; as soon as the CSV holds 3 finished rows the process is killed (SIGKILL: no clean-up
 * code runs). Every row it had finished must be in the file, complete — and equal to the same run in this
 * process (worker threads run the same deterministic core).
 */
const killCsv = join(dir, 'killed.csv');
const KILL_HOURS = 1500;
const killed = new Promise<{ text: string; signal: string | null }>((resolve, reject) => {
  const child = spawn(
    process.execPath,
    [
      'src/cli/heat-twin.mjs',
      'sweep',
      SCENARIO,
      '--vary',
      'greenhouse.floorArea=1ha..3ha:40',
      '--hours',
      String(KILL_HOURS),
      '--workers',
      '2',
      '--csv',
      killCsv,
      '--kpis',
      'heatCoverage,backupHeat_MWh',
    ],
    { stdio: 'ignore' },
  );
  let text = '';
  const timer = setInterval(() => {
    try {
      text = readFileSync(killCsv, 'utf8');
    } catch {
      return;
    }
    if (text.split('\r\n').length - 2 >= 3) child.kill('SIGKILL');
  }, 5);
  child.on('exit', (_code, signal) => {
    clearInterval(timer);
    resolve({ text: readFileSync(killCsv, 'utf8'), signal });
  });
  child.on('error', reject);
});

describe('--vary values', () => {
  it('a unit it cannot read: the field’s own example, not a temperature’s (a CLI review)', () => {
    expect(() => parseVary('greenhouse.floorArea=1ha..3furlongs:2')).toThrow(
      /--vary greenhouse\.floorArea = "3 furlongs" is not allowed: a number with a unit, e\.g\. "2 ha"\. unknown unit "furlongs"/,
    );
  });

  it('a..b:n with units on the ends: n values evenly spaced, in the first end’s unit', () => {
    expect(parseVary('greenhouse.floorArea=0.5ha..3ha:6')).toEqual({
      path: 'greenhouse.floorArea',
      values: ['0.5 ha', '1 ha', '1.5 ha', '2 ha', '2.5 ha', '3 ha'],
    });
    expect(parseVary('heatExchanger.area=50m^2..200m^2:4').values).toEqual([
      '50 m^2',
      '100 m^2',
      '150 m^2',
      '200 m^2',
    ]);
    // Mixed units convert to the first end's: 0.02 ha = 200 m².
    expect(parseVary('heatExchanger.area=50 m^2..0.02 ha:4').values).toEqual([
      '50 m^2',
      '100 m^2',
      '150 m^2',
      '200 m^2',
    ]);
    // A unit on one end applies to both; temperatures as absolute values in the unit written.
    expect(parseVary('minerLoop.inletSetpoint=60..70 degC:3').values).toEqual([
      '60 degC',
      '65 degC',
      '70 degC',
    ]);
    expect(parseVary('site.designOutdoorTemperature=-35degC..-25degC:3').values).toEqual([
      '-35 degC',
      '-30 degC',
      '-25 degC',
    ]);
    // Plain numbers stay numbers (SI); float noise of the spacing is removed (0.1 + 0.2 → 0.3).
    expect(parseVary('greenhouse.leafAreaIndex=0.1..0.3:3').values).toEqual([0.1, 0.2, 0.3]);
    // Values are rounded to 6 significant digits (printf %g).
    expect(parseVary('greenhouse.floorArea=1ha..2ha:4').values).toEqual([
      '1 ha',
      '1.33333 ha',
      '1.66667 ha',
      '2 ha',
    ]);
  });

  it('lists: a,b,c as --set values (JSON when it parses, else text; glued units kept when they parse)', () => {
    expect(parseVary('control.dispatch=mining-first,heat-led').values).toEqual(['mining-first', 'heat-led']);
    expect(parseVary('miners.count=180, 360').values).toEqual([180, 360]);
    expect(parseVary('greenhouse.floorArea=2ha,3 ha').values).toEqual(['2ha', '3 ha']);
    expect(normaliseQuantityText('2nd try')).toBe('2nd try');
  });

  it('every combination, first --vary slowest', () => {
    const c = combinations([
      { path: 'a', values: [1, 2] },
      { path: 'b', values: ['x', 'y', 'z'] },
    ]);
    expect(c).toEqual([
      [1, 'x'],
      [1, 'y'],
      [1, 'z'],
      [2, 'x'],
      [2, 'y'],
      [2, 'z'],
    ]);
  });

  it('bad specifications name the --vary argument', () => {
    expect(() => parseVary('greenhouse.floorArea=0.5ha..3ha:1')).toThrow(
      /--vary greenhouse\.floorArea = "0\.5ha\.\.3ha:1"/,
    );
    expect(() => parseVary('greenhouse.floorArea=0.5ha..3kg:3')).toThrow(/same kind of unit/);
    expect(() => parseVary('greenhouse.floorArea=0.5ha..3ha')).toThrow(/a range a\.\.b:n/);
    expect(() => parseVary('floorArea')).toThrow(/--vary = "floorArea".*path=value/);
    expect(() => parseVary('a.b=1,,2')).toThrow(/without empty items/);
  });
});

describe('progress bar', () => {
  it('renders the fraction, count, elapsed time and a linear ETA (elapsed × (1 − f)/f)', () => {
    // 3 of 12 done after 10 s → f = 0.25 → ETA = 10 × 0.75/0.25 = 30 s.
    const s = renderProgress('sweep', 3, 12, 10, 8);
    expect(s).toBe('sweep [██░░░░░░]  25 %  3/12  elapsed 0:10  ETA 0:30');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('draws only on a terminal (or an explicit writer), throttles redraws, and erases itself', () => {
    const quiet = progressBar(capture(), 'x');
    quiet.update(1, 2); // not a TTY and no writer: nothing happens, nothing throws
    const out: string[] = [];
    let t = 0;
    const bar = progressBar(capture(), 'run', {
      write: (s) => out.push(s),
      now: () => t,
      minInterval: 100,
      width: 4,
    });
    bar.update(0, 4);
    t = 50;
    bar.update(1, 4); // within 100 ms of the last draw: skipped
    t = 200;
    bar.update(2, 4);
    t = 210;
    bar.update(4, 4); // the end is always drawn
    bar.done();
    expect(out).toHaveLength(4);
    expect(out[1]).toContain('[██░░]  50 %  2/4  elapsed 0:00  ETA 0:00');
    expect(out[2]).toContain('100 %');
    expect(out[3]).toBe('\r\x1b[2K');
  });
});

describe('heat-twin sweep', () => {
  it('in-process: a table of the chosen KPIs, identical to separate simulate() runs; the CSV grows row by row', async () => {
    const csv = join(dir, 'rows.csv');
    const seen: number[] = [];
    hooks.afterCsvRow = (rows, path) => {
      // After the n-th finished run the file holds the header and exactly n rows.
      const lines = readFileSync(path, 'utf8').split('\r\n').filter(Boolean);
      seen.push(lines.length - 1);
      expect(lines.length - 1).toBe(rows);
    };
    try {
      const r = await runCli([
        SCENARIO,
        '--vary',
        'greenhouse.floorArea=1ha..2ha:2',
        '--vary',
        'heatExchanger.area=50,100',
        '--hours',
        '24',
        '--workers',
        '1',
        '--csv',
        csv,
        '--kpis',
        'heatCoverage,backupHeat_MWh',
      ]);
      expect(r.code).toBe(0);
      expect(seen).toEqual([1, 2, 3, 4]);
      expect(r.out).toMatch(/4 runs \(first 24 h of each run\)/);
      expect(r.out).toMatch(
        /#\s+greenhouse\.floorArea\s+heatExchanger\.area\s+heatCoverage \(%\)\s+backupHeat_MWh/,
      );
      const rows = parseCsv(readFileSync(csv, 'utf8'));
      expect(rows[0]).toEqual([
        'run',
        'greenhouse.floorArea',
        'greenhouse.floorArea [m^2]',
        'heatExchanger.area',
        'heatExchanger.area [m^2]',
        'heatCoverage [fraction]',
        'backupHeat_MWh',
        'error',
      ]);
      // Run 4 = (2 ha, 100 m²): 2 ha = 20 000 m² in SI.
      const r4 = rows.find((x) => x[0] === '4')!;
      expect(r4.slice(1, 5)).toEqual(['2 ha', '20000', '100', '100']);
      let j = setField(manitoba, 'greenhouse.floorArea', '2 ha');
      j = setField(j, 'heatExchanger.area', 100);
      const k = simulate(j, { hours: 24 }).kpis;
      expect(Number(r4[5])).toBe(k.heatCoverage);
      expect(Number(r4[6])).toBe(k.backupHeat_MWh);
      expect(r4[7]).toBe('');
    } finally {
      hooks.afterCsvRow = undefined;
    }
  });

  it('runs the cases of one greenhouse together, whatever the order of the axes; the table stays in grid order', async () => {
    const csv = join(dir, 'grouped.csv');
    const r = await runCli([
      SCENARIO,
      '--vary',
      'heatExchanger.area=50,100',
      '--vary',
      'greenhouse.nightSetpoint=16degC..17degC:2',
      '--hours',
      '24',
      '--workers',
      '1',
      '--csv',
      csv,
      '--json',
    ]);
    expect(r.code).toBe(0);
    // grid: (50, 16 °C) (50, 17 °C) (100, 16 °C) (100, 17 °C); one worker runs 16 °C's two cases, then 17 °C's
    // (greenhouses by their night set-point: a floor-area axis is one greenhouse per m², replayed at each area)
    const rows = parseCsv(readFileSync(csv, 'utf8')).slice(1);
    expect(rows.map((x) => x[0])).toEqual(['1', '3', '2', '4']);
    const json = JSON.parse(r.out) as {
      rows: { params: Record<string, unknown>; kpis: Record<string, number> }[];
    };
    expect(
      json.rows.map((x) => [x.params['heatExchanger.area'], x.params['greenhouse.nightSetpoint']]),
    ).toEqual([
      [50, '16 degC'],
      [50, '17 degC'],
      [100, '16 degC'],
      [100, '17 degC'],
    ]);
    const k = simulate(
      setField(setField(manitoba, 'greenhouse.nightSetpoint', '17 degC'), 'heatExchanger.area', 50),
      {
        hours: 24,
      },
    ).kpis;
    expect(json.rows[1]!.kpis.heatCoverage).toBe(k.heatCoverage);
  });

  it('CSV headers name the unit of each column: a text field as read, money in the scenario currency, hours', async () => {
    const csv = join(dir, 'units.csv');
    const r = await runCli([
      SCENARIO,
      '--vary',
      'control.dispatch=mining-first',
      '--vary',
      'minerLoop.inletSetpoint=65degC',
      '--hours',
      '24',
      '--workers',
      '1',
      '--csv',
      csv,
      '--kpis',
      'npv,unmetHours,energyReuseFactor,heatRejected_MWh',
    ]);
    expect(r.code).toBe(0);
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    expect(rows[0]).toEqual([
      'run',
      'control.dispatch',
      'control.dispatch [as read]',
      'minerLoop.inletSetpoint',
      'minerLoop.inletSetpoint [K]',
      `npv [${manitoba.economics.currency}]`,
      'unmetHours [h]',
      'energyReuseFactor [-]',
      'heatRejected_MWh',
      'error',
    ]);
    expect(Number(rows[1]![4])).toBeCloseTo(338.15, 9); // 65 °C in K
  });

  it('--json prints { rows: [ { params, kpis } ] } in grid order', async () => {
    const r = await runCli([
      SCENARIO,
      '--vary',
      'control.dispatch=mining-first,heat-led',
      '--hours',
      '24',
      '--json',
      '--workers',
      '1',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['rows']);
    expect(j.rows).toHaveLength(2);
    expect(j.rows[0].params).toEqual({ 'control.dispatch': 'mining-first' });
    expect(j.rows[1].params).toEqual({ 'control.dispatch': 'heat-led' });
    expect(j.rows[1].kpis).toEqual(
      simulate(setField(manitoba, 'control.dispatch', 'heat-led'), { hours: 24 }).kpis,
    );
  });

  it('interrupting loses no finished row: after SIGKILL every written row is complete', async () => {
    const { text, signal } = await killed;
    expect(signal).toBe('SIGKILL');
    const rows = parseCsv(text);
    const done = rows.length - 1;
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done).toBeLessThan(40);
    expect(text.endsWith('\r\n')).toBe(true); // no half-written row
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    // Rows come in the order the two workers finish them: distinct run numbers from 1 to 40.
    const runs = rows.slice(1).map((r) => Number(r[0]));
    expect(new Set(runs).size).toBe(done);
    for (const n of runs) expect(n >= 1 && n <= 40).toBe(true);
    // The values written by the worker threads equal the same run here, to the last bit.
    const row = rows[1]!;
    const k = simulate(setField(manitoba, 'greenhouse.floorArea', row[1]), { hours: KILL_HOURS }).kpis;
    expect(Number(row[3])).toBe(k.heatCoverage);
    expect(Number(row[4])).toBe(k.backupHeat_MWh);
  }, 60_000);

  it('errors name the argument (and the combination for an invalid value); exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [[SCENARIO], /give at least one --vary/],
      [[SCENARIO, '--vary', 'a.b=1', '--vary', 'a.b=2'], /--vary a\.b is given more than once/],
      [
        [SCENARIO, '--vary', 'greenhouse.floorArea=1ha,2ha', '--kpis', 'nope', '--hours', '2'],
        /--kpis = "nope".*heatCoverage/,
      ],
      [[SCENARIO, '--vary', 'greenhouse.floorArea=1ha,2ha', '--workers', '0'], /--workers = "0"/],
      [
        [SCENARIO, '--vary', 'miners.modules=4,7', '--hours', '2'],
        /with miners\.modules=7[\s\S]*miners\.modules = 7: must divide miners\.count/,
      ],
    ];
    for (const [args, re] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(re);
    }
    const r = await runCli([SCENARIO, '--vary', 'greenhouse.floorArea=2ha,5 kg', '--hours', '2']);
    expect(r.code).toBe(2);
    expect(r.errors[0]).toMatch(/with greenhouse\.floorArea=5 kg: 1 invalid field/);
    expect(r.errors[1]).toMatch(/greenhouse\.floorArea = "5 kg"/);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { loadScenario } from '../../src/core/index';

const SCENARIO = 'models/sites/manitoba-pilot.json';
const dir = mkdtempSync(join(tmpdir(), 'heat-twin-calibrate-'));

async function cli(args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const io: CliIo = { out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
  const code = await main(args, io);
  return { code, out: lines.join('\n'), err: errors.join('\n') };
}

/** The committed example cut to its first three weeks (keeps the test's simulations short). */
function shortExample(): string {
  const text = readFileSync('models/telemetry/manitoba-2025.csv', 'utf8');
  const file = join(dir, 'three-weeks.csv');
  writeFileSync(
    file,
    text
      .split('\r\n')
      .slice(0, 1 + 21 * 24)
      .join('\r\n'),
  );
  return file;
}

const MAP = ['--map', 'Heat meter 1 [MWh]=heatToGreenhouse', '--tz', 'America/Winnipeg'];

describe('heat-twin calibrate / score / make-telemetry', () => {
  const measured = shortExample();

  it('calibrate --json prints exactly { fitted, metrics: { before, after }, calibrated }; --out loads', {
    timeout: 300_000,
  }, async () => {
    const out = join(dir, 'fitted.json');
    const r = await cli([
      'calibrate',
      SCENARIO,
      '--measured',
      measured,
      ...MAP,
      '--fit',
      'greenhouse.leakage',
      '--max-evaluations',
      '12',
      '--json',
      '--out',
      out,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['fitted', 'metrics', 'calibrated']);
    expect(Object.keys(j.fitted)).toEqual(['greenhouse.leakage']);
    expect(j.fitted['greenhouse.leakage']).toMatch(/^[\d.]+ 1\/h$/);
    expect(Object.keys(j.metrics)).toEqual(['before', 'after']);
    expect(Object.keys(j.metrics.before).sort()).toEqual(['backupHeat', 'heatToGreenhouse', 'hxColdOutT']);
    expect(Object.keys(j.metrics.after.backupHeat)).toEqual(['hourly', 'monthly']);
    expect(Object.keys(j.metrics.after.backupHeat.hourly)).toEqual(['nmbe', 'cvrmse']);
    expect(typeof j.calibrated).toBe('boolean');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.greenhouse.leakage).toBe(j.fitted['greenhouse.leakage']);
    expect(written.assumptions.at(-1)).toMatch(
      /calibrated .* by heat-twin calibrate against three-weeks\.csv/,
    );
    expect(() => loadScenario(written)).not.toThrow();
  });

  it('score prints the G14 table; --json has the statistics', { timeout: 120_000 }, async () => {
    const r = await cli(['score', SCENARIO, '--measured', measured, ...MAP]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ASHRAE Guideline 14-2014/);
    expect(r.out).toMatch(/heatToGreenhouse\s+←\s+"Heat meter 1 \[MWh\]" \[MWh\] cumulative meter/);
    const j = JSON.parse((await cli(['score', SCENARIO, '--measured', measured, ...MAP, '--json'])).out);
    expect(Object.keys(j.metrics.backupHeat.hourly)).toEqual(['nmbe', 'cvrmse', 'r2', 'n']);
  });

  it('bad input: one line naming the problem, exit 2, nothing fitted', async () => {
    const noFit = await cli(['calibrate', SCENARIO, '--measured', measured, ...MAP]);
    expect(noFit.code).toBe(2);
    expect(noFit.err).toMatch(/--fit/);
    const unmapped = await cli([
      'calibrate',
      SCENARIO,
      '--measured',
      measured,
      '--fit',
      'greenhouse.leakage',
    ]);
    expect(unmapped.code).toBe(2);
    expect(unmapped.err).toMatch(/column 2 "Heat meter 1 \[MWh\]"/);
    const tiny = join(dir, 'tiny.csv');
    writeFileSync(
      tiny,
      readFileSync(measured, 'utf8')
        .split('\r\n')
        .slice(0, 1 + 100)
        .join('\r\n'),
    );
    const few = await cli([
      'calibrate',
      SCENARIO,
      '--measured',
      tiny,
      ...MAP,
      '--fit',
      'greenhouse.leakage',
      '--out',
      join(dir, 'never.json'),
    ]);
    expect(few.code).toBe(2);
    expect(few.err).toMatch(/hours with data.*at least 168 hours \(one week\)/);
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
    const missing = await cli(['score', SCENARIO, '--measured', join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read/);
  });

  it('make-telemetry writes the documented columns', { timeout: 120_000 }, async () => {
    const file = join(dir, 'made.csv');
    const r = await cli(['make-telemetry', SCENARIO, '--out', file, '--seed', '3', '--outage', '10:2']);
    expect(r.code).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]).toBe('time,Heat meter 1 [MWh],backupHeat_kW,hxColdOutT_C');
    expect(lines[1]).toMatch(/^2025-01-01T00:00-06:00,/);
    expect(lines.length - 2).toBe(8760 - 48);
  });
});

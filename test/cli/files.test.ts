/**
 * The files a command reads and writes (src/cli/files.ts), found by an engineer's review: an output over the
 * scenario it reads (`--result scenario.json` replaced the site model), two outputs on one file, /dev/zero or
 * a folder as an input (read until memory ran out), raw error codes; and text from a file printed raw to the
 * terminal (escape sequences in a scenario's name).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { claimOutput, readInput, resetFiles } from '../../src/cli/files';
import type { CliIo } from '../../src/cli/io';
import { safeText, UsageError } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { refused } from '../core/refused';

const dir = mkdtempSync(join(tmpdir(), 'heat-twin-files-'));
const SCENARIO = join(dir, 'site.json');
copyFileSync('models/sites/manitoba-pilot.json', SCENARIO);

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
}

describe('inputs: regular files of a bounded size, refused before a byte is read', () => {
  it('a device, a folder, a missing file, an empty name and a file over the limit, each in words', () => {
    const msg = (f: () => unknown) => refused(f, UsageError).message;
    expect(msg(() => readInput('/dev/zero', '--weather', 1e6))).toBe(
      '--weather: /dev/zero is not a regular file (a device, pipe or socket cannot be read)',
    );
    expect(msg(() => readInput(dir, 'scenario file', 1e6))).toBe(
      `scenario file: ${dir} is a folder, not a file`,
    );
    expect(msg(() => readInput(join(dir, 'nosuch.epw'), '--weather', 1e6))).toBe(
      `--weather: cannot read ${join(dir, 'nosuch.epw')}: no such file`,
    );
    expect(msg(() => readInput(' ', '--measured', 1e6))).toBe('--measured: give a file name');
    const big = join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(3 * 2 ** 20));
    expect(msg(() => readInput(big, 'scenario file', 2 ** 20))).toBe(
      `scenario file: ${big} is 3.0 MB; at most 1.0 MB is read`,
    );
  });

  it('the real commands: /dev/zero as the scenario, the weather or the telemetry is refused at once', async () => {
    for (const args of [
      ['simulate', '/dev/zero'],
      ['simulate', SCENARIO, '--weather', '/dev/zero', '--hours', '2'],
      ['score', SCENARIO, '--measured', '/dev/zero'],
    ]) {
      const io = capture();
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.errors.join('\n'), args.join(' ')).toMatch(/\/dev\/zero is not a regular file/);
    }
  });
});

describe('outputs: never over an input of the run, never two on one file', () => {
  it('--result over the scenario it reads is refused and the scenario kept', async () => {
    const before = readFileSync(SCENARIO, 'utf8');
    const io = capture();
    expect(await main(['simulate', SCENARIO, '--hours', '2', '--result', SCENARIO], io)).toBe(2);
    expect(io.errors[0]).toBe(
      `heat-twin simulate: --result: ${SCENARIO} is the scenario file this run reads; write the output to another file`,
    );
    expect(readFileSync(SCENARIO, 'utf8')).toBe(before);
  });

  it('--csv and --monthly on one file: the second is refused, naming both', async () => {
    const same = join(dir, 'same.csv');
    const io = capture();
    expect(await main(['simulate', SCENARIO, '--hours', '48', '--csv', same, '--monthly', same], io)).toBe(2);
    expect(io.errors.join('\n')).toMatch(
      /--monthly: .*same\.csv is also --csv's file; give each output a file of its own/,
    );
  });

  it('an output that cannot be written is refused before the run, in words, and nothing is created', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['simulate', SCENARIO, '--csv', join(dir, 'no-such-folder', 'h.csv')],
        /--csv: cannot write .*h\.csv: its folder .*no-such-folder: no such file$/,
      ],
      [['simulate', SCENARIO, '--monthly', dir], /--monthly: cannot write .*: it is a folder, not a file$/],
      [
        ['make-telemetry', SCENARIO, '--out', join(SCENARIO, 'x.csv')],
        /--out: cannot write .*x\.csv: .*site\.json is a file, not a folder$/,
      ],
      [
        ['off-design', SCENARIO, '--csv', join(dir, 'gone', 'o.csv')],
        /--csv: cannot write .*o\.csv: its folder .*gone: no such file$/,
      ],
    ];
    for (const [args, message] of cases) {
      const io = capture();
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.errors.join('\n')).toMatch(message);
      expect(io.lines).toEqual([]);
    }
  });

  it('the same flag may write its file again; a new command starts with nothing claimed', () => {
    resetFiles();
    const out = join(dir, 'out.csv');
    claimOutput(out, '--csv');
    expect(() => claimOutput(out, '--csv')).not.toThrow();
    expect(() => claimOutput(out, '--monthly')).toThrow(/also --csv's file/);
    resetFiles();
    expect(() => claimOutput(out, '--monthly')).not.toThrow();
  });
});

describe('text from files is printed without terminal control', () => {
  it('control characters and bidi overrides are written as \\u escapes; tabs, newlines and letters kept', () => {
    expect(safeText('a\u001b[31mRED\u0007 \u202eevil\tok\n温室 🍅')).toBe(
      'a\\u001b[31mRED\\u0007 \\u202eevil\tok\n温室 🍅',
    );
  });

  it('the real bin prints a scenario name with an escape sequence as text', async () => {
    const evil = join(dir, 'evil.json');
    writeFileSync(evil, JSON.stringify({ ...manitoba, name: 'Site \u001b[31mRED\u0007 \u202eevil' }));
    const stdout = await new Promise<string>((resolve) => {
      execFile(
        process.execPath,
        ['src/cli/heat-twin.mjs', 'simulate', evil, '--hours', '2'],
        { encoding: 'utf8', timeout: 60000 },
        (_e, out) => resolve(out),
      );
    });
    expect(stdout).toContain('Site \\u001b[31mRED\\u0007 \\u202eevil');
    for (const raw of ['\u0007', '\u001b', '\u202e']) expect(stdout.includes(raw), raw).toBe(false);
  });
});

/** The command dispatcher (src/cli/main.ts): `help <command>`, and names that are not commands. */
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import pkg from '../../package.json' with { type: 'json' };

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
}

describe('heat-twin dispatcher', () => {
  it('`help simulate` prints simulate’s own help, exit 0 (as `simulate --help`)', async () => {
    const a = capture();
    const b = capture();
    expect(await main(['help', 'simulate'], a)).toBe(0);
    expect(await main(['simulate', '--help'], b)).toBe(0);
    expect(a.lines[0]).toMatch(/^heat-twin simulate — /);
    expect(a.lines).toEqual(b.lines);
  });

  it('`help` alone lists the commands; `help` with an unknown word does too', async () => {
    const a = capture();
    expect(await main(['help'], a)).toBe(0);
    expect(a.lines.join('\n')).toMatch(/Commands:[\s\S]*simulate/);
    const b = capture();
    expect(await main(['help', 'nosuch'], b)).toBe(0);
    expect(b.lines).toEqual(a.lines);
  });

  it('an inherited property name is an unknown command, exit 2 (own commands only)', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const io = capture();
      expect(await main([name], io)).toBe(2);
      expect(io.errors[0]).toMatch(new RegExp(`unknown command "${name}"`));
    }
  });

  it('`--version`, `-V` and `version` print package.json’s version, exit 0', async () => {
    for (const arg of ['--version', '-V', 'version']) {
      const io = capture();
      expect(await main([arg], io)).toBe(0);
      expect(io.lines).toEqual([`heat-twin ${pkg.version}`]);
      expect(io.errors).toEqual([]);
    }
  });
});

describe('a core option set by a flag is refused under the flag', () => {
  it('--hours past the weather: "--hours = …", not the core’s "options.hours"', async () => {
    for (const cmd of ['simulate', 'sweep']) {
      const io = capture();
      const args = [cmd, 'models/sites/manitoba-pilot.json', '--hours', '9000'];
      if (cmd === 'sweep') args.push('--vary', 'miners.count=100,200');
      expect(await main(args, io), cmd).toBe(2);
      expect(io.errors, cmd).toEqual([
        `heat-twin ${cmd}: --hours = "9000" is not allowed: a whole number of hours between 1 and 8760`,
      ]);
    }
  });

  it('a study grid refused by the core names the grid’s flag (--cold-in, --areas), not coldInlets or areas', async () => {
    const P = 'models/sites/manitoba-pilot.json';
    const off = capture();
    expect(await main(['off-design', P, '--hot-in', '40', '--cold-in', '75'], off)).toBe(2);
    expect(off.errors[0]).toMatch(
      /^heat-twin off-design: --cold-in = "75\.0 °C with a hot inlet of 40\.0 °C" is not allowed/,
    );
    const size = capture();
    expect(await main(['size-study', P, '--areas', '0,50'], size)).toBe(2);
    expect(size.errors).toEqual([
      'heat-twin size-study: --areas = "0" is not allowed: a finite size above 0 m²',
    ]);
  });
});

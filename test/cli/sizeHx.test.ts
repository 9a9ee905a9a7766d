import { execFile } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { fluid, parseFluid } from '../../src/core/fluids';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
}

async function runCli(args: string[]) {
  const io = capture();
  const code = await main(['size-hx', ...args], io);
  return { code, out: io.lines.join('\n'), err: io.errors.join('\n'), errors: io.errors };
}

const BRIEF = ['--duty', '2.7 MW', '--hot-in', '80 degC', '--hot-out', '55 degC', '--cold-in', '45 degC'];

// Started at load so the child process (tsx start-up, ~1 s) overlaps the in-process tests.
const binRun = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
  execFile(
    process.execPath,
    ['src/cli/heat-twin.mjs', 'size-hx', ...BRIEF, '--cold-out', '70 degC', '--json'],
    { encoding: 'utf8', timeout: 60000 },
    (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
  );
});
const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

describe('heat-twin size-hx', () => {
  // Loading the command and the core is slow on a busy machine; do it once, outside the tests' time limit.
  beforeAll(() => import('../../src/cli/sizeHx'), 120_000);

  it('a non-positive or absurd duty, flow or temperature is refused with the text as typed (not its SI number)', async () => {
    const cases: [string[], RegExp][] = [
      [['--hot-in', '-300 degC'], /--hot-in = "-300 degC" is not allowed: a temperature above absolute zero/],
      [['--duty', '-2.7 MW'], /--duty = "-2\.7 MW" is not allowed: above 0 and at most 10 GW/],
      [
        ['--cold-flow', '-21.52 kg/s'],
        /--cold-flow = "-21\.52 kg\/s" is not allowed: a flow above 0 and at most/,
      ],
      [
        ['--cold-flow', '0 gpm'],
        /--cold-flow = "0 gpm" is not allowed: a flow above 0 and at most 100 m³\/s/,
      ],
      // a number only a unit prefix made absurd (the CLI review printed 2.4e21 kg/s for 1e14 TW)
      [['--duty', '1e14 TW'], /--duty = "1e14 TW" is not allowed: above 0 and at most 10 GW/],
      [['--cold-flow', '1e9 kg/s'], /at most 100,000 kg\/s/],
    ];
    for (const [args, message] of cases) {
      const set = new Map<string, string>();
      for (let i = 0; i < BRIEF.length; i += 2) set.set(BRIEF[i]!, BRIEF[i + 1]!);
      set.set(args[0]!, args[1]!);
      const r = await runCli([...set].flat());
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it('prints a readable table for a fully specified point', async () => {
    const r = await runCli([...BRIEF, '--cold-out', '70 degC']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const word of ['LMTD', 'UA', 'NTU', 'effectiveness', 'Cr', 'kg/s', 'L/s', '°C', 'kW'])
      expect(r.out).toContain(word);
    // Equal terminal differences (80 − 70 = 55 − 45 = 10 K): LMTD = 10 K, UA = 2.7 MW/10 K = 270 kW/K.
    expect(r.out).toMatch(/LMTD\s+10\.00 K/);
    expect(r.out).toMatch(/UA\s+270 kW\/K/);
    expect(r.out).toMatch(/duty\s+2700 kW/);
  });

  it('--json prints SI values with the documented keys (hand check: LMTD 10 K, UA = Q/LMTD)', async () => {
    const r = await runCli([...BRIEF, '--cold-out', '70 degC', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    for (const k of [
      'ua',
      'ntu',
      'effectiveness',
      'lmtd',
      'duty',
      'hotOut',
      'coldOut',
      'hotFlow',
      'coldFlow',
    ]) {
      expect(typeof j[k]).toBe('number');
    }
    expect(j.duty).toBe(2.7e6);
    expect(j.hotOut).toBeCloseTo(328.15, 9);
    expect(j.coldOut).toBeCloseTo(343.15, 9);
    expect(j.lmtd).toBeCloseTo(10, 9);
    expect(rel(j.ua, 2.7e6 / 10)).toBeLessThan(1e-9);
    // ṁ = Q/(cp(mean) ΔT) with the water model at 67.5 °C and 57.5 °C.
    const w = fluid('water');
    expect(rel(j.hotFlow, 2.7e6 / (w.specificHeat(340.65) * 25))).toBeLessThan(1e-12);
    expect(rel(j.coldFlow, 2.7e6 / (w.specificHeat(330.65) * 25))).toBeLessThan(1e-12);
    expect(rel(j.ntu, j.ua / Math.min(j.hotFlow * j.hotCp, j.coldFlow * j.coldCp))).toBeLessThan(1e-12);
  });

  it('accepts volume flows (gpm, L/s) and converts them with the density at the mean temperature', async () => {
    const r = await runCli([
      ...BRIEF,
      '--cold-flow',
      '400 gpm',
      '--hot-fluid',
      'propylene-glycol 30%',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    // 400 US gpm = 400 × 3.785411784e-3/60 m³/s (NIST SP 811).
    const v = (400 * 3.785411784e-3) / 60;
    expect(j.coldVolumeFlow).toBeCloseTo(v, 12);
    const w = fluid('water');
    expect(rel(j.coldFlow, v * w.density(0.5 * (j.coldIn + j.coldOut)))).toBeLessThan(1e-12);
    expect(j.hotFluid).toBe(parseFluid('PG30').label);
    const r2 = await runCli([...BRIEF, '--cold-flow', '25 L/s', '--json']);
    expect(JSON.parse(r2.out).coldVolumeFlow).toBeCloseTo(0.025, 12);
  });

  it('sizes a plate pack: plate count, area, velocities and pressure drops', async () => {
    const r = await runCli([...BRIEF, '--cold-out', '70 degC', '--plate', 'medium']);
    expect(r.code).toBe(0);
    for (const word of ['plates', 'area', 'm²', 'channel velocity', 'pressure drop', 'kPa', 'margin'])
      expect(r.out).toContain(word);
    const j = JSON.parse(
      (await runCli([...BRIEF, '--cold-out', '70 degC', '--plate', 'medium', '--json'])).out,
    );
    expect(Number.isInteger(j.plate.plates)).toBe(true);
    expect(j.plate.ua).toBeGreaterThanOrEqual(j.ua);
    expect(j.plate.margin).toBeGreaterThanOrEqual(0);
    expect(j.plate.hot.pressureDrop).toBeGreaterThan(0);
    expect(j.plate.cold.velocity).toBeGreaterThan(0);
  });

  it('reads a key=value plate description (pitch − thickness = gap; plain chevron number = degrees)', async () => {
    const plate =
      'chevron=60, width=0.45 m, length=1.2 m, pitch=3.5 mm, thickness=0.5 mm, port=150 mm, fouling=2e-5';
    const r = await runCli([...BRIEF, '--cold-out', '70 degC', '--plate', plate, '--json']);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.out).plate.geometry;
    expect(g.plateGap).toBeCloseTo(0.003, 12);
    expect(g.chevronAngle).toBeCloseTo(Math.PI / 3, 12);
    expect(g.foulingHot).toBe(2e-5);
    expect(g.plateConductivity).toBe(16);
  });

  it('under-specified: exit 2 and one line naming the missing arguments', async () => {
    const r = await runCli(BRIEF);
    expect(r.code).toBe(2);
    expect(r.errors).toHaveLength(1);
    expect(r.err).toMatch(/give one of --cold-out, --cold-flow/);
  });

  it('temperature cross: exit 2 and says which temperature to change by how much', async () => {
    const r = await runCli([...BRIEF, '--cold-out', '82 degC']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /cold outlet 82\.0 °C is not below hot inlet 80\.0 °C.*lower --cold-out by more than 2\.0 K or raise --hot-in/,
    );
  });

  it('bad arguments exit 2 with a one-line message naming the argument', async () => {
    const cases: [string[], RegExp][] = [
      [
        [...BRIEF.slice(0, 2), '--hot-in', '80 kg', ...BRIEF.slice(4), '--cold-out', '70 degC'],
        /--hot-in = "80 kg"/,
      ],
      [[...BRIEF, '--cold-flow', '12 m'], /--cold-flow = "12 m".*mass flow.*volume flow/],
      [[...BRIEF, '--cold-out', '70 degC', '--arrangement', 'spiral'], /--arrangement = "spiral"/],
      [[...BRIEF, '--cold-out', '70 degC', '--hot-fluid', 'brine 20%'], /--hot-fluid = "brine 20%"/],
      [[...BRIEF, '--cold-out', '70 degC', '--colour', 'red'], /unknown option --colour/],
      [[...BRIEF, '--cold-out', '70 degC', 'extra'], /unexpected argument "extra"/],
      [[...BRIEF, '--cold-out', '70 degC', '--plate', 'huge'], /--plate = "huge".*preset/],
      [
        [...BRIEF, '--cold-out', '70 degC', '--plate', 'width=0.4 m'],
        /--plate: missing chevron, length, gap \(or pitch\), port/,
      ],
      [[...BRIEF, '--cold-out', '70 degC', '--plate', 'medium', '--arrangement', 'parallel'], /counterflow/],
      // a plate or limit refusal names the key or flag as typed, with its range in the unit typed
      [
        [...BRIEF, '--cold-out', '70 degC', '--plate', 'medium, chevron=85'],
        /--plate chevron = "85" is not allowed: between 1° and 80° \(the range of Martin 1996\)$/,
      ],
      [
        [...BRIEF, '--cold-out', '70 degC', '--plate', 'medium, gap=25 mm'],
        /--plate gap = "25 mm" is not allowed: between 0\.5 mm and 20 mm$/,
      ],
      [
        [...BRIEF, '--cold-out', '70 degC', '--plate', 'medium, port=20 in'],
        /--plate port = "20 in" is not allowed: at most the plate width \(17\.72 in\)$/,
      ],
      [
        [...BRIEF, '--cold-out', '70 degC', '--plate', 'medium, pitch=0.3 mm'],
        /--plate pitch = "0\.3 mm" is not allowed: more than the plate thickness \(0\.5 mm\)$/,
      ],
      [
        [...BRIEF, '--cold-out', '70 degC', '--plate', 'medium', '--max-dp', '2000 psi'],
        /--max-dp = "2000 psi" is not allowed: between 0\.0145 psi and 1450 psi$/,
      ],
      [
        [...BRIEF, '--cold-out', '70 degC', '--plate', 'medium', '--max-port-velocity', '0.01 m/s'],
        /--max-port-velocity = "0\.01 m\/s" is not allowed: between 0\.05 m\/s and 50 m\/s$/,
      ],
      [[...BRIEF, '--cold-out', '70 degC', '--duty', '2.8 MW'], /--duty is given more than once/],
      [[...BRIEF, '--cold-out', '70 degC', '--cold-flow', '20 kg/s'], /inconsistent energy balance/],
    ];
    for (const [args, re] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.errors, args.join(' ')).toHaveLength(1);
      expect(r.err, args.join(' ')).toMatch(re);
    }
  });

  it('negative values as their own argument or glued to the unit', async () => {
    const base = ['--duty', '1 MW', '--hot-in', '20 degC', '--hot-out', '10 degC', '--cold-out', '5 degC'];
    const glycol = ['--cold-fluid', 'propylene-glycol 40%'];
    for (const cold of [['--cold-in', '-5 degC'], ['--cold-in', '-5degC'], ['--cold-in=-5 degC']]) {
      const r = await runCli([...base, ...cold, ...glycol, '--json']);
      expect(r.err, cold.join(' ')).toBe('');
      expect(JSON.parse(r.out).coldIn).toBeCloseTo(268.15, 9);
    }
  });

  it('a misspelt option gets a suggestion; library text never reaches the user', async () => {
    const r = await runCli([...BRIEF, '--hot-inn', '80 degC']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --hot-inn: did you mean --hot-in\?/);
    const bad = await runCli([...BRIEF, '--cold-out', '70 degC kg(', '--json']);
    expect(bad.code).toBe(2);
    expect(bad.err).not.toMatch(/mathjs|SyntaxError|Unexpected token|at Object/);
    const noValue = await runCli([...BRIEF, '--cold-out']);
    expect(noValue.err).toMatch(/--cold-out needs a value/);
  });

  it('the boiling error names options that exist (--hot-pressure), and --hot-pressure lifts the limit', async () => {
    const hot = ['--duty', '2.7 MW', '--hot-in', '140 degC', '--hot-out', '120 degC', '--cold-in', '45 degC'];
    const r = await runCli([...hot, '--cold-out', '75 degC']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/boiling point .*--hot-pressure/);
    expect(r.err).not.toMatch(/--pressure\b/);
    const ok = await runCli([...hot, '--cold-out', '75 degC', '--hot-pressure', '5 bar']);
    expect(ok.code).toBe(0);
  });

  it('pressure-drop limits: --max-dp, the report says what governed and warns about the ports', async () => {
    const args = [
      ...BRIEF,
      '--cold-out',
      '70 degC',
      '--hot-fluid',
      'propylene-glycol 30%',
      '--plate',
      'medium',
    ];
    const j = JSON.parse((await runCli([...args, '--max-dp', '30 kPa', '--json'])).out);
    expect(j.plate.hot.pressureDrop).toBeLessThanOrEqual(30e3);
    expect(j.plate.cold.pressureDrop).toBeLessThanOrEqual(30e3);
    expect(j.plate.limits.maxPressureDropHot).toBe(30e3);
    expect(typeof j.plate.area).toBe('number');
    const psi = JSON.parse((await runCli([...args, '--max-dp-hot', '5 psi', '--json'])).out);
    // 5 psi = 5 × 6894.757 Pa = 34 473.8 Pa.
    expect(psi.plate.limits.maxPressureDropHot).toBeCloseTo(34473.8, 0);
    const text = (await runCli(args)).out;
    expect(text).toMatch(/governed by\s+\S/);
    expect(text).toMatch(/pressure drop\s+[\d.]+ kPa\s+[\d.]+ kPa/);
    const r = await runCli([...BRIEF, '--cold-out', '70 degC', '--max-dp', '30 kPa']);
    expect(r.err).toMatch(/--max-dp needs a plate geometry/);
  });

  it('rating round trip: size, then rate the UA at the design inlets and flows → the design outlets', async () => {
    const sized = JSON.parse((await runCli([...BRIEF, '--cold-out', '70 degC', '--json'])).out);
    const r = await runCli([
      '--hot-in',
      '80 degC',
      '--cold-in',
      '45 degC',
      '--hot-flow',
      `${sized.hotFlow} kg/s`,
      '--cold-flow',
      `${sized.coldFlow} kg/s`,
      '--ua',
      `${sized.ua} W/K`,
      '--json',
    ]);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(j.mode).toBe('rating');
    expect(Math.abs(j.hotOut - sized.hotOut)).toBeLessThan(0.1);
    expect(Math.abs(j.coldOut - sized.coldOut)).toBeLessThan(0.1);
    expect(j.propertyBasis).toMatch(/mean/);
    // A plate pack rated by plate count gives velocities and pressure drops.
    const p = JSON.parse(
      (
        await runCli([
          '--hot-in',
          '80 degC',
          '--cold-in',
          '45 degC',
          '--hot-flow',
          '30 L/s',
          '--cold-flow',
          '25 L/s',
          '--plate',
          'medium',
          '--plates',
          '61',
          '--json',
        ])
      ).out,
    );
    expect(p.plate.plates).toBe(61);
    expect(p.plate.hot.pressureDrop).toBeGreaterThan(0);
    expect(p.duty).toBeGreaterThan(0);
    const bad = await runCli(['--hot-in', '80 degC', '--ua', '200 kW/K', '--hot-out', '60 degC']);
    expect(bad.err).toMatch(/rating computes --hot-out/);
  });

  it('--units imperial prints °F, MBH, gpm, psi, ft²', async () => {
    const r = await runCli([...BRIEF, '--cold-out', '70 degC', '--plate', 'large', '--units', 'imperial']);
    expect(r.code).toBe(0);
    // 80 °C = 176.0 °F; 2.7 MW = 2.7e6 × 3.412142 Btu/h = 9212.8 MBH.
    expect(r.out).toMatch(/inlet\s+176\.0 °F\s+113\.0 °F/);
    expect(r.out).toMatch(/duty\s+9213 MBH/);
    for (const u of ['gpm', 'psi', 'ft²', 'ft/s', 'Btu/(h·ft²·°F)']) expect(r.out).toContain(u);
    expect(r.out).not.toMatch(/ kPa| °C| kW\b/);
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: heat-twin size-hx');
    expect(r.out).toContain('--plate');
    expect(r.out).toMatch(/--max-dp DP\s+allowable pressure drop .*\[pressure difference/);
    expect(r.out).toMatch(/\(default 50 kPa/);
    expect(r.out).toMatch(/--hot-in T\s+hot inlet temperature \[temperature/);
  });

  it('the installed bin runs the command (child process)', async () => {
    const { code, stdout, stderr } = await binRun;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const j = JSON.parse(stdout);
    expect(rel(j.ua, 270000)).toBeLessThan(1e-9);
  });
});

describe('size-hx: a loop pressure out of range names its own option (a review)', () => {
  it('--hot-pressure "-1 bar" and --cold-pressure "0.001 bar": that flag, the text as typed, the range in bar', async () => {
    const base = ['--duty', '2.7 MW', '--hot-in', '80 degC', '--hot-out', '70 degC', '--cold-in', '45 degC'];
    for (const [flag, text, fluid] of [
      ['--hot-pressure', '-1 bar', 'propylene-glycol 30%'],
      ['--cold-pressure', '0.001 bar', 'water'],
    ] as const) {
      const r = await runCli([...base, '--cold-out', '75 degC', '--hot-fluid', fluid, flag, text]);
      expect(r.code, flag).toBe(2);
      expect(r.err, flag).toBe(
        `heat-twin size-hx: ${flag} = "${text}" is not allowed: an absolute pressure between 0.01 bar and 220.64 bar (the critical point of water)`,
      );
    }
  });
});

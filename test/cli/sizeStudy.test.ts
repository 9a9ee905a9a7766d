import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { parseCsv } from '../../src/core/export/csv';
import { parseFluid } from '../../src/core/fluids';
import { exchangerSizeStudy } from '../../src/core/studies/exchangerSize';

const SCENARIO = 'models/sites/manitoba-pilot.json';
const manitoba = JSON.parse(readFileSync(SCENARIO, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'heat-twin-size-'));
const C = 273.15;

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (s) => lines.push(s), err: (s) => errors.push(s), isTTY: false };
}
async function runCli(args: string[]) {
  const io = capture();
  const code = await main(args, io);
  return { code, out: io.lines.join('\n'), err: io.errors.join('\n'), errors: io.errors };
}

describe('heat-twin size-study', () => {
  const HOURS = '168';

  it('--json equals the library study; recovery rises and the approach falls with area', async () => {
    const r = await runCli([
      'size-study',
      SCENARIO,
      '--areas',
      '50,100,200',
      '--hours',
      HOURS,
      '--workers',
      '1',
      '--json',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const lib = exchangerSizeStudy(manitoba, { areas: [50, 100, 200] }, { hours: Number(HOURS) });
    expect(j).toEqual(JSON.parse(JSON.stringify(lib)));
    const rows = j.rows as { heatToGreenhouse_MWh: number; design: { approach: number } }[];
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.heatToGreenhouse_MWh).toBeGreaterThanOrEqual(rows[i - 1]!.heatToGreenhouse_MWh);
      expect(rows[i]!.design.approach).toBeLessThan(rows[i - 1]!.design.approach);
    }
  });

  it('table and CSV: one row per size with units; unit strings accepted in --areas', async () => {
    const csv = join(dir, 'size.csv');
    const r = await runCli([
      'size-study',
      SCENARIO,
      '--areas',
      '50 m^2, 0.01 ha',
      '--hours',
      HOURS,
      '--workers',
      '1',
      '--csv',
      csv,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/area m²\s+UA kW\/K\s+to greenhouse MWh/);
    expect(r.out).toMatch(/approach K/);
    expect(r.out).toMatch(/Design point: outdoor -32\.0 °C/);
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    expect(rows[0]!.slice(0, 3)).toEqual(['area_m2', 'ua_kWK', 'heatToGreenhouse_MWh']);
    expect(rows.map((x) => x[0])).toEqual(['area_m2', '50', '100']); // 0.01 ha = 100 m²
    expect(rows[2]![1]).toBe('450.000'); // 100 m² × 4500 W/(m² K)
    expect(rows[1]![8]).toBe(''); // no marginal for the first size
  });

  it('--uas: UA values with units', async () => {
    const r = await runCli([
      'size-study',
      SCENARIO,
      '--uas',
      '225 kW/K,450kW/K',
      '--hours',
      '48',
      '--workers',
      '1',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.basis).toBe('ua');
    expect(j.rows.map((x: { ua: number }) => x.ua)).toEqual([225e3, 450e3]);
  });

  it('errors name the argument; exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['size-study', SCENARIO], /either --areas or --uas/],
      [['size-study', SCENARIO, '--areas', '50', '--uas', '1'], /either --areas or --uas/],
      [
        ['size-study', SCENARIO, '--areas', '50,-5'],
        /--areas = "-5" is not allowed: a finite size above 0 m²/,
      ],
      [['size-study', SCENARIO, '--areas', '50 kg'], /--areas = "50 kg".*m\^2/],
      [['size-study', SCENARIO, '--areas', '50,,60'], /--areas.*empty items/],
      [
        ['size-study', SCENARIO, '--areas', '50', '--set', 'greenhouse.floorArea=1 g', '--hours', '2'],
        /greenhouse\.floorArea = "1 g"/,
      ],
    ];
    for (const [args, re] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(re);
    }
  });
});

describe('heat-twin off-design', () => {
  it('refuses a flow at or below 0, or absurd (1e6 % of the loop, 1e9 kg/s), naming the item as typed', async () => {
    for (const [flag, item, re] of [
      [
        '--hot-flows',
        '1e6%',
        /--hot-flows = "1e6%" is not allowed: a share of the loop’s flow above 0 and at most 1000%/,
      ],
      ['--hot-flows', '-50%', /--hot-flows = "-50%" is not allowed/],
      [
        '--cold-flows',
        '1e9 kg/s',
        /--cold-flows = "1e9 kg\/s" is not allowed: a flow above 0 and at most 100,000 kg\/s/,
      ],
      [
        '--hot-flows',
        '1e6 m^3/s',
        /--hot-flows = "1e6 m\^3\/s" is not allowed: a flow above 0 and at most 100 m³\/s/,
      ],
      ['--hot-flows', '-160 gpm', /--hot-flows = "-160 gpm" is not allowed: a flow above 0/],
      ['--cold-flows', '0', /--cold-flows = "0" is not allowed/],
    ] as const) {
      const r = await runCli(['off-design', SCENARIO, `${flag}=${item}`]);
      expect(r.code, item).toBe(2);
      expect(r.err, item).toMatch(re);
    }
  });

  it('volume flows (gpm, L/s, m^3/h) at the loop density the scenario’s own flow is converted with', async () => {
    // The scenario's greenhouse loop is "80 L/s" and its miner loop 360 miners × 14 L/min = 84 L/s: typed as
    // volume flows in other units they must give exactly 100 % of the loop's mass flow.
    const r = await runCli([
      'off-design',
      SCENARIO,
      '--hot-flows',
      '84 L/s,302.4 m^3/h,42 L/s',
      '--cold-flows',
      '80 L/s,288 m^3/h,1268.0253 gpm',
      '--json',
    ]);
    expect(r.err).toBe('');
    const t = JSON.parse(r.out);
    const [h1, h2, h3] = t.grid.hotFlows;
    expect(h1 / t.loopFlows.hot).toBeCloseTo(1, 12);
    expect(h2 / t.loopFlows.hot).toBeCloseTo(1, 12);
    expect(h3 / t.loopFlows.hot).toBeCloseTo(0.5, 12);
    const [c1, c2, c3] = t.grid.coldFlows;
    expect(c1 / t.loopFlows.cold).toBeCloseTo(1, 12);
    expect(c2 / t.loopFlows.cold).toBeCloseTo(1, 12);
    // 1268.0253 US gal/min × 3.785411784 L/gal ÷ 60 = 80.000000 L/s (to 7 digits)
    expect(c3 / t.loopFlows.cold).toBeCloseTo(1, 6);
    // and the loop's mass flow is 80 L/s × water's density at the loop's nominal mean, the top of the heating
    // curve (85 °C) − 10 K = 75 °C: 974.84 kg/m³ at 0.1 MPa (IAPWS-95, NIST Webbook), +0.09 at 3 bar
    expect(t.loopFlows.cold / 0.08).toBeGreaterThan(974.8);
    expect(t.loopFlows.cold / 0.08).toBeLessThan(975.0);
  });

  it('--json: the grid asked for; one cell checked by hand with ε-NTU (counterflow)', async () => {
    const r = await runCli([
      'off-design',
      SCENARIO,
      '--hot-flows',
      '60 kg/s',
      '--cold-flows',
      '30 kg/s,100%',
      '--hot-in',
      '80',
      '--cold-in',
      '50 degC',
      '--json',
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.rows).toHaveLength(2);
    expect(t.grid.coldFlows[1]).toBeCloseTo(t.loopFlows.cold, 12); // 100 % of the greenhouse primary flow
    const row = t.rows[0];
    expect(row.hotIn).toBeCloseTo(C + 80, 12); // a bare number is °C
    // Hand calculation (as in test/core/studies/offDesign.test.ts): catalog nominal 2700 kW, hot 70→60 °C,
    // cold 50→65 °C; UA_nom = 100 m² × 4500 W/(m² K); hA_i = 2 UA_nom (ṁ/ṁ_nom)^0.8 (Modelica Buildings).
    const pg = parseFluid('propylene-glycol 55%', 3e5);
    const w = parseFluid('water', 3e5);
    const mh0 = 2.7e6 / (pg.specificHeat(C + 65) * 10);
    const mc0 = 2.7e6 / (w.specificHeat(C + 57.5) * 15);
    const ua = 1 / (1 / (2 * 450e3 * (60 / mh0) ** 0.8) + 1 / (2 * 450e3 * (30 / mc0) ** 0.8));
    // cp of each stream at its mean temperature (the tools' one property basis), by fixed point
    let q = 0;
    let ch = 0;
    let cc = 0;
    for (let it = 0; it < 50; it++) {
      ch = 60 * pg.specificHeat(C + 80 - q / (2 * (ch || 60 * pg.specificHeat(C + 80))));
      cc = 30 * w.specificHeat(C + 50 + q / (2 * (cc || 30 * w.specificHeat(C + 50))));
      const cmin = Math.min(ch, cc);
      const cr = cmin / Math.max(ch, cc);
      const e = Math.exp(-(ua / cmin) * (1 - cr));
      q = ((1 - e) / (1 - cr * e)) * cmin * 30; // ε·Cmin·ΔT_in, Incropera Table 11.3
    }
    expect(row.duty / q - 1).toBeCloseTo(0, 6);
    // The off-design model's property passes stop once the means move < 1e-4 K (hx/offDesign.ts
    // MEAN_TOLERANCE): the duty within 3e-7 of the fixed point (cp changes ≤ 3e-3 of itself per K), the
    // cold outlet within 3e-7 of its 15 K rise.
    expect(Math.abs(row.coldOut - (C + 50 + q / cc))).toBeLessThan(3e-7 * 15);
  });

  it('table with units and the exchanger description; CSV', async () => {
    const csv = join(dir, 'off.csv');
    const r = await runCli(['off-design', SCENARIO, '--csv', csv]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/UA 450 kW\/K/);
    expect(r.out).toMatch(/hot kg\/s\s+cold kg\/s\s+hot in °C\s+cold in °C/);
    const rows = parseCsv(readFileSync(csv, 'utf8'));
    expect(rows).toHaveLength(1 + 3 * 4 * 3 * 3);
    expect(rows[0]).toContain('duty_kW');
  });

  it('--units imperial: lb/h, °F, MBH in the table (hand conversions of the JSON row); CSV and JSON stay SI', async () => {
    const args = ['off-design', SCENARIO, '--hot-flows', '100%', '--cold-flows', '50%', '--hot-in', '75'];
    const si = await runCli([...args, '--cold-in', '45', '--json']);
    const row = JSON.parse(si.out).rows[0];
    const r = await runCli([...args, '--cold-in', '45', '--units', 'imperial']);
    expect(r.code).toBe(0);
    // 1 lb = 0.45359237 kg (exact); 1 Btu(IT)/h = 0.29307107 W; °F = °C × 1.8 + 32
    const lbh = (kgs: number) => Math.round((kgs * 3600) / 0.45359237).toLocaleString('en-US');
    const mbh = (w: number) => w / 0.29307107 / 1e3;
    const f = (k: number) => ((k - 273.15) * 1.8 + 32).toFixed(1);
    expect(r.out).toMatch(/UA [\d.]+ MBH\/°F at [\d,.]+ lb\/h/);
    expect(r.out).toMatch(
      /hot lb\/h\s+cold lb\/h\s+hot in °F\s+cold in °F\s+UA MBH\/°F\s+NTU\s+ε\s+duty MBH/,
    );
    const line = r.out
      .split('\n')
      .at(-1)!
      .trim()
      .split(/\s{2,}/);
    expect(line).toEqual([
      lbh(row.hotFlow),
      lbh(row.coldFlow),
      '167.0',
      '113.0',
      (mbh(row.ua) / 1.8).toFixed(1),
      row.ntu.toFixed(3),
      row.effectiveness.toFixed(4),
      mbh(row.duty).toFixed(0),
      f(row.hotOut),
      f(row.coldOut),
      (row.approach * 1.8).toFixed(2),
    ]);
    const bad = await runCli([...args, '--units', 'furlongs']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--units = "furlongs" is not allowed: SI or imperial/);
  });

  it('errors name the argument', async () => {
    const cases: [string[], RegExp][] = [
      [['off-design', SCENARIO, '--hot-flows', '10 m'], /--hot-flows = "10 m"/],
      [['off-design', SCENARIO, '--cold-in', 'warm'], /--cold-in = "warm"/],
      [
        ['off-design', SCENARIO, '--cold-flows', '0'],
        /--cold-flows = "0" is not allowed: a mass flow above 0 and at most 100,000 kg\/s \(a bare number is kg\/s\)/,
      ],
      [['off-design'], /give a scenario file/],
    ];
    for (const [args, re] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(re);
    }
  });
});

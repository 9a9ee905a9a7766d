/**
 * `heat-twin sweep --quick` on the issue's 1,000-case sweep, greenhouse cases (night set-points 15–19 °C on the
 * pilot: every case a new greenhouse), 2 workers, measured as a user runs it: the compiled CLI (rebuilt from the
 * current sources first, not timed) in its own process, wall time from spawn to exit (Node's start-up, the
 * worker threads' start-up and writing the CSV included). Then a sample of its estimates against exact years
 * computed here from the CSV's values in SI. The same cases run exactly take 1,000 × the greenhouse sweep's time
 * per case (sweep.bench.ts). Run alone: `npm run bench sweepQuick`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import manitoba from '../models/sites/manitoba-pilot.json' with { type: 'json' };
import { type Kpis, setField, simulate } from '../src/core';
import { median } from './util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CASES = 1000;
/**
 * Estimates checked against an exact year: every SAMPLE-th case (40 of them, ≈ 16 s; ten, as before the
 * thirty-fifth session, put the largest errors at less than half of what forty find).
 */
const SAMPLE = 25;
const IDS = ['greenhouseHeatDemand_MWh', 'heatToGreenhouse_MWh', 'backupHeat_MWh', 'heatCoverage'] as const;

function node(args: string[], env: NodeJS.ProcessEnv = process.env): { ms: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

/** The CSV's rows by run index: the set-point in K, whether an estimate, and the KPIs (headers carry units). */
function readRows(
  file: string,
): Map<number, { setpointK: number; estimate: boolean; kpis: Record<string, number> }> {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = head!.split(',').map((h) => h.replace(/ \[.*\]$/, ''));
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`column ${name} missing from the sweep's CSV`);
    return i;
  };
  const rows = new Map<number, { setpointK: number; estimate: boolean; kpis: Record<string, number> }>();
  const kCol = cols.lastIndexOf('greenhouse.nightSetpoint');
  for (const line of lines) {
    const f = line.split(',');
    rows.set(Number(f[at('run')]), {
      setpointK: Number(f[kCol]),
      estimate: f[at('estimate')] === '1',
      kpis: Object.fromEntries(IDS.map((id) => [id, Number(f[at(id)])])),
    });
  }
  return rows;
}

export async function run(): Promise<void> {
  node(['src/cli/build.mjs']);
  const dir = mkdtempSync(join(tmpdir(), 'sweep-quick-'));
  const csv = join(dir, 'quick.csv');
  try {
    const { ms } = node(
      [
        'src/cli/heat-twin.mjs',
        'sweep',
        'models/sites/manitoba-pilot.json',
        '--vary',
        `greenhouse.nightSetpoint=15degC..19degC:${CASES}`,
        '--quick',
        '--workers',
        '2',
        '--kpis',
        IDS.join(','),
        '--csv',
        csv,
      ],
      { ...process.env, HEAT_TWIN_COMPILED: '1' },
    );
    const rows = readRows(csv);
    if (rows.size !== CASES) throw new Error(`the quick sweep wrote ${rows.size} rows, not ${CASES}`);
    const estimates = [...rows.values()].filter((r) => r.estimate).length;
    console.log(
      `\n## Quick sweep (\`heat-twin sweep --quick\`, compiled CLI): ${CASES} night set-points (15–19 °C), 2 workers`,
    );
    console.log(
      `- wall ${(ms / 1000).toFixed(1)} s, spawn to exit (${estimates} estimates from 1-hour steps, ${CASES - estimates} exact: anchors and cases no anchor trusts)`,
    );
    const errors: Record<string, number[]> = Object.fromEntries(IDS.map((id) => [id, []]));
    let checked = 0;
    for (let i = Math.floor(SAMPLE / 2); i < CASES; i += SAMPLE) {
      const r = rows.get(i + 1); // the CLI numbers runs from 1
      if (!r?.estimate) continue;
      const exact = simulate(setField(manitoba, 'greenhouse.nightSetpoint', `${r.setpointK} K`)).kpis as Kpis;
      checked++;
      for (const id of IDS) {
        errors[id]!.push((100 * Math.abs(r.kpis[id]! - exact[id])) / Math.abs(exact[id]));
      }
    }
    console.log(
      `- ${checked} estimates against their exact years, |error| median / largest: ${IDS.map((id) => `${id} ${median(errors[id]!).toFixed(3)} / ${Math.max(0, ...errors[id]!).toFixed(3)} %`).join(', ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

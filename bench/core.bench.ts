/**
 * Core figures: one plant operating-point solve (target ≤ 20 µs median), fluid property calls per second,
 * and the annual simulation of the Manitoba pilot (target ≤ 200 ms, stretch ≤ 50 ms), with its internal step
 * count and the cost per simulated hour — at 360 and 36,000 miners (the cost must not depend on N).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import manitoba from '../models/sites/manitoba-pilot.json' with { type: 'json' };
import { fluid, loadScenario, reprice, setField, simulate } from '../src/core';
import { simulateTraced } from '../src/core/sim/simulate';
import type { GreenhouseTrace } from '../src/core/sim/greenhouseTrace';
import { fastPow } from '../src/core/numerics/fastPow';
import { buildPlant, createPlantState, solvePlant } from '../src/core/plant/plant';
import { measure, printFigures } from './util';

/**
 * The annual cases: the pilot at 360 miners and scaled ×100 (miners, dry coolers, exchanger, greenhouse, loops,
 * boiler: identical physics, so any change in cost comes from the miner count), and the pilot short of heat
 * (Antminer S21 XP Hydro miners, which throttle, and no backup boiler: half its winter steps repeat the
 * greenhouse step until the plant and the greenhouse agree).
 */
function annualCases(): [string, unknown][] {
  const cases: [string, unknown][] = [];
  for (const scale of [1, 100]) {
    let j = setField(manitoba, 'miners.count', 360 * scale);
    j = setField(j, 'miners.modules', 4 * scale);
    j = setField(j, 'dryCooler.count', scale);
    j = setField(j, 'heatExchanger.area', `${100 * scale} m^2`);
    j = setField(j, 'greenhouse.floorArea', `${2 * scale} ha`);
    j = setField(j, 'greenhouseLoop.flow', `${80 * scale} L/s`);
    j = setField(j, 'backupHeater.capacity', `${6 * scale} MW`);
    cases.push([(360 * scale).toLocaleString('en-US'), j]);
  }
  const short = setField(
    setField(manitoba, 'miners.model', 'antminer-s21-xp-hydro'),
    'backupHeater.capacity',
    '0 MW',
  );
  cases.push(['360, short of heat (S21 XP Hydro, no boiler)', short]);
  return cases;
}

/**
 * The pilot's year from an esbuild bundle of the core: how the compiled CLI and the app's worker run it (under
 * tsx every named import is a getter call; the bundle has plain bindings). In a process of its own, before the
 * in-process cases: run in this process after them, the same bundle took 650–720 ms against 430 ms alone.
 */
async function bundledYear(runs: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'heat-twin-core-bench-'));
  try {
    const file = join(dir, 'core.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('../src/core/index.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: file,
      logLevel: 'silent',
    });
    const runner = join(dir, 'year.mjs');
    writeFileSync(
      runner,
      [
        "import { readFileSync } from 'node:fs';",
        "import * as core from './core.mjs';",
        "const s = core.loadScenario(JSON.parse(readFileSync(process.argv[2], 'utf8')));",
        'core.simulate(s);',
        'const t = [];',
        'for (let r = 0; r < Number(process.argv[3]); r++) {',
        '  const t0 = performance.now();',
        '  core.simulate(s);',
        '  t.push(performance.now() - t0);',
        '}',
        'console.log(JSON.stringify(t));',
      ].join('\n'),
    );
    const scenarioFile = join(dir, 'manitoba.json');
    writeFileSync(scenarioFile, JSON.stringify(manitoba));
    const out = execFileSync(process.execPath, [runner, scenarioFile, String(runs)], { encoding: 'utf8' });
    const times = (JSON.parse(out.trim().split('\n').at(-1)!) as number[]).sort((a, b) => a - b);
    return `- the same year (360 miners) from an esbuild bundle of src/core in a process of its own, as the compiled CLI and the worker run it: median ${times[Math.floor(runs / 2)]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The power laws of the hot loops (numerics/fastPow.ts): `**` with a fractional exponent against e^(y·ln x),
 * ns per call over 10⁷ calls in a plain loop (a tinybench sample's own overhead is larger than either).
 */
function powerLaw(): string {
  const xs = Float64Array.from({ length: 1024 }, (_, i) => 0.05 + i / 256);
  const n = 1e7;
  const time = (f: (x: number) => number): number => {
    let best = Number.POSITIVE_INFINITY;
    let sink = 0;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) sink += f(xs[i & 1023]!);
      best = Math.min(best, ((performance.now() - t0) * 1e6) / n);
    }
    if (!Number.isFinite(sink)) throw new Error('non-finite power sum');
    return best;
  };
  const pow = time((x) => x ** 0.8);
  const fast = time((x) => fastPow(x, 0.8));
  return `- power law x^0.8 (film coefficients, free convection): \`**\` ${pow.toFixed(1)} ns, fastPow ${fast.toFixed(1)} ns per call (best of 3 × 10⁷)`;
}

export async function run(): Promise<void> {
  // Plant operating point: a rotating set of boundary conditions (winter recovery, shoulder, summer reject).
  const plant = buildPlant(loadScenario(manitoba));
  const out = createPlantState();
  const cases = [
    { ambientT: 241.15, heatDemand: 5.6e6, supplySetpoint: 353.15, powerLimit: 1, returnT: 318.15 },
    { ambientT: 268.15, heatDemand: 2.2e6, supplySetpoint: 338.15, powerLimit: 1, returnT: 313.15 },
    { ambientT: 283.15, heatDemand: 0.6e6, supplySetpoint: 323.15, powerLimit: 1, returnT: 303.15 },
    { ambientT: 298.15, heatDemand: 0, supplySetpoint: 318.15, powerLimit: 1 },
  ];
  let i = 0;
  const water = fluid('water');
  const pg = fluid('propylene-glycol', 0.55);
  let sink = 0;
  let t = 280;
  const props = await measure(
    {
      'plant operating point (solvePlant, 4 rotating cases)': () => {
        solvePlant(plant, cases[i++ & 3]!, out);
      },
      'water cp + ρ + μ + k (IAPWS)': () => {
        t = t > 360 ? 280 : t + 0.37;
        sink += water.specificHeat(t) + water.density(t) + water.viscosity(t) + water.conductivity(t);
      },
      'PG 55 % cp + ρ + μ + k (Melinder)': () => {
        t = t > 360 ? 280 : t + 0.37;
        sink += pg.specificHeat(t) + pg.density(t) + pg.viscosity(t) + pg.conductivity(t);
      },
    },
    700,
  );
  printFigures('Plant operating point and fluid properties', props);
  for (const f of props.slice(1)) {
    console.log(`- ${f.name}: ${Math.round(4 * f.opsPerSecond).toLocaleString('en-US')} property calls/s`);
  }
  if (!Number.isFinite(sink)) throw new Error('non-finite property sum');
  console.log(powerLaw());

  // Annual simulation.
  const runs = 5;
  const bundled = await bundledYear(runs);
  console.log('\n## Annual simulation (Manitoba pilot, bundled Winnipeg TMYx)');
  console.log('| miners | median ms | min ms | internal steps | µs per simulated hour |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const [label, j] of annualCases()) {
    const s = loadScenario(j);
    simulate(s); // warm-up (JIT)
    const times: number[] = [];
    let steps = 0;
    let hours = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const res = simulate(s);
      times.push(performance.now() - t0);
      steps = res.steps;
      hours = res.hours;
    }
    times.sort((a, b) => a - b);
    const med = times[Math.floor(runs / 2)]!;
    console.log(
      `| ${label} | ${med.toFixed(0)} | ${times[0]!.toFixed(0)} | ${steps.toLocaleString('en-US')} | ${((med * 1000) / hours).toFixed(1)} |`,
    );
  }
  console.log(bundled);

  // An economics-only edit answered from the year just run (reprice: the economics on its series, no physics).
  const year = simulate(loadScenario(manitoba));
  const edits = ['0.03 USD/kWh', '0.05 USD/kWh', '0.07 USD/kWh'].map((p) =>
    setField(manitoba, 'economics.electricityPrice', p),
  );
  const fig = await measure(
    {
      'economics-only edit: load the edited scenario + reprice the year': () => {
        const r = reprice(year, loadScenario(edits[i++ % 3]));
        if (!r) throw new Error('an economics edit was not repriced');
      },
    },
    300,
  );
  printFigures('Economics-only edit (no simulation)', fig);

  // A plant-only edit: the greenhouse side replayed from the last run's trace (sim/greenhouseTrace.ts), as the
  // app's worker and the CLI sweep answer one (RunCache). Alternate full runs and replays of the same edits.
  const recorded = simulateTraced(loadScenario(manitoba), {}, { record: true }).trace;
  if (!recorded) throw new Error('the pilot recorded no greenhouse trace');
  const plantEdits = [
    setField(manitoba, 'heatExchanger.area', '80 m^2'),
    setField(manitoba, 'miners.count', 320),
    setField(manitoba, 'dryCooler.count', 2),
  ];
  replayFigures(
    'Plant-only edit (exchanger area, miner count, dry coolers)',
    recorded,
    plantEdits,
    runs,
    true,
  );
  // The floor area: the greenhouse side is per m² of floor (sim/setup.ts greenhousePerArea), so a smaller
  // greenhouse replays the same trace; a larger one the 6 MW backup heater cannot hold is abandoned at its first
  // short step and run in full (the cost of trying).
  const area = (a: string) => setField(manitoba, 'greenhouse.floorArea', a);
  replayFigures(
    'Floor-area edit, smaller (1.5, 1.8, 1.2 ha)',
    recorded,
    ['1.5 ha', '1.8 ha', '1.2 ha'].map(area),
    runs,
    true,
  );
  replayFigures(
    'Floor-area edit, larger and short of heat (2.5, 3, 4 ha)',
    recorded,
    ['2.5 ha', '3 ha', '4 ha'].map(area),
    runs,
    false,
  );
}

/**
 * Alternate full runs and runs given `trace` of the same edits; `replays`: whether each must replay (true) or
 * must fall short and be run in full after trying (false).
 */
function replayFigures(
  title: string,
  trace: GreenhouseTrace,
  edits: unknown[],
  runs: number,
  replays: boolean,
): void {
  const scenarios = edits.map((j) => loadScenario(j));
  const full: number[] = [];
  const replay: number[] = [];
  for (let r = 0; r < 2 * runs; r++) {
    const e = scenarios[r % scenarios.length]!;
    let t0 = performance.now();
    simulate(e);
    full.push(performance.now() - t0);
    t0 = performance.now();
    if (simulateTraced(e, {}, { replay: trace }).replayed !== replays)
      throw new Error(`${title}: ${replays ? 'not replayed' : 'replayed'}`);
    replay.push(performance.now() - t0);
  }
  full.sort((a, b) => a - b);
  replay.sort((a, b) => a - b);
  const m = (a: number[]) => a[Math.floor(a.length / 2)]!;
  const what = replays
    ? `greenhouse replayed: median ${m(replay).toFixed(0)} ms, min ${replay[0]!.toFixed(0)} ms; the same edits run in full: median ${m(full).toFixed(0)} ms (${(m(full) / m(replay)).toFixed(2)}× faster, the same result to the bit: test/core/sim/greenhouseTrace.test.ts)`
    : `replay tried, fell short, run in full: median ${m(replay).toFixed(0)} ms; run in full without trying: median ${m(full).toFixed(0)} ms (the try costs ${(m(replay) - m(full)).toFixed(0)} ms)`;
  console.log(`\n## ${title}\n- ${what}`);
}

/**
 * Sweep throughput, as `heat-twin sweep` runs it (`runTask` in this thread, `SimulationPool` on worker
 * threads; each thread keeps a `RunCache`, so cases that differ only in the plant replay the greenhouse):
 * - a greenhouse sweep (night set-point): every case a full annual run — in this thread, on 1 and on 2
 *   workers, and the 1,000-case time those rates give;
 * - a plant sweep (exchanger area): 1,000 cases on 2 workers, measured — the 1,000-run sweep;
 * - a floor-area sweep: the greenhouse per m² of floor recorded once per worker and replayed at each area
 *   (src/core/sim/greenhouseTrace.ts), on 2 workers, measured;
 * - a mixed sweep (night set-point × exchanger area, the set-point varying fastest, as `--vary` gives it when
 *   the exchanger axis comes first) on 2 workers, handed out in grid order and grouped by greenhouse
 *   (src/cli/taskQueue.ts, what `heat-twin sweep` does).
 * Every case of every repeat is a new scenario (a repeat of the same values would be answered from the
 * cache and measure nothing). Worker start-up (loading tsx and the core, ~1 s) is reported apart and not
 * counted; each worker first runs a two-week warm-up so the JIT is as warm as in the in-thread case. The
 * machine's 2 cores are shared, so the greenhouse sweeps are repeated REPEAT times (median and best shown).
 */
import manitoba from '../models/sites/manitoba-pilot.json' with { type: 'json' };
import { SimulationPool } from '../src/cli/sweep';
import type { SimTask } from '../src/cli/sweepWorker';
import { runTask } from '../src/cli/sweepWorker';
import { setField } from '../src/core/models/scenario';

/** Greenhouse cases per repeat, repeats, and the plant sweep's size. */
const GH_CASES = 8;
const REPEAT = 3;
const PLANT_CASES = 1000;
/** The floor-area sweep's size (1–2 ha: none short of heat on the pilot). */
const AREA_CASES = 250;
/** The mixed sweep: night set-points, °C (none short of heat on the pilot) × exchanger areas. */
const MIXED_HOUSES = [15, 15.5, 16, 16.5];
const MIXED_PLANTS = 30;

function stats(walls: number[]): { median: number; best: number } {
  const s = [...walls].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, best: s[0]! };
}

/**
 * Repeat r's greenhouse cases: night set-points 14.5–16.6 °C, shifted by r·0.01 K so no case repeats (not the
 * floor area: a floor-area case replays the greenhouse per m² of an earlier one).
 */
function greenhouseTasks(r: number, offset: number): SimTask[] {
  return Array.from({ length: GH_CASES }, (_, i) => ({
    id: offset + i,
    input: setField(manitoba, 'greenhouse.nightSetpoint', `${(14.5 + 0.3 * i + 0.01 * r).toFixed(2)} degC`),
  }));
}

/** The floor-area sweep: 1–2 ha in AREA_CASES steps. */
function areaTasks(): SimTask[] {
  return Array.from({ length: AREA_CASES }, (_, i) => ({
    id: i,
    input: setField(manitoba, 'greenhouse.floorArea', `${(1 + i / AREA_CASES).toFixed(4)} ha`),
  }));
}

/** The plant sweep: exchanger areas 40–120 m² in PLANT_CASES steps. */
function plantTasks(): SimTask[] {
  return Array.from({ length: PLANT_CASES }, (_, i) => ({
    id: i,
    input: setField(manitoba, 'heatExchanger.area', `${(40 + (80 * i) / PLANT_CASES).toFixed(3)} m^2`),
  }));
}

/** The mixed sweep's cases in grid order (exchanger axis slowest) and their greenhouse groups. */
function mixedTasks(): { tasks: SimTask[]; groups: number[] } {
  const tasks: SimTask[] = [];
  const groups: number[] = [];
  for (let p = 0; p < MIXED_PLANTS; p++) {
    MIXED_HOUSES.forEach((ha, g) => {
      const s = setField(manitoba, 'greenhouse.nightSetpoint', `${ha} degC`);
      tasks.push({ id: tasks.length, input: setField(s, 'heatExchanger.area', `${60 + p} m^2`) });
      groups.push(g);
    });
  }
  return { tasks, groups };
}

async function startPool(workers: number): Promise<{ pool: SimulationPool; startup: number }> {
  const t0 = performance.now();
  const pool = new SimulationPool({ workers });
  await pool.whenReady();
  // Warm-up: one short run per worker (all workers busy at once, so each gets one).
  await pool.run(
    Array.from({ length: workers }, (_, i) => ({ id: 1e6 + i, input: manitoba, hours: 24 * 14 })),
  );
  return { pool, startup: (performance.now() - t0) / 1000 };
}

async function timed(pool: SimulationPool, tasks: SimTask[], groups?: number[]): Promise<number> {
  const t = performance.now();
  const out = await pool.run(tasks, undefined, groups);
  if (out.some((o) => !o.ok)) throw new Error('a sweep run failed');
  return (performance.now() - t) / 1000;
}

async function greenhouseOnPool(workers: number): Promise<{ startup: number; median: number; best: number }> {
  const { pool, startup } = await startPool(workers);
  try {
    const walls: number[] = [];
    for (let r = 0; r < REPEAT; r++) walls.push(await timed(pool, greenhouseTasks(r + 10 * workers, 0)));
    return { startup, ...stats(walls) };
  } finally {
    await pool.close();
  }
}

export async function run(): Promise<void> {
  const f = (x: number) => x.toFixed(2);
  console.log(`\n## Sweep throughput (Manitoba pilot; every case a new scenario)`);
  console.log(`\n### Greenhouse sweep: ${GH_CASES} night set-points, each a full annual run`);
  runTask({ id: -1, input: manitoba, hours: 24 * 14 }, undefined);
  const walls: number[] = [];
  for (let r = 0; r < REPEAT; r++) {
    const t0 = performance.now();
    for (const t of greenhouseTasks(r, 0))
      if (!runTask(t, undefined).ok) throw new Error('a sweep run failed');
    walls.push((performance.now() - t0) / 1000);
  }
  const serial = stats(walls);
  const one = await greenhouseOnPool(1);
  const two = await greenhouseOnPool(2);
  const n = GH_CASES;
  console.log(
    '| mode | worker start-up s | sweep wall s, median (best) | annual runs/s | 1,000 runs at that rate, s | speed-up vs 1 worker |',
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  const row = (mode: string, up: string, s: { median: number; best: number }, speedUp: string) =>
    console.log(
      `| ${mode} | ${up} | ${f(s.median)} (${f(s.best)}) | ${f(n / s.median)} | ${(1000 * (s.median / n)).toFixed(0)} | ${speedUp} |`,
    );
  row('in this thread', '–', serial, '–');
  row('1 worker', f(one.startup), one, '1.00');
  row('2 workers', f(two.startup), two, `${f(one.median / two.median)} (best ${f(one.best / two.best)})`);

  console.log(`\n### Plant sweep: ${PLANT_CASES} exchanger areas (40–120 m²) on 2 workers, measured`);
  const { pool, startup } = await startPool(2);
  try {
    const wall = await timed(pool, plantTasks());
    console.log('| cases | worker start-up s | sweep wall s | annual runs/s | ms per case |');
    console.log('|---:|---:|---:|---:|---:|');
    console.log(
      `| ${PLANT_CASES} | ${f(startup)} | ${f(wall)} | ${f(PLANT_CASES / wall)} | ${((1000 * wall) / PLANT_CASES).toFixed(1)} |`,
    );
  } finally {
    await pool.close();
  }

  console.log(
    `\n### Floor-area sweep: ${AREA_CASES} floor areas (1–2 ha) on 2 workers, measured (the greenhouse per m² replayed)`,
  );
  {
    const { pool: p } = await startPool(2);
    try {
      // one group: both workers on it, each recording the greenhouse once and replaying it at every other area
      const wall = await timed(p, areaTasks(), new Array<number>(AREA_CASES).fill(0));
      console.log('| cases | sweep wall s | annual runs/s | 1,000 cases at that rate, s |');
      console.log('|---:|---:|---:|---:|');
      console.log(
        `| ${AREA_CASES} | ${f(wall)} | ${f(AREA_CASES / wall)} | ${((1000 * wall) / AREA_CASES).toFixed(0)} |`,
      );
    } finally {
      await p.close();
    }
  }

  const { tasks, groups } = mixedTasks();
  const n2 = tasks.length;
  console.log(
    `\n### Mixed sweep: ${MIXED_HOUSES.length} night set-points × ${MIXED_PLANTS} exchanger areas (${n2} cases, the set-point varying fastest) on 2 workers`,
  );
  console.log('| hand-out | sweep wall s | annual runs/s | 1,000 cases at that rate, s |');
  console.log('|---|---:|---:|---:|');
  for (const [mode, g] of [
    ['grid order', undefined],
    ['grouped by greenhouse (heat-twin sweep)', groups],
  ] as const) {
    // a fresh pool each: no worker starts with a greenhouse of the other mode's run
    const { pool: p } = await startPool(2);
    try {
      const wall = await timed(p, tasks, g ? [...g] : undefined);
      console.log(`| ${mode} | ${f(wall)} | ${f(n2 / wall)} | ${((1000 * wall) / n2).toFixed(0)} |`);
    } finally {
      await p.close();
    }
  }
}

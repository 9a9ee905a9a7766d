/**
 * Sweep throughput: annual simulations per second of a small sweep (4 full-year runs of the Manitoba pilot,
 * floor area 1–2.5 ha) in this thread, then on 1 and 2 worker threads (`SimulationPool`, the pool of
 * `heat-twin sweep`), and the speed-up from 1 to 2 workers (target: near-linear). Worker start-up (loading
 * tsx and the core, ~1 s) is reported separately and not counted in the throughput; each worker first runs
 * a two-week warm-up so the JIT is as warm as in the in-thread case. Each sweep is repeated REPEAT times
 * (median and best wall time shown): the machine's 2 cores are shared, so single timings are noisy.
 */
import manitoba from '../models/sites/manitoba-pilot.json' with { type: 'json' };
import { SimulationPool } from '../src/cli/sweep';
import type { SimTask } from '../src/cli/sweepWorker';
import { runTask } from '../src/cli/sweepWorker';
import { setField } from '../src/core/models/scenario';

const AREAS = ['1 ha', '1.5 ha', '2 ha', '2.5 ha'];
const REPEAT = 3;

function stats(walls: number[]): { median: number; best: number } {
  const s = [...walls].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, best: s[0]! };
}

function tasks(): SimTask[] {
  return AREAS.map((a, i) => ({ id: i, input: setField(manitoba, 'greenhouse.floorArea', a) }));
}

async function onPool(workers: number): Promise<{ startup: number; median: number; best: number }> {
  const t0 = performance.now();
  const pool = new SimulationPool({ workers });
  try {
    await pool.whenReady();
    // Warm-up: one short run per worker (all workers busy at once, so each gets one).
    await pool.run(
      Array.from({ length: workers }, (_, i) => ({ id: 1000 + i, input: manitoba, hours: 24 * 14 })),
    );
    const startup = (performance.now() - t0) / 1000;
    const walls: number[] = [];
    for (let r = 0; r < REPEAT; r++) {
      const t1 = performance.now();
      const out = await pool.run(tasks());
      walls.push((performance.now() - t1) / 1000);
      if (out.some((o) => !o.ok)) throw new Error('a sweep run failed');
    }
    return { startup, ...stats(walls) };
  } finally {
    await pool.close();
  }
}

export async function run(): Promise<void> {
  const n = AREAS.length;
  console.log(
    `\n## Sweep throughput (${n} annual runs of the Manitoba pilot, floor area ${AREAS.join(', ')})`,
  );
  // In this thread (what `--workers 1` does): warm-up, then the sweep.
  runTask({ id: -1, input: manitoba, hours: 24 * 14 }, undefined);
  const walls: number[] = [];
  for (let r = 0; r < REPEAT; r++) {
    const t0 = performance.now();
    for (const t of tasks()) if (!runTask(t, undefined).ok) throw new Error('a sweep run failed');
    walls.push((performance.now() - t0) / 1000);
  }
  const serial = stats(walls);
  const one = await onPool(1);
  const two = await onPool(2);
  const f = (x: number) => x.toFixed(2);
  console.log(
    '| mode | worker start-up s | sweep wall s, median (best) | annual simulations/s (median) | speed-up vs 1 worker |',
  );
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| in this thread | – | ${f(serial.median)} (${f(serial.best)}) | ${f(n / serial.median)} | – |`,
  );
  console.log(
    `| 1 worker | ${f(one.startup)} | ${f(one.median)} (${f(one.best)}) | ${f(n / one.median)} | 1.00 |`,
  );
  console.log(
    `| 2 workers | ${f(two.startup)} | ${f(two.median)} (${f(two.best)}) | ${f(n / two.median)} | ${f(one.median / two.median)} (best ${f(one.best / two.best)}) |`,
  );
}

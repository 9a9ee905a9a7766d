/**
 * `heat-twin sweep --quick` on the issue's 1,000-case sweep, greenhouse cases (night set-points 15–19 °C on the
 * pilot: every case a new greenhouse), 2 workers, measured end to end as the CLI runs it (its three passes each
 * start their pool: worker start-up included); then a sample of its estimates against exact years computed here.
 * The same cases run exactly take 1,000 × the greenhouse sweep's time per case (sweep.bench.ts).
 */
import manitoba from '../models/sites/manitoba-pilot.json' with { type: 'json' };
import { runQuick } from '../src/cli/sweepQuick';
import type { SimTask } from '../src/cli/sweepWorker';
import { type Kpis, setField, simulate } from '../src/core';

const CASES = 1000;
/** Estimates checked against an exact year: every SAMPLE-th case. */
const SAMPLE = 100;
const night = (i: number) => `${(15 + (4 * i) / (CASES - 1)).toFixed(4)} degC`;

export async function run(): Promise<void> {
  const tasks: SimTask[] = Array.from({ length: CASES }, (_, i) => ({
    id: i,
    input: setField(manitoba, 'greenhouse.nightSetpoint', night(i)),
  }));
  const t0 = performance.now();
  const q = await runQuick(
    tasks,
    manitoba,
    tasks.map((_, i) => i),
    {
      workers: 2,
      weather: { weather: undefined, text: undefined, fileName: 'bundled', sha256: '' },
      hours: 8760,
      onRow: () => {},
      onProgress: () => {},
    },
  );
  const wall = (performance.now() - t0) / 1000;
  if (q.baseFailure || q.outcomes.some((o) => !o.ok)) throw new Error('a quick sweep run failed');
  const estimates = q.outcomes.filter((o) => o.estimate).length;
  console.log(
    `\n## Quick sweep (\`heat-twin sweep --quick\`): ${CASES} night set-points (15–19 °C), 2 workers`,
  );
  console.log(
    `- wall ${wall.toFixed(1)} s, worker start-ups included (${estimates} estimates from 1-hour steps, ${CASES - estimates} exact: anchors and cases no anchor trusts)`,
  );
  const ids = ['greenhouseHeatDemand_MWh', 'heatToGreenhouse_MWh', 'backupHeat_MWh', 'heatCoverage'] as const;
  const worst: Record<string, number> = {};
  let checked = 0;
  for (let i = SAMPLE / 2; i < CASES; i += SAMPLE) {
    const o = q.outcomes[i]!;
    if (!o.ok || !o.estimate) continue;
    const exact = simulate(tasks[i]!.input).kpis;
    checked++;
    for (const id of ids) {
      const e = (100 * Math.abs((o.kpis as unknown as Kpis)[id] - exact[id])) / Math.abs(exact[id]);
      worst[id] = Math.max(worst[id] ?? 0, e);
    }
  }
  console.log(
    `- ${checked} estimates against their exact years, largest |error|: ${ids.map((id) => `${id} ${(worst[id] ?? 0).toFixed(3)} %`).join(', ')}`,
  );
}

/**
 * Monte Carlo business case (`heat-twin risk`): the thermal year of the Manitoba pilot is simulated once,
 * then 1 000 and 10 000 samples are drawn (goal: 1 000 samples in ≤ 10 s end to end, simulation included).
 * Prints the wall time of the simulation, of the sampling, and the total.
 */
import manitoba from '../models/sites/manitoba-pilot.json' with { type: 'json' };
import { loadScenario, riskYear, runRisk, simulate } from '../src/core';

export async function run(): Promise<void> {
  const s = loadScenario(manitoba);
  const t0 = performance.now();
  const sim = simulate(s);
  const tSim = performance.now() - t0;
  const year = riskYear(sim);
  for (const samples of [1000, 10_000]) {
    const t1 = performance.now();
    const r = runRisk(s.economics, [year], { samples, seed: 42 });
    const tMc = performance.now() - t1;
    console.log(
      `risk, Manitoba, ${samples} samples: simulation ${(tSim / 1000).toFixed(2)} s + sampling ${tMc.toFixed(0)} ms = ${((tSim + tMc) / 1000).toFixed(2)} s total (goal ≤ 10 s for 1 000); P50 NPV ${Math.round(r.npv.p50 ?? 0)} ${r.currency}`,
    );
  }
}

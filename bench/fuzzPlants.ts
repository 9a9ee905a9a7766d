/**
 * `npm run fuzz:plants`: the heat-accounting property over 1,000 random plants (24–72 h each, half with AI racks
 * and a heat pump; FUZZ_N and
 * FUZZ_SEED override); every fourth plant also at one-hour steps without sub-steps (the quick preview's runs, with
 * 10 °C set-points so that the valve shuts in some hours: greenhouseDriver.ts `shutFirst`). Prints the worst
 * residual, identity and ledger misses, and the failing plants.
 */
import fc from 'fast-check';
import { type CheckOptions, checkPlant, plantArb } from '../test/core/sim/randomPlants';

const n = Number(process.env.FUZZ_N ?? 1000);
const seed = Number(process.env.FUZZ_SEED ?? 7);
const plants = fc.sample(plantArb(72), { seed, numRuns: n });
const worst = { residual: 0, identity: 0, negative: 0, ledger: 0 };
let refused = 0;
let heatPumps = 0;
const failures: string[] = [];
const t0 = performance.now();
const runs = plants.flatMap((p, i) => [
  { p, opts: {} as CheckOptions },
  ...(i % 4 === 0 ? [{ p, opts: { coarse: true, setpointC: 10 } }] : []),
]);
let done = 0;
for (const { p, opts } of runs) {
  const c = checkPlant(p, opts);
  if (c.refused) {
    refused++;
    continue;
  }
  if (c.heatPump > 0) heatPumps++;
  for (const k of ['residual', 'identity', 'negative', 'ledger'] as const)
    worst[k] = Math.max(worst[k], c[k]);
  const bad =
    c.residual > 1e-9 ||
    c.identity > 1e-9 ||
    c.negative > 1e-9 ||
    c.ledger > 1e-9 ||
    c.coverage < 0 ||
    c.coverage > 1;
  if (bad) failures.push(`${JSON.stringify(p)} ${JSON.stringify(opts)} → ${JSON.stringify(c)}`);
  if (++done % 100 === 0)
    console.error(`${done}/${runs.length} runs, ${((performance.now() - t0) / 1e3).toFixed(0)} s`);
}
console.log(
  `${n} random plants (seed ${seed}) and ${runs.length - n} of them again at one-hour steps: ${refused} runs refused with a clear error, ${heatPumps} ran a heat pump (AI racks)`,
);
console.log(
  `worst: residual ${worst.residual.toExponential(2)}, hourly identity ${worst.identity.toExponential(2)}, negative ${worst.negative.toExponential(2)}, ledger ${worst.ledger.toExponential(2)}`,
);
for (const f of failures.slice(0, 20)) console.log(`FAIL ${f}`);
console.log(failures.length === 0 ? 'all plants close' : `${failures.length} plants violate the accounting`);
process.exitCode = failures.length === 0 ? 0 : 1;

/**
 * The full valid-scenario fuzz as a script that never stops at the first failure: `npx tsx test/fuzz/runValid.ts`
 * (FUZZ_N scenarios, default 10,000; FUZZ_SEED base seed; FUZZ_OUT a JSON-lines file; FUZZ_HOURS simulated hours,
 * default 48 — `FUZZ_HOURS=8760` runs whole years, for what only a summer or a full tank finds; FUZZ_PREVIEW=1 runs
 * each as the quick preview does, at one-hour steps without sub-steps). Scenario i is
 * `fc.sample(validScenario, { seed: base + i, numRuns: 1 })[0]`, so every outcome reproduces from its seed.
 * Outcomes: ok, schema (ScenarioError at load), refused (InputError/PhysicsError in the model), exception
 * (anything else), nonfinite (NaN/±Infinity in a KPI or an hourly series).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { InputError, PhysicsError } from '../../src/core/errors';
import { loadScenario } from '../../src/core/models/scenario';
import { previewInput } from '../../src/core/sim/previewCorrection';
import { simulate } from '../../src/core/sim/simulate';
import { bundledWeather } from '../../src/core/weather/bundled';
import { validScenario } from './scenarios';

export const HOURS = 48;
/** The script's hours (FUZZ_HOURS; HOURS in `npm test`). */
const scriptHours = Number(process.env.FUZZ_HOURS ?? HOURS);

export type Outcome =
  | { kind: 'ok' }
  | {
      kind: 'schema' | 'refused' | 'exception';
      error: string;
      message: string;
      field?: string;
      stack?: string;
    }
  | { kind: 'nonfinite'; where: string[] };

/** One scenario by its seed. */
export function scenarioOf(seed: number): Record<string, Record<string, unknown>> {
  return fc.sample(validScenario, { seed, numRuns: 1 })[0]!;
}

/**
 * Load and simulate one input; classify what happens. With `preview`, as the app's quick preview and `sweep
 * --quick` run it: at one-hour steps without sub-steps (previewInput, SimulateOptions.coarse).
 */
export function outcomeOf(
  input: unknown,
  weather = bundledWeather(),
  hours = HOURS,
  preview = false,
): Outcome {
  let r: ReturnType<typeof simulate>;
  try {
    const s = loadScenario(preview ? previewInput(input) : input);
    r = simulate(s, { weather, hours, ...(preview ? { coarse: true } : {}) });
  } catch (e) {
    const err = e as Error;
    const kind =
      err?.name === 'ScenarioError'
        ? 'schema'
        : e instanceof InputError || e instanceof PhysicsError
          ? 'refused'
          : 'exception';
    return {
      kind,
      error: err?.name ?? typeof e,
      message: String(err?.message ?? e),
      field: e instanceof InputError ? e.field : undefined,
      stack: kind === 'exception' ? err?.stack?.split('\n').slice(0, 6).join('\n') : undefined,
    };
  }
  const where: string[] = [];
  for (const [k, v] of Object.entries(r.kpis))
    if (typeof v === 'number' && !Number.isFinite(v)) where.push(`kpi ${k}=${v}`);
  for (const [k, a] of Object.entries(r.series)) {
    const arr = a as ArrayLike<number>;
    for (let i = 0; i < Math.min(hours, arr.length); i++)
      if (typeof arr[i] === 'number' && !Number.isFinite(arr[i]!)) {
        where.push(`series ${k}[${i}]=${arr[i]}`);
        break;
      }
  }
  return where.length ? { kind: 'nonfinite', where } : { kind: 'ok' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.env.FUZZ_N ?? 10_000);
  const base = Number(process.env.FUZZ_SEED ?? 20261204);
  const start = Number(process.env.FUZZ_START ?? 0);
  const out = process.env.FUZZ_OUT ?? '/tmp/fuzz-valid.jsonl';
  const preview = process.env.FUZZ_PREVIEW === '1';
  if (start === 0) writeFileSync(out, '');
  const weather = bundledWeather();
  const t0 = performance.now();
  const counts: Record<string, number> = {};
  for (let i = start; i < n; i++) {
    const seed = base + i;
    const input = scenarioOf(seed);
    const o = outcomeOf(input, weather, scriptHours, preview);
    counts[o.kind] = (counts[o.kind] ?? 0) + 1;
    if (o.kind !== 'ok') appendFileSync(out, `${JSON.stringify({ seed, ...o })}\n`);
    if ((i + 1) % 250 === 0)
      console.error(
        `${i + 1}/${n}, ${((performance.now() - t0) / 1e3).toFixed(0)} s`,
        JSON.stringify(counts),
      );
  }
  console.log(
    `${n - start} scenarios (seeds ${base + start}..${base + n - 1}) in ${((performance.now() - t0) / 1e3).toFixed(0)} s`,
    JSON.stringify(counts),
  );
}

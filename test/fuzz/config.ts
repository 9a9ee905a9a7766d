/**
 * Fuzz sizes: a seeded small sample in `npm test`, the full runs with `npm run fuzz` (FUZZ=full).
 * Seeds are fixed so a failure reproduces; fast-check prints the counterexample.
 */
export const FULL = process.env.FUZZ === 'full';
export const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

export const RUNS = {
  validScenarios: Number(process.env.FUZZ_VALID_RUNS ?? (FULL ? 10_000 : 25)),
  malformedScenarios: FULL ? 1_000 : 60,
  malformedWeather: FULL ? 200 : 20,
};

/** Generous per-test timeout for the full runs (ms). */
export const TIMEOUT = FULL ? 6 * 3600_000 : 120_000;

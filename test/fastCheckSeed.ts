/**
 * Every property test runs a fixed sample in `npm test` and CI (the same cases each run, so a red CI is a change
 * in the code, not a new random draw): fast-check's global seed, FC_SEED to pick another. `npm run fuzz`
 * (FUZZ=full) leaves the seed random, to explore; a failure there prints its seed for a fixed test.
 */
import fc from 'fast-check';

if (process.env.FUZZ !== 'full') fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261205) });

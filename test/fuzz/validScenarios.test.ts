// Random valid scenarios (from the parameter declarations) through loadScenario and a 48-hour simulation:
// no exception other than a clear PhysicsError naming what to change, no NaN or ±Infinity anywhere in the
// KPIs or series, and no schema-valid scenario refused at load or by a model guard (an InputError after the
// schema means a range the schema admits and the model rejects); a physics refusal names a scenario field to change
// (before 2026-12-07 four kinds did not: a pipe state of 508 K, an internal inlet, a house's vapour past 50 kPa, a
// screen search's NaN). The full run with its per-category tally: `npx tsx test/fuzz/runValid.ts` (FUZZ_N,
// FUZZ_SEED, FUZZ_OUT; FUZZ_HOURS=8760 for whole years).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/core/models/scenario';
import { bundledWeather } from '../../src/core/weather/bundled';
import { RUNS, SEED, TIMEOUT } from './config';
import { outcomeOf } from './runValid';
import { validScenario } from './scenarios';

/** A scenario field's dotted path (`greenhouse.leakage`, `minerLoop.fluid`): one of the schema's sections, a field. */
const FIELD = new RegExp(`\\b(${Object.keys(scenarioSchema.shape).join('|')})\\.[a-zA-Z]+`);

describe('fuzz: random valid scenarios', () => {
  it.each([
    ['at their own step', false],
    ['as the quick preview runs them (one-hour steps, no sub-steps)', true],
  ] as const)(
    `${RUNS.validScenarios} scenarios load and simulate 48 h %s without a crash, NaN or a model-guard refusal; each refusal names a field`,
    (_how, preview) => {
      const weather = bundledWeather();
      const tally = { ran: 0, refused: 0 };
      const refusals = new Map<string, number>();
      fc.assert(
        fc.property(validScenario, (input) => {
          const o = outcomeOf(input, weather, undefined, preview);
          if (o.kind === 'ok') {
            tally.ran++;
            return;
          }
          if (o.kind === 'nonfinite') expect.fail(`non-finite results: ${o.where.join(', ')}`);
          if (o.kind !== 'refused' || o.error !== 'PhysicsError' || /please report/.test(o.message))
            expect.fail(`${o.kind} ${o.error}: ${o.message}${'stack' in o && o.stack ? `\n${o.stack}` : ''}`);
          // A physics refusal (a loop that freezes or boils in this weather) is allowed when it says what to change.
          if (!FIELD.test(o.message)) expect.fail(`a refusal that names no scenario field: ${o.message}`);
          tally.refused++;
          const key = o.message.slice(0, 60);
          refusals.set(key, (refusals.get(key) ?? 0) + 1);
        }),
        { seed: SEED, numRuns: RUNS.validScenarios },
      );
      console.log(
        `valid scenarios${preview ? ' (preview)' : ''}: ${tally.ran} simulated, ${tally.refused} refused by the physics`,
        [...refusals],
      );
      expect(tally.ran + tally.refused).toBe(RUNS.validScenarios);
    },
    TIMEOUT,
  );
});

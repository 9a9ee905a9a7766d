// Random valid scenarios (from the parameter declarations) through loadScenario and a 48-hour simulation:
// no exception other than a clear InputError/PhysicsError, and no NaN anywhere in the KPIs or series.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError } from '../../src/core/errors';
import { loadScenario } from '../../src/core/models/scenario';
import { simulate } from '../../src/core/sim/simulate';
import { bundledWeather } from '../../src/core/weather/bundled';
import { RUNS, SEED, TIMEOUT } from './config';
import { validScenario } from './scenarios';

describe('fuzz: random valid scenarios', () => {
  it(
    `${RUNS.validScenarios} scenarios load and simulate 48 h without a crash or NaN`,
    () => {
      const weather = bundledWeather();
      const tally = { ran: 0, refused: 0 };
      const refusals = new Map<string, number>();
      fc.assert(
        fc.property(validScenario, (input) => {
          const s = loadScenario(input);
          let r: ReturnType<typeof simulate>;
          try {
            r = simulate(s, { weather, hours: 48 });
          } catch (e) {
            // A clear, named refusal (e.g. a fluid that freezes in this loop) is allowed; anything else fails.
            if (!(e instanceof InputError || e instanceof PhysicsError)) throw e;
            tally.refused++;
            const key = (e as Error).message.slice(0, 60);
            refusals.set(key, (refusals.get(key) ?? 0) + 1);
            return;
          }
          tally.ran++;
          for (const [k, v] of Object.entries(r.kpis)) {
            if (typeof v === 'number') expect(Number.isNaN(v), `kpi ${k}`).toBe(false);
          }
          for (const [k, a] of Object.entries(r.series)) {
            for (let i = 0; i < 48; i++) expect(Number.isNaN(a[i]!), `series ${k}[${i}]`).toBe(false);
          }
        }),
        { seed: SEED, numRuns: RUNS.validScenarios },
      );
      console.log(`valid scenarios: ${tally.ran} simulated, ${tally.refused} refused with a named error`, [
        ...refusals,
      ]);
      expect(tally.ran + tally.refused).toBe(RUNS.validScenarios);
    },
    TIMEOUT,
  );
});

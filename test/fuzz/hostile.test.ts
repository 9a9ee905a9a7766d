// The hostile cases of issue 11, one by one, through the scenario loader and the simulation.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { loadScenario, parseScenarioText, ScenarioError, setField } from '../../src/core/models/scenario';
import { simulate } from '../../src/core/sim/simulate';
import { quantity } from '../../src/core/units';
import { HOSTILE_QUANTITIES, PROTO_IDS } from './hostile';
import { manitoba } from './scenarios';

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('accepted');
};

describe('hostile inputs (issue 11)', () => {
  it.each(HOSTILE_QUANTITIES)('floor area %j is refused, naming the field, with an area example', (text) => {
    const msg = messageOf(() => loadScenario(setField(manitoba, 'greenhouse.floorArea', text)));
    expect(msg).toMatch(/greenhouse\.floorArea/);
    expect(msg).toMatch(/e\.g\. "2 ha"/);
    // Nothing was redefined: 1 ha is still 10 000 m².
    expect(quantity('1 ha', 'm^2')).toBe(10000);
  });

  it.each(PROTO_IDS)('miner model %j is an unknown model listing the known ones', (id) => {
    const msg = messageOf(() => simulate(setField(manitoba, 'miners.model', id), { hours: 24 }));
    expect(msg).toMatch(new RegExp(`unknown miner model ${JSON.stringify(id)}; known: `));
  });

  it('a scenario nested 10 000 levels deep is refused with a message', () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect(() => parseScenarioText(deep)).toThrowError(ScenarioError);
    expect(messageOf(() => parseScenarioText(deep))).toMatch(/nested more than 64 levels/);
  });

  it('backupHeater.efficiency 1.1 and dryCooler.count 0 are refused by the schema', () => {
    expect(messageOf(() => loadScenario(setField(manitoba, 'backupHeater.efficiency', 1.1)))).toMatch(
      /backupHeater\.efficiency/,
    );
    expect(messageOf(() => loadScenario(setField(manitoba, 'dryCooler.count', 0)))).toMatch(
      /at least one dry cooler/,
    );
  });
});

/**
 * A fluid's freezing or boiling refusal names the fluid only; `simulate` adds which loop it is and which fields
 * to change (src/core/sim/advice.ts `inLoop`). The refusals here are the fluids' own, made by asking a loop's
 * fluid for a property outside its range.
 */
import { describe, expect, it } from 'vitest';
import { PhysicsError } from '../../../src/core/errors';
import { loadScenario, scenarioFluids, setField } from '../../../src/core/models/scenario';
import { inLoop } from '../../../src/core/sim/advice';
import { fluid } from '../../../src/core';
import pilot from '../../../models/sites/manitoba-pilot.json';
import { refusal as physicsRefusal } from './refusal';

const refusal = (f: () => unknown) => physicsRefusal(f, PhysicsError);

const MINER_COLD =
  'raise the glycol share of minerLoop.fluid or minerLoop.inletSetpoint, or raise minerLoop.flowPerMiner';
const MINER_HOT =
  'raise minerLoop.pressure, or lower minerLoop.inletSetpoint or miners.powerLimit, or raise minerLoop.flowPerMiner';
const GH_COLD = 'raise greenhouseLoop.flow or backupHeater.capacity, or use a glycol in greenhouseLoop.fluid';
const GH_HOT = 'raise greenhouseLoop.pressure or lower the greenhouseLoop.heatingCurve supply temperatures';
const MINER_FITS = 'lower minerLoop.inletSetpoint or miners.powerLimit, or raise minerLoop.flowPerMiner';
const GH_FITS = 'lower the greenhouseLoop.heatingCurve supply temperatures';

describe('inLoop: the loop and the fields behind a fluid refusal', () => {
  const s = loadScenario(pilot); // miner loop propylene glycol 55 %, greenhouse loop water
  const f = scenarioFluids(s);

  it('names the miner loop for its glycol and the greenhouse loop for its water: freezing, boiling, fits', () => {
    // the glycol's limit above is its property fits' (Melinder: 100 °C), not boiling
    const hot = refusal(() => f.minerLoop.specificHeat(400));
    expect(hot.message).toMatch(/is above 373\.15 K \(100\.0 °C\), the upper limit of the Melinder/);
    for (const [make, fix] of [
      [() => f.minerLoop.specificHeat(200), `In the minerLoop: ${MINER_COLD}`],
      [() => f.minerLoop.specificHeat(400), `In the minerLoop: ${MINER_FITS}`],
      [() => f.greenhouseLoop.specificHeat(250), `In the greenhouseLoop: ${GH_COLD}`],
      [() => f.greenhouseLoop.specificHeat(500), `In the greenhouseLoop: ${GH_HOT}`],
    ] as const) {
      const e = refusal(make);
      const out = inLoop(e, s);
      expect(out).toBeInstanceOf(PhysicsError);
      expect(out.message).toBe(`${e.message}. ${fix}`);
    }
  });

  it('the fits limit of a glycol greenhouse loop names its supply temperatures', () => {
    const g = loadScenario(setField(pilot, 'greenhouseLoop.fluid', 'propylene-glycol 30%'));
    const e = refusal(() => scenarioFluids(g).greenhouseLoop.specificHeat(400));
    expect(inLoop(e, g).message).toBe(`${e.message}. In the greenhouseLoop: ${GH_FITS}`);
  });

  it('names both loops when they carry the same fluid', () => {
    const both = loadScenario(
      setField(setField(pilot, 'minerLoop.fluid', 'water'), 'minerLoop.pressure', s.greenhouseLoop.pressure),
    );
    const e = refusal(() => scenarioFluids(both).greenhouseLoop.specificHeat(500));
    expect(inLoop(e, both).message).toBe(
      `${e.message}. In the minerLoop: ${MINER_HOT}; or, in the greenhouseLoop: ${GH_HOT}`,
    );
  });

  it('leaves other refusals as they are', () => {
    const other = refusal(() => fluid('ethylene-glycol', 0.3).specificHeat(200));
    expect(other.message).toMatch(/is below its freezing point/);
    expect(inLoop(other, s)).toBe(other);
    const plain = new PhysicsError('greenhouse heat balance: the matrix is singular (a node has no path)');
    expect(inLoop(plain, s)).toBe(plain);
  });
});

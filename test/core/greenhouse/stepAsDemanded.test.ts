/**
 * `stepAsDemanded` (demand.ts): at steps as long as the valve's horizon (the one-hour preview and the quick
 * sweep) a heated step that gets what its demand asked takes the demand solve's end state instead of solving the
 * step again. Checked against the step solved in full (`stepGreenhouse` with the demand's inlet, the screen and
 * vents left to their controllers, as the driver runs it): the same end state and the same reported flows, to
 * round-off where nothing is searched and within the screen search's own tolerance where it is (SCREEN_TOL =
 * 1e-3 of the closure: the full step's search starts at the demand's root and may stop elsewhere within it).
 */
import { describe, expect, it } from 'vitest';
import { heatDemand, stepAsDemanded } from '../../../src/core/greenhouse/demand';
import { GreenhouseStepOutput, initialState, stepGreenhouse } from '../../../src/core/greenhouse/model';
import { buildGreenhouse, type GreenhouseParams } from '../../../src/core/greenhouse/params';
import { GH, GH_STATES, GH_TEMPERATURES } from '../../../src/core/greenhouse/state';
import type { GreenhouseInputs } from '../../../src/core/greenhouse/types';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { night } from './demandNight';

const HOUR = 3600;
const params = (o: Partial<GreenhouseParams> = {}): GreenhouseParams => ({
  ...VANTHOOR_HOUSE,
  floorArea: 1000,
  cover: 'single-glass',
  ...o,
});

/** From the same state: the demand then its step solved in full, and the demand then `stepAsDemanded`. */
function bothWays(p: GreenhouseParams, s0: Float64Array, inp: GreenhouseInputs, setpoint: number) {
  const run = (shortcut: boolean) => {
    const m = buildGreenhouse(p);
    const s = s0.slice();
    const i = { ...inp };
    const d = heatDemand(m, s, i, setpoint, HOUR);
    expect(d.waterHeat).toBeGreaterThan(0);
    i.pipeInletT = d.pipeInletT;
    const out = new GreenhouseStepOutput();
    if (shortcut) stepAsDemanded(m, s, i, HOUR, out);
    else stepGreenhouse(m, s, i, HOUR, out);
    return { s, out, screenGuess: m.screenGuess };
  };
  return { full: run(false), taken: run(true) };
}

/** End states within `dT` K and `dVp` Pa; every flow within `rel` of the step's scale (W). */
function expectSame(
  a: ReturnType<typeof bothWays>['full'],
  b: ReturnType<typeof bothWays>['taken'],
  dT: number,
  dVp: number,
  rel: number,
) {
  for (let i = 0; i < GH_STATES; i++)
    expect(Math.abs(a.s[i]! - b.s[i]!), `state ${i}`).toBeLessThanOrEqual(i < GH_TEMPERATURES ? dT : dVp);
  const scale = Math.abs(a.out.pipeWaterHeat) + Math.abs(a.out.coverLoss);
  for (const k of [
    'pipeWaterHeat',
    'pipeOutletT',
    'pipeDelivered',
    'coverLoss',
    'infiltrationLoss',
    'ventilationLoss',
    'latentLoss',
    'soilToDeep',
    'transpirationLatent',
  ] as const) {
    const tol = k === 'pipeOutletT' ? dT : rel * scale;
    expect(Math.abs(a.out[k] - b.out[k]), k).toBeLessThanOrEqual(tol);
  }
  expect(Math.abs(a.out.screenClosed - b.out.screenClosed)).toBeLessThanOrEqual(2e-3);
  // the first law closes for the state it takes, as for the one it solves
  expect(b.out.energyResidualRelative).toBeLessThan(1e-9);
  expect(b.out.vapourResidualRelative).toBeLessThan(1e-9);
}

describe('stepAsDemanded: the demand solve’s end state is the full step’s', () => {
  it('screen and vents prescribed (nothing searched): the same step to round-off', () => {
    const p = params();
    const s0 = initialState(buildGreenhouse(p), 289.5, 0.8);
    const inp = night({ screenClosed: 0.7, ventOpening: 0.02 });
    const { full, taken } = bothWays(p, s0, inp, 291);
    expect(taken.s[GH.air]).toBeCloseTo(291, 9);
    expect(full.s[GH.air]).toBeCloseTo(291, 9);
    expectSame(full, taken, 1e-8, 1e-5, 1e-9);
  });

  it('a cold night, the screen by its controller: within the screen search’s tolerance', () => {
    const p = params();
    const s0 = initialState(buildGreenhouse(p), 290.5, 0.85);
    const { full, taken } = bothWays(p, s0, night(), 291);
    expect(full.s[GH.air]).toBeCloseTo(291, 2);
    expectSame(full, taken, 0.02, 5, 2e-3);
    expect(taken.screenGuess).toBe(taken.out.screenClosed); // the next step's search starts at this root
  });

  it('a humid mild night (the screen opens a gap) and a sunny frosty morning: the same', () => {
    const p = params();
    const m = buildGreenhouse(p);
    const humid = bothWays(p, initialState(m, 290.5, 0.95), night({ outdoorT: 280, skyT: 270 }), 291);
    expectSame(humid.full, humid.taken, 0.02, 5, 2e-3);
    const morning = night({ outdoorT: 263, skyT: 250, solarOnCover: 150, isDay: true });
    const sunny = bothWays(p, initialState(m, 291, 0.7), morning, 292);
    expectSame(sunny.full, sunny.taken, 0.02, 5, 2e-3);
  });

  it('a house without a screen: the same step to round-off', () => {
    const p = params({ thermalScreen: false });
    const s0 = initialState(buildGreenhouse(p), 289, 0.8);
    const { full, taken } = bothWays(p, s0, night(), 291);
    expectSame(full, taken, 1e-8, 1e-5, 1e-9);
  });

  it('refuses a step of another length than the demand’s horizon (its end state would not be that step’s)', () => {
    const m = buildGreenhouse(params());
    const s = initialState(m, 289, 0.8);
    const i = night();
    heatDemand(m, s, i, 291, 1800);
    expect(() => stepAsDemanded(m, s, i, HOUR, new GreenhouseStepOutput())).toThrow(
      /a step of 3600 s after a demand over 1800 s/,
    );
    const fresh = buildGreenhouse(params());
    expect(() => stepAsDemanded(fresh, s, i, HOUR, new GreenhouseStepOutput())).toThrow(/over NaN s/);
  });
});

/**
 * The key that lets `heatDemand` and the step after it share one coefficient evaluation (coefficientRecord.ts
 * `sameKey`): SAME_ALL only when the state, every input the coefficients read, the dry flag and the floor area
 * are those of the last evaluation and the screen asked for and the pipe water flow are the same; SAME_BUT_SCREEN
 * when only the screen or the flow differ (the screen-independent terms read neither); otherwise 0, and the new state and inputs become the key. A stale match would reuse another step's
 * coefficients, a missed one only costs time: both directions are checked field by field.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  emptyCoefficientKey,
  SAME_ALL,
  SAME_BUT_SCREEN,
  sameKey,
} from '../../../src/core/greenhouse/coefficientRecord';
import { computeCoefficients } from '../../../src/core/greenhouse/coefficients';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import { buildGreenhouse } from '../../../src/core/greenhouse/params';
import { GH_STATES } from '../../../src/core/greenhouse/state';
import type { GreenhouseInputs } from '../../../src/core/greenhouse/types';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';

let m: GreenhouseModel;
let T: Float64Array;

function base(): GreenhouseInputs {
  return {
    outdoorT: 270,
    skyT: 255,
    windSpeed: 3,
    solarOnCover: 120,
    pipeInletT: 330,
    pipeMassFlow: 0.5,
    isDay: true,
    heatingSetpoint: 292,
    outdoorVapourPressure: 400,
  };
}

beforeEach(() => {
  m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 500, cover: 'single-glass' });
  T = new Float64Array(GH_STATES);
  for (let i = 0; i < GH_STATES; i++) T[i] = 280 + i;
});

describe('a fresh key', () => {
  it('has a slot per state and per keyed input (15 + 11) and matches nothing (NaN ≠ NaN)', () => {
    const k = emptyCoefficientKey();
    expect(k.length).toBe(GH_STATES + 11);
    for (const v of k) expect(Number.isNaN(v)).toBe(true);
    expect(sameKey(m, T, base(), 0.5)).toBe(0);
  });
});

describe('sameKey', () => {
  it('the same call twice matches fully; another screen only matches but the screen, and then becomes the key', () => {
    expect(SAME_ALL).not.toBe(SAME_BUT_SCREEN);
    expect(sameKey(m, T, base(), 0.5)).toBe(0);
    expect(sameKey(m, T, base(), 0.5)).toBe(SAME_ALL);
    expect(sameKey(m, T, base(), 0.8)).toBe(SAME_BUT_SCREEN);
    expect(sameKey(m, T, base(), 0.8)).toBe(SAME_ALL);
    expect(sameKey(m, T, base(), 0.5)).toBe(SAME_BUT_SCREEN);
  });

  it('the screen asked for is the argument, else the inputs’ screenClosed, else "controller" (−1)', () => {
    const withInput = { ...base(), screenClosed: 0.3 };
    sameKey(m, T, withInput, undefined);
    expect(sameKey(m, T, base(), 0.3)).toBe(SAME_ALL); // the inputs' 0.3 was keyed
    expect(sameKey(m, T, withInput, 0.3)).toBe(SAME_ALL); // the argument wins over the inputs'
    expect(sameKey(m, T, withInput, 0.6)).toBe(SAME_BUT_SCREEN);
    expect(sameKey(m, T, base(), undefined)).toBe(SAME_BUT_SCREEN); // neither: −1
    expect(sameKey(m, T, base(), -1)).toBe(SAME_ALL);
  });

  it('any state entry that differs misses, and the new state becomes the key', () => {
    for (let i = 0; i < GH_STATES; i++) {
      sameKey(m, T, base(), 0.5);
      const T2 = T.slice();
      T2[i] = T[i]! + 1e-9;
      expect(sameKey(m, T2, base(), 0.5), `state ${i}`).toBe(0);
      expect(sameKey(m, T2, base(), 0.5), `state ${i} stored`).toBe(SAME_ALL);
      expect(sameKey(m, T, base(), 0.5), `state ${i} back`).toBe(0);
    }
  });

  const changes: [string, Partial<GreenhouseInputs>][] = [
    ['outdoorT', { outdoorT: 271 }],
    ['skyT', { skyT: 256 }],
    ['windSpeed', { windSpeed: 4 }],
    ['solarOnCover', { solarOnCover: 121 }],
    ['isDay false', { isDay: false }],
    ['isDay undefined', { isDay: undefined }],
    ['heatingSetpoint', { heatingSetpoint: 293 }],
    ['heatingSetpoint undefined', { heatingSetpoint: undefined }],
    ['outdoorVapourPressure', { outdoorVapourPressure: 401 }],
    ['outdoorVapourPressure undefined', { outdoorVapourPressure: undefined }],
  ];
  for (const [name, change] of changes) {
    it(`an input that differs misses, and becomes the key: ${name}`, () => {
      const changed = { ...base(), ...change };
      sameKey(m, T, base(), 0.5);
      expect(sameKey(m, T, changed, 0.5)).toBe(0);
      expect(sameKey(m, T, changed, 0.5)).toBe(SAME_ALL);
      // the screen alone differing still says "all but the screen" for the changed inputs
      expect(sameKey(m, T, changed, 0.9)).toBe(SAME_BUT_SCREEN);
      expect(sameKey(m, T, base(), 0.9)).toBe(0);
    });
  }

  it('the pipe water flow is keyed for the screen-dependent terms only: SAME_BUT_SCREEN, then the key', () => {
    sameKey(m, T, base(), 0.5);
    const shut = { ...base(), pipeMassFlow: 0 };
    expect(sameKey(m, T, shut, 0.5)).toBe(SAME_BUT_SCREEN);
    expect(sameKey(m, T, shut, 0.5)).toBe(SAME_ALL);
    expect(sameKey(m, T, base(), 0.5)).toBe(SAME_BUT_SCREEN);
    expect(sameKey(m, T, base(), 0.7)).toBe(SAME_BUT_SCREEN);
  });

  it('coefficients after a flow-only change equal a fresh evaluation at that flow, field by field', () => {
    const fresh = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 500, cover: 'single-glass' });
    const shut = { ...base(), pipeMassFlow: 0 };
    computeCoefficients(m, T, base(), 0.5);
    const reused = { ...computeCoefficients(m, T, shut, 0.5) };
    const direct = { ...computeCoefficients(fresh, T, shut, 0.5) };
    expect(reused).toEqual(direct);
    expect(Array.from(m.cap)).toEqual(Array.from(fresh.cap));
  });

  it('the pipe inlet temperature is not keyed (the coefficients do not read it)', () => {
    sameKey(m, T, base(), 0.5);
    expect(sameKey(m, T, { ...base(), pipeInletT: 340 }, 0.5)).toBe(SAME_ALL);
  });

  it('isDay true, false and undefined are three different keys', () => {
    const day = base();
    const night = { ...base(), isDay: false };
    const unset = { ...base(), isDay: undefined };
    sameKey(m, T, day, 0.5);
    expect(sameKey(m, T, night, 0.5)).toBe(0);
    expect(sameKey(m, T, unset, 0.5)).toBe(0);
    expect(sameKey(m, T, day, 0.5)).toBe(0);
    expect(sameKey(m, T, day, 0.5)).toBe(SAME_ALL);
  });

  it('the dry flag (rating condition) and the floor area are keyed', () => {
    sameKey(m, T, base(), 0.5);
    m.dry = true;
    expect(sameKey(m, T, base(), 0.5)).toBe(0);
    expect(sameKey(m, T, base(), 0.5)).toBe(SAME_ALL);
    m.dry = false;
    expect(sameKey(m, T, base(), 0.5)).toBe(0);
    expect(sameKey(m, T, base(), 0.5)).toBe(SAME_ALL);
    // another house sharing this key array (same scratch): its floor area differs
    const other = { ...m, floorArea: 600 } as GreenhouseModel;
    expect(sameKey(other, T, base(), 0.5)).toBe(0);
    expect(sameKey(other, T, base(), 0.5)).toBe(SAME_ALL);
    expect(sameKey(m, T, base(), 0.5)).toBe(0);
  });
});

/**
 * What the demand (demand.ts) does that its flows do not show: the first trial of its screen search. The search
 * returns a root within SCREEN_TOL, so two first trials give two slightly different roots; each test pins the
 * first trial by giving the same search that trial from another path (a preset `demandScreenGuess`) and asking for
 * the same root to 1e-12. The trial written out here from GreenLight's controller rules ([K] ch. 4): with no
 * guess, min(thScrCold, max(thScrRh, 1 − ventCold) of the start-of-step air, thScrHeat of the set-point air),
 * never above thScrCold. And a steady state that needs the under-relaxation (more than 100 Picard iterations: a
 * still, cold night with the screen on its controller), checked as a fixed point of the step and by its balance.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { heatDemand, steadyState } from '../../../src/core/greenhouse/demand';
import { initialState } from '../../../src/core/greenhouse/model';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import { buildGreenhouse } from '../../../src/core/greenhouse/params';
import { saturationVapourPressure } from '../../../src/core/greenhouse/physics';
import { GH } from '../../../src/core/greenhouse/state';
import type { GreenhouseInputs } from '../../../src/core/greenhouse/types';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { night } from './demandNight';
import { expectSteadyFixedPoint } from './steadyFixedPoint';

const LN100 = Math.log(100);
/** [K] eq. 4.1 proportionalControl. */
const prop = (x: number, sp: number, band: number, lo: number, hi: number) =>
  lo + (hi - lo) / (1 + Math.exp((-2 / band) * LN100 * (x - sp - band / 2)));
const NIGHT_SP = VANTHOOR_HOUSE.nightSetpoint; // 290.15 K
const RH_MAX = VANTHOOR_HOUSE.indoorRH; // 0.87

const house = () => buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass' });
let m: GreenhouseModel;
beforeEach(() => {
  m = house();
});

/** The demand's screen on a fresh house with `demandScreenGuess` preset (NaN: none). */
function screenWith(guess: number, s: Float64Array, inp: GreenhouseInputs, setpoint: number): number {
  const h = house();
  h.demandScreenGuess = guess;
  const u = heatDemand(h, s, inp, setpoint, 900).screenClosed;
  expect(h.demandScreenGuess).toBe(u); // the root is kept for the next search
  return u;
}

describe('the first trial of the demand’s screen search', () => {
  it('with no guess: min(cold, max(rh gap, 1 − ventCold) of the start air, screen heat of the set-point air)', () => {
    // cold night: thScrCold = 1; RH 90 % opens a gap of about one half; the set-point is far below sp + 4 K
    const Ta = 290.5;
    const s = initialState(m, Ta, 0.9);
    const rh = s[GH.vpAir]! / saturationVapourPressure(Ta);
    const cold = prop(268, 283.15, -1, 0, 1);
    const rhGap = prop(rh, RH_MAX - 0.02, 0.1, 1, 0);
    const ventCold = prop(Ta, NIGHT_SP - 1, -1, 1, 0);
    const heat = prop(291, NIGHT_SP + 4, 1, 1, 0);
    const u0 = Math.min(Math.min(cold, Math.max(rhGap, 1 - ventCold)), heat);
    expect(u0).toBeGreaterThan(0.2);
    expect(u0).toBeLessThan(0.8);
    const fresh = screenWith(Number.NaN, s, night(), 291);
    expect(fresh).toBeCloseTo(screenWith(u0, s, night(), 291), 12);
    // and another first trial gives a root that differs by more than that (so the comparison can fail)
    expect(Math.abs(screenWith(u0 + 0.2, s, night(), 291) - fresh)).toBeGreaterThan(1e-9);
  });

  it('a warm set-point: screen heat of the set-point air (not of the start air) caps the first trial', () => {
    // set-point 294.5 K at night: thScrHeat(294.5) = prop(294.5, 294.15, 1, 1, 0) ≈ 0.9 while the 290.5 K start air
    // would ask ≈ 1; the air is dry (RH 60 %), so the gap is shut and the cap is the cold closure 1
    const Ta = 290.5;
    const s = initialState(m, Ta, 0.6);
    const heat = prop(294.5, NIGHT_SP + 4, 1, 1, 0);
    expect(heat).toBeGreaterThan(0.3);
    expect(heat).toBeLessThan(0.95);
    const fresh = screenWith(Number.NaN, s, night(), 294.5);
    expect(fresh).toBeCloseTo(screenWith(heat, s, night(), 294.5), 12);
  });

  it('a guess of 0 is a guess (not "none"): it gives what a guess of the smallest positive number gives', () => {
    const s = initialState(m, 290.5, 0.9);
    const zero = screenWith(0, s, night(), 291);
    const tiny = screenWith(Number.MIN_VALUE, s, night(), 291);
    const fresh = screenWith(Number.NaN, s, night(), 291);
    expect(zero).toBeCloseTo(tiny, 12);
    expect(Math.abs(zero - fresh)).toBeGreaterThan(1e-9);
  });

  it('the first trial never exceeds the cold closure: a guess of 1 on a mild night gives what the cold closure gives', () => {
    const inp = night({ outdoorT: 283.2, skyT: 275 }); // thScrCold ≈ 0.31
    const cold = prop(283.2, 283.15, -1, 0, 1);
    expect(cold).toBeLessThan(0.5);
    const s = initialState(m, 290.5, 0.8);
    const one = screenWith(1, s, inp, 291);
    expect(one).toBeCloseTo(screenWith(cold, s, inp, 291), 12);
    expect(one).toBeLessThanOrEqual(cold + 1e-12);
  });
});

describe('a steady state past the 100 plain Picard iterations (under-relaxed)', () => {
  it('still night, 265 K outside, screen by the controller: a fixed point of a day-long step, water heat = losses', () => {
    const inp = night({ outdoorT: 265, skyT: 250, windSpeed: 0, pipeMassFlow: 10 });
    const s = initialState(m, 291, 0.8);
    const d = steadyState(m, inp, 291, s);
    expect(s[GH.air]).toBeCloseTo(291, 9);
    expectSteadyFixedPoint(m, inp, s, d);
    expect(d.screenClosed).toBeGreaterThan(0);
    expect(d.screenClosed).toBeLessThan(1);
  });
});

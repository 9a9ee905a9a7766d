/**
 * Heat demand (demand.ts) against the step it promises: "stepping with inputs.pipeInletT = out.pipeInletT (same
 * flow, same vents and screen) reproduces the set-point". The step reports its flows through another code path
 * (stepOutput.ts), so each flow the demand reports must equal the step's: water heat, pipe temperatures and what
 * the pipes deliver, the cover loss net of the sun the cover absorbs, leakage + ventilation, latent loss, ground
 * loss, transpiration. The demand's vents and screen are checked against GreenLight's controller rules written out
 * here ([K] ch. 4) at the set-point air, and the refusals of dt and the set-point with field and range.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  COVER_RATING_CONDITION,
  coverRatingInputs,
  coverRatingU,
  heatDemand,
  steadyState,
} from '../../../src/core/greenhouse/demand';
import { GreenhouseStepOutput, initialState, stepGreenhouse } from '../../../src/core/greenhouse/model';
import type { GreenhouseModel, GreenhouseParams } from '../../../src/core/greenhouse/params';
import { buildGreenhouse } from '../../../src/core/greenhouse/params';
import { GH } from '../../../src/core/greenhouse/state';
import type { GreenhouseInputs, HeatDemandOutput } from '../../../src/core/greenhouse/types';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { night } from './demandNight';
import { expectSteadyFixedPoint } from './steadyFixedPoint';
import { refused } from '../refused';
import { prop, screen } from './katzinRules';

const A = 1000;
const params = (o: Partial<GreenhouseParams> = {}): GreenhouseParams => ({
  ...VANTHOOR_HOUSE,
  floorArea: A,
  cover: 'single-glass',
  ...o,
});
let m: GreenhouseModel;
beforeEach(() => {
  m = buildGreenhouse(params());
});

/** The demand, then the step with its inlet, screen and vents; both outputs and the end state. */
function demandThenStep(s0: Float64Array, inp: GreenhouseInputs, setpoint: number, dt: number) {
  const s = s0.slice();
  const d = heatDemand(m, s, inp, setpoint, dt);
  expect(Array.from(s)).toEqual(Array.from(s0)); // the demand leaves the state alone
  const out = new GreenhouseStepOutput();
  stepGreenhouse(
    m,
    s,
    { ...inp, pipeInletT: d.pipeInletT, screenClosed: d.screenClosed, ventOpening: d.ventOpening },
    dt,
    out,
  );
  return { d: { ...d }, out, x: s };
}

/** Every flow the demand reports equals the step's (relative 1e-7, absolute 1e-6 W). */
function expectSameFlows(d: HeatDemandOutput, out: GreenhouseStepOutput) {
  const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6 + 1e-7 * Math.abs(b));
  close(d.waterHeat, out.pipeWaterHeat);
  close(d.pipeMeanT, out.pipeMeanT);
  close(d.pipeOutletT, out.pipeOutletT);
  close(d.pipeDelivered, out.pipeDelivered);
  close(d.coverLoss, out.coverLoss - out.solarToCover);
  close(d.airExchangeLoss, out.infiltrationLoss + out.ventilationLoss);
  close(d.latentLoss, out.latentLoss);
  close(d.soilToDeep, out.soilToDeep);
  close(d.transpirationLatent, out.transpirationLatent);
  expect(d.ventOpening).toBe(out.ventOpening);
  expect(d.screenClosed).toBe(out.screenClosed);
}

describe('heatDemand reproduced by the step', () => {
  it('a cold night, screen and vents by the controller: the set-point is met and every flow agrees', () => {
    const s0 = initialState(m, 290.5, 0.85);
    const { d, out, x } = demandThenStep(s0, night(), 291, 900);
    expect(x[GH.air]).toBeCloseTo(291, 8);
    expect(d.waterHeat).toBeGreaterThan(0);
    expectSameFlows(d, out);
    // outlet = inlet − Q/(ṁ·c_p): the water gives up Q_w (c_p = 4180 J/(kg·K), [V] Table 8.1)
    expect(d.pipeInletT - d.pipeOutletT).toBeCloseTo(d.waterHeat / (30 * 4180), 8);
    // the screen at the root of u = closure(set-point air, end-of-step RH), within SCREEN_TOL
    const u = screen(268, false, 291, out.relativeHumidity, VANTHOOR_HOUSE.nightSetpoint, 0.87);
    expect(Math.abs(d.screenClosed - u)).toBeLessThanOrEqual(1e-3);
    expect(m.demandScreenGuess).toBe(d.screenClosed);
    expect(d.screenClosed).toBeGreaterThan(0.8); // 0.87
  });

  it('a humid mild night: the screen opens a gap; still the same flows', () => {
    const s0 = initialState(m, 290.5, 0.95);
    const { d, out, x } = demandThenStep(s0, night({ outdoorT: 280, skyT: 270 }), 291, 900);
    expect(x[GH.air]).toBeCloseTo(291, 8);
    expectSameFlows(d, out);
    const u = screen(280, false, 291, out.relativeHumidity, VANTHOOR_HOUSE.nightSetpoint, 0.87);
    expect(Math.abs(d.screenClosed - u)).toBeLessThanOrEqual(1e-3);
    expect(d.screenClosed).toBeLessThan(0.7); // 0.54: the gap opened by RH > 85 %
  });

  it('a sunny day above the vent set-point: negative demand, vents as ventHeat(T_set) asks, same flows', () => {
    const s0 = initialState(m, 297.2, 0.6);
    const inp = night({
      outdoorT: 290,
      skyT: 282,
      solarOnCover: 600,
      isDay: true,
      heatingSetpoint: 290,
      pipeMassFlow: 80,
    });
    const { d, out, x } = demandThenStep(s0, inp, 297, 900);
    expect(x[GH.air]).toBeCloseTo(297, 8);
    expect(d.waterHeat).toBeLessThan(0);
    // vents: min(ventCold, max(ventHeat(297 K), ventRh)) with ventHeat = prop(T, 290 + 5, 4, 0, 1)
    const want = Math.min(
      prop(297.2, 289, -1, 1, 0),
      Math.max(prop(297, 295, 4, 0, 1), prop(0.6, 0.87, 0.5, 0, 1)),
    );
    expect(d.ventOpening).toBeCloseTo(want, 12);
    expect(d.ventOpening).toBeGreaterThan(0.2);
    expect(out.solarToCover).toBeGreaterThan(0); // the cover loss net of its sun is tested
    expectSameFlows(d, out);
  });

  it('a prescribed screen and vents and the deep soil from the inputs: the same flows', () => {
    const s0 = initialState(m, 289.8, 0.8);
    const inp = night({ screenClosed: 0.6, ventOpening: 0.01, deepSoilT: 284, outdoorT: 278, skyT: 270 });
    const { d, out, x } = demandThenStep(s0, inp, 290, 900);
    expect(x[GH.air]).toBeCloseTo(290, 8);
    expect(d.screenClosed).toBe(0.6);
    expect(d.ventOpening).toBe(0.01);
    expect(Number.isNaN(m.demandScreenGuess)).toBe(true); // no search with the screen prescribed
    expectSameFlows(d, out);
    expect(d.soilToDeep).toBeCloseTo(m.coef.soilDeep * (x[GH.soil5]! - 284) * A, 6);
  });

  it('no flow: heat needed gives an infinite inlet, heat not needed the pipe temperature (outlet = pipe)', () => {
    const s0 = initialState(m, 289, 0.8);
    const need = heatDemand(m, s0, night({ pipeMassFlow: 0 }), 291, 600);
    expect(need.waterHeat).toBeGreaterThan(0);
    expect(need.pipeInletT).toBe(Number.POSITIVE_INFINITY);
    expect(need.pipeOutletT).toBe(need.pipeMeanT);
    const hot = initialState(m, 296, 0.6);
    const sunny = night({ pipeMassFlow: 0, solarOnCover: 700, outdoorT: 290, isDay: true, ventOpening: 0 });
    const none = heatDemand(m, hot, sunny, 291, 600);
    expect(none.waterHeat).toBeLessThan(0);
    expect(none.pipeInletT).toBe(none.pipeMeanT);
    expect(none.pipeOutletT).toBe(none.pipeMeanT);
  });
});

describe('heatDemand refusals', () => {
  const s = () => initialState(m, 290);
  it.each([
    ['dt', 290, 1e-4, 'a finite number ≥ 0.001 s'],
    ['dt', 290, Number.NaN, 'a finite number ≥ 0.001 s'],
    ['setpointT', 263.14, 600, 'between 263.15 and 323.15 K'],
    ['setpointT', 323.16, 600, 'between 263.15 and 323.15 K'],
  ])('refuses %s (set-point %f K, dt %f s): "%s"', (field, sp, dt, allowed) => {
    const e = refused(() => heatDemand(m, s(), night(), sp, dt));
    expect(e.field).toBe(field);
    expect(e.value).toBe(field === 'dt' ? dt : sp);
    expect(e.allowed).toBe(allowed);
  });

  it('accepts the range edges', () => {
    for (const sp of [263.15, 323.15])
      expect(Number.isFinite(heatDemand(m, s(), night(), sp, 1e-3).waterHeat)).toBe(true);
  });
});

describe('steadyState', () => {
  it('is a fixed point: a day-long step from it with its inlet, screen and vents stays put', () => {
    const s = initialState(m, 291);
    const inp = night({ screenClosed: undefined });
    const d = steadyState(m, inp, 291, s);
    expect(s[GH.air]).toBeCloseTo(291, 9);
    expectSteadyFixedPoint(m, inp, s, d);
  });
});

describe('the cover rating condition (EN ISO 6946 convention)', () => {
  it('20 °C in, 0 °C out, overcast sky at the outdoor temperature, 4 m/s, night, dry, screen open, vents shut', () => {
    expect(COVER_RATING_CONDITION).toEqual({ airT: 293.15, outdoorT: 273.15, skyT: 273.15, windSpeed: 4 });
    expect(coverRatingInputs()).toEqual({
      outdoorT: 273.15,
      skyT: 273.15,
      windSpeed: 4,
      solarOnCover: 0,
      pipeInletT: 293.15,
      pipeMassFlow: 0,
      outdoorVapourPressure: 0,
      screenClosed: 0,
      ventOpening: 0,
      isDay: false,
      heatingSetpoint: 293.15,
    });
  });

  it('U = steady cover loss / (A_cover · 20 K) of the same house without leakage, crop, screen or vapour', () => {
    // the definition worked through by hand: build that house, hold the air at 20 °C in the rating weather
    const p = params({ cover: 'double-poly' });
    const bare = buildGreenhouse({
      ...p,
      leakage: 0,
      thermalScreen: false,
      leafAreaIndex: 0,
      deepSoilT: 293.15,
    });
    bare.dry = true;
    const s = initialState(bare, 293.15, 0);
    const d = steadyState(bare, coverRatingInputs(), 293.15, s);
    expect(d.latentLoss).toBe(0);
    expect(d.airExchangeLoss).toBe(0);
    // steady: the water heat leaves through the cover and the ground (the floor under a cold roof sits below the
    // 20 °C deep soil, so the ground gives a little: soilToDeep < 0)
    expect((d.coverLoss + d.soilToDeep) / d.waterHeat).toBeCloseTo(1, 8);
    expect(Math.abs(d.soilToDeep)).toBeLessThan(0.02 * d.coverLoss);
    const U = d.coverLoss / (A * 1.3 * 20);
    expect(coverRatingU(p)).toBeCloseTo(U, 10);
    // the double film: a few W/(m²·K), below single glass
    expect(U).toBeGreaterThan(1.5);
    expect(U).toBeLessThan(coverRatingU(params()));
  });

  it('does not depend on the leakage, screen, crop or deep soil of the house it rates', () => {
    const u0 = coverRatingU(params());
    const u1 = coverRatingU(
      params({ leakage: 3 / 3600, thermalScreen: true, leafAreaIndex: 4, deepSoilT: 280 }),
    );
    expect(u1).toBeCloseTo(u0, 9);
  });
});

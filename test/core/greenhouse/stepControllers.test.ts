/**
 * The step's implicit controllers (step.ts) against GreenLight's controller rules written out here ([K] ch. 4,
 * `proportionalControl`: u = lo + (hi − lo)/(1 + exp(−2/band·ln100·(x − setPt − band/2)))), evaluated on the
 * end-of-step air the step returns:
 * - roof vents: o = min(ventCold, max(ventHeat(T_air,end), ventRh)) with ventCold and ventRh from the start of the
 *   step; the Woodbury update must equal the step solved again with the vents prescribed at o;
 * - thermal screen: u = min(thScrCold, thScrHeat, thScrRh) of the end-of-step air within SCREEN_TOL, and the same
 *   end state as the step with the screen prescribed at u;
 * plus the refusals of the time step and the dry-surface switches (guessDryScreen, dryScreenGuessWrong, dryUp)
 * on hand-set coefficients.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { GreenhouseStepOutput, initialState, stepGreenhouse } from '../../../src/core/greenhouse/model';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import { buildGreenhouse } from '../../../src/core/greenhouse/params';
import { GH } from '../../../src/core/greenhouse/state';
import { dryScreenGuessWrong, dryUp, guessDryScreen } from '../../../src/core/greenhouse/step';
import type { GreenhouseInputs } from '../../../src/core/greenhouse/types';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { refused } from '../refused';
import { prop, screen, ventCold } from './katzinRules';

/** Tetens (Vanthoor 2011 / GreenLight satVp). */
const esat = (T: number) => 610.78 * Math.exp((17.2694 * (T - 273.15)) / (T - 273.15 + 238.3));
/** [K] ventHeat: heating set-point + dead zone, 4 K band. */
const ventHeat = (T: number, sp: number, dz: number) => prop(T, sp + dz, 4, 0, 1);
/** [K] ventRh: from rhMax over a 50 % band. */
const ventRh = (rh: number, rhMax: number) => prop(rh, rhMax, 0.5, 0, 1);

let m: GreenhouseModel;
beforeEach(() => {
  m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass' });
});

const sunny = (o: Partial<GreenhouseInputs> = {}): GreenhouseInputs => ({
  outdoorT: 288,
  skyT: 278,
  windSpeed: 2,
  solarOnCover: 500,
  pipeInletT: 300,
  pipeMassFlow: 0,
  isDay: true,
  heatingSetpoint: 290,
  screenClosed: 0,
  ...o,
});

/** Step a copy of `s`; returns the end state and the output. */
function step(s: Float64Array, inp: GreenhouseInputs, dt = 300) {
  const x = s.slice();
  const out = new GreenhouseStepOutput();
  stepGreenhouse(m, x, inp, dt, out);
  return { x, out };
}

describe('roof vents solved with the end-of-step air', () => {
  it('a warm sunny house: o = ventHeat(T_air,end), and the vents prescribed at o give the same end state', () => {
    const s0 = initialState(m, 298, 0.6);
    const { x, out } = step(s0, sunny());
    const o = out.ventOpening;
    expect(o).toBeGreaterThan(0.3);
    expect(o).toBeLessThan(0.8);
    // ventCold ≈ 1 (air far above 289 K), ventRh ≈ 0 (RH 60 % < 87 %): the heat part decides
    expect(Math.abs(o - ventHeat(x[GH.air]!, 290, VANTHOOR_HOUSE.ventOffset))).toBeLessThan(1e-10);
    const again = step(s0, sunny({ ventOpening: o }));
    for (let i = 0; i < 15; i++) expect(again.x[i]).toBeCloseTo(x[i]!, 8);
    expect(again.out.ventOpening).toBe(o);
  });

  it('a hotter house asks for more, and the result still solves its own controller', () => {
    const s0 = initialState(m, 297, 0.6);
    const a = step(s0, sunny({ solarOnCover: 300, outdoorT: 290 }));
    const b = step(s0, sunny({ solarOnCover: 600, outdoorT: 290 }));
    expect(b.out.ventOpening).toBeGreaterThan(a.out.ventOpening);
    for (const { x, out } of [a, b]) {
      expect(Math.abs(out.ventOpening - ventHeat(x[GH.air]!, 290, 5))).toBeLessThan(1e-10);
    }
  });

  it('very hot: the heat part asks for more than the cold limit allows, so o = ventCold of the start air', () => {
    const s0 = initialState(m, 318, 0.3);
    const { x, out } = step(s0, sunny({ solarOnCover: 1000, outdoorT: 308, skyT: 300 }));
    const cold = ventCold(318, 290);
    expect(ventHeat(x[GH.air]!, 290, 5)).toBeGreaterThanOrEqual(cold);
    expect(out.ventOpening).toBe(cold);
  });

  it('humid and not warm: o = ventRh of the start air; the end state as with the vents prescribed', () => {
    const s0 = initialState(m, 292, 0.97);
    const inp = sunny({ solarOnCover: 100, outdoorT: 285, skyT: 275 });
    const { x, out } = step(s0, inp);
    const rh = ventRh(0.97, VANTHOOR_HOUSE.indoorRH);
    expect(rh).toBeGreaterThan(0.05);
    expect(out.ventOpening).toBeCloseTo(rh, 12);
    expect(ventHeat(x[GH.air]!, 290, 5)).toBeLessThan(rh);
    const again = step(s0, { ...inp, ventOpening: out.ventOpening });
    for (let i = 0; i < 15; i++) expect(again.x[i]).toBeCloseTo(x[i]!, 8);
  });

  it('cold air: o = min(ventCold, ventRh) (here ≈ 0)', () => {
    const s0 = initialState(m, 285, 0.7);
    const { out } = step(s0, sunny({ solarOnCover: 0, outdoorT: 280, skyT: 270 }));
    expect(out.ventOpening).toBeCloseTo(Math.min(ventCold(285, 290), ventRh(0.7, 0.87)), 15);
    expect(out.ventOpening).toBeLessThan(1e-12);
  });

  it('a house without roof vents never reports an opening, however hot or humid', () => {
    m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass', roofVentShare: 0 });
    expect(step(initialState(m, 300, 0.6), sunny()).out.ventOpening).toBe(0);
    expect(step(initialState(m, 292, 0.97), sunny({ solarOnCover: 100 })).out.ventOpening).toBe(0);
  });
});

describe('the thermal screen solved with the end-of-step air', () => {
  const night = (o: Partial<GreenhouseInputs> = {}): GreenhouseInputs => ({
    outdoorT: 270,
    skyT: 260,
    windSpeed: 2,
    solarOnCover: 0,
    pipeInletT: 330,
    pipeMassFlow: 1,
    isDay: false,
    ...o,
  });
  const cases: [string, number, number, Partial<GreenhouseInputs>][] = [
    ['cold night, dry air: nearly closed', 291, 0.8, {}],
    ['cold night, humid air: the gap opens fully', 291, 0.95, {}],
    ['mild night: a gap', 291, 0.85, { outdoorT: 283 }],
    ['cold sunny day, warm house: closed to the cold limit', 296, 0.7, { isDay: true, solarOnCover: 400 }],
  ];
  for (const [name, Ta, rh, o] of cases) {
    it(`${name}: u = closure(end-of-step air) within 10⁻³, the guess kept, and the same state with u prescribed`, () => {
      const inp = night(o);
      const s0 = initialState(m, Ta, rh);
      const { x, out } = step(s0, inp);
      const u = out.screenClosed;
      const sp = inp.isDay ? VANTHOOR_HOUSE.daySetpoint : VANTHOOR_HOUSE.nightSetpoint;
      const want = screen(inp.outdoorT, inp.isDay!, x[GH.air]!, x[GH.vpAir]! / esat(x[GH.air]!), sp, 0.87);
      expect(Math.abs(u - want)).toBeLessThanOrEqual(1e-3);
      expect(m.screenGuess).toBe(u);
      expect(m.coef.screen).toBe(u);
      const again = step(s0, { ...inp, screenClosed: u });
      for (let i = 0; i < 15; i++) expect(again.x[i]).toBeCloseTo(x[i]!, 9);
    });
  }

  it('the first trial is the demand’s last root, else the step’s: the same guess gives the same root', () => {
    const inp = night({ outdoorT: 283 });
    const s0 = initialState(m, 291, 0.85);
    const guess = 0.2;
    m.demandScreenGuess = guess;
    m.screenGuess = 0.9;
    const a = step(s0, inp).out.screenClosed;
    m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass' });
    m.screenGuess = guess;
    const b = step(s0, inp).out.screenClosed;
    m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass' });
    m.screenGuess = 0.9;
    const c = step(s0, inp).out.screenClosed;
    m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass' });
    const fresh = step(s0, inp).out.screenClosed; // no guess: the controller on the start-of-step air
    m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass' });
    m.screenGuess = screen(283, false, 291, 0.85, 290.15, 0.87);
    const d = step(s0, inp).out.screenClosed;
    expect(a).toBe(b);
    expect(d).toBe(fresh);
    // the roots agree within the tolerance whatever the first trial
    for (const v of [a, c, fresh]) expect(Math.abs(v - a)).toBeLessThan(2e-3);
  });

  it('the first trial never exceeds the cold closure: a guess of 1 on a mild night gives what a guess at the cold closure gives', () => {
    const inp = night({ outdoorT: 283.2 }); // thScrCold ≈ 0.31
    const cold = prop(283.2, 283.15, -1, 0, 1);
    const s0 = initialState(m, 291, 0.8);
    m.screenGuess = 1;
    const a = step(s0, inp).out.screenClosed;
    m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass' });
    m.screenGuess = cold;
    const b = step(s0, inp).out.screenClosed;
    expect(a).toBe(b);
    expect(a).toBeLessThanOrEqual(cold);
  });

  it('a house without a screen, or a screen prescribed, skips the search', () => {
    const s0 = initialState(m, 291, 0.8);
    expect(step(s0, night({ screenClosed: 0.4 })).out.screenClosed).toBe(0.4);
    expect(Number.isNaN(m.screenGuess)).toBe(true);
    m = buildGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1000, cover: 'single-glass', thermalScreen: false });
    expect(step(s0, night()).out.screenClosed).toBe(0);
  });
});

describe('the time step', () => {
  it.each([
    [1e-4, 'between 0.001 and 10000000 s'],
    [1.1e7, 'between 0.001 and 10000000 s'],
    [Number.POSITIVE_INFINITY, 'between 0.001 and 10000000 s'],
  ])('refuses dt = %f s', (dt, allowed) => {
    const s = initialState(m, 291);
    const e = refused(() => stepGreenhouse(m, s, sunny(), dt, new GreenhouseStepOutput()));
    expect(e.field).toBe('dt');
    expect(e.value).toBe(dt);
    expect(e.allowed).toBe(allowed);
  });

  it('accepts both edges (1 ms and 10⁷ s)', () => {
    for (const dt of [1e-3, 1e7]) {
      const s = initialState(m, 291);
      const out = new GreenhouseStepOutput();
      stepGreenhouse(m, s, sunny({ ventOpening: 0 }), dt, out);
      expect(out.energyResidualRelative).toBeLessThan(1e-6); // 7e-8 at 10⁷ s: round-off of the huge storage term
      expect(out.ventOpening).toBe(0);
    }
  });
});

describe('dry surfaces', () => {
  /** Hand-set condensation coefficients: screen e_s = 1300 + 90·(T − 287), cover 700 + 55·(T − 275). */
  function set(kScr: number, kCov: number, vec: number) {
    const c = m.coef;
    c.kScr = kScr;
    c.kScr0 = 4e-9;
    c.esS = 1300;
    c.sS = 90;
    c.ts0 = 287;
    c.kCov = kCov;
    c.esCi = 700;
    c.sCi = 55;
    c.tci0 = 275;
    c.vec = vec;
    c.esC = 2000;
    c.sC = 120;
    c.tc0 = 290;
  }
  const x = (vpAir: number, Tscr: number, vpTop: number, Tci: number, Tcan = 290) => {
    const v = new Float64Array(15);
    v[GH.vpAir] = vpAir;
    v[GH.screen] = Tscr;
    v[GH.vpTop] = vpTop;
    v[GH.coverIn] = Tci;
    v[GH.canopy] = Tcan;
    return v;
  };

  it('guessDryScreen: off (and says so) only for a condensing screen whose air starts below its saturation', () => {
    set(4e-9, 0, 0);
    const T = x(1299, 287, 0, 275);
    m.coef.esS = 1300;
    expect(guessDryScreen(m, T)).toBe(true);
    expect(m.coef.kScr).toBe(0);
    set(4e-9, 0, 0);
    expect(guessDryScreen(m, x(1300, 287, 0, 275))).toBe(false); // at saturation: wet
    expect(m.coef.kScr).toBe(4e-9);
    set(0, 0, 0);
    expect(guessDryScreen(m, x(1000, 287, 0, 275))).toBe(false); // already off
  });

  it('dryScreenGuessWrong: back on only if guessed and the end-of-step air reaches the screen’s linearised e_s', () => {
    set(0, 0, 0);
    expect(dryScreenGuessWrong(m, x(1400, 288, 0, 275), false)).toBe(false);
    expect(m.coef.kScr).toBe(0);
    // e_s(288) = 1300 + 90 = 1390: air at 1390 condenses again
    expect(dryScreenGuessWrong(m, x(1390, 288, 0, 275), true)).toBe(true);
    expect(m.coef.kScr).toBe(4e-9);
    set(0, 0, 0);
    expect(dryScreenGuessWrong(m, x(1389, 288, 0, 275), true)).toBe(false);
    expect(m.coef.kScr).toBe(0);
    // a screen so cold that its linearised e_s is negative (287 − 1300/90 − 1 K) is solved again with its
    // condensation on (dryUp then judges it), as the step without the guess would have solved it
    expect(dryScreenGuessWrong(m, x(10, 287 - 1300 / 90 - 1, 0, 275), true)).toBe(true);
    expect(m.coef.kScr).toBe(4e-9);
  });

  it('dryUp: each surface off where it would evaporate or its e_s went negative, on where it condenses', () => {
    set(4e-9, 6e-9, 3e-6);
    // screen e_s(288) = 1390, cover e_s(276) = 755, canopy e_s(291) = 2120: all condensing / transpiring
    expect(dryUp(m, x(1390, 288, 755, 276, 291))).toBe(false);
    expect([m.coef.kScr, m.coef.kCov, m.coef.vec]).toEqual([4e-9, 6e-9, 3e-6]);
    expect(dryUp(m, x(1389, 288, 755, 276, 291))).toBe(true);
    expect([m.coef.kScr, m.coef.kCov, m.coef.vec]).toEqual([0, 6e-9, 3e-6]);
    set(4e-9, 6e-9, 3e-6);
    expect(dryUp(m, x(1390, 288, 754, 276, 291))).toBe(true);
    expect([m.coef.kScr, m.coef.kCov, m.coef.vec]).toEqual([4e-9, 0, 3e-6]);
    set(4e-9, 6e-9, 3e-6);
    // canopy e_s(T) = 2000 + 120·(T − 290) < 0 below 273.33 K
    expect(dryUp(m, x(1390, 288, 755, 276, 273))).toBe(true);
    expect([m.coef.kScr, m.coef.kCov, m.coef.vec]).toEqual([4e-9, 6e-9, 0]);
    set(4e-9, 6e-9, 3e-6);
    // linearised e_s below zero on screen and cover (cooled by tens of kelvin): off even with air above it
    expect(dryUp(m, x(5, 270, 5, 260, 291))).toBe(true);
    expect([m.coef.kScr, m.coef.kCov, m.coef.vec]).toEqual([0, 0, 3e-6]);
    // already off: nothing changes
    set(0, 0, 0);
    expect(dryUp(m, x(0, 300, 0, 300, 200))).toBe(false);
  });
});

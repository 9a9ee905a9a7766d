/**
 * The step starts an inner cover whose top air is below its saturation with its condensation off (step.ts
 * `guessDryCover`), and switches it on again when the end of the step says it condenses (`dryCoverGuessWrong`).
 * Right only if the end-of-step difference d = e_top − e_s(T_cover,in) has the same sign with condensation and
 * without: checked on random states against Sherman–Morrison, d(k) = d(0)/(1 + k·γ), γ = vᵀA₀⁻¹u written out.
 * Then whole steps: the step's end state equals the long way (assemble, factorise, solve with the cover's
 * condensation on, and again off where it ended up evaporating), for covers that start dry and end dry or wet.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { addVents, assemble } from '../../../src/core/greenhouse/assemble';
import { computeCoefficients } from '../../../src/core/greenhouse/coefficients';
import {
  createGreenhouse,
  GH,
  type GreenhouseInputs,
  GreenhouseStepOutput,
  stepGreenhouse,
} from '../../../src/core/greenhouse/model';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import { saturationVapourPressure } from '../../../src/core/greenhouse/physics';
import { dryCoverGuessWrong, guessDryCover } from '../../../src/core/greenhouse/step';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { closedScreenNight, L, N } from './closedScreenNight';

let m: GreenhouseModel;
beforeEach(() => {
  m = createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1e4, cover: 'single-glass' });
});

/**
 * A state near `airC` with a wet screen (the main air at 95 % RH, the screen 1 K colder), the inner cover `dCov`
 * K below the air and the top compartment's air at `rhCov` of the cover's saturation pressure.
 */
function state(airC: number, dCov: number, rhCov: number): Float64Array {
  const T = new Float64Array(N).fill(airC + 273.15);
  T[GH.coverIn] = airC + 273.15 - dCov;
  T[GH.coverOut] = T[GH.coverIn]! - 2;
  T[GH.top] = airC + 273.15 - 0.5 * dCov;
  T[GH.screen] = airC + 272.15;
  T[GH.vpAir] = 0.95 * saturationVapourPressure(T[GH.air]!);
  T[GH.vpTop] = rhCov * saturationVapourPressure(T[GH.coverIn]!);
  return T;
}

/** The step solved the long way with the cover's condensation coefficient k (screen closed, vents prescribed). */
function solveWith(T: Float64Array, inp: GreenhouseInputs, k: number, dt: number): Float64Array {
  computeCoefficients(m, T, inp, 1);
  m.coef.kCov = k;
  assemble(m, T, inp, 1 / dt, true);
  addVents(m, inp, inp.ventOpening!);
  m.lu.factor(m.A, 'test');
  const x = new Float64Array(N);
  m.lu.solve(m.b, x);
  return x;
}

const dEnd = (x: Float64Array) => x[GH.vpTop]! - (m.coef.esCi + m.coef.sCi * (x[GH.coverIn]! - m.coef.tci0));

const arbitraryState = () =>
  fc.tuple(
    fc.double({ min: 10, max: 24, noNaN: true }),
    fc.double({ min: 3, max: 25, noNaN: true }),
    fc.double({ min: 0.8, max: 1.15, noNaN: true }),
    fc.double({ min: -25, max: 5, noNaN: true }),
    fc.constantFrom(300, 900, 3600),
  );

describe('a dry inner cover keeps its sign of e_top − e_s with its condensation on or off', () => {
  it('d(k) = d(0)/(1 + k·γ) with γ > 0 (300 random states, both signs)', () => {
    let dry = 0;
    fc.assert(
      fc.property(arbitraryState(), ([airC, dCov, rhCov, outC, dt]) => {
        const T = state(airC, dCov, rhCov);
        const inp = closedScreenNight(outC);
        computeCoefficients(m, T, inp, 1);
        const k = m.coef.kCov;
        expect(k).toBeGreaterThan(0);
        const d0 = dEnd(solveWith(T, inp, 0, dt));
        // γ = vᵀ·A₀⁻¹·u, u = L·(e_vpTop − e_coverIn), v = e_vpTop − s·e_coverIn (A₀ still factorised)
        const u = new Float64Array(N);
        u[GH.vpTop] = L;
        u[GH.coverIn] = -L;
        m.lu.solve(u, u);
        const gamma = u[GH.vpTop]! - m.coef.sCi * u[GH.coverIn]!;
        expect(gamma).toBeGreaterThan(0);
        const dk = dEnd(solveWith(T, inp, k, dt));
        expect(dk).toBeCloseTo(d0 / (1 + k * gamma), 6);
        expect(Math.sign(dk)).toBe(Math.sign(d0));
        if (d0 < 0) dry++;
      }),
      { numRuns: 300, seed: 20261205 },
    );
    expect(dry).toBeGreaterThan(30);
    expect(dry).toBeLessThan(270);
  });
});

describe('the step with the guess equals the long way', () => {
  it('a cover that starts dry ends with the active set the long way finds (200 random states)', () => {
    const seen = { startDryEndDry: 0, startDryEndWet: 0, startWet: 0, screenDried: 0 };
    const out = new GreenhouseStepOutput();
    fc.assert(
      fc.property(arbitraryState(), ([airC, dCov, rhCov, outC, dt]) => {
        const T = state(airC, dCov, rhCov);
        const inp = closedScreenNight(outC);
        computeCoefficients(m, T, inp, 1);
        const startDry = T[GH.vpTop]! < m.coef.esCi;
        const k = m.coef.kCov;
        // the long way: condensation on; off again if the cover would evaporate at the end, or if it cooled so
        // far that its linearised e_s went negative (both as dryUp)
        let long = solveWith(T, inp, k, dt);
        const esEnd = m.coef.esCi + m.coef.sCi * (long[GH.coverIn]! - m.coef.tci0);
        const wetEnd = dEnd(long) >= 0 && esEnd >= 0;
        if (!wetEnd) long = solveWith(T, inp, 0, dt);
        // the screen and the canopy keep their exchange at the end (the test is about the cover alone; dryUp's
        // rules for them: e_air ≥ e_s(T_screen) ≥ 0 and e_s(T_canopy) ≥ 0, linearised)
        const c = m.coef;
        const esS = c.esS + c.sS * (long[GH.screen]! - c.ts0);
        if (!(long[GH.vpAir]! >= esS && esS >= 0 && c.esC + c.sC * (long[GH.canopy]! - c.tc0) >= 0)) {
          seen.screenDried++;
          return;
        }
        const x = Float64Array.from(T);
        stepGreenhouse(m, x, inp, dt, out);
        for (let i = 0; i < N; i++) expect(x[i]).toBeCloseTo(long[i]!, 9);
        if (!startDry) seen.startWet++;
        else if (wetEnd) seen.startDryEndWet++;
        else seen.startDryEndDry++;
      }),
      { numRuns: 200, seed: 20261205 },
    );
    // every path of the guess was taken
    expect(seen.startDryEndDry).toBeGreaterThan(10);
    expect(seen.startDryEndWet).toBeGreaterThan(3);
    expect(seen.startWet).toBeGreaterThan(10);
    // states whose screen or canopy dried as well (a house cooling ~15 K in an hour) are left out: at most a quarter
    expect(seen.screenDried).toBeLessThanOrEqual(50);
  });
});

describe('the guess and its undoing, with hand-set coefficients (cover e_s = 700 + 55·(T − 275) Pa)', () => {
  function set(kCov: number) {
    const c = m.coef;
    c.kCov = kCov;
    c.kCov0 = 6e-9;
    c.esCi = 700;
    c.sCi = 55;
    c.tci0 = 275;
  }
  const at = (vpTop: number, Tci: number) => {
    const v = new Float64Array(N);
    v[GH.vpTop] = vpTop;
    v[GH.coverIn] = Tci;
    return v;
  };

  it('guessDryCover: off (and says so) only for a condensing cover whose top air starts below e_s', () => {
    set(6e-9);
    expect(guessDryCover(m, at(699, 275))).toBe(true);
    expect(m.coef.kCov).toBe(0);
    set(6e-9);
    expect(guessDryCover(m, at(700, 275))).toBe(false); // at saturation: wet
    expect(m.coef.kCov).toBe(6e-9);
    set(0);
    expect(guessDryCover(m, at(500, 275))).toBe(false); // already off
    expect(m.coef.kCov).toBe(0);
  });

  it('dryCoverGuessWrong: back on only if guessed and the end-of-step top air reaches the linearised e_s', () => {
    set(0);
    expect(dryCoverGuessWrong(m, at(900, 276), false)).toBe(false);
    expect(m.coef.kCov).toBe(0);
    // e_s(276) = 755: top air at 755 Pa condenses again, at 754 it does not
    expect(dryCoverGuessWrong(m, at(755, 276), true)).toBe(true);
    expect(m.coef.kCov).toBe(6e-9);
    set(0);
    expect(dryCoverGuessWrong(m, at(754, 276), true)).toBe(false);
    expect(m.coef.kCov).toBe(0);
    // a cover so cold its linearised e_s is negative (275 − 700/55 − 1 K) is solved again with its condensation
    // on: with its latent heat it may stay warmer than that, as the step without the guess would find
    expect(dryCoverGuessWrong(m, at(10, 275 - 700 / 55 - 1), true)).toBe(true);
    expect(m.coef.kCov).toBe(6e-9);
  });
});

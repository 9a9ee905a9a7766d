/**
 * The step starts a screen that is dry at the start of the step with its condensation off (step.ts
 * `guessDryScreen`). That is only right if the end-of-step vapour difference d = e_air − e_s(T_screen) has the same
 * sign with condensation and without. Checked here on random states: the two solves done the long way (assemble,
 * factorise, solve with k and with 0) and d(k) against d(0)/(1 + k·γ) (Sherman–Morrison, γ = vᵀA₀⁻¹u written
 * out). The core golden file (test/core/sim/golden.test.ts, 1e-9) holds the whole year unchanged by the guess.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/greenhouse/assemble';
import { computeCoefficients } from '../../../src/core/greenhouse/coefficients';
import { createGreenhouse, GH, type GreenhouseInputs } from '../../../src/core/greenhouse/model';
import type { GreenhouseModel } from '../../../src/core/greenhouse/params';
import { saturationVapourPressure } from '../../../src/core/greenhouse/physics';
import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { closedScreenNight, L, N } from './closedScreenNight';

let m: GreenhouseModel;
beforeEach(() => {
  m = createGreenhouse({ ...VANTHOOR_HOUSE, floorArea: 1e4, cover: 'single-glass' });
});

/** A state: everything near `airC`, the screen `dScr` K off it (|dScr| > 0.1 K: its free convection, so k, needs a difference), the air at relative humidity rh. */
function state(airC: number, dScr: number, rh: number): Float64Array {
  const T = new Float64Array(N).fill(airC + 273.15);
  T[GH.coverOut] = airC + 263.15;
  T[GH.coverIn] = airC + 266.15;
  T[GH.screen] = airC + 273.15 + dScr;
  T[GH.vpAir] = rh * saturationVapourPressure(T[GH.air]!);
  T[GH.vpTop] = 0.9 * T[GH.vpAir]!;
  return T;
}

/** Solve the step with the screen's condensation coefficient k; returns the end state. */
function solveWith(T: Float64Array, inp: GreenhouseInputs, k: number, dt: number): Float64Array {
  computeCoefficients(m, T, inp, 1);
  m.coef.kScr = k;
  assemble(m, T, inp, 1 / dt, true);
  m.lu.factor(m.A, 'test');
  const x = new Float64Array(N);
  m.lu.solve(m.b, x);
  return x;
}

const dEnd = (x: Float64Array) => x[GH.vpAir]! - (m.coef.esS + m.coef.sS * (x[GH.screen]! - m.coef.ts0));

describe('a dry screen stays dry with its condensation on or off', () => {
  it('d(k) = d(0)/(1 + k·γ) with γ > 0, so d keeps its sign (300 random states)', () => {
    let dry = 0;
    fc.assert(
      fc.property(
        fc.double({ min: 8, max: 26, noNaN: true }),
        fc.double({ min: -6, max: 3, noNaN: true }).filter((d) => Math.abs(d) > 0.1),
        fc.double({ min: 0.5, max: 0.98, noNaN: true }),
        fc.double({ min: -20, max: 5, noNaN: true }),
        fc.constantFrom(300, 900, 3600),
        (airC, dScr, rh, outC, dt) => {
          const T = state(airC, dScr, rh);
          const inp = closedScreenNight(outC);
          computeCoefficients(m, T, inp, 1);
          const k = m.coef.kScr;
          expect(k).toBeGreaterThan(0);
          const x0 = solveWith(T, inp, 0, dt);
          const d0 = dEnd(x0);
          // γ = vᵀ·A₀⁻¹·u with u = L·(e_vpAir − e_screen), v = e_vpAir − s·e_screen (A₀ still factorised)
          const u = new Float64Array(N);
          u[GH.vpAir] = L;
          u[GH.screen] = -L;
          m.lu.solve(u, u);
          const gamma = u[GH.vpAir]! - m.coef.sS * u[GH.screen]!;
          expect(gamma).toBeGreaterThan(0);
          const dk = dEnd(solveWith(T, inp, k, dt));
          expect(dk).toBeCloseTo(d0 / (1 + k * gamma), 6);
          expect(Math.sign(dk)).toBe(Math.sign(d0));
          if (d0 < 0) dry++;
        },
      ),
      { numRuns: 300, seed: 20261204 },
    );
    // both sides of the switch were visited
    expect(dry).toBeGreaterThan(30);
    expect(dry).toBeLessThan(270);
  });
});

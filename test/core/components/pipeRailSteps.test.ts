/**
 * The pipe rail's integration set-up by hand: the RK4 step count 16·NTU (at least 32, at most 2000, made even for
 * Simpson) from the secant conductance at the inlet, the fallback conductance h(1 K) + 6·A when the inlet is at the
 * air temperature; the screen factor on the pipe → cover radiation; and `exponentialProfile` against its closed
 * form (Incropera eq. 8.45b) on both sides of the series switch at N = 1e-4.
 */
import { describe, expect, it } from 'vitest';
import {
  exponentialProfile,
  pipeHeatOutput,
  pipeRailOutlet,
  VANTHOOR_PIPE_RAIL,
} from '../../../src/core/components/pipeRail';

const SIGMA = 5.670374419e-8; // CODATA 2018
// Vanthoor's rail with a surface that does not radiate (ε = 0): convection only, q = 1.99·π·d·l·|ΔT|^0.32·ΔT.
const bare = { ...VANTHOOR_PIPE_RAIL, emissivity: 0 };
const air = { airT: 293.15, canopyT: 293.15, floorT: 293.15, coverT: 293.15, lai: 3 };

describe('pipe rail RK4 step count', () => {
  it('inlet 40 K above the air, k = A/(ṁ·c_p) = 960/(0.1·4000) = 2.4: 16·NTU = 74.7 → 75 → even 76 steps', () => {
    // Hand: 1.99·π·0.051·1.875 = 0.597825; 40^0.32 = 3.255745 → secant h = 1.946407 W/(m²·K);
    // NTU = 1.946407·2.4 = 4.671377; 16·NTU = 74.742 → 75, odd → 76.
    const r = pipeRailOutlet(bare, {
      inletT: 333.15,
      massFlow: 0.1,
      cp: 4000,
      floorArea: 960,
      surroundings: air,
    });
    expect(r.steps).toBe(76);
  });

  it('inlet at the air temperature: NTU from h(1 K) + 6·A = 0.597825 + 1.802490 → 92.2 → 94 steps', () => {
    // Hand: A = π·0.051·1.875 = 0.300415 m²/m²; 2.400315·2.4 = 5.760756; ×16 = 92.17 → 93, odd → 94.
    const r = pipeRailOutlet(bare, {
      inletT: 293.15,
      massFlow: 0.1,
      cp: 4000,
      floorArea: 960,
      surroundings: air,
    });
    expect(r.steps).toBe(94);
    expect(r.outletT).toBe(293.15);
    expect(r.heat).toBe(0);
  });

  it('a small rail: NTU 0.0047 → the floor of 32 steps', () => {
    const r = pipeRailOutlet(bare, {
      inletT: 333.15,
      massFlow: 0.1,
      cp: 4000,
      floorArea: 1,
      surroundings: air,
    });
    expect(r.steps).toBe(32);
  });

  it('steps given: an odd count is raised to the next even one, an even one kept', () => {
    const input = { inletT: 333.15, massFlow: 0.1, cp: 4000, floorArea: 960, surroundings: air };
    expect(pipeRailOutlet(bare, { ...input, steps: 33 }).steps).toBe(34);
    expect(pipeRailOutlet(bare, { ...input, steps: 40 }).steps).toBe(40);
  });
});

describe('pipe → cover radiation under a screen', () => {
  it('cover factor 0.5 halves the exchange: A·ε·ε_c·0.49·0.5·σ(T_p⁴ − T_c⁴)', () => {
    // LAI 0: the pipes see the cover through no canopy, F = 0.49. A = 0.300415, ε = 0.88, ε_cover = 0.85.
    const s = { airT: 293.15, canopyT: 293.15, floorT: 293.15, coverT: 283.15, lai: 0, coverFactor: 0.5 };
    const q = pipeHeatOutput(VANTHOOR_PIPE_RAIL, 333.15, s);
    const expected = Math.PI * 0.051 * 1.875 * 0.88 * 0.85 * 0.49 * 0.5 * SIGMA * (333.15 ** 4 - 283.15 ** 4);
    expect(q.toCover).toBeCloseTo(expected, 10);
    expect(pipeHeatOutput(VANTHOOR_PIPE_RAIL, 333.15, { ...s, coverFactor: 0 }).toCover).toBe(0);
  });
});

describe('exponential profile', () => {
  it('N = 1: mean/inlet = 1 − e^−1 = 0.632121, outlet/mean = e^−1/(1 − e^−1) = 0.581977', () => {
    const p = exponentialProfile(1);
    expect(p.meanFromInlet).toBeCloseTo(0.632121, 6);
    expect(p.outletFromMean).toBeCloseTo(0.581977, 6);
  });

  it('at N = 1e-4 the closed form, accurate to 1e-15 (series 1 − N/2 + N²/6 − N³/24 + N⁴/120)', () => {
    // The three-term series would be off by N³/24 = 4.2e-14 here.
    const n = 1e-4;
    const exact = 1 - n / 2 + (n * n) / 6 - (n * n * n) / 24 + (n * n * n * n) / 120;
    expect(Math.abs(exponentialProfile(n).meanFromInlet - exact)).toBeLessThan(1e-15);
  });

  it('N = 0: no transfer units, both ratios 1', () => {
    expect(exponentialProfile(0)).toEqual({ outletFromMean: 1, meanFromInlet: 1 });
  });
});

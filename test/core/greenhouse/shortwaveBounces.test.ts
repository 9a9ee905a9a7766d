/**
 * The stack's absorbed shares against an independent method: the down and up fluxes at the four interfaces
 * (above the roof, roof–screen, screen–canopy, canopy–floor) iterated bounce by bounce until they stop changing,
 * instead of the adding method's closed forms in shortwave.ts.
 *   D₀ = 1;  Dₖ = τₖ·Dₖ₋₁ + ρₖ·Uₖ;  Uₖ₋₁ = τₖ·Uₖ + ρₖ·Dₖ₋₁;  U₃ = ρ_floor·D₃
 *   absorbed by layer k = (1 − τₖ − ρₖ)·(Dₖ₋₁ + Uₖ), by the floor (1 − ρ_floor)·D₃
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StackShares, solarShares, stackAbsorption } from '../../../src/core/greenhouse/shortwave';

type Layer = readonly [tau: number, rho: number];

/** Absorbed shares by fixed-point iteration of the interface fluxes (each pass is one more bounce). */
function bounces(layers: readonly [Layer, Layer, Layer], floorRho: number): StackShares {
  const D = [1, 0, 0, 0];
  const U = [0, 0, 0, 0];
  for (let it = 0; it < 100000; it++) {
    let change = 0;
    for (let k = 1; k <= 3; k++) {
      const [t, r] = layers[k - 1]!;
      const d = t * D[k - 1]! + r * U[k]!;
      change = Math.max(change, Math.abs(d - D[k]!));
      D[k] = d;
    }
    U[3] = floorRho * D[3]!;
    for (let k = 3; k >= 1; k--) {
      const [t, r] = layers[k - 1]!;
      const u = t * U[k]! + r * D[k - 1]!;
      change = Math.max(change, Math.abs(u - U[k - 1]!));
      U[k - 1] = u;
    }
    if (change < 1e-15) break;
  }
  const abs = (k: number) => (1 - layers[k - 1]![0] - layers[k - 1]![1]) * (D[k - 1]! + U[k]!);
  return { roof: abs(1), screen: abs(2), canopy: abs(3), floor: (1 - floorRho) * D[3]! };
}

const shares = (): StackShares => ({ roof: 0, screen: 0, canopy: 0, floor: 0 });
const layer = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true }))
  .map(([a, b]) => [a * (1 - b), b * (1 - a)] as const);

describe('stack absorption against the bounce-by-bounce fluxes', () => {
  it('any roof, screen, canopy and floor (fast-check, 300 stacks)', () => {
    fc.assert(
      fc.property(layer, layer, layer, fc.double({ min: 0, max: 0.9, noNaN: true }), (r, s, c, rf) => {
        const want = bounces([r, s, c], rf);
        const got = stackAbsorption(r[0], r[1], s[0], s[1], c[0], c[1], rf, shares());
        for (const k of ['roof', 'screen', 'canopy', 'floor'] as const)
          expect(got[k]).toBeCloseTo(want[k], 9);
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });

  it('glass roof, closed screen, LAI 3 tomato, bare floor: PAR and NIR weighted half and half', () => {
    const roof = { tau: 0.85, rho: 0.13 };
    const screen = { tau: 0.6, rho: 0.35 };
    const par = { k: 0.7, leafRho: 0.07, floorRho: 0.65 };
    const nir = { k: 0.27, leafRho: 0.35, floorRho: 0.5 };
    for (const [u, lai] of [
      [1, 3],
      [0.4, 1.5],
      [0, 0.3],
    ] as const) {
      const sL: Layer = [1 - u * (1 - screen.tau), u * screen.rho];
      const band = (b: typeof par) => {
        const t = Math.exp(-b.k * lai);
        return bounces([[roof.tau, roof.rho], sL, [t, b.leafRho * (1 - t)]], b.floorRho);
      };
      const p = band(par);
      const n = band(nir);
      const got = solarShares(roof, screen, u, lai, par, nir, 0.45, shares());
      for (const k of ['roof', 'screen', 'canopy', 'floor'] as const)
        expect(got[k]).toBeCloseTo(0.45 * p[k] + 0.55 * n[k], 9);
    }
  });
});

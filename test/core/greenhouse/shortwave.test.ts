import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StackShares, solarShares, stackAbsorption } from '../../../src/core/greenhouse/shortwave';

const shares = (): StackShares => ({ roof: 0, screen: 0, canopy: 0, floor: 0 });

describe('short-wave absorption of the roof / screen / canopy / floor stack', () => {
  it('a canopy over a reflecting floor under a clear roof: the geometric series by hand', () => {
    // Roof and screen transparent. Light 1 reaches the canopy; it transmits τ, reflects ρ, absorbs α = 1 − τ − ρ.
    // Below it bounces between floor (ρf) and canopy (ρ): D3 = τ·(1 + ρf·ρ + (ρf·ρ)² + …) = τ/(1 − ρf·ρ).
    // τ = 0.5, ρ = 0.2, ρf = 0.5: D3 = 0.5/0.9 = 0.5556; floor absorbs 0.5·D3 = 0.2778; the canopy absorbs
    // α·(1 + ρf·D3) = 0.3·(1 + 0.2778) = 0.3833; the rest goes up and out: 0.2 + τ·ρf·D3 = 0.2 + 0.1389 = 0.3389.
    const s = stackAbsorption(1, 0, 1, 0, 0.5, 0.2, 0.5, shares());
    expect(s.roof).toBe(0);
    expect(s.screen).toBe(0);
    expect(s.floor).toBeCloseTo(0.5 / 0.9 / 2, 12);
    expect(s.canopy).toBeCloseTo(0.3 * (1 + 0.5 / 0.9 / 2), 12);
    expect(1 - s.canopy - s.floor).toBeCloseTo(0.2 + (0.5 * 0.5 * 0.5) / 0.9, 12);
  });

  it('the closed screen sends the crop’s reflected light back: NIR at LAI 2.3 (hand calculation)', () => {
    // Roof+closed screen lumped by [V] eqs. 8.14–8.17: τ = 0.85·0.6/(1 − 0.13·0.35) = 0.5343,
    // ρ (from below) = 0.35 + 0.6²·0.13/(1 − 0.13·0.35) = 0.3990 (absorbing the rest). Canopy NIR: τc = e^(−0.27·2.3) =
    // 0.5374, ρc = 0.35·(1 − τc) = 0.1619; floor ρf = 0.5. By hand: R2 = 0.1619 + 0.5374²·0.5/(1 − 0.081) = 0.3190,
    // D1 = 0.5343/(1 − 0.3990·0.3190) = 0.6124, D3 = 0.5374·0.6124/(1 − 0.081) = 0.3581,
    // canopy 0.3007·(0.6124 + 0.5·0.3581) = 0.2380, floor 0.5·0.3581 = 0.1791: 0.417 of the light above the roof,
    // against 0.5343·(0.3007 + 0.5·0.5374) = 0.304 for one pass down (the model before).
    const tauC = Math.exp(-0.27 * 2.3);
    const s = stackAbsorption(0.5343, 0.399, 1, 0, tauC, 0.35 * (1 - tauC), 0.5, shares());
    expect(s.canopy).toBeCloseTo(0.238, 3);
    expect(s.floor).toBeCloseTo(0.1791, 3);
    expect(s.canopy + s.floor).toBeGreaterThan(0.3 * 1.35);
  });

  it('conserves the light: absorbed + reflected out = 1 for any stack (fast-check)', () => {
    const layer = fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(layer, layer, layer, fc.double({ min: 0, max: 0.99, noNaN: true }), (r, sc, c, rf) => {
        const tr = (x: number[]) => [x[0]! * (1 - x[1]!), x[1]! * (1 - x[0]!)] as const; // τ + ρ ≤ 1
        const [t1, p1] = tr(r);
        const [t2, p2] = tr(sc);
        const [t3, p3] = tr(c);
        const s = stackAbsorption(t1, p1, t2, p2, t3, p3, rf, shares());
        // reflectance of the whole stack by the adding method, computed independently from the top down
        const r3 = rf;
        const r2 = p3 + (t3 * t3 * r3) / (1 - p3 * r3);
        const r1 = p2 + (t2 * t2 * r2) / (1 - p2 * r2);
        const out = p1 + (t1 * t1 * r1) / (1 - p1 * r1);
        for (const v of [s.roof, s.screen, s.canopy, s.floor]) expect(v).toBeGreaterThanOrEqual(-1e-12);
        expect(s.roof + s.screen + s.canopy + s.floor + out).toBeCloseTo(1, 10);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('a drawn screen shades the crop; an open one does nothing', () => {
    const par = { k: 0.7, leafRho: 0.07, floorRho: 0.65 };
    const nir = { k: 0.27, leafRho: 0.35, floorRho: 0.5 };
    const roof = { tau: 0.88, rho: 0.1 };
    const screen = { tau: 0.6, rho: 0.35 };
    const open = solarShares(roof, screen, 0, 3, par, nir, 0.5, shares());
    const closed = solarShares(roof, screen, 1, 3, par, nir, 0.5, shares());
    expect(open.screen).toBe(0);
    expect(closed.screen).toBeGreaterThan(0);
    expect(closed.canopy).toBeLessThan(0.75 * open.canopy);
    expect(closed.canopy).toBeGreaterThan(0.55 * open.canopy);
  });
});

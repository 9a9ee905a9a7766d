import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';
import { loadScenario } from '../../src/core/models/scenario';
import { buildPlant, solvePlant } from '../../src/core/plant/plant';
import { simulate } from '../../src/core/sim/simulate';
import { bundledWeather } from '../../src/core/weather/bundled';
import { parseEpw } from '../../src/core/weather/epw';

// Issue 2 §8: these names are the stable public API (SI units, temperatures in kelvin).
describe('public API (src/core/index.ts)', () => {
  it('fluid(name, massFraction?) gives temperature-dependent properties and a freezing point', () => {
    const w = core.fluid('water');
    // IAPWS-95 saturated liquid at 20 °C: ρ = 998.21 kg/m³, cp = 4184 J/(kg·K) (NIST Webbook / Wagner & Pruß 2002).
    expect(w.density(293.15)).toBeCloseTo(998.2, 0);
    expect(w.specificHeat(293.15) / 4184).toBeCloseTo(1, 2);
    expect(w.freezingPoint).toBeCloseTo(273.15, 6);
    const pg = core.fluid('propylene-glycol', 0.3);
    expect(pg.freezingPoint).toBeLessThan(263.15);
    // Glycol viscosity changes several-fold over the loop range: never a constant.
    expect(pg.viscosity(273.15) / pg.viscosity(353.15)).toBeGreaterThan(4);
  });

  it('effectiveness / ntuFromEffectiveness are inverse, counterflow at Cr = 1 exact', () => {
    // Counterflow, Cr = 1: ε = NTU/(1 + NTU) (Incropera, Table 11.3): NTU = 3 → 0.75.
    expect(core.effectiveness(3, 1, 'counterflow')).toBeCloseTo(0.75, 12);
    for (const a of [
      'counterflow',
      'parallel',
      'crossflow-unmixed',
      'crossflow-cmax-mixed',
      'crossflow-cmin-mixed',
    ] as const) {
      const e = core.effectiveness(1.3, 0.6, a);
      expect(core.ntuFromEffectiveness(e, 0.6, a)).toBeCloseTo(1.3, 8);
    }
  });

  it('frictionFactor(Re, ε/D) is the Darcy factor (laminar 64/Re)', () => {
    expect(core.frictionFactor(1000, 0)).toBeCloseTo(0.064, 12);
  });

  it('quantity(text, unit) parses unit strings', () => {
    expect(core.quantity('160 gpm', 'm^3/s')).toBeCloseTo((160 * 3.785411784e-3) / 60, 12);
  });

  it('exports the simulation entry points', () => {
    // The public names are the implementations themselves, not wrappers or stand-ins.
    expect(core.simulate).toBe(simulate);
    expect(core.loadScenario).toBe(loadScenario);
    expect(core.parseEpw).toBe(parseEpw);
    expect(core.solvePlant).toBe(solvePlant);
    expect(core.buildPlant).toBe(buildPlant);
    expect(core.bundledWeather).toBe(bundledWeather);
  });
});

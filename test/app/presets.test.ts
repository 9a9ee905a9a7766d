import { describe, expect, it } from 'vitest';
import large from '../../models/sites/large-glasshouse-buffer.json';
import small from '../../models/sites/small-36-s21-greenhouse.json';
import { validate } from '../../src/app/lib/edit';
import { PRESETS, presetInput } from '../../src/app/lib/presets';
import { loadScenario, simulate } from '../../src/core';

describe('site presets', () => {
  it('every preset validates (schema and catalog ids) and is copied, not shared', () => {
    for (const p of PRESETS) expect(validate(p.input).ok, p.id).toBe(true);
    const a = presetInput('manitoba-pilot');
    (a.greenhouse as Record<string, unknown>).floorArea = '9 ha';
    expect((presetInput('manitoba-pilot').greenhouse as Record<string, unknown>).floorArea).toBe('2 ha');
  });

  it('labels every number: assumptions and sources are filled in', () => {
    for (const j of [small, large]) {
      expect(j.assumptions.length).toBeGreaterThanOrEqual(5);
      expect(Object.keys(j.sources).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('the small S21 site: 36 miners ≈ 0.19 MW; simulates a year without error', () => {
    const s = loadScenario(small);
    expect(s.miners.count).toBe(36);
    expect(s.greenhouse.floorArea).toBe(2000);
    // S21 Hydro recommended coolant inlet 20–45 °C (catalog): the preset holds 40 °C.
    expect(s.minerLoop.inletSetpoint).toBeCloseTo(313.15, 10);
    const r = simulate(s);
    expect(r.hours).toBe(8760);
    // 36 × 5 360 W = 192.96 kW nameplate ([facts]) → ≤ 1 690 MWh of electricity in a year.
    expect(r.kpis.minerElectricity_MWh).toBeLessThanOrEqual((36 * 5360 * 8760) / 1e6 + 1e-6);
    expect(r.kpis.heatCoverage).toBeGreaterThan(0);
    expect(r.kpis.heatCoverage).toBeLessThan(1);
  });
});

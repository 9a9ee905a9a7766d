import { describe, expect, it } from 'vitest';
import large from '../../models/sites/large-glasshouse-buffer.json';
import small from '../../models/sites/small-36-s21-greenhouse.json';
import { validate } from '../../src/app/lib/edit';
import { PRESETS, presetInput, presetLabel } from '../../src/app/lib/presets';
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

  it('labels give the floor area of the preset’s own file, in hectares (SI) or square feet (imperial)', () => {
    for (const p of PRESETS)
      expect(loadScenario(p.input).greenhouse.floorArea, p.id).toBeCloseTo(p.floorArea, 6);
    // 2 ha = 20,000 m² / 0.09290304 m²/ft² = 215,278 ft², to three figures
    const pilot = PRESETS.find((p) => p.id === 'manitoba-pilot')!;
    expect(presetLabel(pilot, 'SI')).toBe('Manitoba pilot (360 × A1566HA, 2 ha)');
    expect(presetLabel(pilot, 'imperial')).toBe('Manitoba pilot (360 × A1566HA, 215,000 ft²)');
    const few = PRESETS.find((p) => p.id === 'small-36-s21')!;
    expect(presetLabel(few, 'SI')).toBe('Small farm (36 × S21 Hydro, 0.2 ha)');
    for (const p of PRESETS) expect(presetLabel(p, 'imperial')).not.toMatch(/\bha\b|m²/);
  });
});

import { describe, expect, it } from 'vitest';
import large from '../../models/sites/large-glasshouse-buffer.json';
import { loadScenario, simulate } from '../../src/core';

// Its own file so that each test file stays under ~2 s (a full year is ≈ 0.5–1 s).
describe('site presets', () => {
  it('the large glasshouse: 1 080 miners and a 1 000 m³ buffer tank; simulates a year without error', () => {
    const s = loadScenario(large);
    expect(s.bufferTank.volume).toBe(1000);
    expect(s.greenhouse.floorArea).toBe(80000); // 8 ha
    const r = simulate(s);
    expect(r.hours).toBe(8760);
    // 1 080 × 8 064 W = 8.709 MW nameplate ([facts]) → ≤ 76 290 MWh a year.
    expect(r.kpis.minerElectricity_MWh).toBeLessThanOrEqual((1080 * 8064 * 8760) / 1e6 + 1e-6);
    expect(r.kpis.heatCoverage).toBeGreaterThan(0.3);
  });
});

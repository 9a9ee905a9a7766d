import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AIR_COOLER_CURVE,
  curveCost,
  hardwareSizes,
  PLATE_EXCHANGER_CURVE,
  paybackNote,
} from '../../../src/core/economics/capex';
import { loadScenario, setField } from '../../../src/core/models/scenario';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const ESC = 797.9 / 397; // CEPCI 2023 / CEPCI 2001 (Turton's base)

describe('cost curves (Turton Table A.1 form, CEPCI-escalated)', () => {
  it('plate exchanger of 100 m²: log10 Cp = 4.6656 − 0.1557·2 + 0.1547·4 = 4.9730', () => {
    expect(curveCost(PLATE_EXCHANGER_CURVE, 100)).toBeCloseTo(10 ** 4.973 * ESC, 0);
  });
  it('outside the fitted range: the end point scaled by the six-tenths rule', () => {
    expect(curveCost(PLATE_EXCHANGER_CURVE, 2000)).toBeCloseTo(
      curveCost(PLATE_EXCHANGER_CURVE, 1000) * 2 ** 0.6,
      6,
    );
    expect(curveCost(AIR_COOLER_CURVE, 5)).toBeCloseTo(curveCost(AIR_COOLER_CURVE, 10) * 0.5 ** 0.6, 6);
    expect(curveCost(PLATE_EXCHANGER_CURVE, 0)).toBe(0);
  });
  it('cost rises with size, less than proportionally (economy of scale)', () => {
    const a = curveCost(PLATE_EXCHANGER_CURVE, 50);
    const b = curveCost(PLATE_EXCHANGER_CURVE, 200);
    expect(b).toBeGreaterThan(a);
    expect(b).toBeLessThan(4 * a);
  });
});

describe('capex follows the scenario hardware', () => {
  it('the Manitoba pilot: exchanger, dry cooler and pump lines from the curves', () => {
    const s = loadScenario(manitoba);
    const h = hardwareSizes(s);
    expect(h.exchangerArea).toBeCloseTo(100, 9);
    // Pumps: 14 L/min × 360 miners = 0.084 m³/s; ΔP and η from the scenario and the miner catalog.
    expect(h.pumpPower).toBeGreaterThan(0);
    expect(s.economics.capex.plateExchanger.amount).toBeCloseTo(curveCost(PLATE_EXCHANGER_CURVE, 100), 6);
    expect(s.economics.capex.dryCooler.amount).toBeGreaterThan(0);
    expect(s.economics.capex.pumps.amount).toBeGreaterThan(0);
  });
  it('a larger exchanger or a second dry cooler costs more; a line given in the file is kept', () => {
    const base = loadScenario(manitoba).economics.capex;
    const big = loadScenario(setField(manitoba, 'heatExchanger.area', '200 m^2')).economics.capex;
    expect(big.plateExchanger.amount).toBeGreaterThan(base.plateExchanger.amount);
    const two = loadScenario(setField(manitoba, 'dryCooler.count', 2)).economics.capex;
    expect(two.dryCooler.amount).toBeGreaterThan(base.dryCooler.amount);
    const given = loadScenario(setField(manitoba, 'economics.capex.plateExchanger', '60000 USD')).economics
      .capex;
    expect(given.plateExchanger.amount).toBe(60000);
  });
});

describe('paybackNote()', () => {
  it('says why there is no payback', () => {
    expect(paybackNote(null, 2, 1e6, 3e5)).toBe(
      'does not pay back within the 2-year term (simple payback would take 3.3 years)',
    );
    expect(paybackNote(null, 2, 1e6, -5)).toMatch(
      /never pays back: the yearly net cash flow is not positive/,
    );
    expect(paybackNote(1.25, 2, 1e6, 8e5)).toBe('pays back in 1.3 years, within the 2-year term');
    expect(paybackNote(0, 2, 0, 1)).toMatch(/at once/);
  });
});

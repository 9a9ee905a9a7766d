import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AIR_COOLER_CURVE,
  curveCost,
  hardwareSizes,
  moneyWords,
  PLATE_EXCHANGER_CURVE,
  PUMP_CURVE,
  paybackNote,
} from '../../../src/core/economics/capex';
import { loadScenario, setField } from '../../../src/core/models/scenario';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const ESC = 797.9 / 397; // CEPCI 2023 / CEPCI 2001 (Turton's base)

describe('cost curves (Turton Table A.1 form, CEPCI-escalated)', () => {
  it('plate exchanger of 100 m²: log10 Cp = 4.6656 − 0.1557·2 + 0.1547·4 = 4.9730', () => {
    expect(curveCost(PLATE_EXCHANGER_CURVE, 100)).toBeCloseTo(10 ** 4.973 * ESC, 0);
  });
  it('the Table A.1 rows as verified (flat plate, air cooler, centrifugal pump) with their size ranges', () => {
    expect(PLATE_EXCHANGER_CURVE).toEqual({ k1: 4.6656, k2: -0.1557, k3: 0.1547, min: 10, max: 1000 });
    expect(AIR_COOLER_CURVE).toEqual({ k1: 4.0336, k2: 0.2341, k3: 0.0497, min: 10, max: 10000 });
    expect(PUMP_CURVE).toEqual({ k1: 3.3892, k2: 0.0536, k3: 0.1538, min: 1, max: 300 });
    // A 10 kW pump: log10 Cp = 3.3892 + 0.0536·1 + 0.1538·1 = 3.5966 → 3951 USD (2001).
    expect(curveCost(PUMP_CURVE, 10)).toBeCloseTo(10 ** 3.5966 * ESC, 0);
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
    // 1 000 000 capex / 300 000 per year = 3.33 years > the 2-year term.
    expect(paybackNote(null, 2, 1e6, 3e5)).toBe(
      'no payback within the 2-year term: net benefit 0.3 M/yr against 1 M of capex (simple payback would take 3.3 years)',
    );
    expect(paybackNote(null, 2, 1e6, 3e5, 'USD')).toBe(
      'no payback within the 2-year term: net benefit 0.3 M USD/yr against 1 M USD of capex (simple payback would take 3.3 years)',
    );
    // The example: a yearly loss of 0.3 M USD never repays anything.
    expect(paybackNote(null, 2, 5.18232e6, -3e5, 'USD')).toBe(
      'no payback within the 2-year term: net benefit \u22120.3 M USD/yr against 5.18 M USD of capex, so it never pays back',
    );
    expect(paybackNote(null, 2, 0, 0, 'CAD')).toBe(
      'no payback within the 2-year term: net benefit 0 CAD/yr, so it never pays back',
    );
    expect(paybackNote(1.25, 2, 1e6, 8e5)).toBe('pays back in 1.3 years, within the 2-year term');
    expect(paybackNote(0, 2, 0, 1)).toMatch(/at once/);
  });
  it('moneyWords: millions from 100 000 up (3 significant digits), grouped units below', () => {
    expect(moneyWords(1346448, 'USD')).toBe('1.35 M USD');
    expect(moneyWords(-299999, 'USD')).toBe('\u22120.3 M USD');
    expect(moneyWords(45000.4, 'CAD')).toBe('45,000 CAD');
    expect(moneyWords(-0.2)).toBe('0');
  });
});

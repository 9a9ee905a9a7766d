import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, ScenarioError, setField } from '../../../src/core/models/scenario';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

describe('loadScenario', () => {
  it('parses the Manitoba pilot to SI numbers', () => {
    const s = loadScenario(manitoba);
    expect(s.miners.count).toBe(360);
    expect(s.miners.modules).toBe(4);
    expect(s.greenhouse.floorArea).toBeCloseTo(20000, 9); // 2 ha = 20 000 m²
    expect(s.minerLoop.inletSetpoint).toBeCloseTo(343.15, 9); // 70 °C
    expect(s.minerLoop.flowPerMiner).toBeCloseTo(14e-3 / 60, 12); // 14 L/min in m³/s
    expect(s.greenhouse.leakage).toBeCloseTo(0.5 / 3600, 12); // 0.5 per hour in 1/s
    expect(s.simulation.timeStep).toBe(900);
    expect(s.backupHeater.capacity).toBeCloseTo(6e6, 3);
  });

  it('accepts JSON text', () => {
    expect(loadScenario(JSON.stringify(manitoba)).name).toMatch(/Manitoba/);
  });

  it('lists every bad field with its path, value and allowed range', () => {
    let bad = setField(manitoba, 'greenhouse.floorArea', '-3 ha');
    bad = setField(bad, 'minerLoop.inletSetpoint', '130 degC');
    bad = setField(bad, 'miners.count', 3.5);
    bad = setField(bad, 'minerLoop.fluid', 'propylene-glycol 80%');
    try {
      loadScenario(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      const issues = (e as ScenarioError).issues;
      const paths = issues.map((i) => i.path).sort();
      expect(paths).toEqual([
        'greenhouse.floorArea',
        'minerLoop.fluid',
        'minerLoop.inletSetpoint',
        'miners.count',
      ]);
      const t = issues.find((i) => i.path === 'minerLoop.inletSetpoint')!;
      expect(t.value).toBe('130 degC');
      // Temperatures are shown in °C: 278.15–368.15 K = 5–95 °C.
      expect(t.message).toMatch(/between 5 degC and 95 degC/);
      expect((e as Error).message).toMatch(/greenhouse\.floorArea = "-3 ha"/);
      expect(issues.find((i) => i.path === 'minerLoop.fluid')!.message).toMatch(/0\.6|60/);
    }
  });

  it('rejects a unit of the wrong dimension, naming the field', () => {
    expect(() => loadScenario(setField(manitoba, 'greenhouse.floorArea', '2 kg'))).toThrow(
      /greenhouse\.floorArea = "2 kg".*convertible to m\^2/,
    );
  });

  it('checks cross-field rules', () => {
    expect(() => loadScenario(setField(manitoba, 'greenhouse.nightSetpoint', '25 degC'))).toThrow(
      /greenhouse\.nightSetpoint.*daySetpoint/,
    );
    expect(() => loadScenario(setField(manitoba, 'simulation.timeStep', '7 min'))).toThrow(/divide one hour/);
  });

  it('refuses a heating curve with two points at one outdoor temperature (the same in °F), naming the point', () => {
    const curve = (second: string) => [
      { outdoor: '-32 degC', supply: '85 degC' },
      { outdoor: '10 degC', supply: '50 degC' },
      { outdoor: second, supply: '60 degC' },
    ];
    try {
      loadScenario(setField(manitoba, 'greenhouseLoop.heatingCurve', curve('-25.6 degF')));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      const [issue, ...rest] = (e as ScenarioError).issues;
      expect(rest).toEqual([]);
      expect(issue!.path).toBe('greenhouseLoop.heatingCurve.2.outdoor');
      expect(issue!.value).toBe('-25.6 degF'); // −25.6 °F = −32 °C
      expect(issue!.message).toMatch(/point 3 has the outdoor temperature of point 1 \(-32\.0 °C\)/);
    }
    // a tenth of a kelvin apart is a (steep) curve, accepted
    expect(
      loadScenario(setField(manitoba, 'greenhouseLoop.heatingCurve', curve('-31.9 degC'))).greenhouseLoop
        .heatingCurve,
    ).toHaveLength(3);
  });

  it('setField refuses prototype paths and paths through values', () => {
    expect(() => setField(manitoba, '__proto__.x', 1)).toThrow(/dotted path/);
    expect(() => setField(manitoba, 'miners.count.x', 1)).toThrow(/path into an object/);
  });
});

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

  it('an unknown field is reported at its own path (not its section’s whole value), with the nearest name', () => {
    const issues = (bad: unknown) => {
      try {
        loadScenario(bad);
      } catch (e) {
        return (e as ScenarioError).issues;
      }
      return expect.unreachable();
    };
    const typo = issues(setField(manitoba, 'greenhouse.floorAreaa', '2 ha'));
    expect(typo).toEqual([
      {
        path: 'greenhouse.floorAreaa',
        value: '2 ha',
        message:
          'not a field of the greenhouse section (did you mean floorArea?): remove it or correct its name',
      },
    ]);
    // in the economics section too (its own schema), and at the top without a near name
    expect(issues(setField(manitoba, 'economics.electricityPrise', 1))[0]!.message).toMatch(
      /economics section \(did you mean electricityPrice\?\)/,
    );
    const top = issues({ ...manitoba, nosuch: { section: 1, more: 'x'.repeat(5000) } });
    expect(top[0]!.path).toBe('nosuch');
    expect(top[0]!.message).toBe('not a field of a scenario: remove it or correct its name');
    try {
      loadScenario({ ...manitoba, nosuch: { more: 'x'.repeat(5000) } });
    } catch (e) {
      // the message line stays short: the value is cut at 80 characters
      expect((e as Error).message.split('\n')[1]!.length).toBeLessThan(200);
    }
  });

  it('a missing section or a value of the wrong kind is worded for the author, not as zod’s "Invalid input"', () => {
    let list: { path: string; message: string }[] = [];
    try {
      loadScenario({ ...manitoba, name: 3, site: undefined, greenhouseLoop: [], dryCooler: null });
    } catch (e) {
      list = (e as ScenarioError).issues;
    }
    const by = Object.fromEntries(list.map((i) => [i.path, i.message]));
    expect(by.name).toBe('expected a text, not a number');
    expect(by.site).toBe('required: a section { … }');
    expect(by.greenhouseLoop).toBe('expected a section { … }, not a list [ … ]');
    expect(by.dryCooler).toBe('expected a section { … }, not null');
  });

  it('a quantity of the wrong type, or a bare number outside the range, says what was meant', () => {
    expect(() => loadScenario(setField(manitoba, 'greenhouse.floorArea', true))).toThrow(
      /greenhouse\.floorArea = true: not a quantity; allowed: between 0\.001 ha and 1000 ha \(e\.g\. "2 ha"\)/,
    );
    // "21" for a set-point is read as 21 K
    expect(() => loadScenario(setField(manitoba, 'greenhouse.daySetpoint', 21))).toThrow(
      /out of range: allowed between 5 degC and 35 degC .*\(a number without a unit is read in K: did you mean "21 degC"\?\)/,
    );
    // the range is written in the unit of the field's example (ha, bar), and a bare number is read in SI
    expect(() => loadScenario(setField(manitoba, 'greenhouse.floorArea', 5))).toThrow(
      /out of range: allowed between 0\.001 ha and 1000 ha \(e\.g\. "2 ha"\) \(a number without a unit is read in m\^2: did you mean "5 ha"\?\)$/m,
    );
    expect(() => loadScenario(setField(manitoba, 'greenhouseLoop.pressure', '0.1 bar'))).toThrow(
      /greenhouseLoop\.pressure = "0\.1 bar": out of range: allowed between 1 bar and 10 bar \(e\.g\. "3 bar"\)$/m,
    );
    // a bare number in a field whose example's unit is its SI unit, by another name, gets no such note
    expect(() => loadScenario(setField(manitoba, 'greenhouse.pipeLengthPerArea', 50))).toThrow(
      /allowed between 0\.5 m\/m\^2 and 10 m\/m\^2 \(e\.g\. "1\.875 m\/m\^2"\)$/m,
    );
  });

  it('a price in a currency it does not know: no temperature example before its own', () => {
    expect(() => loadScenario(setField(manitoba, 'economics.electricityPrice', '0.05 EUR/kWh'))).toThrow(
      /economics\.electricityPrice = "0\.05 EUR\/kWh": a number with a unit; allowed: between 0 and 10 USD or CAD per kWh \(e\.g\. "0\.035 USD\/kWh"\)/,
    );
  });

  it('a temperature difference may be written in °C or °F degrees (4 degC = 7.2 degF = 4 K)', () => {
    for (const t of ['4 K', '4 degC', '7.2 degF', '7.2 F', '4 °C']) {
      expect(loadScenario(setField(manitoba, 'greenhouse.ventOffset', t)).greenhouse.ventOffset).toBeCloseTo(
        4,
        12,
      );
    }
    expect(loadScenario(setField(manitoba, 'heatPump.approach', '9 degF')).heatPump.approach).toBeCloseTo(
      5,
      12,
    );
    // its range is written in K, not as absolute °C (was "between -272.65 degC and -258.15 degC")
    expect(() => loadScenario(setField(manitoba, 'greenhouse.ventOffset', '20 degC'))).toThrow(
      /greenhouse\.ventOffset = "20 degC": out of range: allowed between 0\.5 K and 15 K/,
    );
  });

  it('setField refuses prototype paths and paths through values', () => {
    expect(() => setField(manitoba, '__proto__.x', 1)).toThrow(/dotted path/);
    expect(() => setField(manitoba, 'miners.count.x', 1)).toThrow(/path into an object/);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESULT_FORMAT, resultJson, resultRecord } from '../../../src/core/export/result';
import { loadScenario, setField } from '../../../src/core/models/scenario';
import { simulate } from '../../../src/core/sim/simulate';
import { bundledWeatherSource } from '../../../src/core/weather/bundled';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('JSON result record', () => {
  const input = setField(manitoba, 'greenhouse.floorArea', '1.5 ha');
  const r = simulate(input, { hours: 48 });
  const src = bundledWeatherSource();
  const rec = resultRecord({
    scenarioInput: input,
    result: r,
    software: { name: 'heat-reuse-twin', version: pkg.version },
    weather: { fileName: src.fileName, sha256: src.sha256, attribution: src.attribution },
  });

  it('echoes the scenario input, version, weather name and checksum, KPIs and warnings', () => {
    expect(rec.format).toBe(RESULT_FORMAT);
    expect(rec.software.version).toBe(pkg.version);
    expect(rec.scenario).toEqual(input);
    expect((rec.scenario as { greenhouse: { floorArea: string } }).greenhouse.floorArea).toBe('1.5 ha');
    expect(rec.weather.fileName).toBe('CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw');
    expect(rec.kpis).toEqual(r.kpis);
    expect(rec.warnings).toEqual(r.warnings);
    expect(rec.run).toEqual({ hours: 48, timeStep_s: 900, steps: 48 * 4 });
    expect(rec.weather.hours).toBe(8760);
  });

  it("gives each KPI's unit, money in the scenario's currency (CAD here, not '$')", () => {
    expect(rec.kpiUnits.heatToGreenhouse_MWh).toBe('MWh');
    expect(rec.kpiUnits.miningRevenue).toBe('USD');
    const cad = setField(input, 'economics.currency', 'CAD');
    const rc = simulate(cad, { hours: 24 });
    const recCad = resultRecord({
      scenarioInput: cad,
      result: rc,
      software: { name: 'heat-reuse-twin', version: pkg.version },
      weather: { fileName: src.fileName, sha256: src.sha256 },
    });
    expect(recCad.kpis.currency).toBe('CAD');
    expect(recCad.kpiUnits.miningRevenue).toBe('CAD');
    expect(recCad.kpiUnits.levelizedCostOfHeat_perMWh).toBe('CAD/MWh');
    expect(Object.values(recCad.kpiUnits).some((u) => u.includes('$'))).toBe(false);
  });

  it('the bundled weather checksum is the sha256 of the shipped EPW file', () => {
    const bytes = readFileSync('models/weather/CAN_MB_Winnipeg.The.Forks.715790_TMYx.epw');
    expect(rec.weather.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reproduces: the echoed scenario, simulated again, gives bit-identical KPIs', () => {
    const again = JSON.parse(
      resultJson({
        scenarioInput: input,
        result: r,
        software: { name: 'x', version: '1' },
        weather: { fileName: 'w', sha256: src.sha256 },
      }),
    );
    expect(loadScenario(again.scenario).greenhouse.floorArea).toBe(15000);
    expect(simulate(again.scenario, { hours: again.run.hours }).kpis).toEqual(r.kpis);
  });

  it('refuses a malformed checksum or a missing version', () => {
    const base = { scenarioInput: input, result: r, software: { name: 'x', version: '1' } };
    expect(() => resultRecord({ ...base, weather: { fileName: 'w.epw', sha256: 'abc' } })).toThrow(
      /weather\.sha256 = "abc".*64 lowercase hexadecimal/,
    );
    expect(() =>
      resultRecord({
        ...base,
        software: { name: 'x', version: '' },
        weather: { fileName: 'w', sha256: src.sha256 },
      }),
    ).toThrow(/software\.version/);
  });
});

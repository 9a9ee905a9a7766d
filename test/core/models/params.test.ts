import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMS, paramInfo, SECTIONS } from '../../../src/core/models/params';
import { loadScenario, ScenarioError, setField } from '../../../src/core/models/scenario';
import { quantity } from '../../../src/core/units';

const manitoba = JSON.parse(readFileSync('models/sites/manitoba-pilot.json', 'utf8'));

function issuesOf(input: unknown) {
  try {
    loadScenario(input);
  } catch (e) {
    if (e instanceof ScenarioError) return e.issues;
    throw e;
  }
  return [];
}

describe('parameter declarations', () => {
  it('declare every field of every section once, with a doc and a source', () => {
    expect(PARAMS.size).toBeGreaterThan(40);
    for (const p of PARAMS.values()) {
      expect(p.doc.length, p.path).toBeGreaterThan(3);
      expect(p.source.length, p.path).toBeGreaterThan(3);
      if (p.kind === 'quantity') {
        expect(p.unit, p.path).toBeTypeOf('string');
        expect(p.min, p.path).toBeLessThanOrEqual(p.max!);
      }
    }
    expect(Object.keys(SECTIONS)).toContain('greenhouse');
  });

  it('look a field up by dotted path (unit in SI, range, default)', () => {
    const a = paramInfo('greenhouse.floorArea')!;
    expect(a.unit).toBe('m^2');
    expect(a.min).toBe(10);
    const t = paramInfo('minerLoop.inletSetpoint')!;
    expect(t.unit).toBe('K');
    expect(paramInfo('greenhouse.height')!.default).toBe(5);
    expect(paramInfo('greenhouse.toString')).toBeUndefined();
    expect(paramInfo('nope')).toBeUndefined();
  });

  it("each quantity's example has the field's dimension and lies in its range", () => {
    for (const p of PARAMS.values()) {
      if (p.kind !== 'quantity') continue;
      const x = quantity(p.example!, p.unit!, p.path);
      expect(x, p.path).toBeGreaterThanOrEqual(p.min!);
      expect(x, p.path).toBeLessThanOrEqual(p.max!);
    }
  });

  it('the loaded scenario carries each declared default when the field is left out', () => {
    const s = loadScenario(manitoba) as unknown as Record<string, Record<string, unknown>>;
    for (const p of PARAMS.values()) {
      if (p.default === undefined) continue;
      const [sec, key] = p.path.split('.') as [string, string];
      if (manitoba[sec]?.[key] !== undefined) continue;
      expect(s[sec]![key], p.path).toEqual(p.default);
    }
  });

  it('the schema admits no backup-heater efficiency the model rejects (model accepts (0, 1])', () => {
    expect(issuesOf(setField(manitoba, 'backupHeater.efficiency', 1.05)).map((i) => i.path)).toEqual([
      'backupHeater.efficiency',
    ]);
    expect(issuesOf(setField(manitoba, 'backupHeater.efficiency', '100 %'))).toEqual([]);
  });

  it('refuses dryCooler.count = 0 with the reason instead of silently using 1', () => {
    const issues = issuesOf(setField(manitoba, 'dryCooler.count', 0));
    expect(issues.map((i) => i.path)).toEqual(['dryCooler.count']);
    expect(issues[0]!.message).toMatch(/at least one dry cooler/);
  });
});

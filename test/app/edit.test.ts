import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import {
  applyEdit,
  applyEdits,
  draftIssues,
  type EditState,
  getPath,
  issueTouches,
  revertDraft,
  type ScenarioJson,
  setPath,
  validate,
} from '../../src/app/lib/edit';

const start = (): EditState => ({ input: structuredClone(manitoba) as ScenarioJson, drafts: {} });

describe('paths', () => {
  it('gets and sets dotted paths without touching the original', () => {
    const a = { x: { y: [1, { z: 2 }] }, k: 1 };
    const b = setPath(a, 'x.y.1.z', 3);
    expect(getPath(b, 'x.y.1.z')).toBe(3);
    expect(getPath(a, 'x.y.1.z')).toBe(2);
    expect(Array.isArray((b.x as { y: unknown }).y)).toBe(true);
    expect(b.k).toBe(1);
    expect(setPath(a, 'k', undefined)).not.toHaveProperty('k');
    expect(getPath(setPath({}, 'a.b', 1), 'a.b')).toBe(1);
    expect(() => setPath({}, '__proto__.x', 1)).toThrow();
  });

  it('set then get returns the value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 4 }),
        fc.integer(),
        (keys, v) => {
          const p = keys.join('.');
          expect(getPath(setPath({ a: { b: 1 } }, p, v), p)).toBe(v);
        },
      ),
    );
  });

  it('matches issues to fields', () => {
    expect(issueTouches('greenhouse.floorArea', 'greenhouse.floorArea')).toBe(true);
    expect(issueTouches('heatExchanger', 'heatExchanger.area')).toBe(true);
    expect(issueTouches('greenhouseLoop.heatingCurve.0.supply', 'greenhouseLoop.heatingCurve')).toBe(true);
    expect(issueTouches('greenhouse.floor', 'greenhouse.floorArea')).toBe(false);
  });
});

describe('safe editing', () => {
  it('a valid edit changes the input and gives the new scenario (SI)', () => {
    const r = applyEdit(start(), 'greenhouse.floorArea', '3 ha', '3 ha');
    expect(r.issues).toEqual([]);
    expect(r.scenario?.greenhouse.floorArea).toBe(30000); // 3 ha = 30 000 m²
    expect(getPath(r.state.input, 'greenhouse.floorArea')).toBe('3 ha');
  });

  it('an invalid edit keeps the last valid input and reports field, value and range', () => {
    const s = start();
    const r = applyEdit(s, 'greenhouse.floorArea', '-5 ha', '-5 ha');
    expect(r.scenario).toBeUndefined();
    expect(r.state.input).toBe(s.input);
    expect(r.state.drafts['greenhouse.floorArea']?.text).toBe('-5 ha');
    const i = r.issues.find((x) => x.path === 'greenhouse.floorArea');
    expect(i?.value).toBe('-5 ha');
    expect(i?.message).toMatch(/between 0\.001 ha and 1000 ha/);
  });

  it('a later valid edit applies while an invalid draft waits; fixing the draft applies it', () => {
    let r = applyEdit(start(), 'miners.count', 'many', 'many');
    r = applyEdit(r.state, 'greenhouse.height', '6 m', '6 m');
    expect(r.scenario?.greenhouse.height).toBe(6);
    expect(Object.keys(r.state.drafts)).toEqual(['miners.count']);
    r = applyEdit(r.state, 'miners.count', 100, '100');
    expect(r.state.drafts).toEqual({});
    expect(r.scenario?.miners.count).toBe(100);
    expect(r.scenario?.greenhouse.height).toBe(6);
  });

  it('a cross-field rule keeps the offending edit back (night set-point above day)', () => {
    const r = applyEdit(start(), 'greenhouse.nightSetpoint', '25 degC', '25');
    expect(r.scenario).toBeUndefined();
    expect(r.issues.some((i) => i.path === 'greenhouse.nightSetpoint' && /daySetpoint/.test(i.message))).toBe(
      true,
    );
    // Raising the day set-point makes the draft valid: both apply.
    const r2 = applyEdit(r.state, 'greenhouse.daySetpoint', '26 degC', '26');
    expect(r2.state.drafts).toEqual({});
    expect(r2.scenario?.greenhouse.nightSetpoint).toBeCloseTo(298.15, 10);
  });

  it('reverting a draft drops it; drafts are re-checked after a reload', () => {
    const r = applyEdits(start(), { 'miners.count': { value: 'x', text: 'x' } });
    expect(draftIssues(r.state).map((i) => i.path)).toEqual(['miners.count']);
    expect(revertDraft(r.state, 'miners.count').drafts).toEqual({});
  });

  it('checks catalog ids that the schema leaves to the plant builder', () => {
    const bad = setPath(manitoba as ScenarioJson, 'miners.model', 'antminer-s99');
    const v = validate(bad);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]).toMatchObject({ path: 'miners.model', value: 'antminer-s99' });
  });
});

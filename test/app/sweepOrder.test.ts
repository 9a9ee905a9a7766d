/**
 * The Sweep tab's order of values (src/app/lib/sweepOrder.ts): farthest first from the scenario's value, and
 * the value that is the open scenario itself (its year the page's own) found only when every field agrees.
 */
import { describe, expect, it } from 'vitest';
import manitoba from '../../models/sites/manitoba-pilot.json';
import { ownValueIndex, planOrder, startOf, sweepOrder } from '../../src/app/lib/sweepOrder';
import type { Kpis } from '../../src/core';
import { loadScenario } from '../../src/core';

describe('the order the values are computed in', () => {
  const values = [15, 16, 17, 18, 19];
  it('the ends first, then the middles of the gaps, the scenario value last', () => {
    const order = sweepOrder(values, 17);
    expect(order.slice(0, 2).sort()).toEqual([0, 4]);
    expect(order.slice(2, 4).sort()).toEqual([1, 3]);
    expect(order[4]).toBe(2);
  });
  it('from a scenario value outside the range: the far end first', () => {
    expect(sweepOrder(values, 25)).toEqual([0, 4, 2, 1, 3]);
    expect(sweepOrder(values, 10)[0]).toBe(4);
  });
  it('without one: the middle first, then farthest from it; every index once', () => {
    const order = sweepOrder(values, undefined);
    expect(order[0]).toBe(2);
    expect(order.slice(1, 3).sort()).toEqual([0, 4]);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(sweepOrder([3, 3], undefined).sort()).toEqual([0, 1]);
    expect(sweepOrder([], 1)).toEqual([]);
  });
});

describe('the value that is the open scenario', () => {
  const scenario = loadScenario(manitoba);
  const path = 'greenhouse.nightSetpoint';
  const values = [288.15, 289.15, 290.15, 291.15, 292.15]; // 15–19 °C; the pilot's night set-point is 17 °C
  it('found when the value gives the very scenario', () => {
    expect(manitoba.greenhouse.nightSetpoint).toBe('17 degC');
    expect(ownValueIndex(manitoba, path, values, 290.15, scenario)).toBe(2);
  });
  it('not found off the grid, without a current value, or when another field differs', () => {
    expect(ownValueIndex(manitoba, path, [288.15, 292.15], 290.15, scenario)).toBe(-1);
    expect(ownValueIndex(manitoba, path, values, undefined, scenario)).toBe(-1);
    const other = loadScenario({ ...manitoba, greenhouse: { ...manitoba.greenhouse, leakage: '0.6 1/h' } });
    expect(ownValueIndex(manitoba, path, values, 290.15, other)).toBe(-1);
    // within the tolerance of the lookup but not the same number: computed, not taken
    expect(ownValueIndex(manitoba, path, [290.15 + 1e-10], 290.15, scenario)).toBe(-1);
  });
});

describe('what a sweep runs and shows at its start', () => {
  const scenario = loadScenario(manitoba);
  const path = 'greenhouse.nightSetpoint';
  const values = [288.15, 290.15, 292.15];
  const year = { kpis: { heatCoverage: 0.9 } as unknown as Kpis, warnings: 1 };
  it("the scenario's own value from the page's year, the others run ends first", () => {
    const { order, own } = planOrder(manitoba, path, values, 290.15, scenario, year);
    expect(own).toEqual({ index: 1, ...year });
    const { jobs, first } = startOf(5, values, order, own);
    expect(jobs.map((j) => j.index).sort()).toEqual([0, 2]);
    expect(first).toEqual([
      { sweep: 5, index: 1, value: 290.15, kpis: year.kpis, warnings: 1, elapsedMs: 0 },
    ]);
  });
  it("without the page's year (a preview showing, a year still running) every value runs", () => {
    const { order, own } = planOrder(manitoba, path, values, 290.15, scenario, undefined);
    expect(own).toBeUndefined();
    const { jobs, first } = startOf(5, values, order, own);
    expect(jobs.map((j) => j.index)).toEqual([0, 2, 1]);
    expect(first).toEqual([]);
  });
});

import { VANTHOOR_HOUSE } from '../../../src/core/greenhouse/vanthoor';
import { describe, expect, it } from 'vitest';
import { createGreenhouse, GH, setLeafArea } from '../../../src/core/greenhouse';
import {
  dayOfYear,
  leafAreaAt,
  leafAreaSchedule,
  parseMonthDay,
} from '../../../src/core/greenhouse/leafArea';
import { InputError } from '../../../src/core/errors';
import { loadScenario } from '../../../src/core/index';
import manitoba from '../../../models/sites/manitoba-pilot.json';

describe('leaf-area schedule', () => {
  const pts = leafAreaSchedule('g', [
    { date: '01-01', lai: 0.2 },
    { date: '03-12', lai: 3 },
  ]);

  it('reads month-days into days of a 365-day year', () => {
    expect(parseMonthDay('d', '01-01')).toBe(0);
    expect(parseMonthDay('d', '03-01')).toBe(59);
    expect(parseMonthDay('d', '12-31')).toBe(364);
    expect(dayOfYear(2, 29)).toBe(59); // 29 February takes 1 March's day
  });

  it('interpolates linearly and is flat beyond the ends', () => {
    expect(pts[1]!.day).toBe(70);
    expect(leafAreaAt(pts, 35)).toBeCloseTo(0.2 + (2.8 * 35) / 70, 12);
    expect(leafAreaAt(pts, 0)).toBe(0.2);
    expect(leafAreaAt(pts, 200)).toBe(3);
  });

  it('refuses dates that are not calendar days or not in order, naming the point', () => {
    expect(() => parseMonthDay('x', '02-30')).toThrow(InputError);
    expect(() => parseMonthDay('x', '3-1')).toThrow(/MM-DD/);
    expect(() =>
      leafAreaSchedule('greenhouse.leafAreaSchedule', [
        { date: '03-01', lai: 1 },
        { date: '02-01', lai: 2 },
      ]),
    ).toThrow(/greenhouse\.leafAreaSchedule\.1\.date/);
  });

  it('a scenario with points out of order is refused at load with the field and what to do', () => {
    const bad = structuredClone(manitoba) as typeof manitoba & { greenhouse: { leafAreaSchedule?: unknown } };
    bad.greenhouse.leafAreaSchedule = [
      { date: '05-01', lai: 3 },
      { date: '04-01', lai: 1 },
    ];
    expect(() => loadScenario(bad)).toThrow(/leafAreaSchedule\.1\.date/);
    bad.greenhouse.leafAreaSchedule = [{ date: '01-01', lai: 12 }];
    expect(() => loadScenario(bad)).toThrow(/leafAreaSchedule/);
  });

  it('setLeafArea changes the canopy’s capacity and view factors as building the model with that LAI does', () => {
    const base = { ...VANTHOOR_HOUSE, floorArea: 1e4, cover: 'single-glass' as const };
    const m = createGreenhouse({ ...base, leafAreaIndex: 3 });
    setLeafArea(m, 0.5);
    const ref = createGreenhouse({ ...base, leafAreaIndex: 0.5 });
    expect(m.lai).toBe(0.5);
    expect(m.fixedCap[GH.canopy]).toBe(ref.fixedCap[GH.canopy]);
    expect(m.k).toEqual(ref.k);
    expect(() => setLeafArea(m, -1)).toThrow(/greenhouse\.leafAreaIndex = -1 .*between 0 and 8/);
  });
});

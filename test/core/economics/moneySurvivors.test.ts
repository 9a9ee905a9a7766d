/**
 * Money fields where mutation testing found them unpinned (issue 18): a range whose lower end is not 0, in a
 * unit whose factor to SI is not 1 (the schema's own fields all start at 0); the tolerance's end itself.
 */
import { describe, expect, it } from 'vitest';
import { money, qty } from '../../../src/core/economics/money';

describe('money(): the range in the first unit, converted with its factor', () => {
  it('0.01 to 10 per kWh: 0.009 and 10.1 refused, 0.011 and 9.9 kept (as ¤/J)', () => {
    const m = money([{ per: '/kWh', toSI: 1 / 3.6e6 }], 0.01, 10, '0.05 USD/kWh');
    const words = 'out of range: allowed between 0.01 and 10 USD or CAD per kWh (e.g. "0.05 USD/kWh")';
    for (const v of ['0.009 USD/kWh', '10.1 CAD/kWh', 0.009]) {
      const r = m.safeParse(v);
      expect(r.success, String(v)).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual([words]);
    }
    // Hand: 0.011 USD/kWh = 0.011 / 3.6e6 USD/J.
    const lo = m.parse('0.011 USD/kWh');
    expect(lo.v).toBeCloseTo(0.011 / 3.6e6, 20);
    expect(lo.cur).toBe('USD');
    expect(m.parse(9.9).v).toBeCloseTo(9.9 / 3.6e6, 18);
    // 1 USD/MWh = 0.001 USD/kWh: below the range although the number is 1.
    expect(m.safeParse('1 USD/MWh').success).toBe(false);
  });
});

describe('the range’s relative tolerance of 1e-12 includes its end', () => {
  it('money and qty keep max·(1 + 1e-12) and min·(1 − 1e-12) exactly', () => {
    const top = 10 * (1 + 1e-12);
    const bottom = 1 * (1 - 1e-12);
    const m = money([{ per: '', toSI: 1 }], 1, 10, '5 USD');
    expect(m.parse(top).v).toBe(top);
    expect(m.parse(bottom).v).toBe(bottom);
    const q = qty([{ unit: '', toSI: 1 }], 1, 10, 'between 1 and 10');
    expect(q.parse(top)).toBe(top);
    expect(q.parse(bottom)).toBe(bottom);
    // One step further out is refused.
    expect(m.safeParse(10 * (1 + 3e-12)).success).toBe(false);
    expect(q.safeParse(10 * (1 + 3e-12)).success).toBe(false);
  });
});

/**
 * The tariff schema where mutation testing found it unpinned (issue 18): the lowest hourly price, −10 per
 * kWh, is kept with its relative tolerance of 1e-12 included, one step beyond refused; both hourly forms
 * come out typed 'hourly' (the raw tariff's own tag, before currency conversion); a demand charge of 0 is
 * allowed (the range starts at 0).
 */
import { describe, expect, it } from 'vitest';
import { parseEconomics } from '../../../src/core/economics/schema';
import { tariffSchema } from '../../../src/core/economics/tariffSchema';

describe('hourly prices: the lower end of −10 per kWh', () => {
  it('−10·(1 + 1e-12) per kWh is kept; −10·(1 + 3e-12) is refused with the hour and its price', () => {
    const k = 1 / 3.6e6;
    const end = -10 * k * (1 + 1e-12);
    // The price per kWh whose value in ¤/J is the end itself (found to the last bit).
    let v = end / k;
    while (v * k < end) v = v * (1 - Number.EPSILON / 2);
    while (v * k > end) v = v * (1 + Number.EPSILON / 2);
    expect(v * k).toBe(end);
    const r = tariffSchema.parse([0.05, v]);
    expect(r.type).toBe('hourly');
    expect(r.type === 'hourly' && r.prices[1]).toBe(end);
    const out = -10 * (1 + 3e-12);
    const bad = tariffSchema.safeParse([0.05, out]);
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.message, i.path])).toEqual([
      [`hour 1 price ${out} is outside -10 to 100 per kWh`, [1]],
    ]);
  });
});

describe('both hourly forms as written', () => {
  it('an array (scenario currency per kWh) and { hourly, unit } (here CAD/MWh) are hourly tariffs', () => {
    const a = tariffSchema.parse([0.05, 0.06]);
    expect(a.type).toBe('hourly');
    expect(a.type === 'hourly' && a.cur).toBeUndefined();
    expect(a.type === 'hourly' && a.prices[1]).toBeCloseTo(0.06 / 3.6e6, 20);
    const o = tariffSchema.parse({ hourly: [50, 60], unit: 'CAD/MWh' });
    expect(o.type).toBe('hourly');
    // Hand: 50 CAD/MWh = 0.05 CAD/kWh = 0.05 / 3.6e6 CAD/J.
    expect(o.type === 'hourly' && o.cur).toBe('CAD');
    expect(o.type === 'hourly' && o.prices[0]).toBeCloseTo(0.05 / 3.6e6, 20);
    expect(o.type === 'hourly' && o.prices[1]).toBeCloseTo(0.06 / 3.6e6, 20);
  });
});

describe('demand charge: the range starts at 0', () => {
  it('"0 CAD/kVA" is a demand charge of 0 per VA, kept', () => {
    const e = parseEconomics({ currency: 'CAD', demandCharge: { price: '0 CAD/kVA' } });
    expect(e.demandCharge).toEqual({ price: 0, perKva: true, powerFactor: 0.95, allowance: 0 });
  });
});

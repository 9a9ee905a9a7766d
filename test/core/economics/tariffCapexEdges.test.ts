/**
 * The economics section's fields at their edges (issue 18), continued from schemaEdges.test.ts: the tariff forms,
 * the demand charge, capex lines and salvage, and the message listing every bad field.
 */
import { describe, expect, it } from 'vitest';
import { parseEconomics } from '../../../src/core/economics/schema';
import { tariffIn, tariffSchema } from '../../../src/core/economics/tariffSchema';
import { bad, issues } from './edgeFixtures';

const KWH = 3.6e6;
const TARIFF_HELP =
  'expected a price ("0.035 USD/kWh"), an hourly series (array of prices in the scenario currency per kWh, or { "hourly": [...], "unit": "CAD/MWh" }), or time-of-use { "peak", "offPeak", "peakHours": [7, 23] }';
const CAPEX_HELP =
  'an amount ("60000 USD"), per MW of miner nameplate power ("700000 USD/MW"), per TH/s ("15 USD/TH"), or { "perUnit": "7000 USD" } per miner';
const SALVAGE = 'allowed: a fraction of miner capex ("30 %") or an amount ("500000 USD")';

describe('tariff forms', () => {
  it('time-of-use written in CAD into a USD scenario, every field carried', () => {
    const e = parseEconomics({
      exchangeRate: 1.25,
      electricityPrice: {
        peak: '0.125 CAD/kWh',
        offPeak: '0.05 USD/kWh',
        peakHours: [22, 6],
        weekdaysOnly: false,
        firstWeekday: 'sun',
      },
    });
    expect(e.electricity).toEqual({
      type: 'tou',
      peak: expect.closeTo(0.1 / KWH, 22),
      offPeak: expect.closeTo(0.05 / KWH, 22),
      peakStart: 22,
      peakEnd: 6,
      weekdaysOnly: false,
      firstWeekday: 0,
    });
    const sat = parseEconomics({
      electricityPrice: { peak: 1, offPeak: 1, peakHours: [0, 24], firstWeekday: 'sat' },
    });
    expect(sat.electricity).toMatchObject({ firstWeekday: 6, weekdaysOnly: true, peakStart: 0, peakEnd: 24 });
  });

  it('hourly series: a unit in the other currency is converted; none means the scenario currency per kWh', () => {
    const h = parseEconomics({
      exchangeRate: 1.25,
      electricityPrice: { hourly: [50, -12.5], unit: 'CAD/MWh' },
    });
    // 50 CAD/MWh ÷ 1.25 = 40 USD/MWh = 0.04 USD/kWh.
    expect(h.electricity.type === 'hourly' && Array.from(h.electricity.prices, (p) => p * KWH)).toEqual([
      expect.closeTo(0.04, 14),
      expect.closeTo(-0.01, 14),
    ]);
    const u = parseEconomics({ electricityPrice: { hourly: [0.05], unit: 'USD/kWh' } });
    expect(u.electricity.type === 'hourly' && u.electricity.prices[0]! * KWH).toBeCloseTo(0.05, 14);
    const c = parseEconomics({ currency: 'CAD', electricityPrice: { hourly: [0.05] } });
    expect(c.electricity.type === 'hourly' && c.electricity.prices[0]! * KWH).toBeCloseTo(0.05, 14);
    const a = parseEconomics({ currency: 'CAD', electricityPrice: [0.05, 0.07] });
    expect(a.electricity.type === 'hourly' && Array.from(a.electricity.prices, (p) => p * KWH)).toEqual([
      expect.closeTo(0.05, 14),
      expect.closeTo(0.07, 14),
    ]);
  });

  it('tariffIn scales an hourly series in another currency, leaves one in the scenario currency', () => {
    const t = tariffIn({ type: 'hourly', prices: Float64Array.from([2, 4]), cur: 'CAD' }, 'USD', 2);
    expect(t).toEqual({ type: 'hourly', prices: Float64Array.from([1, 2]) });
    const s = tariffIn({ type: 'hourly', prices: Float64Array.from([2, 4]), cur: 'USD' }, 'USD', 2);
    expect(s).toEqual({ type: 'hourly', prices: Float64Array.from([2, 4]) });
    const u = tariffIn({ type: 'hourly', prices: Float64Array.from([2]), cur: 'USD' }, 'CAD', 2);
    expect(u).toEqual({ type: 'hourly', prices: Float64Array.from([4]) });
  });

  it('hourly prices from −10 to 100 per kWh; the first hour outside is named', () => {
    const ok = parseEconomics({ electricityPrice: [-10, 100] });
    expect(ok.electricity.type === 'hourly' && Array.from(ok.electricity.prices, (p) => p * KWH)).toEqual([
      expect.closeTo(-10, 12),
      expect.closeTo(100, 12),
    ]);
    const lo = bad({ electricityPrice: [0, -10.0001, 200] });
    expect(lo.field).toBe('economics.electricityPrice.1');
    expect(lo.value).toBe(-10.0001);
    expect(lo.allowed).toBe('hour 1 price -10.0001 is outside -10 to 100 per kWh');
    expect(lo.message.split('\n')).toHaveLength(1);
    const hi = bad({ electricityPrice: [100.0001] });
    expect([hi.field, hi.allowed]).toEqual([
      'economics.electricityPrice.0',
      'hour 0 price 100.0001 is outside -10 to 100 per kWh',
    ]);
    // In an object with a unit: 200 000 CAD/MWh = 200 CAD/kWh.
    const o = bad({ currency: 'CAD', electricityPrice: { hourly: [1, 200000], unit: 'CAD/MWh' } });
    expect([o.field, o.allowed]).toEqual([
      'economics.electricityPrice.hourly.1',
      'hour 1 price 200000 is outside -10 to 100 per kWh',
    ]);
  });

  it('refusals of each form, with their paths', () => {
    const unit = bad({ electricityPrice: { hourly: [1], unit: 'USD/m' } });
    expect([unit.field, unit.allowed]).toEqual([
      'economics.electricityPrice.unit',
      'not an amount in USD/kWh or CAD/kWh; e.g. "CAD/MWh"',
    ]);
    const key = bad({ electricityPrice: { hourly: [1], units: 'x' } });
    expect(key.field).toBe('economics.electricityPrice');
    expect(key.allowed).toMatch(/Unrecognized key.*units/);
    const cell = bad({ electricityPrice: [1, 'a'] });
    expect([cell.field, cell.value, cell.allowed]).toEqual([
      'economics.electricityPrice.1',
      'a',
      'a price (number) for every hour',
    ]);
    const same = bad({ electricityPrice: { peak: 1, offPeak: 1, peakHours: [7, 7] } });
    expect([same.field, same.allowed]).toEqual([
      'economics.electricityPrice.peakHours',
      'peak hours [start, end) must differ',
    ]);
    const flat = bad({ electricityPrice: '5 USD/m' });
    expect([flat.field, flat.allowed]).toEqual([
      'economics.electricityPrice',
      'not an amount in USD/kWh or CAD/kWh; allowed: between 0 and 10 USD or CAD per kWh (e.g. "0.035 USD/kWh")',
    ]);
    for (const v of [true, null]) {
      const e = bad({ electricityPrice: v });
      expect([e.field, e.value, e.allowed]).toEqual(['economics.electricityPrice', v, TARIFF_HELP]);
    }
    // The schema alone: the issue path is relative to the field.
    expect(issues(tariffSchema.safeParse({ peak: 1, offPeak: 1, peakHours: [3, 3] }))).toEqual([
      { message: 'peak hours [start, end) must differ', path: ['peakHours'] },
    ]);
    expect(issues(tariffSchema.safeParse([1, 'x']))).toEqual([
      { message: 'a price (number) for every hour', path: [1] },
    ]);
  });
});

describe('demand charge', () => {
  it('per kVA when written so (also per month), per kW otherwise or for a bare number', () => {
    expect(parseEconomics({ demandCharge: { price: '10 USD/kVA/month' } }).demandCharge).toMatchObject({
      price: expect.closeTo(0.01, 15),
      perKva: true,
    });
    expect(parseEconomics({ demandCharge: { price: 10 } }).demandCharge).toMatchObject({
      price: expect.closeTo(0.01, 15),
      perKva: false,
    });
    expect(
      parseEconomics({ demandCharge: { price: '1000 USD/kW', powerFactor: 0.9, allowance: '2 kW' } })
        .demandCharge,
    ).toEqual({
      price: expect.closeTo(1, 12),
      perKva: false,
      powerFactor: 0.9,
      allowance: 2000,
    });
  });

  it('refuses a price in another unit or outside 0 … 1000 per kW per month', () => {
    const u = bad({ demandCharge: { price: '12 USD/m' } });
    expect([u.field, u.allowed]).toEqual([
      'economics.demandCharge.price',
      'not an amount in USD/kW or CAD/kW, or USD/kW/month or CAD/kW/month; allowed: a price per kW or kVA of the month\'s peak, e.g. "12.33 CAD/kVA"',
    ]);
    for (const price of ['1001 USD/kW', '-1 USD/kW']) {
      const r = bad({ demandCharge: { price } });
      expect([r.field, r.value, r.allowed]).toEqual([
        'economics.demandCharge.price',
        price,
        'out of range: allowed between 0 and 1000 USD or CAD per kW (or kVA) per month',
      ]);
    }
  });
});

describe('capex lines and salvage', () => {
  it('each basis, and the edges of the amount', () => {
    const e = parseEconomics({
      capex: {
        miners: '15 USD/(TH/s)',
        containers: '0.7 USD/W',
        plateExchanger: '999999999999 USD',
        piping: 0,
        dryCooler: '1 USD/TH',
        pumps: { perUnit: 5 },
      },
    });
    expect(e.capex.miners).toEqual({ basis: 'perHashrate', amount: expect.closeTo(15e-12, 24) });
    expect(e.capex.containers).toEqual({ basis: 'perW', amount: expect.closeTo(0.7, 14) });
    expect(e.capex.plateExchanger).toEqual({ basis: 'total', amount: 999999999999 });
    expect(e.capex.piping).toEqual({ basis: 'total', amount: 0 });
    expect(e.capex.dryCooler).toEqual({ basis: 'perHashrate', amount: expect.closeTo(1e-12, 24) });
    expect(e.capex.pumps).toEqual({ basis: 'perUnit', amount: 5 });
  });

  it('refuses other shapes, a per-unit cost with a unit, and amounts outside 0 … 1e12', () => {
    for (const v of [[1], null, true, {}, { perUnit: 5, count: 2 }, { each: 5 }]) {
      const e = bad({ capex: { miners: v } });
      expect([e.field, e.allowed]).toEqual(['economics.capex.miners', `expected ${CAPEX_HELP}`]);
    }
    const p = bad({ capex: { miners: { perUnit: '5 USD/W' } } });
    expect(p.allowed).toBe(`not an amount in USD or CAD; allowed: ${CAPEX_HELP}`);
    for (const v of ['1e12 USD', '-1 USD']) {
      expect(bad({ capex: { pumps: v } }).allowed).toBe(
        `out of range: allowed between 0 and 1e12; ${CAPEX_HELP}`,
      );
    }
  });

  it('salvage as a fraction (number, %, pct) from 0 to 1, or an amount ≥ 0', () => {
    expect(parseEconomics({ minerSalvage: 0.25 }).minerSalvage).toEqual({ fraction: 0.25 });
    expect(parseEconomics({ minerSalvage: 1 }).minerSalvage).toEqual({ fraction: 1 });
    expect(parseEconomics({ minerSalvage: '0' }).minerSalvage).toEqual({ fraction: 0 });
    expect(parseEconomics({ minerSalvage: '30 pct' }).minerSalvage).toEqual({
      fraction: expect.closeTo(0.3, 15),
    });
    expect(parseEconomics({ minerSalvage: '0 USD' }).minerSalvage).toEqual({ amount: 0 });
    for (const v of [1.01, -0.1, '101 %']) {
      const e = bad({ minerSalvage: v });
      expect([e.field, e.value, e.allowed]).toEqual([
        'economics.minerSalvage',
        v,
        'out of range: allowed between 0 and 1 (fraction of miner capex, e.g. "30 %")',
      ]);
    }
    expect(bad({ minerSalvage: '-5 USD' }).allowed).toBe('out of range: allowed an amount ≥ 0');
    expect(bad({ minerSalvage: '5 USD/W' }).allowed).toBe(`not an amount in USD or CAD; ${SALVAGE}`);
    expect(bad({ minerSalvage: '3 %%' }).allowed).toMatch(
      new RegExp(`^a number with a unit.*; ${SALVAGE.replace(/[()]/g, '\\$&')}$`),
    );
    expect(bad({ minerSalvage: 'lots' }).allowed).toMatch(
      /^a number with a unit.*; allowed: a fraction of miner capex/,
    );
  });
});

describe('the message lists every bad field, one line each', () => {
  it('value as JSON, "(missing)" for an absent one, the plain text when JSON cannot show it', () => {
    const e = bad({
      poolFee: '60 %',
      electricityPrice: { peak: 1, peakHours: [7, 23] },
      currency: Symbol('x'),
    });
    const lines = e.message.split('\n');
    expect(lines).toContain('economics.currency = Symbol(x) is not allowed: USD or CAD');
    expect(lines).toContain(
      'economics.poolFee = "60 %" is not allowed: out of range: allowed between 0 and 0.5 (fraction; e.g. "2 %")',
    );
    expect(
      lines.some((l) => l.startsWith('economics.electricityPrice.offPeak = (missing) is not allowed: ')),
    ).toBe(true);
    expect(lines).toHaveLength(3);
    const big = bad({ horizonYears: 10n });
    expect(big.message).toBe(
      'economics.horizonYears = 10 is not allowed: a whole number of years from 1 to 50',
    );
  });
});

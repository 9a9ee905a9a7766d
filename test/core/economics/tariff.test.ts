import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import {
  type DemandCharge,
  electricityCost,
  electricityPriceSeries,
  MONTH_START_HOUR,
  parsePriceCsv,
  type Tariff,
} from '../../../src/core/economics/tariff';

const perKWh = (x: number) => x / 3.6e6; // currency/kWh → currency/J
const constant = (n: number, w: number) => new Float64Array(n).fill(w);

describe('electricityCost: energy charges', () => {
  it('flat: 1 MW for a day at 0.035 USD/kWh ([facts] pilot price)', () => {
    // Hand: 1000 kW × 24 h × 0.035 = 840 USD.
    const r = electricityCost(constant(24, 1e6), { type: 'flat', price: perKWh(0.035) });
    expect(r.energyCost).toBeCloseTo(840, 9);
    expect(r.energy).toBe(24 * 3.6e9);
    expect(r.demandCost).toBe(0);
  });

  it('sums several load series hour by hour (miners + auxiliaries)', () => {
    // Hand: (3 MW + 0.05 MW) × 10 h × 0.035 USD/kWh = 30 500 kWh × 0.035 = 1067.5 USD.
    const r = electricityCost([constant(10, 3e6), constant(10, 5e4)], { type: 'flat', price: perKWh(0.035) });
    expect(r.energyCost).toBeCloseTo(1067.5, 9);
  });

  it('time-of-use on a synthetic week starting on a Monday', () => {
    // Peak 0.10, off-peak 0.05 USD/kWh; peak 07:00–19:00 on weekdays only; 1 MW constant for 168 h.
    // Hand: 5 weekdays × 12 peak h = 60 MWh × 100 USD/MWh = 6 000; the other 108 h × 50 = 5 400; total 11 400.
    const tou: Tariff = {
      type: 'tou',
      peak: perKWh(0.1),
      offPeak: perKWh(0.05),
      peakStart: 7,
      peakEnd: 19,
      weekdaysOnly: true,
      firstWeekday: 1,
    };
    expect(electricityCost(constant(168, 1e6), tou).energyCost).toBeCloseTo(11400, 8);
    // A full week has five weekdays whatever day it starts on; a Saturday+Sunday is all off-peak:
    // Hand: 48 h × 1 MWh × 50 = 2 400.
    expect(electricityCost(constant(168, 1e6), { ...tou, firstWeekday: 4 }).energyCost).toBeCloseTo(11400, 8);
    expect(electricityCost(constant(48, 1e6), { ...tou, firstWeekday: 6 }).energyCost).toBeCloseTo(2400, 8);
    // Every day priced alike: 7 × (12 × 100 + 12 × 50) = 12 600.
    expect(electricityCost(constant(168, 1e6), { ...tou, weekdaysOnly: false }).energyCost).toBeCloseTo(
      12600,
      8,
    );
  });

  it('time-of-use window wrapping past midnight', () => {
    // Peak 22:00–06:00 = hours 22, 23, 0…5 = 8 h; one day at 1 MW: 8 × 100 + 16 × 50 = 1 600.
    const tou: Tariff = {
      type: 'tou',
      peak: perKWh(0.1),
      offPeak: perKWh(0.05),
      peakStart: 22,
      peakEnd: 6,
      weekdaysOnly: false,
      firstWeekday: 0,
    };
    expect(electricityCost(constant(24, 1e6), tou).energyCost).toBeCloseTo(1600, 8);
    const s = electricityPriceSeries(tou, 24);
    expect(Array.from(s.slice(0, 7), (x) => +x.toFixed(6))).toEqual([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05]);
    expect(s[22]).toBeCloseTo(0.1, 12);
  });

  it('hourly prices; a series shorter than the simulation is rejected', () => {
    // Hand: 2 MW × (0.02 + 0.04 + 0.06) USD/kWh × 1 h = 2000 × 0.12 = 240 USD.
    const prices = Float64Array.from([0.02, 0.04, 0.06], perKWh);
    expect(electricityCost(constant(3, 2e6), { type: 'hourly', prices }).energyCost).toBeCloseTo(240, 9);
    expect(() => electricityCost(constant(4, 2e6), { type: 'hourly', prices })).toThrow(InputError);
    expect(() => electricityCost(constant(4, 2e6), { type: 'hourly', prices })).toThrow(
      /economics\.electricityPrice = "3 hourly prices" .*at least 4 values/,
    );
  });

  it('names the first non-finite hour', () => {
    const p = constant(5, 1e6);
    p[2] = Number.NaN;
    expect(() => electricityCost(p, { type: 'flat', price: 1e-8 })).toThrow(/load = "hour 2: NaN W"/);
  });
});

describe('electricityCost: demand charge on the monthly peak', () => {
  it('Manitoba Hydro general service small, January with one 2.5 MW hour ([facts] April 2024 rates)', () => {
    // Energy 4.671 ¢/kWh + 12.33 CAD/kVA of the month's peak; power factor 0.95 (assumption).
    // Hand: energy = 743 h × 1000 kWh + 2500 kWh = 745 500 kWh × 0.04671 = 34 822.305 CAD;
    // demand = 2500 kW / 0.95 = 2631.579 kVA × 12.33 = 32 447.368 CAD.
    const p = constant(744, 1e6);
    p[400] = 2.5e6;
    const demand: DemandCharge = { price: 12.33 / 1000, perKva: true, powerFactor: 0.95, allowance: 0 };
    const r = electricityCost(p, { type: 'flat', price: perKWh(0.04671) }, { demand });
    expect(r.energyCost).toBeCloseTo(34822.305, 6);
    expect(r.monthlyPeak[0]).toBe(2.5e6);
    expect(r.demandCost).toBeCloseTo((2500 / 0.95) * 12.33, 6);
    expect(r.demandCost).toBeCloseTo(32447.368, 3);
    expect(r.monthlyDemandCost[1]).toBe(0);
  });

  it('a full year at constant 3 MW, per kW, with an allowance', () => {
    // Hand: 12 months × 3000 kW × 12.33 = 443 880; with 50 kW free each month: 12 × 2950 × 12.33 = 436 482.
    const p = constant(8760, 3e6);
    const flat: Tariff = { type: 'flat', price: 0 };
    const d: DemandCharge = { price: 12.33e-3, perKva: false, powerFactor: 1, allowance: 0 };
    expect(electricityCost(p, flat, { demand: d }).demandCost).toBeCloseTo(443880, 6);
    expect(electricityCost(p, flat, { demand: { ...d, allowance: 50e3 } }).demandCost).toBeCloseTo(436482, 6);
  });

  it('each month bills its own peak, and a partly covered month is prorated', () => {
    // Peak 1 MW in January and 2 MW in February (hours 744…1415): 10/kW → 10 000 + 20 000 = 30 000.
    const p = new Float64Array(1416);
    p.fill(1e6, 0, 744);
    p.fill(2e6, 744, 1416);
    const d: DemandCharge = { price: 10e-3, perKva: false, powerFactor: 1, allowance: 0 };
    const r = electricityCost(p, { type: 'flat', price: 0 }, { demand: d });
    expect(MONTH_START_HOUR.slice(0, 3)).toEqual([0, 744, 1416]);
    expect(r.demandCost).toBeCloseTo(30000, 8);
    // One week of January: 10 000 × 168/744 = 2258.06.
    const w = electricityCost(constant(168, 1e6), { type: 'flat', price: 0 }, { demand: d });
    expect(w.demandCost).toBeCloseTo((10000 * 168) / 744, 8);
  });
});

describe('parsePriceCsv', () => {
  it('reads one price per line', () => {
    expect(Array.from(parsePriceCsv('0.03\n0.04\n\n0.05\n'))).toEqual([0.03, 0.04, 0.05]);
  });

  it('finds the price column by header, skips comments, and scales per-MWh headers to per kWh', () => {
    const csv =
      '# AESO pool price export\ntimestamp,price (CAD/MWh),demand\n2025-01-01 00:00,45.5,9000\n2025-01-01 01:00,-2,8800\n';
    expect(Array.from(parsePriceCsv(csv))).toEqual([0.0455, -0.002]);
    const cents = parsePriceCsv('hour;cents per kWh\n1;4.671\n2;5', { column: 1 });
    expect(cents).toHaveLength(2);
    expect(cents[0]).toBeCloseTo(0.04671, 15);
    expect(cents[1]).toBeCloseTo(0.05, 15);
    expect(Array.from(parsePriceCsv('a\tb\n1\t0.1\n2\t0.2', { column: 'b' }))).toEqual([0.1, 0.2]);
  });

  it('names the line of a bad value', () => {
    const csv = 'timestamp,price\n2025-01-01 00:00,0.05\n2025-01-01 01:00,n/a\n';
    expect(() => parsePriceCsv(csv)).toThrow(InputError);
    expect(() => parsePriceCsv(csv)).toThrow(/price file line 3 = "n\/a"/);
    expect(() => parsePriceCsv('# nothing\n')).toThrow(/at least one price line/);
    expect(() => parsePriceCsv('x,y\n1,2', { column: 'price' })).toThrow(/one of the header's columns: x, y/);
  });
});

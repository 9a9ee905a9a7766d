/**
 * Tariffs at their edges (issue 18): the calendar (month and weekday boundaries, hours past 8760), several
 * load series, the demand charge's allowance and power factor, every refusal with its field, value and words,
 * and the price file's delimiters, quotes, headers and errors.
 */
import { describe, expect, it } from 'vitest';
import {
  checkTariff,
  type DemandCharge,
  electricityCost,
  electricityPriceSeries,
  MONTH_START_HOUR,
  parsePriceCsv,
  priceAt,
  type Tariff,
} from '../../../src/core/economics/tariff';
import { refused } from '../refused';

const perKWh = (x: number) => x / 3.6e6; // currency/kWh → currency/J
const constant = (n: number, w: number) => new Float64Array(n).fill(w);
const FLAT_0 = { type: 'flat', price: 0 } as const;

describe('calendar', () => {
  it('months of a non-leap year: 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 days × 24 h', () => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const starts = [0];
    for (const d of days) starts.push(starts[starts.length - 1]! + 24 * d);
    expect(MONTH_START_HOUR).toEqual(starts);
    expect(MONTH_START_HOUR[12]).toBe(8760);
  });

  it('the last hour of January is January, the first of February is February', () => {
    const a = new Float64Array(1416);
    a[743] = 5e6;
    const r = electricityCost(a, FLAT_0);
    expect(r.monthlyPeak[0]).toBe(5e6);
    expect(r.monthlyPeak[1]).toBe(0);
    const b = new Float64Array(1416);
    b[744] = 5e6;
    const s = electricityCost(b, FLAT_0);
    expect(s.monthlyPeak[0]).toBe(0);
    expect(s.monthlyPeak[1]).toBe(5e6);
  });

  it('every month of a year gets its own peak; hours past 8760 count as December', () => {
    // Hour 100 of month k peaks at (k + 1) MW; a leap-length series (8784 h) has its highest hour at 8770.
    const p = new Float64Array(8784);
    for (let k = 0; k < 12; k++) p[MONTH_START_HOUR[k]! + 100] = (k + 1) * 1e6;
    p[8770] = 20e6;
    const d: DemandCharge = { price: 1e-3, perKva: false, powerFactor: 1, allowance: 0 };
    const r = electricityCost(p, FLAT_0, { demand: d });
    const peaks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20].map((x) => x * 1e6);
    expect(Array.from(r.monthlyPeak)).toEqual(peaks);
    // 1 ¤ per kW each month, December covered 768 h ≥ its 744 h so billed in full: Σ peaks in kW.
    expect(Array.from(r.monthlyDemandCost)).toEqual(peaks.map((w) => w / 1000));
    expect(r.demandCost).toBeCloseTo((66 + 20) * 1000, 9);
  });

  it('weekdays: a series starting on a Friday runs Fri, Sat, Sun, Mon … Fri, Sat', () => {
    // Peak 8–17 h on weekdays: 9 days from a Friday hold 6 weekdays (Fri, Mon–Fri) and 3 weekend days.
    const tou: Tariff = {
      type: 'tou',
      peak: 2,
      offPeak: 1,
      peakStart: 8,
      peakEnd: 17,
      weekdaysOnly: true,
      firstWeekday: 5,
    };
    const s = electricityPriceSeries(tou, 9 * 24);
    const peakHoursOfDay = (day: number) =>
      Array.from(s.slice(day * 24, day * 24 + 24)).filter((x) => x === 2 * 3.6e6).length;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(peakHoursOfDay)).toEqual([9, 0, 0, 9, 9, 9, 9, 9, 0]);
    // Within a weekday: hour 7 off-peak, hours 8 and 16 peak, hour 17 off-peak.
    expect([7, 8, 16, 17].map((h) => priceAt(tou, h))).toEqual([1, 2, 2, 1]);
    // Starting on a Sunday: day 0 off-peak, day 1 (Monday) at peak from 8 h.
    const sun = { ...tou, firstWeekday: 0 };
    expect(priceAt(sun, 10)).toBe(1);
    expect(priceAt(sun, 24 + 10)).toBe(2);
    expect(priceAt(sun, 6 * 24 + 10)).toBe(1); // day 6: Saturday
  });

  it('a window whose start equals its end has no peak hour ([h, h) is empty)', () => {
    const tou: Tariff = {
      type: 'tou',
      peak: 2,
      offPeak: 1,
      peakStart: 9,
      peakEnd: 9,
      weekdaysOnly: false,
      firstWeekday: 1,
    };
    expect(Array.from(electricityPriceSeries(tou, 24)).every((x) => x === 3.6e6)).toBe(true);
  });

  it('a wrapping window: hours ≥ start or < end', () => {
    const tou: Tariff = {
      type: 'tou',
      peak: 2,
      offPeak: 1,
      peakStart: 20,
      peakEnd: 4,
      weekdaysOnly: false,
      firstWeekday: 1,
    };
    expect([3, 4, 19, 20, 23].map((h) => priceAt(tou, h))).toEqual([2, 1, 1, 2, 2]);
  });

  it('hourly prices by index', () => {
    const t: Tariff = { type: 'hourly', prices: Float64Array.from([3, 5, 7]) };
    expect([0, 1, 2].map((i) => priceAt(t, i))).toEqual([3, 5, 7]);
  });
});

describe('electricityCost: loads and hours', () => {
  it('three and four series are summed hour by hour', () => {
    // Hand: (1 + 2 + 3) MW × 2 h = 12 MWh; × 0.05 ¤/kWh = 600 ¤; a fourth of 4 MW adds 8 MWh → 1000 ¤.
    const flat = { type: 'flat', price: perKWh(0.05) } as const;
    const three = electricityCost([constant(2, 1e6), constant(2, 2e6), constant(2, 3e6)], flat);
    expect(three.energy).toBe(12 * 3.6e9);
    expect(three.energyCost).toBeCloseTo(600, 9);
    expect(three.monthlyPeak[0]).toBe(6e6);
    const four = electricityCost(
      [constant(2, 1e6), constant(2, 2e6), constant(2, 3e6), constant(2, 4e6)],
      flat,
    );
    expect(four.energyCost).toBeCloseTo(1000, 9);
    // A single series in an array counts once.
    expect(electricityCost([constant(2, 1e6)], flat).energyCost).toBeCloseTo(100, 9);
  });

  it('options.hours takes the first hours only', () => {
    // Hand: 1 MW for the first 4 of 10 hours × 35 ¤/MWh = 140 ¤.
    const p = constant(10, 1e6);
    p[5] = 9e6;
    const r = electricityCost(p, { type: 'flat', price: perKWh(0.035) }, { hours: 4 });
    expect(r.energyCost).toBeCloseTo(140, 9);
    expect(r.monthlyPeak[0]).toBe(1e6);
  });

  it('refuses no series, a short series, a short price series, naming each', () => {
    const none = refused(() => electricityCost([], FLAT_0));
    expect([none.field, none.value, none.allowed]).toEqual(['load', '[]', 'at least one power series']);
    const short = refused(() => electricityCost([constant(5, 1), constant(3, 1)], FLAT_0, { hours: 5 }));
    expect([short.field, short.value, short.allowed]).toEqual([
      'load',
      '3 hours',
      'at least 5 hourly values',
    ]);
    const hourly: Tariff = { type: 'hourly', prices: new Float64Array(3) };
    const t = refused(() => electricityCost(constant(4, 1), hourly));
    expect([t.field, t.value, t.allowed]).toEqual([
      'economics.electricityPrice',
      '3 hourly prices',
      'at least 4 values, one per simulated hour (pad or trim the price file)',
    ]);
    expect(refused(() => electricityPriceSeries(hourly, 4)).field).toBe('economics.electricityPrice');
    expect(refused(() => checkTariff(hourly, 4, 'economics.backupElectricityPrice')).field).toBe(
      'economics.backupElectricityPrice',
    );
    // Exactly as long as the simulation is enough.
    expect(() => checkTariff(hourly, 3)).not.toThrow();
    expect(electricityCost(constant(3, 1e6), hourly).energyCost).toBe(0);
  });

  it('names the first non-finite hour: a load in any series, or a price', () => {
    const b = constant(4, 1);
    b[2] = Number.POSITIVE_INFINITY;
    const e = refused(() => electricityCost([constant(4, 1), b], FLAT_0));
    expect([e.field, e.value, e.allowed]).toEqual([
      'load',
      'hour 2: Infinity W',
      'finite W and prices in every hour',
    ]);
    const prices = Float64Array.from([1e-8, 1e-8, Number.NaN, 1e-8]);
    const p = refused(() => electricityCost(constant(4, 1), { type: 'hourly', prices }));
    expect(p.value).toBe('hour 2: price NaN');
    // Every value finite but the energy overflows: no hour to name.
    const o = refused(() => electricityCost(constant(1, 1e306), { type: 'flat', price: 1 }));
    expect(o.value).toBe('none');
  });
});

describe('electricityCost: demand charge', () => {
  it('an allowance above the peak bills nothing (never a credit)', () => {
    const d: DemandCharge = { price: 10e-3, perKva: false, powerFactor: 1, allowance: 2e6 };
    const r = electricityCost(constant(744, 1e6), FLAT_0, { demand: d });
    expect(r.demandCost).toBe(0);
    expect(r.monthlyDemandCost[0]).toBe(0);
  });

  it('per kW ignores the power factor; per kVA divides by it', () => {
    // Hand: 1000 kW × 10 ¤/kW = 10 000; per kVA at pf 0.8: 1250 kVA × 10 = 12 500; allowance 50 kVA → 12 000.
    const d: DemandCharge = { price: 10e-3, perKva: false, powerFactor: 0.8, allowance: 0 };
    const p = constant(744, 1e6);
    expect(electricityCost(p, FLAT_0, { demand: d }).demandCost).toBeCloseTo(10000, 9);
    expect(electricityCost(p, FLAT_0, { demand: { ...d, perKva: true } }).demandCost).toBeCloseTo(12500, 9);
    expect(
      electricityCost(p, FLAT_0, { demand: { ...d, perKva: true, allowance: 50e3 } }).demandCost,
    ).toBeCloseTo(12000, 9);
  });

  it('a month covered one day is billed 1/31 of its charge; uncovered months nothing', () => {
    // 24 h of January at 1 MW, 10 ¤/kW: 10 000 × 24/744.
    const d: DemandCharge = { price: 10e-3, perKva: false, powerFactor: 1, allowance: 0 };
    const r = electricityCost(constant(24, 1e6), FLAT_0, { demand: d });
    expect(r.monthlyDemandCost[0]).toBeCloseTo(10000 / 31, 9);
    expect(Array.from(r.monthlyDemandCost.slice(1))).toEqual(new Array(11).fill(0));
    expect(r.demandCost).toBeCloseTo(10000 / 31, 9);
  });
});

describe('parsePriceCsv: layouts', () => {
  it('CRLF line ends, indented comments and blank lines', () => {
    expect(Array.from(parsePriceCsv('0.03\r\n  # a note\r\n\r\n0.04\r\n'))).toEqual([0.03, 0.04]);
  });

  it('semicolons, tabs and commas; quoted cells', () => {
    expect(Array.from(parsePriceCsv('time;price\n1;0.05\n2;0.06'))).toEqual([0.05, 0.06]);
    expect(Array.from(parsePriceCsv('time\tprice\n1\t0.07'))).toEqual([0.07]);
    expect(Array.from(parsePriceCsv('"time","price"\n"2025-01-01 00:00","0.08"'))).toEqual([0.08]);
    // A comma-separated file with a semicolon inside no cell.
    expect(Array.from(parsePriceCsv('a,b\n1,0.09'))).toEqual([0.09]);
  });

  it('the price column: by header name (any case), by "price" anywhere in the header, else the last', () => {
    expect(Array.from(parsePriceCsv('Price,hour\n0.05,1'))).toEqual([0.05]);
    expect(Array.from(parsePriceCsv('hour,value\n1,0.05'))).toEqual([0.05]);
    expect(Array.from(parsePriceCsv('hour,PRICE,x\n1,0.05,9', { column: 'price' }))).toEqual([0.05]);
    // No header: the last column of the data.
    expect(Array.from(parsePriceCsv('1,0.05\n2,0.06'))).toEqual([0.05, 0.06]);
    // A header with an empty cell is still a header.
    expect(Array.from(parsePriceCsv(',price\n1,0.05'))).toEqual([0.05]);
    // A column index.
    expect(Array.from(parsePriceCsv('0.05,1\n0.06,2', { column: 0 }))).toEqual([0.05, 0.06]);
  });

  it('the header unit: per MWh ÷ 1000, ¢ or cents ÷ 100, else per kWh', () => {
    expect(parsePriceCsv('h,price (cad/mwh)\n1,45')[0]).toBeCloseTo(0.045, 15);
    expect(parsePriceCsv('h,¢/kWh\n1,5')[0]).toBeCloseTo(0.05, 15);
    expect(parsePriceCsv('h,CENTS\n1,5')[0]).toBeCloseTo(0.05, 15);
    expect(parsePriceCsv('h,price (USD/kWh)\n1,5')[0]).toBe(5);
  });
});

describe('parsePriceCsv: refusals', () => {
  it('a bad or missing cell, naming the line, the column and the line as read', () => {
    const e = refused(() => parsePriceCsv('time,price\n1,0.05\n2,n/a\n'));
    expect(e.field).toBe('price file line 3');
    expect(e.value).toBe('n/a');
    expect(e.allowed).toBe('a number (price per kWh) in column 2; the line reads "2,n/a"');
    // A short row has no price cell: the whole line is shown as the value.
    const s = refused(() => parsePriceCsv('1,0.05\n2'));
    expect([s.field, s.value]).toEqual(['price file line 2', '2']);
    // An empty cell is not a zero.
    const z = refused(() => parsePriceCsv('1,0.05\n2,'));
    expect([z.field, z.value]).toEqual(['price file line 2', '']);
  });

  it('no price line at all', () => {
    const text = '# a comment that is longer than forty characters in all\n';
    const e = refused(() => parsePriceCsv(text));
    expect(e.field).toBe('price file');
    expect(e.value).toBe(text.slice(0, 40));
    expect(e.allowed).toBe('at least one price line');
    expect(refused(() => parsePriceCsv('time,price\n')).allowed).toBe('at least one price line');
  });

  it('a column index out of range or not whole; a column name not in the header', () => {
    for (const column of [-1, 2, 1.5]) {
      const e = refused(() => parsePriceCsv('# c\na,b\n1,2', { column }));
      expect(e.field).toBe('price file column');
      expect(e.value).toBe(column);
      expect(e.allowed).toBe('a column index from 0 to 1 (line 2)');
    }
    expect(Array.from(parsePriceCsv('a,b\n1,2', { column: 1 }))).toEqual([2]);
    // A name needs a header: a file that starts with data has none.
    const n = refused(() => parsePriceCsv('1,0.05', { column: 'price' }));
    expect([n.field, n.value, n.allowed]).toEqual([
      'price file column',
      'price',
      "one of the header's columns: 1, 0.05",
    ]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { HASH_PER_PH_DAY } from '../../../src/core/economics/mining';
import { ECONOMICS_SOURCES, economicsSchema, parseEconomics } from '../../../src/core/economics/schema';

const KWH = 3.6e6;

function errorOf(input: unknown): InputError {
  try {
    parseEconomics(input);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('defaults (Manitoba pilot)', () => {
  // Built per test (not at collection), so that mutation testing sees which test covers what.
  let e: ReturnType<typeof parseEconomics>;
  beforeEach(() => {
    e = parseEconomics(undefined);
  });

  it('price, hashprice and terms from [facts]', () => {
    expect(e.currency).toBe('USD');
    // [facts] energy cost US$0.035/kWh.
    expect(e.electricity).toEqual({ type: 'flat', price: expect.closeTo(0.035 / KWH, 20) });
    expect(e.backupElectricity).toBe(e.electricity);
    // [facts] hashprice ~US$38/PH/day late November 2025.
    expect(e.mining.kind).toBe('hashprice');
    expect(e.mining.perHash * HASH_PER_PH_DAY).toBeCloseTo(38, 10);
    // [facts] federal fuel charge $0 since 1 April 2025; 24-month term.
    expect(e.carbonPrice).toBe(0);
    expect(e.horizonYears).toBe(2);
    // [facts] 1.966 kg CO₂ per m³ of gas; 1 GJ = 26.853 m³ → 52.793 kg/GJ.
    expect(e.naturalGasCo2 * 1e9).toBeCloseTo(1.966 * 26.853, 9);
    expect(e.heatContract).toEqual({ type: 'free' });
    expect(e.minerSalvage).toEqual({ fraction: 0.3 });
    expect(e.demandCharge).toBeUndefined();
  });

  it('every default carries a source or is marked an assumption', () => {
    for (const [k, v] of Object.entries(ECONOMICS_SOURCES)) {
      // "when not given: <author> (<year>) …" names the cost correlation used when the scenario has no price.
      expect(v, k).toMatch(
        /^(\[facts\] |derived: |assumption: |ECCC |when not given: [A-Z][^()]+ \(\d{4}\))/,
      );
    }
  });
});

describe('units and currencies', () => {
  it('converts a USD price into a CAD scenario with the exchange rate', () => {
    // Hand: 0.035 USD/kWh × 1.4 CAD/USD = 0.049 CAD/kWh.
    const e = parseEconomics({ currency: 'CAD', exchangeRate: 1.4, electricityPrice: '0.035 USD/kWh' });
    expect(e.electricity.type === 'flat' && e.electricity.price * KWH).toBeCloseTo(0.049, 12);
    // And a CAD price into a USD scenario: 48.3 CAD/MWh ÷ 1.38 = 35 USD/MWh.
    const u = parseEconomics({ exchangeRate: 1.38, electricityPrice: '48.3 CAD/MWh' });
    expect(u.electricity.type === 'flat' && u.electricity.price * KWH).toBeCloseTo(0.035, 12);
    // A bare number is in the scenario currency and the field's unit (per kWh).
    const b = parseEconomics({ currency: 'CAD', electricityPrice: 0.05 });
    expect(b.electricity.type === 'flat' && b.electricity.price * KWH).toBeCloseTo(0.05, 12);
  });

  it('reads hashprice per TH/day or PH/day, and gas per m³ or per GJ', () => {
    const a = parseEconomics({ hashprice: '0.038 USD/TH/day' });
    expect(a.mining.perHash * HASH_PER_PH_DAY).toBeCloseTo(38, 10);
    // Hand: 0.30 CAD/m³ × 26.853 m³/GJ = 8.0559 CAD/GJ.
    const g = parseEconomics({ currency: 'CAD', naturalGasPrice: '0.30 CAD/m³' });
    expect(g.naturalGasPrice * 1e9).toBeCloseTo(8.0559, 10);
    expect(parseEconomics({ currency: 'CAD', naturalGasPrice: '8.0559 CAD/GJ' }).naturalGasPrice).toBeCloseTo(
      g.naturalGasPrice,
      20,
    );
  });

  it('demand charge per kVA (Manitoba Hydro, [facts]) or per kW', () => {
    const e = parseEconomics({ currency: 'CAD', demandCharge: { price: '12.33 CAD/kVA' } });
    expect(e.demandCharge).toEqual({
      price: expect.closeTo(0.01233, 15),
      perKva: true,
      powerFactor: 0.95,
      allowance: 0,
    });
    const k = parseEconomics({
      currency: 'CAD',
      demandCharge: { price: '10 CAD/kW/month', allowance: '50 kW' },
    });
    expect(k.demandCharge).toMatchObject({
      price: expect.closeTo(0.01, 15),
      perKva: false,
      allowance: 50000,
    });
  });

  it('time-of-use and hourly series', () => {
    const t = parseEconomics({
      electricityPrice: { peak: '0.10 USD/kWh', offPeak: '0.05 USD/kWh', peakHours: [7, 23] },
    });
    expect(t.electricity).toMatchObject({
      type: 'tou',
      peakStart: 7,
      peakEnd: 23,
      weekdaysOnly: true,
      firstWeekday: 4,
    });
    const h = parseEconomics({
      currency: 'CAD',
      electricityPrice: { hourly: [45, -5, 120], unit: 'CAD/MWh' },
    });
    expect(h.electricity.type).toBe('hourly');
    if (h.electricity.type === 'hourly') {
      expect(Array.from(h.electricity.prices, (p) => +(p * KWH).toFixed(12))).toEqual([0.045, -0.005, 0.12]);
    }
  });

  it('mining from network figures', () => {
    const e = parseEconomics({
      network: { btcPrice: '90000 USD', networkHashrate: '1 ZH/s', feesPerBlock: 0.025 },
    });
    // Hand (see mining.test): 144 × 3.15 × 90 000 / 10⁶ PH/s = 40.824 USD/PH/day.
    expect(e.mining.kind).toBe('network');
    expect(e.mining.perHash * HASH_PER_PH_DAY).toBeCloseTo(40.824, 9);
  });

  it('capex lines by basis, and salvage as a fraction or an amount', () => {
    const e = parseEconomics({
      currency: 'CAD',
      exchangeRate: 1.4,
      capex: { miners: { perUnit: '5000 USD' }, containers: '0.7 USD/W', piping: 100000 },
      minerSalvage: '250000 USD',
    });
    expect(e.capex.miners).toEqual({ basis: 'perUnit', amount: 7000 });
    expect(e.capex.containers).toEqual({ basis: 'perW', amount: expect.closeTo(0.98, 12) });
    expect(e.capex.piping).toEqual({ basis: 'total', amount: 100000 });
    expect(e.capex.plateExchanger).toEqual({ basis: 'total', amount: 60000 * 1.4 });
    expect(e.minerSalvage).toEqual({ amount: 350000 });
    // Default miners: 15 USD per TH/s → 15e-12 USD per hash/s.
    expect(parseEconomics({}).capex.miners).toEqual({
      basis: 'perHashrate',
      amount: expect.closeTo(15e-12, 24),
    });
  });
});

describe('errors name the field, the value and the allowed range', () => {
  it('a fraction out of range', () => {
    const e = errorOf({ poolFee: '150 %' });
    expect(e.field).toBe('economics.poolFee');
    expect(e.value).toBe('150 %');
    expect(e.message).toMatch(/economics\.poolFee = "150 %" is not allowed: .*between 0 and 0\.5/);
  });

  it('a price in the wrong unit', () => {
    const e = errorOf({ hashprice: '38 USD/kWh' });
    expect(e.field).toBe('economics.hashprice');
    expect(e.message).toMatch(/USD\/PH\/day or CAD\/PH\/day.*e\.g\. "38 USD\/PH\/day"/);
    expect(errorOf({ electricityPrice: '35 EUR/MWh' }).message).toMatch(
      /economics\.electricityPrice = "35 EUR\/MWh"/,
    );
    expect(errorOf({ electricityPrice: '20 USD/kWh' }).message).toMatch(
      /out of range: allowed between 0 and 10 USD or CAD per kWh/,
    );
  });

  it('nested fields, lists every bad field, and catches typos', () => {
    const e = errorOf({
      electricityPrice: { peak: '0.1 USD/kWh', peakHours: [7, 25] },
      heatContract: { type: 'share-of-savings', share: 1.5 },
    });
    expect(e.field).toBe('economics.electricityPrice.offPeak');
    expect(e.message).toMatch(
      /economics\.electricityPrice\.peakHours\.1 = 25 is not allowed: a whole hour of the day from 0 to 24/,
    );
    expect(e.message).toMatch(
      /economics\.heatContract\.share = 1\.5 is not allowed: out of range: allowed between 0 and 1/,
    );
    expect(errorOf({ poolfee: 0.02 }).message).toMatch(/Unrecognized key.*poolfee/);
    expect(errorOf({ heatContract: { type: 'barter' } }).message).toMatch(
      /heatContract\.type = "barter".*'price' \| 'free' \| 'share-of-savings'/,
    );
  });

  it('hashprice and network together, or a network without hashrate or difficulty', () => {
    expect(
      errorOf({ hashprice: '38 USD/PH/day', network: { btcPrice: '90000 USD', difficulty: 1.5e14 } }).field,
    ).toBe('economics.hashprice');
    expect(errorOf({ network: { btcPrice: '90000 USD' } }).message).toMatch(
      /economics\.network = .*networkHashrate/,
    );
  });

  it('capex and salvage', () => {
    expect(errorOf({ capex: { miners: 'lots' } }).field).toBe('economics.capex.miners');
    expect(errorOf({ capex: { miners: { each: 5 } } }).message).toMatch(/perUnit/);
    expect(errorOf({ minerSalvage: '130 %' }).message).toMatch(
      /economics\.minerSalvage = "130 %".*between 0 and 1/,
    );
  });

  it('the schema itself reports paths relative to the economics section (for the scenario schema)', () => {
    const r = economicsSchema.safeParse({ discountRate: '200 %' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['discountRate']);
    expect(r.error!.issues[0]!.message).toMatch(/between -0\.5 and 1/);
  });
});

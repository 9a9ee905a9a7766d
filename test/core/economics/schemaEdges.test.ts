/**
 * The economics section's fields at their edges (issue 18): money and quantity fields (ranges with their
 * tolerance, messages) and every currency conversion the schema makes. The tariff forms, capex lines, salvage
 * and the message listing every bad field: tariffCapexEdges.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { errorText, fraction, money, parseMoney, qty, toCurrency } from '../../../src/core/economics/money';
import { parseEconomics } from '../../../src/core/economics/schema';
import { bad, issues } from './edgeFixtures';

const KWH = 3.6e6;

describe('money amounts', () => {
  it('a number is in the field unit and the scenario currency; a string may carry both', () => {
    const alts = [
      { per: '', toSI: 2 },
      { per: '/W', toSI: 3 },
    ];
    expect(parseMoney(5, alts)).toEqual({ v: 10, cur: undefined, alt: 0, text: 5 });
    expect(parseMoney('5', alts)).toEqual({ v: 10, cur: undefined, alt: 0, text: '5' });
    expect(parseMoney('5 CAD', alts)).toEqual({ v: 10, cur: 'CAD', alt: 0, text: '5 CAD' });
    expect(parseMoney('5 USD/W', alts)).toEqual({ v: 15, cur: 'USD', alt: 1, text: '5 USD/W' });
    // 5 USD/kW = 0.005 USD/W.
    expect(parseMoney('5 USD/kW', alts).v).toBeCloseTo(0.015, 15);
  });

  it('refuses a non-finite number and an amount in no listed unit, listing the units', () => {
    expect(() => parseMoney(Number.POSITIVE_INFINITY, [{ per: '', toSI: 1 }])).toThrow(
      /^not a finite number$/,
    );
    expect(() => parseMoney(Number.NaN, [{ per: '', toSI: 1 }])).toThrow(/^not a finite number$/);
    expect(() =>
      parseMoney('5 USD/m', [
        { per: '/kWh', toSI: 1 },
        { per: '/MWh', toSI: 1 },
      ]),
    ).toThrow(/^not an amount in USD\/kWh or CAD\/kWh, or USD\/MWh or CAD\/MWh$/);
  });

  it('errorText: the allowed words of an InputError, else the message', () => {
    expect(errorText(new InputError('f', 1, 'these words'))).toBe('these words');
    expect(errorText(new Error('that message'))).toBe('that message');
  });

  it('money(): range in the first unit, with a relative tolerance of 1e-12, and its messages', () => {
    const m = money([{ per: '', toSI: 1 }], 1, 10, '5 USD');
    const allowed = 'between 1 and 10 USD or CAD (e.g. "5 USD")';
    expect(m.parse('10 USD').v).toBe(10);
    expect(m.parse('10.000000000005 USD').v).toBeCloseTo(10, 9);
    expect(m.parse('0.999999999999995 USD').v).toBeCloseTo(1, 9);
    expect(m.parse(1).v).toBe(1);
    expect(issues(m.safeParse('10.0000001 USD'))).toEqual([
      { message: `out of range: allowed ${allowed}`, path: [] },
    ]);
    expect(issues(m.safeParse('0.9999999 USD'))).toEqual([
      { message: `out of range: allowed ${allowed}`, path: [] },
    ]);
    expect(issues(m.safeParse(true))).toEqual([{ message: `a money amount ${allowed}`, path: [] }]);
    expect(issues(m.safeParse('5 USD/m'))).toEqual([
      { message: `not an amount in USD or CAD; allowed: ${allowed}`, path: [] },
    ]);
    // Per kWh: the range is in USD/kWh and compared in SI (¤/J).
    const k = money([{ per: '/kWh', toSI: 1 / KWH }], 0, 10, '0.035 USD/kWh');
    expect(k.parse('10 USD/kWh').v).toBeCloseTo(10 / KWH, 20);
    expect(k.parse('10000 USD/MWh').v).toBeCloseTo(10 / KWH, 20);
    expect(issues(k.safeParse('10.001 USD/kWh'))[0]!.message).toBe(
      'out of range: allowed between 0 and 10 USD or CAD per kWh (e.g. "0.035 USD/kWh")',
    );
  });

  it('qty(): the first alternative that parses, the first error kept, the range with tolerance', () => {
    const twice = qty(
      [
        { unit: '', toSI: 1 },
        { unit: '', toSI: 2 },
      ],
      0,
      10,
      'T',
    );
    expect(twice.parse(3)).toBe(3);
    const w = qty([{ unit: 'W', toSI: 1 }], 1, 1e9, 'between 1 W and 1 GW');
    expect(w.parse('1 GW')).toBe(1e9);
    expect(w.parse('1.000000000000005 GW')).toBeCloseTo(1e9, 0);
    expect(w.parse('0.999999999999995 W')).toBeCloseTo(1, 12);
    expect(issues(w.safeParse('1.0000001 GW'))).toEqual([
      { message: 'out of range: allowed between 1 W and 1 GW', path: [] },
    ]);
    expect(issues(w.safeParse('0.9999 W'))).toEqual([
      { message: 'out of range: allowed between 1 W and 1 GW', path: [] },
    ]);
    expect(issues(w.safeParse(false))).toEqual([{ message: 'between 1 W and 1 GW', path: [] }]);
    const two = qty(
      [
        { unit: 'kg/m^3', toSI: 1 },
        { unit: 'kg/J', toSI: 1 },
      ],
      0,
      1,
      'X',
    );
    const msg = issues(two.safeParse('5 m'))[0]!.message;
    expect(msg).toMatch(/^a quantity convertible to kg\/m\^3, e\.g\. "1 kg\/m\^3"; allowed: X$/);
  });

  it('fraction(): words with the example', () => {
    const f = fraction(0.1, 0.9, '50 %');
    expect(f.parse('90 %')).toBeCloseTo(0.9, 15);
    expect(issues(f.safeParse('95 %'))[0]!.message).toBe(
      'out of range: allowed between 0.1 and 0.9 (fraction; e.g. "50 %")',
    );
  });

  it('toCurrency: USD × rate into CAD, CAD ÷ rate into USD, unchanged otherwise', () => {
    expect(toCurrency({ v: 2, cur: 'USD', alt: 0, text: '' }, 'CAD', 1.5)).toBe(3);
    expect(toCurrency({ v: 3, cur: 'CAD', alt: 0, text: '' }, 'USD', 1.5)).toBe(2);
    expect(toCurrency({ v: 3, cur: 'CAD', alt: 0, text: '' }, 'CAD', 1.5)).toBe(3);
    expect(toCurrency({ v: 3, cur: 'USD', alt: 0, text: '' }, 'USD', 1.5)).toBe(3);
    expect(toCurrency({ v: 3, cur: undefined, alt: 0, text: '' }, 'CAD', 1.5)).toBe(3);
  });
});

describe('every amount is converted to the scenario currency', () => {
  it('a CAD scenario at 1.5 CAD/USD', () => {
    const e = parseEconomics({
      currency: 'CAD',
      exchangeRate: 1.5,
      naturalGasPrice: '8 USD/GJ',
      propanePrice: '0.5 USD/L',
      carbonPrice: '80 USD/t',
      heatContract: { type: 'price', price: '20 USD/MWh' },
      opex: { operatorFixed: '1000 USD/year', hostFixed: '200 USD' },
      backupElectricityPrice: '0.04 USD/kWh',
      demandCharge: { price: '10 USD/kW' },
    });
    expect(e.exchangeRate).toBe(1.5);
    // Hand: 8 × 1.5 = 12 CAD/GJ; 0.5 × 1.5 = 0.75 CAD/L over 25.31 MJ/L; 80 × 1.5 = 120 CAD/t = 0.12 CAD/kg.
    expect(e.naturalGasPrice).toBeCloseTo(12e-9, 20);
    expect(e.propanePrice).toBeCloseTo(0.75 / 25.31e6, 20);
    expect(e.carbonPrice).toBeCloseTo(0.12, 14);
    // 20 × 1.5 = 30 CAD/MWh over 3.6e9 J.
    expect(e.heatContract).toEqual({ type: 'price', price: expect.closeTo(30 / 3.6e9, 22) });
    expect(e.opex.operatorFixed).toBeCloseTo(1500, 9);
    expect(e.opex.hostFixed).toBeCloseTo(300, 9);
    expect(e.backupElectricity).toEqual({ type: 'flat', price: expect.closeTo(0.06 / KWH, 22) });
    // The energy price (default 0.035 USD/kWh) too: 0.0525 CAD/kWh.
    expect(e.electricity).toEqual({ type: 'flat', price: expect.closeTo(0.0525 / KWH, 22) });
    // 10 USD/kW = 15 CAD/kW = 0.015 CAD/W.
    expect(e.demandCharge).toEqual({
      price: expect.closeTo(0.015, 15),
      perKva: false,
      powerFactor: 0.95,
      allowance: 0,
    });
  });

  it('the defaults written in CAD, in a USD scenario at 1.4 CAD/USD', () => {
    const e = parseEconomics({ exchangeRate: 1.4 });
    // 0.70 CAD/L ÷ 1.4 = 0.5 USD/L; 0.30 CAD/m³ ÷ 1.4 over 1/26.853 GJ/m³.
    expect(e.propanePrice).toBeCloseTo(0.5 / 25.31e6, 20);
    expect(e.naturalGasPrice).toBeCloseTo(((0.3 / 1.4) * 26.853) / 1e9, 20);
    // Capex lines and salvage amount: 60000 USD stays; 500000 CAD → 357 142.86 USD.
    expect(e.capex.plateExchanger).toEqual({ basis: 'total', amount: 60000 });
    expect(parseEconomics({ exchangeRate: 1.25, minerSalvage: '500000 CAD' }).minerSalvage).toEqual({
      amount: 400000,
    });
  });

  it('the other fields pass through', () => {
    const e = parseEconomics({
      poolFee: '3 %',
      horizonYears: 7,
      discountRate: '-5 %',
      escalation: { hashprice: '-20 %', fuel: 0.05 },
      gridCo2: '0.5 kg/kWh',
      propaneCo2: '1.515 kg/L',
      naturalGasCo2: '52.8 kg/GJ',
      capex: { heatRecoveryOwner: 'host' },
      heatContract: { type: 'share-of-savings', share: '40 %' },
      risk: { btcVolatility: 0.6 },
    });
    expect(e.poolFee).toBeCloseTo(0.03, 15);
    expect(e.horizonYears).toBe(7);
    expect(e.discountRate).toBeCloseTo(-0.05, 15);
    expect(e.escalation).toEqual({ hashprice: -0.2, electricity: 0, fuel: 0.05, heatPrice: 0, opex: 0 });
    expect(e.gridCo2).toBeCloseTo(0.5 / KWH, 20);
    expect(e.propaneCo2).toBeCloseTo(1.515 / 25.31e6, 20);
    expect(e.naturalGasCo2).toBeCloseTo(52.8e-9, 20);
    expect(e.heatRecoveryOwner).toBe('host');
    expect(e.heatContract).toEqual({ type: 'share-of-savings', share: 0.4 });
    expect(e.risk.btcVolatility).toBe(0.6);
    expect(e.currency).toBe('USD');
  });

  it('null is the defaults; a non-object is refused at the section itself', () => {
    expect(parseEconomics(null).horizonYears).toBe(2);
    const e = bad(5);
    expect(e.field).toBe('economics');
    expect(e.value).toBe(5);
  });
});

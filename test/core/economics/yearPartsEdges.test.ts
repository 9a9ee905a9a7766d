/**
 * The parts of a year's economics, each alone (issue 18), continued from computePartsEdges.test.ts: the BTC
 * figures; the AI racks' year; the cash-flow projection year by year with its escalations and factors.
 */
import { describe, expect, it } from 'vitest';
import { aiHostingYear, type AiHostingInputs } from '../../../src/core/economics/aiHosting';
import { btcFigures } from '../../../src/core/economics/computeParts';
import { projectCashFlows, type YearOne } from '../../../src/core/economics/projection';
import { type Economics, parseEconomics } from '../../../src/core/economics/schema';
import { hourly } from './edgeFixtures';
import { refused } from '../refused';

describe('btcFigures', () => {
  const y = {
    hashes: 1e20,
    revenue: 900000,
    electricity: 200000,
    operatorOpex: 30000,
    operatorCapex: 500000,
    aiCapex: 100000,
    salvage: 40000,
    payments: 20000,
  };

  it('from the BTC price: mined = revenue / price, earned after the pool fee, all-in and cash cost per BTC', () => {
    const e = parseEconomics({
      btcPrice: '90000 USD',
      poolFee: '2 %',
      horizonYears: 3,
      opex: { maintenance: '2 %' },
    });
    const b = btcFigures(e, hourly(1), 1, y);
    // Hand: 900 000 / 90 000 = 10 BTC; × 0.98 = 9.8. All-in: 200 000 + 30 000 − 2 % × 100 000
    // + (500 000 − 100 000 − 40 000)/3 − 20 000 = 328 000 → / 9.8.
    expect(b.btcMined).toBeCloseTo(10, 12);
    expect(b.btcEarned).toBeCloseTo(9.8, 12);
    expect(b.costPerBtc).toBeCloseTo(328000 / 9.8, 6);
    expect(b.cashCostPerBtc).toBeCloseTo(200000 / 9.8, 6);
  });

  it('no BTC price, a zero price or no revenue: no per-BTC figure', () => {
    const none = btcFigures(parseEconomics({}), hourly(1), 1, y);
    expect(none).toEqual({
      btcMined: undefined,
      btcEarned: undefined,
      costPerBtc: undefined,
      cashCostPerBtc: undefined,
    });
    const zero = btcFigures(parseEconomics({ btcPrice: '0 USD' }), hourly(1), 1, y);
    expect(zero.btcMined).toBeUndefined();
    const noRevenue = btcFigures(parseEconomics({ btcPrice: '90000 USD' }), hourly(1), 1, {
      ...y,
      revenue: 0,
    });
    expect(noRevenue.btcEarned).toBe(0);
    expect(noRevenue.costPerBtc).toBeUndefined();
    expect(noRevenue.cashCostPerBtc).toBeUndefined();
  });

  it('from network figures: hashes × BTC per hash', () => {
    const e = parseEconomics({
      network: { btcPrice: '90000 USD', networkHashrate: '1 ZH/s', feesPerBlock: 0 },
      poolFee: 0,
    });
    // Hand: a block takes 1e21 H/s × 600 s = 6e23 hashes, so 1e20 hashes mine 3.125/6000 = 5.208e-4 BTC.
    const b = btcFigures(e, hourly(1), 1, y);
    expect(b.btcMined).toBeCloseTo(3.125 / 6000, 15);
    expect(b.btcEarned).toBeCloseTo(3.125 / 6000, 15);
  });

  it('with AI racks: the mining electricity is the miners and auxiliaries alone, with their demand charge', () => {
    const e = parseEconomics({
      btcPrice: '90000 USD',
      electricityPrice: '0.05 USD/kWh',
      demandCharge: { price: '10 USD/kW' },
      poolFee: 0,
      opex: { maintenance: 0 },
      horizonYears: 1,
    });
    const h = hourly(24, {
      auxiliaryPower: new Float64Array(24).fill(0.1e6),
      minerElectricPower: new Float64Array(24).fill(1e6),
    });
    const ai: AiHostingInputs = {
      itPower: new Float64Array(24).fill(5e6),
      heatPumpElectricity: new Float64Array(24).fill(1e6),
      heatPumpHeat: new Float64Array(24),
      itNameplate: 0,
      hostingPriceUsd: 0,
      capexPerPowerUsd: 0,
      heatPumpCapacity: 0,
    };
    const b = btcFigures(e, { ...h, ai }, 365, {
      ...y,
      aiCapex: 0,
      operatorCapex: 0,
      salvage: 0,
      payments: 0,
      operatorOpex: 0,
    });
    // Hand: 1.1 MW × 24 h × 50 USD/MWh = 1320; January peak 1100 kW × 10 × 24/744 = 354.84; × 365.
    const miningElectricity = (1320 + (11000 * 24) / 744) * 365;
    expect(b.cashCostPerBtc).toBeCloseTo(miningElectricity / 10, 6);
    expect(b.costPerBtc).toBeCloseTo(miningElectricity / 10, 6);
  });
});

describe('aiHostingYear', () => {
  const inputs = (over: Partial<AiHostingInputs> = {}): AiHostingInputs => ({
    itPower: Float64Array.from([1e6, 3e6, 1e9]), // the third hour is past `hours`
    heatPumpElectricity: Float64Array.from([0.2e6, 0.4e6, 1e9]),
    heatPumpHeat: Float64Array.from([0.8e6, 1.6e6, 1e9]),
    itNameplate: 4e6,
    hostingPriceUsd: 1e-8,
    capexPerPowerUsd: 10,
    heatPumpCapacity: 2e6,
    ...over,
  });

  it('revenue, capex and energies, annualised, in CAD at the exchange rate', () => {
    const e = parseEconomics({ currency: 'CAD', exchangeRate: 1.5 });
    const a = aiHostingYear(e, inputs(), 2);
    // Hand: 1e-8 USD/(W·s) × 4e6 W × 31 536 000 s = 1 261 440 USD × 1.5; 10 USD/W × 4 MW × 1.5;
    // 0.7 USD/W × 2 MW × 1.5; energies (1 + 3) MWh × 4380 = 17 520 MWh, 0.6 × 4380, 2.4 × 4380.
    expect(a.hostingRevenue).toBeCloseTo(1261440 * 1.5, 4);
    expect(a.aiCapex).toBeCloseTo(6e7, 4);
    expect(a.heatPumpCapex).toBeCloseTo(2.1e6, 4);
    expect(a.itEnergy_MWh).toBeCloseTo(17520, 9);
    expect(a.heatPumpElectricity_MWh).toBeCloseTo(2628, 9);
    expect(a.heatPumpHeat_MWh).toBeCloseTo(10512, 9);
    expect(aiHostingYear(parseEconomics({ exchangeRate: 1.5 }), inputs(), 2).aiCapex).toBeCloseTo(4e7, 4);
  });

  it('refuses a negative or non-finite figure, and non-finite hours, naming them', () => {
    const e = parseEconomics({});
    for (const k of ['itNameplate', 'hostingPriceUsd', 'capexPerPowerUsd', 'heatPumpCapacity'] as const) {
      for (const v of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
        const r = refused(() => aiHostingYear(e, inputs({ [k]: v }), 2));
        expect([r.field, r.value, r.allowed]).toEqual([`ai.${k}`, v, 'a finite value ≥ 0']);
      }
      expect(() => aiHostingYear(e, inputs({ [k]: 0 }), 2)).not.toThrow();
    }
    for (const k of ['itPower', 'heatPumpElectricity', 'heatPumpHeat'] as const) {
      const bad = Float64Array.from([1, Number.NaN, 1]);
      const r = refused(() => aiHostingYear(e, inputs({ [k]: bad }), 2));
      expect([r.field, r.value, r.allowed]).toEqual([
        'ai.itPower',
        'non-finite hourly values',
        'finite W in every hour',
      ]);
    }
  });
});

describe('projectCashFlows', () => {
  const y1: YearOne = {
    revenue: 1000,
    hostingRevenue: 50,
    electricity: 300,
    avoidedPurchase: 200,
    avoidedCarbon: 10,
    payments: 40,
    operatorOpex: 30,
    hostOpex: 5,
    operatorCapex: 2000,
    hostCapex: 100,
    heatRecoveryCapex: 150,
    salvage: 70,
    heatMWh: 9,
    electricBackup: false,
  };
  const econ = (over: Record<string, unknown> = {}): Economics =>
    parseEconomics({
      horizonYears: 3,
      poolFee: '10 %',
      escalation: { hashprice: '-10 %', electricity: '5 %', fuel: '20 %', heatPrice: '3 %', opex: '2 %' },
      heatContract: { type: 'price', price: 20 },
      opex: { maintenance: '4 %' },
      ...over,
    });

  it('a heat price: every line escalated at its own rate, salvage in the last year', () => {
    const f = projectCashFlows(econ(), y1);
    for (let y = 1; y <= 3; y++) {
      const k = y - 1;
      const pay = 40 * 1.03 ** k;
      const avoided = 200 * 1.2 ** k + 10;
      const op = 1000 * 0.9 ** k * 0.9 + 50 - 300 * 1.05 ** k - 30 * 1.02 ** k + pay + (y === 3 ? 70 : 0);
      const ho = avoided - pay - 5 * 1.02 ** k;
      expect(f.operator[y]).toBeCloseTo(op, 9);
      expect(f.host[y]).toBeCloseTo(ho, 9);
      expect(f.project[y]).toBeCloseTo(op + ho, 9);
      expect(f.lcCosts[y]).toBeCloseTo(0.04 * 150 * 1.02 ** k, 12);
    }
    expect([f.operator[0], f.host[0], f.project[0], f.lcCosts[0]]).toEqual([-2000, -100, -2100, 150]);
    expect(f.lcHeat).toEqual([0, 9, 9, 9]);
    expect(f.operator).toHaveLength(4);
  });

  it('an electric backup escalates the avoided purchase with electricity; a share follows the savings', () => {
    const f = projectCashFlows(econ({ heatContract: { type: 'share-of-savings', share: '25 %' } }), {
      ...y1,
      electricBackup: true,
    });
    for (let y = 1; y <= 3; y++) {
      const k = y - 1;
      const avoided = 200 * 1.05 ** k + 10;
      expect(f.host[y]).toBeCloseTo(0.75 * avoided - 5 * 1.02 ** k, 9);
      const op =
        1000 * 0.9 ** k * 0.9 + 50 - 300 * 1.05 ** k - 30 * 1.02 ** k + 0.25 * avoided + (y === 3 ? 70 : 0);
      expect(f.operator[y]).toBeCloseTo(op, 9);
    }
    // Free heat: no payment at all.
    const free = projectCashFlows(econ({ heatContract: { type: 'free' } }), y1);
    expect(free.host[1]).toBeCloseTo(210 - 5, 12);
  });

  it('given factors replace the revenue and electricity escalation', () => {
    const f = projectCashFlows(econ({ heatContract: { type: 'free' } }), y1, {
      revenue: [Number.NaN, 1, 0.5, 0.25],
      electricity: [Number.NaN, 1, 2, 3],
    });
    // Year 2: 1000 × 0.5 × 0.9 + 50 − 300 × 2 − 30 × 1.02 = 450 + 50 − 600 − 30.6 = −130.6.
    expect(f.operator[2]).toBeCloseTo(-130.6, 9);
    // Year 3: 1000 × 0.25 × 0.9 + 50 − 900 − 30 × 1.0404 + 70 = 225 + 50 − 900 − 31.212 + 70 = −586.212.
    expect(f.operator[3]).toBeCloseTo(-586.212, 9);
  });
});

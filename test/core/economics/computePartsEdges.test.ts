/**
 * The parts of a year's economics, each alone (issue 18): the hourly inputs refused with field, value and
 * words; the energy sums and peaks; the host's backup for each fuel; the capex split by basis and owner; the
 * BTC figures; the AI racks' year; the cash-flow projection year by year with its escalations and factors.
 */
import { describe, expect, it } from 'vitest';
import { aiHostingYear, type AiHostingInputs } from '../../../src/core/economics/aiHosting';
import {
  btcFigures,
  capexSplit,
  checkHourly,
  energySums,
  hostBackup,
} from '../../../src/core/economics/computeParts';
import type { HourlyEnergy } from '../../../src/core/economics/computeTypes';
import { projectCashFlows, type YearOne } from '../../../src/core/economics/projection';
import { type Economics, parseEconomics } from '../../../src/core/economics/schema';
import { refused } from '../refused';

function hourly(hours: number, over: Partial<HourlyEnergy> = {}): HourlyEnergy {
  const c = (w: number) => new Float64Array(hours).fill(w);
  return {
    hours,
    minerElectricPower: c(2e6),
    hashrate: c(100e15),
    heatToGreenhouse: c(1e6),
    backupHeat: c(0.3e6),
    backupInput: c(0.3e6 / 0.9),
    auxiliaryPower: c(1e5),
    greenhouseHeatDemand: c(1.3e6),
    backupFuel: 'propane',
    backupEfficiency: 0.9,
    ...over,
  };
}

describe('checkHourly', () => {
  it('hours: a whole number ≥ 1', () => {
    for (const hours of [0, 1.5, Number.NaN, -24]) {
      const e = refused(() => checkHourly({ ...hourly(2), hours }));
      expect([e.field, e.value, e.allowed]).toEqual(['hours', hours, 'a whole number of hours ≥ 1']);
    }
    expect(() => checkHourly(hourly(1))).not.toThrow();
  });

  it('each series: a Float64Array at least `hours` long, named', () => {
    const names = [
      'minerElectricPower',
      'hashrate',
      'heatToGreenhouse',
      'backupHeat',
      'backupInput',
      'auxiliaryPower',
      'greenhouseHeatDemand',
    ] as const;
    for (const n of names) {
      const short = refused(() => checkHourly({ ...hourly(3), [n]: new Float64Array(2) }));
      expect([short.field, short.value, short.allowed]).toEqual([
        n,
        '2 values',
        'a Float64Array of at least 3 hourly values',
      ]);
      const plain = refused(() => checkHourly({ ...hourly(3), [n]: [1, 2, 3] as unknown as Float64Array }));
      expect([plain.field, plain.value]).toEqual([n, [1, 2, 3]]);
      const none = refused(() => checkHourly({ ...hourly(3), [n]: undefined as unknown as Float64Array }));
      expect([none.field, none.value]).toEqual([n, undefined]);
    }
    // Longer than `hours` is fine.
    expect(() => checkHourly({ ...hourly(3), hashrate: new Float64Array(5) })).not.toThrow();
  });

  it('a known backup fuel, and an efficiency in (0, 1.1]', () => {
    const f = refused(() => checkHourly({ ...hourly(2), backupFuel: 'coal' as HourlyEnergy['backupFuel'] }));
    expect([f.field, f.value, f.allowed]).toEqual(['backupFuel', 'coal', 'electric, natural-gas, propane']);
    for (const eta of [0, -0.5, 1.1000001, Number.NaN]) {
      const e = refused(() => checkHourly(hourly(2, { backupEfficiency: eta })));
      expect([e.field, e.value, e.allowed]).toEqual([
        'backupHeater.efficiency',
        eta,
        'between 0 and 1.1 (fraction)',
      ]);
    }
    expect(() => checkHourly(hourly(2, { backupEfficiency: 1.1 }))).not.toThrow();
    expect(() => checkHourly(hourly(2, { backupFuel: 'natural-gas' }))).not.toThrow();
    expect(() => checkHourly(hourly(2, { backupFuel: 'electric' }))).not.toThrow();
  });
});

describe('energySums', () => {
  it('hourly W × 3600 s × f, and the peaks of miner power and hashrate', () => {
    const h = hourly(3, {
      minerElectricPower: Float64Array.from([1e6, 3e6, 2e6]),
      hashrate: Float64Array.from([5, 9, 7, 100]), // the 4th value is past `hours`
    });
    const s = energySums(h, 2);
    // Hand: (1 + 3 + 2) MW × 3600 s × 2 = 4.32e10 J; aux 0.1 MW × 3 h × 3600 × 2 = 2.16e9 J.
    expect(s.minerJ).toBe(6e6 * 7200);
    expect(s.auxJ).toBeCloseTo(3e5 * 7200, 3);
    expect(s.heatJ).toBe(3e6 * 7200);
    expect(s.ghJ).toBeCloseTo(3.9e6 * 7200, 3);
    expect(s.backupHeatJ).toBeCloseTo(0.9e6 * 7200, 3);
    expect(s.backupInJ).toBeCloseTo(1e6 * 7200, 3);
    expect(s.maxP).toBe(3e6);
    expect(s.maxH).toBe(9);
  });

  it('names the series and the first non-finite hour', () => {
    const names = [
      'minerElectricPower',
      'auxiliaryPower',
      'heatToGreenhouse',
      'greenhouseHeatDemand',
      'backupHeat',
      'backupInput',
    ] as const;
    for (const n of names) {
      const h = hourly(4);
      h[n][2] = Number.POSITIVE_INFINITY;
      const e = refused(() => energySums(h, 1));
      expect([e.field, e.value, e.allowed]).toEqual([n, 'hour 2: Infinity', 'finite W in every hour']);
    }
  });
});

describe('hostBackup', () => {
  it('propane: the input the delivered heat avoided, its price and carbon charge, and what remains', () => {
    const e = parseEconomics({ propanePrice: '0.5 USD/L', carbonPrice: '100 USD/t', propaneCo2: '1.5 kg/L' });
    const h = hourly(10);
    const b = hostBackup(e, h, energySums(h, 2), 2);
    // Hand: heat 1 MW × 10 h × 2 = 20 MWh = 7.2e10 J; / 0.9 = 8e10 J = 8e10 / 25.31e6 L = 3160.81 L.
    const litres = 8e10 / 25.31e6;
    expect(b.avoidedInput).toBeCloseTo(8e10, 0);
    expect(b.avoidedPurchase).toBeCloseTo(litres * 0.5, 6);
    expect(b.co2AvoidedKg).toBeCloseTo(litres * 1.5, 6);
    expect(b.avoidedCarbon).toBeCloseTo(litres * 1.5 * 0.1, 6);
    expect(b.avoided).toBeCloseTo(litres * (0.5 + 0.15), 6);
    // Remaining: the backup drew 0.3/0.9 MW × 10 h × 2 = 6.667 MWh = 2.4e10 J.
    const rest = 2.4e10 / 25.31e6;
    expect(b.remainingPurchase).toBeCloseTo(rest * 0.5, 6);
    expect(b.remainingCo2Kg).toBeCloseTo(rest * 1.5, 6);
    expect(b.remainingCarbon).toBeCloseTo(rest * 1.5 * 0.1, 6);
  });

  it('natural gas is priced per m³ of gas', () => {
    const e = parseEconomics({ naturalGasPrice: '10 USD/GJ' });
    const h = hourly(10, { backupFuel: 'natural-gas' });
    const b = hostBackup(e, h, energySums(h, 1), 1);
    // Hand: 36 GJ of heat / 0.9 = 40 GJ × 10 USD/GJ = 400 USD; the backup's 12 GJ → 120 USD.
    expect(b.avoidedPurchase).toBeCloseTo(400, 9);
    expect(b.remainingPurchase).toBeCloseTo(120, 9);
    expect(b.avoidedCarbon).toBe(0); // default carbon price 0
  });

  it('electric: both through the backup tariff hour by hour, no carbon charge whatever its price', () => {
    const e = parseEconomics({
      electricityPrice: '0.2 USD/kWh',
      backupElectricityPrice: [0.1, 0.3],
      carbonPrice: '100 USD/t',
      gridCo2: '0.5 kg/kWh',
    });
    const h = hourly(2, {
      backupFuel: 'electric',
      backupEfficiency: 0.8,
      heatToGreenhouse: Float64Array.from([1e6, 2e6]),
      backupInput: Float64Array.from([0.5e6, 0]),
    });
    const b = hostBackup(e, h, energySums(h, 3), 3);
    // Hand: heat 1000 kWh × 0.1 + 2000 kWh × 0.3 = 700 USD, / 0.8 = 875, × 3 = 2625.
    expect(b.avoidedPurchase).toBeCloseTo(2625, 9);
    // The backup drew 500 kWh in hour 0 at 0.1 → 50 USD × 3 = 150.
    expect(b.remainingPurchase).toBeCloseTo(150, 9);
    expect(b.avoidedCarbon).toBe(0);
    expect(b.remainingCarbon).toBe(0);
    // CO₂: 3000 kWh × 3 / 0.8 = 11 250 kWh × 0.5 kg/kWh = 5625 kg.
    expect(b.co2AvoidedKg).toBeCloseTo(5625, 6);
    expect(b.remainingCo2Kg).toBeCloseTo(500 * 3 * 0.5, 6);
    expect(b.avoided).toBeCloseTo(2625, 9);
  });
});

describe('capexSplit', () => {
  const lines = {
    miners: { perUnit: '1000 USD' },
    containers: '0.5 USD/W',
    plateExchanger: '30000 USD',
    piping: '20000 USD',
    dryCooler: '10 USD/TH',
    pumps: '7000 USD',
    installation: '5000 USD',
    other: '1000 USD',
  };

  it('each basis on the nameplate or the miner count; heat-recovery lines to their owner', () => {
    const e = parseEconomics({ capex: lines });
    const s = capexSplit(e, hourly(1, { minerCount: 10 }), 4e6, 2e17);
    // Hand: 10 × 1000; 0.5 × 4 MW = 2 000 000; 10 USD/TH × 200 000 TH/s = 2 000 000.
    expect(s.capexLines).toEqual({
      miners: 10000,
      containers: 2e6,
      plateExchanger: 30000,
      piping: 20000,
      dryCooler: expect.closeTo(2e6, 6),
      pumps: 7000,
      installation: 5000,
      other: 1000,
    });
    expect(s.heatRecoveryCapex).toBe(55000);
    expect(s.hostCapex).toBe(0);
    expect(s.operatorCapex).toBeCloseTo(10000 + 2e6 + 55000 + 2e6 + 7000 + 1000, 4);
    const host = capexSplit(
      parseEconomics({ capex: { ...lines, heatRecoveryOwner: 'host' } }),
      hourly(1, { minerCount: 10 }),
      4e6,
      2e17,
    );
    expect(host.hostCapex).toBe(55000);
    expect(host.heatRecoveryCapex).toBe(55000);
    expect(host.operatorCapex).toBeCloseTo(10000 + 2e6 + 2e6 + 7000 + 1000, 4);
    // No miners: a per-unit line costs nothing.
    expect(capexSplit(e, hourly(1, { minerCount: 0 }), 4e6, 2e17).capexLines.miners).toBe(0);
  });

  it('a per-unit line without a usable miner count is refused, naming the line', () => {
    const e = parseEconomics({ capex: lines });
    for (const minerCount of [undefined, -1, Number.NaN]) {
      const r = refused(() => capexSplit(e, hourly(1, { minerCount }), 1, 1));
      expect([r.field, r.value, r.allowed]).toEqual([
        'economics.capex.miners',
        { perUnit: 1000 },
        'a per-unit cost needs the miner count (miners.count)',
      ]);
    }
  });
});

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

import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { computeEconomics } from '../../../src/core/economics/compute';
import { InputError } from '../../../src/core/errors';
import { BASE, econ, year } from './pilotYear';

// Hand calculation of the base case, year 1:
const REVENUE = 172.8 * 38 * 365; // PH/s × USD/PH/day × days = 2 396 736 USD
const POOL = 0.02 * REVENUE; // 47 934.72
const ELECTRICITY = 3.05 * 8760 * 35; // (3 + 0.05) MW × 8760 h × 35 USD/MWh = 935 130 USD
const AVOIDED = (8760 / 0.99) * 35; // 8760 MWh of heat / 0.99 × 35 USD/MWh = 309 696.97 USD
const CAPEX = 1_600_000;
const OPEX = 0.02 * CAPEX; // 32 000
const OPERATOR_NET = REVENUE - POOL - ELECTRICITY - OPEX; // 1 381 671.28
const ANNUITY_3Y_10 = 1 / 1.1 + 1 / 1.21 + 1 / 1.331; // 2.4868520

describe('computeEconomics: the base case by hand', () => {
  // Built per test (not at collection), so that mutation testing sees which test covers what.
  let r: ReturnType<typeof computeEconomics>;
  let k: ReturnType<typeof computeEconomics>['kpis'];
  beforeEach(() => {
    r = computeEconomics(econ(), year());
    k = r.kpis;
  });

  it('annual money flows', () => {
    expect(k.currency).toBe('USD');
    expect(k.miningRevenue).toBeCloseTo(REVENUE, 4);
    expect(k.poolFees).toBeCloseTo(POOL, 6);
    expect(k.electricityCost).toBeCloseTo(ELECTRICITY, 4);
    expect(k.backupFuelCostAvoided).toBeCloseTo(AVOIDED, 4);
    expect(k.heatPayments).toBe(0);
    expect(k.operatorNetBenefit).toBeCloseTo(OPERATOR_NET, 4);
    expect(k.hostNetBenefit).toBeCloseTo(AVOIDED, 4);
    expect(k.capex).toBe(CAPEX);
    expect(k.hashprice_perPHday).toBeCloseTo(38, 10);
  });

  it('CO₂ avoided: 8760 MWh / 0.99 × 0.002 kg/kWh (default grid factor)', () => {
    // Hand: 8 848 485 kWh × 0.002 kg/kWh = 17 697 kg = 17.697 t.
    expect(k.co2Avoided_t).toBeCloseTo(((8760e3 / 0.99) * 0.002) / 1000, 9);
    // Miners + auxiliaries: 26 718 MWh × 2 kg/MWh = 53.436 t.
    expect(r.breakdown.miningCo2_t).toBeCloseTo(53.436, 6);
  });

  it('cash flows, NPV, IRR and payback', () => {
    expect(r.cashFlows.operator[0]).toBe(-CAPEX);
    expect(r.cashFlows.host[0]).toBe(0);
    expect(r.cashFlows.operator[3]).toBeCloseTo(OPERATOR_NET, 4);
    // Project NPV: −1.6 M + (operator + host) × annuity factor (3 years, 10 %).
    expect(k.npv).toBeCloseTo(-CAPEX + (OPERATOR_NET + AVOIDED) * ANNUITY_3Y_10, 3);
    expect(k.operatorNpv).toBeCloseTo(-CAPEX + OPERATOR_NET * ANNUITY_3Y_10, 3);
    expect(k.hostNpv).toBeCloseTo(AVOIDED * ANNUITY_3Y_10, 3);
    // Payback: −1 600 000 + 1 381 671.28 leaves 218 328.72 after year 1 → 1 + 218 328.72 / 1 381 671.28.
    expect(k.operatorPaybackYears).toBeCloseTo(1 + (CAPEX - OPERATOR_NET) / OPERATOR_NET, 9);
    // The host invests nothing: no IRR (no sign change), paid back at once.
    expect(k.hostIrr).toBeNull();
    expect(k.hostPaybackYears).toBe(0);
    // Operator IRR: the rate at which −1.6 M + 1 381 671.28 × (1 − (1 + r)^−3)/r = 0 (written out here; the
    // annuity factor is 1.158 → r ≈ 68 %).
    const r0 = k.operatorIrr as number;
    expect(r0).toBeGreaterThan(0.6);
    expect(r0).toBeLessThan(0.75);
    expect(Math.abs(-CAPEX + (OPERATOR_NET * (1 - (1 + r0) ** -3)) / r0)).toBeLessThan(1e-3);
  });

  it('levelized cost of heat: heat-recovery capex and its maintenance per MWh delivered', () => {
    // Hand: (100 000 + 2 % × 100 000 × 2.486852) / (8760 MWh × 2.486852) = 104 973.70 / 21 784.82 = 4.8187.
    expect(k.levelizedCostOfHeat_perMWh).toBeCloseTo(
      (100000 + 2000 * ANNUITY_3Y_10) / (8760 * ANNUITY_3Y_10),
      9,
    );
    expect(k.levelizedCostOfHeat_perMWh).toBeCloseTo(4.8187, 4);
    // The backup's cost: 35 USD/MWh / 0.99 = 35.354 USD per MWh of heat.
    expect(k.backupCostOfHeat_perMWh).toBeCloseTo(35 / 0.99, 9);
  });

  it('cost per BTC needs a BTC price in hashprice mode', () => {
    expect(k.costPerBtc).toBeNull();
    // Hand: 2 396 736 USD / 90 000 USD/BTC = 26.6304 BTC; × 0.98 = 26.0978 BTC earned.
    const b = computeEconomics(econ({ btcPrice: '90000 USD' }), year()).kpis;
    expect(b.btcEarned).toBeCloseTo((REVENUE / 90000) * 0.98, 9);
    expect(b.cashCostPerBtc).toBeCloseTo(ELECTRICITY / ((REVENUE / 90000) * 0.98), 6);
  });
});

describe('heat contract: both parties separately', () => {
  it('share of savings splits the avoided cost; the project is unchanged', () => {
    const free = computeEconomics(econ(), year()).kpis;
    const s = computeEconomics(
      econ({ heatContract: { type: 'share-of-savings', share: '40 %' } }),
      year(),
    ).kpis;
    // Hand: the host pays 40 % of 309 696.97 = 123 878.79 and keeps 60 % = 185 818.18.
    expect(s.heatPayments).toBeCloseTo(0.4 * AVOIDED, 6);
    expect(s.hostNetBenefit).toBeCloseTo(0.6 * AVOIDED, 6);
    expect(s.operatorNetBenefit).toBeCloseTo(OPERATOR_NET + 0.4 * AVOIDED, 4);
    expect(s.npv).toBeCloseTo(free.npv, 4);
  });

  it('a price per MWh: 20 USD/MWh × 8760 MWh = 175 200 USD', () => {
    const p = computeEconomics(econ({ heatContract: { type: 'price', price: '20 USD/MWh' } }), year()).kpis;
    expect(p.heatPayments).toBeCloseTo(175200, 6);
    expect(p.hostNetBenefit).toBeCloseTo(AVOIDED - 175200, 6);
    expect(p.operatorNetBenefit).toBeCloseTo(OPERATOR_NET + 175200, 4);
  });

  it('property: for any share, payments move money between the parties and nothing else', () => {
    const h = year(168);
    const ref = computeEconomics(econ(), h);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        const r = computeEconomics(econ({ heatContract: { type: 'share-of-savings', share } }), h);
        expect(r.kpis.heatPayments).toBeCloseTo(share * ref.kpis.backupFuelCostAvoided, 4);
        expect(r.kpis.hostNetBenefit + r.kpis.operatorNetBenefit).toBeCloseTo(
          ref.kpis.hostNetBenefit + ref.kpis.operatorNetBenefit,
          4,
        );
        expect(r.kpis.npv).toBeCloseTo(ref.kpis.npv, 3);
      }),
      { numRuns: 50 },
    );
  });

  it('heat-recovery equipment paid by the host', () => {
    const r = computeEconomics(econ({ capex: { ...BASE.capex, heatRecoveryOwner: 'host' } }), year());
    // Hand: plate exchanger 60 000 + piping 40 000 = 100 000 host capex, 2 % = 2 000 per year of maintenance.
    expect(r.cashFlows.host[0]).toBe(-100000);
    expect(r.kpis.hostNetBenefit).toBeCloseTo(AVOIDED - 2000, 4);
    expect(r.cashFlows.operator[0]).toBe(-1_500_000);
    // Host payback: 100 000 / 307 696.97 = 0.325 years.
    expect(r.kpis.hostPaybackYears).toBeCloseTo(100000 / (AVOIDED - 2000), 9);
  });
});

describe('backup fuels', () => {
  it('natural gas in a CAD scenario with a carbon price ([facts] 26.853 m³/GJ, 1.966 kg/m³)', () => {
    const e = econ({ currency: 'CAD', naturalGasPrice: '0.30 CAD/m^3', carbonPrice: '80 CAD/t' });
    const r = computeEconomics(e, year(8760, { backupFuel: 'natural-gas', backupEfficiency: 0.9 }));
    // Hand: 8760 MWh / 0.9 = 9733.33 MWh = 35 040 GJ × 26.853 m³/GJ = 940 929.12 m³;
    // gas 940 929.12 × 0.30 = 282 278.74 CAD; CO₂ 940 929.12 × 1.966 = 1 849 866.65 kg;
    // carbon charge 1849.87 t × 80 = 147 989.33 CAD.
    const m3 = 35040 * 26.853;
    expect(r.breakdown.avoidedFuelPurchase).toBeCloseTo(m3 * 0.3, 4);
    expect(r.kpis.co2Avoided_t).toBeCloseTo((m3 * 1.966) / 1000, 6);
    expect(r.breakdown.avoidedCarbonCharge).toBeCloseTo(((m3 * 1.966) / 1000) * 80, 4);
    expect(r.kpis.backupFuelCostAvoided).toBeCloseTo(m3 * 0.3 + ((m3 * 1.966) / 1000) * 80, 4);
    // The USD inputs of BASE were converted: 0.035 USD/kWh × 1.38 = 0.0483 CAD/kWh.
    expect(r.kpis.electricityCost).toBeCloseTo(ELECTRICITY * 1.38, 3);
  });

  it('electric backup uses the backup tariff hour by hour (time-of-use)', () => {
    const e = econ({
      backupElectricityPrice: {
        peak: '0.10 USD/kWh',
        offPeak: '0.05 USD/kWh',
        peakHours: [7, 19],
        firstWeekday: 'mon',
      },
    });
    const r = computeEconomics(e, year(168));
    // Hand (see tariff.test): 1 MW for a Monday-start week costs 11 400 USD; / 0.99; × 8760/168 to a year.
    expect(r.kpis.backupFuelCostAvoided).toBeCloseTo((11400 / 0.99) * (8760 / 168), 4);
  });
});

describe('capex bases, escalation, network revenue', () => {
  it('per MW of nameplate, per TH/s, per unit', () => {
    const e = econ({
      capex: {
        ...BASE.capex,
        miners: '15 USD/TH',
        containers: '700000 USD/MW',
        other: { perUnit: '100 USD' },
      },
    });
    const r = computeEconomics(e, year(8760, { minerCount: 360 }));
    // Hand: 172.8 PH/s = 172 800 TH/s × 15 = 2 592 000; 3 MW × 700 000 = 2 100 000; 360 × 100 = 36 000.
    expect(r.breakdown.capexLines.miners).toBeCloseTo(2_592_000, 3);
    expect(r.breakdown.capexLines.containers).toBeCloseTo(2_100_000, 3);
    expect(r.breakdown.capexLines.other).toBe(36000);
    expect(() => computeEconomics(e, year())).toThrow(/economics\.capex\.other .*miner count/);
  });

  it('escalation of the hashprice and salvage in the final year', () => {
    const r = computeEconomics(econ({ escalation: { hashprice: '-20 %' }, minerSalvage: '30 %' }), year());
    // Hand: year 2 revenue = 2 396 736 × 0.8; year 3 = × 0.64, plus salvage 30 % × 1 000 000.
    const net = (f: number) => REVENUE * f * 0.98 - ELECTRICITY - OPEX;
    expect(r.cashFlows.operator[1]).toBeCloseTo(net(1), 4);
    expect(r.cashFlows.operator[2]).toBeCloseTo(net(0.8), 4);
    expect(r.cashFlows.operator[3]).toBeCloseTo(net(0.64) + 300000, 4);
  });

  it('BTC earned and cost per BTC from network figures', () => {
    const e = econ({
      hashprice: undefined,
      network: { btcPrice: '90000 USD', networkHashrate: '1 ZH/s', feesPerBlock: 0.025 },
    });
    const k = computeEconomics(e, year()).kpis;
    // Hand: share of network 172.8e15 / 1e21 = 1.728e-4; 52 560 blocks/year × 3.15 BTC = 165 564 BTC;
    // × 1.728e-4 = 28.6095 BTC mined; after the 2 % pool fee 28.0373 BTC.
    const btc = 1.728e-4 * 52560 * 3.15 * 0.98;
    expect(k.btcEarned).toBeCloseTo(btc, 9);
    // Revenue = 28.6095 BTC × 90 000 = 2 574 850.3 USD (= 40.824 USD/PH/day × 172.8 × 365).
    expect(k.miningRevenue).toBeCloseTo(40.824 * 172.8 * 365, 3);
    // All-in: (935 130 + 32 000 + 1 600 000 / 3 − 0) / 28.0373 = 53 517 USD/BTC.
    expect(k.costPerBtc).toBeCloseTo((ELECTRICITY + OPEX + CAPEX / 3) / btc, 4);
  });

  it('a shorter run is annualised (8760 / hours)', () => {
    const a = computeEconomics(econ(), year(168)).kpis;
    expect(a.miningRevenue).toBeCloseTo(REVENUE, 4);
    expect(a.electricityCost).toBeCloseTo(ELECTRICITY, 4);
    expect(a.npv).toBeCloseTo(computeEconomics(econ(), year()).kpis.npv, 2);
  });

  it('demand charge over a year', () => {
    const r = computeEconomics(econ({ demandCharge: { price: '10 USD/kW' } }), year());
    // Hand: 12 months × 3050 kW × 10 = 366 000 USD.
    expect(r.kpis.demandCharges).toBeCloseTo(366000, 6);
    expect(r.kpis.electricityCost).toBeCloseTo(ELECTRICITY + 366000, 4);
  });
});

describe('input checks', () => {
  it('series shorter than hours, non-finite values, bad efficiency', () => {
    const e = econ();
    expect(() => computeEconomics(e, { ...year(24), hours: 48 })).toThrow(InputError);
    expect(() => computeEconomics(e, { ...year(24), hours: 48 })).toThrow(/at least 48 hourly values/);
    const bad = year(24);
    bad.heatToGreenhouse[5] = Number.NaN;
    expect(() => computeEconomics(e, bad)).toThrow(/heatToGreenhouse = "hour 5: NaN"/);
    expect(() => computeEconomics(e, year(24, { backupEfficiency: 0 }))).toThrow(
      /backupHeater\.efficiency = 0/,
    );
  });

  it('accepts the raw economics section and parses it', () => {
    expect(computeEconomics(BASE, year(24)).kpis.miningRevenue).toBeCloseTo(REVENUE, 4);
    expect(() => computeEconomics({ poolFee: 2 }, year(24))).toThrow(/economics\.poolFee = 2/);
  });
});

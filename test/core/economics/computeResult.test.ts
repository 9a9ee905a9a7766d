/**
 * Every figure computeEconomics returns, by hand (issue 18): the breakdown, the year-1 figures, each party's
 * result and payback sentence, a project that loses money, fixed opex, salvage as an amount, nameplates given,
 * no heat delivered, the raw section and its guard. Fixtures are built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { computeEconomics } from '../../../src/core/economics/compute';
import { refused } from '../refused';
import { BASE, econ, year } from './pilotYear';

// Hand calculation of the base case, year 1 (as compute.test.ts):
const REVENUE = 172.8 * 38 * 365; // 2 396 736 USD
const POOL = 0.02 * REVENUE;
const ELECTRICITY = 3.05 * 8760 * 35; // 935 130 USD
const AVOIDED = (8760 / 0.99) * 35; // 309 696.97 USD
const CAPEX = 1_600_000;
const OPEX = 0.02 * CAPEX;
const OPERATOR_NET = REVENUE - POOL - ELECTRICITY - OPEX;

describe('the base case, every output', () => {
  it('breakdown: energies, peaks, backup, capex and opex by party', () => {
    const b = computeEconomics(econ(), year()).breakdown;
    expect(b.annualisation).toBe(1);
    expect(b.minerEnergy_MWh).toBeCloseTo(3 * 8760, 9);
    expect(b.auxiliaryEnergy_MWh).toBeCloseTo(0.05 * 8760, 9);
    expect(b.electricityEnergyCost).toBeCloseTo(ELECTRICITY, 4);
    expect(b.monthlyPeak_kW).toEqual(new Array(12).fill(3050));
    expect(b.heatDelivered_MWh).toBeCloseTo(8760, 9);
    expect(b.greenhouseHeat_MWh).toBeCloseTo(1.5 * 8760, 9);
    expect(b.backupHeat_MWh).toBeCloseTo(0.5 * 8760, 9);
    expect(b.avoidedBackupInput_MWh).toBeCloseTo(8760 / 0.99, 9);
    expect(b.avoidedFuelPurchase).toBeCloseTo(AVOIDED, 4);
    expect(b.avoidedCarbonCharge).toBe(0);
    // The backup still drew 0.5/0.99 MW all year: 4424.24 MWh × 35 USD/MWh; × 2 kg/MWh of grid CO₂.
    expect(b.remainingBackupCost).toBeCloseTo(((0.5 * 8760) / 0.99) * 35, 4);
    expect(b.remainingBackupCo2_t).toBeCloseTo((((0.5 * 8760) / 0.99) * 2) / 1000, 9);
    expect(b.capexLines).toEqual({
      miners: 1e6,
      containers: 5e5,
      plateExchanger: 6e4,
      piping: 4e4,
      installation: 0,
      dryCooler: 0,
      pumps: 0,
      other: 0,
    });
    expect([b.operatorCapex, b.hostCapex, b.heatRecoveryCapex]).toEqual([CAPEX, 0, 100000]);
    expect(b.operatorOpex).toBeCloseTo(OPEX, 9);
    expect(b.hostOpex).toBe(0);
    expect(b.minerSalvage).toBe(0);
    expect(b.btcMined).toBeNull();
    expect([b.aiCapex, b.heatPumpCapex, b.aiItEnergy_MWh, b.heatPumpElectricity_MWh]).toEqual([0, 0, 0, 0]);
  });

  it('year-1 figures the cash flows are projected from', () => {
    const y = computeEconomics(econ(), year()).yearOne;
    expect(y.revenue).toBeCloseTo(REVENUE, 4);
    expect(y.electricity).toBeCloseTo(ELECTRICITY, 4);
    expect(y.avoidedPurchase).toBeCloseTo(AVOIDED, 4);
    expect(y.operatorOpex).toBeCloseTo(OPEX, 9);
    expect(y).toMatchObject({
      hostingRevenue: 0,
      avoidedCarbon: 0,
      payments: 0,
      hostOpex: 0,
      operatorCapex: CAPEX,
      hostCapex: 0,
      heatRecoveryCapex: 100000,
      salvage: 0,
      electricBackup: true,
    });
    expect(y.heatMWh).toBeCloseTo(8760, 9);
    const gas = computeEconomics(econ(), year(24, { backupFuel: 'natural-gas' })).yearOne;
    expect(gas.electricBackup).toBe(false);
  });

  it('each party: capex, year-1 net, cash flows, NPV, IRR, payback and its sentence', () => {
    const r = computeEconomics(econ(), year());
    const X = OPERATOR_NET + AVOIDED;
    const { project, operator, host } = r.parties;
    expect(project.capex).toBe(CAPEX);
    expect(project.annualNet).toBeCloseTo(X, 4);
    expect(project.cashFlows).toEqual([
      -CAPEX,
      expect.closeTo(X, 4),
      expect.closeTo(X, 4),
      expect.closeTo(X, 4),
    ]);
    expect(r.cashFlows.project).toEqual(project.cashFlows);
    expect(r.kpis.npv).toBe(project.npv);
    // The project's IRR solves −C + X (1 − (1 + r)⁻³)/r = 0.
    const irr = r.kpis.irr as number;
    expect(Math.abs(-CAPEX + (X * (1 - (1 + irr) ** -3)) / irr)).toBeLessThan(1e-3);
    expect(r.kpis.paybackYears).toBeCloseTo(CAPEX / X, 12);
    expect(operator.capex).toBe(CAPEX);
    expect(operator.annualNet).toBeCloseTo(OPERATOR_NET, 4);
    expect(host.capex).toBe(0);
    expect(host.annualNet).toBeCloseTo(AVOIDED, 4);
    expect(host.irr).toBeNull();
    // 1.6 M / 1.691 M = 0.95 years; operator 1 + 218 328.72 / 1 381 671.28 = 1.16 years.
    expect(r.payback).toEqual({
      project: 'pays back in 0.9 years, within the 3-year term',
      operator: 'pays back in 1.2 years, within the 3-year term',
      host: 'pays back at once (no capital outlay)',
    });
    expect(r.currency).toBe('USD');
    expect(r.kpis.hostingRevenue).toBe(0);
    expect(r.kpis.demandCharges).toBe(0);
    expect(r.kpis.btcEarned).toBeNull();
    expect(r.kpis.cashCostPerBtc).toBeNull();
  });
});

describe('other cases', () => {
  it('a project that loses money: no IRR, no payback, and the sentence says why', () => {
    // At 0.5 USD/kWh: electricity 3.05 MW × 8760 h × 500 = 13 359 000 USD > revenue.
    const r = computeEconomics(econ({ electricityPrice: '0.5 USD/kWh' }), year());
    const opNet = REVENUE - POOL - 3.05 * 8760 * 500 - OPEX; // −11 042 198.72
    expect(r.kpis.operatorNetBenefit).toBeCloseTo(opNet, 3);
    expect(r.kpis.operatorIrr).toBeNull();
    expect(r.kpis.operatorPaybackYears).toBeNull();
    // The host avoids 8760/0.99 MWh × 500 = 4 424 242.42 USD, the project is still a loss.
    const prNet = opNet + (8760 / 0.99) * 500;
    expect(r.kpis.irr).toBeNull();
    expect(r.kpis.paybackYears).toBeNull();
    expect(r.payback.operator).toBe(
      'no payback within the 3-year term: net benefit \u221211 M/yr against 1.6 M of capex, so it never pays back',
    );
    expect(r.payback.project).toBe(
      `no payback within the 3-year term: net benefit \u2212${Number((-prNet / 1e6).toPrecision(3))} M/yr against 1.6 M of capex, so it never pays back`,
    );
    expect(r.kpis.hostPaybackYears).toBe(0);
  });

  it('fixed opex of each party, and heat-recovery lines paid by the host', () => {
    const r = computeEconomics(
      econ({
        opex: { maintenance: '2 %', operatorFixed: '10000 USD/year', hostFixed: '3000 USD/year' },
        capex: { ...BASE.capex, heatRecoveryOwner: 'host' },
      }),
      year(),
    );
    // Operator: 2 % × 1 500 000 + 10 000 = 40 000; host: 2 % × 100 000 + 3 000 = 5 000.
    expect(r.breakdown.operatorOpex).toBeCloseTo(40000, 9);
    expect(r.breakdown.hostOpex).toBeCloseTo(5000, 9);
    expect(r.kpis.hostNetBenefit).toBeCloseTo(AVOIDED - 5000, 4);
    expect(r.kpis.operatorNetBenefit).toBeCloseTo(REVENUE - POOL - ELECTRICITY - 40000, 4);
    expect(r.parties.host.capex).toBe(100000);
    expect(r.kpis.capex).toBe(CAPEX);
  });

  it('salvage as an amount goes to the operator in the last year', () => {
    const r = computeEconomics(econ({ minerSalvage: '250000 USD' }), year());
    expect(r.breakdown.minerSalvage).toBe(250000);
    expect(r.cashFlows.operator[3]! - r.cashFlows.operator[2]!).toBeCloseTo(250000, 4);
  });

  it('nameplates given override the highest hourly power and hashrate', () => {
    const e = econ({ capex: { ...BASE.capex, containers: '0.5 USD/W', miners: '10 USD/TH' } });
    const r = computeEconomics(e, year(24, { nameplatePower: 4e6, nameplateHashrate: 2e17 }));
    // Hand: 0.5 × 4 MW = 2 000 000; 10 USD/TH × 200 000 TH/s = 2 000 000.
    expect(r.breakdown.capexLines.containers).toBeCloseTo(2e6, 6);
    expect(r.breakdown.capexLines.miners).toBeCloseTo(2e6, 6);
    // Without: the highest hour, 3 MW and 172.8 PH/s.
    const d = computeEconomics(e, year(24)).breakdown.capexLines;
    expect(d.containers).toBeCloseTo(1.5e6, 6);
    expect(d.miners).toBeCloseTo(1.728e6, 6);
  });

  it('no heat delivered: no levelized or backup cost of heat', () => {
    const z = new Float64Array(24);
    const r = computeEconomics(econ(), year(24, { heatToGreenhouse: z }));
    expect(r.kpis.levelizedCostOfHeat_perMWh).toBeNull();
    expect(r.kpis.backupCostOfHeat_perMWh).toBeNull();
    expect(r.kpis.backupFuelCostAvoided).toBe(0);
  });

  it('a propane backup with a carbon price: what it still costs is fuel plus carbon', () => {
    const e = econ({ propanePrice: '0.5 USD/L', carbonPrice: '50 USD/t', propaneCo2: '1.5 kg/L' });
    const r = computeEconomics(e, year(24, { backupFuel: 'propane' }));
    // Hand: the backup drew 0.5/0.99 MW × 8760 h = 4424.24 MWh = 1.5927e13 J = 629 288 L of propane
    // (25.31 MJ/L); × (0.5 USD/L + 1.5 kg/L × 0.05 USD/kg) = 0.575 USD/L.
    const litres = ((0.5e6 / 0.99) * 8760 * 3600) / 25.31e6;
    expect(r.breakdown.remainingBackupCost).toBeCloseTo(litres * 0.575, 4);
    expect(r.breakdown.remainingBackupCo2_t).toBeCloseTo((litres * 1.5) / 1000, 9);
    // Avoided: 8760 MWh of heat / 0.99 in litres, at the same 0.575 USD/L.
    const avoided = ((8760 * 3.6e9) / 0.99 / 25.31e6) * 0.575;
    expect(r.kpis.backupFuelCostAvoided).toBeCloseTo(avoided, 4);
    expect(r.yearOne.avoidedCarbon).toBeCloseTo(((8760 * 3.6e9) / 0.99 / 25.31e6) * 0.075, 4);
  });

  it('a week is annualised; the demand charge by month, prorated', () => {
    const r = computeEconomics(econ({ demandCharge: { price: '10 USD/kW' } }), year(168));
    expect(r.breakdown.annualisation).toBeCloseTo(8760 / 168, 12);
    // January billed 168/744 of 3050 kW × 10 USD, × 8760/168 to a year = 30 500 × 8760 / 744.
    expect(r.kpis.demandCharges).toBeCloseTo((30500 * 8760) / 744, 4);
    expect(r.breakdown.monthlyPeak_kW).toEqual([3050, ...new Array(11).fill(0)]);
    expect(r.breakdown.electricityEnergyCost).toBeCloseTo(ELECTRICITY, 4);
  });

  it('network figures: BTC mined before the pool fee, and the hashprice they give', () => {
    const r = computeEconomics(
      econ({
        hashprice: undefined,
        network: { btcPrice: '90000 USD', networkHashrate: '1 ZH/s', feesPerBlock: 0.025 },
      }),
      year(),
    );
    // Hand: 1.728e-4 of the network × 52 560 blocks × 3.15 BTC = 28.6095 BTC; 144 × 3.15 × 90 000 / 1e6.
    expect(r.breakdown.btcMined).toBeCloseTo(1.728e-4 * 52560 * 3.15, 9);
    expect(r.kpis.hashprice_perPHday).toBeCloseTo(40.824, 9);
  });

  it('network figures on a week: the BTC mined is annualised like the revenue', () => {
    const e = econ({
      hashprice: undefined,
      network: { btcPrice: '90000 USD', networkHashrate: '1 ZH/s', feesPerBlock: 0.025 },
    });
    // Hand: as for the year, 1.728e-4 × 52 560 blocks × 3.15 BTC = 28.6095 BTC per year, from 168 h × 8760/168.
    expect(computeEconomics(e, year(168)).breakdown.btcMined).toBeCloseTo(1.728e-4 * 52560 * 3.15, 9);
  });

  it('AI racks in the breakdown', () => {
    const ai = {
      itPower: new Float64Array(24).fill(1e6),
      heatPumpElectricity: new Float64Array(24).fill(0.25e6),
      heatPumpHeat: new Float64Array(24).fill(1e6),
      itNameplate: 1e6,
      hostingPriceUsd: 0,
      capexPerPowerUsd: 20,
      heatPumpCapacity: 1e6,
    };
    const r = computeEconomics(econ(), year(24, { ai }));
    expect(r.breakdown.aiCapex).toBeCloseTo(2e7, 6);
    expect(r.breakdown.heatPumpCapex).toBeCloseTo(0.7e6, 6);
    expect(r.breakdown.aiItEnergy_MWh).toBeCloseTo(8760, 9);
    expect(r.breakdown.heatPumpElectricity_MWh).toBeCloseTo(0.25 * 8760, 9);
    // The operator's capex and maintenance include them: 1.6 M + 20 M + 0.7 M.
    expect(r.kpis.capex).toBeCloseTo(22.3e6, 4);
    expect(r.breakdown.operatorOpex).toBeCloseTo(0.02 * 22.3e6, 4);
  });
});

describe('the economics argument', () => {
  it('undefined or null: the defaults (38 USD/PH/day)', () => {
    expect(computeEconomics(undefined, year(24)).kpis.hashprice_perPHday).toBeCloseTo(38, 10);
    expect(computeEconomics(null, year(24)).kpis.hashprice_perPHday).toBeCloseTo(38, 10);
  });

  it('a raw section is parsed even when it has some keys of the parsed form', () => {
    for (const raw of [
      { mining: 1, capex: {} },
      { mining: 1, electricity: 1 },
      { electricity: 1, capex: {} },
    ]) {
      const e = refused(() => computeEconomics(raw, year(24)));
      expect(e.field).toBe('economics');
      expect(e.allowed).toMatch(/Unrecognized key/);
    }
  });
});

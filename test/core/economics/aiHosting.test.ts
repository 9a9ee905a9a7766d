import { beforeEach, describe, expect, it } from 'vitest';
import { computeEconomics, type HourlyEnergy } from '../../../src/core/economics/compute';
import { parseEconomics } from '../../../src/core/economics/schema';
import { type RiskYear, runRisk } from '../../../src/core/risk/monteCarlo';

const H = 8760;
const c = (w: number) => new Float64Array(H).fill(w);
const MONTH = (365.25 / 12) * 86400;
const PRICE = 149 / 1e3 / MONTH; // 149 USD per kW-month in USD/(W·s)

// 1.5 MW of miners and 11 racks × 132 kW = 1.452 MW of AI IT at 80 %; heat pump 1 MW of heat at COP 4.
function year(): HourlyEnergy {
  return {
    hours: H,
    minerElectricPower: c(1.5e6),
    hashrate: c(86.4e15),
    heatToGreenhouse: c(1e6),
    backupHeat: c(0),
    backupInput: c(0),
    auxiliaryPower: c(0),
    greenhouseHeatDemand: c(1e6),
    backupFuel: 'electric',
    backupEfficiency: 0.99,
    ai: {
      itPower: c(0.8 * 1.452e6),
      heatPumpElectricity: c(0.25e6),
      heatPumpHeat: c(1e6),
      itNameplate: 1.452e6,
      hostingPriceUsd: PRICE,
      capexPerPowerUsd: 20,
      heatPumpCapacity: 1e6,
    },
  };
}
const econ = (risk: Record<string, unknown> = {}) =>
  parseEconomics({
    hashprice: '38 USD/PH/day',
    electricityPrice: '0.035 USD/kWh',
    capex: { miners: 0, containers: 0, plateExchanger: 0, piping: 0, installation: 0 },
    opex: { maintenance: 0 },
    horizonYears: 3,
    minerSalvage: '0 %',
    risk,
  });

describe('AI hosting economics by hand', () => {
  // Built per test (not at collection), so that mutation testing sees which test covers what.
  let r: ReturnType<typeof computeEconomics>;
  beforeEach(() => {
    r = computeEconomics(econ(), year());
  });
  it('hosting revenue = 149 USD/kW-month × 1452 kW × 8760 h / (730.5 h per month)', () => {
    expect(r.kpis.hostingRevenue).toBeCloseTo(149 * 1452 * (8760 / 730.5), 3);
  });
  it('electricity counts the racks and the heat pump: (1.5 + 1.1616 + 0.25) MW × 8760 h × 35 USD/MWh', () => {
    expect(r.kpis.electricityCost).toBeCloseTo((1.5 + 1.1616 + 0.25) * 8760 * 35, 3);
    expect(r.breakdown.heatPumpElectricity_MWh).toBeCloseTo(0.25 * 8760, 6);
  });
  it('capex: 20 USD/W × 1.452 MW + 0.7 USD/W × 1 MW of heat pump', () => {
    expect(r.kpis.capex).toBeCloseTo(20 * 1.452e6 + 0.7e6, 3);
  });
  it('operator net = mining revenue − pool fee + hosting − electricity', () => {
    const mining = 86.4 * 38 * 365;
    expect(r.kpis.operatorNetBenefit).toBeCloseTo(
      mining * 0.98 + r.kpis.hostingRevenue - r.kpis.electricityCost,
      3,
    );
  });
  it('the cost per BTC leaves the AI electricity out', () => {
    const noAi = computeEconomics(econ(), { ...year(), ai: undefined });
    expect(r.kpis.cashCostPerBtc).toBeCloseTo(noAi.kpis.cashCostPerBtc!, 6);
  });
  it('the risk engine scales the mining revenue, not the contracted hosting revenue', () => {
    // Halving at the start, no fees, frozen market: mining revenue halves, hosting stays.
    const e = econ({
      btcVolatility: 0,
      difficultyGrowth: 0,
      difficultyGrowthSd: 0,
      yearsToHalving: 0,
      feesPerBlock: 0,
      electricityEscalationSd: 0,
      electricityEscalation: 0,
      availability: 1,
      availabilitySd: 0,
    });
    const y = computeEconomics(e, year());
    const ry: RiskYear = { label: 't', economics: y, heatCoverage: 1, availability: 1 };
    const risk = runRisk(e, [ry], { samples: 1, seed: 1 });
    expect(risk.operatorNetBenefit.p50).toBeCloseTo(
      y.kpis.operatorNetBenefit - 0.5 * y.yearOne.revenue * 0.98,
      3,
    );
  });
});

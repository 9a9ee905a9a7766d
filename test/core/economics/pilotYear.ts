/**
 * The economics tests' synthetic pilot year and base economics (compute.test.ts, computeResult.test.ts).
 */
import type { HourlyEnergy } from '../../../src/core/economics/compute';
import { parseEconomics } from '../../../src/core/economics/schema';

// A constant synthetic year shaped like the Manitoba pilot: 3 MW of miners hashing 172.8 PH/s
// (360 × 480 TH/s, [facts]), 50 kW of pumps and fans, 1 MW of miner heat delivered to the greenhouse,
// electric backup boilers at 99 % ([facts] the pilot pre-heats the feed of electric boilers).
export function year(hours = 8760, over: Partial<HourlyEnergy> = {}): HourlyEnergy {
  const c = (w: number) => new Float64Array(hours).fill(w);
  return {
    hours,
    minerElectricPower: c(3e6),
    hashrate: c(172.8e15),
    heatToGreenhouse: c(1e6),
    backupHeat: c(0.5e6),
    backupInput: c(0.5e6 / 0.99),
    auxiliaryPower: c(5e4),
    greenhouseHeatDemand: c(1.5e6),
    backupFuel: 'electric',
    backupEfficiency: 0.99,
    ...over,
  };
}

export const BASE = {
  currency: 'USD',
  hashprice: '38 USD/PH/day',
  poolFee: '2 %',
  electricityPrice: '0.035 USD/kWh',
  capex: {
    miners: '1000000 USD',
    containers: '500000 USD',
    plateExchanger: '60000 USD',
    piping: '40000 USD',
    installation: 0,
    dryCooler: 0,
    pumps: 0,
    other: 0,
  },
  opex: { maintenance: '2 %' },
  horizonYears: 3,
  discountRate: '10 %',
  minerSalvage: '0 %',
};
export const econ = (over: Record<string, unknown> = {}) => parseEconomics({ ...BASE, ...over });

/**
 * Economics of the heat deal: mining revenue, electricity tariffs, backup fuel avoided, CO₂, capex/opex cash
 * flows with NPV/IRR/payback for the mining operator and the greenhouse host, levelized cost of heat and
 * cost per BTC. Pure functions over the annual simulation's hourly series; SI units inside.
 */
export {
  computeEconomics,
  type EconomicsKpis,
  type EconomicsResult,
  type HourlyEnergy,
  type PartyResult,
} from './compute';
export { escalation, irr, irrAll, levelizedCost, npv, simplePayback } from './finance';
export {
  BACKUP_FUELS,
  type BackupFuel,
  type Co2Factors,
  co2,
  type FuelPrices,
  fuelCost,
  fuelInput,
  fuelQuantity,
  NATURAL_GAS_CO2_PER_M3,
  NATURAL_GAS_J_PER_M3,
  NATURAL_GAS_M3_PER_GJ,
  PROPANE_CO2_PER_L,
  PROPANE_J_PER_L,
} from './fuel';
export {
  BLOCK_INTERVAL,
  BLOCK_SUBSIDY_2024,
  HASH_PER_PH_DAY,
  HASHES_PER_DIFFICULTY,
  type Hashprice,
  hashpriceFromNetwork,
  type MiningRevenue,
  miningRevenue,
  type NetworkFigures,
} from './mining';
export {
  CAPEX_LINES,
  type CapexBasis,
  type CapexLine,
  type CapexLineName,
  CURRENCIES,
  type Currency,
  ECONOMICS_SOURCES,
  type Economics,
  type EconomicsInput,
  type ElectricityPriceInput,
  economicsSchema,
  HEAT_RECOVERY_LINES,
  type HeatContract,
  type MiningSource,
  parseEconomics,
} from './schema';
export {
  checkTariff,
  type DemandCharge,
  type ElectricityCost,
  electricityCost,
  electricityPriceSeries,
  J_PER_KWH,
  MONTH_START_HOUR,
  parsePriceCsv,
  priceAt,
  type Tariff,
  WEEKDAYS,
  type Weekday,
} from './tariff';
export {
  AIR_COOLER_CURVE,
  CEPCI_BASE,
  CEPCI_NOW,
  curveCost,
  type HardwareSizes,
  hardwareCapexUsd,
  hardwareSizes,
  PLATE_EXCHANGER_CURVE,
  PUMP_CURVE,
  paybackNote,
} from './capex';

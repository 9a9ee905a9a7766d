/**
 * Backup-heat fuels: energy content, cost and CO₂ of the fuel a boiler burns (or the electricity it draws)
 * to make a given amount of heat. Energies in J (higher heating value, the basis Canadian gas and propane
 * are sold and inventoried on), prices in currency/J, CO₂ factors in kg/J.
 */
import { InputError } from '../errors';

export type BackupFuel = 'electric' | 'natural-gas' | 'propane';
export const BACKUP_FUELS: readonly BackupFuel[] = ['electric', 'natural-gas', 'propane'];

/** Natural gas: 1 GJ = 26.853 m³ ([facts]), so one m³ holds 10⁹ / 26.853 J ≈ 37.24 MJ (HHV). */
export const NATURAL_GAS_M3_PER_GJ = 26.853;
export const NATURAL_GAS_J_PER_M3 = 1e9 / NATURAL_GAS_M3_PER_GJ;
/** Natural gas CO₂: 1.966 kg per m³ ([facts]) ≈ 52.8 kg/GJ. */
export const NATURAL_GAS_CO2_PER_M3 = 1.966;
/**
 * Propane HHV 25.31 GJ/kL = 25.31 MJ/L (Canada, SOR/2018-261 Schedule 2, item 6, "Propane (pure)").
 */
export const PROPANE_J_PER_L = 25.31e6;
/**
 * Propane CO₂: 1.515 kg/L (ECCC National Inventory Report, Annex 6, propane combustion, 1515 g CO₂/L).
 * Cross-check: US EPA 40 CFR 98 Table NN-1, 62.87 kg CO₂/MMBtu × 3.84 MMBtu/bbl ÷ 158.987 L/bbl = 1.518 kg/L.
 */
export const PROPANE_CO2_PER_L = 1.515;

/** Fuel prices, currency/J of fuel energy (electricity: the flat price, or the tariff's price that hour). */
export interface FuelPrices {
  electricity: number;
  naturalGas: number;
  propane: number;
}

/** CO₂ intensities, kg per J of fuel energy (grid electricity: per J drawn). */
export interface Co2Factors {
  grid: number;
  naturalGas: number;
  propane: number;
}

/**
 * Fuel (or electricity) a heater draws to deliver `heat` J at efficiency η: input = heat / η (energy
 * balance). η should be on the fuel's HHV basis (≈ 0.99 electric resistance, 0.8 non-condensing, ≈ 0.9+
 * condensing; [facts] below 0.75 is due for replacement); up to 1.1 is accepted for LHV-rated boilers, as
 * the scenario's `backupHeater.efficiency` does.
 */
export function fuelInput(heat: number, efficiency: number): number {
  if (!(Number.isFinite(efficiency) && efficiency > 0 && efficiency <= 1.1)) {
    throw new InputError('backupHeater.efficiency', efficiency, 'between 0 and 1.1 (fraction, HHV basis)');
  }
  if (!Number.isFinite(heat)) throw new InputError('heat', heat, 'a finite energy in J');
  return heat / efficiency;
}

/** Quantity of fuel in its trade unit: natural gas in m³, propane in L, electricity in kWh. */
export function fuelQuantity(fuel: BackupFuel, input: number): { amount: number; unit: 'm^3' | 'L' | 'kWh' } {
  switch (fuel) {
    case 'natural-gas':
      return { amount: input / NATURAL_GAS_J_PER_M3, unit: 'm^3' };
    case 'propane':
      return { amount: input / PROPANE_J_PER_L, unit: 'L' };
    case 'electric':
      return { amount: input / 3.6e6, unit: 'kWh' };
  }
}

/** Cost of `input` J of `fuel` at `prices` (currency/J): input × price. */
export function fuelCost(fuel: BackupFuel, input: number, prices: FuelPrices): number {
  return input * priceOf(fuel, prices);
}

function priceOf(fuel: BackupFuel, p: FuelPrices): number {
  return fuel === 'electric' ? p.electricity : fuel === 'natural-gas' ? p.naturalGas : p.propane;
}

/** CO₂ from drawing `input` J of `fuel`, kg: input × factor (factor in kg/J). */
export function co2(fuel: BackupFuel, input: number, factors: Co2Factors): number {
  return (
    input *
    (fuel === 'electric' ? factors.grid : fuel === 'natural-gas' ? factors.naturalGas : factors.propane)
  );
}

/**
 * AI hosting economics (issue 17, the compute pivot): liquid-cooled AI racks rented as colocation per
 * contracted kW of IT per month (the tenant owns the GPUs), their electricity, and the heat pump that lifts
 * their warm water to the greenhouse.
 *
 *   hosting revenue  = price (¤/W/s) × contracted IT nameplate (W) × seconds of the year
 *   electricity      = the racks' IT power and the heat pump's compressor, on the operator's tariff
 *                      (added to the operator's electricity series in computeEconomics)
 *   capex            = facility capex per W of IT (catalog) + heat pump capex per W of heat
 * Hosting revenue does not depend on the BTC price or the network: the risk engine does not scale it.
 */
import { InputError } from '../errors';
import type { Economics } from './schema';

/**
 * Installed cost of a large electric heat pump, USD per W of heat output: assumption 0.7 USD/W (700 USD/kW),
 * the order of the Danish Energy Agency's "Technology Data — Generation of Electricity and District Heating"
 * sheet for large electric heat pumps (~0.6–0.9 M€/MW of heat incl. installation, 2020–2030).
 */
export const HEAT_PUMP_CAPEX_USD_PER_W = 0.7;

export interface AiHostingInputs {
  /** IT power of the racks, hourly means, W. */
  itPower: Float64Array;
  /** Heat pump compressor electricity, hourly means, W. */
  heatPumpElectricity: Float64Array;
  /** Heat delivered by the heat pump to the greenhouse, hourly means, W. */
  heatPumpHeat: Float64Array;
  /** Contracted IT nameplate (rack count × rack power), W. */
  itNameplate: number;
  /** Colocation price, USD per W per second (catalog `hostingPrice`). */
  hostingPriceUsd: number;
  /** Facility capex, USD per W of IT (catalog `capexPerPower`). */
  capexPerPowerUsd: number;
  /** Heat pump capacity, W of heat. */
  heatPumpCapacity: number;
}

export interface AiHostingYear {
  /** Colocation revenue per year, ¤. */
  hostingRevenue: number;
  /** Facility capex of the racks' hall (power, cooling, building), ¤. */
  aiCapex: number;
  heatPumpCapex: number;
  /** Energy of the racks and the heat pump per year, MWh (annualised). */
  itEnergy_MWh: number;
  heatPumpElectricity_MWh: number;
  heatPumpHeat_MWh: number;
}

const YEAR_S = 8760 * 3600;

/** USD → scenario currency. */
const fromUsd = (e: Economics, usd: number) => (e.currency === 'USD' ? usd : usd * e.exchangeRate);

/** The AI side of one simulated year (`hours` simulated, annualised like the rest of the economics). */
export function aiHostingYear(e: Economics, a: AiHostingInputs, hours: number): AiHostingYear {
  for (const k of ['itNameplate', 'hostingPriceUsd', 'capexPerPowerUsd', 'heatPumpCapacity'] as const) {
    if (!(a[k] >= 0 && Number.isFinite(a[k]))) throw new InputError(`ai.${k}`, a[k], 'a finite value ≥ 0');
  }
  let it = 0;
  let hpE = 0;
  let hpQ = 0;
  for (let i = 0; i < hours; i++) {
    it += a.itPower[i]!;
    hpE += a.heatPumpElectricity[i]!;
    hpQ += a.heatPumpHeat[i]!;
  }
  if (!Number.isFinite(it + hpE + hpQ)) {
    throw new InputError('ai.itPower', 'non-finite hourly values', 'finite W in every hour');
  }
  const f = 8760 / hours;
  return {
    hostingRevenue: fromUsd(e, a.hostingPriceUsd * a.itNameplate * YEAR_S),
    aiCapex: fromUsd(e, a.capexPerPowerUsd * a.itNameplate),
    heatPumpCapex: fromUsd(e, HEAT_PUMP_CAPEX_USD_PER_W * a.heatPumpCapacity),
    itEnergy_MWh: (it * f) / 1e6,
    heatPumpElectricity_MWh: (hpE * f) / 1e6,
    heatPumpHeat_MWh: (hpQ * f) / 1e6,
  };
}

/**
 * Monthly energy summary of a simulation: for each calendar month of the weather file, the energies in MWh
 * (miner electricity, heat recovered into the coolant, miner heat delivered to the greenhouse, backup heat,
 * heat rejected by the dry cooler, greenhouse heat demand, then the rest of the heat ledger: unmet heat, miner
 * heat to the container air, tank loss and storage change, pump and fan electricity, and with AI racks the
 * heat pump's heat, electricity, source heat and cycling loss and the racks' electricity, rejected heat and
 * hall air) and the month's coverage, plus a whole-period row. Each energy is Σ hourly mean power (W) × 1 h,
 * exactly as the annual KPIs are formed (src/core/sim/kpis.ts), so the months add up to the KPIs.
 */
import { ZERO_CELSIUS } from '../errors';
import { InputError } from '../errors';
import { heatCoverage } from '../sim/kpis';
import { type EnergyKpiId, outputInfo } from '../sim/outputs';
import type { SimulationResult } from '../sim/types';
import type { WeatherYear } from '../weather/epw';
import { csvLine, fixed } from './csv';

/** The energy columns: KPI id (its entry in OUTPUTS gives unit and definition) ← hourly series, W. */
const ENERGY = [
  ['minerElectricity_MWh', 'minerElectricPower'],
  ['heatRecovered_MWh', 'heatToCoolant'],
  ['heatToGreenhouse_MWh', 'heatToGreenhouse'],
  ['backupHeat_MWh', 'backupHeat'],
  ['heatRejected_MWh', 'dryCoolerDuty'],
  ['greenhouseHeatDemand_MWh', 'greenhouseHeatDemand'],
  // The rest of the heat ledger (HEAT_LEDGER): appended so that older readers' columns keep their place.
  ['unmetHeat_MWh', 'unmetHeat'],
  ['minerHeatToAir_MWh', 'heatToAir'],
  ['tankLoss_MWh', 'tankLoss'],
  ['tankStorageChange_MWh', 'tankStorage'],
  ['auxiliaryElectricity_MWh', 'auxiliaryPower'],
  // AI racks and heat pump (zeros without them), appended after the rest.
  ['heatPumpHeat_MWh', 'heatPumpHeat'],
  ['heatPumpElectricity_MWh', 'heatPumpElectricity'],
  ['heatPumpSourceHeat_MWh', 'heatPumpSourceHeat'],
  ['heatPumpCyclingLoss_MWh', 'heatPumpCyclingLoss'],
  ['aiItElectricity_MWh', 'aiItPower'],
  ['aiHeatRejected_MWh', 'aiHeatRejected'],
  ['aiHeatToAir_MWh', 'aiHeatToAir'],
] as const satisfies readonly (readonly [EnergyKpiId, string])[];

type EnergyField = (typeof ENERGY)[number][0];
type SeriesField = Exclude<(typeof ENERGY)[number][1], 'tankStorage'>;

/** One month (or the whole period, `month: 'year'`). Energies in MWh; coverage as a fraction 0–1. */
export type MonthlyRow = {
  /** Calendar month 1–12, or 'year' for the total row. */
  month: number | 'year';
  hours: number;
  outdoorMean_C: number;
  /** (heatToGreenhouse + heatPumpHeat) / greenhouseHeatDemand (0 without demand), as the KPI `heatCoverage`. */
  heatCoverage: number;
} & Record<EnergyField, number>;

type Series = Pick<SimulationResult['series'], 'outdoorT' | SeriesField | 'tankCharge' | 'tankDischarge'>;

function emptyRow(month: number | 'year'): MonthlyRow {
  const r = { month, hours: 0, outdoorMean_C: 0, heatCoverage: 0 } as MonthlyRow;
  for (const [f] of ENERGY) r[f] = 0;
  return r;
}

/** Hour i of an energy column, W (tank storage change = charge − discharge − loss). */
function value(s: Series, key: (typeof ENERGY)[number][1], i: number): number {
  if (key === 'tankStorage') return s.tankCharge[i]! - s.tankDischarge[i]! - s.tankLoss[i]!;
  return s[key][i]!;
}

/**
 * The months in the order they occur in the file (a file may start in any month), then the total row.
 * `result.hours` hours are summarised; hour i belongs to `weather.month[i]`.
 */
export function monthlySummary(
  result: { hours: number; series: Series },
  weather: Pick<WeatherYear, 'month'>,
): MonthlyRow[] {
  const h = result.hours;
  if (weather.month.length < h) {
    throw new InputError('weather', `${weather.month.length} rows`, `at least the ${h} simulated hours`);
  }
  const byMonth = new Map<number, MonthlyRow>();
  const s = result.series;
  for (let i = 0; i < h; i++) {
    const m = weather.month[i]!;
    let r = byMonth.get(m);
    if (!r) {
      r = emptyRow(m);
      byMonth.set(m, r);
    }
    r.hours++;
    r.outdoorMean_C += s.outdoorT[i]!;
    // W × 1 h = Wh; the 1e-6 to MWh is applied once per month below, as the KPIs do it once per year.
    for (const [field, key] of ENERGY) r[field] += value(s, key, i);
  }
  const rows = [...byMonth.values()];
  const total = emptyRow('year');
  for (const r of rows) {
    total.hours += r.hours;
    total.outdoorMean_C += r.outdoorMean_C;
    for (const [field] of ENERGY) total[field] += r[field];
  }
  for (const r of [...rows, total]) {
    r.outdoorMean_C = r.outdoorMean_C / r.hours - ZERO_CELSIUS;
    for (const [field] of ENERGY) r[field] *= 1e-6;
    r.heatCoverage = heatCoverage(
      r.heatToGreenhouse_MWh,
      r.heatPumpHeat_MWh,
      r.backupHeat_MWh,
      r.unmetHeat_MWh,
      r.greenhouseHeatDemand_MWh,
    );
  }
  rows.push(total);
  return rows;
}

/** Column headers of the monthly CSV: the KPI ids (units as suffixes; see OUTPUTS). */
export const MONTHLY_HEADER = [
  'month',
  'hours',
  'outdoorMean_C',
  ...ENERGY.slice(0, 6).map(([f]) => f),
  'heatCoverage',
  ...ENERGY.slice(6).map(([f]) => f),
] as const;

/** Unit and definition of each monthly column, from OUTPUTS (for documentation and the app). */
export function monthlyColumnInfo(header: string): { unit: string; definition: string } {
  if (header === 'month')
    return { unit: '', definition: 'calendar month 1–12, or year for the whole period' };
  if (header === 'hours') return { unit: 'h', definition: 'simulated hours in the month' };
  if (header === 'outdoorMean_C') return { unit: '°C', definition: 'mean outdoor air temperature' };
  const o = outputInfo(header, 'kpi');
  if (!o) throw new InputError('header', header, 'a monthly CSV column');
  return { unit: o.unit, definition: o.definition };
}

/**
 * The monthly summary as RFC 4180 CSV: months 1–12 as numbers, the last row `year` (the whole simulated
 * period). Energies with 6 decimals (1 Wh), so the printed months add up to the total within 1e-5 MWh.
 */
export function monthlyCsv(
  result: { hours: number; series: Series },
  weather: Pick<WeatherYear, 'month'>,
): string {
  let out = csvLine(MONTHLY_HEADER);
  for (const r of monthlySummary(result, weather)) {
    out += csvLine([
      r.month,
      r.hours,
      fixed(r.outdoorMean_C, 2),
      ...ENERGY.slice(0, 6).map(([f]) => fixed(r[f], 6)),
      fixed(r.heatCoverage, 6),
      ...ENERGY.slice(6).map(([f]) => fixed(r[f], 6)),
    ]);
  }
  return out;
}

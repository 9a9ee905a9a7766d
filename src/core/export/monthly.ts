/**
 * Monthly energy summary of a simulation: for each calendar month of the weather file, the energies in MWh
 * (miner electricity, heat recovered into the coolant, miner heat delivered to the greenhouse, backup heat,
 * heat rejected by the dry cooler, greenhouse heat demand) and the month's coverage, plus a whole-period
 * row. Each energy is Σ hourly mean power (W) × 1 h, exactly as the annual KPIs are formed
 * (src/core/sim/simulate.ts `kpis`), so the months add up to the KPIs.
 */
import { InputError } from '../errors';
import type { Kpis, SimulationResult } from '../sim/simulate';
import type { WeatherYear } from '../weather/epw';
import { csvLine, fixed } from './csv';

/** One month (or the whole period, `month: 'year'`). Energies in MWh; coverage as a fraction 0–1. */
export interface MonthlyRow {
  /** Calendar month 1–12, or 'year' for the total row. */
  month: number | 'year';
  hours: number;
  outdoorMean_C: number;
  minerElectricity_MWh: number;
  heatRecovered_MWh: number;
  heatToGreenhouse_MWh: number;
  backupHeat_MWh: number;
  heatRejected_MWh: number;
  greenhouseHeatDemand_MWh: number;
  /** heatToGreenhouse / greenhouseHeatDemand (0 when there was no demand), as the KPI `heatCoverage`. */
  heatCoverage: number;
}

type Series = Pick<
  SimulationResult['series'],
  | 'outdoorT'
  | 'minerElectricPower'
  | 'heatToCoolant'
  | 'heatToGreenhouse'
  | 'backupHeat'
  | 'dryCoolerDuty'
  | 'greenhouseHeatDemand'
>;

/** Energy columns: row field ← hourly series (W). */
const ENERGY: readonly [keyof MonthlyRow & keyof Kpis, Exclude<keyof Series, 'outdoorT'>][] = [
  ['minerElectricity_MWh', 'minerElectricPower'],
  ['heatRecovered_MWh', 'heatToCoolant'],
  ['heatToGreenhouse_MWh', 'heatToGreenhouse'],
  ['backupHeat_MWh', 'backupHeat'],
  ['heatRejected_MWh', 'dryCoolerDuty'],
  ['greenhouseHeatDemand_MWh', 'greenhouseHeatDemand'],
];

function emptyRow(month: number | 'year'): MonthlyRow {
  return {
    month,
    hours: 0,
    outdoorMean_C: 0,
    minerElectricity_MWh: 0,
    heatRecovered_MWh: 0,
    heatToGreenhouse_MWh: 0,
    backupHeat_MWh: 0,
    heatRejected_MWh: 0,
    greenhouseHeatDemand_MWh: 0,
    heatCoverage: 0,
  };
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
    for (const [field, series] of ENERGY) (r[field] as number) += s[series][i]!;
  }
  const rows = [...byMonth.values()];
  const total = emptyRow('year');
  for (const r of rows) {
    total.hours += r.hours;
    total.outdoorMean_C += r.outdoorMean_C;
    for (const [field] of ENERGY) (total[field] as number) += r[field] as number;
  }
  for (const r of [...rows, total]) {
    r.outdoorMean_C = r.outdoorMean_C / r.hours - 273.15;
    for (const [field] of ENERGY) (r[field] as number) *= 1e-6;
    r.heatCoverage =
      r.greenhouseHeatDemand_MWh > 0 ? Math.min(1, r.heatToGreenhouse_MWh / r.greenhouseHeatDemand_MWh) : 0;
  }
  rows.push(total);
  return rows;
}

/** Column headers of the monthly CSV, with units as suffixes. */
export const MONTHLY_HEADER = [
  'month',
  'hours',
  'outdoorMean_C',
  'minerElectricity_MWh',
  'heatRecovered_MWh',
  'heatToGreenhouse_MWh',
  'backupHeat_MWh',
  'heatRejected_MWh',
  'greenhouseHeatDemand_MWh',
  'heatCoverage',
] as const;

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
      ...ENERGY.map(([f]) => fixed(r[f] as number, 6)),
      fixed(r.heatCoverage, 6),
    ]);
  }
  return out;
}

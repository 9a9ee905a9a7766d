/**
 * Derived views of an annual result: monthly energy sums, the load-duration curve, the year's energy flows
 * (Sankey) and CSV exports. Hourly series are hourly means in W, so a sum over hours is in Wh.
 */
import { type SeriesName, toCelsius } from '../../core';
import type { RunOutput } from '../../worker/engine';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Monthly {
  /** Miner heat delivered to the greenhouse through the exchanger, MWh per month. */
  minerToGreenhouse: number[];
  /** Backup heater output, MWh per month. */
  backup: number[];
  /** Miner heat rejected by the dry cooler, MWh per month. */
  rejected: number[];
  /** Greenhouse heat demand met (miner + backup), MWh per month. */
  demand: number[];
  /** Miner electricity, MWh per month. */
  electricity: number[];
}

type Series = Pick<RunOutput, 'series' | 'calendar' | 'hours'>;

/** Sum of an hourly W series per calendar month, MWh. */
export function monthlySum(values: Float64Array, month: ArrayLike<number>, hours = values.length): number[] {
  const out = new Array<number>(12).fill(0);
  for (let i = 0; i < hours; i++) {
    const m = month[i]! - 1;
    if (m >= 0 && m < 12) out[m] += values[i]! / 1e6;
  }
  return out;
}

export function monthly(r: Series): Monthly {
  const m = r.calendar.month;
  const s = r.series;
  return {
    minerToGreenhouse: monthlySum(s.heatToGreenhouse, m, r.hours),
    backup: monthlySum(s.backupHeat, m, r.hours),
    rejected: monthlySum(s.dryCoolerDuty, m, r.hours),
    demand: monthlySum(s.greenhouseHeatDemand, m, r.hours),
    electricity: monthlySum(s.minerElectricPower, m, r.hours),
  };
}

/** Values sorted from largest to smallest (a load-duration curve), as a new array. */
export function durationCurve(values: Float64Array, hours = values.length): Float64Array {
  const a = Float64Array.from(values.subarray(0, hours));
  a.sort();
  a.reverse();
  return a;
}

function total(a: Float64Array, hours: number): number {
  let t = 0;
  for (let i = 0; i < hours; i++) t += a[i]!;
  return t / 1e6;
}

export interface Flow {
  source: string;
  target: string;
  /** MWh over the simulated period. */
  value: number;
}

/**
 * The year's energy flows, MWh: electricity → miners → coolant / container air; coolant → greenhouse
 * (exchanger) / dry cooler / loop losses; backup fuel → backup heater → greenhouse / flue losses; pumps
 * and fans. Flows under 0.05 % of the largest are dropped (a Sankey cannot draw them).
 */
export function energyFlows(r: Series): Flow[] {
  const h = r.hours;
  const s = r.series;
  const elec = total(s.minerElectricPower, h);
  const coolant = total(s.heatToCoolant, h);
  const air = total(s.heatToAir, h);
  const toGh = total(s.heatToGreenhouse, h);
  const rejected = total(s.dryCoolerDuty, h);
  const backupIn = total(s.backupInput, h);
  const backup = total(s.backupHeat, h);
  const aux = total(s.auxiliaryPower, h);
  const flows: Flow[] = [
    { source: 'Electricity', target: 'Miners', value: elec },
    { source: 'Miners', target: 'Coolant loop', value: coolant },
    { source: 'Miners', target: 'Container air', value: air },
    { source: 'Miners', target: 'Other losses', value: elec - coolant - air },
    { source: 'Coolant loop', target: 'Greenhouse', value: toGh },
    { source: 'Coolant loop', target: 'Dry cooler', value: rejected },
    { source: 'Coolant loop', target: 'Other losses', value: coolant - toGh - rejected },
    { source: 'Backup fuel', target: 'Backup heater', value: backupIn },
    { source: 'Backup heater', target: 'Greenhouse', value: backup },
    { source: 'Backup heater', target: 'Other losses', value: backupIn - backup },
    { source: 'Electricity', target: 'Pumps & fans', value: aux },
  ];
  const max = Math.max(...flows.map((f) => f.value), 0);
  return flows.filter((f) => f.value > 5e-4 * max);
}

/** CSV cell: numbers with up to 6 significant digits, text quoted when needed. */
function cell(v: number | string): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '';
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function rows(table: (number | string)[][]): string {
  return `${table.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Units of the CSV columns: temperatures in °C, powers in kW, flows in kg/s. */
export const HOURLY_COLUMNS: { name: SeriesName; header: string; scale: (x: number) => number }[] = [
  ['outdoorT', 'outdoor_C'],
  ['greenhouseAirT', 'greenhouse_air_C'],
  ['setpointT', 'setpoint_C'],
  ['minerInletT', 'miner_inlet_C'],
  ['minerOutletT', 'miner_outlet_C'],
  ['greenhouseReturnT', 'greenhouse_return_C'],
  ['preheatedT', 'preheated_C'],
  ['supplyT', 'supply_C'],
  ['minerElectricPower', 'miner_electric_kW'],
  ['heatToCoolant', 'heat_to_coolant_kW'],
  ['greenhouseHeatDemand', 'greenhouse_heat_kW'],
  ['heatToGreenhouse', 'miner_heat_to_greenhouse_kW'],
  ['backupHeat', 'backup_heat_kW'],
  ['dryCoolerDuty', 'dry_cooler_kW'],
  ['auxiliaryPower', 'pumps_fans_kW'],
  ['unmetHeat', 'unmet_heat_kW'],
  ['minerFlow', 'miner_loop_flow_kg_s'],
  ['greenhouseFlow', 'greenhouse_loop_flow_kg_s'],
].map(([name, header]) => ({
  name: name as SeriesName,
  header: header!,
  scale: header!.endsWith('_C')
    ? toCelsius
    : header!.endsWith('_kW')
      ? (x: number) => x / 1e3
      : (x: number) => x,
}));

/** Hourly CSV: month, day, hour (ending, local standard time) and the main series. */
export function hourlyCsv(r: Series): string {
  const head = ['month', 'day', 'hour', ...HOURLY_COLUMNS.map((c) => c.header)];
  const table: (number | string)[][] = [head];
  for (let i = 0; i < r.hours; i++) {
    table.push([
      r.calendar.month[i]!,
      r.calendar.day[i]!,
      r.calendar.hour[i]!,
      ...HOURLY_COLUMNS.map((c) => c.scale(r.series[c.name][i]!)),
    ]);
  }
  return rows(table);
}

/** Monthly CSV, MWh. */
export function monthlyCsv(r: Series): string {
  const m = monthly(r);
  const table: (number | string)[][] = [
    [
      'month',
      'miner_electricity_MWh',
      'greenhouse_heat_MWh',
      'miner_heat_to_greenhouse_MWh',
      'backup_heat_MWh',
      'rejected_heat_MWh',
    ],
  ];
  for (let i = 0; i < 12; i++) {
    table.push([
      MONTHS[i]!,
      m.electricity[i]!,
      m.demand[i]!,
      m.minerToGreenhouse[i]!,
      m.backup[i]!,
      m.rejected[i]!,
    ]);
  }
  const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);
  table.push([
    'Year',
    sum(m.electricity),
    sum(m.demand),
    sum(m.minerToGreenhouse),
    sum(m.backup),
    sum(m.rejected),
  ]);
  return rows(table);
}

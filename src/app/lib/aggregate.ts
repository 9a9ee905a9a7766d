/**
 * Derived views of an annual result: monthly energy sums, the load-duration curve, the year's energy flows
 * (Sankey) and CSV exports. Hourly series are hourly means in W, so a sum over hours is in Wh.
 */
import { HEAT_LEDGER, type SeriesName, toCelsius } from '../../core';
import type { RunOutput } from '../../worker/engine';

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Monthly {
  /** Miner heat delivered to the greenhouse through the exchanger, MWh per month. */
  minerToGreenhouse: number[];
  /** Heat-pump heat delivered to the greenhouse (AI racks' heat lifted), MWh per month. */
  heatPump: number[];
  /** Backup heater output, MWh per month. */
  backup: number[];
  /** Greenhouse heat demand the plant left unmet, MWh per month. */
  unmet: number[];
  /** Miner heat rejected by the dry cooler, MWh per month. */
  rejected: number[];
  /** Greenhouse heat demand = miner + heat pump + backup + unmet (the ledger identity), MWh per month. */
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
    heatPump: monthlySum(s.heatPumpHeat, m, r.hours),
    backup: monthlySum(s.backupHeat, m, r.hours),
    unmet: monthlySum(s.unmetHeat, m, r.hours),
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

export interface Flow {
  source: string;
  target: string;
  /** MWh over the simulated period. */
  value: number;
}

/**
 * Display names of the core's heat-ledger nodes (HEAT_LEDGER, src/core/sim/outputs.ts); the electricity inputs
 * join one "Electricity" node. A node missing here is shown under its ledger name.
 */
const NODE_NAMES: Readonly<Record<string, string>> = {
  'miner electricity': 'Miners',
  coolant: 'Coolant loop',
  'lost: container air': 'Container air',
  greenhouse: 'Greenhouse',
  'rejected: dry cooler': 'Dry cooler',
  'lost: buffer tank': 'Tank losses',
  'stored: buffer tank': 'Stored in tank',
  'backup heater': 'Backup heater',
  'heat pump': 'Heat pump',
  'heat pump electricity': 'Electricity',
  'AI racks': 'AI racks',
  'rejected: AI dry coolers': 'AI dry coolers',
  'lost: AI hall air': 'AI hall air',
  'lost: heat-pump cycling': 'Other losses',
  unmet: 'Unmet demand',
  'pump and fan electricity': 'Electricity',
  'lost: pumps and fans': 'Pumps & fans',
};

const nodeName = (n: string): string => NODE_NAMES[n] ?? n.charAt(0).toUpperCase() + n.slice(1);

/** The backup heater's purchased input (fuel or electricity, by its type) and what of it is not heat. */
export const BACKUP_INPUT = 'Backup input';
export const BACKUP_LOSSES = 'Heater losses';

/**
 * The run's energy flows, MWh: the core's heat ledger (HEAT_LEDGER, every flow an energy KPI of the run, each
 * node balanced by the core), with the purchased inputs in front of it — electricity to the miners and the AI
 * racks, and the backup heater's input (fuel or electricity, by its type), which splits into the heat the
 * heater makes (so the "Backup heater" node is its output, the "Backup heat" card) and the heater's flue or
 * jacket losses. A flow that runs backwards over the run (a buffer tank that gave back more than it stored) is
 * drawn the other way. Only flows of zero (to round-off) are left out, so every node's in = out holds for the
 * flows as drawn.
 */
export function energyFlows(r: Pick<RunOutput, 'kpis'>): Flow[] {
  const k = r.kpis;
  const flows: Flow[] = [
    { source: 'Electricity', target: 'Miners', value: k.minerElectricity_MWh },
    { source: 'Electricity', target: 'AI racks', value: k.aiItElectricity_MWh },
    { source: BACKUP_INPUT, target: 'Backup heater', value: k.backupHeat_MWh },
    { source: BACKUP_INPUT, target: BACKUP_LOSSES, value: k.backupInput_MWh - k.backupHeat_MWh },
  ];
  for (const e of HEAT_LEDGER) {
    const v = k[e.kpi];
    const [a, b] = [nodeName(e.from), nodeName(e.to)];
    flows.push(v >= 0 ? { source: a, target: b, value: v } : { source: b, target: a, value: -v });
  }
  const max = Math.max(...flows.map((f) => f.value), 0);
  return flows.filter((f) => f.value > 1e-9 * max);
}

/** Sum of the flows into (`'in'`) or out of (`'out'`) a node, MWh. */
export function nodeFlow(flows: readonly Flow[], node: string, way: 'in' | 'out'): number {
  return flows.filter((f) => (way === 'in' ? f.target : f.source) === node).reduce((t, f) => t + f.value, 0);
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
  ['heatPumpHeat', 'heat_pump_heat_kW'],
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
      'heat_pump_heat_MWh',
      'unmet_heat_MWh',
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
      m.heatPump[i]!,
      m.unmet[i]!,
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
    sum(m.heatPump),
    sum(m.unmet),
  ]);
  return rows(table);
}

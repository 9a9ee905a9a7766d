/**
 * OUTPUTS: the one table of what a simulation produces — every hourly series and every KPI with its unit,
 * label, definition and reference. The CLI's KPI table, the CSV headers, the monthly CSV, the result record,
 * the app's cards and charts and the 3D labels read it; add a series or KPI here first.
 */
import { HOURLY_OUTPUTS } from './outputsHourly';
import { ECONOMICS_KPI_OUTPUTS, ENERGY_KPI_OUTPUTS } from './outputsKpis';
import type { OutputInfo, OutputSpec } from './outputTypes';

export type { OutputInfo, OutputSpec } from './outputTypes';
export { ECONOMICS_KPI_OUTPUTS, ENERGY_KPI_OUTPUTS, HOURLY_OUTPUTS };

/** Names of the hourly series (each a Float64Array of the simulated hours; SI units). */
export type SeriesName = keyof typeof HOURLY_OUTPUTS;
/** Ids of the energy KPIs. */
export type EnergyKpiId = keyof typeof ENERGY_KPI_OUTPUTS;

/** Hourly series → SI unit (kept for existing readers; the full entries are in OUTPUTS). */
export const SERIES = Object.fromEntries(Object.entries(HOURLY_OUTPUTS).map(([k, v]) => [k, v.unit])) as {
  readonly [K in SeriesName]: (typeof HOURLY_OUTPUTS)[K]['unit'];
};

/** The series names in table order. */
export const SERIES_NAMES = Object.keys(HOURLY_OUTPUTS) as SeriesName[];

function rows(kind: OutputInfo['kind'], t: Record<string, OutputSpec>): OutputInfo[] {
  return Object.entries(t).map(([id, spec]) => Object.freeze({ id, kind, ...spec }));
}

/** Every output: the hourly series, then the energy KPIs, then the economics KPIs. */
export const OUTPUTS: readonly OutputInfo[] = Object.freeze([
  ...rows('hourly', HOURLY_OUTPUTS),
  ...rows('kpi', ENERGY_KPI_OUTPUTS),
  ...rows('kpi', ECONOMICS_KPI_OUTPUTS),
]);

const BY_ID = new Map<string, OutputInfo>();
for (const o of OUTPUTS) BY_ID.set(`${o.kind}:${o.id}`, o);

/** The entry of a KPI (`kind` 'kpi', default) or hourly series, or undefined. */
export function outputInfo(id: string, kind: OutputInfo['kind'] = 'kpi'): OutputInfo | undefined {
  return BY_ID.get(`${kind}:${id}`);
}

/**
 * The heat ledger: where the energy goes, as flows between nodes, each an energy KPI. It closes every step:
 *   minerElectricity = heatRecovered + minerHeatToAir
 *   heatRecovered    = heatToGreenhouse + heatRejected + tankLoss + tankStorageChange
 *   greenhouseHeatDemand = heatToGreenhouse + heatPumpHeat + backupHeat + unmetHeat
 *   heatPumpHeat + heatPumpCyclingLoss = heatPumpSourceHeat + heatPumpElectricity
 *   aiItElectricity  = heatPumpSourceHeat + aiHeatRejected + aiHeatToAir
 * Pump and fan electricity (auxiliaryElectricity) is not added to the fluids (plant assumption) and is lost;
 * loop pipes are adiabatic in the plant model, so there is no pipe-loss flow. A Sankey diagram draws these.
 */
export const HEAT_LEDGER: readonly { from: string; to: string; kpi: EnergyKpiId }[] = Object.freeze([
  { from: 'miner electricity', to: 'coolant', kpi: 'heatRecovered_MWh' },
  { from: 'miner electricity', to: 'lost: container air', kpi: 'minerHeatToAir_MWh' },
  { from: 'coolant', to: 'greenhouse', kpi: 'heatToGreenhouse_MWh' },
  { from: 'coolant', to: 'rejected: dry cooler', kpi: 'heatRejected_MWh' },
  { from: 'coolant', to: 'lost: buffer tank', kpi: 'tankLoss_MWh' },
  { from: 'coolant', to: 'stored: buffer tank', kpi: 'tankStorageChange_MWh' },
  { from: 'backup heater', to: 'greenhouse', kpi: 'backupHeat_MWh' },
  { from: 'heat pump', to: 'greenhouse', kpi: 'heatPumpHeat_MWh' },
  { from: 'heat pump electricity', to: 'heat pump', kpi: 'heatPumpElectricity_MWh' },
  { from: 'AI racks', to: 'heat pump', kpi: 'heatPumpSourceHeat_MWh' },
  { from: 'heat pump', to: 'lost: heat-pump cycling', kpi: 'heatPumpCyclingLoss_MWh' },
  { from: 'AI racks', to: 'rejected: AI dry coolers', kpi: 'aiHeatRejected_MWh' },
  { from: 'AI racks', to: 'lost: AI hall air', kpi: 'aiHeatToAir_MWh' },
  { from: 'unmet', to: 'greenhouse', kpi: 'unmetHeat_MWh' },
  { from: 'pump and fan electricity', to: 'lost: pumps and fans', kpi: 'auxiliaryElectricity_MWh' },
]);

/**
 * A reproducible result record (JSON): the full scenario input as it was simulated (unit strings, after any
 * `--set` overrides), the software name and version, the weather file's name and sha256, the run length,
 * and the KPIs (with their units from OUTPUTS) and warnings. Loading `scenario` with `loadScenario` and simulating it with the same weather
 * file and software version gives the same numbers bit for bit (the simulation is deterministic).
 *
 * The core does no I/O: the caller passes the version (package.json) and the weather checksum (node:crypto
 * in the CLI, `bundledWeatherSource().sha256` for the bundled year).
 */
import { InputError } from '../errors';
import { outputInfo } from '../sim/outputs';
import type { SimulationResult, SimulationWarning } from '../sim/types';

export const RESULT_FORMAT = 'heat-reuse-twin/result';
export const RESULT_FORMAT_VERSION = 1;

export interface ResultRecordInput {
  /** The scenario as given to `simulate` (raw JSON with unit strings, or a loaded scenario). */
  scenarioInput: unknown;
  result: Pick<SimulationResult, 'kpis' | 'warnings' | 'hours' | 'timeStep' | 'steps' | 'weather'>;
  software: { name: string; version: string };
  weather: { fileName: string; sha256: string; attribution?: string };
}

export interface ResultRecord {
  format: typeof RESULT_FORMAT;
  formatVersion: number;
  software: { name: string; version: string };
  scenario: unknown;
  weather: {
    fileName: string;
    sha256: string;
    attribution?: string;
    location: string;
    latitude: number;
    longitude: number;
    /** Rows in the weather file. */
    hours: number;
  };
  /** Hours simulated (the file's length unless a shorter run was asked for) and the internal step, s. */
  run: { hours: number; timeStep_s: number; steps: number };
  kpis: Record<string, number | string>;
  /** Unit of each KPI (from OUTPUTS; '$' is the run's currency). */
  kpiUnits: Record<string, string>;
  warnings: SimulationWarning[];
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Build the record. The scenario is deep-copied through JSON (what a file round trip would give). */
export function resultRecord(i: ResultRecordInput): ResultRecord {
  if (!SHA256.test(i.weather.sha256)) {
    throw new InputError('weather.sha256', i.weather.sha256, '64 lowercase hexadecimal digits (sha256)');
  }
  if (!i.software.version) throw new InputError('software.version', i.software.version, 'a version string');
  const w = i.result.weather;
  return {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    software: { name: i.software.name, version: i.software.version },
    scenario: JSON.parse(JSON.stringify(i.scenarioInput)),
    weather: {
      fileName: i.weather.fileName,
      sha256: i.weather.sha256,
      ...(i.weather.attribution ? { attribution: i.weather.attribution } : {}),
      location: w.location,
      latitude: w.latitude,
      longitude: w.longitude,
      hours: w.hours,
    },
    run: { hours: i.result.hours, timeStep_s: i.result.timeStep, steps: i.result.steps },
    kpis: { ...(i.result.kpis as unknown as Record<string, number | string>) },
    // '$' in a declared unit stands for the scenario's currency (outputsKpis.ts)
    kpiUnits: Object.fromEntries(
      Object.keys(i.result.kpis).map((k) => [
        k,
        (outputInfo(k)?.unit ?? '').replaceAll('$', String(i.result.kpis.currency ?? '$')),
      ]),
    ),
    warnings: i.result.warnings.map((x) => ({ ...x })),
  };
}

/** The record as JSON text (2-space indent, trailing newline). */
export function resultJson(i: ResultRecordInput): string {
  return `${JSON.stringify(resultRecord(i), null, 2)}\n`;
}

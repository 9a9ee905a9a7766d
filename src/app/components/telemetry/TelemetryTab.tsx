/**
 * The Telemetry tab (a lazily loaded chunk): the measured-data panel on the telemetry worker, scored
 * against the app's latest full-year run, with the bundled example year (models/telemetry/manitoba-2025.csv,
 * fetched only when asked for; how it was made: models/telemetry/README.md). "Fit" applies the fitted values and the calibration note as one scenario
 * edit through the app's edit path: it reruns, autosaves, and Undo brings back the values before the fit.
 */
import { useCallback, useMemo } from 'react';
import exampleUrl from '../../../../models/telemetry/manitoba-2025.csv?url';
import type { RunOutput } from '../../../worker/engine';
import { createTelemetryClient, type TelemetryClient } from '../../../worker/telemetryClient';
import type { Draft, ScenarioJson } from '../../lib/edit';
import type { UnitSystem } from '../../lib/units';
import { areaText } from './labels';
import { type TelemetryExample, TelemetryPanel, type TelemetryRun } from './TelemetryPanel';
import '../tabs.css';

let shared: TelemetryClient | undefined;
/** One telemetry worker for the page, started the first time the tab opens. */
function telemetryClient(): TelemetryClient {
  if (!shared) {
    // No in-process fallback: it would pull the whole simulation core into the page's first chunk.
    shared = createTelemetryClient();
  }
  return shared;
}

/** The bundled example year, described in the app's unit system (its exchanger area). */
export const exampleYear = (units: UnitSystem): TelemetryExample => ({
  label: 'Load the example year',
  description: `a synthetic year of the Manitoba pilot made by the twin with leakage 0.8 1/h and a ${areaText(70, units)} exchanger, 3 % noise and logger gaps`,
  fileName: 'manitoba-2025.csv',
  map: ['Heat meter 1 [MWh]=heatToGreenhouse'],
  tz: 'America/Winnipeg',
  async load() {
    const r = await fetch(exampleUrl);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.text();
  },
});

export interface TelemetryTabProps {
  input: ScenarioJson;
  /** The latest full-year run (null before the first one). */
  run: RunOutput | null;
  /** A newer run is computing (the scores follow it). */
  updating: boolean;
  onEdits(edits: Record<string, Draft>): void;
  onNotice(text: string): void;
  /** The app's unit system. */
  units?: UnitSystem;
}

export default function TelemetryTab({
  input,
  run,
  updating,
  onEdits,
  onNotice,
  units = 'SI',
}: TelemetryTabProps) {
  const client = telemetryClient();
  const bundled = useMemo(() => exampleYear(units), [units]);
  const telemetryRun = useMemo<TelemetryRun | undefined>(
    () => (run ? { series: run.series, hours: run.hours, month: run.calendar.month } : undefined),
    [run],
  );
  const onCalibrated = useCallback(
    (calibrated: unknown, summary: string, fitted: Record<string, string>) => {
      const edits: Record<string, Draft> = {};
      for (const [path, value] of Object.entries(fitted)) edits[path] = { value, text: value };
      const assumptions = (calibrated as ScenarioJson).assumptions;
      if (Array.isArray(assumptions)) {
        edits.assumptions = { value: assumptions, text: String(assumptions[assumptions.length - 1] ?? '') };
      }
      onEdits(edits);
      onNotice(`Fit applied: ${summary}. Undo (Ctrl+Z) returns to the values before the fit.`);
    },
    [onEdits, onNotice],
  );
  return (
    <div className="tab-body">
      <p className="muted tab-note" role="status">
        {!run
          ? 'Waiting for the full-year run: the file can be loaded now, the scores follow with the run.'
          : updating
            ? 'The scenario changed: the charts and scores show the previous run until the new year is computed.'
            : 'Measured data against the latest full-year run of this scenario.'}
      </p>
      <TelemetryPanel
        input={input}
        run={telemetryRun}
        client={client}
        onCalibrated={onCalibrated}
        example={bundled}
        units={units}
      />
    </div>
  );
}

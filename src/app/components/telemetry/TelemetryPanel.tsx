/**
 * Measured data in the app: load a telemetry file (CSV or Home Assistant history), map its columns, see
 * each measured series over the simulated one, the ASHRAE Guideline 14 table, and "Fit" chosen parameters
 * in the telemetry worker; the calibrated scenario is handed to `onCalibrated` (the app applies the fitted
 * values as one scenario edit, so Undo compares with the original). A bundled example year can be offered.
 */
import type uPlot from 'uplot';
import type { TelemetryClient } from '../../../worker/telemetryClient';
import { formatNumber, type UnitSystem } from '../../lib/units';
import { ySize } from '../Charts';
import { UPlotChart } from '../UPlotChart';
import { G14Table } from './G14Table';
import { channelLabel, fitChoiceView, fittedText, MAPPED_CHANNELS, noteText } from './labels';
import { overlayData } from './overlay';
import { type TelemetryPanelState, useTelemetryPanel } from './useTelemetryPanel';

export interface TelemetryRun {
  /** Hourly series of the latest simulation (RunOutput.series). */
  series: Record<string, Float64Array>;
  hours: number;
  /** Month (1–12) of each simulated hour (RunOutput.calendar.month). */
  month: ArrayLike<number>;
}

export interface TelemetryPanelProps {
  /** The scenario input being edited (unit strings). */
  input: unknown;
  /** The latest finished full run of that scenario (undefined while none). */
  run: TelemetryRun | undefined;
  /** createTelemetryClient() (or createLocalTelemetryClient() in tests). */
  client: TelemetryClient;
  /** A calibrated scenario input (with a note in `assumptions`), a one-line summary and the fitted values. */
  onCalibrated: (input: unknown, summary: string, fitted: Record<string, string>) => void;
  /** A bundled example file the panel offers to load (with its column map and time zone). */
  example?: TelemetryExample;
  /** The app's unit system (charts, fit ranges and fitted values); SI when not given. */
  units?: UnitSystem;
}

export interface TelemetryExample {
  /** Button text, e.g. "Load the example year". */
  label: string;
  /** What it is, shown beside the button. */
  description: string;
  fileName: string;
  map: string[];
  tz: string;
  load(): Promise<string>;
}

function chartOptions(title: string, unit: string): Omit<uPlot.Options, 'width' | 'height'> {
  return {
    title,
    scales: { x: { time: false } },
    // the y axis as wide as its tick labels ("10,000,000" BTU/h), grouped like the dashboard's
    axes: [
      { label: 'hour of the year' },
      { label: unit, size: ySize, values: (_u, vals) => vals.map((v) => formatNumber(v, 3)) },
    ],
    series: [
      {},
      { label: 'simulated', stroke: '#0072B2', width: 1 },
      // Semi-transparent so the simulated line stays visible under a year of measurements.
      { label: 'measured', stroke: 'rgba(213, 94, 0, 0.6)', width: 1 },
    ],
  };
}

type Props = { t: TelemetryPanelState; units: UnitSystem };

/** The file (chosen or the example), its column map and time zone, and "Load and score". */
function SourceFields({ t, example }: Omit<Props, 'units'> & { example: TelemetryExample | undefined }) {
  const { source, setSource } = t;
  return (
    <>
      <div className="telemetry-source">
        <label>
          Telemetry file (CSV or Home Assistant history){' '}
          <input type="file" accept=".csv,text/csv" onChange={(e) => void t.onFile(e.target.files?.[0])} />
        </label>
        {example && (
          <p className="telemetry-example">
            <button type="button" className="small" onClick={() => void t.loadExample(example)}>
              {example.label}
            </button>{' '}
            <span className="muted">{example.description}</span>
          </p>
        )}
        {source.text !== undefined && (
          <p className="telemetry-file" role="status">
            {source.fileName}: {source.text.length.toLocaleString('en-US')} characters read. Check the column
            map and time zone, then “Load and score”.
          </p>
        )}
      </div>
      <label>
        <span>
          Column map, one per line: the file's column header, “=”, then the channel it measures (e.g.{' '}
          <code>Heat meter 1 [MWh]=heatToGreenhouse</code>). Channels:{' '}
          {MAPPED_CHANNELS.map((id, i) => (
            <span key={id}>
              {i ? ', ' : ''}
              {channelLabel(id).toLowerCase()} (<code>{id}</code>)
            </span>
          ))}
          .
        </span>
        <textarea
          value={source.mapText}
          rows={3}
          onChange={(e) => setSource((s) => ({ ...s, mapText: e.target.value }))}
        />
      </label>
      <label>
        Time zone with daylight saving (IANA, optional){' '}
        <input
          value={source.tz}
          placeholder="America/Winnipeg"
          onChange={(e) => setSource((s) => ({ ...s, tz: e.target.value }))}
        />
      </label>
      <button type="button" disabled={!source.text} onClick={() => void t.importAndScore()}>
        Load and score
      </button>
    </>
  );
}

/** What was imported, and each measured series over the simulated one. */
function Measured({ t, run, units }: Props & { run: TelemetryRun | undefined }) {
  const { imported } = t;
  if (!imported) return null;
  return (
    <>
      <p>
        {imported.series.length} series, {imported.coveredHours} of {imported.hours} hours with data
        {imported.notes.map((n) => (
          <span key={n}>
            <br />
            {noteText(n)}
          </span>
        ))}
      </p>
      {imported.series.map((s) => {
        const o = overlayData(s.values, run?.series[s.series], s.siUnit, units);
        const label = channelLabel(s.series);
        return (
          <UPlotChart
            key={s.series}
            title={`${label}: measured over simulated`}
            options={chartOptions(`${label} (${o.unit})`, o.unit)}
            data={o.data as uPlot.AlignedData}
            height={220}
            group="telemetry"
            summary={`${label} measured (${s.column}, ${s.hours} hours) over the simulated series, in ${o.unit}`}
          />
        );
      })}
    </>
  );
}

/** The parameters to fit, "Fit" and its progress, then what the fit gave. */
function FitFields({ t, units }: Props) {
  const { chosen, setChosen, progress, fit } = t;
  const choices = t.choices.flatMap((c) => fitChoiceView(c, units) ?? []);
  return (
    <>
      <fieldset>
        <legend>Fit parameters</legend>
        {choices.map((c) => (
          <label key={c.path}>
            <input
              type="checkbox"
              checked={chosen.includes(c.path)}
              onChange={(e) =>
                setChosen((old) => (e.target.checked ? [...old, c.path] : old.filter((p) => p !== c.path)))
              }
            />{' '}
            {c.label} ({c.range})
          </label>
        ))}
        <button
          type="button"
          disabled={chosen.length === 0 || progress !== undefined}
          onClick={() => void t.startFit()}
        >
          Fit
        </button>
        {progress && <progress aria-label={progress} />}
        {progress && <span> {progress}</span>}
      </fieldset>
      {fit && (
        <p>
          {fit.calibrated ? 'Calibrated (meets Guideline 14)' : 'Not calibrated (misses Guideline 14)'} after{' '}
          {fit.evaluations} full-model simulations (after a first pass on 1-h steps) in{' '}
          {(fit.elapsedMs / 1000).toFixed(0)} s: {fittedText(fit.fitted, units)}. Applied to the scenario as
          one edit: Undo returns to the values before the fit.
        </p>
      )}
    </>
  );
}

export function TelemetryPanel(props: TelemetryPanelProps) {
  const t = useTelemetryPanel(props);
  const units = props.units ?? 'SI';
  return (
    <section className="telemetry-panel" aria-label="Measured data">
      <h2>Measured data</h2>
      <SourceFields t={t} example={props.example} />
      {t.error && (
        <p role="alert" className="telemetry-error">
          {noteText(t.error)}
        </p>
      )}
      <Measured t={t} run={props.run} units={units} />
      {t.scores && <G14Table before={t.fit?.before ?? t.scores} after={t.fit?.after} />}
      {t.imported && <FitFields t={t} units={units} />}
    </section>
  );
}

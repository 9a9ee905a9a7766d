/**
 * Measured data in the app: load a telemetry file (CSV or Home Assistant history), map its columns, see
 * each measured series over the simulated one, the ASHRAE Guideline 14 table, and "Fit" chosen parameters
 * in the telemetry worker; the calibrated scenario is handed to `onCalibrated` (the app applies the fitted
 * values as one scenario edit, so Undo compares with the original). A bundled example year can be offered.
 */
import { useEffect, useMemo, useState } from 'react';
import type uPlot from 'uplot';
import type { CalibrateOutput, ScoreRow, TelemetryImportOutput } from '../../../worker/telemetry';
import type { TelemetryClient } from '../../../worker/telemetryClient';
import { UPlotChart } from '../UPlotChart';
import { G14Table } from './G14Table';
import { overlayData } from './overlay';

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

const MAX_BYTES = 64 * 1024 * 1024;

function chartOptions(title: string, unit: string): Omit<uPlot.Options, 'width' | 'height'> {
  return {
    title,
    scales: { x: { time: false } },
    axes: [{ label: 'hour of the year' }, { label: unit }],
    series: [
      {},
      { label: 'simulated', stroke: '#0072B2', width: 1 },
      // Semi-transparent so the simulated line stays visible under a year of measurements.
      { label: 'measured', stroke: 'rgba(213, 94, 0, 0.6)', width: 1 },
    ],
  };
}

export function TelemetryPanel({ input, run, client, onCalibrated, example }: TelemetryPanelProps) {
  const [text, setText] = useState<string>();
  const [fileName, setFileName] = useState('');
  const [mapText, setMapText] = useState('');
  const [tz, setTz] = useState('');
  const [imported, setImported] = useState<TelemetryImportOutput>();
  const [scores, setScores] = useState<ScoreRow[]>();
  const [choices, setChoices] = useState<{ path: string; unit: string; lower: number; upper: number }[]>([]);
  const [chosen, setChosen] = useState<string[]>(['greenhouse.leakage', 'heatExchanger.area']);
  const [progress, setProgress] = useState<string>();
  const [fit, setFit] = useState<CalibrateOutput>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void client.fitChoices().then(setChoices, (e: Error) => setError(e.message));
  }, [client]);

  const request = useMemo(() => {
    const map = mapText
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    return { text: text ?? '', map, ...(tz.trim() ? { tz: tz.trim() } : {}) };
  }, [text, mapText, tz]);

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(`${file.name} is ${file.size} bytes; at most ${MAX_BYTES}`);
      return;
    }
    setFileName(file.name);
    setText(await file.text());
    setImported(undefined);
    setScores(undefined);
    setFit(undefined);
  }

  async function loadExample() {
    if (!example) return;
    setError(undefined);
    let body: string;
    try {
      body = await example.load();
      setFileName(example.fileName);
      setMapText(example.map.join('\n'));
      setTz(example.tz);
      setText(body);
      setImported(undefined);
      setScores(undefined);
      setFit(undefined);
    } catch (e) {
      setError(`the example file ${example.fileName} could not be loaded: ${(e as Error).message}`);
      return;
    }
    // The example's map and time zone are known: import and score it at once.
    await importAndScore({ text: body, map: example.map, tz: example.tz });
  }

  async function importAndScore(req = request) {
    setError(undefined);
    try {
      const out = await client.importTelemetry(req);
      setImported(out);
      if (run) setScores((await client.scoreTelemetry(req, run)).rows);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  // A new run (an edit, or the fitted scenario) is scored against the loaded file again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: rescore only when the run changes
  useEffect(() => {
    if (!run || !imported) return;
    let live = true;
    client.scoreTelemetry(request, run).then(
      (r) => live && setScores(r.rows),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [run]);

  async function startFit() {
    setError(undefined);
    setFit(undefined);
    try {
      const out = await client.calibrateTelemetry({ ...request, input, paths: chosen }, (done, total, best) =>
        setProgress(`${done}/${total} simulations, mean CV(RMSE) ${(best * 100).toFixed(2)} %`),
      );
      setFit(out);
      const fitted = Object.entries(out.fitted)
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ');
      onCalibrated(out.input, `calibrated to ${fileName}: ${fitted}`, out.fitted);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section className="telemetry-panel" aria-label="Measured data">
      <h2>Measured data</h2>
      <div className="telemetry-source">
        <label>
          Telemetry file (CSV or Home Assistant history){' '}
          <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        {example && (
          <p className="telemetry-example">
            <button type="button" className="small" onClick={() => void loadExample()}>
              {example.label}
            </button>{' '}
            <span className="muted">{example.description}</span>
          </p>
        )}
        {text !== undefined && (
          <p className="telemetry-file" role="status">
            {fileName}: {text.length.toLocaleString('en-US')} characters read. Check the column map and time
            zone, then “Load and score”.
          </p>
        )}
      </div>
      <label>
        <span>
          Column map, one per line (e.g. <code>Heat meter 1 [MWh]=heatToGreenhouse</code>)
        </span>
        <textarea value={mapText} rows={3} onChange={(e) => setMapText(e.target.value)} />
      </label>
      <label>
        Time zone with daylight saving (IANA, optional){' '}
        <input value={tz} placeholder="America/Winnipeg" onChange={(e) => setTz(e.target.value)} />
      </label>
      <button type="button" disabled={!text} onClick={() => void importAndScore()}>
        Load and score
      </button>
      {error && (
        <p role="alert" className="telemetry-error">
          {error}
        </p>
      )}
      {imported && (
        <p>
          {imported.series.length} series, {imported.coveredHours} of {imported.hours} hours with data
          {imported.notes.map((n) => (
            <span key={n}>
              <br />
              {n}
            </span>
          ))}
        </p>
      )}
      {imported?.series.map((s) => {
        const o = overlayData(s.values, run?.series[s.series], s.siUnit);
        return (
          <UPlotChart
            key={s.series}
            title={`${s.series}: measured over simulated`}
            options={chartOptions(`${s.series} (${o.unit})`, o.unit)}
            data={o.data as uPlot.AlignedData}
            height={220}
            group="telemetry"
            summary={`${s.series} measured (${s.column}, ${s.hours} hours) over the simulated series, in ${o.unit}`}
          />
        );
      })}
      {scores && <G14Table before={fit?.before ?? scores} after={fit?.after} />}
      {imported && (
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
              {c.path} ({c.lower}–{c.upper} {c.unit})
            </label>
          ))}
          <button
            type="button"
            disabled={chosen.length === 0 || progress !== undefined}
            onClick={() => void startFit()}
          >
            Fit
          </button>
          {progress && <progress aria-label={progress} />}
          {progress && <span> {progress}</span>}
        </fieldset>
      )}
      {fit && (
        <p>
          {fit.calibrated ? 'Calibrated (meets Guideline 14)' : 'Not calibrated (misses Guideline 14)'} after{' '}
          {fit.evaluations} simulations in {(fit.elapsedMs / 1000).toFixed(0)} s:{' '}
          {Object.entries(fit.fitted)
            .map(([k, v]) => `${k} = ${v}`)
            .join(', ')}
          . Applied to the scenario as one edit: Undo returns to the values before the fit.
        </p>
      )}
    </section>
  );
}

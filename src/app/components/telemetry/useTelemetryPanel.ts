/**
 * The telemetry panel's state and actions: the file (chosen, or the bundled example), its column map and time
 * zone, the import and Guideline 14 scores in the telemetry worker (scored again when a new run arrives), the
 * parameters to fit and the calibration with its progress.
 */
import { useEffect, useMemo, useState } from 'react';
import type {
  CalibrateOutput,
  ScoreRow,
  TelemetryImportOutput,
  TelemetryImportRequest,
} from '../../../worker/telemetry';
import type { TelemetryClient } from '../../../worker/telemetryClient';
import { fittedText } from './labels';
import type { TelemetryExample, TelemetryPanelProps } from './TelemetryPanel';

const MAX_BYTES = 64 * 1024 * 1024;

export interface Source {
  text?: string;
  fileName: string;
  mapText: string;
  tz: string;
}

export type FitChoice = Awaited<ReturnType<TelemetryClient['fitChoices']>>[number];

function requestOf(s: Source): TelemetryImportRequest {
  const map = s.mapText
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
  return { text: s.text ?? '', map, ...(s.tz.trim() ? { tz: s.tz.trim() } : {}) };
}

const message = (e: unknown) => (e as Error).message;

/** The parameters the worker offers to fit, with their ranges. */
function useFitChoices(client: TelemetryClient, onError: (m: string) => void): FitChoice[] {
  const [choices, setChoices] = useState<FitChoice[]>([]);
  useEffect(() => {
    void client.fitChoices().then(setChoices, (e: Error) => onError(e.message));
  }, [client, onError]);
  return choices;
}

/** Score the imported file (`request`, undefined before an import) again when `run` changes. */
function useRescore(
  client: TelemetryClient,
  run: TelemetryPanelProps['run'],
  request: TelemetryImportRequest | undefined,
  onScores: (rows: ScoreRow[]) => void,
  onError: (m: string) => void,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: rescore only when the run changes
  useEffect(() => {
    if (!run || !request) return;
    let live = true;
    client.scoreTelemetry(request, run).then(
      (r) => live && onScores(r.rows),
      (e: Error) => live && onError(e.message),
    );
    return () => {
      live = false;
    };
  }, [run]);
}

/** The telemetry file (chosen or the example), its import and its scores against `run`. */
function useTelemetryFile(
  client: TelemetryClient,
  run: TelemetryPanelProps['run'],
  setError: (m: string | undefined) => void,
  onNewFile: () => void,
) {
  const [source, setSource] = useState<Source>({ fileName: '', mapText: '', tz: '' });
  const [imported, setImported] = useState<TelemetryImportOutput>();
  const [scores, setScores] = useState<ScoreRow[]>();
  const request = useMemo(() => requestOf(source), [source]);

  /** A new file: what was imported, scored and fitted from the old one goes. */
  function takeFile(next: Partial<Source> & { text: string; fileName: string }) {
    setSource((s) => ({ ...s, ...next }));
    setImported(undefined);
    setScores(undefined);
    onNewFile();
  }

  async function importAndScore(req = request) {
    setError(undefined);
    try {
      const out = await client.importTelemetry(req);
      setImported(out);
      if (run) setScores((await client.scoreTelemetry(req, run)).rows);
    } catch (e) {
      setError(message(e));
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(`${file.name} is ${file.size} bytes; at most ${MAX_BYTES}`);
      return;
    }
    takeFile({ text: await file.text(), fileName: file.name });
  }

  /** The example's map and time zone are known: load, import and score it at once. */
  async function loadExample(example: TelemetryExample) {
    setError(undefined);
    let text: string;
    try {
      text = await example.load();
    } catch (e) {
      setError(`the example file ${example.fileName} could not be loaded: ${message(e)}`);
      return;
    }
    takeFile({ text, fileName: example.fileName, mapText: example.map.join('\n'), tz: example.tz });
    await importAndScore({ text, map: example.map, tz: example.tz });
  }

  // A new run (an edit, or the fitted scenario) is scored against the loaded file again.
  useRescore(client, run, imported ? request : undefined, setScores, setError);
  return { source, setSource, request, imported, scores, onFile, loadExample, importAndScore };
}

export function useTelemetryPanel({ input, run, client, onCalibrated, units = 'SI' }: TelemetryPanelProps) {
  const [chosen, setChosen] = useState<string[]>(['greenhouse.leakage', 'heatExchanger.area']);
  const [progress, setProgress] = useState<string>();
  const [fit, setFit] = useState<CalibrateOutput>();
  const [error, setError] = useState<string>();
  const choices = useFitChoices(client, setError);
  const file = useTelemetryFile(client, run, setError, () => setFit(undefined));
  const { source, request } = file;

  async function startFit() {
    setError(undefined);
    setFit(undefined);
    try {
      const out = await client.calibrateTelemetry({ ...request, input, paths: chosen }, (done, total, best) =>
        setProgress(`${done}/${total} simulations, mean CV(RMSE) ${(best * 100).toFixed(2)} %`),
      );
      setFit(out);
      onCalibrated(
        out.input,
        `calibrated to ${source.fileName}: ${fittedText(out.fitted, units)}`,
        out.fitted,
      );
    } catch (e) {
      setError(message(e));
    } finally {
      setProgress(undefined);
    }
  }

  return {
    source,
    setSource: file.setSource,
    imported: file.imported,
    scores: file.scores,
    choices,
    chosen,
    setChosen,
    progress,
    fit,
    error,
    onFile: file.onFile,
    loadExample: file.loadExample,
    importAndScore: file.importAndScore,
    startFit,
  };
}

export type TelemetryPanelState = ReturnType<typeof useTelemetryPanel>;

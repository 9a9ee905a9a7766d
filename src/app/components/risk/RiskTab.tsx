/**
 * The "Risk & compare" tab (a lazily loaded chunk): the Monte Carlo business case of the app's latest
 * full-year run (fan chart, NPV histogram, P10/P50/P90) with its parameters (`economics.risk`, edited through
 * the app's scenario edit path: validated, undoable, autosaved), and this scenario beside the AI racks and
 * mining + AI presets per MW. Everything heavy runs in the risk worker; results of an older run are dropped.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RiskResult, ScenarioIssue } from '../../../core';
import type { RunOutput } from '../../../worker/engine';
import {
  type CompareOutput,
  createRiskClient,
  type RiskClient,
  type RiskRequest,
} from '../../../worker/riskClient';
import type { Draft, ScenarioJson } from '../../lib/edit';
import type { UnitSystem } from '../../lib/units';
import { CompareView } from './CompareView';
import { RiskParamsEditor } from './RiskParamsEditor';
import { RiskView } from './RiskView';
import '../tabs.css';

let shared: RiskClient | undefined;
/** One risk worker for the page, started the first time the tab opens. */
function riskClient(): RiskClient {
  if (!shared) {
    // No in-process fallback: it would pull the whole simulation core into the page's first chunk.
    shared = createRiskClient();
  }
  return shared;
}

const MAX_SAMPLES = 100_000;

/** The sample count or seed typed, or a message naming the field, the value and the allowed range. */
export function wholeIn(field: string, text: string, min: number, max: number): number | string {
  const t = text.trim();
  const n = Number(t);
  if (t === '' || !Number.isInteger(n) || n < min || n > max) {
    return `${field} = "${text}": a whole number between ${min} and ${max}`;
  }
  return n;
}

export interface RiskTabProps {
  input: ScenarioJson;
  /** The latest full-year run of `input` (null while a run is pending). */
  run: RunOutput | null;
  drafts: Record<string, Draft>;
  issues: ScenarioIssue[];
  onEdit(path: string, value: unknown, text: string, immediate: boolean): void;
  /** The app's unit system (the per-MW table's heat delivered). */
  units?: UnitSystem;
}

const PREFIX = 'economics.risk.';

/** The risk fields as shown: pending drafts' text over the valid input's values; errors by field key. */
function fieldsOf(input: ScenarioJson, drafts: Record<string, Draft>, issues: ScenarioIssue[]) {
  const econ = (input.economics ?? {}) as Record<string, unknown>;
  const values: Record<string, unknown> = { ...((econ.risk ?? {}) as Record<string, unknown>) };
  for (const [p, d] of Object.entries(drafts))
    if (p.startsWith(PREFIX)) values[p.slice(PREFIX.length)] = d.text;
  const errors: Record<string, string> = {};
  for (const i of issues) {
    if (i.path.startsWith(PREFIX)) errors[i.path.slice(PREFIX.length).split('.')[0]!] = i.message;
  }
  return { values, errors };
}

type Status = { kind: 'idle' | 'running' | 'error'; text: string };

/** The Monte Carlo and the per-MW comparison of `run` in the risk worker; an older run's results are dropped. */
function useRiskAnalysis(
  input: ScenarioJson,
  run: RunOutput | null,
  samples: number | string,
  seed: number | string,
) {
  const client = riskClient();
  const [risk, setRisk] = useState<RiskResult>();
  const [compare, setCompare] = useState<CompareOutput>();
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });
  const ticket = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new run or new sampling settings start a new analysis; `input` is the run's
  useEffect(() => {
    if (!run || typeof samples !== 'number' || typeof seed !== 'number') return;
    const id = ++ticket.current;
    const live = () => id === ticket.current;
    const req: RiskRequest = {
      input,
      economics: run.economics,
      kpis: run.kpis,
      weatherLabel: run.weather.fileName ?? run.weather.location,
      samples,
      seed,
    };
    setStatus({ kind: 'running', text: `Sampling ${samples.toLocaleString('en-US')} market paths…` });
    (async () => {
      try {
        const r = await client.riskOfRun(req);
        if (!live()) return;
        setRisk(r);
        setStatus({ kind: 'running', text: 'Comparing with the AI racks and mix sites…' });
        const c = await client.compareWithPresets(req, (f) => {
          if (live() && f < 1) {
            const text = `Simulating the AI racks and mix sites (once): ${Math.round(f * 100)} %`;
            setStatus({ kind: 'running', text });
          }
        });
        if (!live()) return;
        setCompare(c);
        setStatus({ kind: 'idle', text: '' });
      } catch (e) {
        if (live()) setStatus({ kind: 'error', text: (e as Error).message });
      }
    })();
  }, [run, samples, seed, client]);

  return { risk, compare, status };
}

interface ControlsProps {
  samplesText: string;
  seedText: string;
  onSamples(text: string): void;
  onSeed(text: string): void;
  /** The checked values, or their messages. */
  samples: number | string;
  seed: number | string;
  /** What to say when both are valid. */
  message: string;
  isError: boolean;
}

/** Sample count and seed (not scenario fields: options of the analysis, as on the command line). */
function SamplingControls(p: ControlsProps) {
  const bad = typeof p.samples === 'string' ? p.samples : typeof p.seed === 'string' ? p.seed : undefined;
  return (
    <div className="risk-controls">
      <div className={`field${typeof p.samples === 'string' ? ' invalid' : ''}`}>
        <label htmlFor="risk-samples">Samples</label>
        <input
          id="risk-samples"
          inputMode="numeric"
          value={p.samplesText}
          aria-invalid={typeof p.samples === 'string' || undefined}
          onChange={(e) => p.onSamples(e.currentTarget.value)}
        />
      </div>
      <div className={`field${typeof p.seed === 'string' ? ' invalid' : ''}`}>
        <label htmlFor="risk-seed">Seed</label>
        <input
          id="risk-seed"
          inputMode="numeric"
          value={p.seedText}
          aria-invalid={typeof p.seed === 'string' || undefined}
          onChange={(e) => p.onSeed(e.currentTarget.value)}
        />
      </div>
      <p className="risk-status" role="status" aria-live="polite">
        {bad !== undefined || p.isError ? <span className="field-error">{bad ?? p.message}</span> : p.message}
      </p>
    </div>
  );
}

export default function RiskTab({ input, run, drafts, issues, onEdit, units = 'SI' }: RiskTabProps) {
  const [samplesText, setSamplesText] = useState('1000');
  const [seedText, setSeedText] = useState('1');
  const samples = wholeIn('Samples', samplesText, 1, MAX_SAMPLES);
  const seed = wholeIn('Seed', seedText, 0, 0xffffffff);
  const { risk, compare, status } = useRiskAnalysis(input, run, samples, seed);
  const { values, errors } = useMemo(() => fieldsOf(input, drafts, issues), [input, drafts, issues]);
  const message = !run
    ? 'Waiting for the full-year run…'
    : status.text || `Same seed, same result. Weather: ${run.weather.fileName ?? run.weather.location}.`;

  return (
    <div className="tab-body risk-tab">
      <SamplingControls
        samplesText={samplesText}
        seedText={seedText}
        onSamples={setSamplesText}
        onSeed={setSeedText}
        samples={samples}
        seed={seed}
        message={message}
        isError={!!run && status.kind === 'error'}
      />
      <div className="risk-grid">
        <div className="risk-results" aria-busy={status.kind === 'running'}>
          {risk ? <RiskView risk={risk} /> : <p className="muted">The P10/P50/P90 bands follow the run.</p>}
        </div>
        <RiskParamsEditor
          values={values}
          errors={errors}
          onChange={(path, text) => onEdit(path, text.trim() === '' ? undefined : text, text, false)}
        />
      </div>
      <section className="compare" aria-label="Mining vs AI hosting per MW">
        <h3>Mining vs AI racks vs a mix, per MW of nameplate</h3>
        {compare ? (
          <>
            <div className="table-scroll">
              <CompareView sites={compare.sites} units={units} />
            </div>
            <p className="hint">{compare.note}</p>
          </>
        ) : (
          <p className="muted">
            The comparison follows the risk bands (the two preset sites are simulated once).
          </p>
        )}
      </section>
    </div>
  );
}

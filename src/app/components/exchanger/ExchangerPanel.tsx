/**
 * The Exchanger tab: the design-day report of the scenario (core `designDay`, as `heat-twin design`) —
 * duty, terminal temperatures, approach, LMTD and F, UA required vs installed, NTU, ε, plates and area,
 * channel and port velocities and pressure drops against the allowables, pump head and power, the dry cooler
 * at winter and summer design — in the user's unit system, with a warning under every limit exceeded, and the
 * figures as a CSV download. The design hours come from the app's last annual run of the scenario; below, the
 * exchanger at one chosen hour of that run (HourFigures).
 */
import { useId, useMemo, useState } from 'react';
import type { RunOutput } from '../../../worker/engine';
import { download, slug } from '../../lib/download';
import type { ScenarioJson } from '../../lib/edit';
import type { UnitSystem } from '../../lib/units';
import { FigureTable } from './FigureTable';
import { designSections } from './figures';
import { computeDesign, PLATES } from './model';
import { HourFigures } from './HourFigures';
import { allWarnings, designCsv, sectionsIn, withUnitText } from './format';
import './exchanger.css';

export interface ExchangerPanelProps {
  run: RunOutput;
  units: UnitSystem;
  input: ScenarioJson;
}

/** The design-day sections, their notes' quantities in `units`. */
function sectionsOf(result: ReturnType<typeof computeDesign>, units: UnitSystem) {
  return result.ok ? sectionsIn(designSections(result.report), units) : [];
}

export default function ExchangerPanel({ run, units, input }: ExchangerPanelProps) {
  const [plate, setPlate] = useState('large');
  const plateId = useId();
  const result = useMemo(() => computeDesign(input, run, plate), [input, run, plate]);
  const sections = useMemo(() => sectionsOf(result, units), [result, units]);
  const warnings = useMemo(() => allWarnings(sections, units), [sections, units]);

  if (!result.ok) {
    return (
      <section className="xp-panel" aria-label="Exchanger design">
        <p className="xp-error" role="alert">
          The design-day figures could not be worked out for this scenario: {result.error}
        </p>
      </section>
    );
  }
  const r = result.report;
  const hours = r.conditions.source.designHours;
  const name = String(input.name ?? r.scenario);
  const onCsv = () =>
    download(
      `${slug(name)}-exchanger-design.csv`,
      designCsv(sections, units, `Exchanger design day — ${r.scenario}`),
      'text/csv',
    );

  return (
    <section className="xp-panel" aria-label="Exchanger design">
      <header className="xp-head">
        <div>
          <h2>Exchanger at the design day</h2>
          <p className="muted">
            Outdoor {withUnitText(r.conditions.outdoorT, { kind: 'temperature' }, units)} (the site’s heating
            design temperature), miners at full power; load and return from the{' '}
            {hours ? `${hours.hours} coldest hour${hours.hours === 1 ? '' : 's'}` : 'design hours'} of the
            {run.preview ? ' preview' : ''} annual run{run.hours < 8760 ? ` (${run.hours} h simulated)` : ''}.
            Same figures as the command-line tool gives (<code>heat-twin design</code>).
          </p>
        </div>
        <div className="xp-actions">
          <label htmlFor={plateId}>Plate size</label>
          <select id={plateId} value={plate} onChange={(e) => setPlate(e.target.value)}>
            {PLATES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
          <button type="button" onClick={onCsv}>
            Download design report (CSV)
          </button>
        </div>
      </header>
      {warnings.length ? (
        <div className="xp-summary" role="status">
          <strong>
            {warnings.length} warning{warnings.length === 1 ? '' : 's'} at the design day
          </strong>
          <ul>
            {warnings.map((w) => (
              <li key={`${w.rowId}-${w.text}`}>{w.text}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="xp-ok" role="status">
          Every checked limit is met (Δp, channel and port velocity, UA, dry-cooler capacity).
        </p>
      )}
      <div className="xp-grid">
        {sections.map((s) => (
          <FigureTable key={s.id} section={s} units={units} />
        ))}
        <HourFigures run={run} units={units} />
      </div>
    </section>
  );
}

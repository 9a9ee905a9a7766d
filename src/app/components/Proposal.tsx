/**
 * Host proposal: a printable document the greenhouse host and the mining operator can sign — the parties,
 * the site, the headline in plain words, the heat ledger, the cash flow by year with payback in words, the
 * assumptions with numbered sources and the exchanger's design day as a technical annex. One unit system
 * (the app's) and one currency (the scenario's economics) throughout, through proposal/format.ts.
 */
import type { Scenario } from '../../core';
import type { RunOutput } from '../../worker/engine';
import { monthly } from '../lib/aggregate';
import type { UnitSystem } from '../lib/units';
import { MonthlyBars } from './MonthlyBars';
import { Annex } from './proposal/Annex';
import { CashFlowTable } from './proposal/CashFlow';
import { docFormat } from './proposal/format';
import { HeatLedger, Headline } from './proposal/Headline';
import { Notes } from './proposal/Notes';
import { buildNotes, cite } from './proposal/notes';
import { PartiesEditor } from './proposal/PartiesEditor';
import { useParties } from './proposal/parties';
import { DocHeader, partyNames, SiteFacts } from './proposal/Site';
import './proposal/proposal.css';

interface Props {
  scenario: Scenario;
  assumptions: string[];
  sources: Record<string, string>;
  run: RunOutput;
  units: UnitSystem;
  snapshot: string | null;
  onClose(): void;
}

export function Proposal({ scenario, assumptions, sources, run, units, snapshot, onClose }: Props) {
  const [parties, setParty] = useParties();
  const e = run.economics;
  const f = docFormat(units, e?.currency ?? run.kpis.currency ?? '');
  const names = partyNames(parties);
  const notes = buildNotes(assumptions, sources, f);
  return (
    <div className="proposal-wrap" role="dialog" aria-modal="true" aria-label="Host proposal">
      <div className="proposal-bar no-print">
        <button type="button" onClick={onClose}>
          ← Back to the twin
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          Print / save as PDF
        </button>
        {run.preview ? <span className="muted">Waiting for the full-year run…</span> : null}
      </div>
      <PartiesEditor parties={parties} onChange={setParty} />
      <article className="pp-doc">
        <DocHeader scenario={scenario} parties={parties} />
        <SiteFacts scenario={scenario} run={run} f={f} snapshot={snapshot} notes={notes} />
        <section className="pp-section">
          <h2>For the greenhouse: the numbers</h2>
          <Headline run={run} f={f} fuel={scenario.backupHeater.type} refs={cite(notes, 'heat path')} />
        </section>
        <section className="pp-section pp-page">
          <h2>Heat over the year</h2>
          <MonthlyBars monthly={monthly(run)} units={units} width={680} height={160} light />
          <HeatLedger run={run} f={f} />
        </section>
        {e ? (
          <section className="pp-section">
            <h2>Money: cash flow by year</h2>
            <CashFlowTable e={e} f={f} names={names} refs={cite(notes, 'economics')} />
          </section>
        ) : null}
        <Notes notes={notes} f={f} run={run} names={names} />
        <section className="pp-section pp-page">
          <h2>Technical annex: the heat exchanger on the design day</h2>
          <p className="pp-fine">
            The coldest conditions the plant is designed for, from the same hour-by-hour simulation:
            temperatures, heat flows and pressure drops on each side of the plate heat exchanger, pumps and
            dry cooler.
          </p>
          <Annex scenario={scenario} run={run} f={f} />
        </section>
      </article>
    </div>
  );
}

/**
 * Technical annex: the plate exchanger on the design day, the Exchanger panel's own model and figures
 * (computeDesign → designSections → FigureTable), without the tool hints meant for engineers at the screen.
 */
import { useMemo } from 'react';
import type { Scenario } from '../../../core';
import type { RunOutput } from '../../../worker/engine';
import type { ScenarioJson } from '../../lib/edit';
import { FigureTable } from '../exchanger/FigureTable';
import { designSections } from '../exchanger/figures';
import { sectionsIn } from '../exchanger/format';
import { computeDesign, type Section } from '../exchanger/model';
import '../exchanger/exchanger.css';
import type { DocFormat } from './format';

/**
 * Sections for a customer: limit warnings stay, the advice naming command-line options goes, and the notes'
 * quantities are written in the document's units.
 */
function forCustomer(sections: Section[], f: DocFormat): Section[] {
  return sectionsIn(sections, f.units).map((s) => ({
    ...s,
    rows: s.rows.map(({ advice: _advice, ...row }) => row),
  }));
}

export function Annex({ scenario, run, f }: { scenario: Scenario; run: RunOutput; f: DocFormat }) {
  // designDay takes a loaded scenario as well as its JSON, so the proposal's scenario is passed as it is.
  const result = useMemo(() => computeDesign(scenario as unknown as ScenarioJson, run), [scenario, run]);
  if (!result.ok) {
    return (
      <p className="pp-fine">
        The design-day figures could not be computed for this scenario: {result.error}
      </p>
    );
  }
  return (
    <div className="pp-annex">
      {forCustomer(designSections(result.report), f).map((s) => (
        <FigureTable key={s.id} section={s} units={f.units} />
      ))}
    </div>
  );
}

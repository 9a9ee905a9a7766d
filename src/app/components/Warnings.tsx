import { useLayoutEffect, useRef } from 'react';
import type { SimulationWarning } from '../../core';
import { fieldWords } from '../lib/fieldWords';
import { warningTitle } from '../lib/kpis';
import type { UnitSystem } from '../lib/units';
import { warningText } from '../lib/warningText';

export type Severity = 'danger' | 'warning' | 'note';

/**
 * How serious a warning is for the people running the site: equipment damage first (freezing, boiling,
 * miners overheating), then heat not delivered, then design notes.
 */
const SEVERITY: Record<string, Severity> = {
  'freeze-risk': 'danger',
  'boiling-margin': 'danger',
  'miner-over-temperature': 'danger',
  'greenhouse-too-cold': 'warning',
  'unmet-heat': 'warning',
  'dry-cooler-undersized': 'warning',
  'exchanger-limits-recovery': 'note',
};
const RANK: Record<Severity, number> = { danger: 0, warning: 1, note: 2 };
const WORD: Record<Severity, string> = { danger: 'Danger', warning: 'Warning', note: 'Note' };

export function severityOf(code: string): Severity {
  return SEVERITY[code] ?? 'warning';
}

/** Warnings, most serious first. */
export function bySeverity(warnings: SimulationWarning[]): SimulationWarning[] {
  return [...warnings].sort((a, b) => RANK[severityOf(a.code)] - RANK[severityOf(b.code)]);
}

function hoursText(w: SimulationWarning): string {
  return w.hours !== undefined ? ` (${w.hours.toLocaleString('en-US')} h)` : '';
}

/**
 * One line per warning at the top of the results, most serious first (details further down); a "no warnings"
 * line when there are none, so the strip keeps its place. While a result is still being refined (`settling`:
 * the quick preview, or a run under way) the strip does not shrink below its height at the last settled
 * result: the preview's shorter list would otherwise move the 3D view and the charts up, and the exact
 * result move them back, twice per edit (and resize the 3D canvas each time).
 */
export function WarningStrip({ warnings, settling }: { warnings: SimulationWarning[]; settling: boolean }) {
  const ref = useRef<HTMLElement>(null);
  const settledHeight = useRef(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (settling) {
      el.style.minHeight = `${settledHeight.current}px`;
    } else {
      el.style.minHeight = '';
      settledHeight.current = el.getBoundingClientRect().height;
    }
  });
  return (
    <section className="warning-strip" aria-label="Warnings by severity" ref={ref}>
      <ul>
        {warnings.length === 0 ? <li className="sev-none">No warnings</li> : null}
        {bySeverity(warnings).map((w) => {
          const s = severityOf(w.code);
          return (
            <li key={w.code} className={`sev-${s}`} data-severity={s} data-code={w.code}>
              <span className="sev">{WORD[s]}</span> {warningTitle(w.code)}
              {hoursText(w)}
            </li>
          );
        })}
      </ul>
      <a href="#warnings" className="small-link">
        Details
      </a>
    </section>
  );
}

export function Warnings({ warnings, units = 'SI' }: { warnings: SimulationWarning[]; units?: UnitSystem }) {
  return (
    <section className="warnings" id="warnings" aria-label="What the simulation noticed">
      <h2>What the simulation noticed</h2>
      {warnings.length === 0 ? (
        <p className="ok">No warnings: the plant ran within its limits all year.</p>
      ) : null}
      <ul>
        {bySeverity(warnings).map((w) => (
          <li key={w.code} data-code={w.code} data-severity={severityOf(w.code)}>
            <strong>
              {warningTitle(w.code)}
              {hoursText(w)}
            </strong>
            <span>{fieldWords(warningText(w.message, units))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

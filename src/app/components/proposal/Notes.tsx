/** Assumptions in plain language with their sources as numbered footnotes, the fine print and signatures. */
import type { RunOutput } from '../../../worker/engine';
import type { DocFormat } from './format';
import type { Notes as NoteList } from './notes';
import { Refs } from './Refs';

interface Props {
  notes: NoteList;
  f: DocFormat;
  run: RunOutput;
  names: Record<'host' | 'operator', string>;
}

export function Notes({ notes, f, run, names }: Props) {
  return (
    <section className="pp-section pp-page pp-notes">
      <h2>Assumptions</h2>
      <ul className="pp-assumptions">
        {notes.assumptions.length ? (
          notes.assumptions.map((a) => (
            <li key={a.text}>
              {a.text}
              <Refs n={a.refs} />
            </li>
          ))
        ) : (
          <li>No assumptions were written for this scenario.</li>
        )}
      </ul>
      {notes.footnotes.length ? (
        <>
          <h3>Sources</h3>
          <ol className="pp-footnotes">
            {notes.footnotes.map((fn) => (
              <li key={fn.n} id={`pp-fn-${fn.n}`} value={fn.n}>
                <strong>{fn.topic}.</strong> {fn.text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="pp-fine">
        Simulated hour by hour over a typical weather year, in steps of {Math.round(run.timeStep / 60)}{' '}
        minutes. All money in {f.currency}. These are estimates, not a guarantee of performance.
      </p>
      <div className="pp-sign">
        {(['host', 'operator'] as const).map((r) => (
          <div key={r} className="pp-sign-box">
            <div className="pp-sign-line">Signature</div>
            <div className="pp-sign-line">Name and title</div>
            <div className="pp-sign-line">Date</div>
            <p>For {names[r]}</p>
          </div>
        ))}
      </div>
    </section>
  );
}

import './compare.css';
import type { Delta } from '../lib/compare';
import type { Card } from '../lib/kpis';

const TONE_WORD = { better: 'better', worse: 'worse', same: 'no change', neutral: '' } as const;

/**
 * Under a card's value while a result is pinned: the delta B − A, coloured better (green) or worse (orange;
 * the word is in the tooltip and for screen readers), then A's value.
 */
function DeltaLine({ d }: { d: Delta }) {
  const word = TONE_WORD[d.tone];
  return (
    <>
      <p
        className={`kpi-delta kpi-${d.tone}`}
        title={`B − A: ${d.text}${word ? ` (${word})` : ''}; A was ${d.pinned}`}
      >
        <span className="kpi-delta-value">{d.text === '±0' ? 'no change' : d.text}</span>
        {word && d.tone !== 'same' ? <span className="visually-hidden"> ({word})</span> : null}
      </p>
      <p className="kpi-delta-a">A {d.pinned}</p>
    </>
  );
}

export function KpiCards({
  cards,
  state,
  deltas,
}: {
  cards: Card[];
  state: string;
  /** Deltas against the pinned result A, by card id (compare mode). */
  deltas?: Record<string, Delta> | undefined;
}) {
  return (
    <section className="kpis" aria-label="Key figures" aria-busy={state !== 'final'} data-state={state}>
      {cards.map((c) => {
        const d = deltas?.[c.id];
        return (
          <article
            key={c.id}
            className={`kpi kpi-${c.group}`}
            data-kpi={c.id}
            data-tone={d?.tone}
            title={c.definition ? `${c.note}. ${c.definition}` : c.note}
          >
            <h3>{c.label}</h3>
            <p className="kpi-value">
              {/* a word instead of a figure ("not in term") in a smaller size, so it stays on one line */}
              <span className={c.raw === null ? 'num kpi-word' : 'num'}>{c.value}</span>{' '}
              <span className="kpi-unit">{c.unit}</span>
            </p>
            {d ? <DeltaLine d={d} /> : null}
            <p className="kpi-note">{c.note}</p>
          </article>
        );
      })}
    </section>
  );
}

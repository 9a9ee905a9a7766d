import type { Card } from '../lib/kpis';

export function KpiCards({ cards, state }: { cards: Card[]; state: string }) {
  return (
    <section className="kpis" aria-label="Key figures" aria-busy={state !== 'final'} data-state={state}>
      {cards.map((c) => (
        <article
          key={c.id}
          className={`kpi kpi-${c.group}`}
          data-kpi={c.id}
          title={c.definition ? `${c.note}. ${c.definition}` : c.note}
        >
          <h3>{c.label}</h3>
          <p className="kpi-value">
            <span className="num">{c.value}</span> <span className="kpi-unit">{c.unit}</span>
          </p>
          <p className="kpi-note">{c.note}</p>
        </article>
      ))}
    </section>
  );
}

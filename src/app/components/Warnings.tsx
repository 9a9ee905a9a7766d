import type { SimulationWarning } from '../../core';
import { warningTitle } from '../lib/kpis';

export function Warnings({ warnings }: { warnings: SimulationWarning[] }) {
  return (
    <section className="warnings" aria-label="What the simulation noticed">
      <h2>What the simulation noticed</h2>
      {warnings.length === 0 ? (
        <p className="ok">No warnings: the plant ran within its limits all year.</p>
      ) : null}
      <ul>
        {warnings.map((w) => (
          <li key={w.code} data-code={w.code}>
            <strong>
              {warningTitle(w.code)}
              {w.hours !== undefined ? ` (${w.hours.toLocaleString('en-US')} h)` : ''}
            </strong>
            <span>{w.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

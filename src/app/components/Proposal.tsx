/**
 * Host proposal: a one-page, print-ready summary (browser print → PDF) of the site, the miner fleet, the
 * headline numbers for the greenhouse host, the monthly heat, a 3D snapshot, assumptions and weather source.
 */
import { useLayoutEffect, useRef } from 'react';
import { catalog, coverPresets, type Scenario } from '../../core';
import type { RunOutput } from '../../worker/engine';
import { monthly } from '../lib/aggregate';
import { type Card, kpiCards } from '../lib/kpis';
import { displayUnit, formatNumber, formatPower, toDisplay, type UnitSystem } from '../lib/units';
import { MonthlyBars } from './MonthlyBars';

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
  const miner = catalog.miners[scenario.miners.model];
  const cover = (coverPresets() as Record<string, { name: string }>)[scenario.greenhouse.cover];
  const cards = kpiCards(run, units);
  const pick = (id: string): Card | undefined => cards.find((c) => c.id === id);
  const headline = ['coverage', 'delivered', 'costAvoided', 'co2', 'hostNet', 'backup']
    .map(pick)
    .filter((c): c is Card => c !== undefined);
  const mw = ((miner?.power ?? 0) * scenario.miners.count) / 1e6;
  const area = toDisplay(scenario.greenhouse.floorArea, 'area', units);
  const t = (k: number) =>
    `${formatNumber(toDisplay(k, 'temperature', units), 3)} ${displayUnit('temperature', units).label}`;
  const page = useRef<HTMLElement>(null);
  // One printed page: shrink the assumptions and sources (the part whose length varies) until the page's
  // content fits in A4 height (296 mm at 96 px/in), down to 60 % of their size.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-fit when the content changes
  useLayoutEffect(() => {
    const el = page.current;
    if (!el) return;
    const limit = (296 / 25.4) * 96;
    let scale = 1;
    el.style.setProperty('--notes-scale', '1');
    el.style.height = 'auto';
    el.style.minHeight = '0';
    while (el.scrollHeight > limit && scale > 0.6) {
      scale -= 0.05;
      el.style.setProperty('--notes-scale', scale.toFixed(2));
    }
    el.style.height = '';
    el.style.minHeight = '';
  }, [assumptions, sources, run, units, snapshot]);
  const date = new Date().toLocaleDateString('en-CA', { year: 'numeric', month: 'long', day: 'numeric' });
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
      <article className="proposal" ref={page}>
        <header>
          <p className="eyebrow">Heat reuse proposal · {date}</p>
          <h1>{scenario.site.name}</h1>
          <p className="lede">{scenario.name}</p>
        </header>
        <section className="p-grid">
          <div>
            <h2>The site</h2>
            <dl>
              <dt>Miner fleet</dt>
              <dd>
                {scenario.miners.count.toLocaleString('en-US')} × {miner?.manufacturer} {miner?.name} in{' '}
                {scenario.miners.modules} container module{scenario.miners.modules === 1 ? '' : 's'} ·{' '}
                {formatNumber(mw, 3)} MW electric
              </dd>
              <dt>Greenhouse</dt>
              <dd>
                {formatNumber(area, 3)} {displayUnit('area', units).label} ·{' '}
                {cover?.name ?? scenario.greenhouse.cover} · day {t(scenario.greenhouse.daySetpoint)} / night{' '}
                {t(scenario.greenhouse.nightSetpoint)}
              </dd>
              <dt>Backup heater</dt>
              <dd>
                {scenario.backupHeater.type.replace('-', ' ')},{' '}
                {formatPower(scenario.backupHeater.capacity, units)}
              </dd>
              <dt>Weather</dt>
              <dd>{run.weather.attribution.replace(/^Weather:\s*/, '')}</dd>
            </dl>
          </div>
          <figure className="snapshot">
            {snapshot ? (
              <img
                src={snapshot}
                alt="3D view of the plant: containers, dry cooler, exchanger and greenhouse"
              />
            ) : (
              <div className="snapshot-empty">3D view of the plant</div>
            )}
          </figure>
        </section>
        <section>
          <h2>For the greenhouse: the numbers</h2>
          <div className="p-kpis">
            {headline.map((c) => (
              <div key={c.id} className="p-kpi">
                <div className="p-kpi-value">
                  {c.value} <small>{c.unit}</small>
                </div>
                <div className="p-kpi-label">{c.label}</div>
              </div>
            ))}
          </div>
        </section>
        <section>
          <MonthlyBars monthly={monthly(run)} units={units} width={700} height={165} light />
        </section>
        <section className="p-notes">
          <div>
            <h2>Assumptions</h2>
            <ul>
              {assumptions.length ? assumptions.map((a) => <li key={a}>{a}</li>) : <li>None listed.</li>}
            </ul>
          </div>
          {Object.keys(sources).length ? (
            <div>
              <h2>Sources</h2>
              <ul>
                {Object.entries(sources).map(([k, v]) => (
                  <li key={k}>
                    <strong>{k}:</strong> {v}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="fine">
            Simulated hour by hour over a typical weather year with the Heat Reuse Twin (time step{' '}
            {formatNumber(run.timeStep / 60, 3)} min). Estimates, not a guarantee of performance.
          </p>
        </section>
      </article>
    </div>
  );
}

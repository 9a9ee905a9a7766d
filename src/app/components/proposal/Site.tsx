/** The proposal's header (parties, logos, site) and the site's description beside the 3D snapshot. */
import { catalog, coverPresets, type Scenario } from '../../../core';
import type { RunOutput } from '../../../worker/engine';
import type { DocFormat } from './format';
import { cite, type Notes } from './notes';
import type { Parties } from './parties';
import { Refs } from './Refs';

const BACKUP_WORDS: Record<string, string> = {
  electric: 'Electric boilers',
  'natural-gas': 'Natural-gas boilers',
  propane: 'Propane heaters',
};

export function partyNames(p: Parties): Record<'host' | 'operator', string> {
  return {
    host: p.host.name.trim() || 'The greenhouse (host)',
    operator: p.operator.name.trim() || 'The mining operator',
  };
}

export function DocHeader({ scenario, parties }: { scenario: Scenario; parties: Parties }) {
  const names = partyNames(parties);
  const date = new Date().toLocaleDateString('en-CA', { year: 'numeric', month: 'long', day: 'numeric' });
  return (
    <header className="pp-header">
      <div className="pp-logos">
        {(['host', 'operator'] as const).map((r) =>
          parties[r].logo ? (
            <img key={r} src={parties[r].logo ?? ''} alt={`${names[r]} logo`} data-logo={r} />
          ) : null,
        )}
      </div>
      <p className="pp-eyebrow">Heat reuse proposal · {date}</p>
      <h1>{scenario.site.name}</h1>
      <p className="pp-parties-line" data-parties>
        Between <strong data-party-name="host">{names.host}</strong>, greenhouse and heat user, and{' '}
        <strong data-party-name="operator">{names.operator}</strong>, who operates the miners.
      </p>
      <p className="pp-lede">{scenario.name}</p>
    </header>
  );
}

export function SiteFacts(props: {
  scenario: Scenario;
  run: RunOutput;
  f: DocFormat;
  snapshot: string | null;
  notes: Notes;
}) {
  const { scenario, run, f, snapshot, notes } = props;
  const miner = catalog.miners[scenario.miners.model];
  const coverName = (coverPresets() as Record<string, { name: string }>)[scenario.greenhouse.cover]?.name;
  // mid-sentence: "20,000 m² of floor, inflated double polyethylene film"
  const cover = coverName
    ? coverName.charAt(0).toLowerCase() + coverName.slice(1)
    : scenario.greenhouse.cover;
  // The miners' electric nameplate in MW in both unit systems: US practice states electricity in W, kW and
  // MW, never in Btu/h (the heat figures of the document are in the unit system; see plain.ts convertHeat).
  const electric = ((miner?.power ?? 0) * scenario.miners.count) / 1e6;
  const g = scenario.greenhouse;
  const modules = scenario.miners.modules;
  return (
    <section className="pp-grid">
      <div>
        <h2>The site</h2>
        <dl>
          <dt>Miners</dt>
          <dd>
            {f.count(scenario.miners.count)} liquid-cooled {miner?.manufacturer} {miner?.name} miners in{' '}
            {modules} container module{modules === 1 ? '' : 's'}, {electric.toFixed(electric < 1 ? 2 : 1)} MW
            of electricity
            <Refs n={cite(notes, 'miner')} />
          </dd>
          <dt>Greenhouse</dt>
          <dd data-floor-area>
            {f.area(g.floorArea)} of floor, {cover}; kept at {f.temperature(g.daySetpoint)} by day and{' '}
            {f.temperature(g.nightSetpoint)} at night
            <Refs n={cite(notes, 'set point', 'setpoint', 'greenhouse')} />
          </dd>
          <dt>Backup heating</dt>
          <dd>
            {BACKUP_WORDS[scenario.backupHeater.type] ?? scenario.backupHeater.type},{' '}
            {f.power(scenario.backupHeater.capacity)}
          </dd>
          <dt>Weather</dt>
          <dd>
            {run.weather.attribution.replace(/^Weather:\s*/, '')}
            <Refs n={cite(notes, 'weather', 'design temperature')} />
          </dd>
        </dl>
      </div>
      <figure className="pp-snapshot">
        {snapshot ? (
          <img src={snapshot} alt="3D view of the plant: containers, dry cooler, exchanger and greenhouse" />
        ) : (
          <div className="pp-snapshot-empty">3D view of the plant</div>
        )}
      </figure>
    </section>
  );
}

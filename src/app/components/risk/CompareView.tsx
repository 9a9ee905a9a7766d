/**
 * Sites side by side per MW of electric nameplate (issue 17): mining vs AI hosting vs a mix — revenue,
 * margin with its P10–P90 band, heat delivered, backup avoided, CO₂. Takes the core's `perMwSummary` of
 * each simulated site (with its Monte Carlo bands). Self-contained table.
 */
import { type PerMwSummary, sharedCurrency } from '../../../core';
import { displayUnit, toDisplay, type UnitSystem } from '../../lib/units';

export interface CompareViewProps {
  sites: PerMwSummary[];
  /** The app's unit system: heat delivered in MWh (SI) or MMBtu (imperial). */
  units?: UnitSystem;
}

const n = (x: number | null | undefined, d = 0) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? '–'
    : x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

/** A column title: the scenario name before " — ", without a trailing "at the … site" (as the CLI's). */
export function shortName(name: string): string {
  return (name.split(' — ')[0] ?? name).replace(/\s+at the .*$/, '');
}

export function CompareView({ sites, units = 'SI' }: CompareViewProps) {
  // money in one currency, or (a scenario in another currency beside the USD presets; not converted) each
  // figure with its own site's currency
  const c = sharedCurrency(sites);
  const cur = (label: string, per: string) => (c ? `${label}, ${c}/${per}` : `${label}, per ${per}`);
  const money = (f: (s: PerMwSummary) => string) => (c ? f : (s: PerMwSummary) => `${f(s)} ${s.currency}`);
  const rows: [string, (s: PerMwSummary) => string][] = [
    ['Nameplate, MW (miners + AI)', (s) => `${n(s.minersMW, 2)} + ${n(s.aiMW, 2)}`],
    [cur('Revenue', 'MW·yr'), money((s) => n(s.perMw.revenue))],
    [cur('Electricity', 'MW·yr'), money((s) => n(s.perMw.electricityCost))],
    [cur('Margin (year 1)', 'MW'), money((s) => n(s.perMw.margin))],
    [
      cur('Margin P10 … P90', 'MW'),
      money((s) => (s.bands ? `${n(s.bands.margin.p10)} … ${n(s.bands.margin.p90)}` : '–')),
    ],
    [cur('Capex', 'MW'), money((s) => n(s.perMw.capex))],
    [cur('NPV', 'MW'), money((s) => n(s.perMw.npv))],
    [
      cur('NPV P10 … P90', 'MW'),
      money((s) => (s.bands ? `${n(s.bands.npv.p10)} … ${n(s.bands.npv.p90)}` : '–')),
    ],
    // Heat is an energy of the display table (MWh, or MMBtu in imperial as the proposal and the KPI cards
    // write it); the "per MW" is of electrical nameplate, which US practice also states in MW (electric power
    // is not given in Btu/h), so it stays MW in both systems like the table's other rows.
    [
      `Heat delivered, ${displayUnit('energy', units).label}/MW·yr`,
      (s) => n(toDisplay(s.perMw.heatDelivered_MWh, 'energy', units)),
    ],
    [cur('Backup avoided', 'MW·yr'), money((s) => n(s.perMw.backupCostAvoided))],
    ['CO₂ avoided, t/MW·yr', (s) => n(s.perMw.co2Avoided_t, 1)],
    ['Heat coverage (site)', (s) => `${(s.heatCoverage * 100).toFixed(1)} %`],
    ['Heat pump seasonal COP', (s) => n(s.heatPumpCop, 2)],
  ];
  return (
    <table className="compare-per-mw" aria-label="Sites compared per MW of nameplate">
      <thead>
        <tr>
          <th scope="col">Per MW of nameplate</th>
          {sites.map((s) => (
            <th key={s.name} scope="col">
              {shortName(s.name)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, f]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {sites.map((s) => (
              <td key={s.name}>{f(s)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

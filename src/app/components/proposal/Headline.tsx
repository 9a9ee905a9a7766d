/**
 * The proposal's headline: cards in plain words (share of the greenhouse's heat, heat delivered, backup
 * energy and CO₂ avoided, the electricity that comes back as heat) and the heat ledger, a table that sums.
 */
import type { RunOutput } from '../../../worker/engine';
import { type DocFormat, wholeParts } from './format';
import { Refs } from './Refs';

const FUEL_WORDS: Record<string, string> = {
  electric: 'electricity for the backup boilers',
  'natural-gas': 'natural gas for the backup heater',
  propane: 'propane for the backup heater',
};

interface Card {
  id: string;
  value: string;
  label: string;
}

function cards(run: RunOutput, f: DocFormat, fuel: string): Card[] {
  const k = run.kpis;
  const b = run.economics?.breakdown;
  const out: Card[] = [
    {
      id: 'coverage',
      value: f.percent(k.heatCoverage),
      // the coverage KPI counts the heat pump's heat too (the AI racks' heat, lifted)
      label:
        k.heatPumpHeat_MWh > 0
          ? 'of the greenhouse’s heat comes from the miners and the AI racks’ heat pump'
          : 'of the greenhouse’s heat comes from the miners',
    },
    {
      id: 'delivered',
      // with AI racks, the heat pump's heat too: the heat behind the coverage card beside it
      value: f.energy(k.heatToGreenhouse_MWh + k.heatPumpHeat_MWh),
      label:
        k.heatPumpHeat_MWh > 0
          ? 'of heat delivered to the greenhouse each year (miners and heat pump)'
          : 'of heat delivered to the greenhouse each year',
    },
  ];
  if (b) {
    out.push({
      id: 'fuel',
      value: f.energy(b.avoidedBackupInput_MWh),
      label: `of ${FUEL_WORDS[fuel] ?? 'backup energy'} no longer bought each year`,
    });
  }
  if (Number.isFinite(k.co2Avoided_t)) {
    out.push({ id: 'co2', value: f.co2(k.co2Avoided_t), label: 'of CO₂ avoided each year' });
  }
  out.push({
    id: 'recovered',
    value: f.percent(k.heatRecovered_MWh / k.minerElectricity_MWh),
    label: 'of the electricity comes back as heat to the coolant',
  });
  if (run.economics) {
    out.push({
      id: 'hostNet',
      value: f.money(run.economics.parties.host.annualNet),
      label: 'net benefit to the greenhouse in the first year',
    });
  }
  return out;
}

export function Headline(props: { run: RunOutput; f: DocFormat; fuel: string; refs: number[] }) {
  const { run, f, fuel, refs } = props;
  const k = run.kpis;
  const share = f.percent(k.heatRecovered_MWh / k.minerElectricity_MWh);
  return (
    <>
      <div className="pp-cards">
        {cards(run, f, fuel).map((c) => (
          <div key={c.id} className="pp-card" data-card={c.id}>
            <div className="pp-card-value">{c.value}</div>
            <div className="pp-card-label">{c.label}</div>
          </div>
        ))}
      </div>
      <p className="pp-explain">
        Nearly all the electricity a miner uses ends up as heat. The miners are cooled by liquid, and that
        liquid carries {share} of their electricity away as hot coolant ({f.energy(k.heatRecovered_MWh)} of{' '}
        {f.energy(k.minerElectricity_MWh)} a year); the rest warms the air around them. The coolant passes its
        heat to the greenhouse’s hot water through a plate heat exchanger.
        <Refs n={refs} />
      </p>
    </>
  );
}

/** Where the heat captured in the coolant goes over the year; the rows add up to the total. */
export function HeatLedger({ run, f }: { run: RunOutput; f: DocFormat }) {
  const k = run.kpis;
  // The rows rounded so that they add up to the printed total exactly (largest remainders), none negative.
  const d = f.energyValue(k.heatToGreenhouse_MWh);
  const r = f.energyValue(k.heatRejected_MWh);
  const lost = f.energyValue(k.heatRecovered_MWh) - d - r;
  // (a tank that gave back more than it stored over the year leaves a real negative: then that remainder)
  const [delivered = 0, rejected = 0, rounded = 0] = wholeParts([d, r, lost]);
  const captured = lost >= -0.5 ? delivered + rejected + rounded : f.energyWhole(k.heatRecovered_MWh);
  const lostWhole = captured - delivered - rejected;
  const rows: [string, string, number][] = [
    ['delivered', 'Delivered to the greenhouse', delivered],
    ['rejected', 'Rejected outdoors by the dry cooler (when the greenhouse needs less)', rejected],
    ['lost', 'Lost from pipes and storage, or left in storage', lostWhole],
  ];
  return (
    <table className="pp-table pp-ledger">
      <caption>Where the heat captured in the coolant goes, per year</caption>
      <thead>
        <tr>
          <th scope="col">Heat</th>
          <th scope="col">{f.energyUnit} per year</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([id, label, v]) => (
          <tr key={id} data-ledger={id}>
            <th scope="row">{label}</th>
            <td>{f.whole(v)}</td>
            <td>{f.percent(captured > 0 ? v / captured : 0)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-ledger="captured">
          <th scope="row">Captured into the coolant (total)</th>
          <td>{f.whole(captured)}</td>
          <td>{f.percent(1, 3)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

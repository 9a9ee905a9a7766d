/**
 * KPI cards from a run's results, in the current unit system. Economics cards appear only when the run
 * has economics figures (a scenario whose economics could not be computed simply shows none).
 */
import { outputInfo } from '../../core';
import type { RunOutput } from '../../worker/engine';
import { displayUnit, formatPower, formatSignificant, toDisplay, type UnitSystem } from './units';

export interface Card {
  id: string;
  /** The definition from the core's OUTPUTS table (shown as the card's tooltip), when there is one. */
  definition?: string;
  label: string;
  value: string;
  /** The value as a number in the unit shown (null: none, e.g. no payback), for comparisons. */
  raw: number | null;
  unit: string;
  note: string;
  group: 'heat' | 'money';
}

/**
 * The precision of every figure on the KPI cards (their values, deltas and the numbers in their notes) and of
 * the energy-flow diagram's labels, which show the same quantities: significant figures, thousands separators.
 */
export const CARD_DIGITS = 3;

/** A card's figure: CARD_DIGITS significant figures ("15,900", "92.0", "0.300"). */
export function figure(x: number): string {
  return formatSignificant(x, CARD_DIGITS);
}

/** "1.23 M" style amounts for money (CARD_DIGITS significant figures). */
export function money(x: number): string {
  const a = Math.abs(Number(x.toPrecision(CARD_DIGITS)));
  if (a >= 1e6) return `${figure(x / 1e6)} M`;
  if (a >= 1e4) return `${figure(x / 1e3)} k`;
  return figure(x);
}

type Kpis = RunOutput['kpis'];

/** The heat cards (energy in the display unit system). */
function heatCards(k: Kpis, units: UnitSystem): Card[] {
  const e = displayUnit('energy', units);
  const energyNum = (mwh: number) => toDisplay(mwh, 'energy', units);
  const energy = (mwh: number) => figure(energyNum(mwh));
  return [
    {
      id: 'recovered',
      raw: (k.heatRecovered_MWh / k.minerElectricity_MWh) * 100,
      // the share captured by the coolant, not the share reused (that is the energy reuse factor)
      label: 'Electricity captured as coolant heat',
      value: figure((k.heatRecovered_MWh / k.minerElectricity_MWh) * 100),
      unit: '%',
      note: `${energy(k.heatRecovered_MWh)} of ${energy(k.minerElectricity_MWh)} ${e.label} into the coolant`,
      group: 'heat',
    },
    {
      id: 'coverage',
      raw: k.heatCoverage * 100,
      label: 'Heat coverage',
      value: figure(k.heatCoverage * 100),
      unit: '%',
      note: 'of the greenhouse heat came from the miners',
      group: 'heat',
    },
    {
      id: 'delivered',
      raw: energyNum(k.heatToGreenhouse_MWh),
      label: 'Miner heat delivered',
      value: energy(k.heatToGreenhouse_MWh),
      unit: `${e.label}/yr`,
      note: 'to the greenhouse through the plate exchanger',
      group: 'heat',
    },
    {
      id: 'backup',
      raw: energyNum(k.backupHeat_MWh),
      label: 'Backup heat',
      value: energy(k.backupHeat_MWh),
      unit: `${e.label}/yr`,
      note: `delivered by the backup heater (its input: ${energy(k.backupInput_MWh)} ${e.label})`,
      group: 'heat',
    },
    {
      id: 'demand',
      raw: energyNum(k.greenhouseHeatDemand_MWh),
      label: 'Greenhouse heat',
      value: energy(k.greenhouseHeatDemand_MWh),
      unit: `${e.label}/yr`,
      // the load at the coldest hours is what the plant is sized for; the hourly peak is a start-up transient
      note: `${formatPower(k.designGreenhouseLoad_kW * 1e3, units)} at the coldest hours · hourly peak ${formatPower(k.peakGreenhouseLoad_kW * 1e3, units)}`,
      group: 'heat',
    },
    {
      id: 'rejected',
      raw: energyNum(k.heatRejected_MWh),
      label: 'Heat rejected',
      value: energy(k.heatRejected_MWh),
      unit: `${e.label}/yr`,
      note: 'by the dry cooler to outdoor air',
      group: 'heat',
    },
    {
      id: 'erf',
      raw: k.energyReuseFactor,
      label: 'Energy reuse factor',
      value: figure(k.energyReuseFactor),
      unit: '',
      note: `reused heat ÷ all ${energy(k.minerElectricity_MWh + k.auxiliaryElectricity_MWh)} ${e.label} of electricity (The Green Grid ERF)`,
      group: 'heat',
    },
  ];
}

/** The money cards, when the run has economics figures (else none). */
function moneyCards(m: Kpis, paybackNote?: string): Card[] {
  if (typeof m.currency !== 'string' || !Number.isFinite(m.miningRevenue)) return [];
  const c = m.currency;
  return [
    {
      id: 'costAvoided',
      raw: m.backupFuelCostAvoided,
      label: 'Backup cost avoided',
      value: money(m.backupFuelCostAvoided),
      unit: `${c}/yr`,
      note: 'fuel or electricity the host no longer buys',
      group: 'money',
    },
    {
      id: 'co2',
      raw: m.co2Avoided_t,
      label: 'CO₂ avoided',
      value: figure(m.co2Avoided_t),
      unit: 't/yr',
      note: 'from the backup fuel displaced',
      group: 'money',
    },
    {
      id: 'revenue',
      raw: m.miningRevenue,
      label: 'Mining revenue',
      value: money(m.miningRevenue),
      unit: `${c}/yr`,
      note: `at ${figure(m.hashprice_perPHday)} ${c}/PH/day`,
      group: 'money',
    },
    {
      id: 'hostNet',
      raw: m.hostNetBenefit,
      label: 'Net benefit to host',
      value: money(m.hostNetBenefit),
      unit: `${c}/yr`,
      note: 'avoided backup cost − heat payments − host costs',
      group: 'money',
    },
    {
      id: 'operatorNet',
      raw: m.operatorNetBenefit,
      label: 'Net benefit to operator',
      value: money(m.operatorNetBenefit),
      unit: `${c}/yr`,
      note: 'revenue − electricity − costs + heat payments',
      group: 'money',
    },
    {
      id: 'payback',
      raw: m.paybackYears,
      label: 'Project payback',
      // null: not within the economics' term ("none" read as "never", while a host without capex pays back at once)
      value: m.paybackYears === null ? 'not in term' : figure(m.paybackYears),
      unit: m.paybackYears === null ? '' : 'years',
      note:
        paybackNote ??
        (m.paybackYears === null
          ? 'the project does not pay back within the term of the economics'
          : 'simple payback of the project'),
      group: 'money',
    },
  ];
}

/** A card with the definition of the OUTPUTS row it shows (its tooltip), when there is one. */
function withDefinition(c: Card): Card {
  const id = OUTPUT_OF_CARD[c.id];
  const definition = id ? outputInfo(id)?.definition : undefined;
  return definition ? { ...c, definition } : c;
}

/** The cards of a run; with its economics, the payback card says why (the core's payback note, in words). */
export function kpiCards(
  out: Pick<RunOutput, 'kpis'> & { economics?: Pick<RunOutput['economics'], 'payback'> },
  units: UnitSystem,
): Card[] {
  const note = out.economics?.payback.project;
  return [...heatCards(out.kpis, units), ...moneyCards(out.kpis, note)].map(withDefinition);
}

/** The row of the core's OUTPUTS table each card shows. */
const OUTPUT_OF_CARD: Record<string, string> = {
  recovered: 'heatRecovered_MWh',
  coverage: 'heatCoverage',
  delivered: 'heatToGreenhouse_MWh',
  backup: 'backupHeat_MWh',
  demand: 'greenhouseHeatDemand_MWh',
  rejected: 'heatRejected_MWh',
  erf: 'energyReuseFactor',
  costAvoided: 'backupFuelCostAvoided',
  co2: 'co2Avoided_t',
  revenue: 'miningRevenue',
  hostNet: 'hostNetBenefit',
  operatorNet: 'operatorNetBenefit',
  payback: 'paybackYears',
};

const WARNING_TITLES: Record<string, string> = {
  'freeze-risk': 'The coolant could freeze',
  'boiling-margin': 'The coolant runs close to boiling',
  'miner-over-temperature': 'Miners ran hot',
  'exchanger-limits-recovery': 'The exchanger limits heat recovery',
  'dry-cooler-undersized': 'The dry cooler is too small',
  'unmet-heat': 'The backup heater is too small',
  'greenhouse-too-cold': 'The greenhouse fell below its set-point',
};

/** A short plain title for a simulation warning code. */
export function warningTitle(code: string): string {
  return WARNING_TITLES[code] ?? code.replace(/-/g, ' ');
}

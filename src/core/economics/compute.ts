/**
 * Annual economics of a simulated year, for both parties of the heat deal:
 *  - the mining OPERATOR earns mining revenue (less the pool fee), pays the electricity of miners and
 *    auxiliaries (energy + demand charge), its opex, and receives the host's heat payments;
 *  - the greenhouse HOST avoids the backup fuel (or electricity) it would have bought to make the miner
 *    heat itself at its boiler efficiency, plus the carbon charge on it, and pays the heat contract.
 * The PROJECT is both together (heat payments cancel), so its NPV does not depend on the contract.
 *
 * Cash flows: year 0 = capex (negative), years 1 … N = year-1 annual figures escalated by
 * `economics.escalation` ((1 + g)^(year − 1)), miner salvage added to the operator in year N.
 * A simulation shorter than a year is annualised by 8760 / hours (demand charges by month, prorated).
 */
import { type AiHostingYear, aiHostingYear } from './aiHosting';
import { paybackNote } from './capex';
import {
  type BtcFigures,
  btcFigures,
  type CapexSplit,
  capexSplit,
  checkHourly,
  type EnergySums,
  energySums,
  type HostBackup,
  hostBackup,
} from './computeParts';
import type { EconomicsKpis, EconomicsResult, HourlyEnergy, PartyResult } from './computeTypes';
import { irr, levelizedCost, npv, simplePayback } from './finance';
import { HASH_PER_PH_DAY, miningRevenue } from './mining';
import { type CashFlows, projectCashFlows, type YearOne } from './projection';
import { type Economics, parseEconomics } from './schema';
import { electricityCost } from './tariff';

export type { EconomicsKpis, EconomicsResult, HourlyEnergy, PartyResult } from './computeTypes';

const YEAR_HOURS = 8760;
const J_PER_MWH = 3.6e9;

function isEconomics(x: unknown): x is Economics {
  return typeof x === 'object' && x !== null && 'mining' in x && 'electricity' in x && 'capex' in x;
}

const orNull = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

/** The year-1 figures of both parties, annualised, in the scenario currency (¤) and J. */
interface Year {
  f: number;
  s: EnergySums;
  b: HostBackup;
  cx: CapexSplit;
  ai: AiHostingYear | undefined;
  revenue: number;
  hashes: number;
  poolFees: number;
  hostingRevenue: number;
  energyCost: number;
  demandCharges: number;
  electricity: number;
  monthlyPeak: Float64Array;
  payments: number;
  operatorCapex: number;
  aiCapex: number;
  capex: number;
  salvage: number;
  operatorOpex: number;
  hostOpex: number;
  operatorNet1: number;
  hostNet1: number;
}

/**
 * Money, CO₂ and investment KPIs of one simulated year. `econ` is the parsed economics (`parseEconomics`)
 * or the raw scenario `economics` section (parsed here). Pure; allocation-light (a few small arrays).
 */
export function computeEconomics(econ: Economics | unknown, hourly: HourlyEnergy): EconomicsResult {
  const e = isEconomics(econ) ? econ : parseEconomics(econ);
  checkHourly(hourly);
  const n = hourly.hours;
  const f = YEAR_HOURS / n;
  const s = energySums(hourly, f);
  const P = hourly.minerElectricPower;
  const H = hourly.hashrate;

  // Operator: mining revenue and electricity.
  const rev = miningRevenue(H, e.mining.perHash, n);
  const revenue = rev.revenue * f;
  const hashes = rev.hashes * f;
  const poolFees = e.poolFee * revenue;
  const ai = hourly.ai ? aiHostingYear(e, hourly.ai, n) : undefined;
  const loads = [P, hourly.auxiliaryPower];
  if (hourly.ai) loads.push(hourly.ai.itPower, hourly.ai.heatPumpElectricity);
  const el = electricityCost(loads, e.electricity, { hours: n, demand: e.demandCharge });
  const energyCost = el.energyCost * f;
  const demandCharges = el.demandCost * f;
  const electricity = energyCost + demandCharges;

  // Host: the backup input the delivered miner heat avoided, its cost and CO₂.
  const b = hostBackup(e, hourly, s, f);

  // Heat contract, year 1.
  const hc = e.heatContract;
  const payments =
    hc.type === 'price' ? hc.price * s.heatJ : hc.type === 'share-of-savings' ? hc.share * b.avoided : 0;

  // Capex.
  const cx = capexSplit(e, hourly, hourly.nameplatePower ?? s.maxP, hourly.nameplateHashrate ?? s.maxH);
  let operatorCapex = cx.operatorCapex;
  // AI racks' hall and the heat pump belong to the operator (who rents the racks and sells the heat).
  const aiCapex = ai ? ai.aiCapex + ai.heatPumpCapex : 0;
  operatorCapex += aiCapex;
  const hostingRevenue = ai?.hostingRevenue ?? 0;
  const capex = operatorCapex + cx.hostCapex;
  const salvage =
    'fraction' in e.minerSalvage ? e.minerSalvage.fraction * cx.capexLines.miners : e.minerSalvage.amount;

  // Opex, year 1.
  const operatorOpex = e.opex.maintenance * operatorCapex + e.opex.operatorFixed;
  const hostOpex = e.opex.maintenance * cx.hostCapex + e.opex.hostFixed;

  const operatorNet1 = revenue - poolFees + hostingRevenue - electricity - operatorOpex + payments;
  const hostNet1 = b.avoided - payments - hostOpex;

  return resultOf(e, hourly, {
    f,
    s,
    b,
    cx,
    ai,
    revenue,
    hashes,
    poolFees,
    hostingRevenue,
    energyCost,
    demandCharges,
    electricity,
    monthlyPeak: el.monthlyPeak,
    payments,
    operatorCapex,
    aiCapex,
    capex,
    salvage,
    operatorOpex,
    hostOpex,
    operatorNet1,
    hostNet1,
  });
}

/** Cash flows over the horizon, each party's NPV/IRR/payback, the KPIs and the breakdown. */
function resultOf(e: Economics, hourly: HourlyEnergy, y: Year): EconomicsResult {
  // Cash flows over the horizon (deterministic escalation; core/risk samples the factors instead).
  const heatMWh = y.s.heatJ / J_PER_MWH;
  const yearOne: YearOne = {
    revenue: y.revenue,
    hostingRevenue: y.hostingRevenue,
    electricity: y.electricity,
    avoidedPurchase: y.b.avoidedPurchase,
    avoidedCarbon: y.b.avoidedCarbon,
    payments: y.payments,
    operatorOpex: y.operatorOpex,
    hostOpex: y.hostOpex,
    operatorCapex: y.operatorCapex,
    hostCapex: y.cx.hostCapex,
    heatRecoveryCapex: y.cx.heatRecoveryCapex,
    salvage: y.salvage,
    heatMWh,
    electricBackup: hourly.backupFuel === 'electric',
  };
  const flows = projectCashFlows(e, yearOne);
  const { operator: op, host: ho, project: pr } = flows;

  const party = (capexP: number, annualNet: number, cf: number[]): PartyResult => ({
    capex: capexP,
    annualNet,
    cashFlows: cf,
    npv: npv(e.discountRate, cf),
    irr: orNull(irr(cf)),
    paybackYears: orNull(simplePayback(cf)),
  });
  const operator = party(y.operatorCapex, y.operatorNet1, op);
  const host = party(y.cx.hostCapex, y.hostNet1, ho);
  const project = party(y.capex, y.operatorNet1 + y.hostNet1, pr);
  const parties = { operator, host, project };

  const btc = btcFigures(e, hourly, y.f, y);

  return {
    currency: e.currency,
    kpis: kpisOf(e, y, parties, btc, flows, heatMWh),
    cashFlows: { operator: op, host: ho, project: pr },
    payback: {
      project: paybackNote(project.paybackYears, e.horizonYears, project.capex, project.annualNet),
      operator: paybackNote(operator.paybackYears, e.horizonYears, operator.capex, operator.annualNet),
      host: paybackNote(host.paybackYears, e.horizonYears, host.capex, host.annualNet),
    },
    parties,
    yearOne,
    breakdown: breakdownOf(e, y, btc, heatMWh),
  };
}

type Parties = EconomicsResult['parties'];

/** The year's KPIs (year-1 money, the project's and each party's NPV/IRR/payback, per-MWh and per-BTC costs). */
function kpisOf(
  e: Economics,
  y: Year,
  p: Parties,
  btc: BtcFigures,
  flows: CashFlows,
  heatMWh: number,
): EconomicsKpis {
  return {
    currency: e.currency,
    miningRevenue: y.revenue,
    hostingRevenue: y.hostingRevenue,
    poolFees: y.poolFees,
    electricityCost: y.electricity,
    demandCharges: y.demandCharges,
    backupFuelCostAvoided: y.b.avoided,
    heatPayments: y.payments,
    co2Avoided_t: y.b.co2AvoidedKg / 1000,
    hostNetBenefit: y.hostNet1,
    operatorNetBenefit: y.operatorNet1,
    npv: p.project.npv,
    irr: p.project.irr,
    paybackYears: p.project.paybackYears,
    operatorNpv: p.operator.npv,
    operatorIrr: p.operator.irr,
    operatorPaybackYears: p.operator.paybackYears,
    hostNpv: p.host.npv,
    hostIrr: p.host.irr,
    hostPaybackYears: p.host.paybackYears,
    capex: y.capex,
    levelizedCostOfHeat_perMWh: orNull(levelizedCost(e.discountRate, flows.lcCosts, flows.lcHeat)),
    backupCostOfHeat_perMWh: heatMWh > 0 ? y.b.avoided / heatMWh : null,
    costPerBtc: orNull(btc.costPerBtc),
    cashCostPerBtc: orNull(btc.cashCostPerBtc),
    btcEarned: orNull(btc.btcEarned),
    hashprice_perPHday: e.mining.perHash * HASH_PER_PH_DAY,
  };
}

/** The year's figures behind the KPIs: energies, the host's backup, capex and opex by party, AI racks. */
function breakdownOf(e: Economics, y: Year, btc: BtcFigures, heatMWh: number): EconomicsResult['breakdown'] {
  const { s, b, cx, ai } = y;
  return {
    annualisation: y.f,
    minerEnergy_MWh: s.minerJ / J_PER_MWH,
    auxiliaryEnergy_MWh: s.auxJ / J_PER_MWH,
    electricityEnergyCost: y.energyCost,
    monthlyPeak_kW: Array.from(y.monthlyPeak, (w) => w / 1000),
    heatDelivered_MWh: heatMWh,
    greenhouseHeat_MWh: s.ghJ / J_PER_MWH,
    backupHeat_MWh: s.backupHeatJ / J_PER_MWH,
    avoidedBackupInput_MWh: b.avoidedInput / J_PER_MWH,
    avoidedFuelPurchase: b.avoidedPurchase,
    avoidedCarbonCharge: b.avoidedCarbon,
    remainingBackupCost: b.remainingPurchase + b.remainingCarbon,
    remainingBackupCo2_t: b.remainingCo2Kg / 1000,
    miningCo2_t: ((s.minerJ + s.auxJ) * e.gridCo2) / 1000,
    capexLines: cx.capexLines,
    operatorCapex: y.operatorCapex,
    hostCapex: cx.hostCapex,
    heatRecoveryCapex: cx.heatRecoveryCapex,
    operatorOpex: y.operatorOpex,
    hostOpex: y.hostOpex,
    minerSalvage: y.salvage,
    btcMined: orNull(btc.btcMined),
    aiCapex: ai?.aiCapex ?? 0,
    heatPumpCapex: ai?.heatPumpCapex ?? 0,
    aiItEnergy_MWh: ai?.itEnergy_MWh ?? 0,
    heatPumpElectricity_MWh: ai?.heatPumpElectricity_MWh ?? 0,
  };
}

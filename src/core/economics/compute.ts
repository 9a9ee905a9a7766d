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
import { paybackNote } from './capex';
import { InputError } from '../errors';
import { irr, levelizedCost, npv, simplePayback } from './finance';
import { BACKUP_FUELS, type BackupFuel, co2, fuelInput } from './fuel';
import { firstBad, HASH_PER_PH_DAY, miningRevenue } from './mining';
import { type AiHostingInputs, aiHostingYear } from './aiHosting';
import { projectCashFlows, type YearOne } from './projection';
import {
  type CapexLineName,
  type Economics,
  HEAT_RECOVERY_LINES,
  parseEconomics,
  CAPEX_LINES,
} from './schema';
import { electricityCost } from './tariff';

/** The annual simulation's hourly series the economics needs (SI; hourly means; length ≥ hours). */
export interface HourlyEnergy {
  hours: number;
  /** Electric power of the miners, W. */
  minerElectricPower: Float64Array;
  /** Hashrate, hash/s. */
  hashrate: Float64Array;
  /** Miner heat delivered to the greenhouse, W. */
  heatToGreenhouse: Float64Array;
  /** Heat from the backup heater, W. */
  backupHeat: Float64Array;
  /** Fuel or electricity drawn by the backup heater, W. */
  backupInput: Float64Array;
  /** Pumps + dry-cooler fans, W. */
  auxiliaryPower: Float64Array;
  /** Heat the greenhouse received (miner + backup), W. */
  greenhouseHeatDemand: Float64Array;
  backupFuel: BackupFuel;
  /** Backup heater efficiency (HHV basis for fuels), fraction. */
  backupEfficiency: number;
  /** Number of miners (for capex per unit). */
  minerCount?: number;
  /** Miner nameplate electric power, W (for capex per MW; default: the highest hourly miner power). */
  nameplatePower?: number;
  /** Miner nameplate hashrate, hash/s (for capex per TH/s; default: the highest hourly hashrate). */
  nameplateHashrate?: number;
  /** AI racks and their heat pump (./aiHosting.ts), when the site has them. */
  ai?: AiHostingInputs;
}

/** Annual KPIs in the scenario currency (year 1 figures; NPV/IRR/payback over the horizon). */
export interface EconomicsKpis {
  currency: string;
  /** Gross mining revenue, before the pool fee, ¤/year. */
  miningRevenue: number;
  /** AI colocation revenue, ¤/year (0 without AI racks). */
  hostingRevenue: number;
  poolFees: number;
  /** Operator electricity: energy of miners + auxiliaries + demand charges, ¤/year. */
  electricityCost: number;
  demandCharges: number;
  /** What the host would have paid to make the delivered miner heat with its backup (fuel + carbon charge), ¤/year. */
  backupFuelCostAvoided: number;
  /** Host → operator heat payments, ¤/year. */
  heatPayments: number;
  /** CO₂ of the backup fuel (or grid electricity) the miner heat displaced, t/year. */
  co2Avoided_t: number;
  /** Avoided backup cost − heat payments − host opex, ¤/year. */
  hostNetBenefit: number;
  /** Mining revenue − pool fee − electricity − operator opex + heat payments, ¤/year. */
  operatorNetBenefit: number;
  /** Project (operator + host) NPV, IRR, payback over the horizon. */
  npv: number;
  irr: number | null;
  paybackYears: number | null;
  operatorNpv: number;
  operatorIrr: number | null;
  operatorPaybackYears: number | null;
  hostNpv: number;
  hostIrr: number | null;
  hostPaybackYears: number | null;
  capex: number;
  /** Levelized cost of the recovered heat: heat-recovery capex and its maintenance per MWh delivered, ¤/MWh. */
  levelizedCostOfHeat_perMWh: number | null;
  /** Backup's cost of heat for comparison: (fuel price + carbon) / efficiency, ¤/MWh (year-1 mean over delivered heat). */
  backupCostOfHeat_perMWh: number | null;
  /** All-in cost per BTC earned: (electricity + opex + straight-line capex − heat income) / BTC after pool fee. */
  costPerBtc: number | null;
  /** Electricity cost per BTC earned. */
  cashCostPerBtc: number | null;
  /** BTC earned after the pool fee, per year (null when the BTC price is unknown in hashprice mode). */
  btcEarned: number | null;
  /** Effective hashprice used, ¤/PH/day. */
  hashprice_perPHday: number;
}

export interface PartyResult {
  capex: number;
  /** Year-1 net cash flow, ¤. */
  annualNet: number;
  cashFlows: number[];
  npv: number;
  irr: number | null;
  paybackYears: number | null;
}

export interface EconomicsResult {
  currency: string;
  kpis: EconomicsKpis;
  /** Year 0 … N, ¤. */
  cashFlows: { operator: number[]; host: number[]; project: number[] };
  /** Simple payback of each party in words (e.g. "does not pay back within the 2-year term"). */
  payback: { project: string; operator: string; host: string };
  parties: { operator: PartyResult; host: PartyResult; project: PartyResult };
  /** The year-1 figures the cash flows are projected from (core/risk re-projects them per sample). */
  yearOne: YearOne;
  breakdown: {
    /** 8760 / hours. */
    annualisation: number;
    minerEnergy_MWh: number;
    auxiliaryEnergy_MWh: number;
    electricityEnergyCost: number;
    monthlyPeak_kW: number[];
    heatDelivered_MWh: number;
    greenhouseHeat_MWh: number;
    backupHeat_MWh: number;
    /** Backup fuel (or electricity) energy the miner heat avoided, MWh. */
    avoidedBackupInput_MWh: number;
    avoidedFuelPurchase: number;
    avoidedCarbonCharge: number;
    /** What the host still spends on its backup (fuel/electricity energy + carbon), ¤/year. */
    remainingBackupCost: number;
    remainingBackupCo2_t: number;
    /** Grid CO₂ of the miners and auxiliaries, t/year. */
    miningCo2_t: number;
    capexLines: Record<CapexLineName, number>;
    operatorCapex: number;
    hostCapex: number;
    heatRecoveryCapex: number;
    operatorOpex: number;
    hostOpex: number;
    minerSalvage: number;
    btcMined: number | null;
    /** AI racks' facility capex and heat pump capex, ¤ (0 without them). */
    aiCapex: number;
    heatPumpCapex: number;
    /** Energy of the AI racks and of the heat pump's compressor, MWh/year. */
    aiItEnergy_MWh: number;
    heatPumpElectricity_MWh: number;
  };
}

const YEAR_HOURS = 8760;
const J_PER_MWH = 3.6e9;

function isEconomics(x: unknown): x is Economics {
  return typeof x === 'object' && x !== null && 'mining' in x && 'electricity' in x && 'capex' in x;
}

function checkHourly(h: HourlyEnergy): void {
  if (!(Number.isInteger(h.hours) && h.hours >= 1))
    throw new InputError('hours', h.hours, 'a whole number of hours ≥ 1');
  const names = [
    'minerElectricPower',
    'hashrate',
    'heatToGreenhouse',
    'backupHeat',
    'backupInput',
    'auxiliaryPower',
    'greenhouseHeatDemand',
  ] as const;
  for (const n of names) {
    const a = h[n];
    if (!(a instanceof Float64Array) || a.length < h.hours) {
      throw new InputError(
        n,
        a instanceof Float64Array ? `${a.length} values` : a,
        `a Float64Array of at least ${h.hours} hourly values`,
      );
    }
  }
  if (!BACKUP_FUELS.includes(h.backupFuel))
    throw new InputError('backupFuel', h.backupFuel, BACKUP_FUELS.join(', '));
  if (!(h.backupEfficiency > 0 && h.backupEfficiency <= 1.1)) {
    throw new InputError('backupHeater.efficiency', h.backupEfficiency, 'between 0 and 1.1 (fraction)');
  }
}

const orNull = (x: number | undefined): number | null => (x === undefined || !Number.isFinite(x) ? null : x);

/**
 * Money, CO₂ and investment KPIs of one simulated year. `econ` is the parsed economics (`parseEconomics`)
 * or the raw scenario `economics` section (parsed here). Pure; allocation-light (a few small arrays).
 */
export function computeEconomics(econ: Economics | unknown, hourly: HourlyEnergy): EconomicsResult {
  const e = isEconomics(econ) ? econ : parseEconomics(econ);
  checkHourly(hourly);
  const n = hourly.hours;
  const f = YEAR_HOURS / n;

  // One pass over the hours for energy sums and nameplate fallbacks.
  const P = hourly.minerElectricPower;
  const H = hourly.hashrate;
  const Q = hourly.heatToGreenhouse;
  let minerJ = 0;
  let auxJ = 0;
  let heatJ = 0;
  let ghJ = 0;
  let backupHeatJ = 0;
  let backupInJ = 0;
  let maxP = 0;
  let maxH = 0;
  for (let i = 0; i < n; i++) {
    const p = P[i]!;
    const h = H[i]!;
    minerJ += p;
    auxJ += hourly.auxiliaryPower[i]!;
    heatJ += Q[i]!;
    ghJ += hourly.greenhouseHeatDemand[i]!;
    backupHeatJ += hourly.backupHeat[i]!;
    backupInJ += hourly.backupInput[i]!;
    if (p > maxP) maxP = p;
    if (h > maxH) maxH = h;
  }
  const sums = {
    minerElectricPower: minerJ,
    auxiliaryPower: auxJ,
    heatToGreenhouse: heatJ,
    greenhouseHeatDemand: ghJ,
    backupHeat: backupHeatJ,
    backupInput: backupInJ,
  };
  for (const [k, v] of Object.entries(sums)) {
    if (!Number.isFinite(v))
      throw new InputError(k, firstBad(hourly[k as keyof typeof sums], n), 'finite W in every hour');
  }
  // Hourly-mean W × 3600 s → J, annualised.
  const A = 3600 * f;
  minerJ *= A;
  auxJ *= A;
  heatJ *= A;
  ghJ *= A;
  backupHeatJ *= A;
  backupInJ *= A;

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
  const fuel = hourly.backupFuel;
  const eta = hourly.backupEfficiency;
  const avoidedInput = fuelInput(heatJ, eta);
  const factors = { grid: e.gridCo2, naturalGas: e.naturalGasCo2, propane: e.propaneCo2 };
  const co2AvoidedKg = co2(fuel, avoidedInput, factors);
  let avoidedPurchase: number;
  let remainingPurchase: number;
  if (fuel === 'electric') {
    avoidedPurchase = (electricityCost(Q, e.backupElectricity, { hours: n }).energyCost * f) / eta;
    remainingPurchase = electricityCost(hourly.backupInput, e.backupElectricity, { hours: n }).energyCost * f;
  } else {
    const price = fuel === 'natural-gas' ? e.naturalGasPrice : e.propanePrice;
    avoidedPurchase = avoidedInput * price;
    remainingPurchase = backupInJ * price;
  }
  const combustion = fuel !== 'electric';
  const avoidedCarbon = combustion ? e.carbonPrice * co2AvoidedKg : 0;
  const remainingCo2Kg = co2(fuel, backupInJ, factors);
  const remainingCarbon = combustion ? e.carbonPrice * remainingCo2Kg : 0;
  const avoided = avoidedPurchase + avoidedCarbon;

  // Heat contract, year 1.
  const hc = e.heatContract;
  const payments =
    hc.type === 'price' ? hc.price * heatJ : hc.type === 'share-of-savings' ? hc.share * avoided : 0;

  // Capex.
  const nameplateP = hourly.nameplatePower ?? maxP;
  const nameplateH = hourly.nameplateHashrate ?? maxH;
  const capexLines = {} as Record<CapexLineName, number>;
  let operatorCapex = 0;
  let hostCapex = 0;
  let heatRecoveryCapex = 0;
  for (const k of CAPEX_LINES) {
    const line = e.capex[k];
    let c: number;
    switch (line.basis) {
      case 'total':
        c = line.amount;
        break;
      case 'perW':
        c = line.amount * nameplateP;
        break;
      case 'perHashrate':
        c = line.amount * nameplateH;
        break;
      case 'perUnit':
        if (hourly.minerCount === undefined || !(hourly.minerCount >= 0)) {
          throw new InputError(
            `economics.capex.${k}`,
            { perUnit: line.amount },
            'a per-unit cost needs the miner count (miners.count)',
          );
        }
        c = line.amount * hourly.minerCount;
        break;
    }
    capexLines[k] = c;
    const heatRecovery = HEAT_RECOVERY_LINES.includes(k);
    if (heatRecovery) heatRecoveryCapex += c;
    if (heatRecovery && e.heatRecoveryOwner === 'host') hostCapex += c;
    else operatorCapex += c;
  }
  // AI racks' hall and the heat pump belong to the operator (who rents the racks and sells the heat).
  const aiCapex = ai ? ai.aiCapex + ai.heatPumpCapex : 0;
  operatorCapex += aiCapex;
  const hostingRevenue = ai?.hostingRevenue ?? 0;
  const capex = operatorCapex + hostCapex;
  const salvage =
    'fraction' in e.minerSalvage ? e.minerSalvage.fraction * capexLines.miners : e.minerSalvage.amount;

  // Opex, year 1.
  const operatorOpex = e.opex.maintenance * operatorCapex + e.opex.operatorFixed;
  const hostOpex = e.opex.maintenance * hostCapex + e.opex.hostFixed;

  const operatorNet1 = revenue - poolFees + hostingRevenue - electricity - operatorOpex + payments;
  const hostNet1 = avoided - payments - hostOpex;

  // Cash flows over the horizon (deterministic escalation; core/risk samples the factors instead).
  const heatMWh = heatJ / J_PER_MWH;
  const yearOne: YearOne = {
    revenue,
    hostingRevenue,
    electricity,
    avoidedPurchase,
    avoidedCarbon,
    payments,
    operatorOpex,
    hostOpex,
    operatorCapex,
    hostCapex,
    heatRecoveryCapex,
    salvage,
    heatMWh,
    electricBackup: fuel === 'electric',
  };
  const flows = projectCashFlows(e, yearOne);
  const { operator: op, host: ho, project: pr, lcCosts, lcHeat } = flows;

  const party = (capexP: number, annualNet: number, cf: number[]): PartyResult => ({
    capex: capexP,
    annualNet,
    cashFlows: cf,
    npv: npv(e.discountRate, cf),
    irr: orNull(irr(cf)),
    paybackYears: orNull(simplePayback(cf)),
  });
  const operator = party(operatorCapex, operatorNet1, op);
  const host = party(hostCapex, hostNet1, ho);
  const project = party(capex, operatorNet1 + hostNet1, pr);

  // BTC.
  let btcMined: number | undefined;
  if (e.mining.kind === 'network') btcMined = hashes * e.mining.btcPerHash;
  else if (e.mining.btcPrice !== undefined && e.mining.btcPrice > 0) btcMined = revenue / e.mining.btcPrice;
  const btcEarned = btcMined === undefined ? undefined : btcMined * (1 - e.poolFee);
  const perBtc = (cost: number) => (btcEarned !== undefined && btcEarned > 0 ? cost / btcEarned : undefined);
  // Per BTC: the mining side only (AI racks' electricity, capex and maintenance left out).
  const miningElectricity = hourly.ai
    ? ((el2) => (el2.energyCost + el2.demandCost) * f)(
        electricityCost([P, hourly.auxiliaryPower], e.electricity, { hours: n, demand: e.demandCharge }),
      )
    : electricity;
  const miningCapex = operatorCapex - aiCapex;
  const allIn =
    miningElectricity +
    operatorOpex -
    e.opex.maintenance * aiCapex +
    (miningCapex - salvage) / e.horizonYears -
    payments;

  const kpis: EconomicsKpis = {
    currency: e.currency,
    miningRevenue: revenue,
    hostingRevenue,
    poolFees,
    electricityCost: electricity,
    demandCharges,
    backupFuelCostAvoided: avoided,
    heatPayments: payments,
    co2Avoided_t: co2AvoidedKg / 1000,
    hostNetBenefit: hostNet1,
    operatorNetBenefit: operatorNet1,
    npv: project.npv,
    irr: project.irr,
    paybackYears: project.paybackYears,
    operatorNpv: operator.npv,
    operatorIrr: operator.irr,
    operatorPaybackYears: operator.paybackYears,
    hostNpv: host.npv,
    hostIrr: host.irr,
    hostPaybackYears: host.paybackYears,
    capex,
    levelizedCostOfHeat_perMWh: orNull(levelizedCost(e.discountRate, lcCosts, lcHeat)),
    backupCostOfHeat_perMWh: heatMWh > 0 ? avoided / heatMWh : null,
    costPerBtc: orNull(perBtc(allIn)),
    cashCostPerBtc: orNull(perBtc(miningElectricity)),
    btcEarned: orNull(btcEarned),
    hashprice_perPHday: e.mining.perHash * HASH_PER_PH_DAY,
  };

  return {
    currency: e.currency,
    kpis,
    cashFlows: { operator: op, host: ho, project: pr },
    payback: {
      project: paybackNote(project.paybackYears, e.horizonYears, project.capex, project.annualNet),
      operator: paybackNote(operator.paybackYears, e.horizonYears, operator.capex, operator.annualNet),
      host: paybackNote(host.paybackYears, e.horizonYears, host.capex, host.annualNet),
    },
    parties: { operator, host, project },
    yearOne,
    breakdown: {
      annualisation: f,
      minerEnergy_MWh: minerJ / J_PER_MWH,
      auxiliaryEnergy_MWh: auxJ / J_PER_MWH,
      electricityEnergyCost: energyCost,
      monthlyPeak_kW: Array.from(el.monthlyPeak, (w) => w / 1000),
      heatDelivered_MWh: heatMWh,
      greenhouseHeat_MWh: ghJ / J_PER_MWH,
      backupHeat_MWh: backupHeatJ / J_PER_MWH,
      avoidedBackupInput_MWh: avoidedInput / J_PER_MWH,
      avoidedFuelPurchase: avoidedPurchase,
      avoidedCarbonCharge: avoidedCarbon,
      remainingBackupCost: remainingPurchase + remainingCarbon,
      remainingBackupCo2_t: remainingCo2Kg / 1000,
      miningCo2_t: ((minerJ + auxJ) * e.gridCo2) / 1000,
      capexLines,
      operatorCapex,
      hostCapex,
      heatRecoveryCapex,
      operatorOpex,
      hostOpex,
      minerSalvage: salvage,
      btcMined: orNull(btcMined),
      aiCapex: ai?.aiCapex ?? 0,
      heatPumpCapex: ai?.heatPumpCapex ?? 0,
      aiItEnergy_MWh: ai?.itEnergy_MWh ?? 0,
      heatPumpElectricity_MWh: ai?.heatPumpElectricity_MWh ?? 0,
    },
  };
}

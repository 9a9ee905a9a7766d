/** What the economics takes from the annual simulation (HourlyEnergy) and what it returns (EconomicsResult). */
import type { AiHostingInputs } from './aiHosting';
import type { YearOne } from './projection';
import type { CapexLineName } from './schema';
import type { BackupFuel } from './fuel';

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

/** The economics section in SI units and the scenario's currency (¤), as the schema returns it. */
import type { CapexLine, CapexLineName, MinerSalvage } from './capexSchema';
import type { Currency } from './money';
import type { RiskParams } from './riskParams';
import type { DemandCharge, Tariff } from './tariff';

export type MiningSource =
  | { kind: 'hashprice'; perHash: number; btcPrice: number | undefined }
  | { kind: 'network'; perHash: number; btcPerHash: number; btcPrice: number; networkHashrate: number };

export type HeatContract =
  /** The host pays `price` (¤/J) for every joule of miner heat delivered. */
  | { type: 'price'; price: number }
  | { type: 'free' }
  /** The host pays the operator `share` of its avoided backup cost. */
  | { type: 'share-of-savings'; share: number };

/** The economics section in SI units and the scenario's currency (¤). */
export interface Economics {
  currency: Currency;
  /** CAD per USD. */
  exchangeRate: number;
  mining: MiningSource;
  poolFee: number;
  electricity: Tariff;
  demandCharge: DemandCharge | undefined;
  backupElectricity: Tariff;
  /** ¤/J (HHV). */
  naturalGasPrice: number;
  /** ¤/J (HHV). */
  propanePrice: number;
  /** kg/J. */
  gridCo2: number;
  naturalGasCo2: number;
  propaneCo2: number;
  /** ¤/kg CO₂ of combustion (gas, propane). */
  carbonPrice: number;
  heatContract: HeatContract;
  capex: Record<CapexLineName, CapexLine>;
  heatRecoveryOwner: 'operator' | 'host';
  opex: { maintenance: number; operatorFixed: number; hostFixed: number };
  horizonYears: number;
  discountRate: number;
  escalation: { hashprice: number; electricity: number; fuel: number; heatPrice: number; opex: number };
  minerSalvage: MinerSalvage;
  risk: RiskParams;
}

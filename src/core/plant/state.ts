/** Inputs and the operating point of a plant solve (SI units). */

/** Boundary conditions of one steady operating point. SI. */
export interface PlantInputs {
  /** Outdoor dry bulb at the dry cooler, K. */
  ambientT: number;
  /** Heat the greenhouse heating circuit takes from the supply header, W (≥ 0). */
  heatDemand: number;
  /** Supply set-point of the greenhouse loop (heating curve), K. */
  supplySetpoint: number;
  /** Miner power limit, fraction of the mode's power (0 = off). */
  powerLimit: number;
  /** Pump speeds as a fraction of nominal flow (default 1). */
  minerPumpSpeed?: number;
  greenhousePumpSpeed?: number;
  /**
   * Variable primary flow: the temperature of the water coming back from the greenhouse circuit, K. When
   * given, the primary pump carries only what the circuit draws, ṁ_B = Q_gh / (cp·(T_supply − returnT)),
   * up to `greenhousePumpSpeed` × nominal flow — so the exchanger sees the circuit's cold return. Without
   * it the primary flow is constant and its return follows from the balance.
   */
  returnT?: number;
  /**
   * Primary flow the circuit draws, kg/s (up to `greenhousePumpSpeed` × nominal): when given it overrides the
   * flow from `returnT` — the circuit's valve is wide open and keeps drawing it while the supply is short.
   */
  primaryFlow?: number;
}

/**
 * How the dry cooler holds the miner inlet: 'valve' (fans stopped, bypass valve modulating), 'fans' (all
 * flow through the cooler, fan speed modulating), 'bypassed' (no flow through the cooler; the exchanger
 * takes everything and the inlet floats below its set-point), 'full' (fans at full speed and still short:
 * the inlet floats above its set-point).
 */
export type FanMode = 'valve' | 'fans' | 'bypassed' | 'full';

/** The operating point: every temperature, flow and duty. SI. */
export interface PlantState {
  fanMode: FanMode;
  // Miner loop
  minerFlow: number;
  minerInletT: number;
  minerOutletT: number;
  hxHotOutT: number;
  /** = minerInletT at steady state. */
  dryCoolerOutT: number;
  minerElectricPower: number;
  heatToCoolant: number;
  heatToAir: number;
  hashrate: number;
  chipT: number;
  /** Share of units hashing. */
  minerUptime: number;
  /** 'running' | 'throttled' | 'shutdown' | 'off' | 'cycling' (at a shutdown threshold). */
  minerStatus: string;
  // Exchanger
  hxDuty: number;
  hxColdFlow: number;
  hxColdInT: number;
  hxColdOutT: number;
  hxUA: number;
  hxEffectiveness: number;
  hxNtu: number;
  // Dry cooler
  dryCoolerDuty: number;
  /** Share of the miner-loop flow through the dry cooler (the rest bypasses it). */
  dryCoolerFlowShare: number;
  fanSpeed: number;
  fanPower: number;
  // Greenhouse loop
  greenhouseFlow: number;
  greenhouseReturnT: number;
  /** After the exchanger branch and bypass mix. */
  preheatedT: number;
  supplyT: number;
  boilerHeat: number;
  boilerInput: number;
  heatDelivered: number;
  unmetHeat: number;
  // Pumps
  minerPumpPower: number;
  greenhousePumpPower: number;
  /** |Q_cool − Q_hx − Q_dc| / max(|Q_cool|, 1 W) (miner loop) — the steady balance residual. */
  energyResidual: number;
}

export function createPlantState(): PlantState {
  return {
    fanMode: 'bypassed',
    minerFlow: 0,
    minerInletT: 0,
    minerOutletT: 0,
    hxHotOutT: 0,
    dryCoolerOutT: 0,
    minerElectricPower: 0,
    heatToCoolant: 0,
    heatToAir: 0,
    hashrate: 0,
    chipT: 0,
    minerUptime: 0,
    minerStatus: 'off',
    hxDuty: 0,
    hxColdFlow: 0,
    hxColdInT: 0,
    hxColdOutT: 0,
    hxUA: 0,
    hxEffectiveness: 0,
    hxNtu: 0,
    dryCoolerDuty: 0,
    dryCoolerFlowShare: 0,
    fanSpeed: 0,
    fanPower: 0,
    greenhouseFlow: 0,
    greenhouseReturnT: 0,
    preheatedT: 0,
    supplyT: 0,
    boilerHeat: 0,
    boilerInput: 0,
    heatDelivered: 0,
    unmetHeat: 0,
    minerPumpPower: 0,
    greenhousePumpPower: 0,
    energyResidual: 0,
  };
}

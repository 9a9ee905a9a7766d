/** The plant's fixed data, built once per scenario: catalog look-ups, nominal flows, exchanger model. */
import { type BackupHeater, backupHeater } from '../components/backupHeater';
import { type DryCooler, dryCooler } from '../components/dryCooler';
import { type MinerBank, minerBank } from '../components/minerBank';
import { InputError } from '../errors';
import { parseFluid } from '../fluids';
import type { Fluid } from '../fluids/types';
import { type HxModel, hxModelFromUA } from '../hx/plate';
import {
  dryCoolerModel,
  minerModel,
  plateExchangerModel,
  plateExchangerNominalFlows,
} from '../models/catalog';
import type { MinerModeName } from '../models/catalog';
import type { Scenario } from '../models/scenario';

/** Everything fixed about a plant, precomputed from a scenario. SI units. */
export interface Plant {
  miners: MinerBank;
  minerMode: MinerModeName;
  /** Planned availability (0–1) scaling the bank's output. */
  availability: number;
  containerAirT: number;
  minerFluid: Fluid;
  /** Miner-loop mass flow, kg/s. */
  minerFlow: number;
  /** Miner-loop density at its nominal mean temperature (the one its volume flow is converted with), kg/m³. */
  minerDensity: number;
  /** Miner inlet set-point held by the dry cooler, K. */
  minerInletSetpoint: number;
  hx: HxModel;
  dryCooler: DryCooler;
  greenhouseFluid: Fluid;
  /** Greenhouse-loop primary mass flow, kg/s. */
  greenhouseFlow: number;
  /** Greenhouse-loop density at its nominal mean temperature (as `minerDensity`), kg/m³. */
  greenhouseDensity: number;
  heater: BackupHeater;
  /** Loop pump data: nominal pressure rise, Pa, and wire-to-water efficiency. */
  minerPump: { pressureRise: number; efficiency: number };
  greenhousePump: { pressureRise: number; efficiency: number };
  /** Specific heats used for the loop balances, J/(kg·K). */
  cpMiner: number;
  cpGreenhouse: number;
}

/** Build the plant of a validated scenario (catalog look-ups, nominal flows, exchanger model). */
export function buildPlant(s: Scenario): Plant {
  const model = minerModel(s.miners.model);
  if (s.miners.count % s.miners.modules !== 0) {
    throw new InputError('miners.modules', s.miners.modules, `a divisor of miners.count (${s.miners.count})`);
  }
  const bank = minerBank(model, s.miners.count, s.miners.modules);
  const minerFluid = parseFluid(s.minerLoop.fluid, s.minerLoop.pressure);
  const greenhouseFluid = parseFluid(s.greenhouseLoop.fluid, s.greenhouseLoop.pressure);
  const tSet = s.minerLoop.inletSetpoint;
  const tMeanA = tSet + 0.5 * model.coolant.nominalDeltaT;
  const minerDensity = minerFluid.density(tMeanA);
  const minerFlow = s.minerLoop.flowPerMiner * s.miners.count * minerDensity;
  const supplyTop = Math.max(...s.greenhouseLoop.heatingCurve.map((p) => p.supply));
  const tMeanB = supplyTop - 10;
  const greenhouseDensity = greenhouseFluid.density(tMeanB);
  const greenhouseFlow = s.greenhouseLoop.flow * greenhouseDensity;

  // Exchanger: UA at nominal flows from the scenario (ua, or area × U) or the catalog entry.
  const hxs = s.heatExchanger;
  const cat = hxs.model ? plateExchangerModel(hxs.model) : undefined;
  const overallU = hxs.overallU ?? cat?.overallU;
  const ua = hxs.ua ?? (hxs.area !== undefined && overallU !== undefined ? hxs.area * overallU : cat?.ua);
  if (ua === undefined)
    throw new InputError('heatExchanger', hxs, 'a catalog model, area with overallU, or ua');
  const nominal = cat
    ? plateExchangerNominalFlows(cat, minerFluid, greenhouseFluid)
    : { hot: minerFlow, cold: greenhouseFlow };
  const hx = hxModelFromUA({
    ua,
    hotFlowNominal: nominal.hot,
    coldFlowNominal: nominal.cold,
    hotFluid: minerFluid,
    coldFluid: greenhouseFluid,
    arrangement: 'counterflow',
    exponent: hxs.flowExponent,
  });

  const dc = dryCooler(dryCoolerModel(s.dryCooler.model), Math.max(1, s.dryCooler.count));
  const heater = backupHeater({
    kind: s.backupHeater.type === 'electric' ? 'electric' : 'gas',
    capacity: s.backupHeater.capacity,
    efficiency: s.backupHeater.efficiency,
  });
  return {
    miners: bank,
    minerMode: s.miners.mode,
    availability: s.miners.availability,
    containerAirT: s.miners.containerAirTemperature,
    minerFluid,
    minerFlow,
    minerDensity,
    minerInletSetpoint: tSet,
    hx,
    dryCooler: dc,
    greenhouseFluid,
    greenhouseFlow,
    greenhouseDensity,
    heater,
    minerPump: {
      pressureRise: model.coolant.pressureDrop + s.minerLoop.externalPressureDrop,
      efficiency: s.minerLoop.pumpEfficiency,
    },
    greenhousePump: {
      pressureRise: s.greenhouseLoop.externalPressureDrop,
      efficiency: s.greenhouseLoop.pumpEfficiency,
    },
    cpMiner: minerFluid.specificHeat(tMeanA),
    cpGreenhouse: greenhouseFluid.specificHeat(tMeanB),
  };
}

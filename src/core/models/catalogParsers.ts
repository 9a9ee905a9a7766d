/** Catalog JSON entries → SI models (miners, dry coolers, plate exchangers); errors name `<id>.<path>`. */
import { ZERO_CELSIUS } from '../errors';
import type { z } from 'zod';
import type { Fluid } from '../fluids/types';
import {
  type DryCoolerModel,
  dryCoolerSchema,
  type MinerMode,
  type MinerModeName,
  type MinerModel,
  minerSchema,
  type modeSchema,
  type PlateExchangerModel,
  plateExchangerSchema,
} from './catalogSchema';
import { K, Reader, validate } from './catalogReader';

// Parsers

/** Parse and convert a miner catalog entry (JSON object) to SI. Throws InputError naming the bad path. */
export function parseMinerModel(json: unknown): MinerModel {
  const j = validate(minerSchema, json, 'miner');
  const r = new Reader(j.id);
  const modes = minerModes(r, j.modes);
  const coolant = minerCoolant(r, j.coolant);
  const thermal = minerThermal(r, j.thermal);
  const physical = minerPhysical(r, j.physical);
  const model: MinerModel = {
    id: j.id,
    name: j.name,
    manufacturer: j.manufacturer,
    formFactor: r.t('formFactor', j.formFactor),
    hashrate: r.q('hashrate', j.hashrate, 'hash/s', Number.MIN_VALUE, Infinity, 'a hashrate > 0'),
    power: r.q('power', j.power, 'W', Number.MIN_VALUE, Infinity, 'a power > 0 W'),
    efficiency: r.q(
      'efficiency',
      j.efficiency,
      'J/hash',
      Number.MIN_VALUE,
      Infinity,
      'an efficiency > 0 J/TH',
    ),
    modes,
    coolant,
    thermal,
    physical,
    sources: r.sources,
  };
  checkMiner(r, j, model);
  return model;
}

type MinerJson = z.infer<typeof minerSchema>;

/** The operating modes (normal, and eco and boost when given). */
function minerModes(r: Reader, ms: MinerJson['modes']): MinerModel['modes'] {
  const mode = (name: MinerModeName, m: z.infer<typeof modeSchema>): MinerMode => ({
    hashrate: r.q(`modes.${name}.hashrate`, m.hashrate, 'hash/s', 0),
    power: r.q(`modes.${name}.power`, m.power, 'W', Number.MIN_VALUE, Infinity, 'a power > 0 W'),
  });
  const modes: { normal: MinerMode } & Partial<Record<MinerModeName, MinerMode>> = {
    normal: mode('normal', ms.normal),
  };
  if (ms.eco) modes.eco = mode('eco', ms.eco);
  if (ms.boost) modes.boost = mode('boost', ms.boost);
  return modes;
}

/** Coolant limits, nominal ΔT and flow, pressure drop. */
function minerCoolant(r: Reader, c: MinerJson['coolant']): MinerModel['coolant'] {
  return {
    recommendedInletMin: r.q('coolant.recommendedInletMin', c.recommendedInletMin, K, ZERO_CELSIUS, 373.15),
    recommendedInletMax: r.q('coolant.recommendedInletMax', c.recommendedInletMax, K, ZERO_CELSIUS, 373.15),
    maxInlet: r.q('coolant.maxInlet', c.maxInlet, K, ZERO_CELSIUS, 373.15),
    nominalDeltaT: r.q(
      'coolant.nominalDeltaT',
      c.nominalDeltaT,
      K,
      Number.MIN_VALUE,
      50,
      'between 0 and 50 K',
    ),
    maxDeltaT: r.q('coolant.maxDeltaT', c.maxDeltaT, K, Number.MIN_VALUE, 100, 'between 0 and 100 K'),
    nominalFlow: r.q('coolant.nominalFlow', c.nominalFlow, 'm^3/s', Number.MIN_VALUE, Infinity, 'a flow > 0'),
    pressureDrop: r.q('coolant.pressureDrop', c.pressureDrop, 'Pa', 0),
  };
}

/** Chip/board temperature limit, throttling, thermal resistance, heat split. */
function minerThermal(r: Reader, t: MinerJson['thermal']): MinerModel['thermal'] {
  return {
    criticalTemperature: r.q('thermal.criticalTemperature', t.criticalTemperature, K, ZERO_CELSIUS, 423.15),
    throttleBand: r.q('thermal.throttleBand', t.throttleBand, K, Number.MIN_VALUE, 50, 'between 0 and 50 K'),
    minimumPowerFraction: r.n('thermal.minimumPowerFraction', t.minimumPowerFraction, 0, 1),
    thermalResistance: r.q('thermal.thermalResistance', t.thermalResistance, 'K/W', 0, 1),
    heatToCoolantFraction: r.n('thermal.heatToCoolantFraction', t.heatToCoolantFraction, 0, 1),
    caseConductance: r.q('thermal.caseConductance', t.caseConductance, 'W/K', 0, 1000),
  };
}

/** Mass and size. */
function minerPhysical(r: Reader, p: MinerJson['physical']): MinerModel['physical'] {
  return {
    mass: r.q('physical.mass', p.mass, 'kg', 0),
    width: r.q('physical.width', p.width, 'm', 0),
    depth: r.q('physical.depth', p.depth, 'm', 0),
    height: r.q('physical.height', p.height, 'm', 0),
  };
}

/** Consistency between fields: inlet limits in order and below the critical temperature, efficiency, nameplate. */
function checkMiner(r: Reader, j: MinerJson, model: MinerModel): void {
  const { coolant, thermal, modes } = model;
  r.check(
    coolant.recommendedInletMin <= coolant.recommendedInletMax,
    'coolant.recommendedInletMin',
    j.coolant.recommendedInletMin.value,
    `at most coolant.recommendedInletMax (${j.coolant.recommendedInletMax.value})`,
  );
  r.check(
    coolant.recommendedInletMax <= coolant.maxInlet,
    'coolant.recommendedInletMax',
    j.coolant.recommendedInletMax.value,
    `at most coolant.maxInlet (${j.coolant.maxInlet.value})`,
  );
  r.check(
    coolant.maxInlet < thermal.criticalTemperature,
    'coolant.maxInlet',
    j.coolant.maxInlet.value,
    `below thermal.criticalTemperature (${j.thermal.criticalTemperature.value})`,
  );
  const eff = model.power / model.hashrate;
  r.check(
    Math.abs(eff - model.efficiency) <= 0.02 * model.efficiency,
    'efficiency',
    j.efficiency.value,
    `within 2 % of power / hashrate = ${(eff * 1e12).toFixed(2)} J/TH`,
  );
  r.check(
    Math.abs(modes.normal.power - model.power) <= 1e-9 * model.power,
    'modes.normal.power',
    j.modes.normal.power.value,
    `equal to the nameplate power (${j.power.value})`,
  );
}

/** Parse and convert a dry-cooler catalog entry to SI. Throws InputError naming the bad path. */
export function parseDryCooler(json: unknown): DryCoolerModel {
  const j = validate(dryCoolerSchema, json, 'dry cooler');
  const r = new Reader(j.id);
  const n = j.nominal;
  const nominal = {
    capacity: r.q('nominal.capacity', n.capacity, 'W', Number.MIN_VALUE, Infinity, 'a duty > 0 W'),
    fluid: r.t('nominal.fluid', n.fluid),
    fluidInlet: r.q('nominal.fluidInlet', n.fluidInlet, K, 200, 450),
    fluidOutlet: r.q('nominal.fluidOutlet', n.fluidOutlet, K, 200, 450),
    ambient: r.q('nominal.ambient', n.ambient, K, 200, 350),
    airFlow: r.q('nominal.airFlow', n.airFlow, 'm^3/s', Number.MIN_VALUE, Infinity, 'an air flow > 0'),
  };
  r.check(
    nominal.fluidInlet > nominal.fluidOutlet && nominal.fluidOutlet > nominal.ambient,
    'nominal.fluidOutlet',
    n.fluidOutlet.value,
    `between nominal.ambient (${n.ambient.value}) and nominal.fluidInlet (${n.fluidInlet.value})`,
  );
  const model: DryCoolerModel = {
    id: j.id,
    name: j.name,
    manufacturer: j.manufacturer,
    type: r.t('type', j.type),
    nominal,
    fans: {
      count: r.n('fans.count', j.fans.count, 1, 1000),
      power: r.q('fans.power', j.fans.power, 'W', 0),
    },
    ua: r.q('ua', j.ua, 'W/K', Number.MIN_VALUE, Infinity, 'a conductance > 0 W/K'),
    airExponent: r.n('airExponent', j.airExponent, 0, 1),
    fluidExponent: r.n('fluidExponent', j.fluidExponent, 0, 1),
    airToFluidHaRatio: r.n('airToFluidHaRatio', j.airToFluidHaRatio, Number.MIN_VALUE, 100),
    freeConvectionAirFlow: r.n('freeConvectionAirFlow', j.freeConvectionAirFlow, 0, 0.5),
    sources: r.sources,
  };
  r.check(Number.isInteger(model.fans.count), 'fans.count', j.fans.count.value, 'a whole number of fans');
  return model;
}

/** Parse and convert a plate-exchanger catalog entry to SI. Throws InputError naming the bad path. */
export function parsePlateExchanger(json: unknown): PlateExchangerModel {
  const j = validate(plateExchangerSchema, json, 'plate exchanger');
  const r = new Reader(j.id);
  const n = j.nominal;
  r.sources['nominal.arrangement'] = n.arrangement.source;
  const nominal = {
    duty: r.q('nominal.duty', n.duty, 'W', Number.MIN_VALUE, Infinity, 'a duty > 0 W'),
    arrangement: n.arrangement.value,
    hotFluid: r.t('nominal.hotFluid', n.hotFluid),
    coldFluid: r.t('nominal.coldFluid', n.coldFluid),
    hotInlet: r.q('nominal.hotInlet', n.hotInlet, K, 200, 450),
    hotOutlet: r.q('nominal.hotOutlet', n.hotOutlet, K, 200, 450),
    coldInlet: r.q('nominal.coldInlet', n.coldInlet, K, 200, 450),
    coldOutlet: r.q('nominal.coldOutlet', n.coldOutlet, K, 200, 450),
  };
  r.check(
    nominal.hotInlet > nominal.hotOutlet,
    'nominal.hotOutlet',
    n.hotOutlet.value,
    `below nominal.hotInlet (${n.hotInlet.value})`,
  );
  r.check(
    nominal.coldOutlet > nominal.coldInlet,
    'nominal.coldOutlet',
    n.coldOutlet.value,
    `above nominal.coldInlet (${n.coldInlet.value})`,
  );
  r.check(
    nominal.hotInlet > nominal.coldOutlet && nominal.hotOutlet > nominal.coldInlet,
    'nominal.coldOutlet',
    n.coldOutlet.value,
    'a temperature program without a cross: hot inlet > cold outlet and hot outlet > cold inlet',
  );
  const model: PlateExchangerModel = {
    id: j.id,
    name: j.name,
    manufacturer: j.manufacturer,
    type: r.t('type', j.type),
    nominal,
    lmtd: r.q('lmtd', j.lmtd, K, Number.MIN_VALUE, Infinity, 'a temperature difference > 0 K'),
    ua: r.q('ua', j.ua, 'W/K', Number.MIN_VALUE, Infinity, 'a conductance > 0 W/K'),
    overallU: r.q('overallU', j.overallU, 'W/(m^2 K)', Number.MIN_VALUE, Infinity, 'a coefficient > 0'),
    area: r.q('area', j.area, 'm^2', Number.MIN_VALUE, Infinity, 'an area > 0 m²'),
    plateArea: r.q('plateArea', j.plateArea, 'm^2', Number.MIN_VALUE, Infinity, 'an area > 0 m²'),
    plateCount: r.n('plateCount', j.plateCount, 3, 10000),
    pressureDropHot: r.q('pressureDropHot', j.pressureDropHot, 'Pa', 0),
    pressureDropCold: r.q('pressureDropCold', j.pressureDropCold, 'Pa', 0),
    designPressure: r.q('designPressure', j.designPressure, 'Pa', 0),
    sources: r.sources,
  };
  r.check(Number.isInteger(model.plateCount), 'plateCount', j.plateCount.value, 'a whole number of plates');
  r.check(
    Math.abs(model.ua * model.lmtd - nominal.duty) <= 0.005 * nominal.duty,
    'ua',
    j.ua.value,
    `consistent with nominal.duty / lmtd = ${(nominal.duty / model.lmtd / 1e3).toFixed(2)} kW/K (0.5 %)`,
  );
  return model;
}

/**
 * Nominal mass flows of a plate exchanger from its duty and temperature program,
 * ṁ = Q / (cp(T̄) ΔT) on each side with cp at the side's mean temperature. kg/s.
 */
export function plateExchangerNominalFlows(
  phe: PlateExchangerModel,
  hotFluid: Fluid,
  coldFluid: Fluid,
): { hot: number; cold: number } {
  const n = phe.nominal;
  const hot = n.duty / (hotFluid.specificHeat(0.5 * (n.hotInlet + n.hotOutlet)) * (n.hotInlet - n.hotOutlet));
  const cold =
    n.duty / (coldFluid.specificHeat(0.5 * (n.coldInlet + n.coldOutlet)) * (n.coldOutlet - n.coldInlet));
  return { hot, cold };
}

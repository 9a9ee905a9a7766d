/**
 * Equipment catalog: miners, dry coolers and plate heat exchangers, shipped as JSON under
 * `models/equipment/` and converted here to SI numbers.
 *
 * **Source convention** (applies to every catalog file): apart from `id`, `name` and `manufacturer`, every
 * datum is an object `{ "value": …, "source": "…" }`. `value` is a quantity string with its unit
 * ("480 TH/s", "11.7 L/min", "80 degC"), a plain number, or a text. `source` says where the number comes
 * from and starts with one of:
 *   - `FACTS.md: …` — a published figure collected in /shared/domain/FACTS.md (with its original source);
 *   - a citation (`Modelica Buildings, …`, `Incropera …`) — taken from that reference;
 *   - `derived: …` — arithmetic on other values, with the arithmetic written out;
 *   - `assumption: …` — not published: an engineering choice, with its basis.
 * The parsed objects keep every source in `sources` (dotted path → text) so a UI can show provenance.
 *
 * Parsing errors are `InputError`s naming `<file id>.<dotted path>`, the value and the expected unit/range.
 */
import '../zodSetup';
import { z } from 'zod';
import { InputError } from '../errors';
import type { Fluid } from '../fluids/types';
import { quantity } from '../units';

import antminerS19XpHydro from '../../../models/equipment/miners/antminer-s19-xp-hydro.json';
import antminerS21Hydro from '../../../models/equipment/miners/antminer-s21-hydro.json';
import antminerS21PlusHydro from '../../../models/equipment/miners/antminer-s21-plus-hydro.json';
import antminerS21XpHydro from '../../../models/equipment/miners/antminer-s21-xp-hydro.json';
import avalonA1566ha from '../../../models/equipment/miners/avalon-a1566ha.json';
import dryCoolerV1000 from '../../../models/equipment/dry-coolers/dry-cooler-v-1000kw.json';
import dryCoolerV3000 from '../../../models/equipment/dry-coolers/dry-cooler-v-3000kw.json';
import pheModule750 from '../../../models/equipment/plate-exchangers/phe-module-750kw.json';
import pheSite2700 from '../../../models/equipment/plate-exchangers/phe-site-2700kw.json';
import nvidiaGb200Nvl72 from '../../../models/equipment/ai-racks/nvidia-gb200-nvl72.json';
import { type AiRackModel, parseAiRack } from './aiRacks';

// ---------------------------------------------------------------------------------------------------------
// Schemas (shape only; units and ranges are checked while converting)

const text = z.string().min(1);
const sourced = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: text });
const sQty = sourced(z.union([z.string().min(1), z.number()]));
const sText = sourced(text);
const sNum = sourced(z.number());

const modeSchema = z.strictObject({ hashrate: sQty, power: sQty });

export const minerSchema = z.strictObject({
  id: text,
  name: text,
  manufacturer: text,
  formFactor: sText,
  hashrate: sQty,
  power: sQty,
  efficiency: sQty,
  modes: z.strictObject({ normal: modeSchema, eco: modeSchema.optional(), boost: modeSchema.optional() }),
  coolant: z.strictObject({
    recommendedInletMin: sQty,
    recommendedInletMax: sQty,
    maxInlet: sQty,
    nominalDeltaT: sQty,
    maxDeltaT: sQty,
    nominalFlow: sQty,
    pressureDrop: sQty,
  }),
  thermal: z.strictObject({
    criticalTemperature: sQty,
    throttleBand: sQty,
    minimumPowerFraction: sQty,
    thermalResistance: sQty,
    heatToCoolantFraction: sQty,
    caseConductance: sQty,
  }),
  physical: z.strictObject({ mass: sQty, width: sQty, depth: sQty, height: sQty }),
});

export const dryCoolerSchema = z.strictObject({
  id: text,
  name: text,
  manufacturer: text,
  type: sText,
  nominal: z.strictObject({
    capacity: sQty,
    fluid: sText,
    fluidInlet: sQty,
    fluidOutlet: sQty,
    ambient: sQty,
    airFlow: sQty,
  }),
  fans: z.strictObject({ count: sNum, power: sQty }),
  ua: sQty,
  airExponent: sQty,
  fluidExponent: sQty,
  airToFluidHaRatio: sQty,
  freeConvectionAirFlow: sQty,
});

export const plateExchangerSchema = z.strictObject({
  id: text,
  name: text,
  manufacturer: text,
  type: sText,
  nominal: z.strictObject({
    duty: sQty,
    arrangement: sourced(z.enum(['counterflow', 'parallel'])),
    hotFluid: sText,
    coldFluid: sText,
    hotInlet: sQty,
    hotOutlet: sQty,
    coldInlet: sQty,
    coldOutlet: sQty,
  }),
  lmtd: sQty,
  ua: sQty,
  overallU: sQty,
  area: sQty,
  plateArea: sQty,
  plateCount: sNum,
  pressureDropHot: sQty,
  pressureDropCold: sQty,
  designPressure: sQty,
});

// ---------------------------------------------------------------------------------------------------------
// Parsed (SI) types

/** Paths (dotted) → source text, for every sourced datum of a catalog entry. */
export type Sources = Readonly<Record<string, string>>;

export interface MinerMode {
  /** Hashrate, hash/s. */
  readonly hashrate: number;
  /** Electric power at the wall, W. */
  readonly power: number;
}

export type MinerModeName = 'normal' | 'eco' | 'boost';

export interface MinerModel {
  readonly id: string;
  readonly name: string;
  readonly manufacturer: string;
  readonly formFactor: string;
  /** Nameplate hashrate, hash/s (1 TH/s = 1e12 hash/s). */
  readonly hashrate: number;
  /** Nameplate electric power, W. */
  readonly power: number;
  /** Nameplate efficiency, J/hash (16.8 J/TH = 1.68e-11 J/hash). */
  readonly efficiency: number;
  readonly modes: Readonly<Partial<Record<MinerModeName, MinerMode>>> & { readonly normal: MinerMode };
  readonly coolant: {
    /** K */ readonly recommendedInletMin: number;
    /** K */ readonly recommendedInletMax: number;
    /** Inlet above which the unit shuts down, K. */ readonly maxInlet: number;
    /** Design coolant temperature rise, K. */ readonly nominalDeltaT: number;
    /** Inlet–outlet difference above which the unit shuts down, K. */ readonly maxDeltaT: number;
    /** Nominal coolant volume flow per unit, m³/s. */ readonly nominalFlow: number;
    /** Coolant pressure drop per unit at nominal flow, Pa. */ readonly pressureDrop: number;
  };
  readonly thermal: {
    /** Chip/board critical temperature, K. */ readonly criticalTemperature: number;
    /** Width of the linear derate band below the critical temperature, K. */ readonly throttleBand: number;
    /** Lowest power fraction the throttle may reach before the unit shuts down, –. */
    readonly minimumPowerFraction: number;
    /** Chip(sensor) → coolant outlet thermal resistance, K/W. */ readonly thermalResistance: number;
    /** Share of electric power collected by the cold plates, –. */ readonly heatToCoolantFraction: number;
    /** Case → container-air conductance, W/K. */ readonly caseConductance: number;
  };
  readonly physical: {
    /** kg */ readonly mass: number;
    /** m */ readonly width: number;
    /** m */ readonly depth: number;
    /** m */ readonly height: number;
  };
  readonly sources: Sources;
}

export interface DryCoolerModel {
  readonly id: string;
  readonly name: string;
  readonly manufacturer: string;
  readonly type: string;
  readonly nominal: {
    /** Rated duty, W. */ readonly capacity: number;
    /** Rated fluid, e.g. "propylene-glycol 40%" (parse with the fluids module). */ readonly fluid: string;
    /** K */ readonly fluidInlet: number;
    /** K */ readonly fluidOutlet: number;
    /** Rated ambient (air inlet) temperature, K. */ readonly ambient: number;
    /** Rated air volume flow (all fans, full speed), m³/s. */ readonly airFlow: number;
  };
  readonly fans: { readonly count: number /** All fans at full speed, W. */; readonly power: number };
  /** Overall conductance at the rating point, W/K. */
  readonly ua: number;
  /** Air-side hA ∝ ṁ_air^n, –. */
  readonly airExponent: number;
  /** Fluid-side hA ∝ ṁ^n, –. */
  readonly fluidExponent: number;
  /** hA_air / hA_fluid at the rating point, –. */
  readonly airToFluidHaRatio: number;
  /** Air flow with the fans stopped (buoyancy draught), fraction of rated air flow, –. */
  readonly freeConvectionAirFlow: number;
  readonly sources: Sources;
}

export interface PlateExchangerModel {
  readonly id: string;
  readonly name: string;
  readonly manufacturer: string;
  readonly type: string;
  readonly nominal: {
    /** W */ readonly duty: number;
    readonly arrangement: 'counterflow' | 'parallel';
    /** Fluid spec text, e.g. "propylene-glycol 40%". */ readonly hotFluid: string;
    /** Fluid spec text, e.g. "water". */ readonly coldFluid: string;
    /** K */ readonly hotInlet: number;
    /** K */ readonly hotOutlet: number;
    /** K */ readonly coldInlet: number;
    /** K */ readonly coldOutlet: number;
  };
  /** K */ readonly lmtd: number;
  /** W/K */ readonly ua: number;
  /** W/(m²·K) */ readonly overallU: number;
  /** m² */ readonly area: number;
  /** m² */ readonly plateArea: number;
  readonly plateCount: number;
  /** Pa */ readonly pressureDropHot: number;
  /** Pa */ readonly pressureDropCold: number;
  /** Pa (gauge rating) */ readonly designPressure: number;
  readonly sources: Sources;
}

// ---------------------------------------------------------------------------------------------------------
// Conversion helpers

type SourcedValue = { value: string | number; source: string };

/** Collects sources while converting one catalog entry; every error names `<id>.<path>`. */
class Reader {
  readonly sources: Record<string, string> = {};
  constructor(readonly id: string) {}

  /** A quantity in `unit` (SI), within [min, max]. `L/min` is accepted for litres per minute. */
  q(
    path: string,
    d: SourcedValue,
    unit: string,
    min = -Infinity,
    max = Infinity,
    rangeText?: string,
  ): number {
    const field = `${this.id}.${path}`;
    this.sources[path] = d.source;
    const v = typeof d.value === 'string' ? d.value.replace(/\/\s*min\b/g, '/minute') : d.value;
    const x = quantity(v, unit, field);
    if (!(x >= min && x <= max)) {
      throw new InputError(field, d.value, rangeText ?? rangeWords(min, max, unit));
    }
    return x;
  }

  /** A plain number (no unit), within [min, max]. */
  n(path: string, d: SourcedValue, min = -Infinity, max = Infinity): number {
    return this.q(path, d, '', min, max);
  }

  t(path: string, d: { value: string; source: string }): string {
    this.sources[path] = d.source;
    return d.value;
  }

  /** Throws unless `ok`, naming the path and its value. */
  check(ok: boolean, path: string, value: unknown, allowed: string): void {
    if (!ok) throw new InputError(`${this.id}.${path}`, value, allowed);
  }
}

function rangeWords(min: number, max: number, unit: string): string {
  const u = unit ? ` ${unit}` : '';
  if (min === -Infinity && max === Infinity) return `a finite quantity in${u || ' (no unit)'}`;
  if (max === Infinity) return `a quantity ≥ ${min}${u}`;
  if (min === -Infinity) return `a quantity ≤ ${max}${u}`;
  return `between ${min} and ${max}${u}`;
}

/** zod result → InputError naming the first issue's path, the value found there and what is expected. */
function validate<T>(schema: z.ZodType<T>, json: unknown, kind: string): T {
  const r = schema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const id =
    typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string'
      ? (json as { id: string }).id
      : kind;
  let value: unknown = json;
  for (const k of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[k as PropertyKey];
  const path = issue.path.length ? `${id}.${issue.path.join('.')}` : id;
  const hint =
    'a { "value": "<number> <unit>", "source": "<where it comes from>" } object as in models/equipment/README.md';
  throw new InputError(path, value, issue.message, `Catalog ${kind} entries use ${hint}`);
}

const K = 'K';

// ---------------------------------------------------------------------------------------------------------
// Parsers

/** Parse and convert a miner catalog entry (JSON object) to SI. Throws InputError naming the bad path. */
export function parseMinerModel(json: unknown): MinerModel {
  const j = validate(minerSchema, json, 'miner');
  const r = new Reader(j.id);
  const mode = (name: MinerModeName, m: z.infer<typeof modeSchema>): MinerMode => ({
    hashrate: r.q(`modes.${name}.hashrate`, m.hashrate, 'hash/s', 0),
    power: r.q(`modes.${name}.power`, m.power, 'W', Number.MIN_VALUE, Infinity, 'a power > 0 W'),
  });
  const modes: { normal: MinerMode } & Partial<Record<MinerModeName, MinerMode>> = {
    normal: mode('normal', j.modes.normal),
  };
  if (j.modes.eco) modes.eco = mode('eco', j.modes.eco);
  if (j.modes.boost) modes.boost = mode('boost', j.modes.boost);

  const c = j.coolant;
  const coolant = {
    recommendedInletMin: r.q('coolant.recommendedInletMin', c.recommendedInletMin, K, 273.15, 373.15),
    recommendedInletMax: r.q('coolant.recommendedInletMax', c.recommendedInletMax, K, 273.15, 373.15),
    maxInlet: r.q('coolant.maxInlet', c.maxInlet, K, 273.15, 373.15),
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
  const t = j.thermal;
  const thermal = {
    criticalTemperature: r.q('thermal.criticalTemperature', t.criticalTemperature, K, 273.15, 423.15),
    throttleBand: r.q('thermal.throttleBand', t.throttleBand, K, Number.MIN_VALUE, 50, 'between 0 and 50 K'),
    minimumPowerFraction: r.n('thermal.minimumPowerFraction', t.minimumPowerFraction, 0, 1),
    thermalResistance: r.q('thermal.thermalResistance', t.thermalResistance, 'K/W', 0, 1),
    heatToCoolantFraction: r.n('thermal.heatToCoolantFraction', t.heatToCoolantFraction, 0, 1),
    caseConductance: r.q('thermal.caseConductance', t.caseConductance, 'W/K', 0, 1000),
  };
  const p = j.physical;
  const physical = {
    mass: r.q('physical.mass', p.mass, 'kg', 0),
    width: r.q('physical.width', p.width, 'm', 0),
    depth: r.q('physical.depth', p.depth, 'm', 0),
    height: r.q('physical.height', p.height, 'm', 0),
  };
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
  // Consistency between fields.
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
  return model;
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

// ---------------------------------------------------------------------------------------------------------
// The shipped catalog

function byId<T extends { id: string }>(items: T[]): Readonly<Record<string, T>> {
  // No prototype: an id can never reach Object.prototype members.
  const out: Record<string, T> = Object.create(null);
  for (const it of items) out[it.id] = it;
  return out;
}

/** Every shipped catalog entry, parsed to SI, keyed by id. */
export const catalog = {
  miners: byId(
    [avalonA1566ha, antminerS21Hydro, antminerS21XpHydro, antminerS21PlusHydro, antminerS19XpHydro].map(
      parseMinerModel,
    ),
  ),
  dryCoolers: byId([dryCoolerV1000, dryCoolerV3000].map(parseDryCooler)),
  plateExchangers: byId([pheModule750, pheSite2700].map(parsePlateExchanger)),
  aiRacks: byId([nvidiaGb200Nvl72].map(parseAiRack)),
} as const;

/**
 * An entry of a table by id, own properties only: "toString", "constructor", "__proto__" are unknown ids, not
 * Object.prototype members. InputError listing the known ids otherwise.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, id: unknown, field: string, kind: string): T {
  if (typeof id === 'string' && Object.hasOwn(table, id)) return table[id]!;
  throw new InputError(
    field,
    id,
    `a known ${kind}; unknown ${kind} ${JSON.stringify(id)}; known: ${Object.keys(table).join(', ')}`,
  );
}

function lookup<T>(table: Readonly<Record<string, T>>, id: string, field: string, kind: string): T {
  return ownEntry(table, id, field, kind);
}

/** A shipped miner model by id (e.g. "avalon-a1566ha"); InputError listing the known ids otherwise. */
export const minerModel = (id: string): MinerModel =>
  lookup(catalog.miners, id, 'miners.model', 'miner model');
/** A shipped dry cooler by id; InputError listing the known ids otherwise. */
export const dryCoolerModel = (id: string): DryCoolerModel =>
  lookup(catalog.dryCoolers, id, 'dryCooler.model', 'dry cooler model');
/** A shipped plate exchanger by id; InputError listing the known ids otherwise. */
export const plateExchangerModel = (id: string): PlateExchangerModel =>
  lookup(catalog.plateExchangers, id, 'heatExchanger.model', 'plate exchanger model');

/** A shipped AI rack model by id (e.g. "nvidia-gb200-nvl72"); InputError listing the known ids otherwise. */
export const aiRackModel = (id: string): AiRackModel =>
  lookup(catalog.aiRacks, id, 'aiRacks.model', 'AI rack');

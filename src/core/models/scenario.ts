/**
 * Site scenario: the declarative description of one plant (miners, loops, exchanger, dry cooler,
 * greenhouse, buffer tank, backup heater, controls, simulation settings, economics). Scenario JSON uses unit
 * strings ("75 degC", "2 ha", "160 gpm"); `loadScenario` validates it with zod and returns SI numbers.
 *
 * Every bad field is reported at once, each with its dotted path, the value given and the allowed range in
 * the unit the user wrote it in (Modelica-style "how to fix" messages).
 */
import { z } from 'zod';
import { InputError } from '../errors';
import { parseFluid } from '../fluids';
import type { Fluid } from '../fluids/types';
import { economicsSchema } from '../economics/schema';
import { convert, parseQuantity, quantity } from '../units';
import { valueAt } from './paths';

export const SCHEMA_VERSION = 1;

/** A scenario field that failed validation. */
export interface ScenarioIssue {
  path: string;
  value: unknown;
  message: string;
}

/** Thrown by `loadScenario`: lists every bad field (path, value, allowed range). */
export class ScenarioError extends InputError {
  override name = 'ScenarioError';
  constructor(readonly issues: ScenarioIssue[]) {
    const first = issues[0];
    super(first?.path ?? 'scenario', first?.value, first?.message ?? 'a valid scenario');
    this.message = `Scenario has ${issues.length} invalid field${issues.length === 1 ? '' : 's'}:\n${issues
      .map((i) => `  • ${i.path} = ${show(i.value)}: ${i.message}`)
      .join('\n')}`;
  }
}

function show(v: unknown): string {
  if (v === undefined) return '(missing)';
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** How a range is shown in messages: in the unit people write (°C for temperatures, not K). */
const DISPLAY: Record<string, string> = { K: 'degC', 's^-1': 'h^-1' };

function fmtBound(x: number, unit: string): string {
  const shown = DISPLAY[unit];
  const v = shown ? convert(x, unit, shown) : x;
  return `${+v.toPrecision(6)}${shown ? ` ${shown}` : unit ? ` ${unit}` : ''}`;
}

/**
 * A quantity field: a unit string (or a bare number meaning SI `unit`) → SI number within [min, max].
 * For temperatures give `unit: 'K'`; messages show °C.
 */
export function qty(unit: string, min: number, max: number, example?: string) {
  const allowed = `between ${fmtBound(min, unit)} and ${fmtBound(max, unit)}${example ? ` (e.g. "${example}")` : ''}`;
  return z.union([z.string(), z.number()]).transform((v, ctx) => {
    let x: number;
    try {
      x = quantity(v, unit);
    } catch (e) {
      const msg = e instanceof InputError ? e.allowed : (e as Error).message;
      ctx.addIssue({ code: 'custom', message: `${msg}; allowed: ${allowed}` });
      return z.NEVER;
    }
    if (!(x >= min && x <= max)) {
      ctx.addIssue({ code: 'custom', message: `out of range: allowed ${allowed}` });
      return z.NEVER;
    }
    return x;
  });
}

/** A plain fraction 0..1 that may also be written "30 %". */
const fraction = (min = 0, max = 1) => qty('', min, max, '30 %');
const count = (min: number, max: number) =>
  z
    .number({ error: `a whole number between ${min} and ${max}` })
    .int({ error: `a whole number between ${min} and ${max}` })
    .min(min, { error: `a whole number between ${min} and ${max}` })
    .max(max, { error: `a whole number between ${min} and ${max}` });

const fluidText = z.string().transform((v, ctx) => {
  try {
    parseFluid(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
  return v;
});

const heatingCurvePoint = z.strictObject({
  outdoor: qty('K', 223.15, 323.15, '-30 degC'),
  supply: qty('K', 283.15, 373.15, '80 degC'),
});

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}` }),
  name: z.string().min(1),
  description: z.string().default(''),
  /** Labelled engineering assumptions (shown in reports). */
  assumptions: z.array(z.string()).default([]),
  sources: z.record(z.string(), z.string()).default({}),
  site: z.strictObject({
    name: z.string().min(1),
    /** 'bundled:winnipeg-tmyx' or a file name the caller supplies as `options.weather`. */
    weather: z.string().default('bundled:winnipeg-tmyx'),
    /** Heating design outdoor temperature (ASHRAE 99.6 %), used for sizing checks and the design day. */
    designOutdoorTemperature: qty('K', 203.15, 293.15, '-32 degC').default(-32 + 273.15),
  }),
  miners: z.strictObject({
    /** Catalog id, e.g. 'avalon-a1566ha' (models/equipment/miners). */
    model: z.string().min(1),
    count: count(1, 1_000_000),
    modules: count(1, 10_000).default(1),
    mode: z.enum(['normal', 'eco', 'boost']).default('normal'),
    powerLimit: fraction(0, 1).default(1),
    /** Container air temperature around the units. */
    containerAirTemperature: qty('K', 263.15, 333.15, '30 degC').default(30 + 273.15),
    /** Planned availability (maintenance, pool outages): scales hashrate and power. */
    availability: fraction(0, 1).default(1),
  }),
  minerLoop: z.strictObject({
    fluid: fluidText,
    /** Coolant flow per miner (volume flow at the loop's mean temperature). */
    flowPerMiner: qty('m^3/s', 1e-6, 1e-2, '12 L/min'),
    /** Miner coolant inlet set-point held by the dry cooler fans. */
    inletSetpoint: qty('K', 278.15, 368.15, '70 degC'),
    pressure: qty('Pa', 1e5, 1e6, '3 bar').default(3e5),
    /** Loop pump efficiency (wire to water). */
    pumpEfficiency: fraction(0.05, 1).default(0.6),
    /** Pressure drop of the loop outside the miners (piping, exchanger, dry cooler) at nominal flow. */
    externalPressureDrop: qty('Pa', 0, 2e6, '150 kPa').default(1.5e5),
  }),
  heatExchanger: z.strictObject({
    /** Catalog id of a plate exchanger (models/equipment/plate-exchangers), sets U and area defaults. */
    model: z.string().optional(),
    /** Heat-transfer area (UA = U·A at the nominal flows). */
    area: qty('m^2', 0.1, 100_000, '50 m^2').optional(),
    /** Overall U at the nominal flows. */
    overallU: qty('W/(m^2 K)', 100, 20_000, '4000 W/m^2/K').optional(),
    /** Or UA directly (overrides area × U). */
    ua: qty('W/K', 1, 1e9, '180 kW/K').optional(),
    /** Exponent of each side's hA with its flow, hA ∝ ṁ^n (Modelica Buildings uses 0.8). */
    flowExponent: qty('', 0.5, 1, '0.8').default(0.8),
  }),
  dryCooler: z.strictObject({
    /** Catalog id (models/equipment/dry-coolers). */
    model: z.string().min(1),
    count: count(0, 1000).default(1),
  }),
  greenhouseLoop: z.strictObject({
    fluid: fluidText.default('water'),
    /** Primary flow through the exchanger and boiler. */
    flow: qty('m^3/s', 1e-5, 10, '25 L/s'),
    pressure: qty('Pa', 1e5, 1e6, '3 bar').default(3e5),
    /** Supply temperature vs outdoor temperature (linear between points, held flat beyond the ends). */
    heatingCurve: z
      .array(heatingCurvePoint)
      .min(1)
      .default([
        { outdoor: 263.15 - 22, supply: 353.15 },
        { outdoor: 288.15, supply: 318.15 },
      ]),
    pumpEfficiency: fraction(0.05, 1).default(0.6),
    externalPressureDrop: qty('Pa', 0, 2e6, '100 kPa').default(1e5),
  }),
  greenhouse: z.strictObject({
    floorArea: qty('m^2', 10, 10_000_000, '2 ha'),
    /** Cover preset id (models/equipment/greenhouse-covers). */
    cover: z.string().min(1),
    coverToFloorRatio: qty('', 1, 3, '1.3').default(1.3),
    /** Mean height (air volume = floor area × height). */
    height: qty('m', 1.5, 20, '5 m').default(5),
    daySetpoint: qty('K', 278.15, 308.15, '21 degC'),
    nightSetpoint: qty('K', 278.15, 308.15, '17 degC'),
    /** Vents open this much above the heating set-point. */
    ventOffset: qty('K', 0.5, 15, '4 K').default(4),
    /** Leakage air changes per hour. */
    leakage: qty('s^-1', 0, 10 / 3600, '0.5 1/h').default(0.5 / 3600),
    /** Share of cover losses the thermal screen saves when closed (0 = no screen). */
    screenSaving: fraction(0, 0.8).default(0.3),
    /** Leaf area index of the crop. */
    leafAreaIndex: qty('', 0, 8, '3').default(3),
    /** Heating pipe per m² of floor (Vanthoor 2011 Dutch rail: 1.875 m/m²; cold climates add perimeter pipes). */
    pipeLengthPerArea: qty('m^-1', 0.5, 10, '1.875 m/m^2').default(1.875),
    /**
     * Heating-circuit water flow per m² of floor (secondary pump behind the mixing valve). Default sized for
     * ≈ 15 K drop at ≈ 280 W/m²: 280 / (4180 · 15) = 0.0045 kg/(s·m²) (assumption).
     */
    pipeFlowPerArea: qty('kg/(s m^2)', 1e-4, 0.05, '0.0045 kg/s/m^2').default(0.0045),
    /** Roof slope of the (gable) roof, for the angle-dependent light transmission of the cover. */
    roofSlope: qty('deg', 0, 60, '25 deg').default(25),
    /** Direction the ridges run, clockwise from north (0 = north–south ridges, slopes facing east and west). */
    ridgeAzimuth: qty('deg', 0, 180, '0 deg').default(0),
    /** Indoor relative humidity held by the climate control (sets night transpiration). */
    indoorRH: fraction(0.5, 0.95).default(0.85),
  }),
  bufferTank: z
    .strictObject({
      volume: qty('m^3', 0, 100_000, '50 m^3'),
      height: qty('m', 0.5, 50, '6 m').default(6),
      nodes: count(1, 50).default(8),
      /** Heat-loss coefficient of the whole tank to its surroundings. */
      lossUA: qty('W/K', 0, 1e5, '50 W/K').default(50),
    })
    .default({ volume: 0, height: 6, nodes: 8, lossUA: 50 }),
  backupHeater: z.strictObject({
    type: z.enum(['electric', 'natural-gas', 'propane']),
    capacity: qty('W', 0, 1e9, '6 MW'),
    efficiency: fraction(0.3, 1.1).default(0.99),
  }),
  control: z
    .strictObject({
      dispatch: z.enum(['mining-first', 'heat-led']).default('mining-first'),
      /** heat-led: miners never go below this fraction of power while running. */
      minPowerFraction: fraction(0, 1).default(0.3),
      /**
       * Optional curtailment: miners stop in hours whose electricity price (economics.electricityPrice)
       * exceeds this, e.g. "0.15 USD/kWh" or "0.2 CAD/kWh" (converted with economics.exchangeRate).
       */
      curtailAbovePrice: z.union([z.string(), z.number()]).optional(),
    })
    .default({ dispatch: 'mining-first', minPowerFraction: 0.3 }),
  simulation: z
    .strictObject({
      /** Internal time step (the output is hourly). Must divide one hour. */
      timeStep: qty('s', 60, 3600, '15 min').default(900),
    })
    .default({ timeStep: 900 }),
  /** Economics (money, CO₂): src/core/economics/schema.ts; every field has a sourced default. */
  economics: economicsSchema.prefault({}),
});

/** Scenario input as written in JSON (unit strings). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** Scenario after validation: SI numbers. */
export type Scenario = z.output<typeof scenarioSchema>;

/**
 * Validate a scenario (parsed JSON object or JSON text) and return it in SI units. Throws ScenarioError
 * listing every bad field with its path, the value given and the allowed range.
 */
export function loadScenario(json: unknown): Scenario {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      throw new ScenarioError([
        { path: '(file)', value: json.slice(0, 40), message: `not JSON: ${(e as Error).message}` },
      ]);
    }
  }
  const r = scenarioSchema.safeParse(input);
  if (!r.success) {
    throw new ScenarioError(
      r.error.issues.map((i) => ({
        path: i.path.map(String).join('.') || '(root)',
        value: valueAt(input, i.path),
        message: i.message,
      })),
    );
  }
  const s = r.data;
  const issues: ScenarioIssue[] = [];
  if (s.greenhouse.nightSetpoint > s.greenhouse.daySetpoint) {
    issues.push({
      path: 'greenhouse.nightSetpoint',
      value: valueAt(input, ['greenhouse', 'nightSetpoint']),
      message: 'must not be above greenhouse.daySetpoint',
    });
  }
  if (
    s.heatExchanger.ua === undefined &&
    s.heatExchanger.model === undefined &&
    s.heatExchanger.area === undefined
  ) {
    issues.push({
      path: 'heatExchanger',
      value: valueAt(input, ['heatExchanger']),
      message: 'give a catalog model, an area (with overallU or a model), or ua',
    });
  }
  if (
    s.heatExchanger.area !== undefined &&
    s.heatExchanger.overallU === undefined &&
    s.heatExchanger.model === undefined &&
    s.heatExchanger.ua === undefined
  ) {
    issues.push({
      path: 'heatExchanger.overallU',
      value: undefined,
      message: 'needed with heatExchanger.area when no catalog model gives it (e.g. "4000 W/m^2/K")',
    });
  }
  if (Math.abs(3600 / s.simulation.timeStep - Math.round(3600 / s.simulation.timeStep)) > 1e-9) {
    issues.push({
      path: 'simulation.timeStep',
      value: valueAt(input, ['simulation', 'timeStep']),
      message: 'must divide one hour (e.g. "5 min", "10 min", "15 min", "20 min", "30 min", "1 h")',
    });
  }
  if (s.control.curtailAbovePrice !== undefined) {
    try {
      curtailmentThreshold(s);
    } catch (e) {
      issues.push({
        path: 'control.curtailAbovePrice',
        value: valueAt(input, ['control', 'curtailAbovePrice']),
        message: (e as InputError).allowed ?? (e as Error).message,
      });
    }
  }
  if (issues.length) throw new ScenarioError(issues);
  Object.defineProperty(s, LOADED, { value: true, enumerable: false });
  return s;
}

const LOADED = Symbol.for('heat-reuse-twin.scenario');

/** True for the (SI) result of `loadScenario`, false for raw scenario JSON. */
export function isLoadedScenario(s: unknown): s is Scenario {
  return typeof s === 'object' && s !== null && (s as Record<symbol, unknown>)[LOADED] === true;
}

/** The loop fluids of a scenario as Fluid objects (at the loops' pressures). */
export function scenarioFluids(s: Scenario): { minerLoop: Fluid; greenhouseLoop: Fluid } {
  return {
    minerLoop: parseFluid(s.minerLoop.fluid, s.minerLoop.pressure),
    greenhouseLoop: parseFluid(s.greenhouseLoop.fluid, s.greenhouseLoop.pressure),
  };
}

/**
 * Set one field by dotted path on a scenario *input* (unit strings allowed), returning a new object; used by
 * `--set greenhouse.floorArea="2 ha"` and sweeps. Numbers in `value` text are parsed as JSON when possible.
 */
export function setField(input: unknown, path: string, value: unknown): unknown {
  const keys = path.split('.');
  if (keys.some((k) => k === '' || k === '__proto__' || k === 'constructor' || k === 'prototype')) {
    throw new InputError('--set', path, 'a dotted path of scenario fields, e.g. greenhouse.floorArea');
  }
  const root = (input === undefined ? {} : JSON.parse(JSON.stringify(input))) as Record<string, unknown>;
  let cur: Record<string, unknown> = root;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    if (next === undefined) cur[k] = {};
    else if (next === null || typeof next !== 'object') {
      throw new InputError('--set', path, `a path into an object; ${k} is ${JSON.stringify(next)}`);
    }
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]!] = value;
  return root;
}

/**
 * The curtailment threshold in the scenario currency per kWh (undefined without curtailment). A price
 * written in the other currency converts with economics.exchangeRate (CAD per USD).
 */
export function curtailmentThreshold(s: Scenario): number | undefined {
  const raw = s.control.curtailAbovePrice;
  if (raw === undefined) return undefined;
  const field = 'control.curtailAbovePrice';
  const cur = s.economics.currency;
  const allowed = `a price per kWh ≥ 0 in USD or CAD, e.g. "0.15 ${cur}/kWh"`;
  if (typeof raw === 'number') {
    if (!(raw >= 0 && Number.isFinite(raw))) throw new InputError(field, raw, allowed);
    return raw;
  }
  const u = parseQuantity(raw, field);
  if (typeof u === 'number') throw new InputError(field, raw, allowed);
  const other = cur === 'USD' ? 'CAD' : 'USD';
  let v: number;
  try {
    v = u.toNumber(`${cur}/kWh`);
  } catch {
    try {
      const o = u.toNumber(`${other}/kWh`);
      v = cur === 'CAD' ? o * s.economics.exchangeRate : o / s.economics.exchangeRate;
    } catch {
      throw new InputError(field, raw, allowed);
    }
  }
  if (!(v >= 0 && Number.isFinite(v))) throw new InputError(field, raw, allowed);
  return v;
}

/**
 * The catalog's JSON shapes (zod, shape only: units and ranges are checked while converting, see
 * ./catalogParsers) and the SI models they convert to. Source convention: see ./catalog.
 */
import '../zodSetup';
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------------------
// Schemas (shape only; units and ranges are checked while converting)

const text = z.string().min(1);
const sourced = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: text });
const sQty = sourced(z.union([z.string().min(1), z.number()]));
const sText = sourced(text);
const sNum = sourced(z.number());

export const modeSchema = z.strictObject({ hashrate: sQty, power: sQty });

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

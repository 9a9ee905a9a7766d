/**
 * Aqueous propylene glycol and ethylene glycol at a fixed mass fraction as a `Fluid`, from Melinder's (2010)
 * polynomial fits (see melinder.ts). At construction each property's two-variable polynomial is collapsed to
 * a cubic in (T − T_m); a call is one range comparison and a 3-step Horner evaluation (plus one exp for the
 * viscosity), no allocation.
 *
 * Limits: T from the Melinder freezing point of the solution up to the lower of 100 °C (upper end of the
 * fits) and the boiling point at the loop pressure. The boiling point is taken as pure water's saturation
 * temperature at that pressure (IAPWS-IF97 region 4): the boiling-point elevation by the glycol (positive,
 * since glycols are far less volatile than water; not quantified here) is neglected, which errs on the safe
 * side — the limit is reached at or below the true boiling point.
 */
import { InputError, ZERO_CELSIUS } from '../errors';
import { saturationTemperature } from './iapws97';
import { temperatureError, type UpperLimit } from './limits';
import { MELINDER_COLUMN, MELINDER_EG, MELINDER_PG, type MelinderTable, melinderCubic } from './melinder';
import type { Fluid, FluidName } from './types';
import { checkLoopPressure } from './water';

/** Highest mass fraction the Melinder fits cover. */
export const MAX_GLYCOL_FRACTION = 0.6;
/** Upper temperature limit of the Melinder (2010) fits, K (100 °C, as in CoolProp and Modelica IBPSA). */
export const MELINDER_T_MAX = ZERO_CELSIUS + 100;

/** "30 %", "25.5 %" — mass fraction as a per-cent label. */
export function formatPercent(massFraction: number): string {
  return `${+(100 * massFraction).toPrecision(4)} %`;
}

export class GlycolFluid implements Fluid {
  readonly name: FluidName;
  readonly massFraction: number;
  readonly label: string;
  readonly freezingPoint: number;
  readonly maxTemperature: number;
  /** Absolute loop pressure used for the boiling limit, Pa. */
  readonly pressure: number;
  private readonly upper: UpperLimit;
  /** T_m of the fit, K: the polynomials are in (T − tm). */
  private readonly tm: number;
  // Cubic coefficients in dT = T − T_m for ρ, cp, k and ln(μ / 1 mPa·s).
  private readonly r0: number;
  private readonly r1: number;
  private readonly r2: number;
  private readonly r3: number;
  private readonly c0: number;
  private readonly c1: number;
  private readonly c2: number;
  private readonly c3: number;
  private readonly k0: number;
  private readonly k1: number;
  private readonly k2: number;
  private readonly k3: number;
  private readonly m0: number;
  private readonly m1: number;
  private readonly m2: number;
  private readonly m3: number;

  /**
   * @param name 'propylene-glycol' or 'ethylene-glycol'
   * @param massFraction glycol mass fraction, 0 < x ≤ 0.6 (use WaterFluid for 0)
   * @param pressure absolute loop pressure, Pa (boiling limit only)
   */
  constructor(name: 'propylene-glycol' | 'ethylene-glycol', massFraction: number, pressure = 3e5) {
    let table: MelinderTable;
    if (name === 'propylene-glycol') table = MELINDER_PG;
    else if (name === 'ethylene-glycol') table = MELINDER_EG;
    else throw new InputError('fluid', name, 'propylene-glycol or ethylene-glycol');
    if (!(massFraction > 0 && massFraction <= MAX_GLYCOL_FRACTION)) {
      throw new InputError('massFraction', massFraction, 'above 0 and at most 0.6 (60 % glycol by mass)');
    }
    checkLoopPressure(pressure);
    this.name = name;
    this.massFraction = massFraction;
    this.pressure = pressure;
    this.label = `${name === 'propylene-glycol' ? 'propylene glycol' : 'ethylene glycol'} ${formatPercent(massFraction)}`;
    this.tm = ZERO_CELSIUS + table.tm;

    const tf = melinderCubic(table, MELINDER_COLUMN.freezingPoint, massFraction);
    this.freezingPoint = ZERO_CELSIUS + tf[0]!;
    const boiling = saturationTemperature(pressure);
    if (boiling < MELINDER_T_MAX) {
      this.maxTemperature = boiling;
      this.upper = {
        kind: 'boiling',
        pressure,
        boilingNote:
          "taken as pure water's; the glycol's boiling-point elevation is neglected, which is conservative",
      };
    } else {
      this.maxTemperature = MELINDER_T_MAX;
      this.upper = { kind: 'correlation', correlation: 'Melinder (2010) property fits' };
    }
    if (!(this.maxTemperature > this.freezingPoint)) {
      throw new InputError(
        'pressure',
        pressure,
        'high enough that the solution boils above its freezing point',
      );
    }

    const r = melinderCubic(table, MELINDER_COLUMN.density, massFraction);
    const c = melinderCubic(table, MELINDER_COLUMN.specificHeat, massFraction);
    const k = melinderCubic(table, MELINDER_COLUMN.conductivity, massFraction);
    const m = melinderCubic(table, MELINDER_COLUMN.lnViscosity, massFraction);
    this.r0 = r[0]!;
    this.r1 = r[1]!;
    this.r2 = r[2]!;
    this.r3 = r[3]!;
    this.c0 = c[0]!;
    this.c1 = c[1]!;
    this.c2 = c[2]!;
    this.c3 = c[3]!;
    this.k0 = k[0]!;
    this.k1 = k[1]!;
    this.k2 = k[2]!;
    this.k3 = k[3]!;
    // ln(μ / 1 mPa·s) → ln(μ / 1 Pa·s): subtract ln 1000.
    this.m0 = m[0]! - Math.log(1000);
    this.m1 = m[1]!;
    this.m2 = m[2]!;
    this.m3 = m[3]!;
  }

  private check(T: number): void {
    if (!(T >= this.freezingPoint && T <= this.maxTemperature)) throw this.rangeError(T);
  }

  private rangeError(T: number): Error {
    return temperatureError(
      this.label,
      T,
      this.freezingPoint,
      this.maxTemperature,
      this.upper,
      'raise the glycol share or the temperature',
    );
  }

  density(T: number): number {
    this.check(T);
    const d = T - this.tm;
    return this.r0 + d * (this.r1 + d * (this.r2 + d * this.r3));
  }

  specificHeat(T: number): number {
    this.check(T);
    const d = T - this.tm;
    return this.c0 + d * (this.c1 + d * (this.c2 + d * this.c3));
  }

  viscosity(T: number): number {
    this.check(T);
    const d = T - this.tm;
    return Math.exp(this.m0 + d * (this.m1 + d * (this.m2 + d * this.m3)));
  }

  conductivity(T: number): number {
    this.check(T);
    const d = T - this.tm;
    return this.k0 + d * (this.k1 + d * (this.k2 + d * this.k3));
  }

  prandtl(T: number): number {
    this.check(T);
    const d = T - this.tm;
    const cp = this.c0 + d * (this.c1 + d * (this.c2 + d * this.c3));
    const mu = Math.exp(this.m0 + d * (this.m1 + d * (this.m2 + d * this.m3)));
    const k = this.k0 + d * (this.k1 + d * (this.k2 + d * this.k3));
    return (cp * mu) / k;
  }

  /** Water's saturation temperature at p (IF97 Eq. 31); boiling-point elevation neglected (conservative). */
  boilingPoint(p: number): number {
    return saturationTemperature(p);
  }
}

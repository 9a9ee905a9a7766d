/**
 * Liquid water at a fixed loop pressure as a `Fluid`: density, cp and enthalpy from IAPWS-IF97 region 1,
 * viscosity from IAPWS R12-08 and conductivity from IAPWS R15-11 (both without critical enhancement), boiling
 * limit from IF97 region 4. See iapws97.ts and waterTransport.ts for equations and references.
 *
 * Valid range: 273.15 K (IF97's lower limit; the ice point at 1 atm) to the saturation temperature at the
 * loop pressure (at most 623.15 K, the region-1 boundary). Outside it every property call throws a
 * PhysicsError.
 *
 * Density and cp, which the plant's solves call at a new temperature in nearly every evaluation, come from a
 * piecewise Chebyshev interpolant of the IF97 isobar (4 K pieces of degree 9, numerics/chebyshev.ts): the same
 * numbers to the IF97 formula's own rounding below 5 MPa (≤ 5e-15 relative) and within 1e-13 up to 22 MPa near
 * 350 °C (water.test.ts checks both on dense grids), at a tenth of the cost of the 59-term Laurent sum (on the
 * pilot's plant-only replay, cp alone was a fifth of the time). Enthalpy and the transport properties use
 * the formulas directly.
 */
import { InputError } from '../errors';
import { PiecewiseChebyshev } from '../numerics/chebyshev';
import { P_CRITICAL, Region1Isobar, saturationTemperature, T_MAX_REGION1, T_MIN_IF97 } from './iapws97';
import { temperatureError } from './limits';
import type { Fluid, FluidName } from './types';
import { waterConductivity, waterViscosity } from './waterTransport';

/** Lowest loop pressure accepted, Pa (water must stay liquid somewhere above 0 °C: p_sat(7 °C) ≈ 1 kPa). */
export const MIN_LOOP_PRESSURE = 1e3;
/** Highest loop pressure accepted, Pa (the critical pressure; above it IF97 region 1 ends at 623.15 K). */
export const MAX_LOOP_PRESSURE = P_CRITICAL;

/** Throws InputError unless p is an absolute pressure in Pa within the accepted loop range. */
export function checkLoopPressure(p: number, field = 'pressure'): number {
  if (!(p >= MIN_LOOP_PRESSURE && p <= MAX_LOOP_PRESSURE)) {
    throw new InputError(
      field,
      p,
      `an absolute pressure between ${MIN_LOOP_PRESSURE} Pa and ${MAX_LOOP_PRESSURE} Pa (3 bar = 3e5 Pa)`,
    );
  }
  return p;
}

export class WaterFluid implements Fluid {
  readonly name: FluidName = 'water';
  readonly massFraction = 0;
  readonly label = 'water';
  readonly freezingPoint = T_MIN_IF97;
  readonly maxTemperature: number;
  /** Absolute loop pressure the properties are evaluated at, Pa. */
  readonly pressure: number;
  private readonly isobar: Region1Isobar;
  /** IF97 cp and ρ of the isobar as piecewise Chebyshev interpolants (see the module doc). */
  private readonly cpFast: PiecewiseChebyshev;
  private readonly rhoFast: PiecewiseChebyshev;
  // One-entry density cache: viscosity, conductivity and prandtl at the same T reuse ρ(T).
  private lastT = Number.NaN;
  private lastRho = Number.NaN;

  constructor(pressure = 3e5) {
    checkLoopPressure(pressure);
    this.pressure = pressure;
    this.isobar = new Region1Isobar(pressure);
    this.maxTemperature = Math.min(saturationTemperature(pressure), T_MAX_REGION1);
    const iso = this.isobar;
    this.cpFast = new PiecewiseChebyshev((T) => iso.specificHeat(T), T_MIN_IF97, this.maxTemperature, 4, 9);
    this.rhoFast = new PiecewiseChebyshev((T) => iso.density(T), T_MIN_IF97, this.maxTemperature, 4, 9);
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
      { kind: 'boiling', pressure: this.pressure },
      'raise the temperature or use a glycol solution',
    );
  }

  private lastCpT = Number.NaN;
  private lastCp = 0;

  private rho(T: number): number {
    if (T !== this.lastT) {
      this.lastRho = this.rhoFast.at(T);
      this.lastT = T;
    }
    return this.lastRho;
  }

  density(T: number): number {
    this.check(T);
    return this.rho(T);
  }

  specificHeat(T: number): number {
    this.check(T);
    // Solvers call cp repeatedly at the same temperature (a fixed inlet during a root search): keep the last.
    if (T !== this.lastCpT) {
      this.lastCp = this.cpFast.at(T);
      this.lastCpT = T;
    }
    return this.lastCp;
  }

  /** Specific enthalpy, J/kg (IF97 reference state). Not part of `Fluid`; handy for energy balances. */
  enthalpy(T: number): number {
    this.check(T);
    return this.isobar.enthalpy(T);
  }

  viscosity(T: number): number {
    this.check(T);
    return waterViscosity(T, this.rho(T));
  }

  conductivity(T: number): number {
    this.check(T);
    return waterConductivity(T, this.rho(T));
  }

  prandtl(T: number): number {
    this.check(T);
    const rho = this.rho(T);
    return (this.cpFast.at(T) * waterViscosity(T, rho)) / waterConductivity(T, rho);
  }

  boilingPoint(p: number): number {
    return saturationTemperature(p);
  }
}

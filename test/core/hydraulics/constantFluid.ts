/**
 * TEST DOUBLE — a constant-property liquid implementing the core `Fluid` interface, for hydraulics tests
 * only (the real fluids module is written concurrently). Properties do not vary with temperature; the
 * freezing/boiling limits throw PhysicsError like the real fluids do.
 */
import { PhysicsError } from '../../../src/core/errors';
import type { Fluid } from '../../../src/core/fluids/types';

export interface ConstantProps {
  density: number;
  specificHeat: number;
  viscosity: number;
  conductivity: number;
  freezingPoint?: number;
  maxTemperature?: number;
}

export function constantFluid(label: string, p: ConstantProps): Fluid {
  const freezingPoint = p.freezingPoint ?? 0;
  const maxTemperature = p.maxTemperature ?? 1e4;
  const checked = (T: number, value: number): number => {
    if (!(T >= freezingPoint && T <= maxTemperature)) {
      throw new PhysicsError(`${label}: T = ${T} K outside ${freezingPoint}…${maxTemperature} K`);
    }
    return value;
  };
  return {
    name: 'water',
    massFraction: 0,
    label,
    freezingPoint,
    maxTemperature,
    density: (T) => checked(T, p.density),
    specificHeat: (T) => checked(T, p.specificHeat),
    viscosity: (T) => checked(T, p.viscosity),
    conductivity: (T) => checked(T, p.conductivity),
    prandtl: (T) => checked(T, (p.specificHeat * p.viscosity) / p.conductivity),
    boilingPoint: () => maxTemperature,
  };
}

/**
 * Saturated liquid water at 330 K, Incropera et al., Fundamentals of Heat and Mass Transfer 6th ed.,
 * Table A.6: v_f = 1.016e-3 m³/kg (ρ = 984.3 kg/m³), cp = 4184 J/(kg·K), μ = 489e-6 Pa·s, k = 0.650 W/(m·K),
 * Pr = 3.15 (cp μ / k = 3.148). Freezes at 273.15 K.
 */
export const WATER_330K = constantFluid('water (constant, 330 K, test double)', {
  density: 1 / 1.016e-3,
  specificHeat: 4184,
  viscosity: 489e-6,
  conductivity: 0.65,
  freezingPoint: 273.15,
  maxTemperature: 373.15,
});

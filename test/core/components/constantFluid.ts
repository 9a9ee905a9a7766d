import type { Fluid } from '../../../src/core/fluids/types';

/**
 * TEST DOUBLE — not a real fluid model. Constant properties so that hand calculations in the tests are
 * exact; defaults are round values for water near 40 °C (cp 4180 J/kgK, ρ 992 kg/m³, k 0.63 W/mK).
 */
export function constantFluid(cp = 4180, rho = 992, k = 0.63): Fluid {
  return {
    name: 'water',
    massFraction: 0,
    label: `constant-property test fluid (cp ${cp})`,
    freezingPoint: 200,
    maxTemperature: 500,
    density: () => rho,
    specificHeat: () => cp,
    viscosity: () => 6.5e-4,
    conductivity: () => k,
    prandtl: () => (cp * 6.5e-4) / k,
    boilingPoint: () => 500,
  };
}

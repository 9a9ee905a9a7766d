import { describe, expect, it } from 'vitest';
import { waterConductivity, waterViscosity } from '../../../src/core/fluids/waterTransport';

const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('water viscosity, IAPWS R12-08 without critical enhancement', () => {
  // IAPWS R12-08, Table 4: "Sample points for computer-program verification of the correlating equation,
  // Eq. (10)", µ in µPa·s. The points chosen are far from the critical point, where µ̄2 = 1 exactly enough
  // (the table's own values are computed with µ̄2, which is 1 there to the digits shown).
  it.each([
    [298.15, 998, 889.7351],
    [298.15, 1200, 1437.649467],
    [373.15, 1000, 307.883622],
    [433.15, 1, 14.538324],
    [433.15, 1000, 217.685358],
    [873.15, 1, 32.619287],
    [873.15, 100, 35.802262],
    [873.15, 600, 77.430195],
    [1173.15, 1, 44.217245],
    [1173.15, 100, 47.640433],
    [1173.15, 400, 64.154608],
  ])('T = %s K, ρ = %s kg/m³ → µ = %s µPa·s', (T, rho, mu) => {
    expect(rel(waterViscosity(T, rho) * 1e6, mu)).toBeLessThan(1e-7);
  });
});

describe('water thermal conductivity, IAPWS R15-11 without critical enhancement', () => {
  // IAPWS R15-11, verification table for λ̄0·λ̄1 (critical enhancement λ̄2 = 0), λ in mW/(m·K).
  it.each([
    [298.15, 0, 18.4341883],
    [298.15, 998, 607.712868],
    [298.15, 1200, 799.038144],
    [873.15, 0, 79.1034659],
  ])('T = %s K, ρ = %s kg/m³ → λ = %s mW/(m·K)', (T, rho, k) => {
    expect(rel(waterConductivity(T, rho) * 1e3, k)).toBeLessThan(1e-7);
  });
});

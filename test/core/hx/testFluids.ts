/**
 * Constant-property liquids for hand-checkable heat-exchanger tests (independent of the fluids module).
 * Property values are stated where used; they are inputs of the hand calculations, not references.
 */
import { PhysicsError } from '../../../src/core/errors';
import type { Fluid } from '../../../src/core/fluids/types';

export function constantFluid(p: {
  cp: number;
  rho: number;
  mu?: number;
  k?: number;
  label?: string;
  freezingPoint?: number;
  maxTemperature?: number;
}): Fluid {
  const mu = p.mu ?? 1e-3;
  const k = p.k ?? 0.6;
  const fp = p.freezingPoint ?? 200;
  const tmax = p.maxTemperature ?? 500;
  const label = p.label ?? 'test liquid';
  /** Returns `v` after checking that T is inside the fluid's range. */
  const at = (T: number, v: number): number => {
    if (!(T >= fp && T <= tmax)) throw new PhysicsError(`${label}: ${T} K outside ${fp}–${tmax} K`);
    return v;
  };
  return {
    name: 'water',
    massFraction: 0,
    label,
    freezingPoint: fp,
    maxTemperature: tmax,
    density: (T) => at(T, p.rho),
    specificHeat: (T) => at(T, p.cp),
    viscosity: (T) => at(T, mu),
    conductivity: (T) => at(T, k),
    prandtl: (T) => at(T, (p.cp * mu) / k),
    boilingPoint: () => tmax,
  };
}

/**
 * A liquid whose viscosity falls with temperature (Andrade form μ = A·exp(B/T)), to exercise the
 * (μ/μ_w)^(1/6) wall correction; other properties constant.
 */
export function andradeFluid(p: {
  cp: number;
  rho: number;
  k: number;
  muAt: [number, number];
  B: number;
}): Fluid {
  const [T0, mu0] = p.muAt;
  const mu = (T: number): number => mu0 * Math.exp(p.B * (1 / T - 1 / T0));
  return {
    name: 'water',
    massFraction: 0,
    label: 'andrade liquid',
    freezingPoint: 250,
    maxTemperature: 420,
    density: () => p.rho,
    specificHeat: () => p.cp,
    viscosity: mu,
    conductivity: () => p.k,
    prandtl: (T) => (p.cp * mu(T)) / p.k,
    boilingPoint: () => 420,
  };
}

/** Relative difference |a − b| / |b|. */
export const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

/** Runs `f`, expecting it to throw; returns the error (so a test can assert its class and message). */
export function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

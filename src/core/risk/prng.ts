/**
 * Seeded pseudo-random numbers for the Monte Carlo: the same seed gives the same sequence on every
 * platform (32-bit integer arithmetic only, no Math.random).
 *
 * Uniforms: Mulberry32 (Tommy Ettinger, 2017, public domain C source): a 32-bit state advanced by the
 * Weyl constant 0x6D2B79F5 and scrambled by two xor-shift-multiply rounds; period 2³², ample for 10⁴–10⁵
 * samples of a few hundred draws each.
 * Normals: Box–Muller transform (Box & Muller 1958, Ann. Math. Statist. 29(2):610–611), both values used.
 */
import { InputError } from '../errors';

export interface Rng {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
}

/** A Mulberry32 generator seeded with a 32-bit integer (`seed` must be an integer 0 … 2³² − 1). */
export function mulberry32(seed: number): Rng {
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    throw new InputError('seed', seed, 'a whole number between 0 and 4294967295');
  }
  let a = seed >>> 0;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    // 1 − u in (0, 1] keeps the logarithm finite.
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const th = 2 * Math.PI * uniform();
    spare = r * Math.sin(th);
    return r * Math.cos(th);
  };
  return { uniform, normal };
}

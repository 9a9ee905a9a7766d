/**
 * Multi-pass plate packs: how many passes each stream makes and what that does to ε–NTU.
 *
 * A stream with n passes flows through its channels in n groups in series (channels per pass = channels/n),
 * so its channel velocity is n times the single-pass value and its flow length n times the plate length.
 *
 * Thermal arrangement (Kandlikar & Shah, "Multipass plate heat exchangers — effectiveness–NTU results and
 * guidelines for selecting pass arrangements", J. Heat Transfer 111 (1989) 300–313):
 * - equal passes on both sides, arranged counterflow within and between passes: the pack is a pure
 *   counterflow exchanger (their "n-pass/n-pass counterflow" arrangement, ε equal to counterflow for a large
 *   number of thermal plates);
 * - unequal passes (1/2, 1/3, 2/3 …): half of the pass pairs run counter and half parallel. APPROXIMATION
 *   (stated in every output that uses it): ε of the 1-shell-pass / 2-tube-pass exchanger (TEMA E), which has
 *   the same half-counter / half-parallel pairing — Incropera et al., Fundamentals of Heat and Mass Transfer,
 *   6th ed., eq. 11.31a and its inverse eq. 11.31b. Kandlikar & Shah's tables for 1/2 and 2/4 packs lie
 *   within a few per cent of ε at the same NTU and Cr for NTU ≤ 3.
 */
import { InputError, PhysicsError } from '../errors';
import { counterflowEffectiveness, counterflowNtu } from './effectiveness';

/** Passes per side. */
export interface Passes {
  hot: number;
  cold: number;
}

export const SINGLE_PASS: Readonly<Passes> = Object.freeze({ hot: 1, cold: 1 });

/** Most passes per side the sizing tries (vendor packs rarely go beyond 4; Kakaç & Liu 2002, ch. 10). */
export const MAX_PASSES = 4;

/** Throws InputError unless both pass counts are whole numbers 1 … MAX_PASSES. */
export function checkPasses(p: Passes, field = 'passes'): Passes {
  for (const side of ['hot', 'cold'] as const) {
    const n = p[side];
    if (!(Number.isInteger(n) && n >= 1 && n <= MAX_PASSES)) {
      throw new InputError(`${field}.${side}`, n, `a whole number of passes from 1 to ${MAX_PASSES}`);
    }
  }
  return p;
}

/** Words for a pass arrangement, as the outputs state it. */
export function passArrangement(p: Passes): string {
  if (p.hot === p.cold) {
    return p.hot === 1
      ? 'single pass, counterflow'
      : `${p.hot}/${p.cold} passes, counterflow (Kandlikar & Shah 1989)`;
  }
  return `${p.hot}/${p.cold} passes (hot/cold), approximated as a 1-shell/2-tube-pass exchanger`;
}

/** √(1 + Cr²). */
const root = (cr: number): number => Math.sqrt(1 + cr * cr);

/**
 * ε of a 1-shell-pass / 2-tube-pass exchanger (Incropera eq. 11.31a):
 *   ε = 2·{1 + Cr + √(1+Cr²)·(1 + e^(−NTU√(1+Cr²)))/(1 − e^(−NTU√(1+Cr²)))}⁻¹.
 */
export function shellPassEffectiveness(ntu: number, cr: number): number {
  if (ntu === 0) return 0;
  const s = root(cr);
  const e = Math.exp(-ntu * s);
  return 2 / (1 + cr + (s * (1 + e)) / (1 - e));
}

/** Largest ε the 1-shell/2-tube-pass exchanger reaches (NTU → ∞): 2/(1 + Cr + √(1+Cr²)). */
export function shellPassMaxEffectiveness(cr: number): number {
  return 2 / (1 + cr + root(cr));
}

/**
 * NTU of a 1-shell/2-tube-pass exchanger for effectiveness ε (Incropera eq. 11.31b):
 *   NTU = −(1+Cr²)^(−1/2)·ln((E − 1)/(E + 1)),  E = (2/ε − (1 + Cr))/√(1+Cr²).
 * Throws PhysicsError when ε is at or above the arrangement's maximum.
 */
export function shellPassNtu(eps: number, cr: number): number {
  if (eps === 0) return 0;
  const s = root(cr);
  const e = (2 / eps - (1 + cr)) / s;
  if (!(e > 1)) {
    throw new PhysicsError(
      `effectiveness ${+eps.toPrecision(4)} is above the ${+shellPassMaxEffectiveness(cr).toPrecision(4)} an ` +
        `unequal-pass plate pack reaches at Cr = ${+cr.toPrecision(4)}: use equal passes on both sides`,
    );
  }
  return -Math.log((e - 1) / (e + 1)) / s;
}

/** ε of a plate pack with the given passes (see the file comment for the arrangements). */
export function passEffectiveness(ntu: number, cr: number, p: Passes): number {
  return p.hot === p.cold ? counterflowEffectiveness(ntu, cr) : shellPassEffectiveness(ntu, cr);
}

/** NTU a pack with the given passes needs for effectiveness ε (< the arrangement's maximum). */
export function passNtu(eps: number, cr: number, p: Passes): number {
  if (p.hot === p.cold) {
    if (!(eps < 1)) throw new PhysicsError(`effectiveness ${eps} is not below 1`);
    return counterflowNtu(eps, cr);
  }
  return shellPassNtu(eps, cr);
}

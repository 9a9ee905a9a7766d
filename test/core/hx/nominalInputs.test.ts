/**
 * sizeNominal's input checks and their messages under the caller's labels (as the CLI passes its option
 * names): each quantity refused by its label with its unit, a mass and a volume flow refused together, the
 * directions each stream must take, and the over-specified balance (estimates compared relative to the larger,
 * 0.1 % allowed). Constant cp 4000 J/(kg·K), so each duty is ṁ·cp·ΔT by hand.
 */
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError, toKelvin } from '../../../src/core/errors';
import { type NominalSpec, sizeNominal } from '../../../src/core/hx/nominal';
import type { NominalField } from '../../../src/core/hx/nominalChecks';
import { constantFluid, thrown } from './testFluids';

const K = toKelvin;
const FIELDS: NominalField[] = ['duty', 'hotIn', 'hotOut', 'coldIn', 'coldOut', 'hotFlow', 'coldFlow'];
const labels = Object.fromEntries(FIELDS.map((f) => [f, `--${f}`])) as Record<NominalField, string>;

/** A determined point: 80 → 60 °C against 20 → 40 °C, 1 MW. */
const spec = (edit: Partial<NominalSpec> = {}): NominalSpec => {
  const w = constantFluid({ cp: 4000, rho: 1000 });
  return {
    hotFluid: w,
    coldFluid: w,
    duty: 1e6,
    hotIn: K(80),
    hotOut: K(60),
    coldIn: K(20),
    coldOut: K(40),
    labels,
    ...edit,
  };
};

describe('each given quantity: finite and above 0, refused under its label with its unit', () => {
  it('temperatures in K (0 K itself refused)', () => {
    for (const f of ['hotIn', 'hotOut', 'coldIn', 'coldOut'] as const) {
      for (const v of [0, -5, Number.NaN]) {
        const e = thrown(() => sizeNominal(spec({ [f]: v })));
        expect(e, `${f} = ${v}`).toBeInstanceOf(InputError);
        expect((e as InputError).field).toBe(`--${f}`);
        expect(e.message).toContain('is not allowed: a finite absolute temperature above 0 K');
      }
    }
  });

  it('the duty in W, mass flows in kg/s, volume flows in m³/s under the flow’s label', () => {
    const hotOnly = { duty: undefined, coldOut: undefined, hotFlow: 12.5, coldFlow: 12.5 };
    for (const [edit, field, unit] of [
      [{ duty: 0 }, '--duty', 'W'],
      [{ ...hotOnly, hotFlow: 0 }, '--hotFlow', 'kg/s'],
      [{ ...hotOnly, coldFlow: -1 }, '--coldFlow', 'kg/s'],
      [{ ...hotOnly, hotFlow: undefined, hotVolumeFlow: 0 }, '--hotFlow', 'm³/s'],
      [{ ...hotOnly, coldFlow: undefined, coldVolumeFlow: Number.NaN }, '--coldFlow', 'm³/s'],
    ] as const) {
      const e = thrown(() => sizeNominal(spec(edit)));
      expect(e, field).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe(field);
      expect(e.message).toContain(`is not allowed: a finite value above 0 ${unit}`);
    }
  });

  it('a mass flow and a volume flow for one stream: refused with both values', () => {
    for (const side of ['hot', 'cold'] as const) {
      const e = thrown(() =>
        sizeNominal(spec({ duty: undefined, [`${side}Flow`]: 2, [`${side}VolumeFlow`]: 0.002 })),
      );
      expect((e as InputError).field).toBe(`--${side}Flow`);
      expect((e as InputError).value).toEqual([2, 0.002]);
      expect(e.message).toBe(
        `--${side}Flow = [2,0.002] is not allowed: either a mass flow or a volume flow, not both`,
      );
    }
  });
});

describe('the directions, checked before solving, each with the change that fixes it', () => {
  it('the hot stream must cool (an equal outlet is refused), by the difference', () => {
    const eq = thrown(() => sizeNominal(spec({ hotOut: K(80) })));
    expect(eq).toBeInstanceOf(PhysicsError);
    expect(eq.message).toBe(
      'hot outlet 80.0 °C is not below hot inlet 80.0 °C: the hot stream must cool; lower --hotOut or raise ' +
        '--hotIn by more than 0.0 K',
    );
    expect(thrown(() => sizeNominal(spec({ hotOut: K(82) }))).message).toMatch(/by more than 2\.0 K$/);
  });

  it('the cold stream must warm (an equal outlet is refused), by the difference', () => {
    const eq = thrown(() => sizeNominal(spec({ coldOut: K(20) })));
    expect(eq.message).toBe(
      'cold outlet 20.0 °C is not above cold inlet 20.0 °C: the cold stream must warm; raise --coldOut or lower ' +
        '--coldIn by more than 0.0 K',
    );
    expect(thrown(() => sizeNominal(spec({ coldOut: K(17) }))).message).toMatch(/by more than 3\.0 K$/);
  });

  it('the hot inlet must be above the cold inlet (equal refused)', () => {
    const e = thrown(() => sizeNominal(spec({ hotIn: K(20), hotOut: K(10), coldOut: K(30) })));
    expect(e.message).toBe(
      'hot inlet 20.0 °C is not above cold inlet 20.0 °C: no heat can flow from hot to cold; raise --hotIn or ' +
        'lower --coldIn by more than 0.0 K',
    );
  });
});

describe('a duty the given flow cannot carry', () => {
  it('puts a solved temperature below 0 K: refused naming the side, the end and its label', () => {
    // hot: 80 °C − 10 MW/(1 kg/s × 4000) = 353.15 − 2500 = −2146.85 K
    const hot = thrown(() => sizeNominal(spec({ duty: 1e7, hotOut: undefined, hotFlow: 1 })));
    expect(hot).toBeInstanceOf(PhysicsError);
    expect(hot.message).toBe(
      "the energy balance puts the hot stream's outlet at -2147 K (--hotOut), which is impossible: check the duty and the hot flow",
    );
    // cold: 40 °C − 10 MW/(1 kg/s × 4000) = 313.15 − 2500 = −2186.85 K
    const cold = thrown(() => sizeNominal(spec({ duty: 1e7, coldIn: undefined, coldFlow: 1 })));
    expect(cold.message).toBe(
      "the energy balance puts the cold stream's inlet at -2187 K (--coldIn), which is impossible: check the duty and the cold flow",
    );
  });
});

describe('an over-specified point: every estimate of Q within 0.1 % of the first, relative to the larger', () => {
  it('the duty against each stream’s ṁ·cp·ΔT, named by the labels that give it', () => {
    // hot: 10 kg/s × 4000 × 20 K = 800 kW against 1 MW: 20 % apart
    const hot = thrown(() => sizeNominal(spec({ hotFlow: 10 })));
    expect(hot.message).toBe(
      'inconsistent energy balance: --duty gives 1 MW but --hotFlow × cp × (--hotIn − --hotOut) gives 800 kW ' +
        '(20 % apart, allowed 0.1 %); drop one of the over-specified values or correct it',
    );
    // cold: 10 kg/s × 4000 × 20 K = 800 kW
    const cold = thrown(() => sizeNominal(spec({ coldFlow: 10 })));
    expect(cold.message).toBe(
      'inconsistent energy balance: --duty gives 1 MW but --coldFlow × cp × (--coldOut − --coldIn) gives 800 kW ' +
        '(20 % apart, allowed 0.1 %); drop one of the over-specified values or correct it',
    );
    // both streams full, no duty: the hot side's 1 MW is the first estimate
    const both = thrown(() => sizeNominal(spec({ duty: undefined, hotFlow: 12.5, coldFlow: 10 })));
    expect(both.message).toMatch(
      /^inconsistent energy balance: --hotFlow × cp × \(--hotIn − --hotOut\) gives 1 MW but --coldFlow/,
    );
  });

  it('1.0010005 MW against 1 MW is 0.09995 % of the larger: accepted (0.1 % of the smaller would not be)', () => {
    const q = 1.0010005e6;
    const p = sizeNominal(spec({ hotFlow: 10, hotOut: K(80) - q / 40_000, coldOut: K(40) }));
    expect(p.duty).toBeGreaterThanOrEqual(1e6);
    expect(p.duty).toBeLessThanOrEqual(q);
  });
});

describe('a duty the given flow cannot carry, the outlet past the fluid’s range', () => {
  it('is refused as the temperature cross it is, with the flow that carries the duty, not as boiling', () => {
    // cold: 20 °C + 1 MW/(0.01 kg/s × 4000) = 25,020 °C, far past the fluid's range; the flow that keeps the
    // cold outlet below the 80 °C hot inlet: 1 MW / (4000 × 60 K) = 4.1667 kg/s
    const cold = thrown(() => sizeNominal(spec({ coldOut: undefined, coldFlow: 0.01 })));
    expect(cold).toBeInstanceOf(PhysicsError);
    expect(cold.message).toMatch(
      /^cold outlet 25020\.0 °C \(from the energy balance\) is not below hot inlet 80\.0 °C \(temperature cross\): raise --coldFlow above 4\.167 kg\/s/,
    );
    expect(cold.message).not.toMatch(/boiling|pressure/);
  });
});

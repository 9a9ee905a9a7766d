/**
 * ε–NTU, LMTD and multi-pass relations at their limits (Incropera Tables 11.3–11.4: Cr = 0, Cr = 1, NTU → 0,
 * NTU → ∞; equal end differences), the crossflow series at large NTU against an independent evaluation, and
 * the wording of every refusal (field, value and allowed range).
 */
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError, toKelvin } from '../../../src/core/errors';
import {
  checkArrangement,
  counterflowEffectiveness,
  effectiveness,
  effectivenessUnchecked,
  FLOW_ARRANGEMENTS,
  maxEffectiveness,
  ntuFromEffectiveness,
} from '../../../src/core/hx/effectiveness';
import {
  correctionFactorFromEffectiveness,
  lmtdCorrectionFactor,
  lmtdCounterflow,
  lmtdParallel,
  logMean,
} from '../../../src/core/hx/lmtd';
import {
  checkPasses,
  passArrangement,
  passEffectiveness,
  passNtu,
  shellPassEffectiveness,
  shellPassMaxEffectiveness,
  shellPassNtu,
} from '../../../src/core/hx/passes';
import { thrown, rel } from './testFluids';

const K = toKelvin;

/**
 * Upper Poisson tails P_n(y) = P(X > n) for n = 0…top, independent of the core's walk: the weights y^m/m! relative
 * to the mode (ratios only, no factorial, no Stirling), normalised by their sum, then summed from the top (no
 * cancellation). Accurate to ~1e-15 for y up to thousands (checked against mpmath's regularised gamma).
 */
function poissonTails(y: number, top: number): number[] {
  const last = top + Math.ceil(20 * Math.sqrt(y)) + 60;
  const mode = Math.floor(y);
  const w: number[] = new Array<number>(last + 1).fill(0);
  w[mode] = 1;
  for (let m = mode; m < last; m++) w[m + 1] = (w[m]! * y) / (m + 1);
  for (let m = mode; m > 0; m--) w[m - 1] = (w[m]! * m) / y;
  const total = w.reduce((a, b) => a + b, 0);
  const tails: number[] = new Array<number>(top + 1).fill(0);
  let acc = 0;
  for (let m = last; m >= 1; m--) {
    acc += w[m]! / total;
    if (m - 1 <= top) tails[m - 1] = acc;
  }
  return tails;
}

/** Crossflow, both unmixed (Shah & Sekulic Table 3.6 product form): ε = Σ P_n(NTU)·P_n(Cr·NTU)/(Cr·NTU). */
function crossflowReference(ntu: number, cr: number): number {
  const top = Math.ceil(ntu + 20 * Math.sqrt(ntu) + 60);
  const a = poissonTails(ntu, top);
  const b = poissonTails(cr * ntu, top);
  let sum = 0;
  for (let n = 0; n <= top; n++) sum += a[n]! * b[n]!;
  return sum / (cr * ntu);
}

describe('ε–NTU limits (Incropera Table 11.3)', () => {
  it('NTU → ∞: every arrangement reaches its limit, counted from the raw relation too', () => {
    // Counterflow and crossflow-unmixed 1; parallel 1/(1 + Cr); Cmax mixed (1 − e^(−Cr))/Cr; Cmin mixed 1 − e^(−1/Cr).
    const cr = 0.5;
    const limits: Record<string, number> = {
      counterflow: 1,
      'crossflow-unmixed': 1,
      parallel: 1 / 1.5,
      'crossflow-cmax-mixed': (1 - Math.exp(-0.5)) / 0.5,
      'crossflow-cmin-mixed': 1 - Math.exp(-2),
    };
    for (const a of FLOW_ARRANGEMENTS) {
      expect(rel(effectivenessUnchecked(Number.POSITIVE_INFINITY, cr, a), limits[a]!)).toBeLessThan(1e-15);
      expect(rel(maxEffectiveness(cr, a), limits[a]!)).toBeLessThan(1e-15);
    }
    // The bare counterflow relation (used by the plate packs) also returns 1 at NTU = ∞, Cr < 1 and Cr = 1.
    expect(counterflowEffectiveness(Number.POSITIVE_INFINITY, 0.5)).toBe(1);
    expect(counterflowEffectiveness(Number.POSITIVE_INFINITY, 1)).toBe(1);
    // Cr = 0 (condensing stream): 1 for all.
    for (const a of FLOW_ARRANGEMENTS) expect(maxEffectiveness(0, a)).toBe(1);
  });

  it('NTU → 0: ε ≈ NTU·(1 − NTU·(1 + Cr)/2) for every arrangement (first terms of each series)', () => {
    const ntu = 1e-4;
    for (const cr of [0, 0.4, 1]) {
      for (const a of FLOW_ARRANGEMENTS) {
        const e = effectiveness(ntu, cr, a);
        expect(Math.abs(e - ntu * (1 - (ntu * (1 + cr)) / 2))).toBeLessThan(ntu ** 3);
      }
    }
  });

  it('crossflow-unmixed at large NTU agrees with an independent evaluation of the series', () => {
    // Above NTU ≈ 245 the core starts its Poisson walk at y − 15√y − 10 with Stirling's ln Γ (three terms, error
    // ≈ 1/(1680·z⁷)): NTU 250 (start 2), 255 (start 5) and Cr·NTU = 255 test the start just above 0.
    for (const [ntu, cr] of [
      [250, 1],
      [255, 1],
      [300, 0.85],
      [300, 1],
      [300, 0.9],
      [1000, 1],
      [1000, 0.5],
      [2000, 1],
    ] as const) {
      expect(
        Math.abs(effectiveness(ntu, cr, 'crossflow-unmixed') - crossflowReference(ntu, cr)),
      ).toBeLessThan(1e-12);
    }
    // The reference itself at NTU = 5, Cr = 0.7 against ht's documented value (Triboix 2009 integral form).
    expect(Math.abs(crossflowReference(5, 0.7) - 0.8444821799748551)).toBeLessThan(1e-12);
  });

  it('crossflow-unmixed inverse: ε at Cr = 1 beyond NTU 10⁵ is refused, naming the bound and what to do', () => {
    // At Cr = 1, 1 − ε ≈ 1/√(π·NTU): ε = 0.999 needs NTU ≈ 3·10⁵.
    const e = thrown(() => ntuFromEffectiveness(0.999, 1, 'crossflow-unmixed'));
    expect(e).toBeInstanceOf(PhysicsError);
    expect(e.message).toBe(
      'effectiveness 0.999 needs NTU > 100000 in a crossflow-unmixed exchanger at Cr = 1: ' +
        'ask for a lower effectiveness or choose counterflow',
    );
  });

  it('crossflow-unmixed inverse beyond twice the counterflow NTU (the bracket is widened) returns the NTU', () => {
    // At Cr = 1 the crossflow NTU for a given ε far exceeds counterflow's ε/(1 − ε): the search doubles its bracket.
    for (const [ntu, cr] of [
      [50, 1],
      [127, 1],
      [400, 1],
      [60, 0.8],
    ] as const) {
      const e = effectiveness(ntu, cr, 'crossflow-unmixed');
      // Counterflow at the same ε and Cr needs less than half (Incropera Table 11.4, Cr = 1: NTU = ε/(1 − ε)).
      if (cr === 1) expect(ntu).toBeGreaterThan((2 * e) / (1 - e));
      expect(rel(ntuFromEffectiveness(e, cr, 'crossflow-unmixed'), ntu)).toBeLessThan(1e-9);
    }
  });

  it('counterflow is the default arrangement', () => {
    // Counterflow NTU = 1, Cr = 0.5 (Incropera Table 11.3): ε = (1 − e^(−0.5))/(1 − 0.5·e^(−0.5)) = 0.564733.
    const cf = (1 - Math.exp(-0.5)) / (1 - 0.5 * Math.exp(-0.5));
    expect(effectiveness(1, 0.5)).toBeCloseTo(cf, 14);
    expect(ntuFromEffectiveness(cf, 0.5)).toBeCloseTo(1, 12);
    expect(maxEffectiveness(0.5)).toBe(1);
  });

  it('the inverse at the exact maximum is refused (ε = 1/(1 + Cr) for parallel flow)', () => {
    // 1/(1 + 0.6) = 0.625 exactly in binary; a parallel exchanger needs NTU = ∞ for it.
    const e = thrown(() => ntuFromEffectiveness(0.625, 0.6, 'parallel'));
    expect(e).toBeInstanceOf(PhysicsError);
    expect(e.message).toBe(
      'effectiveness 0.625 is not reachable by a parallel exchanger at Cr = 0.6: even an infinitely large one ' +
        '(NTU → ∞) reaches at most 0.625; choose counterflow, or ask for a smaller temperature change (lower effectiveness)',
    );
  });

  it('refusals name the field, the value and the allowed range', () => {
    expect(thrown(() => effectiveness(-1, 0.5)).message).toBe('ntu = -1 is not allowed: a finite number ≥ 0');
    expect(thrown(() => effectiveness(1, 0.5, 'shell' as never)).message).toBe(
      'arrangement = "shell" is not allowed: one of counterflow, parallel, crossflow-unmixed, ' +
        'crossflow-cmax-mixed, crossflow-cmin-mixed',
    );
    const named = thrown(() => checkArrangement(7, 'hx.arrangement'));
    expect(named).toBeInstanceOf(InputError);
    expect((named as InputError).field).toBe('hx.arrangement');
    expect(thrown(() => ntuFromEffectiveness(1.5, 0.5)).message).toBe(
      'effectiveness = 1.5 is not allowed: between 0 and 1',
    );
    expect(thrown(() => maxEffectiveness(2)).message).toBe(
      'cr = 2 is not allowed: between 0 and 1 (Cr = Cmin/Cmax)',
    );
  });
});

describe('LMTD and F at their limits', () => {
  it('equal end differences: balanced counterflow has ΔT_lm = ΔT (Incropera §11.3)', () => {
    // Hot 80 → 60 °C, cold 40 → 60 °C: ΔT1 = 80 − 60 = 20 K, ΔT2 = 60 − 40 = 20 K.
    expect(lmtdCounterflow(K(80), K(60), K(40), K(60))).toBeCloseTo(20, 12);
    // Unequal: hot 90 → 50, cold 30 → 40: ΔT1 = 50, ΔT2 = 20, ΔT_lm = 30/ln 2.5 = 32.7407.
    expect(lmtdCounterflow(K(90), K(50), K(30), K(40))).toBeCloseTo(30 / Math.log(2.5), 10);
    // Parallel, hot 90 → 50, cold 30 → 40: ΔT1 = 60, ΔT2 = 10, ΔT_lm = 50/ln 6 = 27.9055.
    expect(lmtdParallel(K(90), K(50), K(30), K(40))).toBeCloseTo(50 / Math.log(6), 10);
  });

  it('zero or negative end differences are refused with the temperatures and the shortfall', () => {
    expect(thrown(() => logMean(5, 0))).toBeInstanceOf(PhysicsError);
    expect(thrown(() => logMean(5, -2)).message).toBe(
      'terminal temperature differences 5 K and -2 K: both must be above 0 K (zero or negative means a ' +
        'temperature pinch or cross, which needs an infinitely large exchanger)',
    );
    const inf = thrown(() => logMean(5, Number.POSITIVE_INFINITY));
    expect(inf).toBeInstanceOf(InputError);
    expect(inf.message).toBe('ΔT = [5,null] is not allowed: two finite temperature differences in K');
    // A zero pinch at either end of a counterflow exchanger (cold out = hot in; hot out = cold in).
    expect(thrown(() => lmtdCounterflow(K(80), K(55), K(45), K(80))).message).toBe(
      'counterflow: cold outlet 80.0 °C is not below hot inlet 80.0 °C (temperature cross); ' +
        'lower the cold outlet or raise the hot inlet by more than 0.0 K',
    );
    expect(thrown(() => lmtdCounterflow(K(80), K(45), K(45), K(60))).message).toBe(
      'counterflow: hot outlet 45.0 °C is not above cold inlet 45.0 °C (temperature cross); ' +
        'raise the hot outlet or lower the cold inlet by more than 0.0 K',
    );
    expect(thrown(() => lmtdParallel(K(80), K(60), K(45), K(60))).message).toBe(
      'parallel flow: cold outlet 60.0 °C is not below hot outlet 60.0 °C; lower the cold outlet or raise ' +
        'the hot outlet by more than 0.0 K, or use counterflow',
    );
    // Parallel with the hot inlet below the cold inlet but the outlets in order.
    expect(thrown(() => lmtdParallel(K(40), K(60), K(45), K(50))).message).toBe(
      'parallel flow: hot inlet 40.0 °C is not above cold inlet 45.0 °C',
    );
    expect(thrown(() => lmtdParallel(K(45), K(60), K(45), K(50))).message).toBe(
      'parallel flow: hot inlet 45.0 °C is not above cold inlet 45.0 °C',
    );
    // A 5 K cross: the shortfall is printed as a positive 5.0 K.
    expect(thrown(() => lmtdCounterflow(K(80), K(40), K(45), K(60))).message).toBe(
      'counterflow: hot outlet 40.0 °C is not above cold inlet 45.0 °C (temperature cross); ' +
        'raise the hot outlet or lower the cold inlet by more than 5.0 K',
    );
    expect(thrown(() => lmtdParallel(K(80), K(55), K(45), K(60))).message).toBe(
      'parallel flow: cold outlet 60.0 °C is not below hot outlet 55.0 °C; lower the cold outlet or raise ' +
        'the hot outlet by more than 5.0 K, or use counterflow',
    );
  });

  it('F: each impossible terminal set is refused for its own reason', () => {
    // Hot stream not cooling (80 → 80 °C).
    expect(thrown(() => lmtdCorrectionFactor(K(80), K(80), K(40), K(50), 'parallel')).message).toMatch(
      /^F needs the hot stream to cool \(ΔT_h = 0 K\)/,
    );
    // Cold stream not warming (40 → 40 °C).
    expect(thrown(() => lmtdCorrectionFactor(K(80), K(60), K(40), K(40), 'parallel')).message).toBe(
      'F needs the hot stream to cool (ΔT_h = 20 K), the cold stream to warm (ΔT_c = 0 K) and the hot inlet ' +
        'above the cold inlet (40 K); all must be above 0 K',
    );
    // Hot inlet below the cold inlet although both streams change the right way.
    expect(
      thrown(() => lmtdCorrectionFactor(K(40), K(30), K(45), K(50), 'crossflow-unmixed')).message,
    ).toMatch(/\(-5 K\); all must be above 0 K$/);
    // Hot inlet equal to the cold inlet.
    expect(thrown(() => lmtdCorrectionFactor(K(45), K(30), K(45), K(50), 'parallel')).message).toMatch(
      /\(0 K\); all must be above 0 K$/,
    );
    // A stream changing by the whole inlet difference (ε = 1).
    expect(thrown(() => lmtdCorrectionFactor(K(80), K(40), K(40), K(50), 'counterflow')).message).toBe(
      'a stream changes by 40 K, at least the inlet difference 40 K: no exchanger can do that',
    );
  });

  it('F of counterflow is 1 and F → 1 as ε → 0 (Shah & Sekulic ch. 3)', () => {
    expect(lmtdCorrectionFactor(K(90), K(50), K(30), K(40), 'counterflow')).toBe(1);
    for (const a of FLOW_ARRANGEMENTS) expect(correctionFactorFromEffectiveness(0, 0.8, a)).toBe(1);
  });
});

describe('multi-pass plate packs (Incropera eq. 11.31a/b)', () => {
  it('1-shell/2-tube pass: NTU = 0 gives ε = 0 and ε = 0 needs NTU = 0; Cr = 0 reduces to 1 − e^(−NTU)', () => {
    expect(shellPassEffectiveness(0, 0.5)).toBe(0);
    expect(shellPassNtu(0, 0.5)).toBe(0);
    // Cr = 0: ε = 1 − e^(−NTU), NTU = −ln(1 − ε); NTU = 2 → ε = 0.864665.
    expect(shellPassNtu(1 - Math.exp(-2), 0)).toBeCloseTo(2, 12);
    // ε_max = 2/(1 + Cr + √(1 + Cr²)): Cr = 1 → 2/(2 + √2) = 0.585786; Cr = 0 → 1.
    expect(shellPassMaxEffectiveness(1)).toBeCloseTo(2 / (2 + Math.SQRT2), 15);
    expect(shellPassMaxEffectiveness(0)).toBe(1);
  });

  it('unreachable ε is refused with the maximum; ε = 1 on equal passes too', () => {
    expect(thrown(() => shellPassNtu(0.6, 1)).message).toBe(
      'effectiveness 0.6 is above the 0.5858 an unequal-pass plate pack reaches at Cr = 1: use equal passes on both sides',
    );
    // At Cr = 0 the maximum is exactly 1: ε = 1 is refused, not answered with NTU = ∞.
    expect(thrown(() => shellPassNtu(1, 0))).toBeInstanceOf(PhysicsError);
    expect(thrown(() => passNtu(1, 0.5, { hot: 2, cold: 2 })).message).toBe('effectiveness 1 is not below 1');
    expect(thrown(() => passNtu(1, 0, { hot: 1, cold: 2 }))).toBeInstanceOf(PhysicsError);
  });

  it('equal passes are counterflow, unequal passes the 1-shell/2-tube exchanger (hand values)', () => {
    // Counterflow NTU = 1, Cr = 0.5: ε = (1 − e^(−0.5))/(1 − 0.5 e^(−0.5)) = 0.564733.
    const cf = (1 - Math.exp(-0.5)) / (1 - 0.5 * Math.exp(-0.5));
    expect(passEffectiveness(1, 0.5, { hot: 3, cold: 3 })).toBeCloseTo(cf, 14);
    // Shell pass, NTU = 1, Cr = 0.5: s = √1.25, e = e^(−s), ε = 2/(1.5 + s(1 + e)/(1 − e)).
    const s = Math.sqrt(1.25);
    const e = Math.exp(-s);
    const sp = 2 / (1.5 + (s * (1 + e)) / (1 - e));
    expect(passEffectiveness(1, 0.5, { hot: 1, cold: 3 })).toBeCloseTo(sp, 14);
    expect(passNtu(sp, 0.5, { hot: 2, cold: 1 })).toBeCloseTo(1, 12);
    // Counterflow inverse at Cr = 0.5: NTU = ln((1 − 0.5ε)/(1 − ε))/0.5 = 1 for ε = cf.
    expect(passNtu(cf, 0.5, { hot: 4, cold: 4 })).toBeCloseTo(1, 12);
  });

  it('pass counts: whole numbers 1 … 4 per side, named by side', () => {
    expect(checkPasses({ hot: 1, cold: 4 })).toEqual({ hot: 1, cold: 4 });
    expect(thrown(() => checkPasses({ hot: 0, cold: 1 })).message).toBe(
      'passes.hot = 0 is not allowed: a whole number of passes from 1 to 4',
    );
    expect((thrown(() => checkPasses({ hot: 1, cold: 5 })) as InputError).field).toBe('passes.cold');
    expect((thrown(() => checkPasses({ hot: 2.5, cold: 1 }, 'plate.passes')) as InputError).field).toBe(
      'plate.passes.hot',
    );
    expect(passArrangement({ hot: 1, cold: 1 })).toBe('single pass, counterflow');
    expect(passArrangement({ hot: 2, cold: 2 })).toBe('2/2 passes, counterflow (Kandlikar & Shah 1989)');
    expect(passArrangement({ hot: 1, cold: 2 })).toBe(
      '1/2 passes (hot/cold), approximated as a 1-shell/2-tube-pass exchanger',
    );
  });
});

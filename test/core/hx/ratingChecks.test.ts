/**
 * rateExchanger's refusals (each field by name, with its unit), its outputs besides the duty (LMTD, approach,
 * the C_min side) written out by hand for counterflow and parallel flow, and its property iteration checked
 * at the fixed point it must reach: cp of each stream at the mean of its own inlet and outlet.
 */
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError, toKelvin } from '../../../src/core/errors';
import { PLATE_PRESETS } from '../../../src/core/hx/plate';
import { type RatingInput, rateExchanger } from '../../../src/core/hx/rating';
import { constantFluid, thrown } from './testFluids';

const K = toKelvin;

/** Counterflow ε (Incropera 7th ed., Table 11.3, eq. 11.29a), Cr < 1. */
const epsCounter = (ntu: number, cr: number) => {
  const e = Math.exp(-ntu * (1 - cr));
  return (1 - e) / (1 - cr * e);
};

describe('rateExchanger refuses each bad input by name', () => {
  const base = () => {
    const w = constantFluid({ cp: 4000, rho: 1000 });
    return { hotFluid: w, coldFluid: w, hotIn: K(80), coldIn: K(20), hotFlow: 1, coldFlow: 1, ua: 1000 };
  };

  it('inlets and flows: finite and above 0, in K and kg/s (0 itself refused)', () => {
    for (const [field, unit] of [
      ['hotIn', 'K'],
      ['coldIn', 'K'],
      ['hotFlow', 'kg/s'],
      ['coldFlow', 'kg/s'],
    ] as const) {
      for (const v of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        const e = thrown(() => rateExchanger({ ...base(), [field]: v }));
        expect(e, `${field} = ${v}`).toBeInstanceOf(InputError);
        expect((e as InputError).field).toBe(field);
        expect(e.message).toContain(`is not allowed: a finite value above 0 ${unit}`);
      }
    }
  });

  it('a UA of 0 is refused in W/K; both a UA and a plate pack, or neither, are refused under ua', () => {
    const z = thrown(() => rateExchanger({ ...base(), ua: 0 }));
    expect((z as InputError).field).toBe('ua');
    expect(z.message).toContain('a finite value above 0 W/K');
    const plate = { geometry: PLATE_PRESETS.medium!, plates: 41 };
    for (const inp of [
      { ...base(), plate },
      { ...base(), ua: undefined },
    ] as RatingInput[]) {
      const e = thrown(() => rateExchanger(inp));
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe('ua');
      expect(e.message).toContain('either a UA or a plate pack');
    }
  });

  it('equal inlets (no driving difference) and a colder hot inlet are PhysicsErrors stating both in °C', () => {
    const eq = thrown(() => rateExchanger({ ...base(), hotIn: K(20) }));
    expect(eq).toBeInstanceOf(PhysicsError);
    expect(eq.message).toBe(
      'hot inlet 20.0 °C is not above cold inlet 20.0 °C: no heat flows from hot to cold',
    );
    const cold = thrown(() => rateExchanger({ ...base(), hotIn: K(12.25) }));
    expect(cold.message).toMatch(/^hot inlet 12\.3 °C is not above cold inlet 20\.0 °C/);
  });

  it('a plate pack is counterflow (its passes set the rest): another arrangement is refused by name', () => {
    const { ua: _, ...noUa } = base();
    const e = thrown(() =>
      rateExchanger({
        ...noUa,
        arrangement: 'parallel',
        plate: { geometry: PLATE_PRESETS.medium!, plates: 41 },
      }),
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).field).toBe('arrangement');
    expect(e.message).toContain('counterflow for a plate pack (passes set the rest)');
    // and its geometry is checked: a plate gap of 0 is refused under plate.plateGap
    const g = thrown(() =>
      rateExchanger({ ...noUa, plate: { geometry: { ...PLATE_PRESETS.medium!, plateGap: 0 }, plates: 41 } }),
    );
    expect((g as InputError).field).toBe('plate.plateGap');
  });
});

describe('rateExchanger outputs besides the duty, by hand (constant cp 4000 J/(kg·K))', () => {
  const inp = (arrangement: 'counterflow' | 'parallel', hotFlow: number, coldFlow: number): RatingInput => {
    const w = constantFluid({ cp: 4000, rho: 1000 });
    return {
      hotFluid: w,
      coldFluid: w,
      hotIn: K(100),
      coldIn: K(20),
      hotFlow,
      coldFlow,
      ua: 10_000,
      arrangement,
    };
  };

  it('counterflow: approach = min(T_h,in − T_c,out, T_h,out − T_c,in), LMTD from the end differences', () => {
    const r = rateExchanger(inp('counterflow', 2, 3));
    // C_h = 8000, C_c = 12000 W/K: NTU 1.25, C_r 2/3; ε from eq. 11.29a; Q = ε·8000·80
    const q = epsCounter(1.25, 2 / 3) * 8000 * 80;
    const hotOut = 100 - q / 8000;
    const coldOut = 20 + q / 12000;
    expect(r.duty).toBeCloseTo(q, 6);
    // ends: 100 − 52.42 = 47.58 K at the hot inlet, 51.36 − 20 = 31.36 K at the hot outlet
    const d1 = 100 - coldOut;
    const d2 = hotOut - 20;
    expect(d1).toBeGreaterThan(d2);
    expect(r.approach).toBeCloseTo(d2, 9);
    expect(r.lmtd).toBeCloseTo((d1 - d2) / Math.log(d1 / d2), 9);
    expect(r.minSide).toBe('hot');
    expect(r.arrangement).toBe('counterflow');
  });

  it('parallel flow: ε = (1 − e^(−NTU(1 + C_r)))/(1 + C_r), approach = outlet difference, LMTD from both ends', () => {
    const r = rateExchanger(inp('parallel', 2, 3));
    const eps = (1 - Math.exp(-1.25 * (1 + 2 / 3))) / (1 + 2 / 3);
    const q = eps * 8000 * 80;
    const hotOut = 100 - q / 8000;
    const coldOut = 20 + q / 12000;
    expect(r.effectiveness).toBeCloseTo(eps, 12);
    expect(r.approach).toBeCloseTo(hotOut - coldOut, 9);
    const d1 = 100 - 20;
    const d2 = hotOut - coldOut;
    expect(r.lmtd).toBeCloseTo((d1 - d2) / Math.log(d1 / d2), 9);
    // Q = UA·LMTD holds for parallel flow with constant cp
    expect(10_000 * r.lmtd).toBeCloseTo(q, 3);
    expect(r.arrangement).toBe('parallel');
  });

  it('the smaller capacity rate names the C_min side: the cold stream when its flow is the smaller', () => {
    const r = rateExchanger(inp('counterflow', 3, 2));
    expect(r.minSide).toBe('cold');
    expect(r.cr).toBeCloseTo(2 / 3, 12);
    expect(r.ntu).toBeCloseTo(10_000 / 8000, 12);
    // the same Q as with the streams swapped; now the cold outlet end is the narrower: 100 − (20 + Q/8000)
    const q = epsCounter(1.25, 2 / 3) * 8000 * 80;
    expect(100 - (20 + q / 8000)).toBeLessThan(100 - q / 12000 - 20);
    expect(r.approach).toBeCloseTo(100 - (20 + q / 8000), 9);
  });
});

describe('rateExchanger’s property iteration reaches cp at each stream’s own mean', () => {
  /** A liquid whose cp rises 1 %/K (steep, so an unconverged mean shows). */
  const steep = () => ({
    ...constantFluid({ cp: 4000, rho: 1000 }),
    specificHeat: (T: number) => 4000 * (1 + 0.01 * (T - 300)),
  });
  const flat = () => constantFluid({ cp: 4000, rho: 1000 });

  for (const [name, hotFlow, coldFlow, hot, cold] of [
    ['steep cold side, a large hot flow barely cooled', 50, 1, flat, steep],
    ['steep hot side, a large cold flow barely warmed', 1, 50, steep, flat],
  ] as const) {
    it(name, () => {
      const hotFluid = hot();
      const coldFluid = cold();
      const r = rateExchanger({
        hotFluid,
        coldFluid,
        hotIn: K(90),
        coldIn: K(10),
        hotFlow,
        coldFlow,
        ua: 3000,
      });
      const hotCp = hotFluid.specificHeat(0.5 * (K(90) + r.hotOut));
      const coldCp = coldFluid.specificHeat(0.5 * (K(10) + r.coldOut));
      expect(Math.abs(r.hotCp / hotCp - 1)).toBeLessThan(1e-11);
      expect(Math.abs(r.coldCp / coldCp - 1)).toBeLessThan(1e-11);
      // and the duty is ε–NTU at those capacity rates (counterflow, written out above)
      const ch = hotFlow * hotCp;
      const cc = coldFlow * coldCp;
      const cMin = Math.min(ch, cc);
      const q = epsCounter(3000 / cMin, cMin / Math.max(ch, cc)) * cMin * 80;
      expect(Math.abs(r.duty / q - 1)).toBeLessThan(1e-10);
    });
  }
});

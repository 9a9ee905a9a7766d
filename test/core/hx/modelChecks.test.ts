/**
 * The off-design model's construction (model.ts): the scaling split of UA into hA_hot and hA_cold written
 * out (Modelica Buildings PlateHeatExchangerEffectivenessNTU: hA_hot = (1 + r)·UA, hA_cold = hA_hot/r), and
 * each refusal by field name.
 */
import { describe, expect, it } from 'vitest';
import { InputError, toKelvin } from '../../../src/core/errors';
import { hxModel, hxModelFromUA } from '../../../src/core/hx/model';
import { sizeNominal } from '../../../src/core/hx/nominal';
import { constantFluid, thrown } from './testFluids';

const K = toKelvin;

/** 1 MW, 80 → 60 °C against 45 → 70 °C, constant cp 4000 J/(kg·K): C_h = 50 000, C_c = 40 000 W/K. */
function point() {
  const w = constantFluid({ cp: 4000, rho: 1000 });
  return sizeNominal({
    hotFluid: w,
    coldFluid: w,
    duty: 1e6,
    hotIn: K(80),
    hotOut: K(60),
    coldIn: K(45),
    coldOut: K(70),
  });
}

describe('hxModel without a plate design (hA scaling)', () => {
  it('splits UA as hA_hot = (1 + r)·UA, hA_cold = hA_hot/r, so the two in series give UA back', () => {
    const p = point();
    expect(p.hotFlow).toBeCloseTo(12.5, 9);
    for (const r of [1, 2, 0.25]) {
      const m = hxModel(p, { hARatio: r });
      expect(m.mode).toBe('scaling');
      expect(m.hAHotNominal).toBeCloseTo((1 + r) * p.ua, 6);
      expect(m.hAColdNominal).toBeCloseTo(((1 + r) * p.ua) / r, 6);
      expect(1 / (1 / m.hAHotNominal + 1 / m.hAColdNominal)).toBeCloseTo(p.ua, 6);
      expect([m.resistance, m.uaNominal, m.hotFlowNominal, m.coldFlowNominal]).toEqual([0, p.ua, 12.5, 10]);
    }
    expect(
      hxModelFromUA({
        ua: 5000,
        hotFlowNominal: 1,
        coldFlowNominal: 2,
        hotFluid: p.hotFluid,
        coldFluid: p.coldFluid,
      }).mode,
    ).toBe('scaling');
  });

  it('refuses an hA ratio that is not a finite number above 0, by name', () => {
    const p = point();
    for (const r of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const e = thrown(() => hxModel(p, { hARatio: r }));
      expect(e, String(r)).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe('hARatio');
      expect(e.message).toContain('is not allowed: a finite number above 0');
    }
  });

  it('refuses the correlation mode, which needs a plate design to evaluate', () => {
    const e = thrown(() => hxModel(point(), { mode: 'correlation' }));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).field).toBe('mode');
    expect((e as InputError).value).toBe('correlation');
    expect(e.message).toContain("'scaling' unless a plate design is given");
  });
});

describe('hxModelFromUA refuses each nominal value that is not a finite number above 0, by name', () => {
  it('ua, hotFlowNominal, coldFlowNominal', () => {
    const w = constantFluid({ cp: 4000, rho: 1000 });
    const ok = { ua: 5000, hotFlowNominal: 1, coldFlowNominal: 2, hotFluid: w, coldFluid: w };
    for (const field of ['ua', 'hotFlowNominal', 'coldFlowNominal'] as const) {
      for (const v of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        const e = thrown(() => hxModelFromUA({ ...ok, [field]: v }));
        expect(e, `${field} = ${v}`).toBeInstanceOf(InputError);
        expect((e as InputError).field).toBe(field);
        expect(e.message).toContain('is not allowed: a finite number above 0');
      }
    }
  });
});

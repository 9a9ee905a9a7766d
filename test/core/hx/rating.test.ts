import { describe, expect, it } from 'vitest';
import { toKelvin } from '../../../src/core/errors';
import { fluid, parseFluid } from '../../../src/core/fluids';
import { hxModelFromUA, offDesign } from '../../../src/core/hx/model';
import { sizeNominal } from '../../../src/core/hx/nominal';
import { PLATE_PRESETS } from '../../../src/core/hx/plate';
import { sizePlate } from '../../../src/core/hx/plateSizing';
import { rateExchanger } from '../../../src/core/hx/rating';
import { constantFluid } from './testFluids';

const K = toKelvin;

describe('rateExchanger()', () => {
  it('counterflow with constant properties: hand calculation of ε–NTU', () => {
    const w = constantFluid({ cp: 4000, rho: 1000 });
    const r = rateExchanger({
      hotFluid: w,
      coldFluid: w,
      hotIn: K(100),
      coldIn: K(20),
      hotFlow: 2,
      coldFlow: 3,
      ua: 10_000,
    });
    // Ch = 8000, Cc = 12000 W/K; NTU = 1.25, Cr = 2/3; x = NTU(1 − Cr) = 0.416667, e^−x = 0.659241;
    // ε = (1 − 0.659241)/(1 − (2/3)·0.659241) = 0.607951; Q = ε·8000·80 = 389 089 W.
    expect(r.ntu).toBeCloseTo(1.25, 12);
    expect(r.effectiveness).toBeCloseTo(0.607951, 5);
    expect(r.duty).toBeCloseTo(389_089, -1);
    expect(r.hotOut).toBeCloseTo(K(100 - 389_089 / 8000), 2);
    expect(r.coldOut).toBeCloseTo(K(20 + 389_089 / 12000), 2);
    expect(r.minSide).toBe('hot');
  });

  it('sizing then rating at the design inlets and flows returns the design outlets (< 0.1 K)', () => {
    const pg = parseFluid('propylene-glycol 55%');
    const water = fluid('water');
    for (const [hi, ho, ci, co] of [
      [80, 70, 45, 75],
      [85, 60, 40, 70],
      [60, 45, 20, 55],
    ] as const) {
      const p = sizeNominal({
        hotFluid: pg,
        coldFluid: water,
        duty: 2.7e6,
        hotIn: K(hi),
        hotOut: K(ho),
        coldIn: K(ci),
        coldOut: K(co),
      });
      const r = rateExchanger({
        hotFluid: pg,
        coldFluid: water,
        hotIn: p.hotIn,
        coldIn: p.coldIn,
        hotFlow: p.hotFlow,
        coldFlow: p.coldFlow,
        ua: p.ua,
      });
      expect(Math.abs(r.hotOut - p.hotOut)).toBeLessThan(0.1);
      expect(Math.abs(r.coldOut - p.coldOut)).toBeLessThan(0.1);
      expect(Math.abs(r.duty - p.duty) / p.duty).toBeLessThan(1e-6);
      // The off-design model (the annual simulation's) uses the same property basis.
      const o = offDesign(
        hxModelFromUA({
          ua: p.ua,
          hotFlowNominal: p.hotFlow,
          coldFlowNominal: p.coldFlow,
          hotFluid: pg,
          coldFluid: water,
        }),
        { hotFlow: p.hotFlow, coldFlow: p.coldFlow, hotIn: p.hotIn, coldIn: p.coldIn },
      );
      expect(Math.abs(o.duty - p.duty) / p.duty).toBeLessThan(1e-6);
      expect(Math.abs(o.coldOut - p.coldOut)).toBeLessThan(0.01);
    }
  });

  it('a sized plate pack rated at the design point transfers at least the duty', () => {
    const pg = parseFluid('propylene-glycol 30%');
    const water = fluid('water');
    const p = sizeNominal({
      hotFluid: pg,
      coldFluid: water,
      duty: 1e6,
      hotIn: K(80),
      hotOut: K(60),
      coldIn: K(45),
      coldOut: K(70),
    });
    const d = sizePlate(p, PLATE_PRESETS.medium!);
    const r = rateExchanger({
      hotFluid: pg,
      coldFluid: water,
      hotIn: p.hotIn,
      coldIn: p.coldIn,
      hotFlow: p.hotFlow,
      coldFlow: p.coldFlow,
      plate: { geometry: d.geometry, plates: d.plates, passes: d.passes },
    });
    expect(r.duty).toBeGreaterThanOrEqual(p.duty * (1 - 1e-9));
    expect(r.plate?.plates).toBe(d.plates);
    expect(r.coldOut).toBeGreaterThanOrEqual(p.coldOut - 1e-6);
  });

  it('bad input names the field', () => {
    const w = constantFluid({ cp: 4000, rho: 1000 });
    const base = { hotFluid: w, coldFluid: w, hotIn: K(80), coldIn: K(20), hotFlow: 1, coldFlow: 1 };
    expect(() => rateExchanger(base)).toThrowError(/either a UA or a plate pack/);
    expect(() => rateExchanger({ ...base, ua: -5 })).toThrowError(/ua = -5/);
    expect(() => rateExchanger({ ...base, hotFlow: Number.NaN, ua: 1 })).toThrowError(/hotFlow/);
    expect(() => rateExchanger({ ...base, hotIn: K(10), ua: 1 })).toThrowError(/not above cold inlet/);
  });
});

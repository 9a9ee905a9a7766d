/**
 * Plate pack rating by hand at its edges: the accepted geometry ranges (Martin 1996: 1°–80°; the stated
 * engineering ranges) with the wording of every refusal, zero flow, the wall-temperature clamp of the
 * viscosity correction, and the plate-count rules of single- and multi-pass packs (VDI Heat Atlas N6,
 * Kakaç & Liu ch. 10: N plates, N − 1 channels, hot takes the odd one).
 */
import { describe, expect, it } from 'vitest';
import { InputError, toKelvin } from '../../../src/core/errors';
import {
  channelSide,
  checkGeometry,
  PLATE_PRESETS,
  type PlateGeometry,
  plateArea,
  ratePlate,
} from '../../../src/core/hx/plate';
import { andradeFluid, constantFluid, thrown } from './testFluids';

const K = toKelvin;
const DEG = Math.PI / 180;

/** The documented ranges (plate.ts file comment and Martin 1996's 1°–80°): [min, max]. */
const RANGES: Record<keyof PlateGeometry, [number, number]> = {
  chevronAngle: [1 * DEG, 80 * DEG],
  plateWidth: [0.02, 5],
  portLength: [0.05, 6],
  plateGap: [0.0005, 0.02],
  plateThickness: [0.0001, 0.005],
  plateConductivity: [1, 500],
  enlargementFactor: [1, 1.6],
  portDiameter: [0.005, 1],
  foulingHot: [0, 0.01],
  foulingCold: [0, 0.01],
};

describe('checkGeometry(): every range, both ends', () => {
  it('accepts each value at its bounds and refuses it just outside, naming plate.<field>', () => {
    for (const key of Object.keys(RANGES) as (keyof PlateGeometry)[]) {
      const [lo, hi] = RANGES[key];
      // A wide plate with a small port, so that the widest port and the narrowest plate both fit.
      const base: PlateGeometry = { ...PLATE_PRESETS.medium!, plateWidth: 5, portDiameter: 0.005 };
      expect(() => checkGeometry({ ...base, [key]: lo })).not.toThrow();
      expect(() => checkGeometry({ ...base, [key]: hi })).not.toThrow();
      for (const bad of [lo - Math.max(1e-9, Math.abs(lo) * 1e-9), hi * (1 + 1e-9), Number.NaN]) {
        const e = thrown(() => checkGeometry({ ...base, [key]: bad }));
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).field).toBe(`plate.${key}`);
        expect((e as InputError).allowed).toBe(
          `between ${lo} and ${hi} ${key === 'chevronAngle' ? 'rad (1°–80°, the range of Martin 1996)' : UNITS[key]}`,
        );
      }
    }
    expect(thrown(() => checkGeometry({ ...PLATE_PRESETS.small!, plateGap: 0.05 })).message).toBe(
      'plate.plateGap = 0.05 is not allowed: between 0.0005 and 0.02 m',
    );
    expect(
      (thrown(() => checkGeometry({ ...PLATE_PRESETS.small!, plateGap: 0.05 }, 'hx.')) as InputError).field,
    ).toBe('hx.plateGap');
  });

  it('a port wider than the plate is refused; equal is accepted', () => {
    const g = { ...PLATE_PRESETS.small!, portDiameter: 0.25 };
    expect(checkGeometry(g)).toBe(g);
    expect(thrown(() => checkGeometry({ ...g, portDiameter: 0.3 })).message).toBe(
      'plate.portDiameter = 0.3 is not allowed: at most the plate width 0.25 m',
    );
  });
});

const UNITS: Record<keyof PlateGeometry, string> = {
  chevronAngle: '',
  plateWidth: 'm',
  portLength: 'm',
  plateGap: 'm',
  plateThickness: 'm',
  plateConductivity: 'W/(m·K)',
  enlargementFactor: '–',
  portDiameter: 'm',
  foulingHot: 'm²·K/W',
  foulingCold: 'm²·K/W',
};

describe('channelSide() and ratePlate() at their edges', () => {
  it('zero flow: no velocity, h = 0, no pressure drop; Pr = cp·μ/k still reported', () => {
    const w = constantFluid({ cp: 4180, rho: 990, mu: 6e-4, k: 0.64 });
    const s = channelSide(PLATE_PRESETS.medium!, w, 0, 20, K(50), K(40), 2);
    expect(s).toEqual({
      channels: 20,
      passes: 2,
      velocity: 0,
      reynolds: 0,
      prandtl: (4180 * 6e-4) / 0.64,
      friction: Number.POSITIVE_INFINITY,
      nusselt: 0,
      viscosityRatio: 1,
      h: 0,
      portVelocity: 0,
      channelPressureDrop: 0,
      portPressureDrop: 0,
      pressureDrop: 0,
    });
  });

  it('the wall temperature of the viscosity correction is clamped into the fluid range (0.01 K inside)', () => {
    // Andrade μ = 5.5e-4·exp(1800·(1/T − 1/323.15)); fluid range 250–420 K.
    const f = andradeFluid({ cp: 4180, rho: 990, k: 0.64, muAt: [K(50), 5.5e-4], B: 1800 });
    const mu = (T: number): number => 5.5e-4 * Math.exp(1800 * (1 / T - 1 / K(50)));
    const g = PLATE_PRESETS.medium!;
    const cold = channelSide(g, f, 5, 20, K(50), 200, 1);
    expect(cold.viscosityRatio).toBeCloseTo(mu(K(50)) / mu(250.01), 12);
    const hot = channelSide(g, f, 5, 20, K(50), 500, 1);
    expect(hot.viscosityRatio).toBeCloseTo(mu(K(50)) / mu(419.99), 12);
    // Inside the range the wall temperature is used as given.
    expect(channelSide(g, f, 5, 20, K(50), K(30), 1).viscosityRatio).toBeCloseTo(mu(K(50)) / mu(K(30)), 12);
  });

  it('wall temperatures: the series-resistance split T_w = T_b ∓ q″/h, q″ = U·(T_h − T_c), from the mean of the bulks', () => {
    // The stated procedure by hand with channelSide: start both walls at (T_h + T_c)/2, rate both sides, then
    // T_w,h = T_h − q″/h_h and T_w,c = T_c + q″/h_c; the rating reports the third evaluation.
    const f = andradeFluid({ cp: 4180, rho: 990, k: 0.64, muAt: [K(50), 5.5e-4], B: 1800 });
    const g = PLATE_PRESETS.medium!;
    const [th, tc] = [K(75), K(25)];
    const rw = 0.0005 / 16 + 2e-5;
    let [twh, twc] = [0.5 * (th + tc), 0.5 * (th + tc)];
    let u = 0;
    let hot = channelSide(g, f, 6, 20, th, twh, 1);
    let cold = channelSide(g, f, 4, 20, tc, twc, 1);
    for (let pass = 0; pass < 3; pass++) {
      hot = channelSide(g, f, 6, 20, th, twh, 1);
      cold = channelSide(g, f, 4, 20, tc, twc, 1);
      u = 1 / (1 / hot.h + rw + 1 / cold.h);
      const q = u * (th - tc);
      twh = th - q / hot.h;
      twc = tc + q / cold.h;
    }
    const r = ratePlate(g, 41, {
      hotFluid: f,
      coldFluid: f,
      hotFlow: 6,
      coldFlow: 4,
      hotMean: th,
      coldMean: tc,
    });
    expect(r.hot.viscosityRatio).toBeCloseTo(hot.viscosityRatio, 14);
    expect(r.cold.viscosityRatio).toBeCloseTo(cold.viscosityRatio, 14);
    expect(Math.abs(r.u - u) / u).toBeLessThan(1e-13);
    // The walls sit between the bulks, nearer the side with the larger h.
    expect(twh).toBeLessThan(th);
    expect(twc).toBeGreaterThan(tc);
    expect(twh).toBeGreaterThan(twc);
  });

  it('plate counts: an integer ≥ 3, and one channel per pass and side', () => {
    const w = constantFluid({ cp: 4180, rho: 990 });
    const c = { hotFluid: w, coldFluid: w, hotFlow: 1, coldFlow: 1, hotMean: K(60), coldMean: K(40) };
    const g = PLATE_PRESETS.small!;
    expect(thrown(() => ratePlate(g, 2, c)).message).toBe('plates = 2 is not allowed: an integer ≥ 3');
    expect(thrown(() => ratePlate(g, 10.5, c))).toBeInstanceOf(InputError);
    // 3 plates: 2 channels, one per side, one thermal plate of Φ·W·L = 1.17 × 0.25 × 0.8 = 0.234 m².
    const three = ratePlate(g, 3, c);
    expect([three.hot.channels, three.cold.channels, three.thermalPlates]).toEqual([1, 1, 1]);
    expect(three.area).toBeCloseTo(0.234, 12);
    expect(plateArea(g)).toBeCloseTo(0.234, 12);
    // 2/2 passes need 2 channels per side: 5 plates (4 channels); 4 plates (3 channels: 2 hot, 1 cold) refused.
    expect(thrown(() => ratePlate(g, 4, { ...c, passes: { hot: 2, cold: 2 } })).message).toBe(
      'plates = 4 is not allowed: at least 5 plates for 2/2 passes (one channel per pass and side)',
    );
    expect(ratePlate(g, 5, { ...c, passes: { hot: 2, cold: 2 } }).passes).toEqual({ hot: 2, cold: 2 });
    // 3 hot passes need 3 hot channels: 5 plates give 2 → refused (at least 7 plates); 6 plates give 3 hot, 2 cold.
    expect(thrown(() => ratePlate(g, 5, { ...c, passes: { hot: 3, cold: 1 } })).message).toMatch(
      /at least 7 plates for 3\/1 passes/,
    );
    expect(ratePlate(g, 6, { ...c, passes: { hot: 3, cold: 1 } }).hot.passes).toBe(3);
    expect(thrown(() => ratePlate(g, 6, { ...c, passes: { hot: 1, cold: 3 } })).message).toMatch(
      /at least 7 plates for 1\/3 passes/,
    );
  });

  it('no flow on one side: U = 0 (its film resistance is infinite), also without fouling', () => {
    const w = constantFluid({ cp: 4180, rho: 990, mu: 6e-4, k: 0.64 });
    const r = ratePlate(PLATE_PRESETS.medium!, 21, {
      hotFluid: w,
      coldFluid: w,
      hotFlow: 0,
      coldFlow: 3,
      hotMean: K(60),
      coldMean: K(40),
    });
    expect(r.u).toBe(0);
    expect(r.ua).toBe(0);
    expect(r.uClean).toBe(0);
    expect(r.cold.h).toBeGreaterThan(0);
    // Wall + fouling: t/k + R_f,h + R_f,c = 0.0005/16 + 2e-5 = 5.125e-5 m²K/W.
    expect(r.wallResistance).toBeCloseTo(0.0005 / 16 + 2e-5, 15);
  });
});

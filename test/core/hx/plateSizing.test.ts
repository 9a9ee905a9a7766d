import { beforeEach, describe, expect, it } from 'vitest';
import { toKelvin } from '../../../src/core/errors';
import { fluid, parseFluid } from '../../../src/core/fluids';
import { type NominalPoint, sizeNominal } from '../../../src/core/hx/nominal';
import {
  passEffectiveness,
  passNtu,
  shellPassEffectiveness,
  shellPassNtu,
} from '../../../src/core/hx/passes';
import { channelSide, PLATE_PRESETS, ratePlate } from '../../../src/core/hx/plate';
import { DEFAULT_PLATE_LIMITS, plateLimits, sizePlate } from '../../../src/core/hx/plateSizing';
import { constantFluid } from './testFluids';

const K = toKelvin;

describe('multi-pass ε–NTU', () => {
  it('1-shell/2-tube-pass ε at NTU = 1, Cr = 1 (hand calculation of Incropera eq. 11.31a)', () => {
    // e^(−√2) = 0.243117; (1 + e)/(1 − e) = 1.642427; × √2 = 2.322746; ε = 2/(2 + 2.322746) = 0.462668.
    expect(shellPassEffectiveness(1, 1)).toBeCloseTo(0.462668, 5);
    // Cr = 0: every arrangement gives 1 − e^(−NTU).
    expect(shellPassEffectiveness(1.3, 0)).toBeCloseTo(1 - Math.exp(-1.3), 12);
  });

  it('inverse of eq. 11.31b returns the NTU, and unreachable ε is refused', () => {
    for (const [ntu, cr] of [
      [0.3, 0.2],
      [1.5, 0.7],
      [3, 1],
    ] as const) {
      expect(shellPassNtu(shellPassEffectiveness(ntu, cr), cr)).toBeCloseTo(ntu, 9);
    }
    // ε_max(Cr = 1) = 2/(2 + √2) = 0.5858.
    expect(() => shellPassNtu(0.6, 1)).toThrowError(/equal passes/);
  });

  it('equal passes are counterflow; unequal passes need more NTU for the same ε', () => {
    const cf = (ntu: number, cr: number) =>
      (1 - Math.exp(-ntu * (1 - cr))) / (1 - cr * Math.exp(-ntu * (1 - cr)));
    expect(passEffectiveness(2, 0.5, { hot: 2, cold: 2 })).toBeCloseTo(cf(2, 0.5), 12);
    expect(passNtu(0.6, 0.5, { hot: 1, cold: 2 })).toBeGreaterThan(passNtu(0.6, 0.5, { hot: 1, cold: 1 }));
  });
});

describe('channelSide() with passes', () => {
  const w = constantFluid({ cp: 4180, rho: 1000, mu: 5e-4, k: 0.64 });
  const g = PLATE_PRESETS.medium!;
  it('n passes: n× the channel velocity, n× the flow length, n× the port loss', () => {
    const one = channelSide(g, w, 10, 20, K(50), K(50), 1);
    const two = channelSide(g, w, 10, 20, K(50), K(50), 2);
    // w = ṁ/(ρ·(channels/passes)·W·b) = 10/(1000 × 20 × 0.45 × 0.003) = 0.37037 m/s single pass.
    expect(one.velocity).toBeCloseTo(10 / (1000 * 20 * 0.45 * 0.003), 12);
    expect(two.velocity).toBeCloseTo(2 * one.velocity, 12);
    // Port: w_p = ṁ/(ρπd²/4) = 10/(1000 × π × 0.15²/4) = 0.56588 m/s; Δp = 1.4·n·ρw_p²/2.
    const wp = 10 / (1000 * Math.PI * 0.25 * 0.15 * 0.15);
    expect(one.portPressureDrop).toBeCloseTo(1.4 * 0.5 * 1000 * wp * wp, 9);
    expect(two.portPressureDrop).toBeCloseTo(2 * one.portPressureDrop, 9);
    // Channel: 2·ξ(Re₂)·(L/d_h)·ρw₂²/2 with the friction factor at the doubled velocity.
    const dh = (2 * 0.003) / 1.17;
    expect(two.channelPressureDrop).toBeCloseTo(
      ((2 * two.friction * 1.2) / dh) * 0.5 * 1000 * two.velocity ** 2,
      6,
    );
  });
});

describe('sizePlate(): selection with limits', () => {
  const pg55 = parseFluid('propylene-glycol 55%');
  const water = fluid('water');
  // The README example: 2.7 MW, glycol 80 → 70 °C, water 45 → 75 °C.
  let point: NominalPoint;
  beforeEach(() => {
    point = sizeNominal({
      hotFluid: pg55,
      coldFluid: water,
      duty: 2.7e6,
      hotIn: K(80),
      hotOut: K(70),
      coldIn: K(45),
      coldOut: K(75),
    });
  });

  it('the pressure-drop limit sets the plate count: one plate fewer breaks it', () => {
    const d = sizePlate(point, PLATE_PRESETS.large!);
    expect(d.hot.pressureDrop).toBeLessThanOrEqual(DEFAULT_PLATE_LIMITS.maxPressureDropHot);
    expect(d.cold.pressureDrop).toBeLessThanOrEqual(DEFAULT_PLATE_LIMITS.maxPressureDropCold);
    expect(d.ua).toBeGreaterThanOrEqual(d.uaRequired);
    expect(d.governing).toMatch(/hot pressure drop/);
    const fewer = ratePlate(PLATE_PRESETS.large!, d.plates - 1, {
      hotFluid: pg55,
      coldFluid: water,
      hotFlow: point.hotFlow,
      coldFlow: point.coldFlow,
      hotMean: K(75),
      coldMean: K(60),
      passes: d.passes,
    });
    expect(fewer.hot.pressureDrop).toBeGreaterThan(DEFAULT_PLATE_LIMITS.maxPressureDropHot);
    expect(d.warnings).toEqual([]);
  });

  it('ports too small for the flow: a warning that names the port velocity and what to do', () => {
    const d = sizePlate(point, PLATE_PRESETS.medium!);
    // Port velocity ṁ/(ρ·π·d²/4), independent of plate count, from the glycol density at 75 °C.
    const wp = point.hotFlow / (pg55.density(K(75)) * Math.PI * 0.25 * 0.15 ** 2);
    expect(d.hot.portVelocity).toBeCloseTo(wp, 9);
    expect(wp).toBeGreaterThan(DEFAULT_PLATE_LIMITS.maxPortVelocity);
    expect(d.warnings.join(' ')).toMatch(
      /hot port velocity .* above the 4 m\/s limit: choose a plate with larger ports/,
    );
    // The limits that plate count can fix are still met.
    expect(d.hot.pressureDrop).toBeLessThanOrEqual(50e3);
  });

  it('a stricter limit needs more plates; --max-dp on one side only', () => {
    const loose = sizePlate(point, PLATE_PRESETS.large!, { limits: { maxPressureDropHot: 80e3 } });
    const strict = sizePlate(point, PLATE_PRESETS.large!, { limits: { maxPressureDropHot: 30e3 } });
    expect(strict.plates).toBeGreaterThan(loose.plates);
    expect(strict.hot.pressureDrop).toBeLessThanOrEqual(30e3);
  });

  it('multi-pass when it needs fewer plates than one pass (small flow, long duty)', () => {
    const w = constantFluid({ cp: 4180, rho: 990, mu: 5e-4, k: 0.64 });
    // 2 kg/s each side, 80 → 40 °C against 30 → 70 °C: NTU = 4, a long duty at low velocity.
    const p = sizeNominal({
      hotFluid: w,
      coldFluid: w,
      hotFlow: 2,
      coldFlow: 2,
      hotIn: K(80),
      hotOut: K(40),
      coldIn: K(30),
    });
    const single = sizePlate(p, PLATE_PRESETS.small!, { passes: { hot: 1, cold: 1 } });
    const best = sizePlate(p, PLATE_PRESETS.small!);
    expect(best.plates).toBeLessThan(single.plates);
    expect(best.passes.hot + best.passes.cold).toBeGreaterThan(2);
    expect(best.hot.pressureDrop).toBeLessThanOrEqual(50e3);
    expect(best.cold.pressureDrop).toBeLessThanOrEqual(50e3);
    expect(best.dutyCapacity).toBeGreaterThanOrEqual(p.duty * (1 - 1e-9));
    expect(best.arrangement).toMatch(/passes/);
  });

  it('limits are validated', () => {
    expect(() => plateLimits({ maxPressureDropHot: -1 })).toThrowError(/maxPressureDropHot/);
    expect(() => plateLimits({ maxPasses: 9 })).toThrowError(/maxPasses/);
  });
});

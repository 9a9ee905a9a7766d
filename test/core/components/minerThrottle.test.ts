/**
 * The miner bank's throttle rule and shutdown edges by hand, on a made-up unit chosen so that the arithmetic is
 * exact: P = 1024 W all to the coolant (φ = 1), no case loss (G = 0), R_th = 7/1024 K/W, 1 kg/s of a 1024 J/(kg·K)
 * coolant (C = 1024 W/K). Then T_out = T_in + p and T_chip(p) = T_in + 8p (1 K from the coolant, 7 K from R_th),
 * and with a band b = 8 K, p_min = 0.5 the firmware allows p_lim(T) = 1 − (T − (T_crit − 8))/16.
 * p = min(λ, p*) with p* solving p = p_lim(T_chip(p)) (module doc); 'running' when p = λ.
 */
import { describe, expect, it } from 'vitest';
import { evaluateMinerBank, minerBank } from '../../../src/core/components/minerBank';
import type { Fluid } from '../../../src/core/fluids/types';
import { minerModel } from '../../../src/core/models/catalog';
import { constantFluid } from './constantFluid';

function unit(criticalTemperature: number, maxDeltaT = 15) {
  const base = minerModel('avalon-a1566ha');
  return minerBank(
    {
      ...base,
      modes: { normal: { power: 1024, hashrate: 1e14 } },
      thermal: {
        ...base.thermal,
        criticalTemperature,
        throttleBand: 8,
        minimumPowerFraction: 0.5,
        thermalResistance: 7 / 1024,
        heatToCoolantFraction: 1,
        caseConductance: 0,
      },
      coolant: { ...base.coolant, maxInlet: 400, maxDeltaT },
    },
    1,
  );
}
const run = (
  criticalTemperature: number,
  powerLimit: number,
  maxDeltaT = 15,
  fluid: Fluid = constantFluid(1024),
) =>
  evaluateMinerBank(unit(criticalTemperature, maxDeltaT), {
    inletT: 300,
    massFlow: 1,
    fluid,
    airT: 290,
    powerLimit,
  });

describe('miner throttle rule (T_chip = T_in + 8p)', () => {
  it('λ = 0.9 with the band starting at 304 K: throttled to p* = 5/6', () => {
    // T_chip(0.9) = 307.2 K → p_lim = 1 − 3.2/16 = 0.8 < 0.9: throttled.
    // p = 1 − (300 + 8p − 304)/16 ⇒ 1.5 p = 1.25 ⇒ p = 5/6; T_chip = 300 + 8·5/6 = 306.667 K.
    const r = run(312, 0.9);
    expect([r.status, r.reason]).toEqual(['throttled', 'none']);
    expect(r.powerFraction).toBeCloseTo(5 / 6, 12);
    expect(r.electricPower).toBeCloseTo((1024 * 5) / 6, 9);
    expect(r.chipT).toBeCloseTo(300 + (8 * 5) / 6, 9);
  });

  it('λ = 0.5 with the band starting at 304 K: the chips reach just 304 K, running at 0.5', () => {
    // T_chip(0.5) = 304 K = T_crit − b: p_lim = 1 ≥ 0.5.
    const r = run(312, 0.5);
    expect([r.status, r.reason, r.powerFraction]).toEqual(['running', 'none', 0.5]);
    expect(r.chipT).toBe(304);
    expect(r.outletT).toBe(300.5);
  });

  it('λ = 1 with the chips exactly at the start of the band (308 K): running, not throttled', () => {
    // T_chip(1) = 308 K = 316 − 8: p_lim = 1 = λ, so p = λ.
    const r = run(316, 1);
    expect([r.status, r.reason, r.powerFraction]).toEqual(['running', 'none', 1]);
    expect(r.chipT).toBe(308);
  });

  it('throttled exactly to the minimum power fraction 0.5: still hashing', () => {
    // Band from 296 K: p = 1 − (300 + 8p − 296)/16 ⇒ 1.5 p = 0.75 ⇒ p = 0.5 = p_min (not below it).
    const r = run(304, 1);
    expect([r.status, r.reason, r.powerFraction]).toEqual(['throttled', 'none', 0.5]);
    expect(r.hashrate).toBe(0.5e14);
  });

  it('a coolant rise of exactly the allowed ΔT (1 K) is allowed', () => {
    const r = run(400, 1, 1);
    expect([r.status, r.reason, r.outletT, r.heatToCoolant]).toEqual(['running', 'none', 301, 1024]);
  });

  it('the throttle is decided with cp at the mean coolant temperature (second pass), not at the inlet', () => {
    // cp 512 J/(kg·K) below 300.25 K, 1024 above; band from 308.5 K.
    // Pass 1, cp(300) = 512: C = 512, T_chip(1) = 300 + 2 + 7 = 309 > 308.5 → throttled,
    //   p = (1 + 8.5/16)/(1 + 9/16) = 0.98, T_out = 300 + 1024·0.98/512 = 301.96, mean 300.98 K.
    // Pass 2, cp(300.98) = 1024: T_chip(1) = 308 < 308.5 → running at λ = 1, T_out 301, T_chip 308.
    const calls: number[] = [];
    const stepped: Fluid = {
      ...constantFluid(1024),
      specificHeat: (T: number) => {
        calls.push(T);
        return T < 300.25 ? 512 : 1024;
      },
    };
    const r = run(316.5, 1, 15, stepped);
    expect([r.status, r.powerFraction, r.outletT, r.chipT]).toEqual(['running', 1, 301, 308]);
    // cp read twice: at the inlet, then at the first pass's mean.
    expect(calls).toHaveLength(2);
    expect(calls[0]).toBe(300);
    expect(calls[1]).toBeCloseTo(300.98, 10);
  });

  it('a unit flow of exactly MIN_UNIT_FLOW (1e-9 kg/s) counts as flowing: the chips overheat instead', () => {
    // 1e-9 kg/s: T_chip would be ~1e9 K above the inlet at any power, so p* ≪ p_min → over-temperature.
    const r = evaluateMinerBank(unit(400), {
      inletT: 300,
      massFlow: 1e-9,
      fluid: constantFluid(1024),
      airT: 290,
    });
    expect([r.status, r.reason, r.unitFlow]).toEqual(['shutdown', 'over-temperature', 1e-9]);
  });
});

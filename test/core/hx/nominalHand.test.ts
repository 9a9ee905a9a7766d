/**
 * Nominal points by hand: which stream is Cmin when both are equal, volume flows and densities of both
 * streams, the approach and LMTD of counterflow and parallel layouts, and the full wording of the refusals
 * that name what to change (hot inlet not above the cold inlet, an effectiveness beyond the arrangement).
 */
import { describe, expect, it } from 'vitest';
import { PhysicsError, toKelvin } from '../../../src/core/errors';
import { sizeNominal } from '../../../src/core/hx/nominal';
import { constantFluid, thrown, rel } from './testFluids';

const K = toKelvin;

describe('sizeNominal(): hand-checked outputs', () => {
  it('counterflow, hot 90 → 50 °C, cold 30 → 40 °C: flows, volume flows, Cr, approach, LMTD', () => {
    // Q = 400 kW; hot cp 2000 J/(kg K), ρ 850; cold cp 4000, ρ 1000.
    // ṁ_h = 4e5/(2000 × 40) = 5 kg/s, C_h = 10 kW/K; ṁ_c = 4e5/(4000 × 10) = 10 kg/s, C_c = 40 kW/K.
    // Cmin = C_h, Cr = 0.25, ε = 40/60 = 0.6667; approach min(90 − 40, 50 − 30) = 20 K;
    // ΔT_lm = (50 − 20)/ln(50/20) = 32.7407 K; UA = Q/ΔT_lm (F = 1).
    const p = sizeNominal({
      hotFluid: constantFluid({ cp: 2000, rho: 850 }),
      coldFluid: constantFluid({ cp: 4000, rho: 1000 }),
      duty: 4e5,
      hotIn: K(90),
      hotOut: K(50),
      coldIn: K(30),
      coldOut: K(40),
    });
    expect(p.hotFlow).toBeCloseTo(5, 12);
    expect(p.coldFlow).toBeCloseTo(10, 12);
    expect(p.hotVolumeFlow).toBeCloseTo(5 / 850, 14);
    expect(p.coldVolumeFlow).toBeCloseTo(10 / 1000, 14);
    expect([p.hotDensity, p.coldDensity, p.hotCp, p.coldCp]).toEqual([850, 1000, 2000, 4000]);
    expect(p.hotCapacityRate).toBeCloseTo(1e4, 9);
    expect(p.coldCapacityRate).toBeCloseTo(4e4, 9);
    expect(p.minSide).toBe('hot');
    expect(p.cr).toBeCloseTo(0.25, 14);
    expect(p.effectiveness).toBeCloseTo(2 / 3, 14);
    expect(p.approach).toBeCloseTo(20, 10);
    expect(p.lmtd).toBeCloseTo(30 / Math.log(2.5), 10);
    expect(rel(p.ua, 4e5 / (30 / Math.log(2.5)))).toBeLessThan(1e-10);
    // NTU of counterflow (Incropera Table 11.4): ln((1 − ε·Cr)/(1 − ε))/(1 − Cr).
    expect(rel(p.ntu, Math.log((1 - (2 / 3) * 0.25) / (1 / 3)) / 0.75)).toBeLessThan(1e-12);
    expect(p.given).toEqual({
      duty: true,
      hotIn: true,
      hotOut: true,
      coldIn: true,
      coldOut: true,
      hotFlow: false,
      coldFlow: false,
    });
  });

  it('counterflow approach at the hot end: hot 90 → 50 °C, cold 30 → 75 °C gives min(90 − 75, 50 − 30) = 15 K', () => {
    const p = sizeNominal({
      hotFluid: constantFluid({ cp: 2000, rho: 850 }),
      coldFluid: constantFluid({ cp: 4000, rho: 1000 }),
      duty: 4e5,
      hotIn: K(90),
      hotOut: K(50),
      coldIn: K(30),
      coldOut: K(75),
    });
    expect(p.approach).toBeCloseTo(15, 10);
    // ΔT_lm = (15 − 20)/ln(15/20) = 17.380 K.
    expect(p.lmtd).toBeCloseTo(-5 / Math.log(0.75), 10);
  });

  it('parallel flow: approach Th,out − Tc,out, the parallel LMTD, F = 1', () => {
    // Same streams as above: ΔT1 = 90 − 30 = 60, ΔT2 = 50 − 40 = 10: ΔT_lm = 50/ln 6 = 27.9055 K.
    // Parallel ε = (1 − e^(−NTU(1 + Cr)))/(1 + Cr) → NTU = −ln(1 − ε(1 + Cr))/(1 + Cr) = −ln(1/6)/1.25.
    const p = sizeNominal({
      hotFluid: constantFluid({ cp: 2000, rho: 850 }),
      coldFluid: constantFluid({ cp: 4000, rho: 1000 }),
      arrangement: 'parallel',
      duty: 4e5,
      hotIn: K(90),
      hotOut: K(50),
      coldIn: K(30),
      coldOut: K(40),
    });
    expect(p.approach).toBeCloseTo(10, 10);
    expect(p.lmtd).toBeCloseTo(50 / Math.log(6), 10);
    expect(p.lmtdCorrection).toBe(1);
    expect(rel(p.ntu, Math.log(6) / 1.25)).toBeLessThan(1e-12);
    expect(rel(p.ua * p.lmtd, 4e5)).toBeLessThan(1e-10);
  });

  it('equal capacity rates: the hot stream is reported as Cmin (Cr = 1)', () => {
    const w = constantFluid({ cp: 4180, rho: 990 });
    const p = sizeNominal({
      hotFluid: w,
      coldFluid: w,
      duty: 4.18e5,
      hotIn: K(80),
      hotOut: K(70),
      coldIn: K(40),
      coldOut: K(50),
    });
    expect(p.minSide).toBe('hot');
    expect(p.cr).toBe(1);
    // Cr = 1 counterflow: NTU = ε/(1 − ε) with ε = 10/40.
    expect(p.ntu).toBeCloseTo(0.25 / 0.75, 12);
    // The cold stream is Cmin when it has the smaller capacity rate.
    const q = sizeNominal({
      hotFluid: w,
      coldFluid: w,
      duty: 4.18e5,
      hotIn: K(80),
      hotOut: K(70),
      coldIn: K(40),
      coldOut: K(60),
    });
    expect(q.minSide).toBe('cold');
  });
});

describe('sizeNominal(): refusals say what to change', () => {
  it('a solved hot inlet below the cold inlet', () => {
    // Hot side given by its outlet 40 °C, flow 10 kg/s and Q = 1e5 W: Th,in = 40 + 1e5/(10 × 4180) = 42.39 °C,
    // below the 50 °C cold inlet by 7.6 K.
    const w = constantFluid({ cp: 4180, rho: 990 });
    const e = thrown(() =>
      sizeNominal({
        hotFluid: w,
        coldFluid: w,
        duty: 1e5,
        hotOut: K(40),
        hotFlow: 10,
        coldIn: K(50),
        coldFlow: 10,
      }),
    );
    expect(e).toBeInstanceOf(PhysicsError);
    expect(e.message).toBe(
      'hot inlet 42.4 °C is not above cold inlet 50.0 °C: raise hotIn or lower coldIn by more than 7.6 K',
    );
  });

  it('an effectiveness above the arrangement maximum: the inlet difference that would reach it', () => {
    // Equal streams (Cr = 1), C = 2.7e6/25 = 108 kW/K; ε = 25/35 = 0.7143 > 1 − e^(−1) = 0.6321 (Cmin mixed);
    // Qmax = 108 kW/K × 35 K = 3.78 MW; the inlet difference must exceed Q/(Cmin·ε_max) = 25/0.63212 = 39.5 K.
    const w = constantFluid({ cp: 4180, rho: 990 });
    const e = thrown(() =>
      sizeNominal({
        hotFluid: w,
        coldFluid: w,
        arrangement: 'crossflow-cmin-mixed',
        duty: 2.7e6,
        hotIn: K(80),
        hotOut: K(55),
        coldIn: K(45),
        coldOut: K(70),
        labels: { hotIn: '--hot-in', coldIn: '--cold-in' },
      }),
    );
    expect(e).toBeInstanceOf(PhysicsError);
    expect(e.message).toBe(
      'effectiveness 0.7143 (2.7 MW of at most 3.78 MW) is above the 0.6321 a crossflow-cmin-mixed exchanger ' +
        'can reach at Cr = 1: choose counterflow, or widen the inlet difference (--hot-in − --cold-in) to more than 39.5 K',
    );
  });
});

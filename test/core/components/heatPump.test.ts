import { describe, expect, it } from 'vitest';
import { heatPump, heatPumpCop, operateHeatPump, partLoadCop } from '../../../src/core/components/heatPump';
import { InputError, PhysicsError } from '../../../src/core/errors';

const K = (c: number) => c + 273.15;
const hp = heatPump({ capacity: 2e6 });

/**
 * Jesper et al. (2021), "Large-scale heat pumps: uptake and performance modelling of market-available
 * devices", Renew. Sust. Energy Rev. 137:110646: regression of market heat pumps with sink outlet ≤ 100 °C,
 * COP = a·(ΔT + 2b)^c·(T_sink + b)^d, a = 1.4480e12, b = 88.730, c = −4.9460, d = 0, ΔT = sink − source (K).
 */
const jesper = (source: number, sink: number) => 1.448e12 * (sink - source + 2 * 88.73) ** -4.946;

describe('heat pump COP: validation', () => {
  // Anchor (issue 17, [facts]): source water 45 °C (leaving the evaporator at 40 °C), supply 60/70/80 °C.
  it.each([
    [60, 5.5],
    [70, 4.3],
    [80, 3.5],
  ])('45 °C source → %i °C supply: COP ≈ %f within ±3 %', (supply, published) => {
    const cop = heatPumpCop(hp, K(supply), K(40));
    expect(Math.abs(cop / published - 1)).toBeLessThan(0.03);
  });
  it('is conservative against the Jesper et al. (2021) market regression: 0–30 % below it', () => {
    for (const [source, sink] of [
      [45, 60],
      [45, 70],
      [45, 80],
      [30, 70],
    ] as const) {
      const ref = jesper(source, sink);
      const cop = heatPumpCop(hp, K(sink), K(source - 5));
      expect(cop).toBeLessThan(ref);
      expect(cop / ref).toBeGreaterThan(0.7);
    }
  });
  it('Carnot limit by hand: η = 1, no approaches, 40 → 70 °C gives 343.15/30', () => {
    const ideal = heatPump({ capacity: 1e6, eta: 0.999999, approachCondenser: 0, approachEvaporator: 0 });
    expect(heatPumpCop(ideal, K(70), K(40))).toBeCloseTo((0.999999 * 343.15) / 30, 9);
  });
  it('refuses a non-positive lift and bad parameters, naming the field', () => {
    expect(() => heatPumpCop(hp, K(40), K(60))).toThrow(PhysicsError);
    expect(() => heatPump({ capacity: -1 })).toThrow(/heatPump\.capacity/);
    expect(() => heatPump({ capacity: 1e6, eta: 1.2 })).toThrow(InputError);
  });
});

describe('heat pump operation', () => {
  it('closes the energy balance: heat + cycling loss = source heat + electricity, no part negative', () => {
    for (const q of [1e4, 3e5, 1e6, 2e6, 5e6]) {
      const o = operateHeatPump(hp, { heatDemand: q, sinkOut: K(70), sourceOut: K(40) });
      expect(o.heat + o.cyclingLoss).toBeCloseTo(o.sourceHeat + o.electricity, 6);
      expect(o.heat).toBeLessThanOrEqual(2e6);
      expect(o.sourceHeat).toBeGreaterThan(0);
      expect(o.cyclingLoss).toBeGreaterThanOrEqual(0);
    }
  });
  it('limits output to the capacity', () => {
    const o = operateHeatPump(hp, { heatDemand: 3e6, sinkOut: K(70), sourceOut: K(40) });
    expect(o.heat).toBe(2e6);
    expect(o.limited).toBe(true);
    expect(o.electricity).toBeCloseTo(2e6 / heatPumpCop(hp, K(70), K(40)), 6);
  });
  it('limits output to the available source heat: Q_src = Q·(1 − 1/COP)', () => {
    const cop = heatPumpCop(hp, K(70), K(40));
    const o = operateHeatPump(hp, {
      heatDemand: 1.8e6,
      sinkOut: K(70),
      sourceOut: K(40),
      sourceAvailable: 1e6,
    });
    expect(o.sourceHeat).toBeCloseTo(1e6, 4);
    expect(o.heat).toBeCloseTo(1e6 / (1 - 1 / cop), 4);
  });
  it('source limit inside the cycling region also matches the available heat', () => {
    const o = operateHeatPump(hp, {
      heatDemand: 1.8e6,
      sinkOut: K(70),
      sourceOut: K(40),
      sourceAvailable: 1e5,
    });
    expect(o.partLoad).toBeLessThan(0.25);
    expect(o.sourceHeat).toBeCloseTo(1e5, 4);
  });
  it('cycles below the minimum modulation: EN 14825 COP·CR/(0.9·CR + 0.1)', () => {
    const cop = heatPumpCop(hp, K(70), K(40));
    // 10 % load, minimum 25 % → CR = 0.4; factor 0.4/(0.36 + 0.1) = 0.8696
    const o = operateHeatPump(hp, { heatDemand: 2e5, sinkOut: K(70), sourceOut: K(40) });
    expect(o.cop).toBeCloseTo(cop * (0.4 / 0.46), 9);
    expect(partLoadCop(hp, cop, 0.5)).toBe(cop);
  });
  it('refuses a supply above the maximum sink outlet', () => {
    expect(() => operateHeatPump(hp, { heatDemand: 1e5, sinkOut: K(95), sourceOut: K(40) })).toThrow(
      /sinkOut/,
    );
  });
});

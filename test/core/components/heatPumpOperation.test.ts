/**
 * The heat pump's operation by hand, on a machine whose full-load COP is exactly 4 (η 0.5, no approaches,
 * condensing 320 K, evaporating 280 K: 0.5·320/40): electricity Q/COP at full load, a source that is just enough
 * or plentiful does not limit, evaporating exactly at 0 K is refused, and a heat so small beside the capacity
 * that its part load underflows to 0 takes the cycling limit form (Cd·Q + (1 − Cd)·m·cap)/COP₀, all of it but
 * Q/COP₀ lost to the plant room. Below the minimum modulation the source heat is Q·(1 − 1/COP₀), never negative.
 */
import { describe, expect, it } from 'vitest';
import { heatPump, heatPumpCop, operateHeatPump } from '../../../src/core/components/heatPump';
import { PhysicsError } from '../../../src/core/errors';

const spec = { capacity: 2e6, eta: 0.5, approachCondenser: 0, approachEvaporator: 0, minPartLoad: 0.25 };
const x = { sinkOut: 320, sourceOut: 280 };

describe('heat pump operation (COP₀ = 4)', () => {
  it('the machine: COP₀ = η·T_c/(T_c − T_e) = 0.5·320/40 = 4', () => {
    expect(heatPumpCop(heatPump(spec), 320, 280)).toBe(4);
  });

  it('at full load: electricity 2 MW / 4 = 500 kW, COP 4, source heat 1.5 MW, not limited', () => {
    const r = operateHeatPump(heatPump(spec), { ...x, heatDemand: 2e6 });
    expect(r).toEqual({
      heat: 2e6,
      electricity: 5e5,
      sourceHeat: 1.5e6,
      cyclingLoss: 0,
      cop: 4,
      partLoad: 1,
      limited: false,
    });
  });

  it('at half load (above the 25 % minimum modulation): 1 MW / 4 = 250 kW', () => {
    const r = operateHeatPump(heatPump(spec), { ...x, heatDemand: 1e6 });
    expect([r.electricity, r.cop, r.partLoad]).toEqual([2.5e5, 4, 0.5]);
  });

  it('a source that gives exactly Q·(1 − 1/COP) = 750 kW for 1 MW is enough: not limited', () => {
    const r = operateHeatPump(heatPump(spec), { ...x, heatDemand: 1e6, sourceAvailable: 7.5e5 });
    expect([r.heat, r.sourceHeat, r.limited]).toEqual([1e6, 7.5e5, false]);
  });

  it('a plentiful source does not raise the heat above the demand', () => {
    const r = operateHeatPump(heatPump(spec), { ...x, heatDemand: 1e6, sourceAvailable: 1e7 });
    expect([r.heat, r.electricity, r.limited]).toEqual([1e6, 2.5e5, false]);
  });

  it('a source of 450 kW limits 1 MW to 450/(1 − 1/4) = 600 kW (30 % load, above the minimum)', () => {
    const r = operateHeatPump(heatPump(spec), { ...x, heatDemand: 1e6, sourceAvailable: 4.5e5 });
    expect(r.heat).toBeCloseTo(6e5, 6);
    expect(r.limited).toBe(true);
  });

  it('evaporating exactly at 0 K is refused (lift from 0 K is no source)', () => {
    const hp = heatPump({ ...spec, approachEvaporator: 5 });
    // source 5 K, approach 5 K → evaporating 0 K = −273.15 °C
    expect(() => heatPumpCop(hp, 320, 5)).toThrow(PhysicsError);
    expect(() => heatPumpCop(hp, 320, 5)).toThrow(
      'heat pump lift not positive: condensing 46.9 °C, evaporating -273.1 °C',
    );
  });

  it('1.5e-323 W asked of 1 GW (part load underflows to 0): E = (Cd·Q + (1 − Cd)·m·cap)/COP₀, finite', () => {
    const hp = heatPump({ ...spec, capacity: 1e9 });
    const r = operateHeatPump(hp, { ...x, heatDemand: 1.5e-323 });
    // Hand: (1 − 0.9)·0.25·1e9 W / 4 = 6.25e6 W (Cd·Q = 1.35e-323 W is lost beside it).
    expect(r.electricity).toBeCloseTo(6.25e6, 6);
    expect(r.heat).toBe(1.5e-323);
    expect(r.partLoad).toBe(0);
    expect(r.cop).toBe(0); // 1.5e-323 / 6.25e6 underflows
    // The source gives Q·(1 − 1/4) (underflowing to ~1e-323 W), the rest of E is the cycling loss.
    expect(r.sourceHeat).toBeGreaterThanOrEqual(0);
    expect(r.sourceHeat).toBeLessThan(1e-300);
    expect(r.cyclingLoss).toBeCloseTo(6.25e6, 6);
  });

  it('at 10 % load (cycling, CR 0.4): E = (0.9·200 kW + 0.1·500 kW)/4 = 57.5 kW, of which 50 kW drives the cycle', () => {
    const r = operateHeatPump(heatPump(spec), { ...x, heatDemand: 2e5 });
    expect(r.electricity).toBeCloseTo(5.75e4, 6);
    expect(r.cop).toBeCloseTo(2e5 / 5.75e4, 12);
    expect(r.sourceHeat).toBeCloseTo(1.5e5, 6);
    expect(r.cyclingLoss).toBeCloseTo(7.5e3, 6);
  });

  it('1 kW on 2 MW (CR 0.002): E = (900 W + 50 kW)/4 = 12.725 kW, the source still gives 750 W, not −11.7 kW', () => {
    const r = operateHeatPump(heatPump(spec), { ...x, heatDemand: 1e3 });
    expect(r.electricity).toBeCloseTo(12725, 6);
    expect(r.sourceHeat).toBeCloseTo(750, 9);
    expect(r.cyclingLoss).toBeCloseTo(12725 - 250, 6);
  });

  it('a source of 120 kW limits 1 MW to 120/(1 − 1/4) = 160 kW (8 % load, cycling): the limit does not depend on C_d', () => {
    const r = operateHeatPump(heatPump(spec), { ...x, heatDemand: 1e6, sourceAvailable: 1.2e5 });
    expect(r.heat).toBeCloseTo(1.6e5, 6);
    expect(r.sourceHeat).toBeCloseTo(1.2e5, 6);
    expect(r.limited).toBe(true);
    // E = (0.9·160 kW + 0.1·500 kW)/4 = 48.5 kW; loss = 48.5 − 40 = 8.5 kW
    expect(r.cyclingLoss).toBeCloseTo(8.5e3, 6);
  });
});

/**
 * The heat pump's edges by hand: its defaults, every parameter refused at and just past its range with the field
 * and the words, the lift refusal's message, the part-load switch at the minimum modulation exactly, zero demand,
 * and the source limit, decided with the full-load COP at any load (the cycling loss is not source heat).
 */
import { describe, expect, it } from 'vitest';
import { heatPump, heatPumpCop, operateHeatPump, partLoadCop } from '../../../src/core/components/heatPump';
import { PhysicsError } from '../../../src/core/errors';
import { refused } from '../refused';

describe('heat pump edges', () => {
  it('defaults: η 0.49, approaches 5 K, minimum modulation 25 %, sink outlet up to 90 °C', () => {
    expect(heatPump({ capacity: 1e6 })).toEqual({
      capacity: 1e6,
      eta: 0.49,
      approachCondenser: 5,
      approachEvaporator: 5,
      minPartLoad: 0.25,
      maxSinkOutlet: 363.15,
    });
  });

  it.each([
    ['capacity', 0, 'between 0 and 10 GW (e.g. "2 MW")'],
    ['capacity', 1e10, 'between 0 and 10 GW (e.g. "2 MW")'],
    ['eta', 0, 'a Carnot efficiency between 0 and 1 (e.g. 0.49)'],
    ['eta', 1, 'a Carnot efficiency between 0 and 1 (e.g. 0.49)'],
    ['approachCondenser', -0.1, 'between 0 and 30 K'],
    ['approachCondenser', 30.1, 'between 0 and 30 K'],
    ['approachEvaporator', -0.1, 'between 0 and 30 K'],
    ['approachEvaporator', 30.1, 'between 0 and 30 K'],
    ['minPartLoad', 0, 'a fraction between 0 and 1'],
    ['minPartLoad', 1.01, 'a fraction between 0 and 1'],
    ['maxSinkOutlet', 273.15, 'between 0 and 200 °C'],
    ['maxSinkOutlet', 473.15, 'between 0 and 200 °C'],
  ])('refuses %s = %f', (field, value, allowed) => {
    const e = refused(() => heatPump({ capacity: 1e6, [field]: value }));
    expect(e.field).toBe(`heatPump.${field}`);
    expect(e.value).toBe(value);
    expect(e.allowed).toBe(allowed);
  });

  it('accepts the closed ends of its ranges', () => {
    const hp = heatPump({
      capacity: 1,
      approachCondenser: 0,
      approachEvaporator: 30,
      minPartLoad: 1,
      maxSinkOutlet: 473,
    });
    expect([hp.approachCondenser, hp.approachEvaporator, hp.minPartLoad]).toEqual([0, 30, 1]);
    expect(heatPump({ capacity: 1, approachCondenser: 30, approachEvaporator: 0 }).approachEvaporator).toBe(
      0,
    );
  });

  it('refuses a lift that is not positive, saying both refrigerant temperatures', () => {
    const hp = heatPump({ capacity: 1e6 });
    // sink 40 °C → condensing 45 °C; source 50 °C → evaporating 45 °C: no lift
    expect(() => heatPumpCop(hp, 313.15, 323.15)).toThrow(PhysicsError);
    expect(() => heatPumpCop(hp, 313.15, 323.15)).toThrow(
      'heat pump lift not positive: condensing 45.0 °C, evaporating 45.0 °C',
    );
    // an evaporating temperature at or below 0 K (source 4 K, approach 5 K) is refused too
    expect(() => heatPumpCop(hp, 313.15, 4)).toThrow(/evaporating -274\.\d °C/);
  });

  it('part load: full COP from the minimum modulation up, EN 14825 cycling below it', () => {
    const hp = heatPump({ capacity: 1e6 });
    expect(partLoadCop(hp, 4, 0.25)).toBe(4);
    // CR = 0.5 → 4·0.5/(0.9·0.5 + 0.1) = 2/0.55
    expect(partLoadCop(hp, 4, 0.125)).toBeCloseTo(2 / 0.55, 12);
  });

  it('zero demand: nothing runs, nothing is limited', () => {
    const hp = heatPump({ capacity: 1e6 });
    const out = operateHeatPump(hp, { heatDemand: 0, sinkOut: 333.15, sourceOut: 303.15 });
    expect(out).toEqual({
      heat: 0,
      electricity: 0,
      sourceHeat: 0,
      cyclingLoss: 0,
      cop: 0,
      partLoad: 0,
      limited: false,
    });
  });

  it('refuses a negative or infinite demand, and a sink outlet above its maximum (in °C)', () => {
    const hp = heatPump({ capacity: 1e6 });
    const a = refused(() => operateHeatPump(hp, { heatDemand: -1, sinkOut: 333.15, sourceOut: 303.15 }));
    expect([a.field, a.allowed]).toEqual(['heatDemand', 'a finite heat ≥ 0 W']);
    expect(
      refused(() => operateHeatPump(hp, { heatDemand: Infinity, sinkOut: 333.15, sourceOut: 303.15 })).field,
    ).toBe('heatDemand');
    const b = refused(() => operateHeatPump(hp, { heatDemand: 1e5, sinkOut: 364.15, sourceOut: 303.15 }));
    expect([b.field, b.value, b.allowed]).toEqual([
      'sinkOut',
      '91.0 °C',
      "at most the heat pump's maxSinkOutlet 90.0 °C",
    ]);
    // at the maximum exactly it runs
    expect(operateHeatPump(hp, { heatDemand: 1e5, sinkOut: 363.15, sourceOut: 303.15 }).heat).toBe(1e5);
  });

  it('demand exactly at capacity is not limited; the source limit uses the full-load COP at any load', () => {
    const hp = heatPump({ capacity: 1e6, eta: 0.5, approachCondenser: 0, approachEvaporator: 0 });
    // sink 60 °C, source 30 °C: COP = 0.5·333.15/30 = 5.5525
    const cop0 = (0.5 * 333.15) / 30;
    const full = operateHeatPump(hp, { heatDemand: 1e6, sinkOut: 333.15, sourceOut: 303.15 });
    expect(full.limited).toBe(false);
    expect(full.cop).toBeCloseTo(cop0, 12);
    // 0.1 MW asked (cycling: CR 0.4, COP 5.5525·0.4/0.46); the evaporator still takes Q·(1 − 1/COP₀) = 81.99 kW:
    // the electricity beyond Q/COP₀, (1 − 0.9)·(0.25 − 0.1)·1 MW/COP₀ = 2.70 kW, is the cycling loss
    const need = 1e5 * (1 - 1 / cop0);
    const ok = operateHeatPump(hp, {
      heatDemand: 1e5,
      sinkOut: 333.15,
      sourceOut: 303.15,
      sourceAvailable: need * 1.001,
    });
    expect(ok.limited).toBe(false);
    expect(ok.heat).toBe(1e5);
    expect(ok.sourceHeat).toBeCloseTo(need, 6);
    expect(ok.cyclingLoss).toBeCloseTo((0.1 * 0.15 * 1e6) / cop0, 6);
    expect(ok.electricity).toBeCloseTo(1e5 / cop0 + (0.1 * 0.15 * 1e6) / cop0, 6);
    // a source just under the need limits it, and the source heat then equals what is available
    const short = operateHeatPump(hp, {
      heatDemand: 1e5,
      sinkOut: 333.15,
      sourceOut: 303.15,
      sourceAvailable: need * 0.999,
    });
    expect(short.limited).toBe(true);
    expect(short.heat).toBeLessThan(1e5);
    expect(short.sourceHeat).toBeCloseTo(need * 0.999, 3);
  });
});

/**
 * The dry cooler's edges by hand: a rating point where the fluid is C_min (so the C_min-mixed inverse of Incropera
 * Table 11.3 gives the UA), a rating point no crossflow exchanger can reach (refused with the model's field), no air
 * at all (no free draught and the fans stopped), no fluid flow (the fluid's properties are not even read), a flow
 * whose ṁ·c_p underflows, and cp read twice: at the inlet, then at the first pass's mean fluid temperature.
 */
import { describe, expect, it } from 'vitest';
import {
  airDensity,
  dryCooler,
  dryCoolerOutlet,
  dryCoolerUaFromRating,
} from '../../../src/core/components/dryCooler';
import type { Fluid } from '../../../src/core/fluids/types';
import { dryCoolerModel } from '../../../src/core/models/catalog';
import { refused } from '../refused';
import { constantFluid } from './constantFluid';

const base = () => dryCoolerModel('dry-cooler-v-1000kw');

describe('dry cooler rating', () => {
  it('fluid C_min (200 m³/s of air): UA = NTU·C_f with NTU = −ln(1 + Cr·ln(1 − ε))/Cr', () => {
    const m = base();
    const model = { ...m, nominal: { ...m.nominal, airFlow: 200 } };
    const n = model.nominal;
    // Hand: C_f = Q/(T_in − T_out); C_air = ρ(T_amb)·V·1006 > C_f; ε = Q/(C_f·(T_in − T_amb));
    // C_min (fluid) mixed, Incropera Table 11.3: ε = 1 − exp(−(1/Cr)(1 − e^(−Cr·NTU))) solved for NTU.
    const cf = n.capacity / (n.fluidInlet - n.fluidOutlet);
    const ca = (101325 / (287.05 * n.ambient)) * 200 * 1006;
    expect(cf).toBeLessThan(ca);
    const cr = cf / ca;
    const eps = n.capacity / (cf * (n.fluidInlet - n.ambient));
    const ntu = -Math.log(1 + cr * Math.log(1 - eps)) / cr;
    expect(dryCoolerUaFromRating(model)).toBeCloseTo(ntu * cf, 3);
  });

  it('a rating no crossflow exchanger reaches (1.5 MW on the same air) is refused naming the model', () => {
    // C_air = 97.6 kW/K is C_min, Cr = 0.65: ε = 1.5e6/(97.6e3·20 K) = 0.77 > (1/Cr)(1 − e^(−Cr)) = 0.74.
    const m = base();
    const model = { ...m, nominal: { ...m.nominal, capacity: 1.5e6 } };
    const e = refused(() => dryCoolerUaFromRating(model));
    expect([e.field, e.value, e.allowed]).toEqual([
      `${m.id}.nominal`,
      { capacity: 1.5e6, airFlow: m.nominal.airFlow },
      'a rating point the crossflow exchanger can reach: raise nominal.airFlow or lower nominal.capacity',
    ]);
  });
});

describe('dry cooler without air or fluid flow', () => {
  it('no free draught and the fans stopped: no air, no duty, outlet = inlet, no NaN', () => {
    const dc = dryCooler({ ...base(), freeConvectionAirFlow: 0 });
    const r = dryCoolerOutlet(dc, {
      inletT: 320,
      massFlow: 25,
      fluid: constantFluid(4000),
      ambientT: 290,
      fanSpeed: 0,
    });
    expect(r).toEqual({ outletT: 320, duty: 0, fanPower: 0, airOutletT: 290, ua: 0, airMassFlow: 0 });
  });

  it('no fluid flow: the fluid is not asked for its properties, the air flows at ρ·V·s_eff', () => {
    const refusing: Fluid = {
      ...constantFluid(),
      specificHeat: () => {
        throw new Error('cp read with no flow');
      },
    };
    const r = dryCoolerOutlet(dryCooler(base()), {
      inletT: 320,
      massFlow: 0,
      fluid: refusing,
      ambientT: 290,
      fanSpeed: 1,
    });
    expect([r.outletT, r.duty, r.airOutletT, r.ua]).toEqual([320, 0, 290, 0]);
    expect(r.airMassFlow).toBeCloseTo(airDensity(290) * (300000 / 3600), 9);
  });

  it('a flow whose ṁ·c_p underflows to 0 (5e-324 kg/s of a 0.25 J/(kg·K) test fluid) exchanges nothing', () => {
    const r = dryCoolerOutlet(dryCooler(base()), {
      inletT: 320,
      massFlow: 5e-324,
      fluid: constantFluid(0.25),
      ambientT: 290,
      fanSpeed: 1,
    });
    expect([r.outletT, r.duty, r.airOutletT]).toEqual([320, 0, 290]);
  });
});

describe('dry cooler cp passes', () => {
  it('cp is read at the inlet, then at the inlet − ε_F·ΔT/2 of the first pass, and no more', () => {
    const calls: number[] = [];
    const counting: Fluid = {
      ...constantFluid(4000),
      specificHeat: (T: number) => {
        calls.push(T);
        return 4000;
      },
    };
    const r = dryCoolerOutlet(dryCooler(base()), {
      inletT: 318.15,
      massFlow: 25,
      fluid: counting,
      ambientT: 283.15,
      fanSpeed: 0.5,
    });
    // With a constant cp both passes give the same ε: the mean is (inlet + outlet)/2.
    expect(calls).toHaveLength(2);
    expect(calls[0]).toBe(318.15);
    expect(calls[1]).toBeCloseTo((318.15 + r.outletT) / 2, 9);
  });
});

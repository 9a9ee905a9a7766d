/**
 * Miner units that draw no power but pass coolant: it exchanges heat with the container air through the cases,
 * Q = −G·(T_in − T_air)/(1 + G/(2C)) per unit (the module's closed form of Q = −G·(T̄ − T_air)), by hand; no
 * active unit means no flow per unit; and the nominal-flow rule refuses an infinite mean temperature.
 */
import { describe, expect, it } from 'vitest';
import {
  createMinerBankOutput,
  evaluateMinerBank,
  minerBank,
  nominalCoolantFlow,
} from '../../../src/core/components/minerBank';
import { minerModel } from '../../../src/core/models/catalog';
import { refused } from '../refused';
import { constantFluid } from './constantFluid';

function bank() {
  const base = minerModel('avalon-a1566ha');
  return minerBank({ ...base, thermal: { ...base.thermal, caseConductance: 10 } }, 2, 2);
}

describe('miner case exchange', () => {
  it('power limit 0 with 0.5 kg/s through 2 units: the coolant loses G·ΔT/(1 + G/2C) per unit to the air', () => {
    // Hand: C = 0.25 kg/s · 4000 = 1000 W/K per unit; q = −10·(330 − 300)/(1 + 10/2000) = −298.507 W;
    // outlet 330 + q/C = 329.70149 K; chip (no power) at the mean coolant temperature 329.85075 K.
    const b = bank();
    const out = createMinerBankOutput(b);
    const inputs = { inletT: 330, massFlow: 0.5, fluid: constantFluid(4000), airT: 300 };
    evaluateMinerBank(b, inputs, out); // running first: the same record must be rewritten
    const r = evaluateMinerBank(b, { ...inputs, powerLimit: 0 }, out);
    const q = -300 / 1.005;
    expect([r.status, r.reason, r.electricPower]).toEqual(['off', 'off', 0]);
    expect(r.heatToCoolant).toBeCloseTo(2 * q, 9);
    expect(r.heatToAir).toBeCloseTo(-2 * q, 9);
    expect(r.outletT).toBeCloseTo(330 + q / 1000, 12);
    expect(r.chipT).toBeCloseTo(330 + q / 2000, 12);
  });

  it('air warmer than the coolant: the coolant gains (inlet 290 K, air 310 K)', () => {
    const r = evaluateMinerBank(bank(), {
      inletT: 290,
      massFlow: 0.5,
      fluid: constantFluid(4000),
      airT: 310,
      powerLimit: 0,
    });
    // q = +10·20/1.005 = 199.005 W per unit
    expect(r.heatToCoolant).toBeCloseTo((2 * 200) / 1.005, 9);
    expect(r.outletT).toBeCloseTo(290 + 200 / 1.005 / 1000, 12);
  });

  it('no active group: no units, no flow per unit, the coolant passes unchanged', () => {
    const r = evaluateMinerBank(bank(), {
      inletT: 330,
      massFlow: 1,
      fluid: constantFluid(4000),
      airT: 300,
      activeGroups: 0,
    });
    expect([r.activeUnits, r.unitFlow, r.outletT, r.heatToCoolant, r.status]).toEqual([0, 0, 330, 0, 'off']);
  });

  it('the nominal-flow rule refuses an infinite mean temperature', () => {
    const e = refused(() => nominalCoolantFlow(bank(), constantFluid(4000), 10, { meanT: Infinity }));
    expect([e.field, e.value, e.allowed]).toEqual(['meanT', Infinity, 'a finite temperature > 0 K']);
  });
});

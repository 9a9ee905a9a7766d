/**
 * The miner bank's refusals and edges: units and groups, every input, an unknown mode (listing the model's), the
 * nominal-flow rule's refusals, and a fresh output record; each message named with its field and words.
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

const avalon = () => minerModel('avalon-a1566ha');
const tf = constantFluid(4180);

describe('miner bank edges', () => {
  it('refuses units and groups that do not make equal whole groups', () => {
    for (const u of [0, 2.5, -3]) {
      const e = refused(() => minerBank(avalon(), u));
      expect([e.field, e.allowed]).toEqual(['units', 'a whole number ≥ 1']);
    }
    for (const g of [0, 1.5, 11]) {
      const e = refused(() => minerBank(avalon(), 10, g));
      expect([e.field, e.allowed]).toEqual(['groups', 'a whole number between 1 and units (10)']);
    }
    const e = refused(() => minerBank(avalon(), 10, 3));
    expect([e.field, e.allowed]).toEqual(['groups', 'a divisor of units (10) so that groups are equal']);
    expect(minerBank(avalon(), 10, 10).unitsPerGroup).toBe(1);
    expect(minerBank(avalon(), 1).groups).toBe(1);
  });

  it.each([
    ['inletT', 0, 'a finite temperature > 0 K'],
    ['inletT', Infinity, 'a finite temperature > 0 K'],
    ['massFlow', -1, 'a finite mass flow ≥ 0 kg/s'],
    ['massFlow', Infinity, 'a finite mass flow ≥ 0 kg/s'],
    ['airT', 0, 'a finite temperature > 0 K'],
    ['airT', Infinity, 'a finite temperature > 0 K'],
    ['powerLimit', -0.1, 'a fraction between 0 and 1'],
    ['powerLimit', 1.1, 'a fraction between 0 and 1'],
    ['activeGroups', -1, 'a whole number between 0 and 4'],
    ['activeGroups', 5, 'a whole number between 0 and 4'],
    ['activeGroups', 1.5, 'a whole number between 0 and 4'],
  ])('refuses %s = %f', (field, value, allowed) => {
    const bank = minerBank(avalon(), 8, 4);
    const ok = { inletT: 330, massFlow: 2, fluid: tf, airT: 300 };
    const e = refused(() => evaluateMinerBank(bank, { ...ok, [field]: value }));
    expect([e.field, e.value, e.allowed]).toEqual([field, value, allowed]);
  });

  it('an unknown mode is refused with the model’s modes', () => {
    const bank = minerBank(avalon(), 8, 4);
    const modes = Object.keys(avalon().modes).join(', ');
    const e = refused(() =>
      evaluateMinerBank(bank, { inletT: 330, massFlow: 2, fluid: tf, airT: 300, mode: 'turbo' as never }),
    );
    expect([e.field, e.value, e.allowed]).toEqual(['mode', 'turbo', `one of ${modes} for avalon-a1566ha`]);
    const f = refused(() => nominalCoolantFlow(bank, tf, 10, { mode: 'turbo' as never }));
    expect([f.field, f.allowed]).toEqual(['mode', `one of ${modes}`]);
  });

  it('the nominal flow refuses a rise or mean temperature that is not > 0 K', () => {
    const bank = minerBank(avalon(), 8);
    const a = refused(() => nominalCoolantFlow(bank, tf, 0));
    expect([a.field, a.allowed]).toEqual(['deltaT', 'a finite temperature rise > 0 K']);
    expect(refused(() => nominalCoolantFlow(bank, tf, Infinity)).field).toBe('deltaT');
    const b = refused(() => nominalCoolantFlow(bank, tf, 10, { meanT: 0 }));
    expect([b.field, b.allowed]).toEqual(['meanT', 'a finite temperature > 0 K']);
    // N·P/(cp·ΔT) by hand with the model's normal power
    expect(nominalCoolantFlow(bank, tf, 10, { meanT: 340 })).toBeCloseTo(
      (8 * avalon().modes.normal!.power) / (4180 * 10),
      9,
    );
  });

  it('all groups switched off, or a power limit of 0: off, nothing to the coolant from the chips', () => {
    const bank = minerBank(avalon(), 8, 4);
    for (const x of [{ activeGroups: 0 }, { powerLimit: 0 }]) {
      const out = evaluateMinerBank(bank, { inletT: 330, massFlow: 2, fluid: tf, airT: 330, ...x });
      expect(out.status).toBe('off');
      expect(out.reason).toBe('off');
      expect(out.electricPower).toBe(0);
      expect(out.hashrate).toBe(0);
    }
  });

  it('a fresh output record: everything 0 and every group off', () => {
    const out = createMinerBankOutput(minerBank(avalon(), 8, 4));
    expect(out.groupStatus).toEqual(['off', 'off', 'off', 'off']);
    expect([out.status, out.reason, out.electricPower, out.uptime, out.activeUnits]).toEqual([
      'off',
      'off',
      0,
      0,
      0,
    ]);
  });
});

/**
 * The dry cooler's edges: the count and every input of both entry points refused with its field and words, the
 * closed ends of the fan-speed range, a bank of coolers scaling each nominal figure by its count, no flow, and the
 * fresh output records.
 */
import { describe, expect, it } from 'vitest';
import {
  createDryCoolerOutput,
  createFanSpeedResult,
  dryCooler,
  dryCoolerOutlet,
  fanSpeedForOutlet,
} from '../../../src/core/components/dryCooler';
import { dryCoolerModel } from '../../../src/core/models/catalog';
import { refused } from '../refused';
import { constantFluid } from './constantFluid';

const tf = constantFluid(4000);
const model = () => dryCoolerModel('dry-cooler-v-1000kw');

describe('dry cooler edges', () => {
  it('refuses a count that is not a whole number ≥ 1', () => {
    for (const n of [0, 1.5, -1, Number.NaN]) {
      const e = refused(() => dryCooler(model(), n));
      expect([e.field, e.allowed]).toEqual(['count', 'a whole number ≥ 1']);
    }
  });

  it('a bank of three: every nominal figure three times one cooler’s', () => {
    const one = dryCooler(model());
    const three = dryCooler(model(), 3);
    for (const k of [
      'uaNominal',
      'airFlowNominal',
      'fanPowerNominal',
      'capacityNominal',
      'fluidCapacityRateNominal',
    ] as const)
      expect(three[k]).toBeCloseTo(3 * one[k], 6);
    // 1 MW over 50 → 40 °C: 100 kW/K per cooler
    expect(one.fluidCapacityRateNominal).toBeCloseTo(1e5, 6);
    expect(one.capacityNominal).toBe(1e6);
  });

  it.each([
    ['inletT', 0, 'a finite temperature > 0 K'],
    ['inletT', Infinity, 'a finite temperature > 0 K'],
    ['ambientT', 0, 'a finite temperature > 0 K'],
    ['ambientT', Infinity, 'a finite temperature > 0 K'],
    ['massFlow', -1, 'a finite mass flow ≥ 0 kg/s'],
    ['massFlow', Infinity, 'a finite mass flow ≥ 0 kg/s'],
    ['fanSpeed', -0.1, 'a fraction between 0 and 1'],
    ['fanSpeed', 1.1, 'a fraction between 0 and 1'],
  ])('dryCoolerOutlet refuses %s = %f', (field, value, allowed) => {
    const ok = { inletT: 320, massFlow: 10, fluid: tf, ambientT: 290, fanSpeed: 0.5 };
    const e = refused(() => dryCoolerOutlet(dryCooler(model()), { ...ok, [field]: value }));
    expect([e.field, e.value, e.allowed]).toEqual([field, value, allowed]);
  });

  it('accepts fan speeds 0 and 1, and gives nothing without flow', () => {
    const dc = dryCooler(model());
    const ok = { inletT: 320, massFlow: 10, fluid: tf, ambientT: 290 };
    expect(dryCoolerOutlet(dc, { ...ok, fanSpeed: 0 }).duty).toBeGreaterThan(0);
    expect(dryCoolerOutlet(dc, { ...ok, fanSpeed: 1 }).fanPower).toBe(24000);
    const none = dryCoolerOutlet(dc, { ...ok, massFlow: 0, fanSpeed: 1 });
    expect([none.duty, none.outletT, none.airOutletT, none.ua]).toEqual([0, 320, 290, 0]);
  });

  it.each([
    ['inletT', 0, 'a finite temperature > 0 K'],
    ['ambientT', Infinity, 'a finite temperature > 0 K'],
    ['massFlow', -1, 'a finite mass flow ≥ 0 kg/s'],
    ['targetOutletT', 0, 'a finite temperature > 0 K'],
    ['targetOutletT', Infinity, 'a finite temperature > 0 K'],
    ['tolerance', 0, 'a tolerance > 0 K'],
  ])('fanSpeedForOutlet refuses %s = %f', (field, value, allowed) => {
    const ok = { inletT: 320, massFlow: 10, fluid: tf, ambientT: 290, targetOutletT: 310 };
    const e = refused(() => fanSpeedForOutlet(dryCooler(model()), { ...ok, [field]: value }));
    expect([e.field, e.value, e.allowed]).toEqual([field, value, allowed]);
  });

  it('fresh output records are all zero (fan-speed result: limit ok)', () => {
    expect(createDryCoolerOutput()).toEqual({
      outletT: 0,
      duty: 0,
      fanPower: 0,
      airOutletT: 0,
      ua: 0,
      airMassFlow: 0,
    });
    expect(createFanSpeedResult()).toEqual({ ...createDryCoolerOutput(), fanSpeed: 0, limit: 'ok' });
  });

  it('fans stopped: the air side made once is the power law at the free-convection share, continuous with a turning fan', () => {
    const dc = dryCooler(model(), 2);
    const m = dc.model;
    // hA_air = hA_nom · s0^n (the module doc), by hand with Math.pow
    expect(dc.hAAirStopped).toBeCloseTo(dc.hAAirNominal * m.freeConvectionAirFlow ** m.airExponent, 6);
    const at = (fanSpeed: number) =>
      dryCoolerOutlet(dc, { inletT: 330, massFlow: 20, fluid: tf, ambientT: 260, fanSpeed }).duty;
    const stopped = at(0);
    expect(stopped).toBeGreaterThan(0);
    // a fan barely turning takes the general path: the duty differs by the tiny speed's share only
    expect(Math.abs(at(1e-12) - stopped) / stopped).toBeLessThan(1e-9);
    expect(at(1e-3)).toBeGreaterThan(stopped);
  });
});

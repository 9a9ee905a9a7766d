import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, PhysicsError } from '../../../src/core/errors';
import {
  fluid,
  fluidFromSpec,
  GlycolFluid,
  parseFluid,
  saturationPressure,
  saturationTemperature,
  WaterFluid,
} from '../../../src/core/fluids';

describe('fluid() factory', () => {
  it('returns cached instances per (name, fraction, pressure)', () => {
    expect(fluid('propylene-glycol', 0.3)).toBe(fluid('propylene-glycol', 0.3));
    expect(fluid('water')).toBe(fluid('water', 0, 3e5));
    expect(fluid('water', 0, 5e5)).not.toBe(fluid('water'));
    expect(fluid('ethylene-glycol', 0.3)).not.toBe(fluid('propylene-glycol', 0.3));
  });

  it('a glycol at fraction 0 is pure water (the IAPWS model)', () => {
    const f = fluid('propylene-glycol', 0);
    expect(f).toBeInstanceOf(WaterFluid);
    expect(f.name).toBe('water');
    expect(f).toBe(fluid('water'));
  });

  it('builds the right model with label and fraction', () => {
    const f = fluid('ethylene-glycol', 0.4);
    expect(f).toBeInstanceOf(GlycolFluid);
    expect(f.label).toBe('ethylene glycol 40 %');
    expect(f.massFraction).toBe(0.4);
    expect(fluid('water').label).toBe('water');
  });

  it('unknown name, fraction outside 0–0.6 and bad pressure are InputErrors naming the field and range', () => {
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as InputError;
      }
      throw new Error('no error');
    };
    const e1 = err(() => fluid('brine' as 'water'));
    expect(e1).toBeInstanceOf(InputError);
    expect(e1.field).toBe('fluid');
    expect(e1.message).toMatch(/one of water, propylene-glycol, ethylene-glycol/);
    const e2 = err(() => fluid('propylene-glycol', 0.65));
    expect(e2.field).toBe('massFraction');
    expect(e2.value).toBe(0.65);
    expect(e2.message).toMatch(/between 0 and 0\.6/);
    expect(err(() => fluid('ethylene-glycol', -0.1)).field).toBe('massFraction');
    expect(err(() => fluid('ethylene-glycol', Number.NaN)).field).toBe('massFraction');
    expect(err(() => fluid('water', 0.3)).field).toBe('massFraction');
    expect(err(() => fluid('water', 0, 3)).field).toBe('pressure');
  });

  it('fluidFromSpec mirrors fluid()', () => {
    expect(fluidFromSpec({ name: 'propylene-glycol', massFraction: 0.3 })).toBe(
      fluid('propylene-glycol', 0.3),
    );
    expect(fluidFromSpec({ name: 'water' })).toBe(fluid('water'));
  });

  it('re-exports the IF97 saturation line', () => {
    expect(saturationTemperature(1e6)).toBeCloseTo(453.035632, 5); // IF97 Table 36
    expect(saturationPressure(500) / 1e6).toBeCloseTo(2.63889776, 7); // IF97 Table 35
  });

  it('any fluid from the factory throws a PhysicsError (never NaN) for T outside its range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('water', 'propylene-glycol', 'ethylene-glycol'),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (name, x, d) => {
          const f = fluid(name as 'water', name === 'water' ? 0 : x);
          expect(() => f.density(f.freezingPoint - d)).toThrow(PhysicsError);
          expect(() => f.viscosity(f.maxTemperature + d)).toThrow(PhysicsError);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('parseFluid()', () => {
  it.each([
    ['water', 'water', 0],
    ['Water', 'water', 0],
    ['propylene-glycol 30%', 'propylene-glycol', 0.3],
    ['propylene glycol 30 %', 'propylene-glycol', 0.3],
    ['ethylene-glycol 0.4', 'ethylene-glycol', 0.4],
    ['PG30', 'propylene-glycol', 0.3],
    ['pg 25.5%', 'propylene-glycol', 0.255],
    ['EG 40 %', 'ethylene-glycol', 0.4],
    ['MEG 50', 'ethylene-glycol', 0.5],
    ['EG 0.6', 'ethylene-glycol', 0.6],
  ])('"%s" → %s at mass fraction %s', (text, name, x) => {
    const f = parseFluid(text);
    expect(f.name).toBe(name);
    expect(f.massFraction).toBeCloseTo(x, 12);
  });

  it('"PG 0%" is water; the pressure argument is passed on', () => {
    expect(parseFluid('PG 0%')).toBe(fluid('water'));
    expect(parseFluid('PG30', 5e5)).toBe(fluid('propylene-glycol', 0.3, 5e5));
  });

  it.each(['', 'brine 20%', 'PG', 'EG -5', 'PG 30 %%', '30% PG', 'water!'])(
    '"%s" is an InputError on field fluid',
    (text) => {
      expect(() => parseFluid(text)).toThrow(InputError);
      try {
        parseFluid(text);
      } catch (e) {
        expect((e as InputError).field).toBe('fluid');
      }
    },
  );

  it('out-of-range shares are InputErrors on field massFraction', () => {
    for (const text of ['EG 70%', 'PG 61', 'water 30%', 'EG 1']) {
      try {
        parseFluid(text);
        throw new Error(`no error for ${text}`);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).field).toBe('massFraction');
      }
    }
  });
});

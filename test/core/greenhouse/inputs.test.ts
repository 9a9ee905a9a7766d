/**
 * The greenhouse step's input check: every field outside its range is refused with an InputError that names the
 * field and gives the range (the fast path and the naming path read the same RANGE table in inputs.ts).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import type { GreenhouseInputs } from '../../../src/core/greenhouse';
import { validateInputs } from '../../../src/core/greenhouse/inputs';

const ok = (): GreenhouseInputs => ({
  outdoorT: 263.15,
  skyT: 250,
  windSpeed: 4,
  solarOnCover: 100,
  pipeInletT: 330,
  pipeMassFlow: 10,
  screenClosed: 0.5,
  ventOpening: 0,
  outdoorVapourPressure: 300,
  heatingSetpoint: 292.65,
  deepSoilT: 280,
});

describe('greenhouse inputs', () => {
  it('accepts inputs inside their ranges, and the optional ones absent', () => {
    expect(() => validateInputs(ok())).not.toThrow();
    const { screenClosed, ventOpening, outdoorVapourPressure, heatingSetpoint, deepSoilT, ...bare } = ok();
    expect(() => validateInputs(bare)).not.toThrow();
    // no flow: the inlet temperature is not read
    expect(() => validateInputs({ ...ok(), pipeMassFlow: 0, pipeInletT: Number.NaN })).not.toThrow();
  });

  const cases: [keyof GreenhouseInputs, number, RegExp][] = [
    ['outdoorT', 190, /between 193\.15 and 343\.15 K/],
    ['outdoorT', Number.NaN, /between/],
    ['skyT', 344, /between 150 and 343\.15 K/],
    ['windSpeed', -0.1, /between 0 and 60 m\/s/],
    ['solarOnCover', 1600, /between 0 and 1500 W\/m²/],
    ['pipeMassFlow', Number.POSITIVE_INFINITY, /≥ 0 kg\/s/],
    ['pipeInletT', 430, /between 233\.15 and 423\.15 K/],
    ['screenClosed', 1.2, /between 0 and 1/],
    ['ventOpening', -1, /between 0 and 1/],
    ['outdoorVapourPressure', 3e4, /between 0 and 20000 Pa/],
    ['heatingSetpoint', 330, /between 263\.15 and 323\.15 K/],
    ['deepSoilT', 200, /between 223\.15 and 323\.15 K/],
  ];
  for (const [field, value, range] of cases) {
    it(`refuses ${field} = ${value}, naming the field and its range`, () => {
      let err: unknown;
      try {
        validateInputs({ ...ok(), [field]: value });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).field).toBe(`inputs.${field}`);
      expect((err as Error).message).toMatch(range);
    });
  }

  it('an absent optional input is not checked: the error names the bad field after it', () => {
    const { screenClosed, ventOpening, outdoorVapourPressure, heatingSetpoint, ...bare } = ok();
    expect(() => validateInputs({ ...bare, deepSoilT: 200 })).toThrow(/^inputs\.deepSoilT = 200/);
    // no flow: the inlet temperature is not checked either, so a bad screen after it is the one named
    expect(() => validateInputs({ ...ok(), pipeMassFlow: 0, pipeInletT: 1000, screenClosed: 2 })).toThrow(
      /^inputs\.screenClosed = 2/,
    );
  });
});

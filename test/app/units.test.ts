import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantityValue } from '../../src/app/components/Editor';
import {
  displayUnit,
  formatInput,
  formatNumber,
  formatPower,
  formatSignificant,
  fromDisplay,
  isBareNumber,
  KINDS,
  type Kind,
  toDisplay,
  withUnit,
} from '../../src/app/lib/units';
import { quantity } from '../../src/core/units';

describe('formatSignificant', () => {
  it('rounds to the significant figures asked for, keeps trailing zeros, groups thousands', () => {
    expect(formatSignificant(15_899.4, 3)).toBe('15,900');
    expect(formatSignificant(7_701, 3)).toBe('7,700');
    expect(formatSignificant(92.84, 3)).toBe('92.8');
    expect(formatSignificant(92, 3)).toBe('92.0');
    expect(formatSignificant(0.2996, 3)).toBe('0.300');
    expect(formatSignificant(9.996, 3)).toBe('10.0');
    expect(formatSignificant(-0.01234, 3)).toBe('-0.0123');
    expect(formatSignificant(0, 3)).toBe('0');
    expect(formatSignificant(Number.NaN, 3)).toBe('–');
  });
});

describe('formatNumber and formatSignificant with reused number formats', () => {
  // The definitions they replaced, a new format per call (Number.prototype.toLocaleString with options).
  const loose = (x: number, digits: number) => {
    const a = Math.abs(x);
    const f = a === 0 ? 0 : Math.max(0, Math.min(6, digits - 1 - Math.floor(Math.log10(a))));
    return x.toLocaleString('en-US', { maximumFractionDigits: f, minimumFractionDigits: 0 });
  };
  const fixed = (x: number, digits: number) => {
    const r = Number(x.toPrecision(digits));
    const f = Math.max(0, Math.min(20, digits - 1 - Math.floor(Math.log10(Math.abs(r)))));
    return r.toLocaleString('en-US', { minimumFractionDigits: f, maximumFractionDigits: f });
  };
  it('give the same text as a new format per call, over magnitudes from 1e-9 to 1e15', () => {
    const x = fc
      .double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true })
      .filter((v) => v !== 0);
    const tiny = fc.double({ min: -1e-3, max: 1e-3, noNaN: true }).filter((v) => Math.abs(v) > 1e-9);
    fc.assert(
      fc.property(fc.oneof(x, tiny), fc.integer({ min: 1, max: 7 }), (v, d) => {
        expect(formatNumber(v, d)).toBe(loose(v, d));
        expect(formatSignificant(v, d)).toBe(fixed(v, d));
      }),
      { numRuns: 2000 },
    );
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1234567.891)).toBe('1,234,568');
    expect(formatNumber(0.012345)).toBe('0.0123');
  });
});

describe('display units', () => {
  it('converts temperatures with their offsets', () => {
    // °F = K × 9/5 − 459.67 (exact definition): 293.15 K → 68 °F; 293.15 K → 20 °C.
    expect(toDisplay(293.15, 'temperature', 'imperial')).toBeCloseTo(68, 10);
    expect(toDisplay(293.15, 'temperature', 'SI')).toBeCloseTo(20, 10);
    expect(fromDisplay(-40, 'temperature', 'imperial')).toBeCloseTo(233.15, 10); // −40 °F = −40 °C
  });

  it('converts differences without offsets', () => {
    // A 4 K difference is 4 × 9/5 = 7.2 °F.
    expect(toDisplay(4, 'temperatureDifference', 'imperial')).toBeCloseTo(7.2, 10);
    expect(toDisplay(4, 'temperatureDifference', 'SI')).toBe(4);
  });

  it('converts areas, flows, powers, pressures, energies by their definitions', () => {
    // 1 ft = 0.3048 m exactly → 1 m² = 1 / 0.09290304 ft² = 10.7639104 ft².
    expect(toDisplay(1, 'area', 'imperial')).toBeCloseTo(1 / 0.09290304, 9);
    // 1 US gallon = 3.785411784 L (exact) → 1 L/s = 60 / 3.785411784 gpm = 15.850323 gpm.
    expect(toDisplay(1e-3, 'volumeFlow', 'imperial')).toBeCloseTo(60 / 3.785411784, 9);
    expect(toDisplay(1e-3, 'volumeFlow', 'SI')).toBeCloseTo(1, 12);
    // 1 BTU(IT) = 1055.05585262 J (ISO 31-4; NIST SP 811 B.8 1.055056E+03), so 1 BTU/h = 0.29307107 W
    // (ASHRAE Fundamentals ch. 38) → 1 kW = 3412.1416 BTU/h.
    expect(toDisplay(1000, 'power', 'imperial')).toBeCloseTo((1000 * 3600) / 1055.05585262, 6);
    // 1 ton of refrigeration = 12 000 BTU/h: 3.516853 kW in BTU/h.
    expect(toDisplay(3516.853, 'power', 'imperial')).toBeCloseTo(12000, 2);
    expect(toDisplay(1000, 'power', 'SI')).toBeCloseTo(1, 12);
    // 1 psi = 6894.757293 Pa (NIST SP 811).
    expect(toDisplay(6894.757293, 'pressure', 'imperial')).toBeCloseTo(1, 8);
    // 1 MWh = 3.6e9 J = 3.6e9 / 1055.05585 J/BTU(IT) = 3.412142 MMBtu.
    expect(toDisplay(1, 'energy', 'imperial')).toBeCloseTo(3.6e9 / 1055.05585262 / 1e6, 6);
    expect(toDisplay(0.3, 'fraction', 'SI')).toBeCloseTo(30, 12);
  });

  it('every kind round-trips SI → display → SI in both systems', () => {
    const kinds = Object.keys(KINDS) as Kind[];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom('SI' as const, 'imperial' as const),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (kind, sys, si) => {
          const back = fromDisplay(toDisplay(si, kind, sys), kind, sys);
          expect(back).toBeCloseTo(si, Math.max(0, 8 - Math.ceil(Math.log10(si))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a bare number typed in a field is stored in the shown unit and parses back with the core', () => {
    const kinds: Kind[] = [
      'temperature',
      'area',
      'volumeFlow',
      'smallVolumeFlow',
      'power',
      'pressure',
      'length',
      'volume',
      'heatTransferCoefficient',
      'conductance',
      'pipePerArea',
      'massFluxPerArea',
      'airChanges',
      'temperatureDifference',
      'duration',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom('SI' as const, 'imperial' as const),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        (kind, sys, si) => {
          const text = formatInput(toDisplay(si, kind, sys));
          const stored = quantityValue(text, kind, sys) as string;
          expect(stored).toBe(withUnit(text, displayUnit(kind, sys).unit));
          // Six significant digits shown → relative error ≤ 5e-6 of the shown value (°C/°F: ≤ 0.005 K up to 5000 K).
          const err = Math.abs(quantity(stored, KINDS[kind].si) - si);
          if (kind === 'temperature') expect(err).toBeLessThan(5e-3);
          else expect(err / si).toBeLessThan(6e-6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps typed units, removes empty optionals', () => {
    expect(quantityValue('5 acre', 'area', 'SI')).toBe('5 acre');
    expect(quantityValue('', 'area', 'SI', true)).toBeUndefined();
    expect(quantityValue('', 'area', 'SI')).toBe('');
    expect(quantityValue('1.3', 'plain', 'SI')).toBe(1.3);
    expect(quantityValue('30', 'fraction', 'imperial')).toBe('30 %');
  });

  it('formats numbers for inputs and cards', () => {
    expect(formatInput(20000)).toBe('20000');
    expect(formatInput(215278.19508)).toBe('215278');
    expect(formatInput(0.000123456789)).toBe('0.000123457');
    expect(formatInput(Number.NaN)).toBe('');
    expect(isBareNumber(' -3.5e2 ')).toBe(true);
    expect(isBareNumber('3 ha')).toBe(false);
    expect(formatPower(6e6, 'SI')).toBe('6,000 kW');
    expect(formatPower(3e7, 'SI')).toBe('30 MW');
    // 3e7 W / 0.29307107 W per BTU/h = 102.4 million BTU/h.
    expect(formatPower(3e7, 'imperial')).toBe('102 MMBtu/h');
    // from a million BTU/h in MMBtu/h, as ratings are written: 2,768.28 kW × 3,412.1416 = 9,445,763 BTU/h
    expect(formatPower(2768.28e3, 'imperial')).toBe('9.45 MMBtu/h');
    // below: BTU/h (100 kW = 341,214 BTU/h)
    expect(formatPower(1e5, 'imperial')).toBe('341,214 BTU/h');
  });
});

import { describe, expect, it } from 'vitest';
import { convert, InputError, quantity } from '../../src/core';

describe('quantity(): unit strings at the boundary (mathjs)', () => {
  it('converts field units to SI', () => {
    // 1 US gallon = 3.785411784 L exactly (NIST SP 811, B.8): 160 gpm = 160 × 3.785411784e-3 / 60 m³/s.
    expect(quantity('160 gpm', 'm^3/s')).toBeCloseTo((160 * 3.785411784e-3) / 60, 12);
    expect(quantity('75 degC', 'K')).toBeCloseTo(348.15, 10);
    expect(quantity('75 °C', 'K')).toBeCloseTo(348.15, 10);
    // 1 ha = 10 000 m².
    expect(quantity('2 ha', 'm^2')).toBeCloseTo(20000, 9);
    expect(quantity('0.5ha', 'm^2')).toBeCloseTo(5000, 9);
    expect(quantity('8.06 kW', 'W')).toBeCloseTo(8060, 9);
    // IT Btu/h = 0.29307107 W (ASHRAE Fundamentals, ch. 38 conversion table).
    expect(quantity('1000 BTU/h', 'W')).toBeCloseTo(293.07107, 6);
    expect(quantity('30 %', '')).toBeCloseTo(0.3, 12);
    expect(quantity('0.3', '')).toBeCloseTo(0.3, 12);
    // 0.035 USD/kWh = 0.035 / 3.6e6 USD/J.
    expect(quantity('0.035 USD/kWh', 'USD/J')).toBeCloseTo(0.035 / 3.6e6, 18);
    // 40 USD/PH/day in USD per TH per day: 1 PH = 1000 TH.
    expect(quantity('40 USD/PH/day', 'USD/TH/day')).toBeCloseTo(0.04, 12);
  });

  it('converts display units', () => {
    expect(convert(348.15, 'K', 'degF')).toBeCloseTo(167, 9); // 75 °C = 167 °F
    expect(convert(1, 'm^3/s', 'L/s')).toBeCloseTo(1000, 9);
  });

  it('names the field, the value and what is allowed when the text is wrong', () => {
    expect(() => quantity('75 kg', 'K', '--hot-in')).toThrowError(InputError);
    expect(() => quantity('75 kg', 'K', '--hot-in')).toThrowError(/--hot-in = "75 kg".*convertible to K/);
    expect(() => quantity('warm', 'K', 'supply')).toThrowError(/supply = "warm".*number with a unit/);
    expect(() => quantity('12', 'K', 'supply')).toThrowError(/supply = "12".*unit convertible to K/);
    expect(() => quantity(Number.NaN, 'K', 'supply')).toThrowError(/supply.*finite/);
  });
});

import { describe, expect, it } from 'vitest';
import { convert, InputError, quantity } from '../../src/core';

describe('quantity(): unit strings at the boundary (mathjs)', () => {
  it('converts field units to SI', () => {
    // 1 US gallon = 3.785411784 L exactly (NIST SP 811, B.8): 160 gpm = 160 × 3.785411784e-3 / 60 m³/s.
    expect(quantity('160 gpm', 'm^3/s')).toBeCloseTo((160 * 3.785411784e-3) / 60, 12);
    // as the trade writes it (a CLI review found "341.1 GPM" refused)
    expect(quantity('160 GPM', 'm^3/s')).toBe(quantity('160 gpm', 'm^3/s'));
    expect(quantity('160 Gpm', 'm^3/s')).toBe(quantity('160 gpm', 'm^3/s'));
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

describe('quantity grammar: a number and a unit, never an expression (issue 11)', () => {
  const hostile = [
    'createUnit("ha", "5000 m^2", {override: true})',
    'zeros(30000, 30000)',
    'evaluate("2 ha")',
    'x = 5 kW',
    'f(x) = x^2',
    'ha',
    '2 * 3 kW',
    '[1, 2] kW',
    '5 kW; 3',
    '1 sqrt(4)',
    'Infinity W',
    'NaN',
    `1${'0'.repeat(120)} W`,
  ];
  it.each(hostile)('refuses %j with the field and an example of its dimension', (text) => {
    expect(() => quantity(text, 'W', 'backupHeater.capacity')).toThrowError(
      /backupHeater\.capacity = .* is not allowed: .*e\.g\. "2\.7 MW"/,
    );
  });

  it('refuses magnitudes beyond ±1e15 as written', () => {
    expect(() => quantity('1e300 W', 'W', 'cap')).toThrowError(/within ±1e15/);
    expect(() => quantity('-1e16 W', 'W', 'cap')).toThrowError(/within ±1e15/);
  });

  it('a failed createUnit attempt leaves "ha" as 10 000 m²', () => {
    expect(() => quantity('createUnit("ha", "5000 m^2", {override: true})', 'm^2')).toThrowError();
    expect(quantity('1 ha', 'm^2')).toBe(10000);
  });

  it('shows an example of the field dimension, not a temperature, for a flow', () => {
    expect(() => quantity('80 K', 'm^3/s', 'greenhouseLoop.flow')).toThrowError(/e\.g\. "25 L\/s"/);
  });

  it('reads the units engineers type', () => {
    // Ton of refrigeration = 12 000 Btu/h = 3.516853 kW (ASHRAE Fundamentals ch. 38).
    expect(quantity('1 TR', 'W')).toBeCloseTo(3516.853, 3);
    expect(quantity('2 tons of refrigeration', 'W')).toBeCloseTo(7033.706, 3);
    // MBH = 1000 Btu/h; MMBtu/h = 1e6 Btu/h; 1 Btu/h = 0.29307107 W.
    expect(quantity('12 MBH', 'W')).toBeCloseTo(12000 * 0.29307107, 4);
    expect(quantity('1 MMBtu/h', 'W')).toBeCloseTo(293071.07, 1);
    for (const s of ['1000 Btu/h', '1000 BTU/h', '1000 Btu/hr', '1000 btu/h'])
      expect(quantity(s, 'W')).toBeCloseTo(293.07107, 5);
    // °F: (212 − 32) / 1.8 + 273.15 = 373.15 K.
    expect(quantity('212 degF', 'K')).toBeCloseTo(373.15, 9);
    expect(quantity('212 °F', 'K')).toBeCloseTo(373.15, 9);
    // Conventional foot of water = 2989.067 Pa (NIST SP 811, B.8).
    expect(quantity('10 ft of head', 'Pa')).toBeCloseTo(29890.67, 1);
    expect(quantity('10 ftH2O', 'Pa')).toBeCloseTo(29890.67, 1);
    // 1 psi = 6894.757 Pa (NIST SP 811, B.8).
    expect(quantity('1 psi', 'Pa')).toBeCloseTo(6894.757, 2);
    expect(() => quantity('30 psig', 'Pa', 'p')).toThrowError(/gauge pressure/);
  });

  it('reads "80 C" / "80 F" as temperatures only in temperature fields', () => {
    expect(quantity('80 C', 'K')).toBeCloseTo(353.15, 9);
    expect(quantity('176 F', 'K')).toBeCloseTo(353.15, 9);
    expect(() => quantity('80 C', 'W', 'p')).toThrowError(/convertible to W/);
  });
});

describe('the trade’s shorthands (an engineer’s review: "420 MBH/F", the size-hx help’s own example, was refused)', () => {
  it('a C or F divided by is a degree; kBtu, ft2, fps, usgpm and psid read as written', () => {
    // 1 Btu/(h·°F) = 1055.05585262 J / 3600 s / (5/9 K) = 0.52752792631 W/K (IT Btu, NIST SP 811)
    const btuhF = 1055.05585262 / 3600 / (5 / 9);
    expect(quantity('420 MBH/F', 'W/K') / (420e3 * btuhF)).toBeCloseTo(1, 12);
    expect(quantity('420000 Btu/h/F', 'W/K')).toBe(quantity('420 MBH/degF', 'W/K'));
    expect(quantity('220 kW/C', 'W/K')).toBe(220e3);
    expect(quantity('100 kBtu/h', 'W') / ((100e3 * 1055.05585262) / 3600)).toBeCloseTo(1, 12);
    expect(quantity('1000 ft2', 'm^2')).toBeCloseTo(92.90304, 9); // 0.3048² m² per ft²
    expect(quantity('2 m3', 'm^3')).toBe(2);
    expect(quantity('3 fps', 'm/s')).toBeCloseTo(0.9144, 12);
    expect(quantity('160 usgpm', 'm^3/s')).toBe(quantity('160 gpm', 'm^3/s'));
    expect(quantity('5 psid', 'Pa')).toBe(quantity('5 psi', 'Pa'));
    // a lone C or F is still a temperature only where the field is one
    expect(() => quantity('5 F', 'm^2', 'a')).toThrowError(/convertible to m\^2/);
  });
});

import { describe, expect, it } from 'vitest';
import { plainQuantity, quantity as cliQuantity, NeedUnits, withUnits } from '../../src/cli/units';
import { quantity } from '../../src/core/units';

/** Plain forms units.ts reads itself, each with the SI unit its fields take. */
const FORMS: [text: string, target: string][] = [
  ...['W', 'kW', 'MW', 'GW'].map((u): [string, string] => [u, 'W']),
  ...['Pa', 'kPa', 'MPa', 'bar', 'mbar'].map((u): [string, string] => [u, 'Pa']),
  ...['K', 'degC', '°C', 'C', 'deg C'].map((u): [string, string] => [u, 'K']),
  ...['kg/s', 'g/s', 'kg/h', 't/h', 'kg/min', 't / h'].map((u): [string, string] => [u, 'kg/s']),
  ...['L/s', 'l/s', 'L/min', 'L/h', 'm^3/s', 'm^3/h', 'm³/h', 'm^3 / min'].map((u): [string, string] => [
    u,
    'm^3/s',
  ]),
  ...['W/K', 'kW/K', 'MW/K'].map((u): [string, string] => [u, 'W/K']),
  ...['m/s', 'mm/s', 'm/min', 'km/h'].map((u): [string, string] => [u, 'm/s']),
  ...['m', 'mm', 'cm', 'km'].map((u): [string, string] => [u, 'm']),
  ...['m^2', 'mm^2', 'cm^2', 'm²'].map((u): [string, string] => [u, 'm^2']),
];

/** Numbers as people type them, and awkward ones (many digits, exponents, signs, zero). */
function numbers(): string[] {
  const out = [
    '0',
    '1',
    '2.7',
    '80',
    '-40',
    '0.1',
    '0.3',
    '45',
    '1e-3',
    '2.5E3',
    '+5',
    '.5',
    '5.',
    '999999999999999',
  ];
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 150; i++) {
    const digits = 1 + Math.floor(rand() * 15);
    const x = (rand() - 0.3) * 10 ** Math.floor(rand() * 10 - 4);
    out.push(x.toPrecision(digits));
  }
  return out;
}

describe('CLI quantities without mathjs (src/cli/units.ts)', () => {
  it('give the core quantity() to the last digit for every plain form', () => {
    let checked = 0;
    for (const [unit, target] of FORMS) {
      for (const n of numbers()) {
        for (const text of [`${n} ${unit}`, `${n}${unit}`, `  ${n}   ${unit} `]) {
          let expected: number | undefined;
          try {
            expected = quantity(text, target, 'x');
          } catch {
            expected = undefined;
          }
          const got = plainQuantity(text, target);
          if (got === undefined) continue; // left to the core: always allowed
          expect(Object.is(got, expected), `${text} → ${target}: ${got} vs ${expected}`).toBe(true);
          checked++;
        }
      }
    }
    // Every form above is read here (not left to the core) for ordinary numbers.
    for (const [unit, target] of FORMS) expect(plainQuantity(`12.5 ${unit}`, target), unit).toBeDefined();
    expect(checked).toBeGreaterThan(FORMS.length * 400);
  });

  it('leave other units, mismatched dimensions and bad text to the core', () => {
    for (const [text, target] of [
      ['160 gpm', 'm^3/s'],
      ['25 L/s', 'kg/s'],
      ['80 degF', 'K'],
      ['3 ft', 'm'],
      ['80', 'K'],
      ['30 %', ''],
      ['2 ha', 'm^2'],
      ['12 psig', 'Pa'],
      ['sqrt(4) m', 'm'],
      ['1e16 W', 'W'],
      ['5 mK', 'K'],
      ['5 kK', 'K'],
      ['5 degC/s', 'K'],
      ['4000 W/(m^2 K)', 'W/(m^2 K)'],
      ['5 constructor', 'm'],
    ] as const) {
      expect(plainQuantity(text, target), text).toBeUndefined();
    }
  });

  it('need the core for the rest, and load it through withUnits', async () => {
    // Other tests in this process may have loaded it already; withUnits works either way.
    const v = await withUnits(() => cliQuantity('160 gpm', 'm^3/s', '--flow'));
    expect(v).toBe(quantity('160 gpm', 'm^3/s'));
    expect(() => cliQuantity('warm', 'K', '--hot-in')).toThrow(/--hot-in/);
    expect(new NeedUnits()).toBeInstanceOf(Error);
  });
});

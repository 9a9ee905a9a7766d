/**
 * The conversions `quantity` and `parseMoney` remember (units/index.ts, economics/money.ts): a repeated text
 * gives the same number, keyed by its target too; a failure is not remembered (each call's message names its own
 * field); a remembered amount comes back as a new object; the memo's clearing loses nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../src/core/economics/money';
import { InputError, quantity } from '../../src/core';

describe('quantity() remembers successful conversions by target unit and text', () => {
  it('the same text to another unit converts on its own', () => {
    expect(quantity('75 degC', 'K')).toBeCloseTo(348.15, 10);
    expect(quantity('75 degC', 'degC')).toBeCloseTo(75, 10);
    expect(quantity('75 degC', 'K')).toBeCloseTo(348.15, 10);
    expect(quantity('1 h', 's')).toBe(3600);
    expect(() => quantity('1 h', '')).toThrow(InputError);
  });

  it('a failure is not remembered: each call names its own field', () => {
    for (const field of ['greenhouse.floorArea', 'plant.flow']) {
      try {
        quantity('2 parsecs', 'm^2', field);
        expect.unreachable();
      } catch (e) {
        expect((e as InputError).field).toBe(field);
      }
    }
  });

  it('a value that is not text still gets its field’s message, not a TypeError', () => {
    for (const v of [undefined, null, {}, ['1 kW']]) {
      expect(() => quantity(v as unknown as string, 'W', 'plant.power')).toThrow(InputError);
    }
  });

  it('past the memo’s size (cleared at 4,096 entries) every text still converts exactly', () => {
    const first = quantity('160 gpm', 'm^3/s');
    for (let i = 0; i < 5000; i++) expect(quantity(`${i} kW`, 'W')).toBeCloseTo(i * 1000, 6);
    expect(quantity('160 gpm', 'm^3/s')).toBe(first);
    // a long text (not remembered) converts as any other
    const long = `${'0'.repeat(80)}1 kW`;
    expect(quantity(long, 'W')).toBe(1000);
    expect(quantity(long, 'W')).toBe(1000);
  });
});

describe('parseMoney() remembers amounts per field', () => {
  const perKwh = [{ per: '/kWh', toSI: 1 / 3.6e6 }] as const;
  const plain = [{ per: '', toSI: 1 }] as const;

  it('the same text again: equal, but a new object each time', () => {
    const a = parseMoney('0.035 USD/kWh', perKwh);
    const b = parseMoney('0.035 USD/kWh', perKwh);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    a.v = 99;
    expect(parseMoney('0.035 USD/kWh', perKwh).v).toBeCloseTo(0.035 / 3.6e6, 20);
    expect(parseMoney('0.035 CAD/kWh', perKwh).cur).toBe('CAD');
  });

  it('another field’s units read the same text on their own; a failure is not remembered', () => {
    expect(parseMoney('12 USD', plain)).toMatchObject({ v: 12, cur: 'USD', alt: 0 });
    expect(() => parseMoney('12 USD', perKwh)).toThrow(/not an amount in USD\/kWh/);
    expect(() => parseMoney('12 USD', perKwh)).toThrow(/not an amount in USD\/kWh/);
    expect(parseMoney('12 USD', plain).v).toBe(12);
  });
});

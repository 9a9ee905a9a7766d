/**
 * Two input gaps found by mutation testing (issue 18), closed:
 * - a demand charge written as an energy price ("0.01 USD/kWh") has the dimension of a price per kW per month
 *   (kWh = kW·h) and was taken as 7.3 USD/kW/month without complaint; it is now refused, naming the field;
 * - `parseEconomics` stopped at the first failing cross-field check (mining source, demand charge, miner
 *   salvage); it now lists every bad field, one line each, as its doc says.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { parseEconomics } from '../../../src/core/economics/schema';

function refusal(input: unknown): InputError {
  try {
    parseEconomics(input);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('a demand charge is per kW or kVA of the peak, never per unit of energy', () => {
  it.each([
    '0.01 USD/kWh',
    '0.01 USD/kwh',
    '10 USD/MWh',
    '0.02 CAD/kVAh',
    '5 CAD/GJ',
    '1 USD/therm',
    '3 USD/MMBTU',
  ])('%s is refused with the field, the value and what is allowed', (price) => {
    const e = refusal({ currency: 'CAD', demandCharge: { price } });
    expect(e.field).toBe('economics.demandCharge.price');
    expect(e.value).toBe(price);
    expect(e.message).toBe(
      `economics.demandCharge.price = "${price}" is not allowed: a price per unit of energy is an energy price (electricityPrice); allowed: a price per kW or kVA of the month's peak, per month, e.g. "12.33 CAD/kVA"`,
    );
  });

  it('per kW, per kW per month and per kVA are kept: 10 USD/kW = 0.01 USD per W and month', () => {
    for (const price of ['10 USD/kW', '10 USD/kW/month']) {
      expect(parseEconomics({ demandCharge: { price } }).demandCharge?.price).toBeCloseTo(0.01, 15);
    }
    const kva = parseEconomics({ currency: 'CAD', demandCharge: { price: '12.33 CAD/kVA' } }).demandCharge;
    expect(kva?.perKva).toBe(true);
    expect(kva?.price).toBeCloseTo(0.01233, 15);
  });
});

describe('every bad field in one parse', () => {
  it('a demand charge per kWh and a negative salvage: two lines', () => {
    const e = refusal({ demandCharge: { price: '5 USD/kWh' }, minerSalvage: '-5 USD' });
    const lines = e.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^economics\.demandCharge\.price = "5 USD\/kWh" is not allowed: /);
    expect(lines[1]).toMatch(/^economics\.minerSalvage = "-5 USD" is not allowed: /);
    // the error's own field is the first one
    expect(e.field).toBe('economics.demandCharge.price');
  });

  it('a hashprice beside network figures, a bad demand charge and a bad salvage: three lines', () => {
    const e = refusal({
      hashprice: '50 USD/PH/day',
      network: { btcPrice: '90000 USD', networkHashrate: '1 ZH/s', feesPerBlock: 0 },
      demandCharge: { price: '1 USD/kWh' },
      minerSalvage: '-1 USD',
    });
    const fields = e.message.split('\n').map((l) => l.split(' = ')[0]);
    expect(fields).toEqual(['economics.hashprice', 'economics.demandCharge.price', 'economics.minerSalvage']);
    expect(e.message).toContain('give either hashprice or network, not both');
  });
});

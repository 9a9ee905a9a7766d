/**
 * Fuel and mining inputs: each fuel's own unit, price and CO₂ factor, the exact ranges and the messages
 * (issue 18: mutation testing showed these were not pinned).
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { co2, fuelCost, fuelInput, fuelQuantity } from '../../../src/core/economics/fuel';
import { firstBad, hashpriceFromNetwork, miningRevenue } from '../../../src/core/economics/mining';

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('fuel', () => {
  it('input = heat/η for 0 < η ≤ 1.1, with the field named', () => {
    expect(fuelInput(1.1e9, 1.1)).toBeCloseTo(1e9, 3);
    for (const eta of [0, 1.11, Number.NaN]) {
      expect(message(() => fuelInput(1e9, eta))).toBe(
        `backupHeater.efficiency = ${eta} is not allowed: between 0 and 1.1 (fraction, HHV basis)`,
      );
    }
    expect(message(() => fuelInput(Number.POSITIVE_INFINITY, 0.9))).toBe(
      'heat = Infinity is not allowed: a finite energy in J',
    );
  });

  it('trade units: 1 GJ of gas = 26.853 m³, 25.31 MJ of propane = 1 L, 3.6 MJ = 1 kWh', () => {
    expect(fuelQuantity('natural-gas', 1e9)).toEqual({ amount: expect.closeTo(26.853, 9), unit: 'm^3' });
    expect(fuelQuantity('propane', 25.31e6)).toEqual({ amount: expect.closeTo(1, 12), unit: 'L' });
    expect(fuelQuantity('electric', 7.2e6)).toEqual({ amount: expect.closeTo(2, 12), unit: 'kWh' });
  });

  it('each fuel is priced and charged CO₂ at its own rate', () => {
    const prices = { electricity: 1, naturalGas: 2, propane: 3 };
    expect(fuelCost('electric', 10, prices)).toBe(10);
    expect(fuelCost('natural-gas', 10, prices)).toBe(20);
    expect(fuelCost('propane', 10, prices)).toBe(30);
    const f = { grid: 5, naturalGas: 6, propane: 7 };
    expect(co2('electric', 10, f)).toBe(50);
    expect(co2('natural-gas', 10, f)).toBe(60);
    expect(co2('propane', 10, f)).toBe(70);
  });
});

describe('mining', () => {
  const net = { btcPrice: 90_000, blockSubsidy: 3.125, feesPerBlock: 0.03 };

  it('hashprice from difficulty or from hashrate (Bitcoin wiki: H = D·2³²/600 s)', () => {
    // (S + F)·P·144/(D·2³²/600/10¹²) per TH/day, × 1000 per PH/day: 3.155·90 000·144/(1.5e14·2³²/600/1e12).
    const byHand = ((3.155 * 90_000 * 144) / ((1.5e14 * 2 ** 32) / 600 / 1e12)) * 1000;
    const d = hashpriceFromNetwork({ ...net, difficulty: 1.5e14 });
    expect(d.perPHday).toBeCloseTo(byHand, 9);
    expect(d.perPHday).toBeCloseTo(38.1, 1);
    expect(d.networkHashrate).toBeCloseTo((1.5e14 * 2 ** 32) / 600, -6);
    const h = hashpriceFromNetwork({ ...net, networkHashrate: 1e21 });
    expect(h.btcPerHash).toBeCloseTo(3.155 / (600 * 1e21), 30);
    expect(h.perHash).toBeCloseTo((3.155 * 90_000) / (600 * 1e21), 25);
    // A zero price is allowed (nothing earned).
    expect(hashpriceFromNetwork({ ...net, btcPrice: 0, difficulty: 1 }).perHash).toBe(0);
  });

  it('names each network figure and its range', () => {
    const cases: [Record<string, number | undefined>, string][] = [
      [{ btcPrice: -1, difficulty: 1 }, 'btcPrice = -1 is not allowed: a price ≥ 0 per BTC'],
      [
        { blockSubsidy: -1, difficulty: 1 },
        'blockSubsidy = -1 is not allowed: BTC ≥ 0 (3.125 since April 2024)',
      ],
      [{ feesPerBlock: Number.NaN, difficulty: 1 }, 'feesPerBlock = NaN is not allowed: BTC ≥ 0 per block'],
      [{ networkHashrate: 0.5 }, 'networkHashrate = 0.5 is not allowed: a hashrate > 0, e.g. "1.05 ZH/s"'],
      [
        { networkHashrate: 1e21, difficulty: 1e14 },
        'difficulty = 100000000000000 is not allowed: omitted when networkHashrate is given (give one of them)',
      ],
      [
        { difficulty: 0.5 },
        'difficulty = 0.5 is not allowed: a difficulty ≥ 1 (or give networkHashrate instead)',
      ],
      [{}, 'difficulty = undefined is not allowed: a difficulty ≥ 1 (or give networkHashrate instead)'],
    ];
    for (const [over, text] of cases) {
      expect(message(() => hashpriceFromNetwork({ ...net, ...over } as typeof net))).toBe(text);
    }
  });

  it('revenue = p·Σ H·Δt over the first `hours`, with the bad hour named', () => {
    const h = new Float64Array([1e15, 2e15, 3e15, Number.NaN]);
    // First 3 hours: 6e15 H/s · 3600 s = 2.16e19 hashes; at 1e-18 per hash: 21.6.
    const r = miningRevenue(h, 1e-18, 3);
    expect(r.hashes).toBe(2.16e19);
    expect(r.revenue).toBeCloseTo(21.6, 12);
    expect(miningRevenue(h, 1e-18, 2, 60).hashes).toBe(3e15 * 60);
    expect(message(() => miningRevenue(h, 1e-18))).toBe(
      'hashrate = "hour 3: NaN" is not allowed: finite hash/s in every hour',
    );
    expect(message(() => miningRevenue(h, -1e-18, 3))).toBe(
      'hashprice = -1e-18 is not allowed: a price ≥ 0 per hash',
    );
    expect(message(() => miningRevenue(h, 1e-18, 5))).toBe(
      'hashrate = "4 hours" is not allowed: at least 5 hourly values',
    );
    expect(firstBad(new Float64Array([1, 2]), 2)).toBe('none');
    // A zero hashprice is a price (nothing earned), not an error.
    expect(miningRevenue(h, 0, 3).revenue).toBe(0);
  });
});

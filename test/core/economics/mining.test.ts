import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { HASH_PER_PH_DAY, hashpriceFromNetwork, miningRevenue } from '../../../src/core/economics/mining';

describe('hashpriceFromNetwork', () => {
  it('gives revenue per PH/s per day from hashrate, price, subsidy and fees (hand calculation)', () => {
    // Hand: 144 blocks/day × (3.125 + 0.025) BTC × 90 000 USD = 40 824 000 USD/day for the whole network;
    // network = 1 ZH/s = 10⁶ PH/s → 40.824 USD per PH/s per day.
    const h = hashpriceFromNetwork({
      btcPrice: 90000,
      networkHashrate: 1e21,
      blockSubsidy: 3.125,
      feesPerBlock: 0.025,
    });
    expect(h.perPHday).toBeCloseTo(40.824, 9);
    expect(h.perHash * HASH_PER_PH_DAY).toBeCloseTo(40.824, 9);
    // BTC per hash: 3.15 BTC per block / (600 s × 10²¹ hash/s) = 5.25e-24 BTC/hash.
    expect(h.btcPerHash).toBeCloseTo(5.25e-24, 36);
  });

  it('gives the same from difficulty: H = D · 2³² / 600 (Bitcoin wiki "Difficulty")', () => {
    // D = 1.5e14 → H = 1.5e14 × 4 294 967 296 / 600 = 1.073741824e21 hash/s (≈ 1.07 ZH/s, [facts] late 2025).
    const D = 1.5e14;
    const h = hashpriceFromNetwork({
      btcPrice: 90000,
      difficulty: D,
      blockSubsidy: 3.125,
      feesPerBlock: 0.03,
    });
    expect(h.networkHashrate).toBeCloseTo(1.073741824e21, -9);
    // [facts] formula (per block): (S + F) · P / (D · 2³² / 600 / 10¹²) per TH/s, × 144 blocks per day:
    // 3.155 × 90 000 / (1.073741824e9 TH/s) × 144 = 0.0380800 USD/TH/day = 38.08 USD/PH/day, the late-2025
    // level [facts] quotes (~38 USD/PH/day).
    const perTHday = ((3.155 * 90000) / ((D * 2 ** 32) / 600 / 1e12)) * 144;
    expect(h.perPHday).toBeCloseTo(perTHday * 1000, 9);
    expect(h.perPHday).toBeCloseTo(38.08, 2);
  });

  it('asks for exactly one of hashrate and difficulty, naming the field', () => {
    const base = { btcPrice: 90000, blockSubsidy: 3.125, feesPerBlock: 0 };
    expect(() => hashpriceFromNetwork(base)).toThrow(InputError);
    expect(() => hashpriceFromNetwork(base)).toThrow(/difficulty = undefined/);
    expect(() => hashpriceFromNetwork({ ...base, networkHashrate: 1e21, difficulty: 1e14 })).toThrow(
      /difficulty = 100000000000000 .*give one of them/,
    );
    expect(() => hashpriceFromNetwork({ ...base, networkHashrate: 1e21, btcPrice: -5 })).toThrow(
      /btcPrice = -5/,
    );
  });
});

describe('miningRevenue', () => {
  it('is hashprice × constant hashrate × hours (the Manitoba pilot at 38 USD/PH/day)', () => {
    // Hand: 360 miners × 480 TH/s = 172.8 PH/s ([facts]); 172.8 PH/s × 38 USD/PH/day × 365 days
    // = 2 396 736 USD per year of 8760 h.
    const H = new Float64Array(8760).fill(172.8e15);
    const r = miningRevenue(H, 38 / HASH_PER_PH_DAY);
    expect(r.revenue).toBeCloseTo(2_396_736, 4);
    expect(r.hashes).toBeCloseTo(172.8e15 * 8760 * 3600, -10);
  });

  it('counts downtime: half the hours at zero halve the revenue', () => {
    const H = new Float64Array(48);
    for (let i = 0; i < 24; i++) H[i] = 1e15;
    // Hand: 1 PH/s for 24 h at 40 USD/PH/day = 40 USD.
    expect(miningRevenue(H, 40 / HASH_PER_PH_DAY).revenue).toBeCloseTo(40, 10);
    expect(miningRevenue(H, 40 / HASH_PER_PH_DAY, 12).revenue).toBeCloseTo(20, 10);
  });

  it('names the first bad hour', () => {
    const H = new Float64Array(5).fill(1e15);
    H[3] = Number.NaN;
    expect(() => miningRevenue(H, 1e-19)).toThrow(/hashrate = "hour 3: NaN"/);
    expect(() => miningRevenue(H, 1e-19, 6)).toThrow(/at least 6 hourly values/);
  });
});

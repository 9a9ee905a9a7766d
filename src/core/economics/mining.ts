/**
 * Bitcoin mining revenue: hashprice from network figures, revenue from an hourly hashrate series.
 *
 * Units: hashrate in hash/s; a "hashprice" inside the core is currency per hash computed (currency/hash).
 * The market quotes it per PH/s per day ("38 USD/PH/day", Luxor Hashrate Index; [facts]): multiply the
 * per-hash value by `HASH_PER_PH_DAY` (1 PH/s sustained for one day = 10¹⁵ × 86 400 hashes).
 */
import { InputError } from '../errors';

/** Hashes computed by 1 PH/s in one day: 10¹⁵ hash/s × 86 400 s. */
export const HASH_PER_PH_DAY = 1e15 * 86400;
/** Target block interval of the Bitcoin protocol, s (Nakamoto 2008; Bitcoin Core `nPowTargetSpacing`). */
export const BLOCK_INTERVAL = 600;
/** Hashes per unit of difficulty per block: 2³² (Bitcoin wiki "Difficulty": hashrate = D · 2³² / 600). */
export const HASHES_PER_DIFFICULTY = 2 ** 32;
/** Block subsidy since the April 2024 halving, BTC ([facts]). */
export const BLOCK_SUBSIDY_2024 = 3.125;

export interface NetworkFigures {
  /** Bitcoin price, currency per BTC. */
  btcPrice: number;
  /** Network hashrate, hash/s (give this or `difficulty`). */
  networkHashrate?: number;
  /** Network difficulty (dimensionless; give this or `networkHashrate`). */
  difficulty?: number;
  /** Block subsidy, BTC (3.125 since April 2024). */
  blockSubsidy: number;
  /** Average transaction fees per block, BTC. */
  feesPerBlock: number;
}

export interface Hashprice {
  /** Expected BTC earned per hash computed (before pool fees). */
  btcPerHash: number;
  /** Expected revenue per hash computed, currency/hash. */
  perHash: number;
  /** The same per PH/s per day, as the market quotes it (currency/PH/day). */
  perPHday: number;
  /** Network hashrate used, hash/s. */
  networkHashrate: number;
}

/**
 * Hashprice from network figures. Expected hashes per block = D · 2³² (Bitcoin wiki "Difficulty"), so the
 * network hashrate is H = D · 2³² / 600 s and one hash earns (S + F) / (D · 2³²) = (S + F) / (600 · H) BTC.
 * Per TH/s per day (the [facts] formula gives the per-block value; × 144 blocks per day):
 *   hashprice = (S + F) · P · 144 / (D · 2³² / 600 / 10¹²)   currency/TH/day
 * with S the block subsidy, F the mean fees per block (BTC), P the BTC price. Check: D = 1.5 × 10¹⁴
 * (H ≈ 1.07 ZH/s), S + F = 3.155 BTC, P = 90 000 USD → 38.1 USD/PH/day, the late-2025 level of [facts].
 */
export function hashpriceFromNetwork(n: NetworkFigures): Hashprice {
  const need = (field: string, x: number | undefined, min: number, allowed: string) => {
    if (x === undefined || !(Number.isFinite(x) && x >= min)) throw new InputError(field, x, allowed);
  };
  need('btcPrice', n.btcPrice, 0, 'a price ≥ 0 per BTC');
  need('blockSubsidy', n.blockSubsidy, 0, 'BTC ≥ 0 (3.125 since April 2024)');
  need('feesPerBlock', n.feesPerBlock, 0, 'BTC ≥ 0 per block');
  let h: number;
  if (n.networkHashrate !== undefined) {
    need('networkHashrate', n.networkHashrate, 1, 'a hashrate > 0, e.g. "1.05 ZH/s"');
    if (n.difficulty !== undefined) {
      throw new InputError(
        'difficulty',
        n.difficulty,
        'omitted when networkHashrate is given (give one of them)',
      );
    }
    h = n.networkHashrate;
  } else {
    need('difficulty', n.difficulty, 1, 'a difficulty ≥ 1 (or give networkHashrate instead)');
    h = (n.difficulty! * HASHES_PER_DIFFICULTY) / BLOCK_INTERVAL;
  }
  const btcPerHash = (n.blockSubsidy + n.feesPerBlock) / (BLOCK_INTERVAL * h);
  const perHash = btcPerHash * n.btcPrice;
  return { btcPerHash, perHash, perPHday: perHash * HASH_PER_PH_DAY, networkHashrate: h };
}

export interface MiningRevenue {
  /** Hashes computed, Σ Hᵢ·Δt. */
  hashes: number;
  /** Gross revenue (before pool fee), currency. */
  revenue: number;
}

/**
 * Gross mining revenue of an hourly hashrate series: R = p · Σᵢ Hᵢ · Δt, with Hᵢ the hour's mean hashrate
 * (hash/s, so downtime and throttling count), Δt = 3600 s and p the hashprice (currency/hash). The expected
 * value: pool payouts (FPPS) pay it less the pool fee; luck is not modelled. Uses the first `hours` entries.
 */
export function miningRevenue(
  hashrate: Float64Array,
  hashpricePerHash: number,
  hours = hashrate.length,
  dt = 3600,
): MiningRevenue {
  if (!(Number.isFinite(hashpricePerHash) && hashpricePerHash >= 0)) {
    throw new InputError('hashprice', hashpricePerHash, 'a price ≥ 0 per hash');
  }
  if (hours > hashrate.length) {
    throw new InputError('hashrate', `${hashrate.length} hours`, `at least ${hours} hourly values`);
  }
  let s = 0;
  for (let i = 0; i < hours; i++) s += hashrate[i]!;
  if (!Number.isFinite(s))
    throw new InputError('hashrate', firstBad(hashrate, hours), 'finite hash/s in every hour');
  const hashes = s * dt;
  return { hashes, revenue: hashes * hashpricePerHash };
}

/** "hour 17: NaN" for the first non-finite entry (error messages). */
export function firstBad(a: Float64Array, n: number): string {
  for (let i = 0; i < n; i++) if (!Number.isFinite(a[i])) return `hour ${i}: ${a[i]}`;
  return 'none';
}

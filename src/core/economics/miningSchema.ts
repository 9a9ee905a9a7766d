/**
 * The economics section's mining revenue: a hashprice, or the network figures (BTC price, hashrate or
 * difficulty, subsidy, fees) it is computed from; converted to the {@link MiningSource} of the results.
 */
import { z } from 'zod';
import type { MiningSource } from './economicsTypes';
import { HASH_PER_PH_DAY, BLOCK_SUBSIDY_2024, hashpriceFromNetwork } from './mining';
import { type Money, money, parseMoney, qty } from './money';

export const hashpriceField = money(
  [
    { per: '/PH/day', toSI: 1 / HASH_PER_PH_DAY },
    { per: '/(PH/s)/day', toSI: 1 / HASH_PER_PH_DAY },
  ],
  0,
  10_000,
  '38 USD/PH/day',
);
export const btcPriceField = money([{ per: '', toSI: 1 }], 0, 1e8, '90000 USD');

export const networkSchema = z.strictObject({
  btcPrice: btcPriceField,
  networkHashrate: qty(
    [{ unit: 'hash/s', toSI: 1 }],
    1e15,
    1e25,
    'between 1 PH/s and 10 YH/s (e.g. "1.05 ZH/s")',
  ).optional(),
  difficulty: z
    .number({ error: 'a difficulty ≥ 1 (e.g. 1.5e14)' })
    .min(1, { error: 'a difficulty ≥ 1 (e.g. 1.5e14)' })
    .optional(),
  blockSubsidy: z
    .number({ error: 'BTC between 0 and 50 (3.125 since April 2024)' })
    .min(0, { error: 'BTC between 0 and 50 (3.125 since April 2024)' })
    .max(50, { error: 'BTC between 0 and 50 (3.125 since April 2024)' })
    .default(BLOCK_SUBSIDY_2024),
  feesPerBlock: z
    .number({ error: 'BTC between 0 and 100 per block' })
    .min(0, { error: 'BTC between 0 and 100 per block' })
    .max(100, { error: 'BTC between 0 and 100 per block' })
    .default(0.03),
});

/** The mining fields as written (`hashprice`, `network`, `btcPrice`). */
export interface RawMining {
  hashprice?: Money | undefined;
  network?: z.output<typeof networkSchema> | undefined;
  btcPrice?: Money | undefined;
}

/**
 * The mining revenue source in the scenario currency (`conv` converts an amount to it), or undefined after
 * adding the issue to `ctx` (both hashprice and network; a BTC price beside network; neither or both of
 * network hashrate and difficulty).
 */
export function miningSourceOf(
  r: RawMining,
  conv: (m: Money) => number,
  ctx: z.RefinementCtx,
): MiningSource | undefined {
  if (r.network !== undefined) {
    if (r.hashprice !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'give either hashprice or network, not both',
        path: ['hashprice'],
      });
      return undefined;
    }
    if (r.btcPrice !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'with network, give the BTC price as network.btcPrice',
        path: ['btcPrice'],
      });
      return undefined;
    }
    const n = r.network;
    if ((n.networkHashrate === undefined) === (n.difficulty === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'give one of network.networkHashrate (e.g. "1.05 ZH/s") or network.difficulty (e.g. 1.5e14)',
        path: ['network'],
      });
      return undefined;
    }
    const btcPrice = conv(n.btcPrice);
    const h = hashpriceFromNetwork({
      btcPrice,
      networkHashrate: n.networkHashrate,
      difficulty: n.difficulty,
      blockSubsidy: n.blockSubsidy,
      feesPerBlock: n.feesPerBlock,
    });
    return {
      kind: 'network',
      perHash: h.perHash,
      btcPerHash: h.btcPerHash,
      btcPrice,
      networkHashrate: h.networkHashrate,
    };
  }
  const hp = r.hashprice ?? parseMoney('38 USD/PH/day', [{ per: '/PH/day', toSI: 1 / HASH_PER_PH_DAY }]);
  return {
    kind: 'hashprice',
    perHash: conv(hp),
    btcPrice: r.btcPrice === undefined ? undefined : conv(r.btcPrice),
  };
}

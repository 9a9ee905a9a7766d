/**
 * The economics section's capital costs: the capex lines (an amount, per W of nameplate, per TH/s, or per
 * miner) with their defaults, who pays the heat-recovery lines, and the miners' salvage value.
 */
import { z } from 'zod';
import { quantity } from '../units';
import { type Alt, errorText, type Money, parseMoney } from './money';

// ─── Capex lines ─────────────────────────────────────────────────────────────────────────────────────

export type CapexBasis = 'total' | 'perW' | 'perHashrate' | 'perUnit';
/** A capex line: `amount` in the scenario currency, per the basis (¤, ¤/W of nameplate, ¤/(hash/s), ¤/miner). */
export interface CapexLine {
  basis: CapexBasis;
  amount: number;
}

const CAPEX_ALTS: readonly Alt[] = [
  { per: '', toSI: 1 },
  { per: '/W', toSI: 1 },
  { per: '/TH', toSI: 1e-12 },
  { per: '/(TH/s)', toSI: 1e-12 },
];
const CAPEX_BASIS: readonly CapexBasis[] = ['total', 'perW', 'perHashrate', 'perHashrate'];
const CAPEX_HELP =
  'an amount ("60000 USD"), per MW of miner nameplate power ("700000 USD/MW"), per TH/s ("15 USD/TH"), or { "perUnit": "7000 USD" } per miner';
type CapexInput = string | number | { perUnit: string | number };

const capexLine = z.custom<CapexInput>().transform((v, ctx): { basis: CapexBasis; m: Money } => {
  let text: string | number;
  let perUnit = false;
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const keys = Object.keys(v);
    if (keys.length !== 1 || keys[0] !== 'perUnit') {
      ctx.addIssue({ code: 'custom', message: `expected ${CAPEX_HELP}` });
      return z.NEVER;
    }
    text = (v as { perUnit: string | number }).perUnit;
    perUnit = true;
  } else if (typeof v === 'string' || typeof v === 'number') {
    text = v;
  } else {
    ctx.addIssue({ code: 'custom', message: `expected ${CAPEX_HELP}` });
    return z.NEVER;
  }
  let m: Money;
  try {
    m = parseMoney(text, perUnit ? CAPEX_ALTS.slice(0, 1) : CAPEX_ALTS);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `${errorText(e)}; allowed: ${CAPEX_HELP}` });
    return z.NEVER;
  }
  if (!(m.v >= 0 && m.v < 1e12)) {
    ctx.addIssue({ code: 'custom', message: `out of range: allowed between 0 and 1e12; ${CAPEX_HELP}` });
    return z.NEVER;
  }
  return { basis: perUnit ? 'perUnit' : CAPEX_BASIS[m.alt]!, m };
});

export const CAPEX_LINES = [
  'miners',
  'containers',
  'plateExchanger',
  'piping',
  'dryCooler',
  'pumps',
  'installation',
  'other',
] as const;
export type CapexLineName = (typeof CAPEX_LINES)[number];
/** Lines that exist only to recover heat (paid by `heatRecoveryOwner`; the basis of the levelized cost of heat). */
export const HEAT_RECOVERY_LINES: readonly CapexLineName[] = ['plateExchanger', 'piping', 'installation'];

export const capexSchema = z.strictObject({
  miners: capexLine.prefault('15 USD/TH'),
  containers: capexLine.prefault('700000 USD/MW'),
  plateExchanger: capexLine.prefault('60000 USD'),
  piping: capexLine.prefault('80000 USD'),
  dryCooler: capexLine.prefault('0 USD'),
  pumps: capexLine.prefault('0 USD'),
  installation: capexLine.prefault('50000 USD'),
  other: capexLine.prefault('0 USD'),
  heatRecoveryOwner: z.enum(['operator', 'host']).default('operator'),
});

/** Miner resale value at the end of the horizon: a fraction of miner capex, or an amount (¤). */
export type MinerSalvage = { fraction: number } | { amount: number };

/**
 * `minerSalvage` as written ("30 %", 0.3, "500000 USD") → a fraction or an amount in the scenario currency
 * (`conv`), or undefined after adding the issue to `ctx`.
 */
export function minerSalvageOf(
  s: string | number,
  conv: (m: Money) => number,
  ctx: z.RefinementCtx,
): MinerSalvage | undefined {
  const issue = (message: string): undefined => {
    ctx.addIssue({ code: 'custom', message, path: ['minerSalvage'] });
    return undefined;
  };
  const allowed = 'allowed: a fraction of miner capex ("30 %") or an amount ("500000 USD")';
  const salvageAsFraction = typeof s === 'number' || !/[A-Za-z]/.test(s.replace(/pct|percent/g, ''));
  if (salvageAsFraction) {
    let f: number;
    try {
      f = quantity(s, '');
    } catch (e) {
      return issue(`${errorText(e)}; ${allowed}`);
    }
    if (!(f >= 0 && f <= 1))
      return issue('out of range: allowed between 0 and 1 (fraction of miner capex, e.g. "30 %")');
    return { fraction: f };
  }
  let m: Money;
  try {
    m = parseMoney(s, [{ per: '', toSI: 1 }]);
  } catch (e) {
    return issue(`${errorText(e)}; ${allowed}`);
  }
  if (!(m.v >= 0)) return issue('out of range: allowed an amount ≥ 0');
  return { amount: conv(m) };
}

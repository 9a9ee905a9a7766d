/**
 * `economics.risk`: the stochastic model of the Monte Carlo business case (core/risk). Every field has a
 * default with its source; the app's editor and `--set economics.risk.btcVolatility=0.6` edit them.
 *
 * Model (per sample, monthly steps over the horizon; see core/risk/paths.ts):
 *  - BTC price: geometric Brownian motion dP/P = μ dt + σ dW (Hull, "Options, Futures, and Other
 *    Derivatives", 10th ed., §14.3), exact log-normal steps.
 *  - Network difficulty: grows at a rate drawn once per sample, normal(mean, sd), compounded monthly.
 *  - Block subsidy: halves every 210 000 blocks (Bitcoin Core `nSubsidyHalvingInterval`), the next one
 *    `yearsToHalving` after the project start.
 *  - Hashprice ∝ (subsidy + fees) · price / difficulty (Bitcoin wiki "Difficulty"; core/economics/mining.ts).
 *  - Miner availability and electricity-price escalation: drawn once per sample, normal(mean, sd), clipped.
 */
import type { z } from 'zod';
import { fraction, quantity, section } from '../models/params/declare';

/** Blocks between halvings × 600 s target spacing = 4.0 years (Bitcoin Core `nSubsidyHalvingInterval`). */
export const HALVING_INTERVAL_YEARS = (210_000 * 600) / (365.25 * 86400);

const YEAR = 365.25 * 86400;

export const riskSection = section(
  'economics.risk',
  'Uncertainty of the business case (Monte Carlo, as the command-line tool’s heat-twin risk)',
  {
    btcDrift: quantity({
      unit: '',
      min: -1,
      max: 2,
      example: '0',
      default: 0,
      doc: 'Drift μ of the BTC price (geometric Brownian motion), per year',
      source: 'assumption: 0 %/year, no directional view on the BTC price',
    }),
    btcVolatility: quantity({
      unit: '',
      min: 0,
      max: 3,
      example: '50 %',
      default: 0.5,
      doc: 'Volatility σ of the BTC price (geometric Brownian motion), per √year',
      source:
        'assumption: 50 %/√year, the order of Bitcoin’s realised and implied (Deribit DVOL) annualised volatility in 2023–2025 (~40–60 %)',
    }),
    difficultyGrowth: quantity({
      unit: '',
      min: -0.9,
      max: 5,
      example: '30 %',
      default: 0.3,
      doc: 'Mean yearly growth of the network difficulty (hashrate)',
      source:
        'assumption: +30 %/year; the network hashrate rose from ~0.6 ZH/s (early 2024) to ~1.0–1.1 ZH/s (late 2025, public hashrate indices), about +40 %/year, growth slowing as hashprice fell',
    }),
    difficultyGrowthSd: quantity({
      unit: '',
      min: 0,
      max: 2,
      example: '15 %',
      default: 0.15,
      doc: 'Standard deviation of the yearly difficulty growth between samples',
      source: 'assumption: 15 %/year',
    }),
    yearsToHalving: quantity({
      unit: 's',
      min: 0,
      max: 10 * YEAR,
      example: '2.25 year',
      default: 2.25 * YEAR,
      doc: 'Time from the project start to the next halving (then every 210 000 blocks ≈ 4 years)',
      source:
        'Bitcoin protocol: next halving at block 1 050 000, expected around April 2028 at 10-minute blocks (subsidy 3.125 → 1.5625 BTC); project start January 2026 (the pilot was announced in January 2026, blocklore.co / sustainablebiz.ca)',
    }),
    feesPerBlock: quantity({
      unit: '',
      min: 0,
      max: 100,
      example: '0.03',
      default: 0.03,
      doc: 'Transaction fees per block, BTC (they do not halve)',
      source: 'assumption: 0.03 BTC of fees per block, order of late-2025 averages (as economics.network)',
    }),
    blockSubsidy: quantity({
      unit: '',
      min: 0,
      max: 50,
      example: '3.125',
      default: 3.125,
      doc: 'Block subsidy at the project start, BTC',
      source: 'Bitcoin protocol: 3.125 BTC since the April 2024 halving (block 840 000)',
    }),
    electricityEscalation: quantity({
      unit: '',
      min: -0.5,
      max: 1,
      example: '3 %',
      default: 0.03,
      doc: 'Mean yearly electricity-price escalation',
      source:
        'assumption: +3 %/year, the order of Manitoba Hydro’s general rate increases requested in 2023–2025 (3.5 %/year)',
    }),
    electricityEscalationSd: quantity({
      unit: '',
      min: 0,
      max: 1,
      example: '2 %',
      default: 0.02,
      doc: 'Standard deviation of the yearly electricity escalation between samples',
      source: 'assumption: 2 %/year',
    }),
    availability: fraction({
      min: 0,
      max: 1,
      default: 0.95,
      doc: 'Mean miner availability (uptime) over the horizon',
      source: 'the pilot’s 95 % uptime target (blocklore.co, sustainablebiz.ca, January 2026)',
    }),
    availabilitySd: fraction({
      min: 0,
      max: 0.5,
      default: 0.03,
      doc: 'Standard deviation of the availability between samples (clipped to 0–1)',
      source: 'assumption: 3 percentage points',
    }),
  },
  {},
);

/** The risk parameters in SI (rates per year, times in s). */
export type RiskParams = z.output<typeof riskSection.schema>;

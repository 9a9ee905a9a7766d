/**
 * The scenario's `economics` section: zod 4 schema (unit strings in, SI numbers in the scenario's currency
 * out) with sourced defaults for the Manitoba pilot.
 *
 * Money is written with its currency as a mathjs unit ("0.035 USD/kWh", "38 USD/PH/day", "12.33 CAD/kVA");
 * an amount written in the other currency is converted with `exchangeRate` (CAD per USD); a bare number is
 * taken in the scenario's currency and in the field's first unit (e.g. per kWh). Output units (SI, scenario
 * currency "¤"): energy prices ¤/J, hashprice ¤/hash, demand charge ¤/W (or ¤/VA) per month, CO₂ kg/J,
 * carbon price ¤/kg, capex ¤ (or ¤/W, ¤/(hash/s), ¤/unit), fixed opex ¤/year.
 *
 * Every default is listed with its source in `ECONOMICS_SOURCES` ("FACTS.md: …", "derived: …",
 * "assumption: …").
 */
import { z } from 'zod';
import { InputError } from '../errors';
import { parseQuantity, quantity } from '../units';
import { NATURAL_GAS_CO2_PER_M3, NATURAL_GAS_J_PER_M3, PROPANE_CO2_PER_L, PROPANE_J_PER_L } from './fuel';
import { BLOCK_SUBSIDY_2024, HASH_PER_PH_DAY, hashpriceFromNetwork } from './mining';
import { type DemandCharge, J_PER_KWH, type Tariff, WEEKDAYS } from './tariff';
import { valueAt } from '../models/paths';
import { type RiskParams, riskSection } from './riskParams';

export const CURRENCIES = ['USD', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Where each default comes from (shown next to results; "assumption:" marks engineering judgement). */
export const ECONOMICS_SOURCES: Record<string, string> = {
  currency:
    'assumption: USD, the currency the pilot’s energy price and the hashprice are quoted in (FACTS.md)',
  exchangeRate:
    'assumption: 1.38 CAD per USD, order of the Bank of Canada daily rate in late 2025 (≈ 1.38–1.41); update to the date of the study',
  hashprice: 'FACTS.md: ~US$38/PH/day in late November 2025 (a five-year low, Luxor Hashrate Index)',
  'network.blockSubsidy': 'FACTS.md: 3.125 BTC since April 2024',
  'network.feesPerBlock':
    'assumption: 0.03 BTC of fees per block, order of late-2025 averages; check a block explorer',
  poolFee: 'assumption: 2 %, typical of FPPS pool fees (range ~0–4 %)',
  electricityPrice: 'FACTS.md: energy cost quoted for the pilot, US$0.035/kWh (Canaan via news aggregators)',
  'demandCharge.price':
    'FACTS.md: Manitoba Hydro general service small (demand), $12.33/kVA (April 2024); none by default since the quoted US$0.035/kWh is all-in',
  'demandCharge.powerFactor': 'assumption: 0.95 (server power supplies with active PFC run near unity)',
  naturalGasPrice:
    'assumption: CAD 0.30/m³ all-in (primary gas + transportation + distribution, Manitoba Hydro/Centra rate structure; the primary gas rate alone was 7.6–20.6 ¢/m³ in 2018–2022)',
  propanePrice: 'assumption: CAD 0.70/L delivered bulk propane, Manitoba; check a current supplier quote',
  gridCo2:
    'assumption: 0.002 kg CO₂e/kWh for Manitoba’s ~97 % hydro grid (order of ECCC National Inventory Report Annex 13 consumption intensity); check the current NIR',
  naturalGasCo2: 'FACTS.md: 1.966 kg CO₂ per m³ of natural gas',
  propaneCo2:
    'ECCC National Inventory Report, Annex 6: propane 1.515 kg CO₂/L (cross-check US EPA 40 CFR 98 Table NN-1: 1.518 kg/L)',
  carbonPrice: 'FACTS.md: the federal fuel charge went to $0 on 1 April 2025',
  heatContract: 'assumption: heat given free to the host (the pilot’s terms were not published)',
  'capex.miners':
    'assumption: US$15 per TH/s for current-generation hydro miners (order of Luxor Hashrate Index ASIC Price Index for the most efficient tier); check current quotes',
  'capex.containers':
    'FACTS.md: a bitcoin mine costs $0.7–1 M per MW (seed article); the low end, taken as containers, electrical and site works per MW of miner nameplate power, excluding miners (assumption)',
  'capex.plateExchanger':
    'when not given: Turton et al. (2009) Table A.1 flat-plate exchanger cost vs the scenario area, CEPCI-escalated to 2023 (economics/capex.ts); the default below (US$60 000, a budget order of magnitude) only when the hardware cannot be read',
  'capex.piping':
    'assumption: US$80 000 for insulated piping between the container yard and the boiler house',
  'capex.dryCooler':
    'when not given: Turton et al. (2009) Table A.1 air-cooler cost vs area (rated UA / 700 W/m²K, GPSA Sec. 10), CEPCI-escalated to 2023 (economics/capex.ts)',
  'capex.pumps':
    'when not given: Turton et al. (2009) Table A.1 centrifugal-pump cost vs shaft power, one per loop, CEPCI-escalated to 2023 (economics/capex.ts)',
  'capex.installation': 'assumption: US$50 000 for installing the heat-recovery connection',
  'capex.heatRecoveryOwner': 'assumption: the mining operator pays the heat-recovery equipment',
  'opex.maintenance': 'assumption: 2 % of capex per year',
  horizonYears: 'FACTS.md: the pilot runs a 24-month term',
  discountRate: 'assumption: 10 % per year (a common hurdle rate for mining projects)',
  minerSalvage: 'assumption: miners resold for 30 % of their cost at the end of the horizon',
};

// ─── Field builders ──────────────────────────────────────────────────────────────────────────────────

/** A money amount as parsed, before conversion to the scenario currency. */
interface Money {
  /** Amount per SI unit of the field, in `cur` (undefined: written without currency = scenario currency). */
  v: number;
  cur: Currency | undefined;
  /** Index of the unit alternative that matched. */
  alt: number;
  /** The text as written. */
  text: string | number;
}

interface Alt {
  /** The unit after the currency, in mathjs syntax ('/kWh', '/PH/day', '' for a plain amount). */
  per: string;
  /** Multiplies the amount in currency·per to give currency per SI unit. */
  toSI: number;
}

function parseMoney(text: string | number, alts: readonly Alt[]): Money {
  if (typeof text === 'number') {
    if (!Number.isFinite(text)) throw new Error('not a finite number');
    return { v: text * alts[0]!.toSI, cur: undefined, alt: 0, text };
  }
  const u = parseQuantity(text);
  if (typeof u === 'number') return { v: u * alts[0]!.toSI, cur: undefined, alt: 0, text };
  for (const cur of CURRENCIES) {
    for (let k = 0; k < alts.length; k++) {
      try {
        const n = u.toNumber(`${cur}${alts[k]!.per}`);
        if (Number.isFinite(n)) return { v: n * alts[k]!.toSI, cur, alt: k, text };
      } catch {
        // try the next unit
      }
    }
  }
  throw new Error(`not an amount in ${alts.map((a) => `USD${a.per} or CAD${a.per}`).join(', or ')}`);
}

function errorText(e: unknown): string {
  return e instanceof InputError ? e.allowed : (e as Error).message;
}

/**
 * A money field: an amount with its currency and unit ("0.035 USD/kWh"; cents are not a unit: write
 * "0.04671 CAD/kWh"), or a bare number in the scenario currency and the unit of `alts[0]`. `min`/`max` are
 * in the unit of `alts[0]`, checked in the currency as written (USD and CAD differ by < 1.5×).
 */
function money(alts: readonly Alt[], min: number, max: number, example: string) {
  const shown = alts[0]!.per === '' ? '' : ` per ${alts[0]!.per.slice(1)}`;
  const allowed = `between ${min} and ${max} USD or CAD${shown} (e.g. "${example}")`;
  return z
    .union([z.string(), z.number()], { error: `a money amount ${allowed}` })
    .transform((v, ctx): Money => {
      let m: Money;
      try {
        m = parseMoney(v, alts);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `${errorText(e)}; allowed: ${allowed}` });
        return z.NEVER;
      }
      const lo = min * alts[0]!.toSI;
      const hi = max * alts[0]!.toSI;
      if (!(m.v >= lo * (1 - 1e-12) && m.v <= hi * (1 + 1e-12))) {
        ctx.addIssue({ code: 'custom', message: `out of range: allowed ${allowed}` });
        return z.NEVER;
      }
      return m;
    });
}

/** A physical quantity in SI `unit` (or one of `alts`, each with its factor to SI), within [min, max] SI. */
function qty(alts: readonly { unit: string; toSI: number }[], min: number, max: number, allowedText: string) {
  return z.union([z.string(), z.number()], { error: allowedText }).transform((v, ctx) => {
    let x: number | undefined;
    let err = '';
    for (const a of alts) {
      try {
        x = quantity(v, a.unit) * a.toSI;
        break;
      } catch (e) {
        err ||= errorText(e);
      }
    }
    if (x === undefined) {
      ctx.addIssue({ code: 'custom', message: `${err}; allowed: ${allowedText}` });
      return z.NEVER;
    }
    if (!(x >= min * (1 - 1e-12) && x <= max * (1 + 1e-12))) {
      ctx.addIssue({ code: 'custom', message: `out of range: allowed ${allowedText}` });
      return z.NEVER;
    }
    return x;
  });
}

/** A plain fraction, written 0.02 or "2 %". */
const fraction = (min: number, max: number, example: string) =>
  qty([{ unit: '', toSI: 1 }], min, max, `between ${min} and ${max} (fraction; e.g. "${example}")`);

const KWH: Alt = { per: '/kWh', toSI: 1 / J_PER_KWH };
const energyPrice = money([KWH], 0, 10, '0.035 USD/kWh');
/** Hourly market prices may go negative. */
const HOURLY_MIN = -10;
const HOURLY_MAX = 100;

// ─── Electricity price: flat | time-of-use | hourly ──────────────────────────────────────────────────

/** A tariff before currency conversion: money amounts still carry their currency. */
type RawTariff =
  | { type: 'flat'; price: Money }
  | {
      type: 'tou';
      peak: Money;
      offPeak: Money;
      peakStart: number;
      peakEnd: number;
      weekdaysOnly: boolean;
      firstWeekday: number;
    }
  | { type: 'hourly'; prices: Float64Array; cur: Currency | undefined };

const hourOfDay = z
  .number({ error: 'a whole hour of the day from 0 to 24' })
  .int({ error: 'a whole hour of the day from 0 to 24' })
  .min(0, { error: 'a whole hour of the day from 0 to 24' })
  .max(24, { error: 'a whole hour of the day from 0 to 24' });

const touSchema = z.strictObject({
  peak: energyPrice,
  offPeak: energyPrice,
  /** [start, end) hours of the day, e.g. [7, 23]. */
  peakHours: z.tuple([hourOfDay, hourOfDay], { error: 'two hours [start, end), e.g. [7, 23]' }),
  weekdaysOnly: z.boolean().default(true),
  /** Day of the week of 1 January of the simulated year (default: 2026, the pilot's first year, a Thursday). */
  firstWeekday: z.enum(WEEKDAYS).default('thu'),
});

const hourlyObjectSchema = z.strictObject({
  hourly: z.array(z.number({ error: 'a price (number) for every hour' })).min(1),
  /** Unit of the numbers, e.g. "CAD/MWh" (default: the scenario currency per kWh). */
  unit: z.string().optional(),
});

export type ElectricityPriceInput =
  | string
  | number
  | number[]
  | z.input<typeof touSchema>
  | z.input<typeof hourlyObjectSchema>;

const TARIFF_HELP =
  'a price ("0.035 USD/kWh"), an hourly series (array of prices in the scenario currency per kWh, or { "hourly": [...], "unit": "CAD/MWh" }), or time-of-use { "peak", "offPeak", "peakHours": [7, 23] }';

function hourlyArray(
  values: readonly number[],
  scale: number,
  ctx: z.RefinementCtx,
  path: (string | number)[],
) {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const x = values[i]! * scale;
    if (!(Number.isFinite(x) && x >= HOURLY_MIN * KWH.toSI * (1 + 1e-12) && x <= HOURLY_MAX * KWH.toSI)) {
      ctx.addIssue({
        code: 'custom',
        message: `hour ${i} price ${values[i]} is outside ${HOURLY_MIN} to ${HOURLY_MAX} per kWh`,
        path: [...path, i],
      });
      return undefined;
    }
    out[i] = x;
  }
  return out;
}

const tariffSchema = z.custom<ElectricityPriceInput>().transform((v, ctx): RawTariff => {
  if (typeof v === 'string' || typeof v === 'number') {
    const r = energyPrice.safeParse(v);
    if (!r.success) return forward(ctx, r.error);
    return { type: 'flat', price: r.data };
  }
  if (Array.isArray(v)) {
    const r = z
      .array(z.number({ error: 'a price (number) for every hour' }))
      .min(1)
      .safeParse(v);
    if (!r.success) return forward(ctx, r.error);
    const prices = hourlyArray(r.data, KWH.toSI, ctx, []);
    return prices ? { type: 'hourly', prices, cur: undefined } : z.NEVER;
  }
  if (typeof v === 'object' && v !== null && 'hourly' in v) {
    const r = hourlyObjectSchema.safeParse(v);
    if (!r.success) return forward(ctx, r.error);
    let unit: Money = { v: KWH.toSI, cur: undefined, alt: 0, text: 1 };
    if (r.data.unit !== undefined) {
      try {
        unit = parseMoney(`1 ${r.data.unit}`, [KWH]);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `${errorText(e)}; e.g. "CAD/MWh"`, path: ['unit'] });
        return z.NEVER;
      }
    }
    const prices = hourlyArray(r.data.hourly, unit.v, ctx, ['hourly']);
    return prices ? { type: 'hourly', prices, cur: unit.cur } : z.NEVER;
  }
  if (typeof v === 'object' && v !== null) {
    const r = touSchema.safeParse(v);
    if (!r.success) return forward(ctx, r.error);
    const t = r.data;
    if (t.peakHours[0] === t.peakHours[1]) {
      ctx.addIssue({ code: 'custom', message: 'peak hours [start, end) must differ', path: ['peakHours'] });
      return z.NEVER;
    }
    return {
      type: 'tou',
      peak: t.peak,
      offPeak: t.offPeak,
      peakStart: t.peakHours[0],
      peakEnd: t.peakHours[1],
      weekdaysOnly: t.weekdaysOnly,
      firstWeekday: WEEKDAYS.indexOf(t.firstWeekday),
    };
  }
  ctx.addIssue({ code: 'custom', message: `expected ${TARIFF_HELP}` });
  return z.NEVER;
});

function forward(ctx: z.RefinementCtx, err: z.ZodError): never {
  for (const i of err.issues) {
    ctx.addIssue({ code: 'custom', message: i.message, path: i.path as (string | number)[] });
  }
  return z.NEVER as never;
}

// ─── Mining revenue ──────────────────────────────────────────────────────────────────────────────────

const hashpriceField = money(
  [
    { per: '/PH/day', toSI: 1 / HASH_PER_PH_DAY },
    { per: '/(PH/s)/day', toSI: 1 / HASH_PER_PH_DAY },
  ],
  0,
  10_000,
  '38 USD/PH/day',
);
const btcPriceField = money([{ per: '', toSI: 1 }], 0, 1e8, '90000 USD');

const networkSchema = z.strictObject({
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

const capexSchema = z.strictObject({
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

const perYear = money(
  [
    { per: '/year', toSI: 1 },
    { per: '', toSI: 1 },
  ],
  0,
  1e10,
  '120000 USD/year',
);

const growth = fraction(-0.9, 1, '-20 %').default(0);

// ─── The schema ──────────────────────────────────────────────────────────────────────────────────────

const rawSchema = z.strictObject({
  currency: z.enum(CURRENCIES, { error: 'USD or CAD' }).default('USD'),
  /** CAD per USD. */
  exchangeRate: qty([{ unit: '', toSI: 1 }], 0.1, 10, 'between 0.1 and 10 CAD per USD (e.g. 1.38)').default(
    1.38,
  ),
  /** Hashprice per PH/s per day (the default when neither this nor `network` is given: 38 USD/PH/day). */
  hashprice: hashpriceField.optional(),
  /** Or revenue from network figures. */
  network: networkSchema.optional(),
  /** BTC price, only for the cost per BTC when revenue comes from `hashprice`. */
  btcPrice: btcPriceField.optional(),
  poolFee: fraction(0, 0.5, '2 %').default(0.02),
  electricityPrice: tariffSchema.prefault('0.035 USD/kWh'),
  demandCharge: z
    .strictObject({
      /** Per kW (or per kVA when written so) of the month's peak, per month: "12.33 CAD/kVA". */
      price: z.union([z.string(), z.number()], {
        error: 'a price per kW or kVA of the month\'s peak, per month (e.g. "12.33 CAD/kVA")',
      }),
      powerFactor: fraction(0.1, 1, '0.95').default(0.95),
      /** Demand not charged each month, kW or kVA. */
      allowance: qty([{ unit: 'W', toSI: 1 }], 0, 1e9, 'between 0 and 1 GW (e.g. "50 kVA")').default(0),
    })
    .optional(),
  /** Electricity price of an electric backup boiler (default: `electricityPrice`). */
  backupElectricityPrice: tariffSchema.optional(),
  naturalGasPrice: money(
    [
      { per: '/GJ', toSI: 1e-9 },
      { per: '/m^3', toSI: 1 / NATURAL_GAS_J_PER_M3 },
    ],
    0,
    200,
    '8 CAD/GJ',
  ).prefault('0.30 CAD/m^3'),
  propanePrice: money(
    [
      { per: '/L', toSI: 1 / PROPANE_J_PER_L },
      { per: '/GJ', toSI: 1e-9 },
    ],
    0,
    20,
    '0.70 CAD/L',
  ).prefault('0.70 CAD/L'),
  gridCo2: qty(
    [{ unit: 'kg/J', toSI: 1 }],
    0,
    2 / J_PER_KWH,
    'between 0 and 2 kg/kWh (e.g. "0.002 kg/kWh")',
  ).prefault('0.002 kg/kWh'),
  naturalGasCo2: qty(
    [
      { unit: 'kg/m^3', toSI: 1 / NATURAL_GAS_J_PER_M3 },
      { unit: 'kg/J', toSI: 1 },
    ],
    0,
    200e-9,
    'between 0 and 200 kg/GJ (e.g. "1.966 kg/m^3" or "52.8 kg/GJ")',
  ).prefault(`${NATURAL_GAS_CO2_PER_M3} kg/m^3`),
  propaneCo2: qty(
    [
      { unit: 'kg/L', toSI: 1 / PROPANE_J_PER_L },
      { unit: 'kg/J', toSI: 1 },
    ],
    0,
    200e-9,
    'between 0 and 200 kg/GJ (e.g. "1.515 kg/L" or "59.9 kg/GJ")',
  ).prefault(`${PROPANE_CO2_PER_L} kg/L`),
  /** Carbon price on combustion CO₂ (fuel charge), per tonne. */
  carbonPrice: money([{ per: '/t', toSI: 1e-3 }], 0, 2000, '80 CAD/t').prefault('0 CAD/t'),
  heatContract: z
    .discriminatedUnion('type', [
      z.strictObject({
        type: z.literal('price'),
        price: money([{ per: '/MWh', toSI: 1 / 3.6e9 }], 0, 2000, '20 CAD/MWh'),
      }),
      z.strictObject({ type: z.literal('free') }),
      /** The host pays the operator `share` of its avoided backup cost. */
      z.strictObject({ type: z.literal('share-of-savings'), share: fraction(0, 1, '50 %') }),
    ])
    .prefault({ type: 'free' }),
  capex: capexSchema.prefault({}),
  opex: z
    .strictObject({
      /** Maintenance per year as a fraction of each party's capex. */
      maintenance: fraction(0, 0.5, '2 %').default(0.02),
      /** Other fixed operator costs per year (staff, insurance, site lease). */
      operatorFixed: perYear.prefault('0 USD/year'),
      /** Fixed host costs per year caused by the heat connection. */
      hostFixed: perYear.prefault('0 USD/year'),
    })
    .prefault({}),
  horizonYears: z
    .number({ error: 'a whole number of years from 1 to 50' })
    .int({ error: 'a whole number of years from 1 to 50' })
    .min(1, { error: 'a whole number of years from 1 to 50' })
    .max(50, { error: 'a whole number of years from 1 to 50' })
    .default(2),
  discountRate: fraction(-0.5, 1, '10 %').default(0.1),
  /** Yearly change of each price (year n = year 1 × (1 + g)^(n − 1)). */
  escalation: z
    .strictObject({
      hashprice: growth,
      electricity: growth,
      fuel: growth,
      heatPrice: growth,
      opex: growth,
    })
    .prefault({}),
  /** Miner resale value at the end of the horizon: a fraction of miner capex ("30 %", 0.3) or an amount ("500000 USD"). */
  minerSalvage: z.union([z.string(), z.number()]).default('30 %'),
  /** Stochastic model of the Monte Carlo business case (./riskParams.ts). */
  risk: riskSection.schema,
});

// ─── Output ──────────────────────────────────────────────────────────────────────────────────────────

export type MiningSource =
  | { kind: 'hashprice'; perHash: number; btcPrice: number | undefined }
  | { kind: 'network'; perHash: number; btcPerHash: number; btcPrice: number; networkHashrate: number };

export type HeatContract =
  /** The host pays `price` (¤/J) for every joule of miner heat delivered. */
  | { type: 'price'; price: number }
  | { type: 'free' }
  /** The host pays the operator `share` of its avoided backup cost. */
  | { type: 'share-of-savings'; share: number };

/** The economics section in SI units and the scenario's currency (¤). */
export interface Economics {
  currency: Currency;
  /** CAD per USD. */
  exchangeRate: number;
  mining: MiningSource;
  poolFee: number;
  electricity: Tariff;
  demandCharge: DemandCharge | undefined;
  backupElectricity: Tariff;
  /** ¤/J (HHV). */
  naturalGasPrice: number;
  /** ¤/J (HHV). */
  propanePrice: number;
  /** kg/J. */
  gridCo2: number;
  naturalGasCo2: number;
  propaneCo2: number;
  /** ¤/kg CO₂ of combustion (gas, propane). */
  carbonPrice: number;
  heatContract: HeatContract;
  capex: Record<CapexLineName, CapexLine>;
  heatRecoveryOwner: 'operator' | 'host';
  opex: { maintenance: number; operatorFixed: number; hostFixed: number };
  horizonYears: number;
  discountRate: number;
  escalation: { hashprice: number; electricity: number; fuel: number; heatPrice: number; opex: number };
  minerSalvage: { fraction: number } | { amount: number };
  risk: RiskParams;
}

function toCurrency(m: Money, to: Currency, cadPerUsd: number): number {
  if (m.cur === undefined || m.cur === to) return m.v;
  return m.cur === 'USD' ? m.v * cadPerUsd : m.v / cadPerUsd;
}

export const economicsSchema = rawSchema.transform((r, ctx): Economics => {
  const cur = r.currency;
  const conv = (m: Money) => toCurrency(m, cur, r.exchangeRate);
  const tariff = (t: RawTariff): Tariff => {
    if (t.type === 'flat') return { type: 'flat', price: conv(t.price) };
    if (t.type === 'tou') {
      const { type, peak, offPeak, ...rest } = t;
      return { type, peak: conv(peak), offPeak: conv(offPeak), ...rest };
    }
    const f = toCurrency({ v: 1, cur: t.cur, alt: 0, text: 1 }, cur, r.exchangeRate);
    if (f !== 1) for (let i = 0; i < t.prices.length; i++) t.prices[i]! *= f;
    return { type: 'hourly', prices: t.prices };
  };

  let mining: MiningSource;
  if (r.network !== undefined) {
    if (r.hashprice !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'give either hashprice or network, not both',
        path: ['hashprice'],
      });
      return z.NEVER;
    }
    if (r.btcPrice !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'with network, give the BTC price as network.btcPrice',
        path: ['btcPrice'],
      });
      return z.NEVER;
    }
    const n = r.network;
    if ((n.networkHashrate === undefined) === (n.difficulty === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'give one of network.networkHashrate (e.g. "1.05 ZH/s") or network.difficulty (e.g. 1.5e14)',
        path: ['network'],
      });
      return z.NEVER;
    }
    const btcPrice = conv(n.btcPrice);
    const h = hashpriceFromNetwork({
      btcPrice,
      networkHashrate: n.networkHashrate,
      difficulty: n.difficulty,
      blockSubsidy: n.blockSubsidy,
      feesPerBlock: n.feesPerBlock,
    });
    mining = {
      kind: 'network',
      perHash: h.perHash,
      btcPerHash: h.btcPerHash,
      btcPrice,
      networkHashrate: h.networkHashrate,
    };
  } else {
    const hp = r.hashprice ?? parseMoney('38 USD/PH/day', [{ per: '/PH/day', toSI: 1 / HASH_PER_PH_DAY }]);
    mining = {
      kind: 'hashprice',
      perHash: conv(hp),
      btcPrice: r.btcPrice === undefined ? undefined : conv(r.btcPrice),
    };
  }

  let demandCharge: DemandCharge | undefined;
  if (r.demandCharge !== undefined) {
    const d = r.demandCharge;
    let m: Money;
    try {
      m = parseMoney(d.price, [
        { per: '/kW', toSI: 1e-3 },
        { per: '/kW/month', toSI: 1e-3 },
      ]);
    } catch (e) {
      ctx.addIssue({
        code: 'custom',
        message: `${errorText(e)}; allowed: a price per kW or kVA of the month's peak, e.g. "12.33 CAD/kVA"`,
        path: ['demandCharge', 'price'],
      });
      return z.NEVER;
    }
    if (!(m.v >= 0 && m.v <= 1)) {
      ctx.addIssue({
        code: 'custom',
        message: 'out of range: allowed between 0 and 1000 USD or CAD per kW (or kVA) per month',
        path: ['demandCharge', 'price'],
      });
      return z.NEVER;
    }
    const perKva = typeof d.price === 'string' && /VA\b/.test(d.price);
    demandCharge = { price: conv(m), perKva, powerFactor: d.powerFactor, allowance: d.allowance };
  }

  let heatContract: HeatContract;
  const hc = r.heatContract;
  if (hc.type === 'price') heatContract = { type: 'price', price: conv(hc.price) };
  else if (hc.type === 'share-of-savings') heatContract = { type: 'share-of-savings', share: hc.share };
  else heatContract = { type: 'free' };

  const capex = {} as Record<CapexLineName, CapexLine>;
  for (const k of CAPEX_LINES) capex[k] = { basis: r.capex[k].basis, amount: conv(r.capex[k].m) };

  let minerSalvage: Economics['minerSalvage'];
  const s = r.minerSalvage;
  const salvageAsFraction = typeof s === 'number' || !/[A-Za-z]/.test(s.replace(/pct|percent/g, ''));
  if (salvageAsFraction) {
    let f: number;
    try {
      f = quantity(s, '');
    } catch (e) {
      ctx.addIssue({
        code: 'custom',
        message: `${errorText(e)}; allowed: a fraction of miner capex ("30 %") or an amount ("500000 USD")`,
        path: ['minerSalvage'],
      });
      return z.NEVER;
    }
    if (!(f >= 0 && f <= 1)) {
      ctx.addIssue({
        code: 'custom',
        message: 'out of range: allowed between 0 and 1 (fraction of miner capex, e.g. "30 %")',
        path: ['minerSalvage'],
      });
      return z.NEVER;
    }
    minerSalvage = { fraction: f };
  } else {
    let m: Money;
    try {
      m = parseMoney(s, [{ per: '', toSI: 1 }]);
    } catch (e) {
      ctx.addIssue({
        code: 'custom',
        message: `${errorText(e)}; allowed: a fraction of miner capex ("30 %") or an amount ("500000 USD")`,
        path: ['minerSalvage'],
      });
      return z.NEVER;
    }
    if (!(m.v >= 0)) {
      ctx.addIssue({
        code: 'custom',
        message: 'out of range: allowed an amount ≥ 0',
        path: ['minerSalvage'],
      });
      return z.NEVER;
    }
    minerSalvage = { amount: conv(m) };
  }

  const electricity = tariff(r.electricityPrice);
  return {
    currency: cur,
    exchangeRate: r.exchangeRate,
    mining,
    poolFee: r.poolFee,
    electricity,
    demandCharge,
    backupElectricity:
      r.backupElectricityPrice === undefined ? electricity : tariff(r.backupElectricityPrice),
    naturalGasPrice: conv(r.naturalGasPrice),
    propanePrice: conv(r.propanePrice),
    gridCo2: r.gridCo2,
    naturalGasCo2: r.naturalGasCo2,
    propaneCo2: r.propaneCo2,
    carbonPrice: conv(r.carbonPrice),
    heatContract,
    capex,
    heatRecoveryOwner: r.capex.heatRecoveryOwner,
    opex: {
      maintenance: r.opex.maintenance,
      operatorFixed: conv(r.opex.operatorFixed),
      hostFixed: conv(r.opex.hostFixed),
    },
    horizonYears: r.horizonYears,
    discountRate: r.discountRate,
    escalation: r.escalation,
    minerSalvage,
    risk: r.risk,
  };
});

/** The economics section as written in scenario JSON (unit strings). */
export type EconomicsInput = z.input<typeof economicsSchema>;

/**
 * Validate an economics section (the scenario's `economics`, or `undefined` for all defaults) and return it
 * in SI units and the scenario currency. Throws InputError naming the first bad field as
 * `economics.<path>`, the value given and the allowed range; the message lists every bad field.
 */
export function parseEconomics(input: unknown = {}): Economics {
  const r = economicsSchema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({
    path: `economics${i.path.length ? `.${i.path.map(String).join('.')}` : ''}`,
    value: valueAt(input, i.path),
    message: i.message,
  }));
  const first = issues[0]!;
  const err = new InputError(first.path, first.value, first.message);
  // One line per bad field, "(missing)" for absent values (as ScenarioError shows them).
  const line = (i: (typeof issues)[number]) => `${i.path} = ${show(i.value)} is not allowed: ${i.message}`;
  err.message = issues.map(line).join('\n');
  throw err;
}

function show(v: unknown): string {
  if (v === undefined) return '(missing)';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

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
 * Every default is listed with its source in `ECONOMICS_SOURCES` ("[facts] …" from models/SOURCES.md, "derived: …",
 * "assumption: …").
 */
import { z } from 'zod';
import { InputError } from '../errors';
import { valueAt } from '../models/paths';
import { CAPEX_LINES, type CapexLine, type CapexLineName, capexSchema, minerSalvageOf } from './capexSchema';
import type { Economics, HeatContract } from './economicsTypes';
import { NATURAL_GAS_CO2_PER_M3, NATURAL_GAS_J_PER_M3, PROPANE_CO2_PER_L, PROPANE_J_PER_L } from './fuel';
import { btcPriceField, hashpriceField, miningSourceOf, networkSchema } from './miningSchema';
import { CURRENCIES, fraction, type Money, money, qty, toCurrency } from './money';
import { riskSection } from './riskParams';
import { type DemandCharge, J_PER_KWH } from './tariff';
import { demandChargeOf, tariffIn, tariffSchema } from './tariffSchema';

export {
  CAPEX_LINES,
  type CapexBasis,
  type CapexLine,
  type CapexLineName,
  HEAT_RECOVERY_LINES,
  type MinerSalvage,
} from './capexSchema';
export type { Economics, HeatContract, MiningSource } from './economicsTypes';
export { CURRENCIES, type Currency } from './money';
export { ECONOMICS_SOURCES } from './sources';
export type { ElectricityPriceInput } from './tariffSchema';

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

export const economicsSchema = rawSchema.transform((r, ctx): Economics => {
  const cur = r.currency;
  const conv = (m: Money) => toCurrency(m, cur, r.exchangeRate);

  // Every check runs before any failure returns, so that one parse lists every bad field.
  const mining = miningSourceOf(r, conv, ctx);
  const demandCharge: DemandCharge | undefined =
    r.demandCharge === undefined ? undefined : demandChargeOf(r.demandCharge, conv, ctx);
  const minerSalvage = minerSalvageOf(r.minerSalvage, conv, ctx);
  if (
    mining === undefined ||
    (r.demandCharge !== undefined && demandCharge === undefined) ||
    minerSalvage === undefined
  ) {
    return z.NEVER;
  }

  let heatContract: HeatContract;
  const hc = r.heatContract;
  if (hc.type === 'price') heatContract = { type: 'price', price: conv(hc.price) };
  else if (hc.type === 'share-of-savings') heatContract = { type: 'share-of-savings', share: hc.share };
  else heatContract = { type: 'free' };

  const capex = {} as Record<CapexLineName, CapexLine>;
  for (const k of CAPEX_LINES) capex[k] = { basis: r.capex[k].basis, amount: conv(r.capex[k].m) };

  const electricity = tariffIn(r.electricityPrice, cur, r.exchangeRate);
  return {
    currency: cur,
    exchangeRate: r.exchangeRate,
    mining,
    poolFee: r.poolFee,
    electricity,
    demandCharge,
    backupElectricity:
      r.backupElectricityPrice === undefined
        ? electricity
        : tariffIn(r.backupElectricityPrice, cur, r.exchangeRate),
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

/**
 * The economics section's electricity price: flat, time-of-use or hourly, as written (money amounts still in
 * the currency they were written in), and its conversion to a {@link Tariff} in the scenario currency.
 */
import { z } from 'zod';
import { type Alt, type Currency, errorText, type Money, money, parseMoney, toCurrency } from './money';
import { type DemandCharge, J_PER_KWH, type Tariff, WEEKDAYS } from './tariff';

export const KWH: Alt = { per: '/kWh', toSI: 1 / J_PER_KWH };
const energyPrice = money([KWH], 0, 10, '0.035 USD/kWh');
/** Hourly market prices may go negative. */
const HOURLY_MIN = -10;
const HOURLY_MAX = 100;

/** A tariff before currency conversion: money amounts still carry their currency. */
export type RawTariff =
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

export const tariffSchema = z.custom<ElectricityPriceInput>().transform((v, ctx): RawTariff => {
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

/** A tariff as written → a {@link Tariff} in currency `to` (`cadPerUsd`: CAD per USD). */
export function tariffIn(t: RawTariff, to: Currency, cadPerUsd: number): Tariff {
  const conv = (m: Money) => toCurrency(m, to, cadPerUsd);
  if (t.type === 'flat') return { type: 'flat', price: conv(t.price) };
  if (t.type === 'tou') {
    const { type, peak, offPeak, ...rest } = t;
    return { type, peak: conv(peak), offPeak: conv(offPeak), ...rest };
  }
  const f = toCurrency({ v: 1, cur: t.cur, alt: 0, text: 1 }, to, cadPerUsd);
  if (f !== 1) for (let i = 0; i < t.prices.length; i++) t.prices[i]! *= f;
  return { type: 'hourly', prices: t.prices };
}

/** An energy unit in a price's text: Wh (any prefix, any case), VAh, J, BTU, therm. */
const ENERGY_UNIT = /(?:[wW][hH]|VAh|J|BTU|[tT]herms?)\b/;

/** `demandCharge` as written (a price per kW or kVA of the month's peak, per month). */
export interface RawDemandCharge {
  price: string | number;
  powerFactor: number;
  allowance: number;
}

/**
 * The demand charge in the scenario currency (`conv`), or undefined after adding the issue to `ctx` (a price
 * that is not per kW or kVA, or out of range).
 */
export function demandChargeOf(
  d: RawDemandCharge,
  conv: (m: Money) => number,
  ctx: z.RefinementCtx,
): DemandCharge | undefined {
  if (typeof d.price === 'string' && ENERGY_UNIT.test(d.price)) {
    // kWh = kW·h, so "0.01 USD/kWh" would convert without complaint to 7.3 USD per kW per month
    ctx.addIssue({
      code: 'custom',
      message: `a price per unit of energy is an energy price (electricityPrice); allowed: a price per kW or kVA of the month's peak, per month, e.g. "12.33 CAD/kVA"`,
      path: ['demandCharge', 'price'],
    });
    return undefined;
  }
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
    return undefined;
  }
  if (!(m.v >= 0 && m.v <= 1)) {
    ctx.addIssue({
      code: 'custom',
      message: 'out of range: allowed between 0 and 1000 USD or CAD per kW (or kVA) per month',
      path: ['demandCharge', 'price'],
    });
    return undefined;
  }
  const perKva = typeof d.price === 'string' && /VA\b/.test(d.price);
  return { price: conv(m), perKva, powerFactor: d.powerFactor, allowance: d.allowance };
}

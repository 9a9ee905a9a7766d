/**
 * Electricity tariffs over an hourly series: flat, time-of-use, hourly (market) prices, and a monthly
 * demand charge on the month's peak. Prices inside the core are currency per joule (SI); the schema
 * converts "0.035 USD/kWh" (1 kWh = 3.6 × 10⁶ J).
 *
 * Calendar: hour i of a series covers [i mod 24, i mod 24 + 1) local standard time of day d = ⌊i / 24⌋,
 * which matches EPW/TMY files (hour 1 = the hour ending 01:00). Months follow a non-leap year from
 * 1 January (hours beyond 8760 count as December). Public holidays are not modelled.
 */
import { InputError } from '../errors';
import { DAYS_IN_MONTH } from '../weather/calendar';

export const J_PER_KWH = 3.6e6;

/** Days of the week, 0 = Sunday (JavaScript `Date.getDay` order). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type Tariff =
  /** One price for every hour, currency/J. */
  | { type: 'flat'; price: number }
  /**
   * Two prices by time of day: `peak` (currency/J) for hours h with peakStart ≤ h < peakEnd (wrapping past
   * midnight when peakStart > peakEnd), on weekdays only when `weekdaysOnly`; `offPeak` otherwise.
   * `firstWeekday`: day of week of the series' first day (0 = Sunday).
   */
  | {
      type: 'tou';
      peak: number;
      offPeak: number;
      peakStart: number;
      peakEnd: number;
      weekdaysOnly: boolean;
      firstWeekday: number;
    }
  /** One price per hour (e.g. a market price series), currency/J; at least as long as the simulation. */
  | { type: 'hourly'; prices: Float64Array };

/**
 * Monthly demand charge on the month's highest hourly-mean load: charge = price · max(0, peak − allowance),
 * with peak in kW (or in kVA = kW / powerFactor when `perKva`), e.g. Manitoba Hydro general service small,
 * $12.33 per kVA ([facts], April 2024 rates). `price` is currency per W (per VA) per month, `allowance` in
 * W (VA). Utilities bill the peak 15-min or 30-min demand; an hourly mean understates it slightly.
 */
export interface DemandCharge {
  price: number;
  perKva: boolean;
  powerFactor: number;
  allowance: number;
}

/** First hour of each month in a non-leap year (0, 744, 1416, …) and the year's end (8760). */
export const MONTH_START_HOUR: readonly number[] = (() => {
  const s = [0];
  for (const d of DAYS_IN_MONTH) s.push(s[s.length - 1]! + 24 * d);
  return s;
})();

/** Price of hour `i` of the series, currency/J. */
export function priceAt(t: Tariff, i: number): number {
  switch (t.type) {
    case 'flat':
      return t.price;
    case 'hourly':
      return t.prices[i]!;
    case 'tou': {
      const h = i % 24;
      if (t.weekdaysOnly) {
        const wd = (t.firstWeekday + Math.floor(i / 24)) % 7;
        if (wd === 0 || wd === 6) return t.offPeak;
      }
      const inPeak =
        t.peakStart <= t.peakEnd ? h >= t.peakStart && h < t.peakEnd : h >= t.peakStart || h < t.peakEnd;
      return inPeak ? t.peak : t.offPeak;
    }
  }
}

/** Throws unless the tariff covers `hours` (an hourly series must be at least that long). */
export function checkTariff(t: Tariff, hours: number, field = 'economics.electricityPrice'): void {
  if (t.type === 'hourly' && t.prices.length < hours) {
    throw new InputError(
      field,
      `${t.prices.length} hourly prices`,
      `at least ${hours} values, one per simulated hour (pad or trim the price file)`,
    );
  }
}

export interface ElectricityCost {
  /** Energy drawn, J. */
  energy: number;
  /** Energy charges Σ Pᵢ · Δt · priceᵢ, currency. */
  energyCost: number;
  /** Demand charges over the months covered, currency (0 without a demand charge). */
  demandCost: number;
  /** Highest hourly-mean load of each month, W (0 for months the series does not reach). */
  monthlyPeak: Float64Array;
  /** Demand charge of each month, currency (partly covered months prorated by hours covered). */
  monthlyDemandCost: Float64Array;
}

/**
 * Cost of drawing the hourly mean power `load` (W; one series, or several summed hour by hour, e.g.
 * miners + auxiliaries) under `tariff`: energy charges Σᵢ Pᵢ · 3600 s · priceᵢ plus, when given, a monthly
 * demand charge on each month's peak (see `DemandCharge`). A month the series covers only partly is billed
 * in proportion to the hours covered (so a one-week preview extrapolates sensibly).
 */
export function electricityCost(
  load: Float64Array | readonly Float64Array[],
  tariff: Tariff,
  options: { hours?: number; demand?: DemandCharge | undefined } = {},
): ElectricityCost {
  const series = load instanceof Float64Array ? [load] : load;
  if (series.length === 0) throw new InputError('load', '[]', 'at least one power series');
  const hours = options.hours ?? series[0]!.length;
  for (const s of series) {
    if (s.length < hours)
      throw new InputError('load', `${s.length} hours`, `at least ${hours} hourly values`);
  }
  checkTariff(tariff, hours);
  const a = series[0]!;
  const b = series.length > 1 ? series[1]! : undefined;
  const monthlyPeak = new Float64Array(12);
  const covered = new Float64Array(12);
  let energy = 0;
  let cost = 0;
  let m = 0;
  let next = MONTH_START_HOUR[1]!;
  for (let i = 0; i < hours; i++) {
    if (i >= next && m < 11) {
      m++;
      next = MONTH_START_HOUR[m + 1]!;
    }
    let p = a[i]! + (b === undefined ? 0 : b[i]!);
    for (let k = 2; k < series.length; k++) p += series[k]![i]!;
    const e = p * 3600;
    energy += e;
    cost += e * priceAt(tariff, i);
    if (p > monthlyPeak[m]!) monthlyPeak[m] = p;
    covered[m]!++;
  }
  if (!Number.isFinite(cost))
    throw new InputError('load', badHour(series, tariff, hours), 'finite W and prices in every hour');
  const monthlyDemandCost = new Float64Array(12);
  let demandCost = 0;
  const d = options.demand;
  if (d) {
    for (let k = 0; k < 12; k++) {
      if (covered[k] === 0) continue;
      const billed = Math.max(
        0,
        (d.perKva ? monthlyPeak[k]! / d.powerFactor : monthlyPeak[k]!) - d.allowance,
      );
      monthlyDemandCost[k] = d.price * billed * Math.min(1, covered[k]! / (24 * DAYS_IN_MONTH[k]!));
      demandCost += monthlyDemandCost[k]!;
    }
  }
  return { energy, energyCost: cost, demandCost, monthlyPeak, monthlyDemandCost };
}

function badHour(series: readonly Float64Array[], t: Tariff, hours: number): string {
  for (let i = 0; i < hours; i++) {
    for (const s of series) if (!Number.isFinite(s[i])) return `hour ${i}: ${s[i]} W`;
    if (!Number.isFinite(priceAt(t, i))) return `hour ${i}: price ${priceAt(t, i)}`;
  }
  return 'none';
}

/** The tariff's price of each hour in currency/kWh (e.g. for the simulation's price-based curtailment). */
export function electricityPriceSeries(tariff: Tariff, hours: number): Float64Array {
  checkTariff(tariff, hours);
  const out = new Float64Array(hours);
  for (let i = 0; i < hours; i++) out[i] = priceAt(tariff, i) * J_PER_KWH;
  return out;
}

/**
 * Read an hourly price file into currency/kWh, one value per hour in file order.
 *
 * Accepted: one number per line; or delimited rows (`,` `;` or tab) with an optional header line. The price
 * column is `options.column` (header name or 0-based index), else the header cell containing "price", else
 * the last column; other columns (timestamps, …) are ignored. The header's unit scales the values: "MWh"
 * → ÷ 1000, "¢" or "cent" → ÷ 100; otherwise the values are taken as currency/kWh. Blank lines and lines
 * starting with `#` are skipped. Decimal commas are not accepted. Errors name the 1-based line number.
 */
export function parsePriceCsv(text: string, options: { column?: string | number } = {}): Float64Array {
  const lines = text.split(/\r?\n/);
  const values: number[] = [];
  let delim: RegExp | undefined;
  let col = -1;
  let divisor = 1;
  let sawHeaderOrData = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!delim) delim = line.includes('\t') ? /\t/ : line.includes(';') ? /;/ : /,/;
    const cells = line.split(delim).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    if (!sawHeaderOrData) {
      sawHeaderOrData = true;
      // A header row has no number in it ("timestamp,price"); a data row has at least the price.
      const isHeader = cells.every((c) => c === '' || !Number.isFinite(Number(c)));
      col = pickColumn(cells, isHeader, options.column, n + 1);
      if (isHeader) {
        const h = cells[col]!;
        if (/MWh/i.test(h)) divisor = 1000;
        else if (/¢|cent/i.test(h)) divisor = 100;
        continue;
      }
    }
    const cell = cells[col];
    const x = cell === undefined || cell === '' ? Number.NaN : Number(cell);
    if (!Number.isFinite(x)) {
      throw new InputError(
        `price file line ${n + 1}`,
        cell ?? line,
        `a number (price per kWh) in column ${col + 1}; the line reads ${JSON.stringify(lines[n]!.trim())}`,
      );
    }
    values.push(x / divisor);
  }
  if (values.length === 0) throw new InputError('price file', text.slice(0, 40), 'at least one price line');
  return Float64Array.from(values);
}

function pickColumn(
  cells: string[],
  isHeader: boolean,
  column: string | number | undefined,
  line: number,
): number {
  if (typeof column === 'number') {
    if (!(Number.isInteger(column) && column >= 0 && column < cells.length)) {
      throw new InputError(
        'price file column',
        column,
        `a column index from 0 to ${cells.length - 1} (line ${line})`,
      );
    }
    return column;
  }
  if (typeof column === 'string') {
    const k = isHeader ? cells.findIndex((c) => c.toLowerCase() === column.toLowerCase()) : -1;
    if (k < 0)
      throw new InputError('price file column', column, `one of the header's columns: ${cells.join(', ')}`);
    return k;
  }
  if (isHeader) {
    const k = cells.findIndex((c) => /price/i.test(c));
    if (k >= 0) return k;
  }
  return cells.length - 1;
}

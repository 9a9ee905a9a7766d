/**
 * Goodness of fit of a simulation against measurements, as ASHRAE Guideline 14-2014 (Measurement of
 * Energy, Demand, and Water Savings) defines it for calibrated simulation:
 *
 *   NMBE      = Σ (mᵢ − sᵢ) / ((n − p) · m̄)
 *   CV(RMSE)  = √( Σ (mᵢ − sᵢ)² / (n − p) ) / m̄
 *
 * m measured, s simulated, m̄ the mean of the measured values, n the number of paired values and p the
 * number of adjustable model parameters (G14 annex B "uncertainty" statistics; the same definitions are
 * reproduced as eqs. (1)–(2) in Ruiz & Bandera, "Validation of calibrated energy models: common errors",
 * Energies 10 (2017) 1587). Positive NMBE: the model under-predicts. We use p = the number of fitted
 * parameters for a calibration and p = 1 when only scoring.
 *
 * Criteria (G14-2014 section 5.3.2.4, "calibrated simulation"): monthly |NMBE| ≤ 5 % and CV(RMSE) ≤ 15 %;
 * hourly |NMBE| ≤ 10 % and CV(RMSE) ≤ 30 %. R² is the square of Pearson's correlation of measured and
 * simulated values; IPMVP recommends R² ≥ 0.75 for a calibrated model (as tabulated by Ruiz & Bandera 2017,
 * table 1).
 *
 * Monthly values: sums (powers, energies) or means (temperatures) of the hours where both are known, in
 * months with at least MIN_MONTH_HOURS such hours. Temperatures are scored in °C (their mean in kelvin
 * would make CV(RMSE) meaninglessly small); G14's criteria are for energy use, so temperature series get
 * no verdict.
 */
import { ZERO_CELSIUS } from '../errors';
import type { MeasuredSeries } from './import';

export interface FitStats {
  /** Paired values. */
  n: number;
  nmbe: number;
  cvrmse: number;
  r2: number;
  /** Root-mean-square error in the series' unit (SI, K for temperatures), with n − p. */
  rmse: number;
  /** Mean of the measured values (°C for temperatures). */
  meanMeasured: number;
}

export interface SeriesScore {
  series: string;
  column: string;
  siUnit: string;
  hourly: FitStats;
  monthly: FitStats | undefined;
  /** G14 verdict (undefined for temperatures: the criteria are for energy use). */
  meetsHourly: boolean | undefined;
  meetsMonthly: boolean | undefined;
}

export const G14 = {
  monthly: { nmbe: 0.05, cvrmse: 0.15 },
  hourly: { nmbe: 0.1, cvrmse: 0.3 },
  r2: 0.75,
} as const;

export const MIN_MONTH_HOURS = 24;

/** G14 statistics of paired arrays (NaN in either excludes the pair), p adjustable parameters. */
export function fitStats(measured: ArrayLike<number>, simulated: ArrayLike<number>, p: number): FitStats {
  let n = 0;
  let sm = 0;
  let ss = 0;
  for (let i = 0; i < measured.length; i++) {
    const m = measured[i]!;
    const s = simulated[i]!;
    if (Number.isNaN(m) || Number.isNaN(s)) continue;
    n++;
    sm += m;
    ss += s;
  }
  if (n <= p)
    return {
      n,
      nmbe: Number.NaN,
      cvrmse: Number.NaN,
      r2: Number.NaN,
      rmse: Number.NaN,
      meanMeasured: Number.NaN,
    };
  const mBar = sm / n;
  const sBar = ss / n;
  let bias = 0;
  let sq = 0;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < measured.length; i++) {
    const m = measured[i]!;
    const s = simulated[i]!;
    if (Number.isNaN(m) || Number.isNaN(s)) continue;
    bias += m - s;
    sq += (m - s) ** 2;
    sxy += (m - mBar) * (s - sBar);
    sxx += (m - mBar) ** 2;
    syy += (s - sBar) ** 2;
  }
  const rmse = Math.sqrt(sq / (n - p));
  return {
    n,
    nmbe: bias / ((n - p) * mBar),
    cvrmse: rmse / mBar,
    r2: sxx > 0 && syy > 0 ? (sxy * sxy) / (sxx * syy) : Number.NaN,
    rmse,
    meanMeasured: mBar,
  };
}

/** Month (1–12) of each weather row. */
export type MonthOf = ArrayLike<number>;

/** Paired monthly sums (or means with `mean`) over the hours where both are known. */
export function monthlyPairs(
  measured: ArrayLike<number>,
  simulated: ArrayLike<number>,
  monthOf: MonthOf,
  mean: boolean,
): { measured: number[]; simulated: number[] } {
  const sm = new Array<number>(13).fill(0);
  const ss = new Array<number>(13).fill(0);
  const cnt = new Array<number>(13).fill(0);
  for (let i = 0; i < measured.length; i++) {
    const m = measured[i]!;
    const s = simulated[i]!;
    if (Number.isNaN(m) || Number.isNaN(s)) continue;
    const k = monthOf[i]!;
    sm[k]! += m;
    ss[k]! += s;
    cnt[k]!++;
  }
  const out = { measured: [] as number[], simulated: [] as number[] };
  for (let k = 1; k <= 12; k++) {
    if (cnt[k]! < MIN_MONTH_HOURS) continue;
    out.measured.push(mean ? sm[k]! / cnt[k]! : sm[k]!);
    out.simulated.push(mean ? ss[k]! / cnt[k]! : ss[k]!);
  }
  return out;
}

const K0 = ZERO_CELSIUS;
const toCelsius = (a: ArrayLike<number>): Float64Array =>
  Float64Array.from(a as ArrayLike<number>, (x) => x - K0);

/** Scores of one measured series against its simulated hourly series (same rows), p parameters. */
export function scoreSeries(
  m: MeasuredSeries,
  simulated: ArrayLike<number>,
  monthOf: MonthOf,
  p: number,
): SeriesScore {
  const temperature = m.siUnit === 'K';
  const mv = temperature ? toCelsius(m.values) : m.values;
  const sv = temperature ? toCelsius(simulated) : simulated;
  const hourly = fitStats(mv, sv, p);
  const mp = monthlyPairs(mv, sv, monthOf, temperature);
  const monthly = mp.measured.length > p ? fitStats(mp.measured, mp.simulated, p) : undefined;
  const meets = (s: FitStats | undefined, c: { nmbe: number; cvrmse: number }): boolean | undefined =>
    temperature || !s ? undefined : Math.abs(s.nmbe) <= c.nmbe && s.cvrmse <= c.cvrmse;
  return {
    series: m.series,
    column: m.column,
    siUnit: m.siUnit,
    hourly,
    monthly,
    meetsHourly: meets(hourly, G14.hourly),
    meetsMonthly: meets(monthly, G14.monthly),
  };
}

/** True when every scored energy series meets G14's hourly criteria (and monthly, where there are months). */
export function isCalibrated(scores: readonly SeriesScore[]): boolean {
  const energy = scores.filter((s) => s.meetsHourly !== undefined);
  return energy.length > 0 && energy.every((s) => s.meetsHourly && s.meetsMonthly !== false);
}

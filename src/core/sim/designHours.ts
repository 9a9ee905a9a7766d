/**
 * The design hours of an annual run: its ⌈0.4 %⌉ coldest hours, the heating design condition of ASHRAE's
 * climatic design data (the 99.6 % annual heating dry-bulb is exceeded in all but 0.4 % of the year's hours:
 * ⌈0.4 % × 8,760⌉ = 36 hours; ASHRAE Handbook—Fundamentals 2021, ch. 14). The greenhouse's load at them is the design load the
 * plant is sized for (the exchanger size study, the design-day report, the `designGreenhouseLoad_kW` KPI).
 */
import type { SimulationResult } from './types';

/** Share of the hours that defines the design hours (ASHRAE 99.6 % heating design condition). */
export const DESIGN_HOUR_SHARE = 0.004;

/** What the design hours of one annual run look like. */
export interface DesignHours {
  /** Number of hours averaged. */
  hours: number;
  /** Mean outdoor temperature over them, K. */
  outdoorT: number;
  /** Mean heat taken by the greenhouse circuit, W. */
  load: number;
  /** Load-weighted mean return temperature of the greenhouse circuit, K. */
  returnT: number;
}

/**
 * The design hours of an annual run: the ⌈0.4 % × hours⌉ coldest hours (ties by hour order), their mean
 * outdoor temperature, mean greenhouse load and load-weighted mean return temperature.
 */
export function designHours(
  result: Pick<SimulationResult, 'hours'> & {
    series: Pick<SimulationResult['series'], 'outdoorT' | 'greenhouseHeatDemand' | 'greenhouseReturnT'>;
  },
): DesignHours {
  const n = Math.max(1, Math.ceil(DESIGN_HOUR_SHARE * result.hours - 1e-9));
  const s = result.series;
  const idx = coldestHours(s.outdoorT, result.hours, n);
  let tOut = 0;
  let load = 0;
  let ret = 0;
  let retPlain = 0;
  for (const i of idx) {
    tOut += s.outdoorT[i]!;
    load += s.greenhouseHeatDemand[i]!;
    ret += s.greenhouseHeatDemand[i]! * s.greenhouseReturnT[i]!;
    retPlain += s.greenhouseReturnT[i]!;
  }
  return {
    hours: n,
    outdoorT: tOut / n,
    load: load / n,
    returnT: load > 0 ? ret / load : retPlain / n,
  };
}

/**
 * The n coldest of the first `hours` hours, coldest first, ties by hour order: the first n of the hours sorted by
 * (temperature, hour). The n-th smallest temperature is read from a native numeric sort of a copy (no comparator
 * calls: 8,760 hours in ≈ 0.3 ms against ≈ 2 ms for sorting the indices with one); the hours below it, and those
 * at it in hour order until n, are then sorted as before — the same hours in the same order, so the sums above
 * add in the same order.
 */
function coldestHours(t: Float64Array, hours: number, n: number): number[] {
  const v = t.slice(0, hours).sort();
  const cut = v[Math.min(n, hours) - 1]!;
  const below: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < hours; i++) {
    const x = t[i]!;
    if (x < cut) below.push(i);
    else if (x === cut && at.length < n) at.push(i);
  }
  below.sort((a, b) => t[a]! - t[b]! || a - b);
  return below.concat(at).slice(0, n);
}

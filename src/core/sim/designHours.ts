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
  const idx = Array.from({ length: result.hours }, (_, i) => i).sort(
    (a, b) => s.outdoorT[a]! - s.outdoorT[b]! || a - b,
  );
  let tOut = 0;
  let load = 0;
  let ret = 0;
  let retPlain = 0;
  for (const i of idx.slice(0, n)) {
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

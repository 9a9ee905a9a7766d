/**
 * Synthetic telemetry for examples and tests: a simulation's hourly series written the way a site's logger
 * would (a cumulative heat meter in MWh, powers in kW, a temperature in °C), with seeded Gaussian noise and
 * gaps, stamped in the site's local clock (daylight saving through a named zone, or standard time).
 *
 * Each row is the hour's mean, stamped at the hour's start (the import's convention); the meter column is
 * the running total at that stamp (energy of all earlier hours), so consecutive differences are hourly
 * energies.
 */
import { ZERO_CELSIUS } from '../errors';
import type { SimulationResult } from '../sim/simulate';
import type { WeatherYear } from '../weather/epw';
import { CSV_EOL } from '../export/csv';
import { HOUR_MS, ZoneClock } from './time';

export interface SyntheticOptions {
  /** Calendar year of the stamps (a non-leap year keeps the weather year's 8760 rows). */
  year: number;
  /** Seed of the noise and the gaps. */
  seed: number;
  /** Relative σ of the power / energy noise (e.g. 0.02 = 2 % of each value). */
  powerNoise: number;
  /** σ of the temperature noise, K. */
  temperatureNoise: number;
  /** Share of single cells left empty (sensor drop-outs). */
  dropout: number;
  /** Outages: whole days with no row at all, [first day of year (0-based), number of days]. */
  outages: readonly (readonly [number, number])[];
  /** IANA zone for local clock stamps with DST; undefined: ISO 8601 stamps with the standard offset. */
  zone?: string;
}

/** Mulberry32 (Tommy Ettinger's 32-bit generator, public domain): a small seeded uniform PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviates by the Box–Muller transform (Box & Muller, Ann. Math. Stat. 29 (1958) 610). */
function gaussian(u: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function stamp(instant: number, std: number, zone: ZoneClock | undefined): string {
  if (!zone) {
    const d = new Date(instant + std);
    const off = std / HOUR_MS;
    const sign = off < 0 ? '-' : '+';
    const oh = Math.floor(Math.abs(off));
    const om = Math.round((Math.abs(off) - oh) * 60);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:00${sign}${pad(oh)}:${pad(om)}`;
  }
  const d = new Date(instant + zone.offsetAt(instant));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The synthetic telemetry CSV of `result` on `weather` (hour i = weather row i). */
export function syntheticTelemetryCsv(
  result: Pick<SimulationResult, 'series' | 'hours'>,
  weather: Pick<WeatherYear, 'month' | 'day' | 'hour' | 'location'>,
  o: SyntheticOptions,
): string {
  const u = mulberry32(o.seed);
  const z = gaussian(u);
  const zone = o.zone ? new ZoneClock(o.zone) : undefined;
  const std = weather.location.timeZone * HOUR_MS;
  const heat = result.series.heatToGreenhouse;
  const backup = result.series.backupHeat;
  const cold = result.series.hxColdOutT;
  const out: string[] = [`time,Heat meter 1 [MWh],backupHeat_kW,hxColdOutT_C${CSV_EOL}`];
  let meter = 1234.5; // the meter's reading when the year starts, MWh
  const cell = (x: number, digits: number): string => (u() < o.dropout ? '' : x.toFixed(digits));
  for (let i = 0; i < result.hours; i++) {
    const dayOfYear = Math.floor(i / 24);
    const inOutage = o.outages.some(([d0, n]) => dayOfYear >= d0 && dayOfYear < d0 + n);
    const instant = Date.UTC(o.year, weather.month[i]! - 1, weather.day[i]!, weather.hour[i]! - 1) - std;
    // The meter counts on through outages (it is the logger that is down).
    const meterText = cell(meter, 4);
    const hourMWh = Math.max(0, (heat[i]! * (1 + o.powerNoise * z())) / 1e6); // W over 1 h → MWh
    meter += hourMWh;
    if (inOutage) {
      u();
      u();
      continue;
    }
    const b = Math.max(0, (backup[i]! / 1e3) * (1 + o.powerNoise * z()));
    const t = cold[i]! - ZERO_CELSIUS + o.temperatureNoise * z();
    out.push(`${stamp(instant, std, zone)},${meterText},${cell(b, 2)},${cell(t, 2)}${CSV_EOL}`);
  }
  return out.join('');
}

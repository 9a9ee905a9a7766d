/**
 * Undisturbed ground temperatures of an EPW file's GROUND TEMPERATURES record ([energyplus-epw] data
 * dictionary: number of depths, then per depth: depth m, soil conductivity, density, specific heat (may be
 * blank), and 12 monthly means °C). The Weather Converter computes them from the file's own air temperatures;
 * GreenLight uses the 2 m series as its deep-soil boundary (Katzin 2021; `energy_plus.py`), and so does the
 * greenhouse model here.
 */
import { InputError, ZERO_CELSIUS } from '../errors';

export interface GroundTemperatures {
  /** Depth below the surface, m. */
  readonly depth: number;
  /** Monthly means January … December (°C in the raw file record, K after `buildWeatherYear`). */
  readonly monthly: readonly number[];
}

/** Parse the fields of a "GROUND TEMPERATURES,…" header line; throws InputError naming the field. */
export function parseGroundTemperatures(fields: readonly string[], where = 'EPW'): GroundTemperatures[] {
  const n = Number(fields[1]);
  if (!Number.isInteger(n) || n < 0 || n > 20) {
    throw new InputError(
      `${where} GROUND TEMPERATURES number of depths`,
      fields[1] ?? '',
      'a whole number 0–20',
    );
  }
  const out: GroundTemperatures[] = [];
  for (let k = 0; k < n; k++) {
    const base = 2 + k * 16;
    const depth = Number(fields[base]);
    if (!(depth > 0 && depth < 100)) {
      throw new InputError(
        `${where} GROUND TEMPERATURES depth ${k + 1}`,
        fields[base] ?? '',
        'a depth 0–100 m',
      );
    }
    const monthly: number[] = [];
    for (let m = 0; m < 12; m++) {
      const t = Number(fields[base + 4 + m]);
      if (!(t > -70 && t < 70)) {
        throw new InputError(
          `${where} GROUND TEMPERATURES depth ${depth} m, month ${m + 1}`,
          fields[base + 4 + m] ?? '',
          'a temperature between −70 and 70 °C',
        );
      }
      monthly.push(t);
    }
    out.push({ depth, monthly });
  }
  return out;
}

/** The same records in kelvin. */
export function groundInKelvin(
  g: readonly GroundTemperatures[] | undefined,
): GroundTemperatures[] | undefined {
  return g?.map((x) => ({ depth: x.depth, monthly: x.monthly.map((t) => t + ZERO_CELSIUS) }));
}

/** Mid-month day of year of a 365-day year (1 January = day 1). */
const MID = [16, 45.5, 75, 105.5, 136, 166.5, 197, 228, 258.5, 289, 319.5, 350];

/**
 * Hourly deep-soil temperature at the depth nearest `depth` (default 2 m), linear between mid-month values and
 * cyclic over the year; `undefined` when the file had no ground temperatures.
 */
export function deepGroundTemperature(
  ground: readonly GroundTemperatures[] | undefined,
  dayOfYear: Float64Array,
  hour: Float64Array,
  depth = 2,
): Float64Array | undefined {
  if (!ground || ground.length === 0) return undefined;
  let best = ground[0]!;
  for (const g of ground) if (Math.abs(g.depth - depth) < Math.abs(best.depth - depth)) best = g;
  const out = new Float64Array(dayOfYear.length);
  for (let i = 0; i < out.length; i++) {
    const d = dayOfYear[i]! + (hour[i]! - 0.5) / 24 - 1;
    let m1 = 0;
    while (m1 < 12 && MID[m1]! <= d) m1++;
    const m0 = (m1 + 11) % 12;
    const d0 = m1 === 0 ? MID[11]! - 365 : MID[m0]!;
    const d1 = m1 === 12 ? MID[0]! + 365 : MID[m1]!;
    const f = (d - d0) / (d1 - d0);
    out[i] = best.monthly[m0]! * (1 - f) + best.monthly[m1 % 12]! * f;
  }
  return out;
}

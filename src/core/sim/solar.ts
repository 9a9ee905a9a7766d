/** Light into the greenhouse through its sloped, angle-dependent cover, hour by hour (cached per weather year). */
import type { CoverPreset } from '../greenhouse/covers';
import { coverFromNormalTransmittance, gableRoofTransmission } from '../weather/irradiance';
import type { WeatherYear } from '../weather/epw';
import { weatherSolarGeometry } from '../weather/solar';

/** Refractive index and number of sheets of each cover preset (Duffie & Beckman §5.1; polycarbonate 1.586). */
const COVER_SHEETS: Record<string, { n: number; sheets: number }> = {
  'single-glass': { n: 1.526, sheets: 1 },
  'double-glass': { n: 1.526, sheets: 2 },
  'double-poly': { n: 1.51, sheets: 2 },
  'twin-wall-polycarbonate-8mm': { n: 1.586, sheets: 2 },
};
/** A cover not in the table (a custom preset): one glass sheet. */
const UNLISTED_COVER = { n: 1.526, sheets: 1 };
const solarCache = new WeakMap<WeatherYear, Map<string, Float64Array>>();

/**
 * Light through a gable roof, hour by hour: beam, sky diffuse and ground-reflected radiation on both roof
 * halves (HDKR sky, Duffie & Beckman eq. 2.16.7), each through the cover with its angle-dependent
 * transmittance (Fresnel reflection + Bouguer absorption per sheet, D&B §5.1–5.3, built to reproduce the
 * preset's normal-incidence transmittance). The greenhouse model multiplies its solar input by the preset's
 * transmittance τ₀, so it is given transmitted / τ₀: low winter sun, which glances off the cover, then counts
 * for less than the horizontal GHI·τ₀ would say. Cached per weather year and roof.
 */
export function coverSolar(w: WeatherYear, cover: CoverPreset, slope: number, ridge: number): Float64Array {
  const key = `${cover.id}|${slope}|${ridge}`;
  let byRoof = solarCache.get(w);
  if (!byRoof) {
    byRoof = new Map();
    solarCache.set(w, byRoof);
  }
  const hit = byRoof.get(key);
  if (hit) return hit;
  const tau0 = cover.solarTransmittance;
  // own properties only: a custom cover's id ("toString", "__proto__") is not a table entry
  const sheets = Object.hasOwn(COVER_SHEETS, cover.id) ? COVER_SHEETS[cover.id]! : UNLISTED_COVER;
  const optics = coverFromNormalTransmittance(tau0, sheets.n, sheets.sheets);
  const geo = weatherSolarGeometry(w);
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const ghi = w.globalHorizontal[i]!;
    if (ghi <= 0) continue;
    const t = gableRoofTransmission({
      ghi,
      dni: w.directNormal[i]!,
      dhi: w.diffuseHorizontal[i]!,
      zenith: Math.min(geo.zenith[i]!, 90),
      azimuth: geo.azimuth[i]!,
      roofSlope: slope,
      ridgeAzimuth: ridge,
      cover: optics,
      model: 'hdkr',
      dayOfYear: w.dayOfYear[i]!,
    });
    out[i] = Math.min(1500, t.transmittedPerFloor / tau0);
  }
  byRoof.set(key, out);
  return out;
}

/**
 * Light into the greenhouse hour by hour (src/core/sim/solar.ts `coverSolar`): for every hour of the bundled
 * Winnipeg year, what the gable roof transmits through the preset's sheets (weather/irradiance.ts, tested on
 * its own against Duffie & Beckman) divided by the preset's normal-incidence transmittance τ₀, with the sun's
 * zenith clamped at the horizon, nothing at night, capped at 1,500 W/m²; cached per weather year and roof.
 */
import { describe, expect, it } from 'vitest';
import { type CoverPreset, coverPreset } from '../../../src/core/greenhouse';
import { coverSolar } from '../../../src/core/sim/solar';
import { bundledWeather } from '../../../src/core/weather/bundled';
import { coverFromNormalTransmittance, gableRoofTransmission } from '../../../src/core/weather/irradiance';
import { weatherSolarGeometry } from '../../../src/core/weather/solar';

const w = bundledWeather();
const geo = weatherSolarGeometry(w);

/** The hour written out: the roof's transmission through `n`/`sheets` over τ₀, the zenith at most 90°. */
function byHand(i: number, cover: CoverPreset, n: number, sheets: number, slope: number, ridge: number) {
  if (!(w.globalHorizontal[i]! > 0)) return 0;
  const t = gableRoofTransmission({
    ghi: w.globalHorizontal[i]!,
    dni: w.directNormal[i]!,
    dhi: w.diffuseHorizontal[i]!,
    zenith: Math.min(geo.zenith[i]!, 90),
    azimuth: geo.azimuth[i]!,
    roofSlope: slope,
    ridgeAzimuth: ridge,
    cover: coverFromNormalTransmittance(cover.solarTransmittance, n, sheets),
    model: 'hdkr',
    dayOfYear: w.dayOfYear[i]!,
  });
  return Math.min(1500, t.transmittedPerFloor / cover.solarTransmittance);
}

/** Every 7th hour of the year (all months, day and night), plus the lit hours with the sun below the horizon. */
function sampleHours(): number[] {
  const hours: number[] = [];
  for (let i = 0; i < w.length; i += 7) hours.push(i);
  for (let i = 0; i < w.length; i++) if (w.globalHorizontal[i]! > 0 && geo.zenith[i]! > 90) hours.push(i);
  return hours;
}

describe('coverSolar', () => {
  it('single glass, 26° roof, ridge north–south: the transmitted light over τ₀, hour by hour', () => {
    const glass = coverPreset('single-glass');
    const s = coverSolar(w, glass, 26, 0);
    expect(s.length).toBe(w.length);
    const hours = sampleHours();
    // the sample reaches twilight hours (light with the sun's centre below the horizon: the clamp at 90°)
    expect(hours.length).toBeGreaterThan(w.length / 7 + 10);
    for (const i of hours) expect(s[i]).toBe(byHand(i, glass, 1.526, 1, 26, 0));
    // dark hours give nothing
    for (let i = 0; i < w.length; i++) if (!(w.globalHorizontal[i]! > 0)) expect(s[i]).toBe(0);
  });

  it('double glass goes through two sheets, twin-wall polycarbonate through two at n = 1.586', () => {
    for (const [id, n] of [
      ['double-glass', 1.526],
      ['twin-wall-polycarbonate-8mm', 1.586],
      ['double-poly', 1.51],
    ] as const) {
      const c = coverPreset(id);
      const s = coverSolar(w, c, 22, 30);
      for (const i of sampleHours()) expect(s[i]).toBe(byHand(i, c, n, 2, 22, 30));
    }
  });

  it('no global light, no light in: an hour whose GHI is 0 gives 0 even if its beam and diffuse columns say more', () => {
    const i = w.globalHorizontal.findIndex(
      (g, k) => g > 300 && w.directNormal[k]! > 100 && w.diffuseHorizontal[k]! > 50,
    );
    const globalHorizontal = Float64Array.from(w.globalHorizontal);
    globalHorizontal[i] = 0;
    const glass = coverPreset('single-glass');
    expect(coverSolar(w, glass, 26, 0)[i]).toBeGreaterThan(100);
    expect(coverSolar({ ...w, globalHorizontal }, glass, 26, 0)[i]).toBe(0);
  });

  it('is cached per weather year and roof, and a custom cover takes one glass sheet', () => {
    const glass = coverPreset('single-glass');
    expect(coverSolar(w, glass, 26, 0)).toBe(coverSolar(w, glass, 26, 0));
    const steeper = coverSolar(w, glass, 40, 0);
    expect(steeper).not.toBe(coverSolar(w, glass, 26, 0));
    expect(steeper).not.toEqual(coverSolar(w, glass, 26, 0));
    expect(coverSolar(w, glass, 26, 90)).not.toEqual(coverSolar(w, glass, 26, 0));
    // a custom preset whose id is not in the sheets table (nor an Object.prototype member) is one glass sheet
    for (const id of ['my-film', 'toString', '__proto__']) {
      const custom = { ...coverPreset('double-glass'), id } as CoverPreset;
      const s = coverSolar(w, custom, 26, 0);
      for (const i of sampleHours().slice(0, 300)) expect(s[i]).toBe(byHand(i, custom, 1.526, 1, 26, 0));
    }
  });
});

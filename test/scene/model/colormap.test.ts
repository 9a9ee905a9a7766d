import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/core';
import pilot from '../../../models/sites/manitoba-pilot.json';
import {
  cividis,
  cssGradient,
  legendTicks,
  scalePosition,
  srgbToLinear,
  temperatureColor,
  temperatureScale,
  toHex,
} from '../../../src/scene/model/colormap';

// Reference rows of matplotlib's `_cividis_data` (lib/matplotlib/_cm_listed.py; Nuñez, Anderton & Renslow,
// PLoS ONE 13(7): e0199239, 2018), 256 entries, index k ↔ t = k/255.
const TABLE: Record<number, [number, number, number]> = {
  0: [0.0, 0.135112, 0.304751],
  20: [0.0, 0.188769, 0.439563],
  23: [0.003602, 0.195911, 0.441564],
  100: [0.394568, 0.406236, 0.438986],
  128: [0.488697, 0.485318, 0.471008],
  200: [0.769353, 0.707035, 0.408516],
  250: [0.987293, 0.884718, 0.213336],
  255: [0.995737, 0.909344, 0.217772],
};

describe('cividis', () => {
  it('reproduces the table at its stops (every 8th entry and the last)', () => {
    for (const k of [0, 128, 200, 255]) {
      const c = cividis(k / 255);
      for (let ch = 0; ch < 3; ch++) expect(c[ch]).toBeCloseTo(TABLE[k]![ch]!, 6);
    }
  });

  it('stays within 0.015 of the full table between stops (largest where channels bend: 20–23, 250)', () => {
    for (const k of [20, 23, 100, 250]) {
      const c = cividis(k / 255);
      for (let ch = 0; ch < 3; ch++) expect(Math.abs(c[ch]! - TABLE[k]![ch]!)).toBeLessThan(0.015);
    }
    // In the middle of the map the linear interpolation is much closer.
    for (const k of [100]) {
      const c = cividis(k / 255);
      for (let ch = 0; ch < 3; ch++) expect(Math.abs(c[ch]! - TABLE[k]![ch]!)).toBeLessThan(0.001);
    }
  });

  it('clamps outside 0–1 and treats non-numbers as 0', () => {
    expect(cividis(-3)).toEqual(cividis(0));
    expect(cividis(7)).toEqual(cividis(1));
    expect(cividis(Number.NaN)).toEqual(cividis(0));
  });

  it('gets lighter monotonically (the map is designed with increasing lightness, Nuñez et al. 2018)', () => {
    // Relative luminance Y = 0.2126 R + 0.7152 G + 0.0722 B of linear-light sRGB (IEC 61966-2-1 / Rec. 709).
    const luminance = (t: number) => {
      const c = cividis(t);
      return 0.2126 * srgbToLinear(c[0]) + 0.7152 * srgbToLinear(c[1]) + 0.0722 * srgbToLinear(c[2]);
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          fc.pre(Math.abs(a - b) > 1e-6);
          const [lo, hi] = a < b ? [a, b] : [b, a];
          return luminance(lo) < luminance(hi);
        },
      ),
    );
  });
});

describe('sRGB helpers', () => {
  it('srgbToLinear follows IEC 61966-2-1', () => {
    // Hand calculation: ((0.5 + 0.055) / 1.055)^2.4 = 0.526066^2.4 = 0.214041.
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214041, 5);
    // Linear segment: 0.04 / 12.92 = 0.0030960.
    expect(srgbToLinear(0.04)).toBeCloseTo(0.003096, 6);
    expect(srgbToLinear(1)).toBeCloseTo(1, 12);
  });
  it('toHex rounds and clamps', () => {
    expect(toHex([1, 0.5, 0])).toBe('#ff8000'); // 0.5 × 255 = 127.5 → 128 = 0x80
    expect(toHex([2, -1, 0.2])).toBe('#ff0033'); // 0.2 × 255 = 51 = 0x33
  });
  it('the legend gradient lists all 33 stops', () => {
    expect(cssGradient().match(/#[0-9a-f]{6}/g)).toHaveLength(33);
  });
});

describe('temperature scale', () => {
  const s = loadScenario(pilot);
  it('spans 0 °C to the plant’s hottest design temperature, rounded up to 10 °C', () => {
    // Pilot: miner inlet set-point 70 °C + 15 K = 85 °C; heating curve top 80 °C + 5 K = 85 °C; → 90 °C.
    expect(temperatureScale(s)).toEqual({ min: 273.15, max: 363.15 });
  });
  it('maps temperatures linearly and clamps; no data gives −1', () => {
    const sc = temperatureScale(s);
    expect(scalePosition(sc, 273.15 + 45)).toBeCloseTo(0.5, 12); // 45 / 90
    expect(scalePosition(sc, 200)).toBe(0);
    expect(scalePosition(sc, 400)).toBe(1);
    expect(scalePosition(sc, Number.NaN)).toBe(-1);
    expect(scalePosition(sc, 0)).toBe(-1); // the core reports 0 K for "no buffer tank"
    expect(temperatureColor(sc, Number.NaN)).toEqual([0.5, 0.5, 0.5]);
  });
  it('labels the legend every 10 °C or 20 °F', () => {
    const sc = temperatureScale(s);
    const si = legendTicks(sc, 'SI');
    expect(si.map((t) => t.label)).toEqual(['0', '10', '20', '30', '40', '50', '60', '70', '80', '90']);
    expect(si[9]!.pos).toBeCloseTo(1, 12);
    const imp = legendTicks(sc, 'imperial');
    // 0–90 °C = 32–194 °F → ticks 40, 60, …, 180 °F; 40 °F = 4.444 °C → 4.444 / 90 = 0.049383.
    expect(imp.map((t) => t.label)).toEqual(['40', '60', '80', '100', '120', '140', '160', '180']);
    expect(imp[0]!.pos).toBeCloseTo(0.049383, 5);
  });
});
